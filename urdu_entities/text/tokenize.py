"""Regex tokeniser and sentence splitter over normalised text.

Tokens carry offsets into the normalised text; :class:`~urdu_entities.document.Document`
maps them back to the caller's string.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import regex

from urdu_entities.lang.punctuation import SENTENCE_END


class TokenKind(str, Enum):
    WORD = "word"  # Arabic-script word
    NUMBER = "number"
    LATIN = "latin"
    OTHER_WORD = "other_word"  # letters of another script
    PUNCT = "punct"


ARABIC_LETTERS = r"\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f"
_TOKEN = regex.compile(
    rf"(?P<number>[0-9]+(?:[.,:][0-9]+)*)"
    rf"|(?P<latin>(?:\p{{Latin}}\.){{2,}}|\p{{Latin}}+(?:['.]\p{{Latin}}+)*)"
    rf"|(?P<word>[{ARABIC_LETTERS}]+)"
    rf"|(?P<other_word>[\p{{L}}\p{{M}}\p{{N}}]+)"
    rf"|(?P<punct>\S)"
)


_KINDS = {kind.value: kind for kind in TokenKind}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        return self.kind is not TokenKind.PUNCT


@dataclass(frozen=True, slots=True)
class Sentence:
    """Token range ``[start, end)`` of one sentence."""

    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split normalised text into tokens.

    Digits glued to words come apart (``25اکتوبر`` → ``25`` ``اکتوبر``), Latin words and
    acronyms inside Urdu are tokens of their own, and every punctuation mark is a token.
    """
    kinds = _KINDS
    return [
        Token(m.group(), m.start(), m.end(), kinds[m.lastgroup])  # type: ignore[index]
        for m in _TOKEN.finditer(text)
    ]


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences: a sentence ends at a terminal mark or a line break.

    A full stop between digits or inside a Latin acronym is part of its token already, so it
    never ends a sentence.
    """
    sentences: list[Sentence] = []
    start = 0
    for i, token in enumerate(tokens):
        ends_here = token.kind is TokenKind.PUNCT and token.text in SENTENCE_END
        line_break = i + 1 < len(tokens) and "\n" in text[token.end : tokens[i + 1].start]
        if ends_here or line_break:
            # A run of terminal marks (``۔.``) stays with its sentence.
            if (
                ends_here
                and i + 1 < len(tokens)
                and tokens[i + 1].text in SENTENCE_END
                and not line_break
            ):
                continue
            sentences.append(Sentence(start, i + 1))
            start = i + 1
    if start < len(tokens):
        sentences.append(Sentence(start, len(tokens)))
    return sentences
