"""Long texts in windows, so that memory does not grow with the text.

A window ends in the whitespace after a sentence-final mark (``۔``, ``؟``, ``?``, ``!``),
preferably at a line break. Nothing a recogniser finds crosses such a place: the gazetteer's
walk stops at punctuation, the tagger works sentence by sentence and the sentence ends
there, the date grammar's expressions do not run over a sentence end, and normalisation and
tokenisation of a window give exactly the slice of the whole text's (the cut falls in
whitespace, where no rewrite looks across). ``.`` and ``…`` do not count: a full stop may
belong to an acronym (``U.S.``) that a name continues after; nor does a mark after a single
letter (the abbreviation ``ق۔ م``).

What the resolver learns from earlier text (entities named unambiguously, how many of each
type, full names that short mentions link to) is carried from window to window; see
:class:`~urdu_entities.text.document.Carried` for what is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

#: Texts up to this long are one window; longer ones are cut into windows of about this
#: size.
WINDOW_CHARS = 100_000

# A sentence-final mark after a word of two letters or more (``ق۔م``, an abbreviation, is
# not a sentence end), then whitespace: with a line break in it (preferred), or any.
_MARK = r"(?<=\S\S)[۔؟?!]"
_AT_LINE_BREAK = regex.compile(_MARK + r"[^\S\n]*\n\s*")
_AT_SPACE = regex.compile(_MARK + r"\s+")
_BACKWARDS = tuple(regex.compile(p.pattern, regex.REVERSE) for p in (_AT_LINE_BREAK, _AT_SPACE))


def _cut_inside(text: str, start: int, size: int) -> int | None:
    """The last cut inside the ``size`` characters from ``start``, one at a line break if
    there is any."""
    for pattern in _BACKWARDS:
        found = pattern.search(text, start + 1, start + size)
        if found is not None:
            return found.end()
    return None


def _cut_after(text: str, pos: int) -> regex.Match[str] | None:
    """The first cut at or after ``pos`` (a cut at a line break is also one at a space, so
    one pattern finds the nearest)."""
    return _AT_SPACE.search(text, pos)


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` that tile ``text``, each at most ``size`` characters unless
    no cut is possible within that length (then up to the next possible cut). Cuts at line
    breaks are preferred; a text without any is cut after sentence ends followed by a
    space."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        end = _cut_inside(text, start, size)
        if end is None:
            ahead = _cut_after(text, start + size)
            if ahead is None:
                break
            end = ahead.end()
        spans.append((start, end))
        start = end
    if start < n or not spans:
        spans.append((start, n))
    return spans


def stream_windows(pieces: Iterable[str], size: int = WINDOW_CHARS) -> Iterator[tuple[int, str]]:
    """The windows of the text that ``pieces`` join into, as ``(offset, window text)``,
    each yielded as soon as enough of the text after it has been read to place its end.

    They are the windows :func:`windows` gives on the joined text. What is held at a time
    is the text not yet yielded (about one window, unless no cut is possible for longer)
    and the latest piece; each character is searched for a cut a bounded number of times,
    however small the pieces.
    """
    buffer, base, start = "", 0, 0  # buffer[start:] is not yet yielded; base: buffer's offset
    inside: int | None = None  # the cut inside the window from start (-1: there is none)
    ahead_from: int | None = None  # where the search for a cut after the window goes on
    for piece in pieces:
        if start:
            buffer, base = buffer[start:], base + start
            if ahead_from is not None:
                ahead_from -= start
            start = 0
        buffer += piece
        while len(buffer) - start > size:
            if inside is None:
                inside = _cut_inside(buffer, start, size) or -1
            end = inside
            if end < 0:
                ahead = _cut_after(buffer, start + size if ahead_from is None else ahead_from)
                if ahead is None or ahead.end() == len(buffer):
                    # None yet, or its whitespace may go on in the text not read yet: search
                    # again from the last mark that might start one, once more is read.
                    k = len(buffer)
                    while k > start and buffer[k - 1].isspace():
                        k -= 1
                    ahead_from = max(start + size, k - 1)
                    break
                end = ahead.end()
            yield base + start, buffer[start:end]
            start, inside, ahead_from = end, None, None
    rest = buffer[start:]
    for s, e in windows(rest, size):
        yield base + start + s, rest[s:e]
