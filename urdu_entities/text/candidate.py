"""Candidate spans proposed by recognisers, before resolution."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from urdu_entities.models import DateKind, Label

if TYPE_CHECKING:
    from urdu_entities.models import GazetteerEntry


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed entity.

    ``start``/``end`` are offsets into the *normalised* text; ``tok_start``/``tok_end`` the
    token range they cover (``end`` may fall inside the last token when a name is glued to the
    next word). ``score`` orders competing candidates; ``needs_context`` marks a match on a
    form that is also an ordinary word and must be confirmed by the resolver. ``date_kind``
    says what kind of date a ``DATE`` candidate is.
    """

    start: int
    end: int
    tok_start: int
    tok_end: int
    label: Label
    source: str
    score: float = 0.5
    canonical: str | None = None
    id: str | None = None
    value: str | None = None
    entry: GazetteerEntry | None = field(default=None, compare=False)
    needs_context: bool = False
    resolved: bool = True
    date_kind: DateKind | None = None
