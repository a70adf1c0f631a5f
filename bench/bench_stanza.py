"""Default pipeline vs the stanza backend: speed in one run, and quality where models exist.

Pipelines compared (each printed with its recognisers):

* ``default without CRF``: ``Pipeline(model=False)``: gazetteers and dates;
* ``default``: ``Pipeline()`` as shipped: gazetteers, dates and the CRF tagger;
* ``stanza``: ``Pipeline(model=False, recognizers=[StanzaRecognizer(...)])``, which is what
  ``Pipeline(backend="stanza", ...)`` builds: gazetteers, dates and stanza's NER through the
  same resolver.

Speed: every pipeline extracts the same texts (``jahangir.jsonl`` under ``--data``, else the
bundled sample article), interleaved, best of ``--repeat``; model loading is timed apart.
Quality: strict and lenient micro P/R/F1 per pipeline on ``jahangir.jsonl`` (news) and the
IL-NER Urdu test split, with the library's scorer (``urdu_entities.evaluation``), when those
files are under ``--data``.

Models (nothing is downloaded):

* ``--stanza-dir DIR``: a folder written by ``stanza.download('ur', model_dir=DIR)`` (the
  official models; see docs/stanza.md), or ``--ner/--tokenize/--pretrain`` files;
* ``--tiny``: tiny models trained in seconds from ``tests/backends/stanza/data`` (speed only: their
  quality means nothing);
* ``--train-proxy DIR``: trains a stanza NER model on the IL-NER Urdu *train* split (the data
  the official Urdu model is trained on, but without its pretrained word vectors, which
  cannot be fetched here) into DIR, then benchmarks it with ``--no-tokenizer``. A stand-in
  for the official model, not the official model.

Usage::

    OMP_NUM_THREADS=1 python bench/bench_stanza.py --stanza-dir ~/stanza_models
    OMP_NUM_THREADS=1 python bench/bench_stanza.py --tiny --no-quality
    OMP_NUM_THREADS=1 python bench/bench_stanza.py --train-proxy /tmp/ilner_proxy
    OMP_NUM_THREADS=1 python bench/bench_stanza.py --no-tokenizer \\
        --ner /tmp/ilner_proxy/ur_ilner_proxy_nertagger.pt
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import best_of  # noqa: E402

from urdu_entities import Pipeline  # noqa: E402
from urdu_entities._data import sample_article  # noqa: E402
from urdu_entities.backends import BackendUnavailable, StanzaRecognizer  # noqa: E402
from urdu_entities.text.document import Document  # noqa: E402

#: Gold labels of the shared corpora mapped to ours (as scripts/evaluate_datasets.py does).
LABEL_MAP: dict[str, str | None] = {
    "DATETIME": "DATE",
    "TIME": "DATE",
    "NUM": None,
    "ARTIFACT": None,
    "NET": None,
    "NIMI": None,
    "DESIG": None,
}
#: Converted IL-NER labels back to the IL-NER tags stanza's Urdu model is trained with.
ILNER_TAGS = {
    "PER": "NEP",
    "LOC": "NEL",
    "ORG": "NEO",
    "DATETIME": "NETI",
    "NET": "NETI",
    "NIMI": "NETI",
    "NUM": "NEN",
    "ARTIFACT": "NEAR",
}


# ---------------------------------------------------------------------------- texts
def speed_texts(data: Path, limit: int) -> tuple[str, list[str]]:
    path = data / "jahangir.jsonl"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        return f"jahangir.jsonl (first {min(limit, len(texts))} texts)", texts[:limit]
    article = sample_article().read_text(encoding="utf-8")
    return "bundled sample article", [p for p in article.split("\n") if p.strip()]


def quality_corpora(data: Path) -> list[tuple[str, list[Any]]]:
    from urdu_entities.evaluation import load_jsonl

    corpora = []
    jahangir = data / "jahangir.jsonl"
    if jahangir.is_file():
        corpora.append(("jahangir (news)", load_jsonl(jahangir, label_map=LABEL_MAP)))
    ilner = data / "ilner_urdu.jsonl"
    if ilner.is_file():
        docs = [d for d in load_jsonl(ilner, label_map=LABEL_MAP) if d.split == "test"]
        corpora.append(("IL-NER test", docs))
    return corpora


# ---------------------------------------------------------------------------- models
def tiny_models(out: Path) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "tests" / "backends" / "stanza"))
    import tiny_models as tm

    models = tm.train(out)
    return {"stanza_dir": models.resources_dir}


def train_proxy(data: Path, out: Path, max_steps: int) -> Path:
    """A stanza NER model trained on IL-NER Urdu train (dev for model selection), no
    pretrained vectors. Returns the model path."""
    import torch
    from stanza.models import ner_tagger

    torch.set_num_threads(1)
    source = data / "ilner_urdu.jsonl"
    if not source.is_file():
        raise SystemExit(f"--train-proxy needs {source}")
    out.mkdir(parents=True, exist_ok=True)
    splits: dict[str, list[list[dict[str, str]]]] = {"train": [], "dev": []}
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["split"] in splits:
                splits[record["split"]].append(_bio_tokens(record))
    files = {}
    for split, sentences in splits.items():
        files[split] = out / f"ilner_ur.{split}.json"
        files[split].write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
    model = out / "ur_ilner_proxy_nertagger.pt"
    # fmt: off
    ner_tagger.main([
        "--mode", "train", "--shorthand", "ur_ilner", "--cpu", "--no_pretrain",
        "--train_file", str(files["train"]), "--eval_file", str(files["dev"]),
        "--save_dir", str(out), "--save_name", model.name,
        "--word_emb_dim", "100", "--max_steps", str(max_steps), "--eval_interval", "500",
        "--optim", "adam", "--lr", "0.002", "--batch_size", "32",
    ])
    # fmt: on
    return model


def _bio_tokens(record: dict[str, Any]) -> list[dict[str, str]]:
    """Space-separated tokens with BIO IL-NER tags from character offsets."""
    text: str = record["text"]
    tokens, position = [], 0
    for word in text.split(" "):
        if word:
            tokens.append([word, position, position + len(word), "O"])
        position += len(word) + 1
    for ent in record["entities"]:
        tag = ILNER_TAGS.get(ent["label"], ent["label"])
        inside = [t for t in tokens if t[1] >= ent["start"] and t[2] <= ent["end"]]
        for n, token in enumerate(inside):
            token[3] = ("B-" if n == 0 else "I-") + tag
    return [{"text": str(w), "ner": str(tag)} for w, _, _, tag in tokens]


# ---------------------------------------------------------------------------- measuring
def describe(pipeline: Pipeline) -> str:
    parts = [f"{len(pipeline.gazetteers)} gazetteer(s)"]
    if pipeline.dates:
        parts.append("dates")
    parts += [type(r).__name__ for r in pipeline.recognizers]
    return ", ".join(parts)


def pipelines(recognizer: StanzaRecognizer) -> list[tuple[str, Pipeline]]:
    return [
        ("default without CRF", Pipeline(model=False)),
        ("default", Pipeline()),
        ("stanza", Pipeline(model=False, recognizers=[recognizer])),
    ]


def speed(
    named: Sequence[tuple[str, Pipeline]],
    recognizer: StanzaRecognizer,
    texts: list[str],
    repeat: int,
) -> None:
    n_tokens = sum(len(Document.from_text(t).tokens) for t in texts)
    print(f"\n## Speed ({len(texts)} texts, {n_tokens:,} tokens, best of {repeat})\n")
    print("| pipeline | what runs | seconds | tokens/s |")
    print("|---|---|---:|---:|")
    for _, pipeline in named:
        pipeline.extract(texts[0])  # warm up (gazetteer indexes, torch kernels)
    best = {name: float("inf") for name, _ in named}
    for _ in range(repeat):  # interleaved: every pipeline sees the same machine load
        for name, pipeline in named:
            seconds = best_of(1, lambda p=pipeline: [p.extract(t) for t in texts])
            best[name] = min(best[name], seconds)
    for name, pipeline in named:
        rate = n_tokens / best[name]
        print(f"| {name} | {describe(pipeline)} | {best[name]:.2f} | {rate:,.0f} |")
    docs = [Document.from_text(t) for t in texts]
    alone = best_of(repeat, lambda: [recognizer.find(d) for d in docs])
    print(
        f"| stanza alone | StanzaRecognizer.find on prepared documents | {alone:.2f} | "
        f"{n_tokens / alone:,.0f} |"
    )


def quality(named: Sequence[tuple[str, Pipeline]], data: Path) -> None:
    from urdu_entities.evaluation import score

    corpora = quality_corpora(data)
    if not corpora:
        print(f"\n(no quality corpora under {data}: speed only)")
        return
    print("\n## Quality (micro over PER/LOC/ORG/DATE; strict = exact span and label)\n")
    print(
        "| corpus | pipeline | strict P | strict R | strict F1 | lenient F1 | "
        "F1 PER | F1 LOC | F1 ORG | F1 DATE |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for corpus, docs in corpora:
        for name, pipeline in named:
            report = score(docs, [pipeline.extract(d.text) for d in docs])
            s, lenient = report.strict_micro, report.lenient_micro
            per = [report.per_label[lab].strict.f1 * 100 for lab in ("PER", "LOC", "ORG", "DATE")]
            print(
                f"| {corpus} | {name} | {s.precision * 100:.1f} | {s.recall * 100:.1f} | "
                f"**{s.f1 * 100:.1f}** | {lenient.f1 * 100:.1f} | "
                + " | ".join(f"{x:.1f}" for x in per)
                + " |"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--stanza-dir", type=Path, help="stanza resources folder")
    where.add_argument("--tiny", action="store_true", help="tiny fixture models (speed only)")
    where.add_argument(
        "--train-proxy",
        type=Path,
        metavar="DIR",
        help="train a NER model on IL-NER train into DIR, then benchmark it",
    )
    parser.add_argument("--ner", type=Path)
    parser.add_argument("--tokenize", type=Path)
    parser.add_argument("--pretrain", type=Path)
    parser.add_argument(
        "--no-tokenizer",
        action="store_true",
        help="stanza tags this library's tokens (no tokenizer model)",
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=300, help="texts for the speed run")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--max-steps", type=int, default=3000, help="--train-proxy steps")
    args = parser.parse_args(argv)

    options: dict[str, Any] = {
        "tokenize_model": args.tokenize,
        "ner_model": args.ner,
        "pretrain": args.pretrain,
        "use_tokenizer": not args.no_tokenizer,
    }
    models_note = "given models"
    with tempfile.TemporaryDirectory(prefix="bench_stanza_") as tmp:
        t0 = time.perf_counter()
        if args.tiny:
            options.update(tiny_models(Path(tmp)))
            models_note = "tiny fixture models (quality meaningless)"
        elif args.train_proxy is not None:
            options["ner_model"] = train_proxy(args.data, args.train_proxy, args.max_steps)
            options["use_tokenizer"] = False
            models_note = "proxy NER trained on IL-NER train, no pretrained vectors"
        elif args.stanza_dir is not None:
            options["stanza_dir"] = args.stanza_dir
            models_note = f"stanza folder {args.stanza_dir}"
        prepared = time.perf_counter() - t0
        try:
            t0 = time.perf_counter()
            recognizer = StanzaRecognizer(**{k: v for k, v in options.items() if v is not None})
            load = time.perf_counter() - t0
        except BackendUnavailable as exc:
            print(exc, file=sys.stderr)
            return 2
        import stanza
        import torch

        print(
            f"# stanza backend benchmark\n\nModels: {models_note}; "
            f"use_tokenizer={recognizer.use_tokenizer}. stanza {stanza.__version__}, "
            f"torch {torch.__version__}, {torch.get_num_threads()} torch thread(s), "
            f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}."
        )
        if args.tiny or args.train_proxy is not None:
            print(f"Training took {prepared:.1f} s.")
        print(
            f"Loading the stanza models took {load:.2f} s (including importing stanza "
            "and torch when first used)."
        )
        named = pipelines(recognizer)
        source, texts = speed_texts(args.data, args.limit)
        print(f"Speed texts: {source}.")
        speed(named, recognizer, texts, args.repeat)
        if not args.no_quality and not args.tiny:
            quality(named, args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
