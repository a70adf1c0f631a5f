#!/usr/bin/env python3
"""Build ``data/gazetteers/places_countries.jsonl`` from Unicode CLDR plus a curated overlay.

Rebuild (from the repository root; needs ``pip install babel`` at build time only)::

    python scripts/build_places.py
    python scripts/attach_wikidata_ids.py data/gazetteers/places_*.jsonl

The first command writes one LOC entry per country or territory that CLDR knows
(Urdu names from ``babel.Locale("ur").territories``, English from ``Locale("en")``),
with the English Wikipedia title as ``canonical``, ``ids.iso`` (ISO 3166-1 alpha-2)
and ``attrs.kind`` (``country`` or ``territory``), merged with the Urdu news forms
of ``scripts/places_overlay.py``.  The second adds Wikidata ids verified against the
CC0 label table beside the project.  Output is sorted by canonical name and is
byte-for-byte reproducible for a given Babel/CLDR version.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale
from places_overlay import (
    AMBIGUOUS,
    CANONICAL,
    DROP_FORMS,
    EXTRA_FORMS,
    NOT_ISO,
    SKIP,
    TERRITORIES,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "gazetteers" / "places_countries.jsonl"

LATIN_RE = re.compile(r"[A-Za-z]")
PAREN_RE = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
INNER_PAREN_RE = re.compile(r"\([^()]*\)")
# Arabic-script letters that have a distinct standard Urdu code point.
URDU_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})


def clean(text: str) -> str:
    """NFC-normalise, use standard Urdu letters and squeeze spaces."""
    text = unicodedata.normalize("NFC", text).translate(URDU_LETTERS)
    return " ".join(text.split())


def cldr_forms(name: str) -> list[str]:
    """Turn one CLDR Urdu territory name into usable surface forms.

    Names with Latin letters (``ہانگ کانگ SAR چین``) or CLDR's `` - `` qualifier
    (``کانگو - کنشاسا``) are not how Urdu text writes them and are dropped; the
    overlay supplies real forms.  ``میانمار (برما)`` gives both names; a
    parenthesis inside a name (``کوکوس (کیلنگ) جزائر``) is dropped.
    """
    name = clean(name)
    if LATIN_RE.search(name) or " - " in name:
        return []
    match = PAREN_RE.match(name)
    if match:
        return [clean(match["outer"]), clean(match["inner"])]
    if "(" in name:
        return [clean(INNER_PAREN_RE.sub(" ", name))]
    return [name]


def dedupe(items: list[str]) -> list[str]:
    """Drop repeats, keeping first occurrence order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build_entries() -> list[dict[str, object]]:
    """Return one gazetteer entry per CLDR country or territory."""
    urdu = Locale("ur").territories
    english = Locale("en").territories
    entries: list[dict[str, object]] = []
    for code in sorted(english):
        if code.isdigit() or code in SKIP:
            continue
        canonical = CANONICAL.get(code, english[code])
        dropped = DROP_FORMS.get(code, frozenset())
        overlay = [clean(f) for f in EXTRA_FORMS.get(code, [])]
        base = cldr_forms(urdu[code]) if code in urdu else []
        forms = dedupe(overlay + [f for f in base if f not in dropped])
        if not forms:
            print(f"warning: {code} ({canonical}) has no Urdu form, skipped", file=sys.stderr)
            continue
        entry: dict[str, object] = {"canonical": canonical, "label": "LOC", "forms": forms}
        if code not in NOT_ISO:
            entry["ids"] = {"iso": code}
        kind = "territory" if code in TERRITORIES else "country"
        entry["attrs"] = {"kind": kind}
        ambiguous = [clean(f) for f in AMBIGUOUS.get(code, [])]
        if ambiguous:
            missing = [f for f in ambiguous if f not in forms]
            if missing:
                raise ValueError(f"{code}: ambiguous forms not in forms: {missing}")
            entry["ambiguous"] = ambiguous
        entries.append(entry)
    entries.sort(key=lambda e: sort_key(str(e["canonical"])))
    return entries


def sort_key(name: str) -> tuple[str, str]:
    """Order names alphabetically ignoring accents (``Åland`` with the A's)."""
    base = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return (base.casefold(), name)


def check_overlay() -> None:
    """Fail on overlay keys that CLDR does not know (typos)."""
    known = set(Locale("en").territories)
    for table in (CANONICAL, DROP_FORMS, EXTRA_FORMS, AMBIGUOUS):
        unknown = sorted(set(table) - known)
        if unknown:
            raise ValueError(f"overlay uses unknown region codes: {unknown}")


def write(entries: list[dict[str, object]], out: Path) -> None:
    """Write the JSONL file with a provenance header."""
    header = [
        "# Countries and territories: names from Unicode CLDR (Unicode License v3) via "
        f"Babel {babel.__version__}, merged with the curated Urdu forms of "
        "scripts/places_overlay.py.",
        "# Generated by scripts/build_places.py; do not edit by hand. Wikidata ids are added "
        "by scripts/attach_wikidata_ids.py.",
    ]
    lines = header + [json.dumps(e, ensure_ascii=False) for e in entries]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output JSONL path")
    args = parser.parse_args(argv)
    check_overlay()
    entries = build_entries()
    write(entries, args.out)
    kinds = [e["attrs"]["kind"] for e in entries]  # type: ignore[index]
    print(
        f"wrote {len(entries)} entries to {args.out} "
        f"({kinds.count('country')} countries, {kinds.count('territory')} territories)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
