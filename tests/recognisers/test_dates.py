"""Tests for the Urdu date recogniser (``urdu_entities.recognisers.dates``)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from pathlib import Path

import pytest

from urdu_entities.lang import (
    calendar,
    date_context,
    dates_en,
    numbers,
    relative_dates,
    time_of_day,
)
from urdu_entities.models import Label
from urdu_entities.recognisers import dates as dates_module
from urdu_entities.recognisers.dates import find_dates
from urdu_entities.recognisers.dates.calendars import (
    tabular_gregorian_to_hijri,
    tabular_hijri_month_length,
    tabular_hijri_to_gregorian,
)
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "dates.md"
SEED = next(
    (
        path
        for path in (
            ROOT.parent / "shared" / "seed" / "article_ur.txt",
            Path("/work/shared/seed/article_ur.txt"),
        )
        if path.exists()
    ),
    ROOT / "missing-seed-article.txt",
)
REF = dt.date(2023, 9, 5)


def dates(text: str, reference_date: dt.date | None = None) -> list[tuple[str, str, str]]:
    """``(original span text, value, canonical)`` for every date in ``text``."""
    doc = Document.from_text(text)
    out = []
    for c in find_dates(doc, reference_date):
        start, end = doc.original_span(c.start, c.end)
        out.append((text[start:end], c.value or "", c.canonical or ""))
    return out


def one(text: str, reference_date: dt.date | None = None) -> tuple[str, str, str]:
    found = dates(text, reference_date)
    assert len(found) == 1, found
    return found[0]


def span_value(text: str, reference_date: dt.date | None = None) -> tuple[str, str]:
    span, value, _ = one(text, reference_date)
    return span, value


# -- the docs table --------------------------------------------------------------------------


def _table(name: str) -> list[list[str]]:
    content = DOCS.read_text(encoding="utf-8")
    match = re.search(f"<!-- {name}:start -->(.*?)<!-- {name}:end -->", content, re.S)
    assert match, f"no {name} table in docs/dates.md"
    rows = []
    for line in match.group(1).strip().splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rows.append(cells)
    assert rows
    return rows


def _examples() -> list[list[str]]:
    return _table("examples")


def _negatives() -> list[list[str]]:
    return _table("negatives")


@pytest.mark.parametrize("row", _examples(), ids=lambda row: row[0])
def test_docs_examples(row: list[str]) -> None:
    text, span, value, canonical, kind, reference = row
    ref = dt.date.fromisoformat(reference) if reference else None
    doc = Document.from_text(text)
    found = []
    for c in find_dates(doc, ref, kinds="all" if kind == "duration" else True):
        start, end = doc.original_span(c.start, c.end)
        found.append((text[start:end], c.value, c.canonical, str(c.date_kind)))
    assert found == [(span, value, canonical, kind)]


@pytest.mark.parametrize("row", _negatives(), ids=lambda row: row[0])
def test_docs_negatives(row: list[str]) -> None:
    assert dates(row[0]) == []
    assert dates(row[0], REF) == []


def test_docs_are_nfc() -> None:
    content = DOCS.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", content) == content


# -- candidates ------------------------------------------------------------------------------


def test_candidate_fields() -> None:
    text = "اجلاس 10 سے 13 ستمبر تک جاری رہے گا۔"
    doc = Document.from_text(text)
    (c,) = find_dates(doc)
    assert isinstance(c, Candidate)
    assert c.label is Label.DATE
    assert c.source == "dates"
    assert c.score == pytest.approx(0.9)
    assert c.value == "XXXX-09-10/XXXX-09-13"
    assert c.canonical == "10–13 September"
    assert doc.text[c.start : c.end] == "10 سے 13 ستمبر"
    assert (c.tok_start, c.tok_end) == doc.token_range(c.start, c.end)
    assert [doc.word(i) for i in range(c.tok_start, c.tok_end)] == ["10", "سے", "13", "ستمبر"]


def test_scores_order_strong_weak_ambiguous() -> None:
    def score(text: str) -> float:
        (c,) = find_dates(Document.from_text(text))
        return c.score

    assert score("9 ستمبر کو") == pytest.approx(0.9)
    assert score("2016 میں") < 0.9
    assert score("جولائی میں") < 0.9
    assert score("جون میں") < score("جولائی میں")
    assert score("بدھ کو") < 0.9


def test_candidates_sorted_and_disjoint() -> None:
    text = "بدھ کو 9 ستمبر کو، 2016 میں اور جولائی میں؛ گزشتہ سال جون میں 10 سے 13 ستمبر تک"
    found = find_dates(Document.from_text(text))
    assert len(found) == 6
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


# -- offsets map back to the original --------------------------------------------------------


def test_offsets_with_diacritics_and_tatweel() -> None:
    text = "اجلاس ۱۰ سِتـمبر ۲۰۲۳ء کو ہوا"
    doc = Document.from_text(text)
    (c,) = find_dates(doc)
    start, end = doc.original_span(c.start, c.end)
    assert text[start:end] == "۱۰ سِتـمبر ۲۰۲۳ء"
    assert c.value == "2023-09-10"


def test_offsets_with_arabic_letters() -> None:
    text = "وہ ٢٥ اكتوبر كو آئے"
    assert one(text) == ("٢٥ اكتوبر", "XXXX-10-25", "25 October")


# -- digits in three scripts, glued digits ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["25 اکتوبر 2023 کو", "۲۵ اکتوبر ۲۰۲۳ کو", "٢٥ اکتوبر ٢٠٢٣ کو", "25اکتوبر2023 کو"],
)
def test_digit_scripts(text: str) -> None:
    assert one(text)[1:] == ("2023-10-25", "25 October 2023")


def test_glued_digits_and_words() -> None:
    assert span_value("25اکتوبر کو") == ("25اکتوبر", "XXXX-10-25")
    assert span_value("2013سال میں") == ("2013سال", "2013")
    assert span_value("۲۰۰۶ءکے انتخابات") == ("۲۰۰۶ء", "2006")
    assert span_value("ستمبرکو") == ("ستمبر", "XXXX-09")


# -- day, month, year ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("اپریل 2022 میں", "اپریل 2022", "2022-04"),
        ("فروری 2019 میں", "فروری 2019", "2019-02"),
        ("9 ستمبر کو", "9 ستمبر", "XXXX-09-09"),
        ("10 ستمبر 2023 کو", "10 ستمبر 2023", "2023-09-10"),
        ("ستمبر 10، 2023 کو", "ستمبر 10، 2023", "2023-09-10"),
        ("2023 ستمبر میں", "2023 ستمبر", "2023-09"),
        ("2023 ستمبر 10 کو", "2023 ستمبر 10", "2023-09-10"),
        ("دسمبر دو ہزار دو میں", "دسمبر دو ہزار دو", "2002-12"),
        ("جولائی انیس سو اناسی میں", "جولائی انیس سو اناسی", "1979-07"),
        ("چار فروری سن انیس سو بتیس کو", "چار فروری سن انیس سو بتیس", "1932-02-04"),
        ("23 مارچ 1956ء کو", "23 مارچ 1956ء", "1956-03-23"),
        ("مارچ 1962ء میں", "مارچ 1962ء", "1962-03"),
        ("14 اگست 1947ء کو", "14 اگست 1947ء", "1947-08-14"),
        ("یکم دسمبر کو", "یکم دسمبر", "XXXX-12-01"),
        ("گیارہ ستمبر کے واقعات", "گیارہ ستمبر", "XXXX-09-11"),
        ("اکتیس دسمبر تک", "اکتیس دسمبر", "XXXX-12-31"),
    ],
)
def test_day_month_year(text: str, span: str, value: str) -> None:
    assert span_value(text) == (span, value)


@pytest.mark.parametrize(
    ("month", "number"),
    [(form, n) for n, forms in calendar.GREGORIAN_MONTHS.items() for form in forms],
)
def test_every_month_spelling(month: str, number: int) -> None:
    assert span_value(f"5 {month} 2020 کو") == (f"5 {month} 2020", f"2020-{number:02d}-05")


def test_may_spellings() -> None:
    assert span_value("12 مئی کو") == ("12 مئی", "XXXX-05-12")
    assert span_value("12 مئ کو") == ("12 مئ", "XXXX-05-12")


def test_invalid_day_is_not_a_date() -> None:
    assert ("31 فروری", "XXXX-02-31") not in [(s, v) for s, v, _ in dates("31 فروری کو")]
    assert span_value("29 فروری 2024 کو") == ("29 فروری 2024", "2024-02-29")
    assert dates("29 فروری 2023 کو") == [("فروری 2023", "2023-02", "February 2023")]


# -- years -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("2016 میں", "2016", "2016"),
        ("1953 میں", "1953", "1953"),
        ("سنہ 2006 میں", "سنہ 2006", "2006"),
        ("سن 1971 کی جنگ", "سن 1971", "1971"),
        ("1857ء میں", "1857ء", "1857"),
        ("1857 ء میں", "1857 ء", "1857"),
        ("۱۵۱۹؁ء میں", "۱۵۱۹؁ء", "1519"),
        ("۱۸۲۰ ؁ء کے بعد", "۱۸۲۰ ؁ء", "1820"),
        ("2001 عیسوی میں", "2001 عیسوی", "2001"),
        ("80ء میں", "80ء", "1980"),
        ("06ء میں", "06ء", "2006"),
        ("سنہ دو ہزار چھ میں", "سنہ دو ہزار چھ", "2006"),
        ("دوہزارچھ میں", "دوہزارچھ", "2006"),
        ("انیس سو ننانوے میں", "انیس سو ننانوے", "1999"),
        ("سن انیس سو اکاسی میں", "سن انیس سو اکاسی", "1981"),
        ("ایک ہزار نو سو ننانوے میں", "ایک ہزار نو سو ننانوے", "1999"),
        ("سال 2013 میں", "سال 2013", "2013"),
        ("سنہ 950 میں", "سنہ 950", "0950"),
        ("1971 کی تلخ یاد", "1971", "1971"),
        ("2050 میں", "2050", "2050"),
    ],
)
def test_years(text: str, span: str, value: str) -> None:
    assert span_value(text) == (span, value)


def test_bc_years() -> None:
    assert one("500 قبل مسیح") == ("500 قبل مسیح", "-0499", "500 BC")
    assert one("یہ ۲۳۲ برس قبل مسیح کی عمارت ہے")[1:] == ("-0231", "232 BC")


# -- number words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "number"),
    [
        (form, n)
        for n, forms in numbers.CARDINALS.items()
        if 1 <= n <= 31
        for form in forms
        if form not in numbers.NOT_A_DAY_WITHOUT_YEAR
    ],
)
def test_number_word_days(word: str, number: int) -> None:
    assert span_value(f"{word} جنوری کو") == (f"{word} جنوری", f"XXXX-01-{number:02d}")


def test_one_is_a_day_only_with_a_year() -> None:
    # The first of a month is یکم; ایک مئی is "one in May" unless a year follows.
    assert dates("ایک مئی میں اور دوسری اگست میں") == [
        ("مئی", "XXXX-05", "May"),
        ("اگست", "XXXX-08", "August"),
    ]
    assert span_value("ایک جنوری 2020 کو") == ("ایک جنوری 2020", "2020-01-01")


@pytest.mark.parametrize(
    ("word", "number"),
    [(form, n) for n, forms in numbers.CARDINALS.items() for form in forms],
)
def test_number_word_years(word: str, number: int) -> None:
    text = f"سنہ انیس سو {word} میں"
    assert span_value(text) == (text.removesuffix(" میں"), f"{1900 + number}")


# -- ranges and lists ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "canonical"),
    [
        ("10 سے 13 ستمبر تک", "10 سے 13 ستمبر", "XXXX-09-10/XXXX-09-13", "10–13 September"),
        ("10 تا 13 ستمبر", "10 تا 13 ستمبر", "XXXX-09-10/XXXX-09-13", "10–13 September"),
        ("10-13 ستمبر کو", "10-13 ستمبر", "XXXX-09-10/XXXX-09-13", "10–13 September"),
        ("10–13 ستمبر کو", "10–13 ستمبر", "XXXX-09-10/XXXX-09-13", "10–13 September"),
        (
            "10 سے 13 ستمبر 2023 تک",
            "10 سے 13 ستمبر 2023",
            "2023-09-10/2023-09-13",
            "10–13 September 2023",
        ),
        (
            "28 ستمبر سے 3 اکتوبر 2023 تک",
            "28 ستمبر سے 3 اکتوبر 2023",
            "2023-09-28/2023-10-03",
            "28 September – 3 October 2023",
        ),
        ("2019 سے 2022 تک", "2019 سے 2022", "2019/2022", "2019 – 2022"),
        ("1947ء سے 1954ء تک", "1947ء سے 1954ء", "1947/1954", "1947 – 1954"),
        ("2003 تا 2010 تک", "2003 تا 2010", "2003/2010", "2003 – 2010"),
        ("2004-2005 کے لئے", "2004-2005", "2004/2005", "2004 – 2005"),
        ("دسمبر سے مارچ تک", "دسمبر سے مارچ", "XXXX-12/XXXX-03", "December – March"),
        ("دسمبر سے لیکر مارچ تک", "دسمبر سے لیکر مارچ", "XXXX-12/XXXX-03", "December – March"),
        ("پیر سے جمعہ تک", "پیر سے جمعہ", "XXXX-WXX-1/XXXX-WXX-5", "Monday – Friday"),
    ],
)
def test_ranges(text: str, span: str, value: str, canonical: str) -> None:
    assert one(text) == (span, value, canonical)


def test_lists() -> None:
    assert one("پچیس ، ستائیس اور انتیس مئی کو") == (
        "پچیس ، ستائیس اور انتیس مئی",
        "{XXXX-05-25,XXXX-05-27,XXXX-05-29}",
        "25, 27 and 29 May",
    )
    assert span_value("تیرہ اور چودہ دسمبر کو") == (
        "تیرہ اور چودہ دسمبر",
        "{XXXX-12-13,XXXX-12-14}",
    )


def test_backwards_range_is_not_merged() -> None:
    assert dates("13 سے 10 ستمبر") == [("10 ستمبر", "XXXX-09-10", "10 September")]
    assert [v for _, v, _ in dates("2022 سے 2019 تک")] == ["2022", "2019"]


def test_range_of_counts_is_not_a_date() -> None:
    assert dates("1500 سے 2000 افراد") == []


# -- weekdays --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "number"),
    [(form, n) for n, forms in calendar.WEEKDAYS.items() for form in forms],
)
def test_every_weekday(word: str, number: int) -> None:
    assert span_value(f"{word} کو اجلاس ہوا") == (word, f"XXXX-WXX-{number}")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("بدھ کو، وائٹ ہاؤس نے کہا", "بدھ"),
        ("پیر کے روز حملہ ہوا", "پیر"),
        ("جمعے کی دو پہر کو", "جمعے"),
        ("اتوار کی شام تک", "اتوار"),
        ("بروز جمعہ", "بروز جمعہ"),
        ("جمعرات کو", "جمعرات"),
    ],
)
def test_weekday_cues(text: str, span: str) -> None:
    assert one(text)[0] == span


def test_ambiguous_weekday_needs_a_cue() -> None:
    assert dates("پیر نے دعا کی") == []
    assert dates("منگل سیارہ") == []
    assert dates("بدھ کے مجسمے") == []
    assert dates("مہاتما بدھ کو") == []
    # An unambiguous weekday needs none.
    assert span_value("اتوار بازار") == ("اتوار", "XXXX-WXX-7")


def test_weekday_list() -> None:
    assert [s for s, _, _ in dates("جمعہ اور ہفتے کی درمیانی رات")] == ["جمعہ", "ہفتے"]


def test_week_is_not_saturday() -> None:
    assert span_value("گزشتہ ہفتے اجلاس ہوا") == ("گزشتہ ہفتے", "REF-P1W")
    assert dates("ایک ہفتے تک") == []


def test_weekday_with_reference_date() -> None:
    # 2023-09-05 is a Tuesday.
    assert span_value("بدھ کو اجلاس ہوا", REF) == ("بدھ", "2023-08-30")
    assert span_value("بدھ کو اجلاس ہوگا", REF) == ("بدھ", "2023-09-06")
    assert span_value("منگل کو اجلاس ہوا", REF) == ("منگل", "2023-09-05")
    assert span_value("اگلے منگل کو", REF) == ("اگلے منگل", "2023-09-12")
    assert span_value("گزشتہ منگل کو", REF) == ("گزشتہ منگل", "2023-08-29")


def test_weekday_before_full_date() -> None:
    assert one("پیر، 11 ستمبر 2023 کو") == (
        "پیر، 11 ستمبر 2023",
        "2023-09-11",
        "Monday, 11 September 2023",
    )


# -- parts of months, decades, centuries -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("اگست کے آخر میں", "اگست کے آخر", "XXXX-08-21/XXXX-08-31"),
        ("ستمبر کے اوائل میں", "ستمبر کے اوائل", "XXXX-09-01/XXXX-09-10"),
        ("ستمبر کے وسط میں", "ستمبر کے وسط", "XXXX-09-11/XXXX-09-20"),
        ("اپریل کے اختتام پر", "اپریل کے اختتام", "XXXX-04-21/XXXX-04-30"),
        ("نومبر کے پہلے ہفتے میں", "نومبر کے پہلے ہفتے", "XXXX-11-01/XXXX-11-07"),
        ("نومبر کے آخری ہفتے میں", "نومبر کے آخری ہفتے", "XXXX-11-24/XXXX-11-30"),
        ("اکتوبر کا پہلا عشرہ", "اکتوبر کا پہلا عشرہ", "XXXX-10-01/XXXX-10-10"),
        ("وسط اکتوبر میں", "وسط اکتوبر", "XXXX-10-11/XXXX-10-20"),
        ("فروری کے آخر میں", "فروری کے آخر", "XXXX-02-21/XXXX-02-29"),
        ("فروری 2023 کے آخر میں", "فروری 2023 کے آخر", "2023-02-21/2023-02-28"),
        ("2019 کے آخر میں", "2019 کے آخر", "2019-09/2019-12"),
        ("۱۸۲۰ ؁ء کے شروع میں", "۱۸۲۰ ؁ء کے شروع", "1820-01/1820-04"),
    ],
)
def test_parts(text: str, span: str, value: str) -> None:
    assert span_value(text) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value", "canonical"),
    [
        ("1990 کی دہائی میں", "1990 کی دہائی", "199X", "1990s"),
        ("1990ء کی دہائی میں", "1990ء کی دہائی", "199X", "1990s"),
        ("1970ء کے عشرے میں", "1970ء کے عشرے", "197X", "1970s"),
        ("۷۰ کی دہائی میں", "۷۰ کی دہائی", "197X", "1970s"),
        ("80ء کی دہائی میں", "80ء کی دہائی", "198X", "1980s"),
        ("اسی کی دہائی میں", "اسی کی دہائی", "198X", "1980s"),
        ("انیس سو ساٹھ کی دہائی", "انیس سو ساٹھ کی دہائی", "196X", "1960s"),
        ("اکیسویں صدی میں", "اکیسویں صدی", "20XX", "21st century"),
        ("انیسویں صدی عیسوی میں", "انیسویں صدی عیسوی", "18XX", "19th century"),
        ("19 ویں صدی میں", "19 ویں صدی", "18XX", "19th century"),
        ("۱۶ ویںصدی عیسوی", "۱۶ ویںصدی عیسوی", "15XX", "16th century"),
        ("پانچویں صدی قبل مسیح", "پانچویں صدی قبل مسیح", "-04XX", "5th century BC"),
    ],
)
def test_decades_and_centuries(text: str, span: str, value: str, canonical: str) -> None:
    assert one(text) == (span, value, canonical)


# -- relative expressions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "symbolic", "resolved"),
    [
        ("آج اجلاس ہوا", "آج", "REF+P0D", "2023-09-05"),
        ("کل اجلاس ہوا", "کل", "REF-P1D", "2023-09-04"),
        ("کل اجلاس ہوگا", "کل", "REF+P1D", "2023-09-06"),
        ("کل صبح وہ لاہور جائیں گی", "کل", "REF+P1D", "2023-09-06"),
        ("پرسوں اجلاس ہوا", "پرسوں", "REF-P2D", "2023-09-03"),
        ("گزشتہ روز اجلاس ہوا", "گزشتہ روز", "REF-P1D", "2023-09-04"),
        ("گزشتہ سال", "گزشتہ سال", "REF-P1Y", "2022"),
        ("گذشتہ برس", "گذشتہ برس", "REF-P1Y", "2022"),
        ("پچھلے سال", "پچھلے سال", "REF-P1Y", "2022"),
        ("اگلے ماہ", "اگلے ماہ", "REF+P1M", "2023-10"),
        ("آئندہ ماہ", "آئندہ ماہ", "REF+P1M", "2023-10"),
        ("اس ماہ", "اس ماہ", "REF+P0M", "2023-09"),
        ("رواں سال", "رواں سال", "REF+P0Y", "2023"),
        ("سال رواں", "سال رواں", "REF+P0Y", "2023"),
        ("گزشتہ ہفتے", "گزشتہ ہفتے", "REF-P1W", "2023-W35"),
        ("دو سال پہلے", "دو سال پہلے", "REF-P2Y", "2021"),
        ("ایک سال پہلے", "ایک سال پہلے", "REF-P1Y", "2022"),
        ("تین ہفتے پہلے", "تین ہفتے پہلے", "REF-P3W", "2023-W33"),
        ("آٹھ ماہ پہلے", "آٹھ ماہ پہلے", "REF-P8M", "2023-01"),
        ("دو ماہ پہلے", "دو ماہ پہلے", "REF-P2M", "2023-07"),
        ("چار مہینے قبل", "چار مہینے قبل", "REF-P4M", "2023-05"),
        ("10 دن پہلے", "10 دن پہلے", "REF-P10D", "2023-08-26"),
    ],
)
def test_relative(text: str, span: str, symbolic: str, resolved: str) -> None:
    assert span_value(text) == (span, symbolic)
    assert span_value(text, REF) == (span, resolved)


def test_relative_year_with_month() -> None:
    assert one("گزشتہ سال جون میں") == ("گزشتہ سال جون", "REF-P1Y-06", "June last year")
    assert span_value("گزشتہ سال جون میں", REF) == ("گزشتہ سال جون", "2022-06")
    assert span_value("اگلے برس فروری میں", REF) == ("اگلے برس فروری", "2024-02")
    assert span_value("اس برس جنوری میں", REF) == ("اس برس جنوری", "2023-01")
    assert span_value("گزشتہ اپریل", REF) == ("گزشتہ اپریل", "2023-04")
    assert span_value("گزشتہ دسمبر", REF) == ("گزشتہ دسمبر", "2022-12")


def test_anaphoric_year() -> None:
    found = dates("یہ 2003 میں ہوا۔ اسی سال جنوری میں البم آیا۔")
    assert found[1] == ("اسی سال جنوری", "2003-01", "January 2003")
    assert span_value("اسی سال جنوری میں") == ("اسی سال جنوری", "XXXX-01")


def test_reference_date_does_not_invent_years() -> None:
    assert span_value("جولائی میں", REF) == ("جولائی", "XXXX-07")
    assert span_value("10 سے 13 ستمبر تک", REF) == ("10 سے 13 ستمبر", "XXXX-09-10/XXXX-09-13")


def test_kal_total_is_not_a_date() -> None:
    for text in ("ملک کی کل آبادی", "کل تعداد 20 ہے", "اس میں کل دس افراد", "آج کل", "کل جماعتی"):
        assert dates(text) == [], text


def test_relative_data_is_consistent() -> None:
    assert set(relative_dates.UNITS.values()) <= set(dates_en.UNIT)
    assert set(relative_dates.DURATION_UNITS.values()) <= set(dates_en.UNIT)
    assert set(relative_dates.MODIFIERS_BEFORE.values()) <= set(dates_en.OFFSET)
    assert set(relative_dates.MODIFIERS_AFTER.values()) <= set(dates_en.OFFSET)
    assert set(calendar.PART_DAYS) == set(dates_en.PART)
    assert set(time_of_day.PERIODS.values()) == set(time_of_day.PM_HOURS)
    assert set(relative_dates.DAY_PHRASE_PERIODS.values()) <= set(time_of_day.PM_HOURS)


# -- Hijri -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("یکم رمضان کو", "یکم رمضان", "AH:XXXX-09-01"),
        ("10 محرم کو", "10 محرم", "AH:XXXX-01-10"),
        ("رمضان المبارک میں", "رمضان المبارک", "AH:XXXX-09"),
        ("محرم الحرام میں", "محرم الحرام", "AH:XXXX-01"),
        ("ماہ رمضان میں", "ماہ رمضان", "AH:XXXX-09"),
        ("ربیع الاول میں", "ربیع الاول", "AH:XXXX-03"),
        ("12 ربیع الاول کو", "12 ربیع الاول", "AH:XXXX-03-12"),
        ("10 ذوالحجہ کو", "10 ذوالحجہ", "AH:XXXX-12-10"),
        ("10 ذی الحجہ کو", "10 ذی الحجہ", "AH:XXXX-12-10"),
        ("10 محرم 1445ھ کو", "10 محرم 1445ھ", "2023-07-28"),
        ("1 رمضان 1444 ہجری کو", "1 رمضان 1444 ہجری", "2023-03-23"),
        ("1445ھ میں", "1445ھ", "2023-07-19/2024-07-06"),
        ("۱۰۴۰ ؁ھ میں", "۱۰۴۰ ؁ھ", "1630-08-10/1631-07-29"),
    ],
)
def test_hijri(text: str, span: str, value: str) -> None:
    assert span_value(text) == (span, value)


@pytest.mark.parametrize(
    ("month", "number"),
    [(form, n) for n, forms in calendar.HIJRI_MONTHS.items() for form in forms],
)
def test_every_hijri_month_spelling(month: str, number: int) -> None:
    assert span_value(f"5 {month} کو")[1] == f"AH:XXXX-{number:02d}-05"


def test_ambiguous_hijri_months_alone() -> None:
    assert dates("صفر درجہ") == []
    assert dates("رجب طیب اردوغان") == []
    assert dates("محرم میں") == []
    assert span_value("10 محرم کو")[1] == "AH:XXXX-01-10"


def test_tabular_islamic_calendar() -> None:
    assert tabular_hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)
    assert tabular_hijri_to_gregorian(1445, 1, 1) == dt.date(2023, 7, 19)
    assert tabular_hijri_to_gregorian(1444, 9, 1) == dt.date(2023, 3, 23)
    # Arithmetic, not observed: Eid al-Fitr 1444 was seen on 21 April 2023.
    assert tabular_hijri_to_gregorian(1444, 10, 1) == dt.date(2023, 4, 22)
    assert tabular_hijri_month_length(1445, 1) == 30
    assert tabular_hijri_month_length(1445, 2) == 29
    # Round trip over several 30-year cycles.
    day = dt.date(1900, 1, 1)
    while day < dt.date(2100, 1, 1):
        assert tabular_hijri_to_gregorian(*tabular_gregorian_to_hijri(day)) == day
        day += dt.timedelta(days=97)
    # Month lengths add up to the year length.
    for year in (1444, 1445, 1446):
        total = sum(tabular_hijri_month_length(year, m) for m in range(1, 13))
        assert tabular_hijri_to_gregorian(year + 1, 1, 1) - tabular_hijri_to_gregorian(
            year, 1, 1
        ) == dt.timedelta(days=total)


# -- no false dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تقریباً 10 دن لگے",
        "تین سالہ جنگ",
        "70 ویں سالگرہ",
        "پیئر 33، جہاں",
        "تقریباً 20 عہدیداروں کا وفد",
        "20 عہدیدار",
        "950 میل",
        "دو دن تک",
        "کم از کم",
        "جون ایلیا",
        "مسٹر جون میں",
        "لانگ مارچ میں",
        "بدھ مت",
        "گوتم بدھ کو",
        "کل تعداد",
        "2000 سے زائد",
        "1500 کے قریب",
        "دو ہزار افراد",
        "ہر سال 1500 لڑکیاں",
        "10:30 بجے",
        "3/4 حصہ",
        "2.5 فیصد",
        "2,000 افراد",
        "1122 پر کال کریں",
        "دفعہ 144",
        "وہ جونہی پہنچا",
        "ساتھ ساتھ",
        "دو صدی قبل",
        "ایک صدی بعد",
        "کم سن 15 بچے",
        "پانچ برس",
        "ایک ہفتے تک",
        "سات ہزار روپے",
        "12345",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert dates(text) == []


# -- the seed article ------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = dates(text)
    spans = [(span, value) for span, value, _ in found]
    expected = [
        ("اس ماہ", "REF+P0M"),
        ("10 سے 13 ستمبر", "XXXX-09-10/XXXX-09-13"),
        ("9 ستمبر", "XXXX-09-09"),
        ("بدھ", "XXXX-WXX-3"),
        ("اگست کے آخر", "XXXX-08-21/XXXX-08-31"),
        ("اپریل 2022", "2022-04"),
        ("2016", "2016"),
        ("جولائی", "XXXX-07"),
        ("1953", "1953"),
        ("1991", "1991"),
        ("جون", "XXXX-06"),
        ("فروری 2019", "2019-02"),
        ("2019", "2019"),
        ("ایک سال پہلے", "REF-P1Y"),
        ("فروری", "XXXX-02"),
    ]
    assert spans == expected
    # None of the article's other numbers is a date.
    joined = " | ".join(span for span, _ in spans)
    for not_a_date in ("پیئر 33", "33", "20 عہدیداروں", "10 دن", "950 میل", "70 ویں", "تین سالہ",
                       "دو دن", "کم از کم"):  # fmt: skip
        assert not any(not_a_date == span for span, _ in spans), joined
    numbers_in_dates = {n for span, _ in spans for n in re.findall(r"\d+", span)}
    assert numbers_in_dates == {"10", "13", "9", "2022", "2016", "1953", "1991", "2019"}


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_with_reference_date() -> None:
    found = dict((span, value) for span, value, _ in dates(SEED.read_text("utf-8"), REF))
    assert found["اس ماہ"] == "2023-09"
    assert found["ایک سال پہلے"] == "2022"
    assert found["بدھ"] == "2023-08-30"
    assert found["10 سے 13 ستمبر"] == "XXXX-09-10/XXXX-09-13"


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_offsets_map_back() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = Document.from_text(text)
    for c in find_dates(doc):
        start, end = doc.original_span(c.start, c.end)
        assert text[start:end].strip() == text[start:end]
        assert doc.text[c.start : c.end]


# -- robustness ------------------------------------------------------------------------------


def test_empty_and_punctuation_only() -> None:
    assert dates("") == []
    assert dates("۔ ، ؟ - / :") == []
    assert dates("ستمبر") == [("ستمبر", "XXXX-09", "September")]


def test_huge_numbers() -> None:
    assert dates("1" * 10000) == []
    assert dates("1" * 10000 + " ستمبر میں") == [("ستمبر", "XXXX-09", "September")]
    assert dates("10.09.2023.1" + "1" * 5000) == []


def test_language_data_is_nfc() -> None:
    modules = (calendar, numbers, relative_dates, date_context, time_of_day, dates_en)
    paths = [Path(m.__file__ or "") for m in modules]
    paths += sorted(Path(dates_module.__file__ or "").parent.glob("*.py"))
    for path in paths:
        source = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", source) == source, path.name
