"""Train the shipped CRF tagger (``data/models/ner.crfsuite``) reproducibly.

Data: the IL-NER Urdu train split (``ilner_urdu.jsonl`` under ``--data``, CC-BY-4.0) and the
sentences written for this project (``scripts/train_data/*.jsonl``). The IL-NER dev split
chooses the regularisation (c1, c2), by the tagger's mean F1 over IL-NER dev and the held-out
written sentences, and the confidence threshold: the lowest at which the whole pipeline keeps
the micro precision it has without the model on both dev sets (else the one that loses
least precision on the worse of the two). The final model is trained
on the training data only. Jahangir, IJCNLP and UD are never read here.

IL-NER joins some multiword units with ``_`` (``سرمایہ_کاروں``), which real text never does:
the underscore becomes a space (offsets are unchanged) and every token of a joined unit
inside an entity takes the entity's label. Labels other than PER/LOC/ORG (NUM, DATETIME,
ARTIFACT, ...) are O for the tagger.

Gazetteer membership features come from the shipped gazetteer (``data/gazetteers``), the
same one the tagger uses at run time. To keep the model from leaning on them alone (the
names it is for are exactly those the gazetteer lacks), they are left out of a fixed,
seeded share of the training sentences (``--gazetteer-dropout``).

Usage::

    python scripts/train_tagger.py --data ../shared/datasets --seed 0 \\
        --out data/models/ner.crfsuite
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from urdu_entities._data import gazetteer_files  # noqa: E402
from urdu_entities.gazetteer.index import Gazetteer  # noqa: E402
from urdu_entities.recognisers.tagger import bio_spans  # noqa: E402
from urdu_entities.recognisers.tagger_features import (  # noqa: E402
    FEATURES_VERSION,
    gazetteer_tags,
    sentence_features,
)
from urdu_entities.text.document import Document  # noqa: E402

LABELS = ("PER", "LOC", "ORG")
OWN_DATA = ROOT / "scripts" / "train_data"
#: Regularisation grid searched on the dev split.
GRID = ((0.02, 0.01), (0.05, 0.01), (0.05, 0.05), (0.1, 0.01))
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: A label's own threshold may cost at most this much of its precision at the global
#: threshold on any dev set (one or two spans on the small IL-NER dev set).
LABEL_PRECISION_TOLERANCE = 0.01


@dataclass
class Example:
    doc: Document
    spans: list[tuple[int, int, str]]  # original-text character spans with label


def read_jsonl(path: Path, split: str | None = None) -> list[dict[str, object]]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if split is None or record.get("split") == split:
                    records.append(record)
    return records


def to_example(record: dict[str, object]) -> Example:
    text = str(record["text"]).replace("_", " ")
    spans = [
        (int(e["start"]), int(e["end"]), str(e["label"]))
        for e in record["entities"]  # type: ignore[union-attr]
        if e["label"] in LABELS  # type: ignore[index]
    ]
    return Example(Document.from_text(text), spans)


def token_labels(ex: Example) -> list[str]:
    """BIO label per token: a token inside a gold span (by original offsets) takes its label."""
    doc = ex.doc
    labels = ["O"] * len(doc.tokens)
    for start, end, label in ex.spans:
        first = True
        for k, token in enumerate(doc.tokens):
            o_start, o_end = doc.original_span(token.start, token.end)
            if o_end <= start or o_start >= end:
                continue
            labels[k] = ("B-" if first else "I-") + label
            first = False
    return labels


def sequences(
    examples: Iterable[Example],
    gazetteer: Gazetteer | None,
    dropout: float = 0.0,
    rng: random.Random | None = None,
) -> list[tuple[list[list[str]], list[str]]]:
    out = []
    for ex in examples:
        gaz = gazetteer_tags(ex.doc, gazetteer)
        labels = token_labels(ex)
        for sentence in ex.doc.sentences:
            use = gaz
            if dropout and rng is not None and rng.random() < dropout:
                use = [""] * len(gaz)
            xseq = sentence_features(ex.doc, sentence, use)
            out.append((xseq, labels[sentence.start : sentence.end]))
    return out


def train(
    data: Sequence[tuple[list[list[str]], list[str]]],
    path: Path,
    c1: float,
    c2: float,
    iterations: int,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def evaluate(
    model: Path, data: Sequence[tuple[list[list[str]], list[str]]], threshold: float = 0.0
) -> dict[str, float]:
    """Strict span P/R/F1 (micro over PER/LOC/ORG) of the tagger on its own."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tp = n_pred = n_gold = 0
    for xseq, yseq in data:
        pred = tagger.tag(xseq)
        spans = set()
        for s, e, lab in bio_spans(pred):
            conf = sum(tagger.marginal(pred[t], t) for t in range(s, e)) / (e - s)
            if conf >= threshold:
                spans.add((s, e, lab))
        gold = set(bio_spans(yseq))
        tp += len(spans & gold)
        n_pred += len(spans)
        n_gold += len(gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def choose_threshold(
    model: Path, gazetteer: Gazetteer, data: Path, own: bool
) -> tuple[float, dict[str, dict[str, float]], dict[str, float]]:
    """The lowest confidence threshold at which the whole pipeline with the tagger keeps the
    micro precision (PER/LOC/ORG, strict) of the pipeline without it, on every dev set (the
    model is to add names, not to cost precision); failing that, the threshold whose worst
    precision loss over the dev sets is smallest."""
    from evaluate_model import LABELS as EVAL_LABELS
    from evaluate_model import load

    from urdu_entities.evaluation import predict, score
    from urdu_entities.pipeline import Pipeline
    from urdu_entities.recognisers.tagger import CrfTagger

    sets = {k: v for k, v in load(data, "dev", own).items() if not k.startswith("Jahangir")}
    baseline = Pipeline(model=False)
    base = {name: score(docs, predict(docs, baseline.extract)[0], labels=EVAL_LABELS).micro()
            for name, docs in sets.items()}
    table: dict[str, dict[str, float]] = {
        "baseline": {f"{n} {k}": getattr(c, k) for n, c in base.items()
                     for k in ("precision", "recall", "f1")}
    }
    chosen = None
    margins: dict[float, float] = {}
    label_precision: dict[float, dict[tuple[str, str], float]] = {}
    for t in THRESHOLDS:
        pipeline = Pipeline(
            model=False, recognizers=[CrfTagger(model, gazetteer, min_confidence=t)]
        )
        row: dict[str, float] = {}
        keeps = True
        label_precision[t] = {}
        for name, docs in sets.items():
            report = score(docs, predict(docs, pipeline.extract)[0], labels=EVAL_LABELS)
            micro = report.micro()
            for lab in EVAL_LABELS:
                label_precision[t][(name, lab)] = report.per_label[lab].strict.precision
                row[f"{name} {lab} precision"] = report.per_label[lab].strict.precision
                row[f"{name} {lab} recall"] = report.per_label[lab].strict.recall
            row.update({f"{name} {k}": getattr(micro, k) for k in ("precision", "recall", "f1")})
            keeps = keeps and micro.precision >= base[name].precision
            margin = micro.precision - base[name].precision
            margins[t] = min(margins.get(t, margin), margin)
        table[str(t)] = row
        print(f"  pipeline, threshold {t}: {_fmt(row)}", flush=True)
        if keeps and chosen is None:
            chosen = t
    print(f"  pipeline without the model: {_fmt(table['baseline'])}")
    if chosen is None:
        # No threshold keeps precision everywhere: the one that loses least of it.
        chosen = max(THRESHOLDS, key=lambda t: (round(margins[t], 4), -t))
    # Each label may go lower than the global threshold where its own precision on every
    # dev set stays within LABEL_PRECISION_TOLERANCE of what it is at the global one.
    by_label: dict[str, float] = {}
    for lab in EVAL_LABELS:
        by_label[lab] = chosen
        for t in THRESHOLDS:
            if t >= chosen:
                break
            if all(
                label_precision[t][(name, lab)]
                >= label_precision[chosen][(name, lab)] - LABEL_PRECISION_TOLERANCE
                for name in sets
            ):
                by_label[lab] = t
                break
    print(f"  per-label thresholds: {by_label}")
    return chosen, table, by_label


def _fmt(scores: dict[str, float]) -> str:
    return ", ".join(f"{k} {100 * v:.1f}" for k, v in scores.items())


def gazetteer_fingerprint(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for p in paths:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "models" / "ner.crfsuite")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--gazetteer-dropout", type=float, default=0.5)
    parser.add_argument("--c1", type=float, default=None, help="skip the grid search")
    parser.add_argument("--c2", type=float, default=None)
    parser.add_argument("--no-own-data", action="store_true")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    # A stale model card beside --out would describe the wrong model while this one trains.
    args.out.with_suffix(".json").unlink(missing_ok=True)
    ilner = args.data / "ilner_urdu.jsonl"
    train_records = read_jsonl(ilner, "train")
    dev_records = read_jsonl(ilner, "dev")
    own_records: list[dict[str, object]] = []
    if not args.no_own_data:
        for path in sorted(OWN_DATA.glob("*.jsonl")):
            own_records.extend(read_jsonl(path))
    files = gazetteer_files()
    gazetteer = Gazetteer.from_files(files)
    print(
        f"IL-NER train {len(train_records)}, dev {len(dev_records)}, own {len(own_records)}; "
        f"gazetteer {len(gazetteer)} entries from {len(files)} files",
        flush=True,
    )

    rng = random.Random(args.seed)
    train_examples = [to_example(r) for r in train_records + own_records]
    rng.shuffle(train_examples)
    train_data = sequences(train_examples, gazetteer, args.gazetteer_dropout, rng)
    dev_sets = {"IL-NER dev": sequences([to_example(r) for r in dev_records], gazetteer)}
    own_dev = [r for p in sorted((OWN_DATA / "dev").glob("*.jsonl")) for r in read_jsonl(p)]
    if own_dev and not args.no_own_data:
        dev_sets["written dev"] = sequences([to_example(r) for r in own_dev], gazetteer)
    print(
        f"{len(train_data)} training sentences; dev: "
        + ", ".join(f"{k} {len(v)}" for k, v in dev_sets.items()),
        flush=True,
    )

    def dev_scores(model: Path, threshold: float = 0.0) -> dict[str, float]:
        """Scores on each dev set and their mean F1 (the selection criterion)."""
        out: dict[str, float] = {}
        for name, data in dev_sets.items():
            for key, value in evaluate(model, data, threshold).items():
                out[f"{name} {key}"] = value
        out["mean f1"] = sum(out[f"{n} f1"] for n in dev_sets) / len(dev_sets)
        out["mean precision"] = sum(out[f"{n} precision"] for n in dev_sets) / len(dev_sets)
        return out

    scratch = args.out.with_suffix(".grid.crfsuite")
    if args.c1 is not None and args.c2 is not None:
        best = (args.c1, args.c2)
        grid_results: list[dict[str, float]] = []
    else:
        grid_results = []
        for c1, c2 in GRID:
            train(train_data, scratch, c1, c2, args.iterations)
            scores = dev_scores(scratch)
            grid_results.append({"c1": c1, "c2": c2, **scores})
            print(f"  c1={c1} c2={c2}: dev {_fmt(scores)}", flush=True)
        top = max(grid_results, key=lambda s: s["mean f1"])
        best = (top["c1"], top["c2"])
        scratch.unlink(missing_ok=True)

    train(train_data, args.out, best[0], best[1], args.iterations)
    by_threshold = {t: dev_scores(args.out, t) for t in THRESHOLDS}
    for t, s in by_threshold.items():
        print(f"  tagger alone, threshold {t}: dev {_fmt(s)}")
    threshold, pipeline_scores, by_label = choose_threshold(args.out, gazetteer, args.data,
                                                  not args.no_own_data)
    final = pycrfsuite.Tagger()
    final.open(str(args.out))
    labels = sorted(final.labels())
    final.close()
    meta = {
        "model": args.out.name,
        "library": "python-crfsuite",
        "features_version": FEATURES_VERSION,
        "labels": labels,
        "seed": args.seed,
        "c1": best[0],
        "c2": best[1],
        "max_iterations": args.iterations,
        "gazetteer_dropout": args.gazetteer_dropout,
        "min_confidence": threshold,
        "min_confidence_by_label": by_label,
        "training_data": {
            "IL-NER Urdu train (CC-BY-4.0, Bahad et al. 2024)": len(train_records),
            "sentences written for this project (scripts/train_data)": len(own_records),
            "dev": {name: len(data) for name, data in dev_sets.items()},
        },
        "gazetteer": {"entries": len(gazetteer), "fingerprint": gazetteer_fingerprint(files)},
        "dev_scores": {
            "grid": grid_results,
            "tagger_by_threshold": {str(k): v for k, v in by_threshold.items()},
            "pipeline_by_threshold": pipeline_scores,
        },
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    size = args.out.stat().st_size
    print(
        f"wrote {args.out} ({size / 1e6:.1f} MB), c1={best[0]} c2={best[1]}, "
        f"min_confidence={threshold}, in {time.perf_counter() - t0:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
