"""Reading what the user gives the CLI: bytes to text with an honest account of the
encoding, and the documents of files, folders and JSON Lines."""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from urdu_entities._data import sample_article


class InputError(Exception):
    """A problem with the user's input, reported in one line without a traceback."""


class UsageError(InputError):
    """The command was called wrongly (exit status 2, like argparse's own errors)."""


# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32-LE"),
    (codecs.BOM_UTF32_BE, "UTF-32-BE"),
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF16_LE, "UTF-16-LE"),
    (codecs.BOM_UTF16_BE, "UTF-16-BE"),
)

# File signatures of formats people mistake for text files.
_SIGNATURES = (
    (b"%PDF-", "a PDF document", "extract its text first, e.g. pdftotext FILE out.txt"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .xlsx and .odt files are ZIP archives)",
     "save it as plain text (UTF-8) first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc, .xls)",
     "save it as plain text (UTF-8) first"),
    (b"{\\rtf", "an RTF document", "save it as plain text (UTF-8) first"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first, e.g. gunzip -c FILE"),
    (b"BZh", "a bzip2-compressed file", "decompress it first, e.g. bunzip2 -c FILE"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first, e.g. xz -dc FILE"),
    (b"\x89PNG", "a PNG image", "it holds no text to read"),
    (b"\xff\xd8\xff", "a JPEG image", "it holds no text to read"),
    (b"GIF8", "a GIF image", "it holds no text to read"),
)

_SAMPLE = 4096


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and a note when the encoding had to be guessed."""

    text: str
    encoding: str
    note: str | None = None


def _nul_pattern(data: bytes, width: int) -> list[int]:
    """How many NUL bytes fall at each position modulo ``width`` in the first bytes."""
    counts = [0] * width
    head = data[: _SAMPLE - _SAMPLE % width]
    for i, byte in enumerate(head):
        if byte == 0:
            counts[i % width] += 1
    return counts


def _guess_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the NUL bytes fall: a
    space or a Latin letter has NUL high bytes, an Urdu letter a 0x06 one."""
    if len(data) % 4 == 0:
        # The top byte of a UTF-32 unit is always NUL (code points stop at U+10FFFF).
        units = min(len(data), _SAMPLE) // 4
        c = _nul_pattern(data, 4)
        if c[3] == units and c[0] < units:
            return "UTF-32-LE"
        if c[0] == units and c[3] < units:
            return "UTF-32-BE"
    if len(data) % 2 == 0:
        even, odd = _nul_pattern(data, 2)
        if odd and not even:
            return "UTF-16-LE"
        if even and not odd:
            return "UTF-16-BE"
    return None


def _plain(text: str) -> bool:
    """No control characters but tab, newlines and form feed: real text."""
    return not any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text[:_SAMPLE])


def _looks_arabic_codepage(data: bytes) -> bool:
    """Bytes that read as Arabic letters in WINDOWS-1256 (the usual legacy Urdu encoding)."""
    text = data[:_SAMPLE].decode("cp1256", errors="replace")
    high = [ch for ch in text if ord(ch) > 127]
    arabic = sum(1 for ch in high if "\u0600" <= ch <= "\u06ff")
    return bool(high) and arabic >= 0.8 * len(high)


def _sniff(head: bytes, name: str, *, complete: bool) -> tuple[str, int, str | None]:
    """The encoding of a text whose first bytes are ``head`` (all of them when
    ``complete``): its name, the length of its byte-order mark and a note when it had to be
    guessed; an :class:`InputError` when it is not text."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom), None
    for signature, what, advice in _SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"{name} is {what}, not a text file: {advice}")
    if b"\x00" in head:
        units = head if complete else head[: len(head) - len(head) % 4]
        wide = _guess_wide(units)
        if wide is not None:
            decoder = codecs.getincrementaldecoder(wide.lower())()
            try:
                text = decoder.decode(units, final=complete)
            except UnicodeDecodeError:
                text = None
            if text is not None and _plain(text):
                return wide, 0, f"{name} has no byte-order mark; read as {wide}"
        raise InputError(
            f"{name} looks like a binary file (NUL byte at offset {head.index(0)}), "
            "not UTF-8 text"
        )
    return "UTF-8", 0, None


def _undecodable(name: str, encoding: str, bom: int, note: str | None, offset: int,
                 data: bytes) -> InputError:
    """The error for bytes that are not valid ``encoding`` at ``offset`` of the file
    (``data``: the bytes around the fault, for a guess at what the file is instead)."""
    if bom:
        return InputError(f"{name} starts with a {encoding} byte-order mark but is not valid "
                          f"{encoding} (at byte {offset})")
    if note is not None:
        return InputError(f"{name} looks like a binary file (bytes at offset {offset} are "
                          f"not {encoding}), not UTF-8 text")
    if _looks_arabic_codepage(data):
        hint = ("it looks like WINDOWS-1256 (Arabic-script code page); convert it with "
                f"iconv -f WINDOWS-1256 -t UTF-8 {name} > out.txt")
    else:
        hint = "save it as UTF-8 first, e.g. iconv -f ENCODING -t UTF-8"
    bad = data[0] if data else 0
    return InputError(f"{name} is not valid UTF-8 (byte 0x{bad:02X} at offset {offset}): {hint}")


def decode(data: bytes, name: str) -> Decoded:
    """The text in ``data``, or an :class:`InputError` saying what ``data`` is instead.

    UTF-8 (a byte-order mark is dropped), UTF-16 and UTF-32 with a byte-order mark, and
    UTF-16/32 without one when its NUL bytes say so (with a note). Binary files, documents of
    other formats and text in other encodings get a message that names what was found.
    """
    encoding, bom, note = _sniff(data, name, complete=True)
    try:
        return Decoded(data[bom:].decode(encoding.lower()), encoding, note)
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        raise _undecodable(name, encoding, bom, note, at, data[at:]) from None


#: How many bytes the CLI reads at a time from a text it streams.
CHUNK_BYTES = 1 << 20


@dataclass
class TextStream:
    """A text read and decoded a chunk at a time (:func:`open_text`): ``pieces`` yields it,
    raising :class:`InputError` at bytes that are not valid in its encoding."""

    name: str
    encoding: str
    note: str | None
    pieces: Iterator[str]


def open_text(source: str | None) -> TextStream:
    """A file (``None``: the bundled sample; ``-``: stdin) as a :class:`TextStream`. What
    it is, and its encoding, are told from its first chunk."""
    if source is None:
        source = str(sample_article())
    name = "<stdin>" if source == "-" else source
    if source == "-":
        stream: BinaryIO = sys.stdin.buffer
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"file not found: {source}")
        if path.is_dir():
            raise InputError(f"is a directory, not a file: {source}")
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed by the generator below
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror}") from None
    try:
        head = _read(stream, name)
        encoding, bom, note = _sniff(head, name, complete=len(head) < CHUNK_BYTES)
    except InputError:
        if stream is not sys.stdin.buffer:
            stream.close()
        raise
    return TextStream(name, encoding, note, _pieces(stream, name, head, encoding, bom, note))


def _read(stream: BinaryIO, name: str) -> bytes:
    try:
        return stream.read(CHUNK_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from None


def _pieces(stream: BinaryIO, name: str, head: bytes, encoding: str, bom: int,
            note: str | None) -> Iterator[str]:
    codec = encoding.lower()
    data, offset = head[bom:], bom  # data: undecoded bytes, starting at offset in the file
    try:
        while data:
            more = _read(stream, name)
            try:
                piece, used = data.decode(codec), len(data)
            except UnicodeDecodeError as exc:
                if not (more and exc.end == len(data) and exc.start >= len(data) - 4):
                    at = offset + exc.start
                    raise _undecodable(name, encoding, bom, note, at, data[exc.start:]) from None
                # A character cut by the chunk's end: decode up to it, keep it for the next.
                piece, used = data[: exc.start].decode(codec), exc.start
            if piece:
                yield piece
            data, offset = data[used:] + more, offset + used
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def read_bytes(source: str) -> bytes:
    """The bytes of a file, with one-line errors."""
    path = Path(source)
    if not path.exists():
        raise InputError(f"file not found: {source}")
    if path.is_dir():
        raise InputError(f"is a directory, not a file: {source}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()


# --- documents ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One input document of a batch run: its id and text, or why it cannot be read."""

    id: Any
    text: str = ""
    error: str | None = None
    note: str | None = None
    where: str | None = None  # FILE:LINE of a JSON Lines record

    def problem(self) -> str:
        """The one-line report of a document that is skipped."""
        if self.where is None:  # a whole file: the error names it
            return f"skipped: {self.error}"
        named = "" if self.id == self.where else f"document {json.dumps(self.id)} at "
        return f"skipped {named}{self.where}: {self.error}"


JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def is_jsonl(source: str, fmt: str) -> bool:
    if fmt != "auto":
        return fmt == "jsonl"
    return source.lower().endswith(JSONL_SUFFIXES)


def expand(sources: Sequence[str], pattern: str | None) -> list[str]:
    """File names of ``sources``, each folder replaced by its files matching ``pattern``
    (default ``*.txt``; ``**/`` in it searches subfolders), sorted."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            found = sorted(str(p) for p in path.glob(pattern or "*.txt") if p.is_file())
            if not found:
                raise InputError(f"no files matching {pattern or '*.txt'!r} in {source}")
            out.extend(found)
        elif pattern is not None and source != "-" and not path.exists():
            raise InputError(f"file not found: {source}")
        else:
            out.append(source)
    return out


def text_document(source: str) -> Document:
    """A whole file (or stdin, ``-``) as one document whose id is its name."""
    try:
        data = read_stdin() if source == "-" else read_bytes(source)
        decoded = decode(data, "<stdin>" if source == "-" else source)
    except InputError as exc:
        return Document(source, error=str(exc))
    return Document(source, decoded.text, note=decoded.note)


def _open_lines(source: str) -> Iterator[bytes]:
    """Lines of a JSON Lines file (bytes), decoding UTF-16/32 files up front."""
    if source == "-":
        stream: BinaryIO = sys.stdin.buffer
    else:
        if not Path(source).is_file():
            raise InputError(f"file not found: {source}" if not Path(source).exists()
                             else f"is a directory, not a file: {source}")
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed by the generator below
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror}") from None
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if any(head.startswith(bom) for bom, enc in _BOMS if enc != "UTF-8"):
        decoded = decode(stream.read(), source)
        stream.close()
        return iter([line.encode("utf-8") for line in decoded.text.splitlines()])

    def lines() -> Iterator[bytes]:
        with stream:
            yield from stream

    return lines()


def jsonl_documents(source: str, text_field: str, id_field: str) -> Iterator[Document]:
    """One document per non-blank line of a JSON Lines file. A line that is not a JSON
    object with a string ``text_field`` becomes a document with an error, named by its id
    (``id_field``) or, failing that, by ``FILE:LINE``."""
    lines = _open_lines(source)
    name = "<stdin>" if source == "-" else source
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Document(where, error=f"not valid UTF-8 (at byte {exc.start})", where=where)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(where, error=f"not valid JSON: {exc.msg} (column {exc.colno})",
                           where=where)
            continue
        if not isinstance(record, dict):
            yield Document(where, error=f"a JSON {type(record).__name__}, not an object",
                           where=where)
            continue
        doc_id = record.get(id_field, where)
        text = record.get(text_field)
        if not isinstance(text, str):
            problem = (f"no {text_field!r} field" if text_field not in record
                       else f"{text_field!r} is a {type(text).__name__}, not a string")
            yield Document(doc_id, error=f"{problem} (choose the field with --text-field)",
                           where=where)
            continue
        yield Document(doc_id, text, where=where)


def documents(sources: Sequence[str], *, fmt: str, text_field: str, id_field: str
              ) -> Iterator[Document]:
    """Every document of ``sources`` in order: text files whole, JSON Lines line by line."""
    for source in sources:
        if is_jsonl(source, fmt):
            yield from jsonl_documents(source, text_field, id_field)
        else:
            yield text_document(source)


def count_documents(sources: Sequence[str], *, fmt: str) -> int | None:
    """How many documents ``sources`` hold (non-blank JSON lines), or ``None`` when one of
    them is stdin. Cheap: a byte count of newlines."""
    total = 0
    for source in sources:
        if source == "-":
            return None
        if not is_jsonl(source, fmt):
            total += 1
            continue
        try:
            with open(source, "rb") as f:
                total += sum(1 for line in f if line.strip())
        except OSError:
            return None
    return total
