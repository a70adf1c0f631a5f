"""Times of day written after a date (``منگل کی شام سات بجے``, ``9 ستمبر کو صبح 10 بجے``).
Pure data; the grammar attaches the time to the date's value (``T19:00``).
"""

from __future__ import annotations

#: Parts of the day, each with the key the hour rules below use.
PERIODS: dict[str, str] = {
    "صبح": "morning",
    "علی الصبح": "morning",
    "صبح سویرے": "morning",
    "دوپہر": "noon",
    "دو پہر": "noon",
    "سہ پہر": "afternoon",
    "سہہ پہر": "afternoon",
    "شام": "evening",
    "رات": "night",
    "شب": "night",
}

#: Hours (as written, 1–12) that are afternoon or evening hours in each part of the day: 12 is
#: added to them (``شام سات بجے`` 19:00, ``رات دس بجے`` 22:00, but ``رات دو بجے`` 02:00).
PM_HOURS: dict[str, frozenset[int]] = {
    "morning": frozenset(),
    "noon": frozenset(range(1, 6)),
    "afternoon": frozenset(range(1, 12)),
    "evening": frozenset(range(1, 12)),
    "night": frozenset(range(6, 12)),
}

#: Parts of the day in which ``12 بجے`` is midnight, the end of the day (``T24:00``).
MIDNIGHT_PERIODS: frozenset[str] = frozenset({"night"})

#: Words after the hour: ``سات بجے`` (seven o'clock).
O_CLOCK: tuple[str, ...] = ("بجے",)

#: ``دس بج کر تیس منٹ`` (10:30): the words between the hour and the minutes, and after them.
HOUR_AND: tuple[str, ...] = ("بج کر", "بجکر")
MINUTE_WORDS: tuple[str, ...] = ("منٹ",)

#: Words before the hour that add or take minutes: ``ساڑھے سات`` 7:30, ``سوا سات`` 7:15,
#: ``پونے سات`` 6:45.
MINUTES_BEFORE: dict[str, int] = {"ساڑھے": 30, "سوا": 15, "پونے": -15}

#: Words between a date and its time: ``9 ستمبر کو صبح``, ``منگل کی شام``.
TIME_CUES: tuple[str, ...] = ("کو", "کی", "کے")
