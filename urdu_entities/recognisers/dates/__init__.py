"""Urdu date recognition and normalisation.

:func:`find_dates` scans a :class:`~urdu_entities.text.document.Document` and proposes a
:class:`~urdu_entities.text.candidate.Candidate` with ``label=Label.DATE`` for every date
expression, with ``value`` (ISO 8601, ``X`` for unknown digits, see ``docs/dates.md``) and
``canonical`` (an English rendering). :class:`DateRecogniser` is the pipeline component.

Where things are:

- :mod:`.grammar` — what a date looks like: numbers, days, months, years, weekdays,
  relative expressions, parts, decades, centuries, numeric dates;
- :mod:`.scanner` — ranges and lists, the context weak forms need, the scan loop;
- :mod:`.values` — ISO values and English renderings;
- :mod:`.calendars` — Gregorian month lengths, two-digit years, the Hijri calendar
  (Umm al-Qura by ``hijridate``);
- :mod:`.lexicon` — the words, read from :mod:`urdu_entities.lang` (``calendar``,
  ``numbers``, ``relative_dates``, ``date_context``); :mod:`.units` — the word stream, with
  glued words split by :mod:`urdu_entities.text.segment`.
"""

from __future__ import annotations

from urdu_entities.recognisers.dates.calendars import (
    gregorian_to_hijri,
    hijri_month_length,
    hijri_to_gregorian,
)
from urdu_entities.recognisers.dates.recogniser import DateRecogniser, date_kinds, find_dates
from urdu_entities.recognisers.dates.scanner import DEFAULT_KINDS

__all__ = [
    "DEFAULT_KINDS",
    "DateRecogniser",
    "date_kinds",
    "find_dates",
    "gregorian_to_hijri",
    "hijri_month_length",
    "hijri_to_gregorian",
]
