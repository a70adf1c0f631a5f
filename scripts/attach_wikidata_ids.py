#!/usr/bin/env python3
"""Attach verified Wikidata ids to gazetteer JSONL files, in place.

An entry gets ``ids.wikidata`` only when its ``canonical`` is *exactly* the English
label of one (and only one) item of the Wikidata label table (CC0 data, kept outside
the repository under ``../shared/datasets/raw/wikidata_en_hi_ur/``) and that item is a
plausible named entity for the entry's label (PER/LOC/ORG): not a wiki namespace page,
not a lower-case common noun, and no type word in the label that contradicts the entry
(``... language``, ``... District`` for a person).  Single English labels of people are
often shared with gods, books or films, so a PER entry also needs the item's Urdu label
to be one of its forms; ``--require-urdu-match`` asks that of every entry.  Nothing is
ever added from memory.

Usage (from the repository root)::

    python scripts/attach_wikidata_ids.py data/gazetteers/places_*.jsonl
    python scripts/attach_wikidata_ids.py --dry-run --verbose data/gazetteers/people.jsonl

The rewrite is deterministic: line order, blank lines and ``#`` comment lines are kept,
and lines that gain no id are written back byte for byte.  An id that an entry already
carries is never replaced; a disagreement with the table is reported instead.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_WIKIDATA = Path("../shared/datasets/raw/wikidata_en_hi_ur/wikidata_20150427.tsv")

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
# Wikipedia/Wikidata namespaces: such items are pages, never entities.
NAMESPACE_RE = re.compile(r"^(Category|Portal|Template|Wikipedia|Help|Module|File|List of):?\s")
# English label words showing that an item is not of the entry's type.
NOT_PER = re.compile(
    r"\b(language|languages|people|tribe|script|District|Province|River|Mountains?|"
    r"Sea|Ocean|Island|Islands|Valley|Desert|Lake|Empire|Republic|Kingdom|State|"
    r"City|Party|Company|University|Airport|Temple|Mosque|Festival|War|Battle)\b"
)
NOT_PLACE_OR_ORG = re.compile(r"\b(language|languages|people|script|dialect|cuisine|dish)\b")
NOT_BY_LABEL: dict[str, re.Pattern[str]] = {
    "PER": NOT_PER,
    "LOC": NOT_PLACE_OR_ORG,
    "ORG": NOT_PLACE_OR_ORG,
}

# Letter variants folded before comparing the Urdu label with an entry's forms.
_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh -> Farsi yeh
        "\u0649": "\u06cc",  # alef maksura -> Farsi yeh
        "\u0643": "\u06a9",  # Arabic kaf -> keheh
        "\u0647": "\u06c1",  # Arabic heh -> heh goal
        "\u06d5": "\u06c1",  # ae -> heh goal
        "\u0629": "\u06c1",  # teh marbuta -> heh goal
        "\u06c3": "\u06c1",  # teh marbuta goal -> heh goal
        "\u0640": None,  # tatweel
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        " ": None,
    }
)


def fold_urdu(text: str) -> str:
    """Fold letter variants, diacritics and spaces so that spellings compare equal."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).translate(_FOLD)


@dataclass(frozen=True)
class Item:
    """One row of the Wikidata label table."""

    qid: str
    en: str
    ur: str


@dataclass
class Stats:
    """Counters for one gazetteer file."""

    entries: int = 0
    had_id: int = 0
    added: int = 0
    urdu_confirmed: int = 0
    ambiguous_label: int = 0
    implausible: int = 0
    conflicts: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)


def load_table(path: Path) -> dict[str, list[Item]]:
    """Read the TSV (columns ID, en, hi, hi_translit, ur_translit, ur) keyed by English label."""
    table: dict[str, list[Item]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            qid = (row.get("ID") or "").strip()
            en = (row.get("en") or "").strip()
            if not QID_RE.match(qid) or not en:
                continue
            table[en].append(Item(qid=qid, en=en, ur=(row.get("ur") or "").strip()))
    return dict(table)


def plausible(item: Item, label: str) -> bool:
    """Return True if the item can be a named entity of the given label."""
    if NAMESPACE_RE.match(item.en) or not (item.en[:1].isupper() or item.en[:1].isdigit()):
        return False
    pattern = NOT_BY_LABEL.get(label)
    return not (pattern and pattern.search(item.en))


def render(entry: dict[str, object]) -> str:
    """Serialise one entry the way the gazetteer files are written."""
    return json.dumps(entry, ensure_ascii=False)


def with_wikidata(entry: dict[str, object], qid: str) -> dict[str, object]:
    """Return a copy of entry with ids.wikidata set (ids placed after forms if new)."""
    old_ids = entry.get("ids")
    ids: dict[str, object] = {"wikidata": qid}
    if isinstance(old_ids, dict):
        ids.update((k, v) for k, v in old_ids.items() if k != "wikidata")
    if "ids" in entry:
        return {k: (ids if k == "ids" else v) for k, v in entry.items()}
    out: dict[str, object] = {}
    for key, value in entry.items():
        out[key] = value
        if key == "forms":
            out["ids"] = ids
    out.setdefault("ids", ids)
    return out


def process_line(
    line: str, table: dict[str, list[Item]], stats: Stats, where: str, require_urdu: bool = False
) -> str:
    """Return the (possibly rewritten) line."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return line
    entry = json.loads(stripped)
    stats.entries += 1
    canonical = str(entry.get("canonical", ""))
    label = str(entry.get("label", ""))
    existing = (entry.get("ids") or {}).get("wikidata")
    candidates = [it for it in table.get(canonical, []) if plausible(it, label)]
    if len(table.get(canonical, [])) > 1:
        stats.ambiguous_label += 1
        candidates = []
    elif canonical in table and not candidates:
        stats.implausible += 1
    if existing:
        stats.had_id += 1
        if candidates and candidates[0].qid != existing:
            stats.conflicts.append(
                f"{where}: {canonical}: has {existing}, table says {candidates[0].qid}"
            )
        return line
    if not candidates:
        return line
    item = candidates[0]
    forms = {fold_urdu(str(f)) for f in entry.get("forms", [])}
    confirmed = bool(item.ur) and fold_urdu(item.ur) in forms
    if not confirmed and (require_urdu or label == "PER"):
        stats.unconfirmed.append(
            f"{where}: {canonical} -> {item.qid} NOT added (Urdu label differs)"
        )
        return line
    if confirmed:
        stats.urdu_confirmed += 1
    else:
        stats.unconfirmed.append(
            f"{where}: {canonical} -> {item.qid} (Wikidata ur: {item.ur or '-'})"
        )
    stats.added += 1
    newline = "\n" if line.endswith("\n") else ""
    return render(with_wikidata(entry, item.qid)) + newline


def process_file(
    path: Path, table: dict[str, list[Item]], dry_run: bool, require_urdu: bool = False
) -> Stats:
    """Attach ids in one file, rewriting it unless dry_run."""
    stats = Stats()
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out = [
        process_line(line, table, stats, f"{path.name}:{n}", require_urdu)
        for n, line in enumerate(lines, 1)
    ]
    if not dry_run and out != lines:
        path.write_text("".join(out), encoding="utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="gazetteer JSONL files to update")
    parser.add_argument("--wikidata", type=Path, default=DEFAULT_WIKIDATA, help="label table TSV")
    parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    parser.add_argument(
        "--require-urdu-match",
        action="store_true",
        help="attach only where the item's Urdu label is one of the entry's forms",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="list matches whose Urdu label differs"
    )
    args = parser.parse_args(argv)

    if not args.wikidata.is_file():
        print(f"error: Wikidata table not found: {args.wikidata}", file=sys.stderr)
        return 2
    table = load_table(args.wikidata)
    total_added = 0
    for path in args.files:
        stats = process_file(path, table, args.dry_run, args.require_urdu_match)
        total_added += stats.added
        print(
            f"{path}: {stats.entries} entries, {stats.added} ids added "
            f"({stats.urdu_confirmed} with matching Urdu label), "
            f"{stats.had_id} already had one, "
            f"{stats.ambiguous_label} skipped as ambiguous label, "
            f"{stats.implausible} as implausible type"
        )
        for conflict in stats.conflicts:
            print(f"  CONFLICT {conflict}")
        if args.verbose:
            for note in stats.unconfirmed:
                print(f"  urdu label differs: {note}")
    print(f"total ids added: {total_added}" + (" (dry run)" if args.dry_run else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
