#!/usr/bin/env python3
"""Turn annotated markup into gold JSONL with character offsets.

Markup (UTF-8; see tests/fixtures/README.md):

    # a comment line (outside or between passages)
    === passage-id | free description
    Text with [[عمران خان|PER|Imran Khan]] and dates like
    [[10 سے 13 ستمبر|DATE|10–13 September|XXXX-09-10/XXXX-09-13]].

Each ``=== id`` line starts a passage; its text is the following lines up to the next
``===`` line, with leading and trailing blank lines dropped and ``#`` lines skipped.
An annotation is ``[[surface|LABEL|canonical]]`` or ``[[surface|LABEL|canonical|value]]``.
The output text is NFC.

    python scripts/build_fixtures.py tests/fixtures/passages.markup.txt \\
        tests/fixtures/passages.jsonl
    python scripts/build_fixtures.py tests/fixtures/sample_article.markup.txt \\
        tests/fixtures/sample_article.jsonl --text-out data/samples/sample_article_ur.txt
    python scripts/build_fixtures.py ... --check   # exit 1 if the outputs are out of date
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

LABELS = ("PER", "LOC", "ORG", "DATE")
_MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]+)(?:\|([^\[\]|]+))?\]\]")
_HEADER = re.compile(r"^===\s*([^|\s]+)\s*(?:\|\s*(.*))?$")


class MarkupError(ValueError):
    pass


def parse_passage(markup: str, where: str) -> dict[str, Any]:
    """One passage's markup → ``{"text", "entities"}``."""
    markup = unicodedata.normalize("NFC", markup)
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(markup):
        before = markup[pos : m.start()]
        if "[[" in before or "]]" in before:
            raise MarkupError(f"{where}: unbalanced [[ ]] near {before[-30:]!r}")
        out.append(before)
        length += len(before)
        surface, label, canonical, value = m.groups()
        if surface != surface.strip() or not surface:
            raise MarkupError(f"{where}: surface {surface!r} has surrounding spaces")
        if label not in LABELS:
            raise MarkupError(f"{where}: unknown label {label!r} in {m.group()!r}")
        if label == "DATE" and value is None:
            raise MarkupError(f"{where}: DATE without a value in {m.group()!r}")
        if label != "DATE" and value is not None:
            raise MarkupError(f"{where}: only DATE takes a value: {m.group()!r}")
        ent: dict[str, Any] = {
            "start": length,
            "end": length + len(surface),
            "label": label,
            "text": surface,
            "canonical": canonical.strip(),
        }
        if value is not None:
            ent["value"] = value.strip()
        entities.append(ent)
        out.append(surface)
        length += len(surface)
        pos = m.end()
    rest = markup[pos:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError(f"{where}: unbalanced [[ ]] near {rest[:30]!r}")
    out.append(rest)
    text = "".join(out)
    for e in entities:
        assert text[e["start"] : e["end"]] == e["text"]
    return {"text": text, "entities": entities}


def parse_file(path: Path) -> list[dict[str, Any]]:
    passages: list[dict[str, Any]] = []
    current: tuple[str, str, int] | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is None:
            return
        pid, topic, lineno = current
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            raise MarkupError(f"{path}:{lineno}: passage {pid!r} is empty")
        record = {"id": pid, "topic": topic, **parse_passage("\n".join(lines), f"{path}:{pid}")}
        passages.append(record)

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#"):
            continue
        if line.startswith("==="):
            flush()
            m = _HEADER.match(line)
            if not m:
                raise MarkupError(f"{path}:{lineno}: bad header {line!r}")
            current = (m.group(1), (m.group(2) or "").strip(), lineno)
            lines = []
            continue
        if current is None:
            if line.strip():
                raise MarkupError(f"{path}:{lineno}: text before the first === header")
            continue
        lines.append(line.rstrip())
    flush()
    ids = [p["id"] for p in passages]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise MarkupError(f"{path}: duplicate passage ids {sorted(dupes)}")
    return passages


def render_jsonl(passages: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("markup", type=Path)
    ap.add_argument("out", type=Path, help="JSONL to write")
    ap.add_argument(
        "--text-out", type=Path, help="also write the text of the single passage to this file"
    )
    ap.add_argument("--check", action="store_true", help="only check the outputs are current")
    args = ap.parse_args(argv)
    try:
        passages = parse_file(args.markup)
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outputs = {args.out: render_jsonl(passages)}
    if args.text_out is not None:
        if len(passages) != 1:
            print("error: --text-out needs exactly one passage", file=sys.stderr)
            return 2
        outputs[args.text_out] = passages[0]["text"] + "\n"
    stale = []
    for path, content in outputs.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != content:
            stale.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
    n_ent = sum(len(p["entities"]) for p in passages)
    if args.check:
        for path in stale:
            print(f"out of date: {path}", file=sys.stderr)
        return 1 if stale else 0
    noun = "passage" if len(passages) == 1 else "passages"
    written = ", ".join(map(str, outputs))
    print(f"{len(passages)} {noun}, {n_ent} entities → {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
