"""A document as every stage sees it: original text, normalised text, tokens, sentences."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from urdu_entities.text.normalize import NormalizedText, normalize
from urdu_entities.text.tokenize import Sentence, Token, split_sentences, tokenize


@dataclass(slots=True)
class Document:
    norm: NormalizedText
    tokens: list[Token]
    sentences: list[Sentence]
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _token_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, text: str) -> Document:
        norm = normalize(text)
        tokens = tokenize(norm.text)
        sentences = split_sentences(norm.text, tokens)
        return cls(
            norm,
            tokens,
            sentences,
            [s.start for s in sentences],
            [t.start for t in tokens],
        )

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.norm.text

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[bisect_right(self._sentence_starts, token_index) - 1]

    def token_at(self, char: int) -> int:
        """Index of the token containing or following normalised offset ``char``."""
        i = bisect_right(self._token_starts, char) - 1
        if i >= 0 and self.tokens[i].end > char:
            return i
        return i + 1

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[i, j)`` that overlap the normalised span ``[start, end)``."""
        return self.token_at(start), bisect_right(self._token_starts, end - 1)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised character span to the caller's string."""
        return self.norm.original_span(start, end)

    def word(self, i: int) -> str:
        """Normalised text of token ``i``, or ``""`` outside the document."""
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""
