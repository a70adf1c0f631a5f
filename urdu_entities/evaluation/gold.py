"""Gold annotations: models and loaders for JSONL and CoNLL-style column files.

A gold file is read into a list of :class:`GoldDocument`. Every problem found while reading
(bad JSON, offsets outside the text, a ``text`` field that does not match its offsets, an
unknown label, a malformed tag) raises :class:`GoldFormatError`, whose message names the file
and the line.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

#: The labels this library predicts; every gold label must be one of these after mapping.
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "DATE")

#: Label names that other corpora and tools use for the same four types. They are mapped
#: without being asked; anything else (``DATETIME``, ``TIME``, ``NUM``, ``MISC``, ...) must be
#: mapped or ignored explicitly, because it does not mean exactly one of the four.
DEFAULT_LABEL_ALIASES: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "NEP": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "NEL": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "NEO": "ORG",
    "DATE": "DATE",
}

#: A mapping from a label in the file to one of :data:`LABELS`, or to ``None`` to drop it.
LabelMap = Mapping[str, str | None]


class GoldFormatError(ValueError):
    """A gold file could not be read. ``str(error)`` is ``"path:line: message"``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class GoldEntity(BaseModel):
    """One annotated mention. ``end`` is exclusive; ``text``, if given, must equal the slice."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str
    text: str | None = None
    canonical: str | None = None
    value: str | None = None

    @field_validator("canonical", "value")
    @classmethod
    def _not_blank(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("must not be blank (leave the field out instead)")
        return v


class GoldDocument(BaseModel):
    """A text and all its gold entities, sorted by offset."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    text: str
    entities: tuple[GoldEntity, ...] = ()
    split: str | None = None


def resolve_label(label: str, label_map: LabelMap | None) -> str | None:
    """Map a label from a file to one of :data:`LABELS`; ``None`` means "drop".

    An explicit ``label_map`` wins over :data:`DEFAULT_LABEL_ALIASES`. Raises ``KeyError``
    for a label that is neither mapped nor known.
    """
    if label_map is not None and label in label_map:
        target = label_map[label]
        if target is not None and target not in LABELS:
            raise ValueError(
                f"label map sends {label!r} to {target!r}, not one of {', '.join(LABELS)}"
            )
        return target
    key = label.upper()
    if key in DEFAULT_LABEL_ALIASES:
        return DEFAULT_LABEL_ALIASES[key]
    raise KeyError(label)


def _unknown_label_message(label: str) -> str:
    return (
        f"unknown label {label!r}: expected one of {', '.join(LABELS)} "
        f"(map it with --map {label}=DATE or drop it with --ignore-labels {label})"
    )


def check_document(
    doc_id: str,
    text: str,
    raw_entities: Iterable[GoldEntity],
    label_map: LabelMap | None,
) -> GoldDocument:
    """Validate offsets and labels of one document; raise ``ValueError`` with a short reason."""
    entities: list[GoldEntity] = []
    seen: set[tuple[int, int, str]] = set()
    for i, ent in enumerate(raw_entities):
        where = f"entities[{i}]"
        if ent.end <= ent.start:
            raise ValueError(f"{where}: end ({ent.end}) must be greater than start ({ent.start})")
        if ent.end > len(text):
            raise ValueError(
                f"{where}: end ({ent.end}) is past the end of the text ({len(text)} characters)"
            )
        span = text[ent.start : ent.end]
        if ent.text is not None and ent.text != span:
            raise ValueError(
                f"{where}: text {ent.text!r} does not match text[{ent.start}:{ent.end}] = {span!r}"
            )
        if span != span.strip():
            raise ValueError(f"{where}: span {span!r} starts or ends with whitespace")
        try:
            label = resolve_label(ent.label, label_map)
        except KeyError:
            raise ValueError(f"{where}: {_unknown_label_message(ent.label)}") from None
        if label is None:
            continue
        key = (ent.start, ent.end, label)
        if key in seen:
            raise ValueError(f"{where}: duplicate entity {label} [{ent.start}:{ent.end}]")
        seen.add(key)
        entities.append(ent.model_copy(update={"label": label, "text": span}))
    entities.sort(key=lambda e: (e.start, e.end, e.label))
    return GoldDocument(id=doc_id, text=text, entities=tuple(entities))


def _pydantic_message(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item["loc"]).lstrip(".")
        parts.append(f"{loc or 'record'}: {item['msg']}")
    return "; ".join(parts)


class _RawEntity(BaseModel):
    model_config = ConfigDict(extra="ignore")

    start: int
    end: int
    label: str
    text: str | None = None
    canonical: str | None = None
    value: str | None = None


class _RawRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | int | None = None
    text: str | None = None
    text_file: str | None = None
    sha256: str | None = None
    entities: list[_RawEntity] = Field(default_factory=list)
    split: str | None = None


def _stand_off_text(raw: _RawRecord, root: Path) -> str:
    """The text of a record that names its text file instead of carrying the text."""
    if raw.text_file is None:
        raise ValueError('a record needs "text" or "text_file"')
    target = root / raw.text_file
    try:
        data = target.read_bytes()
    except OSError:
        raise ValueError(
            f"text_file {raw.text_file!r} not found under {root} (set the text root)"
        ) from None
    if raw.sha256 is not None and hashlib.sha256(data).hexdigest() != raw.sha256.lower():
        raise ValueError(
            f"text_file {str(target)!r} has changed since it was annotated (sha256 differs)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"text_file {str(target)!r} is not UTF-8") from None


def load_jsonl(
    path: str | Path,
    *,
    label_map: LabelMap | None = None,
    text_root: str | Path | None = None,
) -> list[GoldDocument]:
    """Read gold documents from JSON Lines.

    Each line: ``{"id", "text", "entities": [{"start", "end", "label", "text"?,
    "canonical"?, "value"?}]}`` with character offsets into ``text`` (end exclusive), the
    format of the project's shared datasets. Blank lines are skipped. A missing ``id`` becomes
    ``"<file stem>-<line>"``. Raises :class:`GoldFormatError` naming the line on any problem.

    Stand-off annotation: instead of ``text`` a record may give ``text_file`` (a path relative
    to ``text_root``, by default the gold file's folder) and ``sha256`` (of the file's bytes),
    for texts that may not be copied next to their annotation.
    """
    path = Path(path)
    root = Path(text_root) if text_root is not None else path.parent
    docs: list[GoldDocument] = []
    ids: dict[str, int] = {}
    for lineno, obj in _json_objects(path):
        try:
            raw = _RawRecord.model_validate(obj)
            text = raw.text if raw.text is not None else _stand_off_text(raw, root)
            doc_id = str(raw.id) if raw.id is not None else f"{path.stem}-{lineno}"
            entities = [GoldEntity.model_validate(e.model_dump()) for e in raw.entities]
        except ValidationError as exc:
            raise GoldFormatError(path, lineno, _pydantic_message(exc)) from None
        except ValueError as exc:
            raise GoldFormatError(path, lineno, str(exc)) from None
        if doc_id in ids:
            raise GoldFormatError(
                path, lineno, f"duplicate id {doc_id!r} (first on line {ids[doc_id]})"
            )
        ids[doc_id] = lineno
        try:
            doc = check_document(doc_id, text, entities, label_map)
        except ValueError as exc:
            raise GoldFormatError(path, lineno, str(exc)) from None
        if raw.split is not None:
            doc = doc.model_copy(update={"split": raw.split})
        docs.append(doc)
    return docs


def _json_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of a JSON Lines file; raises
    :class:`GoldFormatError` for an unreadable file, bad UTF-8, bad JSON or a non-object."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise GoldFormatError(path, None, f"cannot read: {exc.strerror or exc}") from None
    with handle:
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(path, lineno, f"invalid JSON: {exc.msg}") from None
                if not isinstance(obj, dict):
                    raise GoldFormatError(path, lineno, "expected a JSON object")
                yield lineno, obj
        except UnicodeDecodeError as exc:
            raise GoldFormatError(path, None, f"not UTF-8: {exc.reason}") from None


Scheme = Literal["auto", "bio", "io"]
_PREFIXES = ("B-", "I-")


def _split_tag(tag: str) -> tuple[str | None, str]:
    """``"B-PER"`` → ``("B", "PER")``; ``"PER"`` → ``(None, "PER")``."""
    if len(tag) > 2 and tag[:2].upper() in _PREFIXES:
        return tag[0].upper(), tag[2:]
    return None, tag


def _detect_scheme(tags: Iterable[str]) -> Literal["bio", "io"]:
    for tag in tags:
        if tag != "O" and _split_tag(tag)[0] is not None:
            return "bio"
    return "io"


def load_conll(
    path: str | Path,
    scheme: Scheme = "auto",
    *,
    label_map: LabelMap | None = None,
) -> list[GoldDocument]:
    """Read gold documents from a CoNLL-style column file.

    One token per line, the token in the first column and its tag in the last (tab or space
    separated); a blank line ends a sentence and each sentence becomes one document, its tokens
    joined with single spaces. ``-DOCSTART-`` lines are skipped.

    ``scheme="bio"``: ``B-X`` starts an entity, ``I-X`` continues one of the same type (an
    ``I-X`` that follows ``O`` or another type starts a new entity, as conlleval does).
    ``scheme="io"``: a tag is ``X`` (or ``I-X``); neighbouring tokens of the same type form
    one entity. ``"auto"`` picks ``bio`` when any tag has a ``B-``/``I-`` prefix.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise GoldFormatError(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise GoldFormatError(path, None, f"not UTF-8: {exc.reason}") from None

    rows: list[tuple[int, str, str]] = []  # (line number, token, tag); ("", "") = break
    for lineno, line in enumerate(lines, start=1):
        cols = line.split()
        if not cols:
            rows.append((lineno, "", ""))
            continue
        if cols[0] == "-DOCSTART-":
            continue
        if len(cols) < 2:
            raise GoldFormatError(
                path, lineno, f"expected a token and a tag separated by a tab, got {line!r}"
            )
        rows.append((lineno, cols[0], cols[-1]))
    rows.append((len(lines) + 1, "", ""))

    if scheme == "auto":
        used: Literal["bio", "io"] = _detect_scheme(tag for _, _, tag in rows if tag)
    elif scheme in ("bio", "io"):
        used = scheme
    else:
        raise ValueError(f"scheme must be 'auto', 'bio' or 'io', not {scheme!r}")

    docs: list[GoldDocument] = []
    tokens: list[str] = []
    pieces: list[tuple[int, int, int, str]] = []  # (first line, start, end, raw label)
    current: list[int | str] | None = None  # [first line, start, end, label]
    pos = 0
    first_line = 0

    def close() -> None:
        nonlocal current
        if current is not None:
            line0, s, e, lab = current
            pieces.append((int(line0), int(s), int(e), str(lab)))
            current = None

    for lineno, token, tag in rows:
        if not token:
            close()
            if tokens:
                text = " ".join(tokens)
                doc_id = f"{path.stem}-{len(docs):05d}"
                ents: list[GoldEntity] = []
                for line0, s, e, lab in pieces:
                    try:
                        target = resolve_label(lab, label_map)
                    except KeyError:
                        raise GoldFormatError(path, line0, _unknown_label_message(lab)) from None
                    if target is not None:
                        ents.append(GoldEntity(start=s, end=e, label=target))
                try:
                    docs.append(check_document(doc_id, text, ents, None))
                except ValueError as exc:
                    raise GoldFormatError(path, first_line, str(exc)) from None
            tokens, pieces, pos = [], [], 0
            continue
        if not tokens:
            first_line = lineno
        start = pos + (1 if tokens else 0)
        end = start + len(token)
        tokens.append(token)
        pos = end
        if tag == "O":
            close()
            continue
        prefix, label = _split_tag(tag)
        if not label or label.startswith("-"):
            raise GoldFormatError(path, lineno, f"malformed tag {tag!r}")
        if used == "bio" and prefix is None:
            raise GoldFormatError(
                path,
                lineno,
                f"tag {tag!r} has no B-/I- prefix; read the file with scheme 'io' (--scheme io)",
            )
        begins = prefix == "B"
        if current is not None and current[3] == label and not begins:
            current[2] = end
        else:
            close()
            current = [lineno, start, end, label]
    return docs


def load_gold(
    path: str | Path,
    *,
    fmt: Literal["auto", "jsonl", "conll"] = "auto",
    scheme: Scheme = "auto",
    label_map: LabelMap | None = None,
    text_root: str | Path | None = None,
) -> list[GoldDocument]:
    """Read a gold file, choosing the loader by ``fmt`` or, for ``"auto"``, by the suffix:
    ``.conll``, ``.txt``, ``.tsv``, ``.bio``, ``.iob`` → CoNLL; anything else → JSONL."""
    if fmt == "auto":
        suffix = Path(path).suffix.lower()
        fmt = "conll" if suffix in {".conll", ".txt", ".tsv", ".bio", ".iob"} else "jsonl"
    if fmt == "conll":
        return load_conll(path, scheme, label_map=label_map)
    return load_jsonl(path, label_map=label_map, text_root=text_root)


def load_predictions(
    path: str | Path,
    gold_docs: Iterable[GoldDocument],
    *,
    label_map: LabelMap | None = None,
) -> dict[str, list[GoldEntity]]:
    """Read another system's output, one JSON object per line: ``{"id", "entities"}`` (and
    optionally ``"text"``, which must then equal the gold text), entities as in the gold
    format. Returns ``{document id: entities}``; documents without a line have no entities.
    Raises :class:`GoldFormatError` naming the line for an unknown id or a bad entity."""
    path = Path(path)
    texts = {d.id: d.text for d in gold_docs}
    out: dict[str, list[GoldEntity]] = {}
    for lineno, obj in _json_objects(path):
        if "id" not in obj:
            raise GoldFormatError(path, lineno, 'expected a JSON object with an "id"')
        doc_id = str(obj["id"])
        if doc_id not in texts:
            raise GoldFormatError(path, lineno, f"id {doc_id!r} is not in the gold")
        if doc_id in out:
            raise GoldFormatError(path, lineno, f"second line for id {doc_id!r}")
        text = texts[doc_id]
        if "text" in obj and obj["text"] != text:
            raise GoldFormatError(path, lineno, f"text differs from the gold text of {doc_id!r}")
        try:
            raw = [GoldEntity.model_validate(e) for e in obj.get("entities", [])]
        except ValidationError as exc:
            raise GoldFormatError(path, lineno, _pydantic_message(exc)) from None
        try:
            doc = check_document(doc_id, text, raw, label_map)
        except ValueError as exc:
            raise GoldFormatError(path, lineno, str(exc)) from None
        out[doc_id] = list(doc.entities)
    return out
