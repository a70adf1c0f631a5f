"""How much of a news corpus the shipped gazetteers know, and how precise their matches are.

For every gold PER/LOC/ORG mention: is there a gazetteer entry of the same type for it
(looked up as a whole form, then with a leading title removed, since Jahangir keeps titles
inside PER spans)? And, running the pipeline with the gazetteer alone (no dates, no tagger),
what share of its PER/LOC/ORG predictions agree with the gold, strictly and by overlap?

Usage: python scripts/gazetteer_coverage.py --data ../shared/datasets [--dataset jahangir]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from urdu_entities import Pipeline  # noqa: E402
from urdu_entities.text.document import Document  # noqa: E402
from urdu_entities.text.edges import title_before  # noqa: E402

LABELS = ("PER", "LOC", "ORG")


def strip_title(text: str) -> str:
    """The mention without a leading title (``صدر صدام`` → ``صدام``)."""
    doc = Document.from_text(text)
    for k in range(1, len(doc.tokens)):
        if title_before(doc, k) == (0, k):
            return text[doc.original_span(doc.tokens[k].start, doc.tokens[k].start)[0]:]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "datasets")
    parser.add_argument("--dataset", default="jahangir")
    parser.add_argument("--examples", type=int, default=0,
                        help="print this many uncovered mentions and wrong matches per type")
    args = parser.parse_args()

    path = args.data / f"{args.dataset}.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    pipeline = Pipeline(dates=False, model=False) if "model" in Pipeline.__init__.__code__.co_varnames else Pipeline(dates=False)  # noqa: E501
    gazetteer = pipeline.gazetteers[0]

    total: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    uncovered: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    predicted: Counter[str] = Counter()
    strict: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    wrong: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for record in records:
        gold = [e for e in record["entities"] if e["label"] in LABELS]
        for e in gold:
            total[e["label"]] += 1
            hits = gazetteer.lookup(e["text"]) or gazetteer.lookup(strip_title(e["text"]))
            if any(h.record.entry.label.value == e["label"] for h in hits):
                covered[e["label"]] += 1
            else:
                uncovered[e["label"]][e["text"]] += 1
        spans = {(e["start"], e["end"], e["label"]) for e in gold}
        for p in pipeline.extract(record["text"]):
            label = p.label.value
            if label not in LABELS:
                continue
            predicted[label] += 1
            if (p.start, p.end, label) in spans:
                strict[label] += 1
            if any(g["label"] == label and g["start"] < p.end and p.start < g["end"]
                   for g in gold):
                overlap[label] += 1
            else:
                wrong[label][f"{p.text} → {p.canonical}"] += 1

    print(f"dataset: {args.dataset} ({len(records)} sentences), gazetteer: "
          f"{len(gazetteer)} entries")
    print(f"{'type':5} {'gold':>6} {'covered':>8} {'share':>7}   {'predicted':>9} "
          f"{'P strict':>9} {'P overlap':>10}")
    for label in (*LABELS, "all"):
        t = sum(total.values()) if label == "all" else total[label]
        c = sum(covered.values()) if label == "all" else covered[label]
        n = sum(predicted.values()) if label == "all" else predicted[label]
        s = sum(strict.values()) if label == "all" else strict[label]
        o = sum(overlap.values()) if label == "all" else overlap[label]
        print(f"{label:5} {t:6d} {c:8d} {c / max(t, 1):7.1%}   {n:9d} {s / max(n, 1):9.1%} "
              f"{o / max(n, 1):10.1%}")
    for label in LABELS if args.examples else ():
        print(f"\n{label}: most frequent uncovered mentions")
        for text, count in uncovered[label].most_common(args.examples):
            print(f"  {count:3d}  {text}")
        print(f"{label}: most frequent matches overlapping no gold {label}")
        for text, count in wrong[label].most_common(args.examples):
            print(f"  {count:3d}  {text}")


if __name__ == "__main__":
    main()
