"""Titles next to a span and the one rule for trimming span edges.

The words come from :mod:`urdu_entities.lang.span_edges` and :mod:`urdu_entities.lang.titles`;
this module holds only the mechanism, shared by every recogniser and backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from urdu_entities.lang import span_edges as rules
from urdu_entities.lang.titles import MAX_TITLE_TOKENS, TITLE_GAP, TITLES
from urdu_entities.models import Label
from urdu_entities.text.document import Document
from urdu_entities.text.tokenize import TokenKind

_NAME_KINDS = frozenset({TokenKind.WORD, TokenKind.LATIN, TokenKind.OTHER_WORD})
_BEFORE_PERSON = rules.LEADING_TITLES | rules.LEADING_BEFORE_PERSON


def title_size(words: Sequence[str], i: int, limit: int = MAX_TITLE_TOKENS) -> int:
    """Tokens in the longest title that starts at ``words[i]`` and is at most ``limit``
    tokens long; ``0`` when none does."""
    return _leading_size(words, i, min(limit, MAX_TITLE_TOKENS, len(words) - i), TITLES)


def title_ends_at(words: Sequence[str], i: int, floor: int = 0) -> bool:
    """Whether a title of ``words[floor:i]`` ends right before ``words[i]``."""
    return any(
        " ".join(words[i - size : i]) in TITLES
        for size in range(1, min(MAX_TITLE_TOKENS, i - floor) + 1)
    )


@cache
def _first_words(table: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.split(" ", 1)[0] for phrase in table)


def _leading_size(words: Sequence[str], i: int, limit: int, table: frozenset[str]) -> int:
    if limit <= 0 or words[i] not in _first_words(table):
        return 0  # the common case: no phrase of the table starts with this word
    for size in range(limit, 0, -1):
        if " ".join(words[i : i + size]) in table:
            return size
    return 0


def title_before(doc: Document, tok_start: int) -> tuple[int, int] | None:
    """Token range of a title that ends right before ``tok_start`` (a comma may intervene)."""
    end = tok_start
    if doc.word(end - 1) in TITLE_GAP:
        end -= 1
    for size in range(MAX_TITLE_TOKENS, 0, -1):
        begin = end - size
        if begin < 0:
            continue
        if " ".join(doc.word(k) for k in range(begin, end)) in TITLES:
            return begin, end
    return None


def trim(doc: Document, start: int, end: int, label: Label) -> tuple[int, int] | None:
    """The token range ``[start, end)`` without what never belongs to a span at its edges.

    From the front: punctuation, and before a name titles (before a person also
    designations and nationalities), never the span's last token. From the back:
    punctuation, postpositions and conjunctions. ``None`` when no name is left: only
    numbers and punctuation, or one token shorter than
    :data:`~urdu_entities.lang.span_edges.MIN_ONE_TOKEN_NAME`. Dates lose only their
    punctuation and trailing words.
    """
    tokens = doc.tokens
    name = label is not Label.DATE
    person = label is Label.PER
    changed = True
    while changed and start < end:
        changed = False
        if name:
            words = [tokens[k].text for k in range(start, min(end, start + MAX_TITLE_TOKENS))]
            limit = min(len(words), end - start - 1)
            table = _BEFORE_PERSON if person else rules.LEADING_TITLES
            size = _leading_size(words, 0, limit, table)
            if size:
                start += size
                changed = True
        if start < end and tokens[start].kind is TokenKind.PUNCT:
            start += 1
            changed = True
    while end > start and (
        tokens[end - 1].kind is TokenKind.PUNCT or tokens[end - 1].text in rules.TRAILING
    ):
        end -= 1
    if start >= end:
        return None
    if name and (
        not any(tokens[k].kind in _NAME_KINDS for k in range(start, end))
        or (end - start == 1 and len(tokens[start].text) < rules.MIN_ONE_TOKEN_NAME)
    ):
        return None
    return start, end
