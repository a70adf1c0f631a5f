"""Score the date recogniser against annotated Urdu data.

    python scripts/evaluate_dates.py --data ../shared/datasets [--markdown out.md]

Runs :func:`urdu_entities.recognisers.dates.find_dates` on every record of ``jahangir.jsonl``
(gold label ``DATE``) and ``ijcnlp2008_urdu.jsonl`` (gold label ``DATETIME``) and prints
precision, recall and F1 for strict matching (same start and end) and overlap matching
(one-to-one, any shared character), twice per corpus:

* every kind the recogniser finds by default, against every gold date;
* only the kinds the corpus annotates, under its conventions (see ``CONVENTIONS``): the
  recogniser is asked for those kinds, and a gold date it reads as another kind (a weekday,
  a duration) is left out (:func:`urdu_entities.evaluation.date_scope`).

``--whole-ranges`` scores every range as one date, also where a corpus marks its ends apart.
The datasets are read from ``--data`` (default: ``$URDU_ENTITIES_DATA`` or
``../shared/datasets``) and never copied. ``--errors FILE`` writes the misses and false
alarms for inspection (keep that file out of the repository: it quotes the data).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from urdu_entities.evaluation import date_scope
from urdu_entities.recognisers.dates import find_dates
from urdu_entities.text.document import Document

Span = tuple[int, int]


@dataclass(frozen=True)
class Convention:
    """How a corpus annotates dates: the kinds it marks, and whether each end of a range
    is an entity of its own."""

    kinds: frozenset[str]
    range_ends: bool = False

    def describe(self) -> str:
        ends = ", range ends apart" if self.range_ends else ""
        return f"{'+'.join(sorted(self.kinds))}{ends}"


#: Jahangir marks calendar dates (weekdays in about a third of their mentions, relative
#: dates not at all); IJCNLP marks calendar dates and each end of a range on its own.
CONVENTIONS: dict[str, Convention] = {
    "jahangir.jsonl": Convention(frozenset({"calendar"})),
    "ijcnlp2008_urdu.jsonl": Convention(frozenset({"calendar"}), range_ends=True),
}

SETS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("jahangir.jsonl", "Jahangir et al. 2012 (news)", frozenset({"DATE"})),
    ("ijcnlp2008_urdu.jsonl", "IJCNLP-2008 (tourism, history)", frozenset({"DATETIME"})),
)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    overlap: int = 0
    out_of_scope: int = 0
    seconds: float = 0.0
    by_kind: Counter[str] = field(default_factory=Counter)
    hits_by_kind: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


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


def score_file(
    path: Path, labels: frozenset[str], convention: Convention | None, keep_errors: bool
) -> Score:
    """Score every record; ``convention=None`` scores every default kind against all gold."""
    score = Score()
    started = time.perf_counter()
    for record in records(path):
        text = str(record["text"])
        entities = record.get("entities") or []
        assert isinstance(entities, list)
        gold = sorted((int(e["start"]), int(e["end"])) for e in entities if e["label"] in labels)
        doc = Document.from_text(text)
        if convention is None:
            found = find_dates(doc)
        else:
            found = find_dates(doc, kinds=convention.kinds, range_ends=convention.range_ends)
            others = [
                _Span(*doc.original_span(c.start, c.end))
                for c in find_dates(doc, kinds="all", range_ends=convention.range_ends)
                if c.date_kind is not None and c.date_kind.value not in convention.kinds
            ]
            scored = [_Span(*doc.original_span(c.start, c.end)) for c in found]
            keep = date_scope([_Span(s, e) for s, e in gold], scored, others)
            score.out_of_scope += keep.count(False)
            gold = [g for g, k in zip(gold, keep, strict=True) if k]
        kinds = {doc.original_span(c.start, c.end): str(c.date_kind) for c in found}
        predicted = sorted(kinds)
        score.gold += len(gold)
        score.predicted += len(predicted)
        hits = set(gold) & set(predicted)
        score.strict += len(hits)
        score.overlap += overlap_hits(gold, predicted)
        score.by_kind.update(kinds.values())
        score.hits_by_kind.update(kinds[h] for h in hits)
        if keep_errors:
            for span in set(gold) ^ set(predicted):
                kind = "MISS" if span in gold else f"FALSE {kinds[span]}"
                s, e = span
                score.errors.append(
                    f"{kind}\t{record['id']}\t{text[max(0, s - 30) : s]}[[{text[s:e]}]]"
                    f"{text[e : e + 30]}"
                )
    score.seconds = time.perf_counter() - started
    return score


def table(rows: Iterable[tuple[str, str, Score]]) -> str:
    lines = [
        "| data set | scored | gold | found | strict P | strict R | strict F1 | overlap P "
        "| overlap R | overlap F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, scored, s in rows:
        sp, sr, sf = Score.prf(s.strict, s.predicted, s.gold)
        op, orr, of = Score.prf(s.overlap, s.predicted, s.gold)
        lines.append(
            f"| {name} | {scored} | {s.gold} | {s.predicted} | {sp:.3f} | {sr:.3f} | {sf:.3f} "
            f"| {op:.3f} | {orr:.3f} | {of:.3f} |"
        )
    return "\n".join(lines)


def kind_table(rows: Iterable[tuple[str, str, Score]]) -> str:
    lines = [
        "| data set | scored | found by kind (strict matches) | gold left out |",
        "|---|---|---|---:|",
    ]
    for name, scored, s in rows:
        kinds = ", ".join(f"{k} {n} ({s.hits_by_kind[k]})" for k, n in sorted(s.by_kind.items()))
        lines.append(f"| {name} | {scored} | {kinds} | {s.out_of_scope} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("URDU_ENTITIES_DATA", "../shared/datasets")
    parser.add_argument("--data", type=Path, default=Path(default))
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--errors", type=Path, help="write misses and false alarms here")
    parser.add_argument("--whole-ranges", action="store_true", help="score every range as one date")
    args = parser.parse_args(argv)

    rows: list[tuple[str, str, Score]] = []
    for filename, name, labels in SETS:
        path = args.data / filename
        if not path.exists():
            print(f"skipping {filename}: not found in {args.data}", file=sys.stderr)
            continue
        title = f"{name} `{filename}` {'/'.join(sorted(labels))}"
        rows.append((title, "every default kind", score_file(path, labels, None, False)))
        convention = CONVENTIONS[filename]
        if args.whole_ranges:
            convention = Convention(convention.kinds)
        rows.append(
            (
                title,
                convention.describe(),
                score_file(path, labels, convention, args.errors is not None),
            )
        )
    if not rows:
        print("no data set found", file=sys.stderr)
        return 1
    report = "## Dates\n\n" + table(rows) + "\n\n" + kind_table(rows)
    report += "\n\nCommand: `python scripts/evaluate_dates.py --data ../shared/datasets`\n"
    print(report)
    for name, scored, s in rows:
        print(f"{name} ({scored}): {s.seconds:.2f} s", file=sys.stderr)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    if args.errors:
        args.errors.write_text(
            "\n".join(line for _, _, s in rows for line in sorted(s.errors)) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
