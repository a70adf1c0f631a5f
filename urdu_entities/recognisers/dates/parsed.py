"""What the grammar builds: numbers, years and parsed date expressions over units.

A :class:`ParsedDate` covers units ``[start, end)`` of :class:`~.units.Units`; rendering it
(:mod:`.values`) gives the ISO value and the English form.
"""

from __future__ import annotations

from dataclasses import dataclass

from urdu_entities.models import DateKind

#: Scores: unambiguous dates, weekdays, weak forms (bare year, bare month, ``کل``).
STRONG = 0.9
WEEKDAY = 0.8
WEEKDAY_CUED = 0.7
PREFIXED_MONTH = 0.7
WEAK = 0.6
AMBIGUOUS = 0.5


@dataclass(frozen=True, slots=True)
class Num:
    value: int
    end: int
    digits: int = 0  # number of ASCII digits; 0 for number words
    hundreds: int | None = None  # the multiplier before سو (انیس سو → 19)
    thousand: bool = False


@dataclass(frozen=True, slots=True)
class Year:
    value: int
    end: int
    hijri: bool = False
    bc: bool = False
    marked: bool = False  # سنہ, ء, ھ, ...


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date expression over units ``[start, end)``."""

    start: int
    end: int
    kind: str  # point, weekday, relative, decade, century, part, duration, range, set
    score: float = STRONG
    weak: str | None = None  # "year", "month": needs a date context when alone
    ambiguous: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    bc: bool = False
    year_offset: int | None = None  # گزشتہ سال جون: year relative to the reference
    month_rel: int | None = None  # اس ماہ کی چودہ تاریخ: month relative to the reference
    month_offset: int | None = None  # گزشتہ اپریل: the last April before the reference
    anaphoric: bool = False  # اسی سال جنوری: the year last mentioned
    weekday: int | None = None
    weekday_offset: int | None = None  # گزشتہ بدھ
    unit: str | None = None  # relative: D, W, M, Y; duration: also H, MIN, S, DECADE, CENTURY
    offset: int = 0
    ago: bool = False
    amount: float | None = None  # duration: how many units
    part: str | None = None
    of: ParsedDate | None = None  # part: the month or year it is a part of
    items: tuple[ParsedDate, ...] = ()  # range: (first, last); set: the items
    period: str | None = None  # a day phrase's time of day (گزشتہ شب: night)
    time: tuple[int, int] | None = None  # hour (0–24), minute


def date_kind(d: ParsedDate) -> DateKind:
    """What kind of date ``d`` is (:class:`~urdu_entities.models.DateKind`)."""
    if d.kind in ("range", "set"):
        return date_kind(d.items[-1])
    return _KINDS.get(d.kind, DateKind.CALENDAR)


_KINDS = {
    "weekday": DateKind.WEEKDAY,
    "relative": DateKind.RELATIVE,
    "part": DateKind.PART,
    "duration": DateKind.DURATION,
}
