"""Calendars: Gregorian month lengths and the Islamic (Hijri) calendar.

The Hijri calendar here is the tabular (arithmetic) one: civil epoch, leap years 2, 5, 7, 10,
13, 16, 18, 21, 24, 26, 29 of each 30-year cycle.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "gregorian_to_hijri",
    "hijri_month_length",
    "hijri_to_gregorian",
    "month_days",
]


def month_days(year: int | None, month: int) -> int:
    """Days in a Gregorian month; February has 29 when the year is not known."""
    if month == 2:
        if year is None:
            return 29
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


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
