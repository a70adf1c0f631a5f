"""Kinds of date: every date carries one, ``kinds=`` / ``Pipeline(dates=...)`` selects them,
ranges can come apart, and a document's dateline resolves relative dates."""

from __future__ import annotations

import datetime as dt

import pytest

from urdu_entities import DateKind, Pipeline
from urdu_entities.recognisers.dates import DEFAULT_KINDS, DateRecogniser, date_kinds, find_dates
from urdu_entities.text.document import Document

REF = dt.date(2023, 9, 5)


def found(text: str, **options: object) -> list[tuple[str, str, str]]:
    """``(span, value, kind)`` of every date."""
    doc = Document.from_text(text)
    out = []
    for c in find_dates(doc, **options):  # type: ignore[arg-type]
        start, end = doc.original_span(c.start, c.end)
        assert c.date_kind is not None
        out.append((text[start:end], c.value or "", c.date_kind.value))
    return out


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("9 ستمبر کو", "9 ستمبر", "calendar"),
        ("اپریل 2022 میں", "اپریل 2022", "calendar"),
        ("10 سے 13 ستمبر تک", "10 سے 13 ستمبر", "calendar"),
        ("1990 کی دہائی میں", "1990 کی دہائی", "calendar"),
        ("اکیسویں صدی میں", "اکیسویں صدی", "calendar"),
        ("10 محرم 1445ھ کو", "10 محرم 1445ھ", "calendar"),
        ("گزشتہ سال جون میں", "گزشتہ سال جون", "calendar"),
        ("اس ماہ کی چودہ تاریخ کو", "اس ماہ کی چودہ تاریخ", "calendar"),
        ("پیر، 11 ستمبر 2023 کو", "پیر، 11 ستمبر 2023", "calendar"),
        ("اگست کے آخر میں", "اگست کے آخر", "part"),
        ("رواں ماہ کے آخر تک", "رواں ماہ کے آخر", "part"),
        ("ماہ کے آخر میں", "ماہ کے آخر", "part"),
        ("بدھ کو", "بدھ", "weekday"),
        ("گزشتہ جمعہ کو", "گزشتہ جمعہ", "weekday"),
        ("پیر سے جمعہ تک", "پیر سے جمعہ", "weekday"),
        ("منگل کی شام سات بجے", "منگل کی شام سات بجے", "weekday"),
        ("آج", "آج", "relative"),
        ("گزشتہ سال", "گزشتہ سال", "relative"),
        ("دو سال پہلے", "دو سال پہلے", "relative"),
    ],
)
def test_every_date_has_a_kind(text: str, span: str, kind: str) -> None:
    ((got_span, _, got_kind),) = found(text)
    assert (got_span, got_kind) == (span, kind)


def test_kinds_select() -> None:
    text = "بدھ کو آج 9 ستمبر کو اگست کے آخر میں"
    assert [k for _, _, k in found(text)] == ["weekday", "relative", "calendar", "part"]
    assert [s for s, _, _ in found(text, kinds={"calendar"})] == ["9 ستمبر", "اگست"]
    assert [s for s, _, _ in found(text, kinds=["weekday", DateKind.RELATIVE])] == ["بدھ", "آج"]
    assert found(text, kinds=False) == []


def test_a_part_not_asked_for_gives_its_month_or_year() -> None:
    assert found("اگست کے آخر میں", kinds={"calendar"}) == [("اگست", "XXXX-08", "calendar")]
    assert found("وسط اکتوبر میں", kinds={"calendar"}) == [("اکتوبر", "XXXX-10", "calendar")]
    assert found("2019 کے آخر میں", kinds={"calendar"}) == [("2019", "2019", "calendar")]
    assert found("رواں ماہ کے آخر تک", kinds={"relative"}) == [("رواں ماہ", "REF+P0M", "relative")]
    assert found("ماہ کے آخر میں", kinds={"calendar", "relative"}) == []


def test_durations_only_when_asked_for() -> None:
    text = "وہ دو سال تک قید رہے"
    assert found(text) == []
    assert found(text, kinds="all") == [("دو سال", "P2Y", "duration")]
    assert found("ڈیڑھ گھنٹہ", kinds={"duration"}) == [("ڈیڑھ گھنٹہ", "PT1.5H", "duration")]
    assert found("ساڑھے تین سال بعد", kinds={"duration"}) == [
        ("ساڑھے تین سال", "P3.5Y", "duration")
    ]
    assert found("دو صدیوں", kinds={"duration"}) == [("دو صدیوں", "P200Y", "duration")]
    assert found("دس منٹ", kinds={"duration"}) == [("دس منٹ", "PT10M", "duration")]
    # A year or a relative date of the same words wins.
    assert found("دو سال پہلے", kinds="all") == [("دو سال پہلے", "REF-P2Y", "relative")]
    assert found("2013 سال میں", kinds="all") == [("2013 سال", "2013", "calendar")]


def test_date_kinds_spec() -> None:
    assert date_kinds(True) == DEFAULT_KINDS
    assert DateKind.DURATION not in DEFAULT_KINDS
    assert date_kinds("all") == frozenset(DateKind)
    assert date_kinds("weekday") == {DateKind.WEEKDAY}
    assert date_kinds(False) == frozenset()
    with pytest.raises(ValueError, match="unknown date kind 'holiday'"):
        date_kinds({"calendar", "holiday"})


def test_range_ends_apart() -> None:
    assert found("1947ء سے 1954ء تک", range_ends=True) == [
        ("1947ء", "1947", "calendar"),
        ("1954ء", "1954", "calendar"),
    ]
    assert found("10 سے 13 ستمبر تک", range_ends=True) == [
        ("10", "XXXX-09-10", "calendar"),
        ("13 ستمبر", "XXXX-09-13", "calendar"),
    ]
    assert [s for s, _, _ in found("10، 11 اور 12 ستمبر", range_ends=True)] == [
        "10",
        "11",
        "12 ستمبر",
    ]


def test_pipeline_dates_shortcut() -> None:
    text = "بدھ کو صدر پوتن 9 ستمبر کو ماسکو پہنچے۔"
    calendar_only = Pipeline(dates={"calendar"}, model=False)
    assert [(e.text, e.date_kind) for e in calendar_only.extract(text) if e.date_kind] == [
        ("9 ستمبر", DateKind.CALENDAR)
    ]
    entities = Pipeline(model=False).extract(text)
    kinds = [(e.text, e.date_kind) for e in entities if e.label.value == "DATE"]
    assert kinds == [("بدھ", DateKind.WEEKDAY), ("9 ستمبر", DateKind.CALENDAR)]
    assert all(e.date_kind is None for e in entities if e.label.value != "DATE")
    assert entities[0].model_dump(mode="json")["date_kind"] == "weekday"
    no_dates = Pipeline(dates=False, model=False)
    assert "dates" not in [c.name for c in no_dates.components]
    with pytest.raises(ValueError, match="unknown date kind"):
        Pipeline(dates={"month"})


def test_recogniser_options() -> None:
    doc = Document.from_text("1947ء سے 1954ء تک")
    recogniser = DateRecogniser({"calendar"}, range_ends=True)
    assert [c.value for c in recogniser.find(doc)] == ["1947", "1954"]
    assert "calendar" in repr(recogniser)


def test_dateline_resolves_relative_dates() -> None:
    text = "اسلام آباد: 5 ستمبر 2023\nوزیر اعظم نے آج اجلاس طلب کیا اور بدھ کو خطاب کریں گے۔"
    assert found(text) == [
        ("5 ستمبر 2023", "2023-09-05", "calendar"),
        ("آج", "2023-09-05", "relative"),
        ("بدھ", "2023-09-06", "weekday"),
    ]
    # An explicit reference date wins; the dateline can be turned off.
    assert found(text, reference_date=dt.date(2024, 1, 1))[1][1] == "2024-01-01"
    assert found(text, dateline=False)[1][1] == "REF+P0D"
    # In brackets or after a dateline word on a longer first line.
    bracketed = "لاہور (ویب ڈیسک) کی اس خبر کے مطابق جو (3 ستمبر 2023) کو آئی\nگزشتہ روز بارش ہوئی"
    assert found(bracketed)[1][1] == "2023-09-02"
    introduced = "ویب ڈیسک کی یہ خبر اس ویب سائٹ پر شائع شدہ: 4 ستمبر 2023\nآج بارش ہوئی"
    assert found(introduced)[1][1] == "2023-09-04"


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    # A date of birth is not the document's date.
    birth = "رجسٹر میں تاریخ پیدائش چار فروری سن انیس سو بتیس درج ہے اور وہ آج بھی موجود ہے"
    assert found(birth)[1] == ("آج", "REF+P0D", "relative")
    one_line = "وزیر اعظم نے 5 ستمبر 2023 کو کہا کہ آج اجلاس ہوگا"
    assert found(one_line)[1][1] == "REF+P0D"
    long_first_line = (
        "وزیر اعظم نے ایک طویل تقریر میں کہا کہ 5 ستمبر 2023 کو ملک میں انتخابات کا اعلان "
        "ہوگا\nآج اجلاس ہوگا"
    )
    assert found(long_first_line)[1][1] == "REF+P0D"
