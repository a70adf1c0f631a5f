"""Regex tokeniser and sentence splitter over normalised text.

Tokens carry offsets into the normalised text; :class:`~urdu_entities.document.Document`
maps them back to the caller's string.

Tokens are named tuples built in whole-list steps: one ``regex.split`` pass gives the token
texts and the whitespace between them, their offsets are running sums of the pieces'
lengths, and a token's kind follows from its first character (each alternative of the token
pattern starts with a character class of its own). No Python code runs per token.
"""

from __future__ import annotations

from bisect import bisect_right
from enum import Enum
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

import regex

from urdu_entities.lang.punctuation import SENTENCE_END


class TokenKind(str, Enum):
    WORD = "word"  # Arabic-script word
    NUMBER = "number"
    LATIN = "latin"
    OTHER_WORD = "other_word"  # letters of another script
    PUNCT = "punct"


ARABIC_LETTERS = r"\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f"
#: The kinds in the order the token pattern tries them, each with the class of characters a
#: token of that kind starts with.
_KIND_PATTERNS = (
    (TokenKind.NUMBER, "[0-9]+(?:[.,:][0-9]+)*", "[0-9]"),
    (TokenKind.LATIN, r"(?:\p{Latin}\.){2,}|\p{Latin}+(?:['.]\p{Latin}+)*", r"\p{Latin}"),
    (TokenKind.WORD, f"[{ARABIC_LETTERS}]+", f"[{ARABIC_LETTERS}]"),
    (TokenKind.OTHER_WORD, r"[\p{L}\p{M}\p{N}]+", r"[\p{L}\p{M}\p{N}]"),
    (TokenKind.PUNCT, r"\S", r"\S"),
)
_SPLIT = regex.compile("(" + "|".join(body for _, body, _ in _KIND_PATTERNS) + ")")
_FIRST = tuple((kind, regex.compile(first)) for kind, _, first in _KIND_PATTERNS)


class _KindOfFirst(dict[str, TokenKind]):
    """First character → token kind, filled on first sight of each character."""

    def __missing__(self, char: str) -> TokenKind:
        kind = next((k for k, first in _FIRST if first.match(char)), TokenKind.PUNCT)
        self[char] = kind
        return kind


_KIND_OF_FIRST = _KindOfFirst()


class Token(NamedTuple):
    """One token: its text, offsets ``[start, end)`` into the normalised text, its kind."""

    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        return self.kind is not TokenKind.PUNCT


class Sentence(NamedTuple):
    """Token range ``[start, end)`` of one sentence."""

    start: int
    end: int


class TokenColumns(NamedTuple):
    """The tokens of a text as parallel lists (what :func:`tokenize` zips into tokens)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    kinds: list[TokenKind]


def token_columns(text: str) -> TokenColumns:
    """Token texts, starts, ends and kinds of normalised ``text`` (see :func:`tokenize`)."""
    parts = _SPLIT.split(text)  # gap, token, gap, token, ..., gap
    texts = parts[1::2]
    bounds = list(accumulate(map(len, parts)))  # bounds[k]: where part k ends
    n = len(texts)
    starts = bounds[0 : 2 * n : 2]
    ends = bounds[1 : 2 * n + 1 : 2]
    kinds = list(map(_KIND_OF_FIRST.__getitem__, map(itemgetter(0), texts)))
    return TokenColumns(texts, starts, ends, kinds)


def tokens_of(columns: TokenColumns) -> list[Token]:
    """The tokens of :func:`token_columns`' lists."""
    return list(map(tuple.__new__, repeat(Token), zip(*columns, strict=True)))


def tokenize(text: str) -> list[Token]:
    """Split normalised text into tokens.

    Digits glued to words come apart (``25اکتوبر`` → ``25`` ``اکتوبر``), Latin words and
    acronyms inside Urdu are tokens of their own, and every punctuation mark is a token.
    """
    return tokens_of(token_columns(text))


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences: a sentence ends at a terminal mark or a line break.

    A full stop between digits or inside a Latin acronym is part of its token already, so it
    never ends a sentence.
    """
    n = len(tokens)
    texts = [t[0] for t in tokens]
    marks = {
        i for i, t in enumerate(texts) if t in SENTENCE_END and tokens[i].kind is TokenKind.PUNCT
    }
    # A line break between tokens i and i + 1 ends a sentence after i.
    breaks: set[int] = set()
    if "\n" in text and n:
        starts = [t[1] for t in tokens]
        position = text.find("\n")
        while position >= 0:
            following = bisect_right(starts, position)
            if 0 < following < n:
                breaks.add(following - 1)
            position = text.find("\n", position + 1)
    sentences: list[Sentence] = []
    start = 0
    for i in sorted(marks | breaks):
        line_break = i in breaks
        # A run of terminal marks (``۔.``) stays with its sentence.
        if i in marks and not line_break and i + 1 < n and texts[i + 1] in SENTENCE_END:
            continue
        sentences.append(Sentence(start, i + 1))
        start = i + 1
    if start < n:
        sentences.append(Sentence(start, n))
    return sentences
