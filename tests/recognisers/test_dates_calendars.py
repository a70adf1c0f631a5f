"""Calendars: Hijri dates by Umm al-Qura (``hijridate``) against published dates, the
tabular fallback, and the century of two-digit years."""

from __future__ import annotations

import datetime as dt

import pytest

from urdu_entities.recognisers.dates import (
    find_dates,
    gregorian_to_hijri,
    hijri_month_length,
    hijri_to_gregorian,
)
from urdu_entities.recognisers.dates.calendars import two_digit_year
from urdu_entities.text.document import Document

#: Published dates: the Umm al-Qura calendar of Saudi Arabia, and the day observed in
#: Pakistan (Ruet-e-Hilal committee), which follows its own moon sighting.
PUBLISHED = [
    # (Hijri date, Umm al-Qura, observed in Pakistan)
    ((1445, 3, 12), dt.date(2023, 9, 27), dt.date(2023, 9, 29)),  # Eid Milad-un-Nabi
    ((1444, 12, 10), dt.date(2023, 6, 28), dt.date(2023, 6, 29)),  # Eid al-Adha
    ((1445, 9, 1), dt.date(2024, 3, 11), dt.date(2024, 3, 12)),  # 1 Ramadan
    ((1445, 10, 1), dt.date(2024, 4, 10), dt.date(2024, 4, 10)),  # Eid al-Fitr
    ((1445, 1, 10), dt.date(2023, 7, 28), dt.date(2023, 7, 29)),  # Ashura
]


@pytest.mark.parametrize(("hijri", "umm_al_qura", "pakistan"), PUBLISHED)
def test_umm_al_qura_and_the_pakistani_offset(
    hijri: tuple[int, int, int], umm_al_qura: dt.date, pakistan: dt.date
) -> None:
    assert hijri_to_gregorian(*hijri) == umm_al_qura
    assert gregorian_to_hijri(umm_al_qura) == hijri
    # The documented limit: Pakistan's sighting is the same day or up to two days later.
    assert 0 <= (pakistan - umm_al_qura).days <= 2


def test_twelfth_rabi_al_awwal_in_text() -> None:
    doc = Document.from_text("12 ربیع الاول 1445ھ کو عید میلاد النبی منائی گئی")
    (c,) = find_dates(doc)
    assert c.value == "2023-09-27"
    (observed,) = find_dates(doc, hijri_offset=2)
    assert observed.value == "2023-09-29"


def test_month_lengths_and_years() -> None:
    assert hijri_month_length(1445, 3) == 30
    total = sum(hijri_month_length(1445, m) for m in range(1, 13))
    assert hijri_to_gregorian(1446, 1, 1) - hijri_to_gregorian(1445, 1, 1) == dt.timedelta(total)
    with pytest.raises(ValueError):
        hijri_to_gregorian(1445, 3, 31)


def test_outside_umm_al_qura_the_tabular_calendar() -> None:
    # 1040 AH is before the Umm al-Qura tables (1343–1500 AH).
    assert hijri_to_gregorian(1040, 1, 1) == dt.date(1630, 8, 10)
    assert gregorian_to_hijri(dt.date(1630, 8, 10)) == (1040, 1, 1)
    doc = Document.from_text("۱۰۴۰ ؁ھ میں")
    assert [c.value for c in find_dates(doc)] == ["1630-08-10/1631-07-29"]


def test_impossible_hijri_day_keeps_the_hijri_value() -> None:
    # Muharram 1445 has 29 days by Umm al-Qura: no Gregorian day to give.
    assert hijri_month_length(1445, 1) == 29
    (c,) = find_dates(Document.from_text("30 محرم 1445ھ کو"))
    assert c.value == "AH:1445-01-30"


@pytest.mark.parametrize(
    ("yy", "reference", "year"),
    [
        (63, None, 1963),
        (30, None, 2030),
        (31, None, 1931),
        (0, None, 2000),
        (63, dt.date(2023, 9, 5), 1963),
        (42, dt.date(2023, 9, 5), 2042),
        (43, dt.date(2023, 9, 5), 1943),
        (10, dt.date(2095, 1, 1), 2110),
    ],
)
def test_two_digit_years(yy: int, reference: dt.date | None, year: int) -> None:
    assert two_digit_year(yy, reference) == year


def test_two_digit_year_in_text_follows_the_reference() -> None:
    doc = Document.from_text("28/11/35 کو")
    assert [c.value for c in find_dates(doc)] == ["1935-11-28"]
    assert [c.value for c in find_dates(doc, dt.date(2030, 1, 1))] == ["2035-11-28"]
