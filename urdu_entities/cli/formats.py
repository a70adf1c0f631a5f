"""One text's entities as the CLI writes them, entity by entity as they are found: a table,
a JSON array (as ``json.dumps(..., indent=2)`` writes it) or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Protocol

from urdu_entities.cli.table import TableWriter
from urdu_entities.models import Entity


def entity_dict(e: Entity) -> dict[str, object]:
    return e.model_dump(mode="json")


class EntityWriter(Protocol):
    def add(self, entity: Entity) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    """One entity per line."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write

    def add(self, entity: Entity) -> None:
        self._write(json.dumps(entity_dict(entity), ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class JsonArrayWriter:
    """A JSON array of entities, the same text as ``json.dumps(list, indent=2)``."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._count = 0

    def add(self, entity: Entity) -> None:
        item = json.dumps(entity_dict(entity), ensure_ascii=False, indent=2)
        self._write(("[\n  " if self._count == 0 else ",\n  ") + item.replace("\n", "\n  "))
        self._count += 1

    def close(self) -> None:
        self._write("\n]\n" if self._count else "[]\n")


def entity_writer(fmt: str, write: Callable[[str], None]) -> EntityWriter:
    """The writer of ``fmt`` (``table``, ``json`` or ``jsonl``)."""
    writers: dict[str, Callable[[Callable[[str], None]], EntityWriter]] = {
        "table": TableWriter, "json": JsonArrayWriter, "jsonl": JsonLinesWriter,
    }
    return writers[fmt](write)
