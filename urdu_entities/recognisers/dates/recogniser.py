"""The entry points: :func:`find_dates` and the pipeline component :class:`DateRecogniser`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from urdu_entities.models import DateKind
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.recognisers.dates.scanner import DEFAULT_KINDS, SOURCE, Scanner
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

KindsSpec = bool | str | DateKind | Iterable[str | DateKind]


def date_kinds(kinds: KindsSpec) -> frozenset[DateKind]:
    """The kinds a ``kinds=`` / ``dates=`` argument names.

    ``True``: the default kinds (all but ``duration``); ``False``: none; ``"all"``: every
    kind; a kind or a collection of kinds (``{"calendar", "part"}``).

    Raises:
        ValueError: an unknown kind.
    """
    if kinds is True:
        return DEFAULT_KINDS
    if kinds is False:
        return frozenset()
    if kinds == "all":
        return frozenset(DateKind)
    items = [kinds] if isinstance(kinds, str | DateKind) else list(kinds)
    out = set()
    for item in items:
        try:
            out.add(DateKind(item))
        except ValueError:
            known = ", ".join(k.value for k in DateKind)
            raise ValueError(f"unknown date kind {item!r}: use some of {known}") from None
    return frozenset(out)


def find_dates(
    doc: Document,
    reference_date: dt.date | None = None,
    *,
    kinds: KindsSpec = True,
    dateline: bool = True,
    hijri_offset: int = 0,
    range_ends: bool = False,
) -> list[Candidate]:
    """Date candidates in ``doc``, in text order, not overlapping, each with its
    ``date_kind``.

    ``reference_date`` (the article's date) resolves relative expressions (``آج``,
    ``گزشتہ سال``, ``دو سال پہلے``), weekdays and relative years (``گزشتہ سال جون``); without
    it they keep a symbolic value (``REF-P1Y``, ``XXXX-WXX-3``, ``REF-P1Y-06``). Dates
    without a year keep ``XXXX`` even with a reference date. ``kinds`` picks the kinds of
    date (see :func:`date_kinds`); a part whose kind is not picked gives its month or year.
    ``dateline``: without a ``reference_date``, use the document's own date (a full date
    alone or in brackets on the first line of a longer text, or after ``شائع شدہ``).
    ``hijri_offset``: days added to Umm al-Qura conversions (Pakistan's sighting is usually
    1–2 days later).
    ``range_ends``: each end of a range and each day of a list is a date of its own
    (``[1947ء] سے [1954ء]``) instead of one interval. See ``docs/dates.md``.
    """
    return Scanner(
        doc,
        reference_date,
        kinds=date_kinds(kinds),
        dateline=dateline,
        hijri_offset=hijri_offset,
        range_ends=range_ends,
    ).run()


class DateRecogniser(Recogniser):
    """The date grammar as a pipeline component: :func:`find_dates` against the document's
    ``reference_date``, or its dateline when it has none.

    Args:
        kinds: the kinds of date to find (:func:`date_kinds`): ``True`` for all but
            durations, or e.g. ``{"calendar"}`` for a corpus annotated that way.
        dateline: resolve relative dates against the document's own dateline when no
            reference date is given.
        hijri_offset: days added to Hijri dates converted by Umm al-Qura.
        range_ends: each end of a range is a date of its own, not one interval.
    """

    name = SOURCE
    reads = ("tokens",)

    def __init__(
        self,
        kinds: KindsSpec = True,
        *,
        dateline: bool = True,
        hijri_offset: int = 0,
        range_ends: bool = False,
    ) -> None:
        self.kinds = date_kinds(kinds)
        self.dateline = dateline
        self.hijri_offset = hijri_offset
        self.range_ends = range_ends

    def find(self, doc: Document) -> list[Candidate]:
        return find_dates(
            doc,
            doc.reference_date,
            kinds=self.kinds,
            dateline=self.dateline,
            hijri_offset=self.hijri_offset,
            range_ends=self.range_ends,
        )

    def __repr__(self) -> str:
        kinds = ", ".join(sorted(k.value for k in self.kinds))
        return f"DateRecogniser(kinds={{{kinds}}})"
