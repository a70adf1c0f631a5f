"""Resolution: confirm ambiguous matches, choose among overlaps, link short mentions.

Each step reads and returns plain :class:`~urdu_entities.candidates.Candidate` lists.
"""

from __future__ import annotations

from dataclasses import replace

from . import rules
from .candidates import Candidate
from .document import Document
from .lang.collisions import COMMON_NAME_WORDS
from .models import Label

#: Shortest word that may name a person by document alias without a title before it.
MIN_UNTITLED_ALIAS = 3


def confirm_ambiguous(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Keep a match on an ordinary-word form (``کم``, ``چین``) only with supporting context:
    a title before it, an earlier unambiguous mention of the same entity, or (for places and
    organisations) a position where a name fits — never inside ``کم از کم`` or ``بہت کم``."""
    first_sure: dict[tuple[str, str], int] = {}
    for c in candidates:
        if c.entry is not None and not c.needs_context:
            key = (c.label.value, c.entry.canonical)
            first_sure[key] = min(first_sure.get(key, c.start), c.start)
    sure_tokens = {
        k for c in candidates if not c.needs_context for k in range(c.tok_start, c.tok_end)
    }
    kept = []
    for c in candidates:
        if not c.needs_context:
            kept.append(c)
            continue
        confirmed = _confirmation(doc, c, first_sure, sure_tokens)
        if confirmed is not None:
            kept.append(replace(c, needs_context=False, source=f"{c.source}+{confirmed}"))
    return kept


def _confirmation(
    doc: Document,
    c: Candidate,
    first_sure: dict[tuple[str, str], int],
    sure_tokens: set[int],
) -> str | None:
    if rules.in_collision_phrase(doc, c.tok_start, c.tok_end):
        return None
    if rules.title_before(doc, c.tok_start) is not None:
        return "title"
    if rules.ordinary_word_context(doc, c.tok_start, c.tok_end):
        return None
    earlier = c.entry is not None and first_sure.get(
        (c.label.value, c.entry.canonical), c.start
    ) < c.start
    if earlier and rules.followed_like_a_name(doc, c.tok_end):
        return "alias"
    if c.label is not Label.PER:
        before, after = rules.list_neighbours(doc, c.tok_start, c.tok_end)
        if before in sure_tokens or after in sure_tokens:
            return "list"
        if rules.followed_like_a_name(doc, c.tok_end):
            return "context"
    return None


def _priority(c: Candidate) -> tuple[float, int, float, int]:
    # Rule of thumb: the longer span wins, then the better-scored one, then the earlier one.
    return (-(c.end - c.start), -(c.tok_end - c.tok_start), -c.score, c.start)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Choose non-overlapping candidates, longest and best first; return them sorted."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(candidates, key=_priority):
        span = range(c.tok_start, c.tok_end)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def link_aliases(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """Resolve short mentions of people named in full earlier in the document.

    After ``جان ایف کربی`` the last name ``کربی`` alone names him; after ``لی ہونگ زونگ`` the
    first name ``لی`` does too, but only after a title (``مسٹر لی``) because it is short and
    common. The first full mention of a word wins.
    """
    aliases: dict[str, tuple[Candidate, bool]] = {}
    for c in chosen:
        if c.label is not Label.PER or c.tok_end - c.tok_start < 2:
            continue
        words = [doc.word(k) for k in range(c.tok_start, c.tok_end) if doc.tokens[k].is_word]
        if len(words) < 2:
            continue
        aliases.setdefault(words[-1], (c, False))
        aliases.setdefault(words[0], (c, True))
    if not aliases:
        return chosen
    taken = {k for c in chosen for k in range(c.tok_start, c.tok_end)}
    linked = list(chosen)
    for k, token in enumerate(doc.tokens):
        if k in taken or token.text not in aliases:
            continue
        full, needs_title = aliases[token.text]
        if full.start >= token.start:
            continue
        has_title = rules.title_before(doc, k) is not None
        if not has_title and (
            needs_title
            or len(token.text) < MIN_UNTITLED_ALIAS
            or token.text in COMMON_NAME_WORDS
            or rules.ordinary_word_context(doc, k, k + 1)
            or not rules.followed_like_a_name(doc, k + 1)
        ):
            continue
        linked.append(
            replace(
                full,
                start=token.start,
                end=token.end,
                tok_start=k,
                tok_end=k + 1,
                source="alias",
                score=min(full.score, 0.9),
            )
        )
    linked.sort(key=lambda c: c.start)
    return linked


def resolve(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """All resolution steps in order."""
    return link_aliases(doc, select(confirm_ambiguous(doc, candidates)))
