"""What the grammar builds: numbers, years and parsed date expressions over units.

A :class:`ParsedDate` covers units ``[start, end)`` of :class:`~.units.Units`; rendering it
(:mod:`.values`) gives the ISO value and the English form.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    kind: str  # point, weekday, relative, decade, century, part, range, set
    score: float = STRONG
    weak: str | None = None  # "year", "month": needs a date context when alone
    ambiguous: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    bc: bool = False
    year_offset: int | None = None  # گزشتہ سال جون: year relative to the reference
    month_offset: int | None = None  # گزشتہ اپریل: the last April before the reference
    anaphoric: bool = False  # اسی سال جنوری: the year last mentioned
    weekday: int | None = None
    weekday_offset: int | None = None  # گزشتہ بدھ
    unit: str | None = None  # relative: D, W, M, Y
    offset: int = 0
    ago: bool = False
    part: str | None = None
    items: tuple[ParsedDate, ...] = ()  # range: (first, last); set: the items
    english: str | None = None  # a fixed English rendering (گزشتہ شب: last night)
