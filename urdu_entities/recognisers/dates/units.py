"""The stream of words the date grammar reads: the document's tokens, with glued tokens
(``دوہزارچھ``, ``ستمبرکو``) split into their pieces.

Nothing is built per token: the stream is a list of strings (the tokens' own texts when no
token is split) plus, only when something was split, the offsets of the pieces.
"""

from __future__ import annotations

from collections.abc import Collection

from urdu_entities.recognisers.dates.lexicon import SEGMENTER
from urdu_entities.text.document import Document
from urdu_entities.text.tokenize import TokenKind

_DIGITS = frozenset("0123456789")


class Units:
    """Unit ``i`` is a token or a piece of one; :attr:`texts` holds their texts."""

    __slots__ = ("_ends", "_starts", "_token", "doc", "n", "texts")

    def __init__(self, doc: Document) -> None:
        tokens = doc.tokens
        texts = [t.text for t in tokens]
        self.doc = doc
        self._token: list[int] | None = None  # unit → token index, when some token is split
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        splits = SEGMENTER.splits(texts)
        if splits:
            units: list[str] = []
            token_of: list[int] = []
            starts: list[int] = []
            ends: list[int] = []
            done = 0
            for index, pieces in splits:
                units.extend(texts[done:index])
                token_of.extend(range(done, index))
                starts.extend(t.start for t in tokens[done:index])
                ends.extend(t.end for t in tokens[done:index])
                offset = tokens[index].start
                for piece in pieces:
                    units.append(piece)
                    token_of.append(index)
                    starts.append(offset)
                    offset += len(piece)
                    ends.append(offset)
                done = index + 1
            units.extend(texts[done:])
            token_of.extend(range(done, len(tokens)))
            starts.extend(t.start for t in tokens[done:])
            ends.extend(t.end for t in tokens[done:])
            texts = units
            self._token, self._starts, self._ends = token_of, starts, ends
        self.texts = texts
        self.n = len(texts)

    def text(self, i: int) -> str:
        """Text of unit ``i``, or ``""`` outside the stream."""
        return self.texts[i] if 0 <= i < self.n else ""

    def is_number(self, i: int) -> bool:
        """Unit ``i`` is a run of digits (the tokeniser's number token)."""
        return 0 <= i < self.n and self.texts[i][0] in _DIGITS

    def is_punct(self, i: int) -> bool:
        return 0 <= i < self.n and self.doc.tokens[self.token(i)].kind is TokenKind.PUNCT

    def token(self, i: int) -> int:
        """Index of the token unit ``i`` belongs to."""
        return i if self._token is None else self._token[i]

    def start(self, i: int) -> int:
        """Offset of unit ``i`` in the normalised text."""
        return self.doc.tokens[i].start if self._starts is None else self._starts[i]

    def end(self, i: int) -> int:
        return self.doc.tokens[i].end if self._ends is None else self._ends[i]

    def triggers(self, starters: Collection[str]) -> list[int]:
        """The units a date can start at: digits, or one of ``starters``. Everything else
        is skipped without looking further."""
        digits = _DIGITS
        return [i for i, t in enumerate(self.texts) if t in starters or t[0] in digits]
