"""English for the date values: the words of the ``canonical`` rendering of a date. Pure data.

The Urdu words are in :mod:`.calendar`, :mod:`.numbers`, :mod:`.relative_dates` and
:mod:`.time_of_day`; like dateparser's per-language files, each table is keyed by the
language-independent value (month 1–12, ISO weekday, unit, part) so that another output
language is another module of this shape.
"""

from __future__ import annotations

MONTH_NAMES: dict[int, str] = {
    1: "January",
    2: "February",
    3: "March",
    4: "April",
    5: "May",
    6: "June",
    7: "July",
    8: "August",
    9: "September",
    10: "October",
    11: "November",
    12: "December",
}

HIJRI_MONTH_NAMES: dict[int, str] = {
    1: "Muharram",
    2: "Safar",
    3: "Rabi' al-Awwal",
    4: "Rabi' al-Thani",
    5: "Jumada al-Awwal",
    6: "Jumada al-Thani",
    7: "Rajab",
    8: "Sha'ban",
    9: "Ramadan",
    10: "Shawwal",
    11: "Dhu al-Qa'dah",
    12: "Dhu al-Hijjah",
}

#: ISO numbering, Monday = 1.
WEEKDAY_NAMES: dict[int, str] = {
    1: "Monday",
    2: "Tuesday",
    3: "Wednesday",
    4: "Thursday",
    5: "Friday",
    6: "Saturday",
    7: "Sunday",
}

#: Each part of a month or year (keys of ``calendar.PART_DAYS``): ``{}`` is the month or year.
PART: dict[str, str] = {
    "early": "early {}",
    "mid": "mid-{}",
    "late": "late {}",
    "week1": "first week of {}",
    "week2": "second week of {}",
    "week3": "third week of {}",
    "lastweek": "last week of {}",
    "decad1": "first ten days of {}",
    "decad2": "second ten days of {}",
    "decad3": "last ten days of {}",
}

#: Calendar units (``relative_dates.UNITS``) and duration units (``relative_dates.DURATION_UNITS``).
UNIT: dict[str, str] = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Y": "year",
    "H": "hour",
    "MIN": "minute",
    "S": "second",
    "DECADE": "decade",
    "CENTURY": "century",
}
#: Plural forms that are not the singular plus ``s``.
UNIT_PLURAL: dict[str, str] = {"CENTURY": "centuries"}

#: A unit shifted from the reference: ``{}`` is the unit or a month name.
OFFSET: dict[int, str] = {-1: "last {}", 0: "this {}", 1: "next {}"}
#: A month of a relative year: ``{month} {offset phrase}`` ("June last year").
MONTH_OF_YEAR: str = "{} {}"
#: A day of a relative month: ``{}`` is the offset phrase ("the 14th of this month").
DAY_OF_MONTH: str = "the {} of {}"
#: Named days relative to today.
DAY_OFFSET: dict[int, str] = {
    -3: "three days ago",
    -2: "the day before yesterday",
    -1: "yesterday",
    0: "today",
    1: "tomorrow",
    2: "the day after tomorrow",
    3: "in three days",
}
#: Days relative to today named with a time of day (``گزشتہ شب``): (offset, period).
DAY_PERIOD: dict[tuple[int, str], str] = {(-1, "night"): "last night"}
AGO: str = "{} ago"
AGO_ONE: str = "a {} ago"
#: A time of day after the date: ``{date}, {hh:mm}``.
TIME: str = "{}, {:02d}:{:02d}"
BC: str = "BC"
AH: str = "AH"
CENTURY: str = "{} century"
DECADE: str = "{}s"
