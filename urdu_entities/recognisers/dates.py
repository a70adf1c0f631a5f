"""Urdu date recognition and normalisation.

:func:`find_dates` scans a :class:`~urdu_entities.document.Document` token by token and
proposes a :class:`~urdu_entities.candidates.Candidate` with ``label=Label.DATE`` for every
date expression: day-month-year in either order, Hijri months, marked and bare years, number
words, ranges and lists, weekdays, parts of months and years, decades, centuries and relative
expressions. Each candidate carries ``value`` (ISO 8601, ``X`` for unknown digits, see
``docs/dates.md`` for the full format) and ``canonical`` (an English rendering).

All words come from the data modules in :mod:`urdu_entities.lang` (``calendar``, ``numbers``,
``relative_dates``, ``date_context``); this module holds only the grammar. The scan is linear:
every pattern looks at a bounded number of tokens after its start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Generic, TypeVar

from urdu_entities.lang import calendar as cal
from urdu_entities.lang import date_context as ctx
from urdu_entities.lang import numbers as nums
from urdu_entities.lang import relative_dates as rel
from urdu_entities.models import Label
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.normalize import normalize_text
from urdu_entities.text.tokenize import TokenKind, tokenize

__all__ = [
    "DateRecogniser",
    "find_dates",
    "gregorian_to_hijri",
    "hijri_month_length",
    "hijri_to_gregorian",
]

SOURCE = "dates"

#: Scores: unambiguous dates, weekdays, weak forms (bare year, bare month, ``کل``).
STRONG = 0.9
WEEKDAY = 0.8
WEEKDAY_CUED = 0.7
PREFIXED_MONTH = 0.7
WEAK = 0.6
AMBIGUOUS = 0.5

_MAX_SERIES = 8  # days in one list (``10، 11 اور 12 ستمبر``)
_MAX_DIGITS = 8  # longer digit runs are never part of a date (and int() of them is slow)
_TENSE_WINDOW = 40  # tokens scanned after ``کل`` for a future verb


# --------------------------------------------------------------------------------------------
# Tabular Islamic calendar (civil epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).

_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, proleptic Gregorian


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Hijri date in the arithmetic (tabular) Islamic calendar.

    Observed calendars (sighting, Umm al-Qura) may differ by a day or two.
    """
    ordinal = (
        day
        + (59 * (month - 1) + 1) // 2
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _HIJRI_EPOCH
        - 1
    )
    return dt.date.fromordinal(ordinal)


def hijri_month_length(year: int, month: int) -> int:
    """Days in a Hijri month of the tabular calendar."""
    if month == 12:
        return 30 if (14 + 11 * year) % 30 < 11 else 29
    return 30 if month % 2 else 29


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Inverse of :func:`hijri_to_gregorian`: ``(year, month, day)``."""
    days = date.toordinal() - _HIJRI_EPOCH
    year = (30 * days + 10646) // 10631
    while hijri_to_gregorian(year + 1, 1, 1) <= date:
        year += 1
    while hijri_to_gregorian(year, 1, 1) > date:
        year -= 1
    month = 12
    while month > 1 and hijri_to_gregorian(year, month, 1) > date:
        month -= 1
    return year, month, (date - hijri_to_gregorian(year, month, 1)).days + 1


# --------------------------------------------------------------------------------------------
# Lexicon: the data modules, keyed by normalised token sequences.

V = TypeVar("V")


def _key(form: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokenize(normalize_text(form)))


def _pairs(table: Mapping[int, Iterable[str]]) -> list[tuple[str, int]]:
    return [(form, number) for number, forms in table.items() for form in forms]


class _Phrases(Generic[V]):
    """Longest listed token sequence starting at a position."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for form, payload in entries:
            key = _key(form)
            if key:
                by_first.setdefault(key[0], []).append((key, payload))
        for options in by_first.values():
            options.sort(key=lambda option: -len(option[0]))
        self._by_first = by_first

    def match(self, texts: Sequence[str], i: int) -> tuple[V, int] | None:
        if i >= len(texts):
            return None
        for key, payload in self._by_first.get(texts[i], ()):
            n = len(key)
            if n == 1 or tuple(texts[i : i + n]) == key:
                return payload, i + n
        return None

    def first_words(self) -> set[str]:
        return set(self._by_first)

    def single_words(self) -> set[str]:
        return {
            key[0] for options in self._by_first.values() for key, _ in options if len(key) == 1
        }


def _words(forms: Iterable[str]) -> frozenset[str]:
    """Normalised single-token forms."""
    return frozenset(k[0] for k in map(_key, forms) if len(k) == 1)


def _word_map(table: Mapping[int, Iterable[str]]) -> dict[str, int]:
    return {k[0]: n for form, n in _pairs(table) if len(k := _key(form)) == 1}


_CARDINAL = _word_map(nums.CARDINALS)
_ORDINAL = _word_map(nums.ORDINALS)
_HUNDRED = _words(nums.HUNDRED)
_THOUSAND = _words(nums.THOUSAND)
_FIRST_DAY = _words(nums.FIRST_DAY)
_ORDINAL_SUFFIX = _words(nums.ORDINAL_SUFFIXES)

_MONTHS: _Phrases[int] = _Phrases(_pairs(cal.GREGORIAN_MONTHS))
_HIJRI: _Phrases[int] = _Phrases(_pairs(cal.HIJRI_MONTHS))
_HONORIFICS: _Phrases[bool] = _Phrases((h, True) for h in cal.HIJRI_HONORIFICS)
_AMBIGUOUS_MONTHS = _words(cal.AMBIGUOUS_MONTHS)
_AMBIGUOUS_HIJRI = _words(cal.AMBIGUOUS_HIJRI_MONTHS)
_AMBIG_MONTH_NOT_AFTER = _words(cal.AMBIGUOUS_MONTH_NOT_AFTER)
_AMBIG_MONTH_NOT_BEFORE = _words(cal.AMBIGUOUS_MONTH_NOT_BEFORE)
_MONTH_PREFIXES = _words(cal.MONTH_PREFIXES)
_MONTH_DAY_CUES = _words(cal.MONTH_DAY_CUES)
_WEEKDAYS = _word_map(cal.WEEKDAYS)
_AMBIGUOUS_WEEKDAYS = _words(cal.AMBIGUOUS_WEEKDAYS)
_WEEKDAY_CUES: _Phrases[bool] = _Phrases((c, True) for c in cal.WEEKDAY_CUES_AFTER)
_WEEKDAY_PREFIXES = _words(cal.WEEKDAY_PREFIXES)
_WEEKDAY_NOT_AFTER = _words(cal.WEEKDAY_NOT_AFTER)
_WEEKDAY_NOT_BEFORE = _words(cal.WEEKDAY_NOT_BEFORE)
_YEAR_PREFIXES = _words(cal.YEAR_PREFIXES)
_WEAK_YEAR_PREFIXES = _words(cal.WEAK_YEAR_PREFIXES)
_ERA: _Phrases[str] = _Phrases(
    [(s, "G") for s in cal.GREGORIAN_YEAR_SUFFIXES] + [(s, "H") for s in cal.HIJRI_YEAR_SUFFIXES]
)
_BC: _Phrases[bool] = _Phrases((s, True) for s in cal.BC_SUFFIXES)
_DAY_OF_MONTH = _words(cal.DAY_OF_MONTH_WORDS)
_GENITIVES = _words(cal.GENITIVES)
_DECADE = _words(cal.DECADE_WORDS)
_CENTURY = _words(cal.CENTURY_WORDS)
_CENTURY_AD = _words(cal.CENTURY_AD_SUFFIXES)
_PARTS_AFTER: _Phrases[str] = _Phrases(cal.PARTS_AFTER.items())
_PARTS_BEFORE: _Phrases[str] = _Phrases(cal.PARTS_BEFORE.items())
_RANGE: _Phrases[bool] = _Phrases((c, True) for c in cal.RANGE_CONNECTORS)
_LIST = _words(cal.LIST_CONNECTORS)
_COMMAS = _words(c for c in cal.LIST_CONNECTORS if not c.isalpha())

_DEICTIC = {k[0]: v for form, v in rel.DEICTIC_DAYS.items() if len(k := _key(form)) == 1}
_TENSE_DAYS = {k[0]: v for form, v in rel.TENSE_DEPENDENT_DAYS.items() if len(k := _key(form)) == 1}
_DAY_PHRASES: _Phrases[tuple[int, str | None]] = _Phrases(
    (form, (offset, rel.DAY_PHRASES_EN.get(form))) for form, offset in rel.DAY_PHRASES.items()
)
_MOD_BEFORE: _Phrases[int] = _Phrases(rel.MODIFIERS_BEFORE.items())
_MOD_AFTER: _Phrases[int] = _Phrases(rel.MODIFIERS_AFTER.items())
_ANAPHORIC = _words(rel.ANAPHORIC_MODIFIERS)
_UNITS = {k[0]: u for form, u in rel.UNITS.items() if len(k := _key(form)) == 1}
_AGO = _words(rel.AGO_WORDS)
_TODAY_NOT_BEFORE = _words(rel.TODAY_NOT_BEFORE)
_KAL_NOT_BEFORE = _words(rel.KAL_NOT_BEFORE)
_KAL_NOT_AFTER = _words(rel.KAL_NOT_AFTER)
_FUTURE = _words(rel.FUTURE_MARKERS)

_FOLLOWERS = _words(ctx.DATE_FOLLOWERS)
_QUANTITY_AFTER: _Phrases[bool] = _Phrases((q, True) for q in ctx.QUANTITY_AFTER)
_QUANTITY_BEFORE = _words(ctx.QUANTITY_BEFORE)
_JOINERS = frozenset(ctx.NUMBER_JOINERS)
_GLUED = _words(ctx.GLUED_POSTPOSITIONS)

_STARTERS: frozenset[str] = frozenset(
    set(_CARDINAL)
    | set(_ORDINAL)
    | _FIRST_DAY
    | _MONTHS.first_words()
    | _HIJRI.first_words()
    | set(_WEEKDAYS)
    | _WEEKDAY_PREFIXES
    | _YEAR_PREFIXES
    | _WEAK_YEAR_PREFIXES
    | _MONTH_PREFIXES
    | _PARTS_BEFORE.first_words()
    | set(_DEICTIC)
    | set(_TENSE_DAYS)
    | _DAY_PHRASES.first_words()
    | _MOD_BEFORE.first_words()
    | set(_UNITS)
    | _ANAPHORIC
)

#: Words a glued token may be split into (``دوہزارچھ``, ``ویںصدی``, ``ستمبرکو``), and the
#: ones at least one piece must be for the split to count.
_SEGMENT_ANCHORS: frozenset[str] = frozenset(
    _HUNDRED
    | _THOUSAND
    | _MONTHS.single_words()
    | _HIJRI.single_words()
    | _CENTURY
    | _ORDINAL_SUFFIX
    | set(_WEEKDAYS)
    | _ERA.single_words()
)
_SEGMENT_VOCAB: frozenset[str] = frozenset(
    w
    for w in _SEGMENT_ANCHORS | set(_CARDINAL) | _FIRST_DAY | _GLUED | _YEAR_PREFIXES | _DECADE
    if len(w) > 1 or w in _GLUED  # single letters (ھ, ع) glue to too many words
)
_SEGMENT_MAX = max(map(len, _SEGMENT_VOCAB))


@lru_cache(maxsize=65536)
def _segment(word: str) -> tuple[str, ...] | None:
    """Split a glued word into date vocabulary (fewest pieces), or ``None``."""
    n = len(word)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, previous cut)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - _SEGMENT_MAX), end):
            prev = best[start]
            if prev is None or word[start:end] not in _SEGMENT_VOCAB:
                continue
            if best[end] is None or prev[0] + 1 < best[end][0]:  # type: ignore[index]
                best[end] = (prev[0] + 1, start)
    if best[n] is None or best[n][0] < 2:  # type: ignore[index]
        return None
    pieces: list[str] = []
    end = n
    while end:
        start = best[end][1]  # type: ignore[index]
        pieces.append(word[start:end])
        end = start
    pieces.reverse()
    return tuple(pieces) if any(p in _SEGMENT_ANCHORS for p in pieces) else None


# --------------------------------------------------------------------------------------------
# Parsed pieces.


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str
    start: int
    end: int
    kind: TokenKind
    token: int


@dataclass(frozen=True, slots=True)
class _Num:
    value: int
    end: int
    digits: int = 0  # number of ASCII digits; 0 for number words
    hundreds: int | None = None  # the multiplier before سو (انیس سو → 19)
    thousand: bool = False


@dataclass(frozen=True, slots=True)
class _Year:
    value: int
    end: int
    hijri: bool = False
    bc: bool = False
    marked: bool = False  # سنہ, ء, ھ, ...


@dataclass(frozen=True, slots=True)
class _Date:
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
    items: tuple[_Date, ...] = ()  # range: (first, last); set: the items
    english: str | None = None  # a fixed English rendering (گزشتہ شب: last night)


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month_days(year: int | None, month: int) -> int:
    if month == 2:
        if year is None:
            return 29
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# --------------------------------------------------------------------------------------------
# The scanner.

#: Which parser may start at which word: (method, first words, starts at a number).
_DISPATCH: tuple[tuple[str, frozenset[str], bool], ...] = (
    ("numeric", frozenset(), True),
    ("day_first", _FIRST_DAY, True),
    ("month_first", frozenset(_MONTHS.first_words() | _MONTH_PREFIXES), False),
    ("hijri_first", frozenset(_HIJRI.first_words() | _MONTH_PREFIXES), False),
    ("part_before", frozenset(_PARTS_BEFORE.first_words()), False),
    (
        "relative",
        frozenset(
            _DAY_PHRASES.first_words()
            | set(_DEICTIC)
            | set(_TENSE_DAYS)
            | _MOD_BEFORE.first_words()
            | set(_UNITS)
            | _ANAPHORIC
        ),
        True,
    ),
    (
        "weekday_phrase",
        frozenset(set(_WEEKDAYS) | _WEEKDAY_PREFIXES | _MOD_BEFORE.first_words()),
        False,
    ),
    ("century", frozenset(_ORDINAL), True),
    ("year_phrase", frozenset(_YEAR_PREFIXES | _WEAK_YEAR_PREFIXES), True),
    ("day_only", _FIRST_DAY, True),
)



_T = TypeVar("_T")
_MEMO_LIMIT = 4096  # positions remembered per scan; a long text is scanned left to right


def _memoized(cache: dict[int, _T], i: int, compute: Callable[[int], _T]) -> _T:
    """``compute(i)``, remembered in a bounded ``cache``."""
    if i in cache:
        return cache[i]
    found = compute(i)
    if len(cache) > _MEMO_LIMIT:
        cache.clear()
    cache[i] = found
    return found


class _Scanner:
    def __init__(self, doc: Document, reference_date: dt.date | None) -> None:
        self.doc = doc
        self.ref = reference_date
        self.last_year: int | None = None
        units: list[_Unit] = []
        for index, token in enumerate(doc.tokens):
            pieces = None
            if (
                token.kind is TokenKind.WORD
                and 2 < len(token.text) <= 24
                and token.text not in _SEGMENT_VOCAB
                and token.text not in _STARTERS
            ):
                pieces = _segment(token.text)
            if pieces is None:
                units.append(_Unit(token.text, token.start, token.end, token.kind, index))
                continue
            offset = token.start
            for piece in pieces:
                units.append(_Unit(piece, offset, offset + len(piece), token.kind, index))
                offset += len(piece)
        self.units = units
        self.texts = [u.text for u in units]
        self.n = len(units)
        # number_at and day_first are pure functions of the position: cache them, so the
        # look-ahead of lists and ranges costs a lookup, not a re-parse.
        self._numbers: dict[int, _Num | None] = {}
        self._day_firsts: dict[int, _Date | None] = {}

    # -- small helpers --------------------------------------------------------------------
    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self.n else ""

    def is_punct(self, i: int) -> bool:
        return 0 <= i < self.n and self.units[i].kind is TokenKind.PUNCT

    def sentence_end_token(self, i: int) -> int:
        return self.doc.sentence_of(self.units[i].token).end

    def future_after(self, i: int) -> bool:
        """A future verb form later in the sentence of unit ``i``."""
        if i >= self.n:
            return False
        last_token = self.sentence_end_token(min(i, self.n - 1))
        for j in range(i, min(self.n, i + _TENSE_WINDOW)):
            if self.units[j].token >= last_token:
                break
            if self.texts[j] in _FUTURE:
                return True
        return False

    # -- numbers, days, months, years -----------------------------------------------------
    def number_at(self, i: int) -> _Num | None:
        return _memoized(self._numbers, i, self._number_at)

    def _number_at(self, i: int) -> _Num | None:
        t = self.text(i)
        if not t:
            return None
        if self.units[i].kind is TokenKind.NUMBER:
            if t.isascii() and t.isdigit() and len(t) <= _MAX_DIGITS:
                return _Num(int(t), i + 1, digits=len(t))
            return None
        a = _CARDINAL.get(t)
        if a is None:
            return None
        pos, total, hundreds, thousand = i, 0, None, False
        if self.text(pos + 1) in _THOUSAND:
            total += a * 1000
            pos += 2
            thousand = True
            a = _CARDINAL.get(self.text(pos))
        if a is not None and self.text(pos + 1) in _HUNDRED:
            total += a * 100
            hundreds = a
            pos += 2
            a = _CARDINAL.get(self.text(pos))
        if a is not None:
            total += a
            pos += 1
        return _Num(total, pos, hundreds=hundreds, thousand=thousand)

    def day_at(self, i: int) -> tuple[int, int] | None:
        if self.text(i) in _FIRST_DAY:
            return 1, i + 1
        n = self.number_at(i)
        if n is None or n.hundreds is not None or n.thousand:
            return None
        if n.digits > 2 or not 1 <= n.value <= 31:
            return None
        return n.value, n.end

    def month_at(self, i: int) -> tuple[int, int] | None:
        return _MONTHS.match(self.texts, i)

    def hijri_at(self, i: int) -> tuple[int, int, bool] | None:
        found = _HIJRI.match(self.texts, i)
        if found is None:
            return None
        month, end = found
        honorific = _HONORIFICS.match(self.texts, end)
        if honorific is not None:
            return month, honorific[1], True
        return month, end, False

    def year_at(self, i: int, *, after_month: bool = False, hijri: bool = False) -> _Year | None:
        """A year at ``i``: ``سنہ`` + number, number + era mark, or a bare year.

        A bare year is four digits (1000–2100) or number words built with سو/ہزار
        (``انیس سو ننانوے``, ``دو ہزار چھ``). After a Hijri month a bare year is Hijri.
        """
        pos = i
        prefixed = False
        if self.text(i) in _YEAR_PREFIXES:
            prefixed = True
            pos += 1
        elif self.text(i) in _WEAK_YEAR_PREFIXES and not after_month:
            pos += 1  # سال 2013: still a bare year, checked in context
        n = self.number_at(pos)
        if n is None:
            return None
        pos = n.end
        era = _ERA.match(self.texts, pos)
        is_hijri = hijri
        marked = prefixed
        if era is not None:
            is_hijri = era[0] == "H"
            marked = True
            pos = era[1]
        bc_mark = _BC.match(self.texts, pos)
        bc = bc_mark is not None
        if bc_mark is not None:
            marked = True
            pos = bc_mark[1]
        value = n.value
        if n.digits == 2 and era is not None and not is_hijri and not prefixed and not bc:
            value += 2000 if value <= 30 else 1900  # 80ء → 1980, 06ء → 2006
        elif marked:
            if value < 1 or n.digits > 4:
                return None
            if value < 100 and (not n.digits or (prefixed and era is None and not bc)):
                return None  # کم سن 15 is an age; سات ھ is not a year
        else:
            if n.digits:
                if n.digits != 4 or not 1000 <= value <= 2100:
                    return None
            elif not (
                1000 <= value <= 2100
                and (
                    (n.thousand and value % 1000)  # دو ہزار alone is a count
                    or (n.hundreds is not None and 10 <= n.hundreds <= 20)
                )
            ):
                return None
        if is_hijri and not 1 <= value <= 1600:
            return None
        return _Year(value, pos, hijri=is_hijri, bc=bc, marked=marked)

    def year_after_month(self, i: int, hijri: bool) -> _Year | None:
        if self.text(i) in _COMMAS:
            return self.year_after_month(i + 1, hijri)
        y = self.year_at(i, after_month=True, hijri=hijri)
        if y is None or y.hijri != hijri:
            return None
        return y

    # -- simple expressions ---------------------------------------------------------------
    def day_first(self, i: int) -> _Date | None:
        """``10 ستمبر [2023]``, ``یکم رمضان [1445ھ]``, ``چھبیس اکتوبر``."""
        return _memoized(self._day_firsts, i, self._day_first)

    def _day_first(self, i: int) -> _Date | None:
        found = self.day_at(i)
        if found is None:
            return None
        day, pos = found
        hijri = False
        month_found = self.month_at(pos)
        if month_found is None:
            h = self.hijri_at(pos)
            if h is None:
                return None
            month, pos, _ = h
            hijri = True
        else:
            month, pos = month_found
        if day > (30 if hijri else _month_days(None, month)):
            return None
        date = _Date(i, pos, "point", day=day, month=month, hijri=hijri)
        return self.with_year(date)

    def with_year(self, date: _Date) -> _Date | None:
        """``date`` with the year written after it, or ``None`` if that year makes the day
        impossible (``29 فروری 2023``)."""
        y = self.year_after_month(date.end, date.hijri)
        if y is None:
            return date
        if (
            not date.hijri
            and date.day is not None
            and date.month is not None
            and date.day > _month_days(None if y.bc else y.value, date.month)
        ):
            return None
        return replace(date, end=y.end, year=y.value, bc=y.bc)

    def month_first(self, i: int) -> _Date | None:
        """``اپریل 2022``, ``ستمبر 10، 2023``, ``دسمبر اکتیس تک``, ``نومبر کی سولہ تاریخ``,
        ``ماہ جون``, bare ``جولائی``."""
        pos = i
        prefixed = False
        if self.text(i) in _MONTH_PREFIXES and self.month_at(i + 1) is not None:
            prefixed = True
            pos += 1
        found = self.month_at(pos)
        if found is None:
            return None
        word = self.text(pos)
        month, pos = found
        date = _Date(i, pos, "point", month=month)
        day = self.day_at(pos)
        if day is not None and day[0] <= _month_days(None, month):
            after = day[1]
            y = self.year_after_month(after, False)
            if y is not None and day[0] <= _month_days(None if y.bc else y.value, month):
                return replace(date, end=y.end, day=day[0], year=y.value, bc=y.bc)
            if self.text(after) in _MONTH_DAY_CUES:
                return replace(date, end=after, day=day[0])
        if self.text(pos) in _GENITIVES:
            day = self.day_at(pos + 1)
            if (
                day is not None
                and self.text(day[1]) in _DAY_OF_MONTH
                and day[0] <= _month_days(None, month)
            ):
                return replace(date, end=day[1] + 1, day=day[0])
        with_year = self.with_year(date)
        if with_year is not None and with_year.year is not None:
            return with_year
        if prefixed:
            return replace(date, score=PREFIXED_MONTH)
        ambiguous = word in _AMBIGUOUS_MONTHS
        return replace(
            date, weak="month", ambiguous=ambiguous, score=AMBIGUOUS if ambiguous else WEAK
        )

    def hijri_first(self, i: int) -> _Date | None:
        """``رمضان المبارک``, ``محرم 1445ھ``, ``ماہ رمضان``, ``ربیع الاول میں``."""
        pos = i
        prefixed = False
        if self.text(i) in _MONTH_PREFIXES and self.hijri_at(i + 1) is not None:
            prefixed = True
            pos += 1
        found = self.hijri_at(pos)
        if found is None:
            return None
        word = self.text(pos)
        month, end, honorific = found
        found_date = self.with_year(_Date(i, end, "point", month=month, hijri=True))
        if found_date is None:
            return None
        date = found_date
        if date.year is not None or honorific or prefixed:
            return date
        if word in _AMBIGUOUS_HIJRI:
            return None
        return replace(date, weak="month", score=WEAK)

    def year_phrase(self, i: int) -> _Date | None:
        """Years (``سنہ 2006``, ``1857ء``, ``1445ھ``, bare ``2016``), decades
        (``1990 کی دہائی``, ``۷۰ کی دہائی``) and ``2013 سال``."""
        y = self.year_at(i)
        if y is None:
            n = self.number_at(i)
            if n is None or n.digits > 2 or n.hundreds or n.thousand:
                return None
            if n.value % 10 or not 10 <= n.value <= 90:
                return None
            if self.text(n.end) in _GENITIVES and self.text(n.end + 1) in _DECADE:
                return _Date(i, n.end + 2, "decade", year=1900 + n.value)
            return None
        end = y.end
        if (
            not y.hijri
            and not y.bc
            and y.value % 10 == 0
            and self.text(end) in _GENITIVES
            and self.text(end + 1) in _DECADE
        ):
            return _Date(i, end + 2, "decade", year=y.value)
        date = _Date(i, end, "point", year=y.value, hijri=y.hijri, bc=y.bc)
        month = None if y.hijri else self.month_at(end)
        if month is not None:  # 2023 ستمبر [10]: year first
            day = self.day_at(month[1])
            if day is not None and day[0] <= _month_days(y.value, month[0]):
                return replace(date, end=day[1], month=month[0], day=day[0])
            return replace(date, end=month[1], month=month[0])
        if y.marked:
            return date
        nxt = end + 1
        if (
            _UNITS.get(self.text(end)) == "Y"
            and y.value >= 1900
            and (nxt >= self.n or self.is_punct(nxt) or self.text(nxt) in _FOLLOWERS)
        ):
            return replace(date, end=nxt)  # 2013 سال میں
        return replace(date, weak="year", score=WEAK)

    def century(self, i: int) -> _Date | None:
        """``اکیسویں صدی``, ``19 ویں صدی عیسوی``, ``پانچویں صدی قبل مسیح``."""
        t = self.text(i)
        number = _ORDINAL.get(t)
        pos = i + 1
        if number is None:
            n = self.number_at(i)
            if n is None or n.digits > 2 or not 1 <= n.value <= 30:
                return None
            number, pos = n.value, n.end
            if self.text(pos) in _ORDINAL_SUFFIX:
                pos += 1
            elif not n.digits:
                return None  # دو صدی: a count of centuries
        if self.text(pos) not in _CENTURY:
            return None
        pos += 1
        bc = False
        bc_mark = _BC.match(self.texts, pos)
        if bc_mark is not None:
            bc = True
            pos = bc_mark[1]
        elif self.text(pos) in _CENTURY_AD:
            pos += 1
        if self.text(pos) in _AGO:
            return None  # دو صدی قبل: a duration ago, not a century
        return _Date(i, pos, "century", year=number, bc=bc)

    def weekday_phrase(self, i: int, cued: bool = False) -> _Date | None:
        """``بدھ`` (with a cue: ``بدھ کو``), ``بروز جمعہ``, ``گزشتہ جمعہ``,
        ``پیر، 10 ستمبر``."""
        pos = i
        prefixed = False
        offset: int | None = None
        if self.text(i) in _WEEKDAY_PREFIXES:
            prefixed = True
            pos += 1
        else:
            mod = _MOD_BEFORE.match(self.texts, i)
            if mod is not None and self.text(mod[1]) in _WEEKDAYS:
                offset, pos = mod
        word = self.text(pos)
        weekday = _WEEKDAYS.get(word)
        if weekday is None:
            return None
        end = pos + 1
        if self.text(pos - 1) in _WEEKDAY_NOT_AFTER and not prefixed and offset is None:
            return None
        if self.text(end) in _WEEKDAY_NOT_BEFORE:
            return None
        inner_at = end + 1 if self.text(end) in _COMMAS else end
        inner = self.day_first(inner_at) or self.month_first(inner_at)
        if inner is not None and inner.day is not None and offset is None:
            return replace(inner, start=i, weekday=weekday)
        cue = cued or self.weekday_cue(end)
        if offset is not None and word in _UNITS and not cue:
            return None  # گزشتہ ہفتے: last week, not last Saturday
        ambiguous = word in _AMBIGUOUS_WEEKDAYS
        if ambiguous and not (prefixed or offset is not None or cue):
            return None
        score = WEEKDAY_CUED if ambiguous and not prefixed and offset is None else WEEKDAY
        return _Date(i, end, "weekday", weekday=weekday, weekday_offset=offset, score=score)

    def weekday_cue(self, end: int, depth: int = 0) -> bool:
        if _WEEKDAY_CUES.match(self.texts, end) is not None:
            return True
        if depth == 0 and (self.text(end) in _LIST or _RANGE.match(self.texts, end) is not None):
            after = _RANGE.match(self.texts, end)
            nxt = after[1] if after is not None else end + 1
            if self.text(nxt) in _WEEKDAYS:
                return (
                    after is not None  # پیر سے جمعہ: a range of weekdays
                    or self.text(nxt) not in _AMBIGUOUS_WEEKDAYS
                    or self.weekday_cue(nxt + 1, depth + 1)
                )
        return False

    def relative(self, i: int) -> _Date | None:
        """``آج``, ``کل``, ``گزشتہ روز``, ``گزشتہ سال [جون]``, ``سال رواں``,
        ``اسی سال جنوری``, ``دو سال پہلے``."""
        t = self.text(i)
        phrase = _DAY_PHRASES.match(self.texts, i)
        if phrase is not None:
            (offset, english), end = phrase
            return _Date(i, end, "relative", unit="D", offset=offset, english=english)
        if t in _DEICTIC:
            if self.text(i + 1) in _TODAY_NOT_BEFORE:
                return None
            return _Date(i, i + 1, "relative", unit="D", offset=_DEICTIC[t])
        if t in _TENSE_DAYS:
            nxt = self.text(i + 1)
            if (
                self.text(i - 1) in _KAL_NOT_AFTER
                or nxt in _KAL_NOT_BEFORE
                or nxt in _CARDINAL
                or (i + 1 < self.n and self.units[i + 1].kind is TokenKind.NUMBER)
            ):
                return None
            direction = 1 if self.future_after(i + 1) else -1
            return _Date(
                i, i + 1, "relative", unit="D", offset=direction * _TENSE_DAYS[t], score=WEAK
            )
        mod = _MOD_BEFORE.match(self.texts, i)
        if mod is not None:
            offset, pos = mod
            unit = _UNITS.get(self.text(pos))
            month = self.month_at(pos)
            if month is not None and offset != 0:
                return _Date(i, month[1], "point", month=month[0], month_offset=offset)
            if unit in rel.MODIFIABLE_UNITS:
                if unit == "Y":
                    month = self.month_at(pos + 1)
                    if month is not None:
                        return _Date(i, month[1], "point", month=month[0], year_offset=offset)
                return _Date(i, pos + 1, "relative", unit=unit, offset=offset)
        unit = _UNITS.get(t)
        if unit in rel.MODIFIABLE_UNITS:
            after = _MOD_AFTER.match(self.texts, i + 1)
            if after is not None:
                return _Date(i, after[1], "relative", unit=unit, offset=after[0])
        if t in _ANAPHORIC and _UNITS.get(self.text(i + 1)) == "Y":
            month = self.month_at(i + 2)
            if month is not None:
                return _Date(i, month[1], "point", month=month[0], anaphoric=True)
        n = self.number_at(i)
        if n is not None and not n.thousand and n.hundreds is None and n.value >= 1:
            unit = _UNITS.get(self.text(n.end))
            bc = _BC.match(self.texts, n.end + 1)
            if unit == "Y" and bc is not None:  # ۲۳۲ برس قبل مسیح: 232 BC
                return _Date(i, bc[1], "point", year=n.value, bc=True)
            if unit is not None and self.text(n.end + 1) in _AGO:
                return _Date(i, n.end + 2, "relative", unit=unit, offset=-n.value, ago=True)
        return None

    def part_before(self, i: int) -> _Date | None:
        """``وسط اکتوبر``, ``اوائل 2019``."""
        found = _PARTS_BEFORE.match(self.texts, i)
        if found is None:
            return None
        part, pos = found
        base = self.month_first(pos)
        if base is not None and base.day is None and base.month is not None:
            return replace(base, start=i, kind="part", part=part, weak=None, score=STRONG)
        y = self.year_at(pos)
        if y is not None and not y.hijri and part in cal.PART_MONTHS:
            return _Date(i, y.end, "part", year=y.value, bc=y.bc, part=part)
        return None

    def day_only(self, i: int) -> _Date | None:
        """``16 تاریخ``: a day of an unnamed month."""
        found = self.day_at(i)
        if found is None or self.text(found[1]) not in _DAY_OF_MONTH:
            return None
        return _Date(i, found[1] + 1, "point", day=found[0], score=WEAK)

    def numeric(self, i: int) -> _Date | None:
        """``10/09/2023``, ``10-09-2023``, ``10.09.2023``, ``2023-09-10``."""
        if i >= self.n or self.units[i].kind is not TokenKind.NUMBER:
            return None
        t = self.text(i)
        fields: list[str]
        end = i + 1
        if "." in t:
            fields = t.split(".")
        else:
            sep = self.text(i + 1)
            if sep not in ("/", "-"):
                return None
            fields = [t, self.text(i + 2), self.text(i + 4)]
            if self.text(i + 3) != sep or not all(f.isdigit() for f in fields):
                return None
            end = i + 5
        if len(fields) != 3 or not all(f.isascii() and f.isdigit() for f in fields):
            return None
        if len(fields[0]) == 4 and len(fields[1]) <= 2 and len(fields[2]) <= 2:
            y, m, d = (int(f) for f in fields)
        elif len(fields[2]) == 4 and len(fields[0]) <= 2 and len(fields[1]) <= 2:
            d, m, y = (int(f) for f in fields)
        else:
            return None
        if not (1 <= m <= 12 and 1 <= d <= _month_days(y, m) and 1000 <= y <= 2100):
            return None
        if self.text(end) in _JOINERS or self.text(i - 1) in _JOINERS:
            return None
        return _Date(i, end, "point", year=y, month=m, day=d)

    def simple_at(self, i: int) -> _Date | None:
        if i >= self.n:
            return None
        best: _Date | None = None
        t = self.texts[i]
        number = self.units[i].kind is TokenKind.NUMBER or t in _CARDINAL
        for name, words, takes_numbers in _DISPATCH:
            if not ((number and takes_numbers) or t in words):
                continue
            found: _Date | None = getattr(self, name)(i)
            if found is not None and (best is None or found.end > best.end):
                best = found
        return best

    # -- combinations ---------------------------------------------------------------------
    def day_series(self, i: int) -> _Date | None:
        """``10 سے 13 ستمبر``, ``10-13 ستمبر``, ``10، 11 اور 12 ستمبر``."""
        first = self.day_at(i)
        if first is None:
            return None
        days = [first[0]]
        starts = [i]
        kinds: list[str] = []
        pos = first[1]
        final: _Date | None = None
        while len(days) <= _MAX_SERIES:
            if self.text(pos) in _LIST:
                kind, nxt = "list", pos + 1
            else:
                connector = _RANGE.match(self.texts, pos)
                if connector is None:
                    return None
                kind, nxt = "range", connector[1]
            full = self.day_first(nxt)
            kinds.append(kind)
            if full is not None:
                final = full
                break
            found = self.day_at(nxt)
            if found is None:
                return None
            days.append(found[0])
            starts.append(nxt)
            pos = found[1]
        if final is None or final.day is None or final.month is None:
            return None
        limit = 30 if final.hijri else _month_days(final.year, final.month)
        if any(d > limit for d in days):
            return None
        items = [
            replace(final, start=s, end=s + 1, day=d, weekday=None)
            for s, d in zip(starts, days, strict=True)
        ]
        if kinds == ["range"]:
            if days[0] >= final.day:
                return None
            return _Date(i, final.end, "range", items=(items[0], final))
        if "range" in kinds:
            return None
        return _Date(i, final.end, "set", items=(*items, final))

    def combine(self, a: _Date, b: _Date) -> _Date | None:
        """A range ``a – b`` when both sides are compatible dates."""
        if a.kind == "weekday" and b.kind == "weekday":
            return _Date(a.start, b.end, "range", items=(a, b), score=WEEKDAY)
        if a.kind != "point" or b.kind != "point" or a.hijri != b.hijri:
            return None
        if a.weekday is not None and b.weekday is None:
            return None
        left = a
        if (
            left.year is None
            and left.year_offset is None
            and not left.anaphoric
            and left.month is not None
        ):
            left = replace(
                left, year=b.year, bc=b.bc, year_offset=b.year_offset, anaphoric=b.anaphoric
            )

        def shape(d: _Date) -> tuple[bool, bool, bool]:
            has_year = d.year is not None or d.year_offset is not None or d.anaphoric
            return has_year, d.month is not None, d.day is not None

        if shape(left) != shape(b):
            return None
        if left.year is not None and b.year is not None and not left.bc and not b.bc:
            key_a = (left.year, left.month or 0, left.day or 0)
            key_b = (b.year, b.month or 0, b.day or 0)
            if key_a >= key_b:
                return None
        elif left.year == b.year and left.month == b.month and (left.day or 0) >= (b.day or 0):
            return None
        weak = a.weak if a.weak is not None and b.weak is not None else None
        return _Date(a.start, b.end, "range", items=(left, b), weak=weak)

    def extend(self, d: _Date) -> _Date:
        """Add a part of month/year after ``d`` (``اگست کے آخر``) or a range's far end."""
        if (
            d.kind == "point"
            and not d.hijri
            and d.day is None
            and d.weekday is None
            and self.text(d.end) in _GENITIVES
        ):
            part = _PARTS_AFTER.match(self.texts, d.end + 1)
            if part is not None and (d.month is not None or part[0] in cal.PART_MONTHS):
                return replace(d, end=part[1], kind="part", part=part[0], weak=None, score=STRONG)
        connector = _RANGE.match(self.texts, d.end)
        if connector is None:
            return d
        nxt = connector[1]
        right = self.weekday_phrase(nxt, cued=True) if d.kind == "weekday" else None
        right = right or self.simple_at(nxt)
        if right is not None:
            joined = self.combine(d, right)
            if joined is not None:
                return joined
        # 1990-91
        short = self.number_at(nxt)
        if (
            d.kind == "point"
            and d.weak == "year"
            and d.year is not None
            and self.text(d.end) == "-"
            and short is not None
            and short.digits == 2
        ):
            year = d.year // 100 * 100 + short.value
            if year > d.year:
                last = _Date(nxt, short.end, "point", year=year)
                return _Date(d.start, short.end, "range", items=(d, last), weak="year")
        return d

    def context_ok(self, d: _Date) -> bool:
        """Whether a weak form (bare year, bare month) stands in a date context."""
        prev, nxt = self.text(d.start - 1), self.text(d.end)
        nxt_is_punct = self.is_punct(d.end)
        if d.weak == "year":
            if prev in _QUANTITY_BEFORE or prev in _JOINERS:
                return False
            if _QUANTITY_AFTER.match(self.texts, d.end) is not None:
                return False
            if d.end >= self.n:
                return True
            if nxt_is_punct:
                return nxt not in _JOINERS and nxt != "-"
            return nxt in _FOLLOWERS
        # a bare month name
        if d.ambiguous:
            return (
                nxt in _FOLLOWERS
                and nxt not in _AMBIG_MONTH_NOT_BEFORE
                and prev not in _AMBIG_MONTH_NOT_AFTER
            )
        return d.end >= self.n or nxt_is_punct or nxt in _FOLLOWERS

    def expression_at(self, i: int) -> _Date | None:
        best = self.simple_at(i)
        series = self.day_series(i)
        if series is not None and (best is None or series.end > best.end):
            best = series
        if best is None:
            return None
        if best.kind not in ("range", "set"):
            best = self.extend(best)
        if best.weak is not None and not self.context_ok(best):
            return None
        return best

    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        i = 0
        while i < self.n:
            unit = self.units[i]
            if unit.kind is not TokenKind.NUMBER and unit.text not in _STARTERS:
                i += 1
                continue
            found = self.expression_at(i)
            if found is None:
                i += 1
                continue
            out.append(self.candidate(found))
            i = found.end
        return out

    # -- rendering ------------------------------------------------------------------------
    def candidate(self, d: _Date) -> Candidate:
        start, end = self.units[d.start].start, self.units[d.end - 1].end
        value, canonical = self.render(d)
        tok_start, tok_end = self.doc.token_range(start, end)
        year = self.explicit_year(d)
        if year is not None:
            self.last_year = year
        return Candidate(
            start=start,
            end=end,
            tok_start=tok_start,
            tok_end=tok_end,
            label=Label.DATE,
            source=SOURCE,
            score=d.score,
            canonical=canonical,
            value=value,
        )

    def explicit_year(self, d: _Date) -> int | None:
        if d.kind in ("range", "set"):
            return self.explicit_year(d.items[-1])
        if d.kind in ("point", "part") and d.year is not None and not d.hijri and not d.bc:
            return d.year
        return None

    def year_of(self, d: _Date) -> int | None:
        if d.year is not None:
            return d.year
        if d.year_offset is not None and self.ref is not None:
            return self.ref.year + d.year_offset
        if d.month_offset is not None and self.ref is not None and d.month is not None:
            if d.month_offset < 0:
                return self.ref.year - (d.month >= self.ref.month)
            return self.ref.year + (d.month <= self.ref.month)
        if d.anaphoric:
            return self.last_year
        return None

    def render(self, d: _Date) -> tuple[str, str]:
        if d.kind == "range":
            return self.render_range(d)
        if d.kind == "set":
            values = [self.render(item)[0] for item in d.items]
            first = d.items[-1]
            month = cal.MONTH_NAMES_EN.get(first.month or 0, "")
            if first.hijri:
                month = cal.HIJRI_MONTH_NAMES_EN.get(first.month or 0, "")
            days = [str(item.day) for item in d.items]
            year = f" {first.year}" if first.year is not None else ""
            canonical = f"{', '.join(days[:-1])} and {days[-1]} {month}{year}"
            return "{" + ",".join(values) + "}", canonical
        lo, hi, canonical = self.bounds(d)
        return (lo if lo == hi else f"{lo}/{hi}"), canonical

    def render_range(self, d: _Date) -> tuple[str, str]:
        a, b = d.items
        lo, _, ca = self.bounds(a)
        _, hi, cb = self.bounds(b)
        canonical = f"{ca} – {cb}"
        if a.kind == "point" and a.day is not None and a.weekday is None and b.weekday is None:
            month_names = cal.HIJRI_MONTH_NAMES_EN if a.hijri else cal.MONTH_NAMES_EN
            same_year = self.year_of(a) == self.year_of(b)
            if same_year and a.month == b.month and b.day is not None:
                canonical = f"{a.day}–{cb}"
            elif same_year and b.day is not None and a.month is not None:
                canonical = f"{a.day} {month_names[a.month]} – {cb}"
        return f"{lo}/{hi}", canonical

    def fmt_year(self, year: int | None, bc: bool) -> str:
        if year is None:
            return "XXXX"
        if bc:
            return f"-{year - 1:04d}"
        return f"{year:04d}"

    def bounds(self, d: _Date) -> tuple[str, str, str]:
        """``(start value, end value, canonical)``; start == end for a single point."""
        if d.kind == "point":
            return self.bounds_point(d)
        if d.kind == "part":
            return self.bounds_part(d)
        if d.kind == "weekday":
            return self.bounds_weekday(d)
        if d.kind == "relative":
            value, canonical = self.relative_value(d)
            return value, value, canonical
        if d.kind == "decade":
            year = d.year or 0
            value = f"{year // 10:03d}X"
            return value, value, f"{year}s"
        if d.kind == "century":
            number = d.year or 0
            value = f"-{number - 1:02d}XX" if d.bc else f"{number - 1:02d}XX"
            canonical = f"{_ordinal_en(number)} century" + (" BC" if d.bc else "")
            return value, value, canonical
        value, canonical = self.render(d)
        return value, value, canonical

    def bounds_point(self, d: _Date) -> tuple[str, str, str]:
        if d.hijri:
            return self.bounds_hijri(d)
        year = self.year_of(d)
        ys = self.fmt_year(year, d.bc)
        if d.month is None and d.day is None:
            value = ys
        elif d.day is None:
            value = f"{ys}-{d.month:02d}"
        elif d.month is None:
            value = f"{ys}-XX-{d.day:02d}"
        else:
            value = f"{ys}-{d.month:02d}-{d.day:02d}"
        words: list[str] = []
        if d.day is not None and d.month is None:
            words.append(f"the {_ordinal_en(d.day)}")
        elif d.day is not None:
            words.append(str(d.day))
        if d.month is not None:
            words.append(cal.MONTH_NAMES_EN[d.month])
        if d.year is not None:
            words.append(f"{d.year} BC" if d.bc else str(d.year))
        elif d.year_offset is not None:
            words.append(rel.OFFSET_EN[d.year_offset].format(rel.UNIT_EN["Y"]))
        elif d.month_offset is not None:
            words[-1:] = [rel.OFFSET_EN[d.month_offset].format(words[-1])]
        elif d.anaphoric:
            words.append(str(year) if year is not None else "that year")
        canonical = " ".join(words)
        if d.weekday is not None:
            canonical = f"{cal.WEEKDAY_NAMES_EN[d.weekday]}, {canonical}"
        return value, value, canonical

    def bounds_hijri(self, d: _Date) -> tuple[str, str, str]:
        month = d.month
        words = [str(d.day)] if d.day is not None else []
        if month is not None:
            words.append(cal.HIJRI_MONTH_NAMES_EN[month])
        if d.year is not None:
            words.append(f"{d.year} AH")
        canonical = " ".join(words)
        if d.weekday is not None:
            canonical = f"{cal.WEEKDAY_NAMES_EN[d.weekday]}, {canonical}"
        if d.year is None:
            value = f"AH:XXXX-{month:02d}" if month is not None else "AH:XXXX"
            if d.day is not None:
                value += f"-{d.day:02d}"
            return value, value, canonical
        if month is None:
            lo = hijri_to_gregorian(d.year, 1, 1)
            hi = hijri_to_gregorian(d.year, 12, hijri_month_length(d.year, 12))
        elif d.day is None:
            lo = hijri_to_gregorian(d.year, month, 1)
            hi = hijri_to_gregorian(d.year, month, hijri_month_length(d.year, month))
        else:
            lo = hi = hijri_to_gregorian(d.year, month, d.day)
        return lo.isoformat(), hi.isoformat(), canonical

    def bounds_part(self, d: _Date) -> tuple[str, str, str]:
        part = d.part or ""
        year = self.year_of(d)
        base = replace(d, kind="point", part=None)
        _, _, base_en = self.bounds_point(base)
        canonical = cal.PART_EN[part].format(base_en)
        ys = self.fmt_year(year, d.bc)
        if d.month is None:
            first, last = cal.PART_MONTHS[part]
            return f"{ys}-{first:02d}", f"{ys}-{last:02d}", canonical
        days = _month_days(None if d.bc else year, d.month)
        first_day, last_day = cal.PART_DAYS[part]
        if first_day < 0:
            first_day = days + first_day
        if last_day is None:
            last_day = days
        prefix = f"{ys}-{d.month:02d}"
        return f"{prefix}-{first_day:02d}", f"{prefix}-{last_day:02d}", canonical

    def bounds_weekday(self, d: _Date) -> tuple[str, str, str]:
        weekday = d.weekday or 1
        name = cal.WEEKDAY_NAMES_EN[weekday]
        canonical = name
        if d.weekday_offset is not None:
            canonical = rel.OFFSET_EN[d.weekday_offset].format(name)
        if self.ref is None:
            value = f"XXXX-WXX-{weekday}"
            return value, value, canonical
        today = self.ref.isoweekday()
        if d.weekday_offset == 0:
            delta = weekday - today
        elif d.weekday_offset == 1 or (d.weekday_offset is None and self.future_after(d.end)):
            delta = (weekday - today) % 7 or (7 if d.weekday_offset == 1 else 0)
        else:
            delta = -((today - weekday) % 7 or (7 if d.weekday_offset == -1 else 0))
        value = (self.ref + dt.timedelta(days=delta)).isoformat()
        return value, value, canonical

    def relative_value(self, d: _Date) -> tuple[str, str]:
        unit = d.unit or "D"
        offset = d.offset
        if d.english is not None:
            canonical = d.english
        elif d.ago:
            count = -offset
            if count == 1:
                canonical = rel.AGO_ONE_EN.format(rel.UNIT_EN[unit])
            else:
                canonical = rel.AGO_EN.format(f"{count} {rel.UNIT_EN[unit]}s")
        elif unit == "D":
            canonical = rel.DAY_OFFSET_EN.get(offset, f"{offset:+d} days")
        else:
            canonical = rel.OFFSET_EN[offset].format(rel.UNIT_EN[unit])
        if self.ref is None:
            sign = "-" if offset < 0 else "+"
            return f"REF{sign}P{abs(offset)}{unit}", canonical
        ref = self.ref
        if unit == "D":
            return (ref + dt.timedelta(days=offset)).isoformat(), canonical
        if unit == "W":
            year, week, _ = (ref + dt.timedelta(weeks=offset)).isocalendar()
            return f"{year:04d}-W{week:02d}", canonical
        if unit == "M":
            months = ref.year * 12 + ref.month - 1 + offset
            return f"{months // 12:04d}-{months % 12 + 1:02d}", canonical
        return f"{ref.year + offset:04d}", canonical


def find_dates(doc: Document, reference_date: dt.date | None = None) -> list[Candidate]:
    """Date candidates in ``doc``, in text order, not overlapping.

    ``reference_date`` (the article's date) resolves relative expressions (``آج``,
    ``گزشتہ سال``, ``دو سال پہلے``), weekdays and relative years (``گزشتہ سال جون``); without
    it they keep a symbolic value (``REF-P1Y``, ``XXXX-WXX-3``, ``XXXX-06``). Dates without a
    year keep ``XXXX`` even with a reference date. See ``docs/dates.md``.
    """
    return _Scanner(doc, reference_date).run()


class DateRecogniser(Recogniser):
    """The date grammar as a pipeline component: :func:`find_dates` against the document's
    ``reference_date``."""

    name = SOURCE
    reads = ("tokens",)

    def find(self, doc: Document) -> list[Candidate]:
        return find_dates(doc, doc.reference_date)
