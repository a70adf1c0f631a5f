"""Context cues around a span: ordinary-word collisions, lists, what follows names.

Titles before a span are found by :func:`urdu_entities.text.edges.title_before`."""

from __future__ import annotations

from urdu_entities.lang.collisions import AFTER, BEFORE, COLLISION_PHRASES
from urdu_entities.lang.postpositions import LIST_SEPARATORS, NAME_FOLLOWERS
from urdu_entities.text.document import Document


def _phrases_by_word() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in COLLISION_PHRASES:
        for position, word in enumerate(phrase):
            index.setdefault(word, []).append((phrase, position))
    return index


_PHRASES_BY_WORD = _phrases_by_word()


def in_collision_phrase(doc: Document, tok_start: int, tok_end: int) -> bool:
    """Whether the span sits inside a fixed phrase where it is an ordinary word."""
    for phrase, position in _PHRASES_BY_WORD.get(doc.word(tok_start), ()):
        begin = tok_start - position
        if begin >= 0 and begin + len(phrase) >= tok_end and all(
            doc.word(begin + k) == word for k, word in enumerate(phrase)
        ):
            return True
    return False


def ordinary_word_context(doc: Document, tok_start: int, tok_end: int) -> bool:
    """Whether the neighbours show an ambiguous span is used as an ordinary word."""
    return (
        in_collision_phrase(doc, tok_start, tok_end)
        or doc.word(tok_start - 1) in BEFORE
        or doc.word(tok_end) in AFTER
    )


def followed_like_a_name(doc: Document, tok_end: int) -> bool:
    """Whether the span is followed by what follows names: a postposition, ``اور``, a mark."""
    return tok_end >= len(doc.tokens) or doc.word(tok_end) in NAME_FOLLOWERS


def list_neighbours(doc: Document, tok_start: int, tok_end: int) -> tuple[int, int]:
    """Token positions of the items just before and after a list separator around a span,
    ``-1`` where there is none (``شمالی کوریا، ایران اور چین``)."""
    before = tok_start - 2 if doc.word(tok_start - 1) in LIST_SEPARATORS else -1
    after = tok_end + 1 if doc.word(tok_end) in LIST_SEPARATORS else -1
    return before, after
