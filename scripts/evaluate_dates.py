"""Score the date recogniser against annotated Urdu data.

    python scripts/evaluate_dates.py --data ../shared/datasets [--markdown out.md]

Runs :func:`urdu_entities.recognisers.dates.find_dates` on every record of ``jahangir.jsonl``
(gold label
``DATE``) and ``ijcnlp2008_urdu.jsonl`` (gold label ``DATETIME``) and prints precision, recall
and F1 for strict matching (same start and end) and overlap matching (one-to-one, any shared
character). The datasets are read from ``--data`` (default: ``$URDU_ENTITIES_DATA`` or
``../shared/datasets``) and never copied. ``--errors FILE`` writes the misses and false alarms
for inspection (keep that file out of the repository: it quotes the data).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from urdu_entities.recognisers.dates import find_dates
from urdu_entities.text.document import Document

SETS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("jahangir.jsonl", "Jahangir et al. 2012 (news)", frozenset({"DATE"})),
    ("ijcnlp2008_urdu.jsonl", "IJCNLP-2008 (tourism, history)", frozenset({"DATETIME"})),
)

Span = tuple[int, int]


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    overlap: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def records(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def overlap_hits(gold: list[Span], predicted: list[Span]) -> int:
    """One-to-one matches between spans that share at least one character."""
    used: set[int] = set()
    hits = 0
    for gs, ge in gold:
        for k, (ps, pe) in enumerate(predicted):
            if k not in used and ps < ge and gs < pe:
                used.add(k)
                hits += 1
                break
    return hits


def score_file(path: Path, labels: frozenset[str], keep_errors: bool) -> Score:
    score = Score()
    started = time.perf_counter()
    for record in records(path):
        text = str(record["text"])
        entities = record.get("entities") or []
        assert isinstance(entities, list)
        gold = sorted((int(e["start"]), int(e["end"])) for e in entities if e["label"] in labels)
        doc = Document.from_text(text)
        found = find_dates(doc)
        predicted = sorted(doc.original_span(c.start, c.end) for c in found)
        score.gold += len(gold)
        score.predicted += len(predicted)
        score.strict += len(set(gold) & set(predicted))
        score.overlap += overlap_hits(gold, predicted)
        if keep_errors:
            for span in set(gold) ^ set(predicted):
                kind = "MISS" if span in gold else "FALSE"
                s, e = span
                score.errors.append(
                    f"{kind}\t{record['id']}\t{text[max(0, s - 30) : s]}[[{text[s:e]}]]"
                    f"{text[e : e + 30]}"
                )
    score.seconds = time.perf_counter() - started
    return score


def table(rows: Iterable[tuple[str, Score]]) -> str:
    lines = [
        "| data set | gold | found | strict P | strict R | strict F1 | overlap P | overlap R "
        "| overlap F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in rows:
        sp, sr, sf = Score.prf(s.strict, s.predicted, s.gold)
        op, orr, of = Score.prf(s.overlap, s.predicted, s.gold)
        lines.append(
            f"| {name} | {s.gold} | {s.predicted} | {sp:.3f} | {sr:.3f} | {sf:.3f} "
            f"| {op:.3f} | {orr:.3f} | {of:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("URDU_ENTITIES_DATA", "../shared/datasets")
    parser.add_argument("--data", type=Path, default=Path(default))
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--errors", type=Path, help="write misses and false alarms here")
    args = parser.parse_args(argv)

    rows: list[tuple[str, Score]] = []
    for filename, name, labels in SETS:
        path = args.data / filename
        if not path.exists():
            print(f"skipping {filename}: not found in {args.data}", file=sys.stderr)
            continue
        rows.append(
            (
                f"{name} `{filename}` {'/'.join(sorted(labels))}",
                score_file(path, labels, args.errors is not None),
            )
        )
    if not rows:
        print("no data set found", file=sys.stderr)
        return 1
    report = "## Dates\n\n" + table(rows) + "\n\nCommand: `python scripts/evaluate_dates.py "
    report += "--data ../shared/datasets`\n"
    print(report)
    for name, s in rows:
        print(f"{name}: {s.seconds:.2f} s", file=sys.stderr)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    if args.errors:
        args.errors.write_text(
            "\n".join(line for _, s in rows for line in sorted(s.errors)) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
