"""Values and English: the ISO 8601 value of a parsed date and its English rendering.

``X`` stands for unknown digits (``XXXX-09-10``). A date that depends on the reference date
keeps a symbolic value when there is none, written by this grammar::

    REF ("+" | "-") "P" n U [ "-" MM | "-" DD ] [ "-" part ] [ "T" hh ":" mm ]

``REF±PnU`` is the unit ``U`` (``D`` day, ``W`` week, ``M`` month, ``Y`` year) ``n`` units
from the reference date; ``-MM`` a month of that year (``REF-P1Y-06``, June last year),
``-DD`` a day of that month (``REF+P0M-14``), ``-part`` a part of it (``REF+P0M-late``) and
``Thh:mm`` a time of day. With a reference date every such value is a plain ISO date. The
formats are documented in ``docs/dates.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from urdu_entities.lang import calendar as cal
from urdu_entities.lang import dates_en as en
from urdu_entities.recognisers.dates.calendars import (
    hijri_month_length,
    hijri_to_gregorian,
    month_days,
)
from urdu_entities.recognisers.dates.parsed import ParsedDate


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_year(year: int | None, bc: bool) -> str:
    if year is None:
        return "XXXX"
    if bc:
        return f"-{year - 1:04d}"
    return f"{year:04d}"


def symbolic(unit: str, offset: int) -> str:
    """``REF±PnU``."""
    sign = "-" if offset < 0 else "+"
    return f"REF{sign}P{abs(offset)}{unit}"


def explicit_year(d: ParsedDate) -> int | None:
    """The Gregorian year a date writes out (the last one, for a range or list)."""
    if d.kind in ("range", "set"):
        return explicit_year(d.items[-1])
    if d.kind in ("point", "part") and d.year is not None and not d.hijri and not d.bc:
        return d.year
    return None


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


class Renderer:
    """Renders the dates of one document, in text order.

    ``reference_date`` resolves relative dates; ``future_after(unit)`` tells whether the
    sentence goes on in the future tense (it decides which way a weekday points); Hijri
    dates are moved by ``hijri_offset`` days. The year of the last date written with one is
    remembered for ``اسی سال`` ("that same year").
    """

    def __init__(
        self,
        reference_date: dt.date | None,
        future_after: Callable[[int], bool],
        *,
        hijri_offset: int = 0,
    ) -> None:
        self.ref = reference_date
        self.future_after = future_after
        self.hijri_offset = dt.timedelta(days=hijri_offset)
        self.last_year: int | None = None

    def saw(self, d: ParsedDate) -> None:
        """Remember ``d``'s year for the dates after it."""
        year = explicit_year(d)
        if year is not None:
            self.last_year = year

    def year_of(self, d: ParsedDate) -> int | None:
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

    def render(self, d: ParsedDate) -> tuple[str, str]:
        """``(value, canonical)``."""
        if d.kind == "range":
            return self.render_range(d)
        if d.kind == "set":
            values = [self.render(item)[0] for item in d.items]
            first = d.items[-1]
            month = en.MONTH_NAMES.get(first.month or 0, "")
            if first.hijri:
                month = en.HIJRI_MONTH_NAMES.get(first.month or 0, "")
            days = [str(item.day) for item in d.items]
            year = f" {first.year}" if first.year is not None else ""
            canonical = f"{', '.join(days[:-1])} and {days[-1]} {month}{year}"
            return "{" + ",".join(values) + "}", canonical
        if d.kind == "duration":
            return self.duration(d)
        lo, hi, canonical = self.bounds(d)
        if d.time is not None:
            hour, minute = d.time
            clock = f"T{hour:02d}:{minute:02d}"
            lo = hi = lo + clock
            canonical = en.TIME.format(canonical, hour, minute)
        return (lo if lo == hi else f"{lo}/{hi}"), canonical

    def render_range(self, d: ParsedDate) -> tuple[str, str]:
        a, b = d.items
        lo, _, ca = self.bounds(a)
        _, hi, cb = self.bounds(b)
        canonical = f"{ca} – {cb}"
        if a.kind == "point" and a.day is not None and a.weekday is None and b.weekday is None:
            month_names = en.HIJRI_MONTH_NAMES if a.hijri else en.MONTH_NAMES
            same_year = self.year_of(a) == self.year_of(b)
            if same_year and a.month == b.month and b.day is not None:
                canonical = f"{a.day}–{cb}"
            elif same_year and b.day is not None and a.month is not None:
                canonical = f"{a.day} {month_names[a.month]} – {cb}"
        return f"{lo}/{hi}", canonical

    def bounds(self, d: ParsedDate) -> tuple[str, str, str]:
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
            return value, value, en.DECADE.format(year)
        if d.kind == "century":
            number = d.year or 0
            value = f"-{number - 1:02d}XX" if d.bc else f"{number - 1:02d}XX"
            canonical = en.CENTURY.format(ordinal_en(number)) + (f" {en.BC}" if d.bc else "")
            return value, value, canonical
        value, canonical = self.render(d)
        return value, value, canonical

    def bounds_point(self, d: ParsedDate) -> tuple[str, str, str]:
        if d.hijri:
            return self.bounds_hijri(d)
        if d.month_rel is not None:
            return self.bounds_day_of_relative_month(d)
        year = self.year_of(d)
        if year is None and d.year_offset is not None:
            ys = symbolic("Y", d.year_offset)  # REF-P1Y-06: June last year
        else:
            ys = fmt_year(year, d.bc)
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
            words.append(f"the {ordinal_en(d.day)}")
        elif d.day is not None:
            words.append(str(d.day))
        if d.month is not None:
            words.append(en.MONTH_NAMES[d.month])
        if d.year is not None:
            words.append(f"{d.year} {en.BC}" if d.bc else str(d.year))
        elif d.year_offset is not None:
            words.append(en.OFFSET[d.year_offset].format(en.UNIT["Y"]))
        elif d.month_offset is not None:
            words[-1:] = [en.OFFSET[d.month_offset].format(words[-1])]
        elif d.anaphoric:
            words.append(str(year) if year is not None else "that year")
        canonical = " ".join(words)
        if d.weekday is not None:
            canonical = f"{en.WEEKDAY_NAMES[d.weekday]}, {canonical}"
        return value, value, canonical

    def bounds_day_of_relative_month(self, d: ParsedDate) -> tuple[str, str, str]:
        offset = d.month_rel or 0
        day = d.day or 1
        canonical = en.DAY_OF_MONTH.format(ordinal_en(day), en.OFFSET[offset].format("month"))
        if self.ref is None:
            value = f"{symbolic('M', offset)}-{day:02d}"
            return value, value, canonical
        months = self.ref.year * 12 + self.ref.month - 1 + offset
        year, month = months // 12, months % 12 + 1
        value = f"{year:04d}-{month:02d}-{min(day, month_days(year, month)):02d}"
        return value, value, canonical

    def bounds_hijri(self, d: ParsedDate) -> tuple[str, str, str]:
        month = d.month
        words = [str(d.day)] if d.day is not None else []
        if month is not None:
            words.append(en.HIJRI_MONTH_NAMES[month])
        if d.year is not None:
            words.append(f"{d.year} {en.AH}")
        canonical = " ".join(words)
        if d.weekday is not None:
            canonical = f"{en.WEEKDAY_NAMES[d.weekday]}, {canonical}"
        if d.year is None:
            value = f"AH:XXXX-{month:02d}" if month is not None else "AH:XXXX"
            if d.day is not None:
                value += f"-{d.day:02d}"
            return value, value, canonical
        try:
            if month is None:
                lo = hijri_to_gregorian(d.year, 1, 1)
                hi = hijri_to_gregorian(d.year, 12, hijri_month_length(d.year, 12))
            elif d.day is None:
                lo = hijri_to_gregorian(d.year, month, 1)
                hi = hijri_to_gregorian(d.year, month, hijri_month_length(d.year, month))
            else:
                lo = hi = hijri_to_gregorian(d.year, month, d.day)
        except ValueError:  # 30 Safar in a year whose Safar has 29 days
            value = f"AH:{d.year:04d}-{month or 0:02d}-{d.day or 0:02d}"
            return value, value, canonical
        lo, hi = lo + self.hijri_offset, hi + self.hijri_offset
        return lo.isoformat(), hi.isoformat(), canonical

    def bounds_part(self, d: ParsedDate) -> tuple[str, str, str]:
        part = d.part or ""
        if d.unit is not None:
            return self.bounds_relative_part(d, part)
        year = self.year_of(d)
        base = replace(d, kind="point", part=None)
        base_value, _, base_en = self.bounds_point(base)
        canonical = en.PART[part].format(base_en)
        if year is None and d.year_offset is not None:  # late June last year, no reference
            value = f"{base_value}-{part}"
            return value, value, canonical
        ys = fmt_year(year, d.bc)
        if d.month is None:
            first, last = cal.PART_MONTHS[part]
            return f"{ys}-{first:02d}", f"{ys}-{last:02d}", canonical
        return (*self.part_days(ys, None if d.bc else year, d.month, part), canonical)

    @staticmethod
    def part_days(ys: str, year: int | None, month: int, part: str) -> tuple[str, str]:
        days = month_days(year, month)
        first_day, last_day = cal.PART_DAYS[part]
        if first_day < 0:
            first_day = days + first_day
        if last_day is None:
            last_day = days
        prefix = f"{ys}-{month:02d}"
        return f"{prefix}-{first_day:02d}", f"{prefix}-{last_day:02d}"

    def bounds_relative_part(self, d: ParsedDate, part: str) -> tuple[str, str, str]:
        """A part of a relative month or year (``رواں ماہ کے آخر``, ``ماہ کے آخر``)."""
        unit = d.unit or "M"
        canonical = en.PART[part].format(en.OFFSET[d.offset].format(en.UNIT[unit]))
        if self.ref is None:
            value = f"{symbolic(unit, d.offset)}-{part}"
            return value, value, canonical
        if unit == "Y":
            year = self.ref.year + d.offset
            first, last = cal.PART_MONTHS[part]
            return f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}", canonical
        months = self.ref.year * 12 + self.ref.month - 1 + d.offset
        year, month = months // 12, months % 12 + 1
        return (*self.part_days(f"{year:04d}", year, month, part), canonical)

    def bounds_weekday(self, d: ParsedDate) -> tuple[str, str, str]:
        weekday = d.weekday or 1
        name = en.WEEKDAY_NAMES[weekday]
        canonical = name
        if d.weekday_offset is not None:
            canonical = en.OFFSET[d.weekday_offset].format(name)
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

    def relative_value(self, d: ParsedDate) -> tuple[str, str]:
        unit = d.unit or "D"
        offset = d.offset
        if d.period is not None and (offset, d.period) in en.DAY_PERIOD:
            canonical = en.DAY_PERIOD[offset, d.period]
        elif d.ago:
            count = -offset
            if count == 1:
                canonical = en.AGO_ONE.format(en.UNIT[unit])
            else:
                canonical = en.AGO.format(f"{count} {en.UNIT[unit]}s")
        elif unit == "D":
            canonical = en.DAY_OFFSET.get(offset, f"{offset:+d} days")
        else:
            canonical = en.OFFSET[offset].format(en.UNIT[unit])
        if self.ref is None:
            return symbolic(unit, offset), canonical
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

    def duration(self, d: ParsedDate) -> tuple[str, str]:
        """``P2Y``, ``PT4H``, ``P1.5Y``; ``2 years``."""
        unit = d.unit or "Y"
        amount = d.amount or 0
        scale = {"DECADE": ("Y", 10), "CENTURY": ("Y", 100)}.get(unit)
        if scale is not None:
            designator, count = scale[0], _number(amount * scale[1])
        else:
            designator, count = unit, _number(amount)
        time = designator in ("H", "MIN", "S")
        value = f"P{'T' if time else ''}{count}{'M' if designator == 'MIN' else designator}"
        name = en.UNIT[unit]
        if amount != 1:
            name = en.UNIT_PLURAL.get(unit, f"{name}s")
        return value, f"{_number(amount)} {name}"
