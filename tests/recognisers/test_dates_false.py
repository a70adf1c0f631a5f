"""No false dates: sports scores, counts, prices, phone and page numbers, times and names
that look like date words, each rule tested in real-looking sentences."""

from __future__ import annotations

import pytest

from urdu_entities.recognisers.dates import find_dates
from urdu_entities.text.document import Document


def spans(text: str) -> list[str]:
    doc = Document.from_text(text)
    out = []
    for c in find_dates(doc, kinds="all"):
        start, end = doc.original_span(c.start, c.end)
        out.append(text[start:end])
    return out


@pytest.mark.parametrize(
    "text",
    [
        # صفر is zero in a score (ایک صفر: one–nil), not the month Safar.
        "پاکستان نے بھارت کو ایک صفر سے شکست دے دی۔",
        "میچ دو صفر سے پاکستان کے نام رہا",
        "جرمنی نے برازیل کو پانچ صفر سے ہرایا",
        "ٹیم نے 2 صفر سے کامیابی حاصل کی",
        "فائنل میں تین صفر کی برتری",
    ],
)
def test_scores_are_not_safar(text: str) -> None:
    assert spans(text) == []


def test_safar_is_still_a_month() -> None:
    assert spans("یکم صفر کو جلوس نکلا") == ["یکم صفر"]
    assert spans("5 صفر کو جلوس نکلا") == ["5 صفر"]
    assert spans("پانچ صفر المظفر 1445 کو") == ["پانچ صفر المظفر 1445"]


@pytest.mark.parametrize(
    "text",
    [
        "محمد رمضان نے 10 گول کیے",
        "شعبان علی نے کہا کہ وہ مستعفی نہیں ہوں گے",
        "صدر رجب طیب اردوان نے خطاب کیا",
        "کپتان محمد رجب 2 وکٹیں لے کر نمایاں رہے",
    ],
)
def test_hijri_month_names_as_names(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "پندرہ سو افراد نے جلسے میں شرکت کی",
        "انیس سو لوگ متاثر ہوئے",
        "ایک ہزار نو سو افراد کو روزگار ملا",
        "اس کی قیمت دو ہزار پانچ سو روپے ہے",
        "1500 میں سے 1200 امیدوار کامیاب",
        "ووٹوں کی تعداد 1990 سے زائد رہی",
        "تقریباً 2000 گھر تباہ ہو گئے",
        "ہر سال 1500 لڑکیاں اسکول چھوڑ دیتی ہیں",
        "انہوں نے 1999 رنز بنائے",
    ],
)
def test_counts(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "گندم کی قیمت 2000 سے بڑھ کر 2500 روپے ہو گئی",
        "ڈالر 2100 روپے کا ہو گیا",
        "شرح 2012 تک پہنچ گئی",
    ],
)
def test_prices(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ہیلپ لائن 1122 پر رابطہ کریں",
        "ریسکیو 1122 کو اطلاع دی گئی",
        "فون نمبر 0300-1234567 پر رابطہ کریں",
        "ایمرجنسی 1122 کی ٹیمیں پہنچ گئیں",
    ],
)
def test_phone_numbers(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "رپورٹ کے صفحہ 2010 پر درج ہے",
        "کتاب کے صفحہ نمبر 1947 پر",
        "آئین کی دفعہ 1973 کے تحت",
        "کمرہ نمبر 1205 میں اجلاس",
    ],
)
def test_page_and_section_numbers(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس صبح 10 بجے شروع ہوا",
        "شام سات بجے کرفیو نافذ کر دیا گیا",
        "تقریب 10:30 بجے شروع ہو گی",
        "نو بجے سے پہلے پہنچیں",
    ],
)
def test_times_without_a_date(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "انہوں نے 3-1 سے کامیابی حاصل کی",
        "ٹیم کو دو ایک سے شکست ہوئی",
        "5/10 کی اکثریت سے منظور",
        "ایک مئی میں اور دوسری اگست میں",  # the months are dates, "ایک" is not a day
    ],
)
def test_scores_and_fractions(text: str) -> None:
    assert all(s in ("مئی", "اگست") for s in spans(text))


def test_weekday_nouns_with_weak_cues() -> None:
    assert spans("اپنے پیر سے گیند کو روکا") == []
    assert spans("ان کے پیر سے دعا کروائی") == []
    assert spans("ایک ہفتے سے بارش ہو رہی ہے") == ["ایک ہفتے"]  # a duration, asked for
    assert spans("مہم پیر سے شروع ہوگی") == ["پیر"]
    assert spans("بدھ سے شدید برفباری کی پیش گوئی") == ["بدھ"]
