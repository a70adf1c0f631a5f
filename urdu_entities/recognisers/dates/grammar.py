"""What a date looks like: the simple expressions, each parsed from a position of the unit
stream.

Numbers and number words, days, Gregorian and Hijri months, marked and bare years,
day-month-year in either order, numeric dates, weekdays, relative expressions, parts of
months and years, decades and centuries. Ranges, lists and the context checks that combine
them live in :mod:`.scanner`. Every parser looks at a bounded number of units after its start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from urdu_entities.lang import calendar as cal
from urdu_entities.lang import relative_dates as rel
from urdu_entities.lang import time_of_day as tod
from urdu_entities.recognisers.dates import lexicon as lx
from urdu_entities.recognisers.dates.calendars import month_days, two_digit_year
from urdu_entities.recognisers.dates.parsed import (
    AMBIGUOUS,
    PREFIXED_MONTH,
    STRONG,
    WEAK,
    WEEKDAY,
    WEEKDAY_CUED,
    Num,
    ParsedDate,
    Year,
)
from urdu_entities.recognisers.dates.units import Units

_MAX_DIGITS = 8  # longer digit runs are never part of a date (and int() of them is slow)
_TENSE_WINDOW = 40  # units scanned after کل for a future verb

#: Units a count of which can be "ago" (``دو سال پہلے``, ``دو ہفتوں پہلے``).
_AGO_UNITS = frozenset({"D", "W", "M", "Y"})

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


class Grammar:
    """The simple expressions over one document's units. ``reference_date`` only places
    two-digit years (``28/11/63``)."""

    def __init__(self, units: Units, reference_date: dt.date | None = None) -> None:
        self.u = units
        self.ref = reference_date
        self.texts = units.texts
        self.n = units.n
        # number_at and day_first are pure functions of the position: cache them, so the
        # look-ahead of lists and ranges costs a lookup, not a re-parse.
        self._numbers: dict[int, Num | None] = {}
        self._day_firsts: dict[int, ParsedDate | None] = {}

    # -- small helpers --------------------------------------------------------------------
    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self.n else ""

    def future_after(self, i: int) -> bool:
        """A future verb form later in the sentence of unit ``i``."""
        if i >= self.n:
            return False
        u = self.u
        last_token = u.doc.sentence_of(u.token(min(i, self.n - 1))).end
        for j in range(i, min(self.n, i + _TENSE_WINDOW)):
            if u.token(j) >= last_token:
                break
            if self.texts[j] in lx.FUTURE:
                return True
        return False

    # -- numbers, days, months, years -----------------------------------------------------
    def number_at(self, i: int) -> Num | None:
        return _memoized(self._numbers, i, self._number_at)

    def _number_at(self, i: int) -> Num | None:
        t = self.text(i)
        if not t:
            return None
        if self.u.is_number(i):
            if t.isdigit() and len(t) <= _MAX_DIGITS:
                return Num(int(t), i + 1, digits=len(t))
            return None
        a = lx.CARDINAL.get(t)
        if a is None:
            return None
        pos, total, hundreds, thousand = i, 0, None, False
        if self.text(pos + 1) in lx.THOUSAND:
            total += a * 1000
            pos += 2
            thousand = True
            a = lx.CARDINAL.get(self.text(pos))
        if a is not None and self.text(pos + 1) in lx.HUNDRED:
            total += a * 100
            hundreds = a
            pos += 2
            a = lx.CARDINAL.get(self.text(pos))
        if a is not None:
            total += a
            pos += 1
        return Num(total, pos, hundreds=hundreds, thousand=thousand)

    def day_at(self, i: int) -> tuple[int, int] | None:
        if self.text(i) in lx.FIRST_DAY:
            return 1, i + 1
        n = self.number_at(i)
        if n is None or n.hundreds is not None or n.thousand:
            return None
        if n.digits > 2 or not 1 <= n.value <= 31:
            return None
        return n.value, n.end

    def month_at(self, i: int) -> tuple[int, int] | None:
        return lx.MONTHS.match(self.texts, i)

    def hijri_at(self, i: int) -> tuple[int, int, bool] | None:
        """``(month, end, has an epithet)`` of a Hijri month name at ``i``; not when the name
        stands between a title or given name and a name word (``محمد رمضان``, ``رجب طیب``)."""
        found = lx.HIJRI.match(self.texts, i)
        if found is None:
            return None
        month, end = found
        honorific = lx.HONORIFICS.match(self.texts, end)
        if honorific is not None:
            return month, honorific[1], True
        if self.text(i - 1) in lx.NAME_BEFORE or self.text(end) in lx.NAME_AFTER:
            return None
        return month, end, False

    def year_at(self, i: int, *, after_month: bool = False, hijri: bool = False) -> Year | None:
        """A year at ``i``: ``سنہ`` + number, number + era mark, or a bare year.

        A bare year is four digits (1000–2100) or number words built with سو/ہزار
        (``انیس سو ننانوے``, ``دو ہزار چھ``). After a Hijri month a bare year is Hijri.
        """
        pos = i
        prefixed = False
        if self.text(i) in lx.YEAR_PREFIXES:
            prefixed = True
            pos += 1
        elif self.text(i) in lx.WEAK_YEAR_PREFIXES and not after_month:
            pos += 1  # سال 2013: still a bare year, checked in context
        n = self.number_at(pos)
        if n is None:
            return None
        pos = n.end
        era = lx.ERA.match(self.texts, pos)
        is_hijri = hijri
        marked = prefixed
        if era is not None:
            is_hijri = era[0] == "H"
            marked = True
            pos = era[1]
        bc_mark = lx.BC.match(self.texts, pos)
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
                and value % 100  # پندرہ سو, دو ہزار alone are counts
                and (n.thousand or (n.hundreds is not None and 10 <= n.hundreds <= 20))
            ):
                return None
        if is_hijri and not 1 <= value <= 1600:
            return None
        return Year(value, pos, hijri=is_hijri, bc=bc, marked=marked)

    def year_after_month(self, i: int, hijri: bool) -> Year | None:
        if self.text(i) in lx.COMMAS:
            return self.year_after_month(i + 1, hijri)
        y = self.year_at(i, after_month=True, hijri=hijri)
        if y is None or y.hijri != hijri:
            return None
        return y

    # -- day, month, year -----------------------------------------------------------------
    def day_first(self, i: int) -> ParsedDate | None:
        """``10 ستمبر [2023]``, ``یکم رمضان [1445ھ]``, ``چھبیس اکتوبر``."""
        return _memoized(self._day_firsts, i, self._day_first)

    def _day_first(self, i: int) -> ParsedDate | None:
        found = self.day_at(i)
        if found is None:
            return None
        day, pos = found
        hijri = False
        number_month = False  # صفر: also the number zero
        month_found = self.month_at(pos)
        if month_found is None:
            h = self.hijri_at(pos)
            if h is None:
                return None
            number_month = not h[2] and self.text(pos) in lx.CARDINAL
            month, pos, _ = h
            hijri = True
        else:
            month, pos = month_found
        if day > (30 if hijri else month_days(None, month)):
            return None
        date = self.with_year(ParsedDate(i, pos, "point", day=day, month=month, hijri=hijri))
        if date is not None and date.year is None and self.text(i) in lx.NOT_A_DAY_WITHOUT_YEAR:
            return None  # ایک مئی میں: one in May (the first is یکم)
        if (
            number_month
            and date is not None
            and date.year is None
            and (
                (not self.u.is_number(i) and self.text(i) not in lx.FIRST_DAY)
                or self.text(pos) in lx.SCORE_AFTER
            )
        ):
            return None  # ایک صفر سے: a score, not 1 Safar
        return date

    def with_year(self, date: ParsedDate) -> ParsedDate | None:
        """``date`` with the year written after it, or ``None`` if that year makes the day
        impossible (``29 فروری 2023``)."""
        y = self.year_after_month(date.end, date.hijri)
        if y is None:
            return date
        if (
            not date.hijri
            and date.day is not None
            and date.month is not None
            and date.day > month_days(None if y.bc else y.value, date.month)
        ):
            return None
        return replace(date, end=y.end, year=y.value, bc=y.bc)

    def month_first(self, i: int) -> ParsedDate | None:
        """``اپریل 2022``, ``ستمبر 10، 2023``, ``دسمبر اکتیس تک``, ``نومبر کی سولہ تاریخ``,
        ``ماہ جون``, bare ``جولائی``."""
        pos = i
        prefixed = False
        if self.text(i) in lx.MONTH_PREFIXES and self.month_at(i + 1) is not None:
            prefixed = True
            pos += 1
        found = self.month_at(pos)
        if found is None:
            return None
        word = self.text(pos)
        month, pos = found
        date = ParsedDate(i, pos, "point", month=month)
        day = self.day_at(pos)
        if day is not None and day[0] <= month_days(None, month):
            after = day[1]
            y = self.year_after_month(after, False)
            if y is not None and day[0] <= month_days(None if y.bc else y.value, month):
                return replace(date, end=y.end, day=day[0], year=y.value, bc=y.bc)
            if self.text(after) in lx.MONTH_DAY_CUES:
                return replace(date, end=after, day=day[0])
        if self.text(pos) in lx.GENITIVES:
            day = self.day_at(pos + 1)
            if (
                day is not None
                and self.text(day[1]) in lx.DAY_OF_MONTH
                and day[0] <= month_days(None, month)
            ):
                return replace(date, end=day[1] + 1, day=day[0])
        with_year = self.with_year(date)
        if with_year is not None and with_year.year is not None:
            day = self.day_at(with_year.end)  # نومبر انیس سو چوہتر تیرہ کو
            if (
                day is not None
                and day[0] <= month_days(None if with_year.bc else with_year.year, month)
                and (self.text(day[1]) in lx.MONTH_DAY_CUES or self.u.is_punct(day[1]))
            ):
                return replace(with_year, end=day[1], day=day[0])
            return with_year
        if prefixed:
            return replace(date, score=PREFIXED_MONTH)
        ambiguous = word in lx.AMBIGUOUS_MONTHS
        return replace(
            date, weak="month", ambiguous=ambiguous, score=AMBIGUOUS if ambiguous else WEAK
        )

    def hijri_first(self, i: int) -> ParsedDate | None:
        """``رمضان المبارک``, ``محرم 1445ھ``, ``ماہ رمضان``, ``ربیع الاول میں``."""
        pos = i
        prefixed = False
        if self.text(i) in lx.MONTH_PREFIXES and self.hijri_at(i + 1) is not None:
            prefixed = True
            pos += 1
        found = self.hijri_at(pos)
        if found is None:
            return None
        word = self.text(pos)
        month, end, honorific = found
        found_date = self.with_year(ParsedDate(i, end, "point", month=month, hijri=True))
        if found_date is None:
            return None
        date = found_date
        if date.year is not None or honorific or prefixed:
            return date
        if word in lx.AMBIGUOUS_HIJRI:
            return None
        return replace(date, weak="month", score=WEAK)

    def year_phrase(self, i: int) -> ParsedDate | None:
        """Years (``سنہ 2006``, ``1857ء``, ``1445ھ``, bare ``2016``), decades
        (``1990 کی دہائی``, ``۷۰ کی دہائی``) and ``2013 سال``."""
        y = self.year_at(i)
        if y is None:
            n = self.number_at(i)
            if n is None or n.digits > 2 or n.hundreds or n.thousand:
                return None
            if n.value % 10 or not 10 <= n.value <= 90:
                return None
            if self.text(n.end) in lx.GENITIVES and self.text(n.end + 1) in lx.DECADE:
                return ParsedDate(i, n.end + 2, "decade", year=1900 + n.value)
            return None
        end = y.end
        if (
            not y.hijri
            and not y.bc
            and y.value % 10 == 0
            and self.text(end) in lx.GENITIVES
            and self.text(end + 1) in lx.DECADE
        ):
            return ParsedDate(i, end + 2, "decade", year=y.value)
        date = ParsedDate(i, end, "point", year=y.value, hijri=y.hijri, bc=y.bc)
        month = None if y.hijri else self.month_at(end)
        if month is not None:  # 2023 ستمبر [10]: year first
            day = self.day_at(month[1])
            if day is not None and day[0] <= month_days(y.value, month[0]):
                return replace(date, end=day[1], month=month[0], day=day[0])
            return replace(date, end=month[1], month=month[0])
        if y.marked:
            return date
        nxt = end + 1
        if (
            lx.UNITS.get(self.text(end)) == "Y"
            and y.value >= 1900
            and (nxt >= self.n or self.u.is_punct(nxt) or self.text(nxt) in lx.FOLLOWERS)
        ):
            return replace(date, end=nxt)  # 2013 سال میں
        return replace(date, weak="year", score=WEAK)

    def century(self, i: int) -> ParsedDate | None:
        """``اکیسویں صدی``, ``19 ویں صدی عیسوی``, ``پانچویں صدی قبل مسیح``."""
        t = self.text(i)
        number = lx.ORDINAL.get(t)
        pos = i + 1
        if number is None:
            n = self.number_at(i)
            if n is None or n.digits > 2 or not 1 <= n.value <= 30:
                return None
            number, pos = n.value, n.end
            if self.text(pos) in lx.ORDINAL_SUFFIX:
                pos += 1
            elif not n.digits:
                return None  # دو صدی: a count of centuries
        if self.text(pos) not in lx.CENTURY:
            return None
        pos += 1
        bc = False
        bc_mark = lx.BC.match(self.texts, pos)
        if bc_mark is not None:
            bc = True
            pos = bc_mark[1]
        elif self.text(pos) in lx.CENTURY_AD:
            pos += 1
        if self.text(pos) in lx.AGO:
            return None  # دو صدی قبل: a duration ago, not a century
        return ParsedDate(i, pos, "century", year=number, bc=bc)

    # -- weekdays -------------------------------------------------------------------------
    def weekday_phrase(self, i: int, cued: bool = False) -> ParsedDate | None:
        """``بدھ`` (with a cue: ``بدھ کو``), ``بروز جمعہ``, ``گزشتہ جمعہ``,
        ``پیر، 10 ستمبر``."""
        pos = i
        prefixed = False
        offset: int | None = None
        if self.text(i) in lx.WEEKDAY_PREFIXES:
            prefixed = True
            pos += 1
        else:
            mod = lx.MOD_BEFORE.match(self.texts, i)
            if mod is not None and self.text(mod[1]) in lx.WEEKDAYS:
                offset, pos = mod
        word = self.text(pos)
        weekday = lx.WEEKDAYS.get(word)
        if weekday is None:
            return None
        end = pos + 1
        if self.text(pos - 1) in lx.WEEKDAY_NOT_AFTER and not prefixed and offset is None:
            return None
        if self.text(end) in lx.WEEKDAY_NOT_BEFORE:
            return None
        inner_at = end + 1 if self.text(end) in lx.COMMAS else end
        inner = self.day_first(inner_at) or self.month_first(inner_at)
        if inner is not None and inner.day is not None and offset is None:
            return replace(inner, start=i, weekday=weekday)
        cue = cued or self.weekday_cue(end)
        if (
            self.text(end) in lx.WEEKDAY_WEAK_CUES
            and word not in lx.WEEKDAYS_NOT_BEFORE_WEAK_CUES
            and self.text(pos - 1) not in lx.WEEKDAY_NOT_AFTER_WEAK_CUES
        ):
            cue = True  # بدھ سے برفباری
        if offset is not None and word in lx.UNITS and not cue:
            return None  # گزشتہ ہفتے: last week, not last Saturday
        ambiguous = word in lx.AMBIGUOUS_WEEKDAYS
        if ambiguous and not (prefixed or offset is not None or cue):
            return None
        score = WEEKDAY_CUED if ambiguous and not prefixed and offset is None else WEEKDAY
        return ParsedDate(i, end, "weekday", weekday=weekday, weekday_offset=offset, score=score)

    def weekday_cue(self, end: int, depth: int = 0) -> bool:
        if lx.WEEKDAY_CUES.match(self.texts, end) is not None:
            return True
        if depth == 0 and (
            self.text(end) in lx.LIST or lx.RANGE.match(self.texts, end) is not None
        ):
            after = lx.RANGE.match(self.texts, end)
            nxt = after[1] if after is not None else end + 1
            if self.text(nxt) in lx.WEEKDAYS:
                return (
                    after is not None  # پیر سے جمعہ: a range of weekdays
                    or self.text(nxt) not in lx.AMBIGUOUS_WEEKDAYS
                    or self.weekday_cue(nxt + 1, depth + 1)
                )
        return False

    # -- relative expressions -------------------------------------------------------------
    def relative(self, i: int) -> ParsedDate | None:
        """``آج``, ``کل``, ``گزشتہ روز``, ``گزشتہ سال [جون]``, ``سال رواں``,
        ``اسی سال جنوری``, ``دو سال پہلے``."""
        t = self.text(i)
        phrase = lx.DAY_PHRASES.match(self.texts, i)
        if phrase is not None:
            (offset, period), end = phrase
            return ParsedDate(i, end, "relative", unit="D", offset=offset, period=period)
        if t in lx.DEICTIC:
            if self.text(i + 1) in lx.TODAY_NOT_BEFORE:
                return None
            return ParsedDate(i, i + 1, "relative", unit="D", offset=lx.DEICTIC[t])
        if t in lx.TENSE_DAYS:
            nxt = self.text(i + 1)
            if (
                self.text(i - 1) in lx.KAL_NOT_AFTER
                or nxt in lx.KAL_NOT_BEFORE
                or nxt in lx.CARDINAL
                or self.u.is_number(i + 1)
            ):
                return None
            direction = 1 if self.future_after(i + 1) else -1
            return ParsedDate(
                i, i + 1, "relative", unit="D", offset=direction * lx.TENSE_DAYS[t], score=WEAK
            )
        mod = lx.MOD_BEFORE.match(self.texts, i)
        if mod is not None:
            offset, pos = mod
            unit = lx.UNITS.get(self.text(pos))
            month = self.month_at(pos)
            if month is not None and offset != 0:
                return ParsedDate(i, month[1], "point", month=month[0], month_offset=offset)
            if unit in rel.MODIFIABLE_UNITS:
                if unit == "Y":
                    month = self.month_at(pos + 1)
                    if month is not None:
                        return ParsedDate(i, month[1], "point", month=month[0], year_offset=offset)
                if unit == "M":
                    day = self.day_of_month_after(i, pos + 1, offset)
                    if day is not None:
                        return day
                return ParsedDate(i, pos + 1, "relative", unit=unit, offset=offset)
        unit = lx.UNITS.get(t)
        if unit in rel.MODIFIABLE_UNITS:
            after = lx.MOD_AFTER.match(self.texts, i + 1)
            if after is not None:
                if unit == "M":
                    day = self.day_of_month_after(i, after[1], after[0])
                    if day is not None:
                        return day
                return ParsedDate(i, after[1], "relative", unit=unit, offset=after[0])
        if t in lx.ANAPHORIC and lx.UNITS.get(self.text(i + 1)) == "Y":
            month = self.month_at(i + 2)
            if month is not None:
                return ParsedDate(i, month[1], "point", month=month[0], anaphoric=True)
        n = self.number_at(i)
        if n is not None and not n.thousand and n.hundreds is None and n.value >= 1:
            unit = lx.UNITS.get(self.text(n.end)) or lx.DURATION_UNITS.get(self.text(n.end))
            bc = lx.BC.match(self.texts, n.end + 1)
            if unit == "Y" and bc is not None:  # ۲۳۲ برس قبل مسیح: 232 BC
                return ParsedDate(i, bc[1], "point", year=n.value, bc=True)
            if unit in _AGO_UNITS and self.text(n.end + 1) in lx.AGO:
                return ParsedDate(i, n.end + 2, "relative", unit=unit, offset=-n.value, ago=True)
        return None

    def day_of_month_after(self, i: int, pos: int, offset: int) -> ParsedDate | None:
        """``اس ماہ کی چودہ تاریخ``: the relative month ``[i, pos)`` followed by a day."""
        if self.text(pos) not in lx.GENITIVES:
            return None
        day = self.day_at(pos + 1)
        if day is None or self.text(day[1]) not in lx.DAY_OF_MONTH:
            return None
        return ParsedDate(i, day[1] + 1, "point", day=day[0], month_rel=offset)

    def bare_unit_part(self, i: int) -> ParsedDate | None:
        """``ماہ کے آخر``, ``سال کے آغاز``: a part of the current month or year."""
        if self.text(i) not in lx.BARE_UNITS or self.text(i + 1) not in lx.GENITIVES:
            return None
        prev = self.text(i - 1)
        if prev in lx.BARE_UNIT_NOT_AFTER or prev in lx.CARDINAL or self.u.is_number(i - 1):
            return None
        if lx.MOD_BEFORE.match(self.texts, i - 1) is not None:
            return None
        part = lx.PARTS_AFTER.match(self.texts, i + 2)
        unit = lx.UNITS[self.text(i)]
        if part is None or (unit == "Y" and part[0] not in cal.PART_MONTHS):
            return None
        return ParsedDate(i, part[1], "part", unit=unit, offset=0, part=part[0])

    def duration(self, i: int) -> ParsedDate | None:
        """``دو سال``, ``۵۰۰ برس``, ``ڈیڑھ گھنٹہ``, ``ساڑھے تین سال``, ``سو سال``."""
        t = self.text(i)
        amount: float
        if t in lx.HALF_WORDS:
            amount, end = lx.HALF_WORDS[t] + 0.5, i + 1
        elif t in lx.AND_A_HALF:
            n = self.number_at(i + 1)
            if n is None:
                return None
            amount, end = n.value + 0.5, n.end
        elif t in lx.HUNDRED or t in lx.THOUSAND:
            amount, end = (100 if t in lx.HUNDRED else 1000), i + 1
        else:
            n = self.number_at(i)
            if n is None or n.value < 1 or n.digits > 6:
                return None
            amount, end = n.value, n.end
        unit = lx.DURATION_UNITS.get(self.text(end))
        if unit is None:
            return None
        return ParsedDate(i, end + 1, "duration", unit=unit, amount=amount)

    # -- parts, days of an unnamed month, numeric dates ----------------------------------
    def part_before(self, i: int) -> ParsedDate | None:
        """``وسط اکتوبر``, ``اوائل 2019``."""
        found = lx.PARTS_BEFORE.match(self.texts, i)
        if found is None:
            return None
        part, pos = found
        base = self.month_first(pos)
        if base is not None and base.day is None and base.month is not None:
            return replace(base, start=i, kind="part", part=part, weak=None, score=STRONG, of=base)
        y = self.year_at(pos)
        if y is not None and not y.hijri and part in cal.PART_MONTHS:
            year = ParsedDate(pos, y.end, "point", year=y.value, bc=y.bc)
            return replace(year, start=i, kind="part", part=part, of=year)
        return None

    # -- times of day ---------------------------------------------------------------------
    def time_at(self, i: int, period: str | None = None) -> tuple[int, tuple[int, int]] | None:
        """``(end, (hour, minute))`` of a time of day at ``i``: ``کی شام سات بجے``,
        ``کو صبح 10 بجے``, ``ساڑھے سات بجے``, ``10:30 بجے``, ``دس بج کر تیس منٹ``.
        ``period`` is the part of the day when none is written (``گزشتہ شب 11 بجے``)."""
        pos = i + 1 if self.text(i) in lx.TIME_CUES else i
        written = lx.PERIODS.match(self.texts, pos)
        if written is not None:
            period, pos = written
        minutes = 0
        if self.text(pos) in lx.MINUTES_BEFORE:
            minutes = lx.MINUTES_BEFORE[self.text(pos)]
            pos += 1
        t = self.text(pos)
        if t in lx.HALF_WORDS and not minutes:
            hour, minutes, pos = lx.HALF_WORDS[t], 30, pos + 1
        elif self.u.is_number(pos) and ":" in t:
            hh, _, mm = t.partition(":")
            if not (hh.isdigit() and mm.isdigit() and len(mm) == 2) or minutes:
                return None
            hour, minutes, pos = int(hh), int(mm), pos + 1
        else:
            n = self.number_at(pos)
            if n is None or n.hundreds is not None or n.thousand or n.digits > 2:
                return None
            hour, pos = n.value, n.end
        if self.text(pos) in lx.O_CLOCK:
            pos += 1
        else:
            joined = lx.HOUR_AND.match(self.texts, pos)
            n = self.number_at(joined[1]) if joined is not None and not minutes else None
            if n is None or not 0 <= n.value < 60 or self.text(n.end) not in lx.MINUTE_WORDS:
                return None
            minutes, pos = n.value, n.end + 1
        if minutes < 0:
            hour, minutes = hour - 1, 60 + minutes
        if not (0 <= hour <= 23 and 0 <= minutes < 60):
            return None
        if period is not None and hour <= 12:
            if hour in tod.PM_HOURS[period]:
                hour += 12
            elif hour == 12 and period in tod.MIDNIGHT_PERIODS:
                hour = 24
        if hour == 24 and minutes:
            return None
        return pos, (hour, minutes)

    def day_only(self, i: int) -> ParsedDate | None:
        """``16 تاریخ``: a day of an unnamed month."""
        found = self.day_at(i)
        if found is None or self.text(found[1]) not in lx.DAY_OF_MONTH:
            return None
        return ParsedDate(i, found[1] + 1, "point", day=found[0], score=WEAK)

    def numeric(self, i: int) -> ParsedDate | None:
        """``10/09/2023``, ``10-09-2023``, ``10.09.2023``, ``2023-09-10``, and day-first with a
        two-digit year (``28/11/63``, ``28.11.63``; with ``-`` only as ``28-11-63``)."""
        if not self.u.is_number(i):
            return None
        t = self.text(i)
        fields: list[str]
        end = i + 1
        sep = "."
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
        sizes = [len(f) for f in fields]
        if sizes[0] == 4 and sizes[1] <= 2 and sizes[2] <= 2:
            y, m, d = (int(f) for f in fields)
        elif sizes[2] == 4 and sizes[0] <= 2 and sizes[1] <= 2:
            d, m, y = (int(f) for f in fields)
        elif (
            sizes[2] == 2 and sizes[0] <= 2 and sizes[1] <= 2 and (sep != "-" or sizes == [2, 2, 2])
        ):
            d, m = int(fields[0]), int(fields[1])
            y = two_digit_year(int(fields[2]), self.ref)
        else:
            return None
        if not (1 <= m <= 12 and 1 <= d <= month_days(y, m) and 1000 <= y <= 2100):
            return None
        if self.text(end) in lx.JOINERS or self.text(i - 1) in lx.JOINERS:
            return None
        return ParsedDate(i, end, "point", year=y, month=m, day=d)
