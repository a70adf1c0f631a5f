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


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` that tile ``text``, each at most ``size`` characters unless
    no cut is possible within that length (then up to the next possible cut). Cuts at line
    breaks are preferred; a text without any is cut after sentence ends followed by a
    space."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        found = None
        for pattern in _BACKWARDS:
            found = pattern.search(text, start + 1, start + size)
            if found is not None:
                break
        else:
            # No cut inside the window: take the first one after it, or the rest.
            ahead = [m for p in (_AT_LINE_BREAK, _AT_SPACE) if (m := p.search(text, start + size))]
            if not ahead:
                break
            found = min(ahead, key=lambda m: m.end())
        spans.append((start, found.end()))
        start = found.end()
    if start < n or not spans:
        spans.append((start, n))
    return spans
