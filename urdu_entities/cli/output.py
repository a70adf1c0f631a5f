"""Writing the CLI's output: every failure to write (a full disk, a closed pipe) becomes an
:class:`OutputError` with a one-line message, and ``--skip-done`` resumes a JSON Lines file."""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from urdu_entities.cli.inputs import InputError


class OutputError(Exception):
    """The output could not be written."""


def describe(exc: OSError, where: str) -> str:
    if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
        return f"{where} was closed before all output was written (broken pipe)"
    reason = exc.strerror or str(exc)
    return f"cannot write {where}: {reason}"


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


class Output:
    """A text destination: stdout, or a file (``-o``), appended to when resuming.

    Bytes go to the file descriptor with ``os.write`` in a loop, not through Python's
    buffered writer: when a reader goes away in the middle of a large write, the buffered
    writer can report success for bytes that were never written, and the loss would pass
    unnoticed.
    """

    _CHUNK = 1 << 16

    def __init__(self, path: str | None, *, append: bool = False) -> None:
        self.where = path if path and path != "-" else "standard output"
        self._buffer = bytearray()
        self._fd: int | None = None
        self._stream: TextIO | None = None
        self._own = False
        if path and path != "-":
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._fd = os.open(path, flags, 0o666)
            except OSError as exc:
                raise OutputError(f"cannot open {path} for writing: {exc.strerror}") from None
            self._own = True
            return
        try:
            sys.stdout.flush()
            self._fd = sys.stdout.fileno()
        except (AttributeError, ValueError, OSError):  # a replaced sys.stdout (tests, IDEs)
            self._stream = sys.stdout

    def write(self, text: str, *, flush: bool = False) -> None:
        if self._stream is not None:
            self._stream.write(text)
            return
        self._buffer += text.encode("utf-8")
        if flush or len(self._buffer) >= self._CHUNK:
            self._drain()

    def _drain(self) -> None:
        assert self._fd is not None
        view = memoryview(self._buffer)
        written = 0
        try:
            while written < len(view):
                written += os.write(self._fd, view[written:written + self._CHUNK])
        except OSError as exc:
            raise OutputError(describe(exc, self.where)) from None
        finally:
            view.release()
            del self._buffer[:written]

    def close(self) -> None:
        if self._stream is not None:
            try:
                self._stream.flush()
            except OSError as exc:
                raise OutputError(describe(exc, self.where)) from None
            return
        self._drain()
        if self._own and self._fd is not None:
            try:
                os.close(self._fd)
            except OSError as exc:
                raise OutputError(describe(exc, self.where)) from None
            self._fd = None


def id_key(doc_id: Any) -> str:
    """A document id as a comparable key (``1`` and ``"1"`` stay apart)."""
    return json.dumps(doc_id, ensure_ascii=False, sort_keys=True)


def done_ids(path: str) -> tuple[set[str], int]:
    """Ids already written to a JSON Lines output, and the number of lines kept.

    A last line cut short by a crash (no newline, or not JSON) is removed from the file, so
    appending continues from the last complete document.
    """
    file = Path(path)
    if not file.exists():
        return set(), 0
    done: set[str] = set()
    good_end = 0
    kept = 0
    cut: int | None = None  # line number of an unreadable line, allowed only at the end
    try:
        with open(file, "rb") as f:
            for number, raw in enumerate(f, start=1):
                if cut is not None:
                    raise InputError(
                        f"{path}:{cut}: not a complete JSON line, and more follow; "
                        "fix or remove it before resuming with --skip-done"
                    )
                try:
                    record = json.loads(raw) if raw.endswith(b"\n") else None
                except (json.JSONDecodeError, UnicodeDecodeError):
                    record = None
                if record is None:
                    cut = number
                    continue
                if not isinstance(record, dict) or "id" not in record:
                    raise InputError(
                        f"{path}:{number}: not a line of this command's output "
                        '({"id": ..., "entities": [...]}); --skip-done needs its own output file'
                    )
                done.add(id_key(record["id"]))
                good_end += len(raw)
                kept += 1
        if cut is not None:
            with open(file, "r+b") as f:
                f.truncate(good_end)
    except OSError as exc:
        raise InputError(f"cannot read {path} to resume: {exc.strerror}") from None
    return done, kept
