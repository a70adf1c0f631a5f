"""Reading gazetteer files: JSON Lines, validated whole before anything is used."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from urdu_entities.models import GazetteerEntryData, unlisted_ambiguous

_MAX_REPORTED = 20


@cache
def _adapter(kind: str) -> TypeAdapter[Any]:
    """The validator of one entry (``"entry"``) or a list of them, built on first use
    (building it is a good part of the import time otherwise)."""
    return TypeAdapter(GazetteerEntryData if kind == "entry" else list[GazetteerEntryData])


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a gazetteer file."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" [{self.field}]" if self.field else ""
        return f"{where}{field}: {self.message}"


class GazetteerError(ValueError):
    """A gazetteer file was rejected; nothing from it was loaded."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n  ".join(str(p) for p in problems[:_MAX_REPORTED])
        more = len(problems) - _MAX_REPORTED
        suffix = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(f"invalid gazetteer ({len(problems)} problem(s)):\n  {shown}{suffix}")


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A validated file: entry data and the line each entry came from."""

    path: str
    entries: Sequence[GazetteerEntryData | str]  # JSON text for a layer read from the cache
    lines: list[int]

    def validated(self) -> list[GazetteerEntryData]:
        """The entries as data (parsing any kept as JSON text)."""
        return [json.loads(e) if isinstance(e, str) else e for e in self.entries]


_SKIPPED_LINE = re.compile(r"^[ \t]*(?:#|$)", re.MULTILINE)


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered entry lines, without comments and blank lines."""
    text = text.removesuffix("\n")
    if "\r" not in text and not _SKIPPED_LINE.search(text):  # a plain file: the fast path
        yield from enumerate(text.split("\n"), start=1)
        return
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def _line_problems(path: str, number: int, line: str) -> list[Problem]:
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return [Problem(path, number, "", f"not valid JSON: {exc.msg} (column {exc.colno})")]
    try:
        entry = _adapter("entry").validate_json(line)
    except ValidationError as exc:
        return [
            Problem(path, number, ".".join(str(p) for p in err["loc"]), err["msg"])
            for err in exc.errors()
        ]
    problem = unlisted_ambiguous(entry["forms"], entry.get("ambiguous", ()))
    return [Problem(path, number, "ambiguous", problem)] if problem else []


def parse_entries(text: str, path: str = "<memory>") -> ParsedFile:
    """Parse and validate gazetteer JSONL; raise :class:`GazetteerError` naming every bad line.

    The whole text is validated in one pass first (fast); only when that fails is each line
    validated alone to say where the problems are.
    """
    lines = list(_content_lines(text))
    numbers = [number for number, _ in lines]
    try:
        entries = _adapter("list").validate_json("[" + ",".join(line for _, line in lines) + "]")
    except ValidationError:
        entries = None
    problems: list[Problem] = []
    if entries is None:
        problems = [p for number, line in lines for p in _line_problems(path, number, line)]
        if not problems:  # e.g. a line that is valid JSON only on its own
            problems = [Problem(path, 0, "", "file could not be parsed as JSON Lines")]
    else:
        for entry, number in zip(entries, numbers, strict=True):
            if "ambiguous" in entry:
                problem = unlisted_ambiguous(entry["forms"], entry["ambiguous"])
                if problem:
                    problems.append(Problem(path, number, "ambiguous", problem))
        problems.extend(duplicate_problems(path, entries, numbers))
    if problems or entries is None:
        raise GazetteerError(problems)
    return ParsedFile(path, entries, numbers)


def duplicate_problems(
    path: str, entries: Iterable[GazetteerEntryData], lines: Iterable[int]
) -> list[Problem]:
    """Entries that repeat a (label, canonical) pair given earlier in the same source."""
    seen: dict[tuple[str, str], int] = {}
    problems = []
    for entry, line in zip(entries, lines, strict=True):
        key = (str(entry["label"].value), entry["canonical"])
        first = seen.setdefault(key, line)
        if first != line:
            problems.append(
                Problem(path, line, "canonical",
                        f"duplicate entry {key[0]} {key[1]!r} (first on line {first})")
            )
    return problems


def read_trusted(path: str | Path) -> ParsedFile:
    """Read a file known to be valid without validating it: the shipped data, which the test
    suite validates (and holds equal to this reading), loads in a fraction of the time."""
    path = Path(path)
    lines = list(_content_lines(path.read_text(encoding="utf-8")))
    entries = json.loads("[" + ",".join(line for _, line in lines) + "]")
    return ParsedFile(str(path), entries, [number for number, _ in lines])


def read_file(path: str | Path) -> ParsedFile:
    """Read one gazetteer file; raise :class:`GazetteerError` if anything in it is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError([Problem(str(path), 0, "", "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise GazetteerError(
            [Problem(str(path), 0, "", f"not UTF-8 (byte {exc.start})")]
        ) from None
    except OSError as exc:
        raise GazetteerError([Problem(str(path), 0, "", exc.strerror or str(exc))]) from None
    return parse_entries(text, str(path))
