"""The ``--format table`` output: columns aligned by terminal width (``wcwidth``), so Urdu
with combining marks (``اُ``, ``کِ``) lines up."""

from __future__ import annotations

from collections.abc import Sequence

from wcwidth import wcswidth, wcwidth

from urdu_entities.models import Entity

HEADER = ("start", "end", "label", "text", "canonical", "id", "value", "source",
          "confidence", "resolved")


def cell_width(cell: str) -> int:
    """Columns ``cell`` takes on a terminal (combining marks none, wide characters two)."""
    width = wcswidth(cell)
    if width >= 0:
        return int(width)
    return sum(max(0, wcwidth(ch)) for ch in cell)  # control characters count as none


def _clean(cell: str) -> str:
    # A newline or tab inside a mention would break the row: show it as a space.
    return "".join(" " if ord(ch) < 32 or ch == "\x7f" else ch for ch in cell)


def rows(entities: Sequence[Entity]) -> list[tuple[str, ...]]:
    return [
        (str(e.start), str(e.end), e.label.value, _clean(e.text), e.canonical or "-",
         e.id or "-", e.value or "-", e.source, f"{e.confidence:.2f}",
         "yes" if e.resolved else "no")
        for e in entities
    ]


def format_table(entities: Sequence[Entity]) -> str:
    """One row per entity under a header; numbers right-aligned."""
    table = [HEADER, *rows(entities)]
    widths = [max(cell_width(r[i]) for r in table) for i in range(len(HEADER))]
    right = {0, 1, 8}
    lines = []
    for row in table:
        cells = []
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (width - cell_width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
