"""Calendars: Gregorian month lengths, two-digit years, and the Islamic (Hijri) calendar.

Hijri dates are converted with the Umm al-Qura calendar of Saudi Arabia, as computed by the
maintained ``hijridate`` package, for the years it covers (1343–1500 AH, 1924–2077 CE);
outside them, with the tabular (arithmetic) Islamic calendar. Pakistan follows its own moon
sighting (Ruet-e-Hilal), which usually starts a month one day, sometimes two, after Umm
al-Qura: 12 Rabi' al-Awwal 1445 was 27 September 2023 by Umm al-Qura and was observed in
Pakistan on 29 September. ``hijri_offset`` (days added) approximates a local calendar.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

__all__ = [
    "gregorian_to_hijri",
    "hijri_month_length",
    "hijri_to_gregorian",
    "month_days",
    "tabular_gregorian_to_hijri",
    "tabular_hijri_month_length",
    "tabular_hijri_to_gregorian",
    "two_digit_year",
]

#: Hijri years the Umm al-Qura tables cover (``hijridate``); others use the tabular calendar.
UMM_AL_QURA_YEARS = range(1343, 1501)
_UMM_AL_QURA_DAYS = (dt.date(1924, 8, 1), dt.date(2077, 11, 16))

#: Without a reference date, two-digit years fall in the 100 years before 2031 (see
#: :func:`two_digit_year`).
DEFAULT_PIVOT_YEAR = 2011


def month_days(year: int | None, month: int) -> int:
    """Days in a Gregorian month; February has 29 when the year is not known."""
    if month == 2:
        if year is None:
            return 29
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def two_digit_year(yy: int, reference: dt.date | None = None) -> int:
    """The full year of a two-digit year in a numeric date (``28/11/63``).

    As CLDR/ICU date parsing does: the year within 80 years before and 20 years after the
    reference date's year; without a reference date, after 2011 (so 1931–2030).
    """
    pivot = reference.year if reference is not None else DEFAULT_PIVOT_YEAR
    low = pivot - 80
    year = low - low % 100 + yy
    return year if year >= low else year + 100


# -- the Islamic calendar ------------------------------------------------------------------


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Hijri date: Umm al-Qura where covered, else tabular.

    Raises:
        ValueError: the day does not exist in that month.
    """
    if year in UMM_AL_QURA_YEARS:
        try:
            g = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError) as exc:
            raise ValueError(str(exc)) from None
        return dt.date(g.year, g.month, g.day)
    if not 1 <= month <= 12 or not 1 <= day <= tabular_hijri_month_length(year, month):
        raise ValueError(f"no day {day} in month {month} of {year} AH")
    return tabular_hijri_to_gregorian(year, month, day)


def hijri_month_length(year: int, month: int) -> int:
    """Days in a Hijri month (Umm al-Qura where covered, else tabular)."""
    if year in UMM_AL_QURA_YEARS:
        return int(Hijri(year, month, 1).month_length())
    return tabular_hijri_month_length(year, month)


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Inverse of :func:`hijri_to_gregorian`: ``(year, month, day)``."""
    if _UMM_AL_QURA_DAYS[0] <= date <= _UMM_AL_QURA_DAYS[1]:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
        return h.year, h.month, h.day
    return tabular_gregorian_to_hijri(date)


_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, proleptic Gregorian


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Hijri date in the arithmetic (tabular) Islamic calendar: civil
    epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle."""
    ordinal = (
        day
        + (59 * (month - 1) + 1) // 2
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + _HIJRI_EPOCH
        - 1
    )
    return dt.date.fromordinal(ordinal)


def tabular_hijri_month_length(year: int, month: int) -> int:
    """Days in a Hijri month of the tabular calendar."""
    if month == 12:
        return 30 if (14 + 11 * year) % 30 < 11 else 29
    return 30 if month % 2 else 29


def tabular_gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Inverse of :func:`tabular_hijri_to_gregorian`: ``(year, month, day)``."""
    days = date.toordinal() - _HIJRI_EPOCH
    year = (30 * days + 10646) // 10631
    while tabular_hijri_to_gregorian(year + 1, 1, 1) <= date:
        year += 1
    while tabular_hijri_to_gregorian(year, 1, 1) > date:
        year -= 1
    month = 12
    while month > 1 and tabular_hijri_to_gregorian(year, month, 1) > date:
        month -= 1
    return year, month, (date - tabular_hijri_to_gregorian(year, month, 1)).days + 1
