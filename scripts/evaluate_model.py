"""Score the pipeline with and without the learned tagger (before/after figures).

Datasets under ``--data``: ``jahangir.jsonl`` (news; evaluation only) and the IL-NER Urdu
``test`` split (``--ilner-split`` to choose another). IL-NER's ``_`` joiners become spaces
(offsets unchanged), as in training: real text never has them. Scores are strict
(exact span and label) precision/recall/F1 for PER, LOC and ORG, and their micro average.

Usage::

    python scripts/evaluate_model.py --data ../shared/datasets [--model PATH] [--markdown]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from urdu_entities.evaluation import GoldDocument, load_jsonl, predict, score  # noqa: E402
from urdu_entities.pipeline import Pipeline  # noqa: E402
from urdu_entities.recognisers.tagger import CrfTagger, default_model_path  # noqa: E402

LABELS = ("PER", "LOC", "ORG")
DROP = {
    lab: None
    for lab in ("DATE", "TIME", "DATETIME", "NUM", "ARTIFACT", "NET", "NIMI", "DESIG", "MISC")
}


def load(
    data: Path, ilner_split: str, include_written: bool = False
) -> dict[str, list[GoldDocument]]:
    sets: dict[str, list[GoldDocument]] = {}
    jahangir = data / "jahangir.jsonl"
    if jahangir.is_file():
        sets["Jahangir (news)"] = load_jsonl(jahangir, label_map=DROP)
    ilner = data / "ilner_urdu.jsonl"
    if ilner.is_file():
        docs = [d for d in load_jsonl(ilner, label_map=DROP) if d.split == ilner_split]
        sets[f"IL-NER {ilner_split}"] = [
            d.model_copy(update={"text": d.text.replace("_", " ")}) for d in docs
        ]
    written = sorted((ROOT / "scripts" / "train_data" / "dev").glob("*.jsonl"))
    if written and include_written:
        sets["written dev (own)"] = [d for p in written for d in load_jsonl(p, label_map=DROP)]
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--model", type=Path, default=None, help="default: the shipped model")
    parser.add_argument("--ilner-split", default="test")
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument("--labels", default=None, help="labels the tagger proposes, e.g. PER,ORG")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--written-dev", action="store_true", help="also score the held-out written sentences"
    )
    parser.add_argument("--errors", type=int, default=0, help="list N errors of the model run")
    args = parser.parse_args(argv)

    baseline = Pipeline(model=False)
    gazetteer = baseline.gazetteers[0] if baseline.gazetteers else None
    tagger = CrfTagger(
        args.model or default_model_path(),
        gazetteer,
        min_confidence=args.min_confidence,
        labels=args.labels.split(",") if args.labels else None,
    )
    with_model = Pipeline(model=False, recognizers=[tagger])
    systems = {"gazetteer + rules": baseline, "+ model": with_model}

    rows = []
    for name, docs in load(args.data, args.ilner_split, args.written_dev).items():
        for system, pipeline in systems.items():
            predicted, timing = predict(docs, pipeline.extract)
            report = score(docs, predicted, labels=LABELS)
            rows.append((name, system, report, timing))
            if args.errors and system == "+ model":
                from urdu_entities.evaluation import format_error

                for e in report.errors[: args.errors]:
                    print(format_error(e))

    header = [
        "data", "system", *(f"{lab} P/R/F1" for lab in LABELS), "micro P/R/F1",
        "lenient micro P/R/F1", "tok/s",
    ]
    lines = []
    for name, system, report, timing in rows:
        cells = [name, system]
        for lab in LABELS:
            c = report.per_label[lab].strict
            cells.append(f"{100 * c.precision:.1f} / {100 * c.recall:.1f} / {100 * c.f1:.1f}")
        for m in (report.micro(), report.micro(lenient=True)):
            cells.append(f"{100 * m.precision:.1f} / {100 * m.recall:.1f} / {100 * m.f1:.1f}")
        cells.append(f"{timing['tokens_per_second']:.0f}")
        lines.append(cells)
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for cells in lines:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
        for cells in [header, *lines]:
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
