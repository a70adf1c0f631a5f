"""The ``--format table`` output: columns aligned by terminal width (``wcwidth``), so Urdu
with combining marks (``اُ``, ``کِ``) lines up."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    return "\n".join(_aligned(table, widths(table)))


def widths(table: Sequence[tuple[str, ...]]) -> list[int]:
    return [max(cell_width(r[i]) for r in table) for i in range(len(HEADER))]


def _aligned(table: Sequence[tuple[str, ...]], column_widths: Sequence[int]) -> list[str]:
    right = {0, 1, 8}
    lines = []
    for row in table:
        cells = []
        for i, (cell, width) in enumerate(zip(row, column_widths, strict=True)):
            pad = " " * max(0, width - cell_width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return lines


class TableWriter:
    """A table written as its entities come: rows go out in blocks of :data:`BLOCK`, each
    block's columns as wide as it and every block before it needs. Up to one block of
    entities, the table is :func:`format_table`'s."""

    BLOCK = 1000

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._rows: list[tuple[str, ...]] = [HEADER]
        self._widths = [0] * len(HEADER)

    def add(self, entity: Entity) -> None:
        self._rows.extend(rows([entity]))
        if len(self._rows) >= self.BLOCK:
            self._flush()

    def close(self) -> None:
        if self._rows:
            self._flush()

    def _flush(self) -> None:
        self._widths = [max(a, b) for a, b in zip(self._widths, widths(self._rows),
                                                  strict=True)]
        self._write("".join(line + "\n" for line in _aligned(self._rows, self._widths)))
        self._rows = []
