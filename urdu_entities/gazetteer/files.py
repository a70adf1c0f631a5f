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
#: Control characters (and line and paragraph separators) have no place in a name. In JSON
#: text C0 controls can only be written as escapes; DEL, C1 controls and U+2028/U+2029 may
#: also be raw. This finds every line that might hold one (an escaped backslash before ``n``
#: too); those lines are then checked exactly.
_MAYBE_CONTROL = re.compile(r"\\(?:[bfnrt]|u00[0-1][0-9a-fA-F]|u00[89][0-9a-fA-F]|u007[fF]|"
                            r"u202[89])|[\x7f-\x9f\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LABEL_REPR = re.compile(r"<Label\.(\w+): '\w+'>")
_NAME_FIELDS = ("canonical", "forms", "ambiguous")


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """``object_pairs_hook`` that refuses a key given twice in one JSON object (``json`` and
    pydantic would silently keep the last value)."""
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return d


def _repeated_key_problems(
    path: str, lines: Sequence[tuple[int, str]], entries: Sequence[GazetteerEntryData]
) -> list[Problem]:
    """Keys given twice in one object, which validation alone cannot see (the last value
    would silently win).

    Every key in the text is followed by a colon, and validation refuses unknown keys, so a
    line with no more colons than its validated entry has keys repeats none; only the few
    other lines (a colon inside a value, or a repeated key) are parsed again to find out.
    """
    problems: list[Problem] = []
    colons = [line.count(":") for _, line in lines]
    keys = [len(e) + len(e.get("ids") or ()) + len(e.get("attrs") or ()) for e in entries]
    for (number, line), c, k in zip(lines, colons, keys, strict=True):
        if c > k:
            try:
                json.loads(line, object_pairs_hook=_unique_keys)
            except _DuplicateKey as exc:
                problems.append(Problem(path, number, exc.key, f"key {exc.key!r} given twice"))
    return problems


def _message(msg: str) -> str:
    """A pydantic message with labels written as ``PER``, not ``<Label.PER: 'PER'>``."""
    return _LABEL_REPR.sub(r"\1", msg)


def _control_problems(path: str, number: int, data: object) -> list[Problem]:
    """Control characters in the names of one parsed line."""
    if not isinstance(data, dict):
        return []
    problems = []
    for name in _NAME_FIELDS:
        value = data.get(name)
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        for i, text in enumerate(values):
            found = _CONTROL.search(text) if isinstance(text, str) else None
            if found:
                where = name if isinstance(value, str) else f"{name}.{i}"
                problems.append(Problem(path, number, where,
                                        f"control character U+{ord(found.group()):04X} in "
                                        f"{text!r}"))
    return problems


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
        data = json.loads(line, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        return [Problem(path, number, "", f"not valid JSON: {exc.msg} (column {exc.colno})")]
    except _DuplicateKey as exc:
        return [Problem(path, number, exc.key, f"key {exc.key!r} given twice")]
    control = _control_problems(path, number, data)
    try:
        entry = _adapter("entry").validate_json(line)
    except ValidationError as exc:
        return control + [
            Problem(path, number, ".".join(str(p) for p in err["loc"]), _message(err["msg"]))
            for err in exc.errors()
        ]
    problem = unlisted_ambiguous(entry["forms"], entry.get("ambiguous", ()))
    return control + ([Problem(path, number, "ambiguous", problem)] if problem else [])


def parse_entries(text: str, path: str = "<memory>") -> ParsedFile:
    """Parse and validate gazetteer JSONL; raise :class:`GazetteerError` naming every bad line.

    The whole text is validated in one pass first (fast); only when that fails is each line
    validated alone to say where the problems are. A UTF-8 byte order mark and CRLF line
    ends are accepted; a key given twice in one object and control characters in names are
    errors.
    """
    lines = list(_content_lines(text.removeprefix("\ufeff")))
    numbers = [number for number, _ in lines]
    joined = "[" + ",".join(line for _, line in lines) + "]"
    entries: list[GazetteerEntryData] | None
    try:
        entries = _adapter("list").validate_json(joined)
    except ValidationError:
        entries = None
    if entries is not None and len(entries) != len(lines):
        entries = None  # a line holding more than one value
    problems: list[Problem] = []
    if entries is not None:
        problems = _repeated_key_problems(path, lines, entries)
        if _MAYBE_CONTROL.search(joined):
            problems += [p for number, line in lines if _MAYBE_CONTROL.search(line)
                         for p in _control_problems(path, number, json.loads(line))]
        if problems:
            entries = None
    if entries is None and not problems:
        problems = [p for number, line in lines for p in _line_problems(path, number, line)]
        if not problems:  # e.g. a line that is valid JSON only on its own
            problems = [Problem(path, 0, "", "file could not be parsed as JSON Lines")]
    elif entries is not None:
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


def read_source(path: str | Path) -> bytes:
    """The bytes of a gazetteer file; raise :class:`GazetteerError` if it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise GazetteerError([Problem(str(path), 0, "", "file not found")]) from None
    except OSError as exc:
        raise GazetteerError([Problem(str(path), 0, "", exc.strerror or str(exc))]) from None


def parse_source(data: bytes, path: str | Path) -> ParsedFile:
    """Decode (UTF-8, with or without a byte order mark) and parse a gazetteer file's bytes."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            message = "not UTF-8 but UTF-16 (it starts with a UTF-16 byte order mark)"
            raise GazetteerError([Problem(str(path), 0, "", message)]) from None
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise GazetteerError(
            [Problem(str(path), line, "", f"not UTF-8 (byte {exc.start}, column {column})")]
        ) from None
    return parse_entries(text, str(path))


def read_file(path: str | Path) -> ParsedFile:
    """Read one gazetteer file; raise :class:`GazetteerError` if anything in it is wrong."""
    return parse_source(read_source(path), path)
