"""Calendar vocabulary: Gregorian and Hijri months, weekdays, year and era marks, parts of a
month or year, decades and centuries. Pure data; the date grammar lives in
``urdu_entities/recognisers/dates/``.

Multi-word entries are written with single spaces; the grammar matches them token by token.
"""

from __future__ import annotations

#: Gregorian months (1–12) with their common spellings.
GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("جنوری",),
    2: ("فروری",),
    3: ("مارچ",),
    4: ("اپریل",),
    5: ("مئی", "مئ", "مئے"),
    6: ("جون",),
    7: ("جولائی", "جولائ"),
    8: ("اگست", "اگسٹ"),
    9: ("ستمبر", "سپتمبر"),
    10: ("اکتوبر",),
    11: ("نومبر", "نوامبر"),
    12: ("دسمبر", "ڈسمبر", "دیسمبر"),
}


#: Month names that are also ordinary words or names: ``جون`` (John, Jaun), ``مارچ`` (a
#: protest march). Alone they are dates only before a date cue (``جون میں``) and not in the
#: contexts of :data:`AMBIGUOUS_MONTH_NOT_BEFORE` / :data:`AMBIGUOUS_MONTH_NOT_AFTER`.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"جون", "مارچ"})

#: Words that, right before an ambiguous month name, show it is not a month.
AMBIGUOUS_MONTH_NOT_AFTER: frozenset[str] = frozenset(
    {
        "مسٹر", "جناب", "سر", "لانگ", "آزادی", "ملین", "احتجاجی", "عورت", "حقوق",
        "یکجہتی", "امن", "ٹریکٹر", "کسان", "ریلی", "کا", "یہ", "اس", "مذکورہ", "طرف",
    }
)  # fmt: skip

#: Words that, right after an ambiguous month name, show it is not a month.
AMBIGUOUS_MONTH_NOT_BEFORE: frozenset[str] = frozenset(
    {"کو", "نے", "کیا", "کریں", "کرنے", "کر", "کرتے", "کرے", "شرکا", "شرکاء", "ایلیا"}
)

#: Hijri months (1–12) with their spellings, joined and spaced.
HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم",),
    2: ("صفر",),
    3: ("ربیع الاول", "ربیع الأول", "ربیعالاول", "ربیع اول"),
    4: ("ربیع الثانی", "ربیع الآخر", "ربیع الاخر", "ربیعالثانی", "ربیع ثانی"),
    5: ("جمادی الاول", "جمادی الاولی", "جمادی الاولیٰ", "جمادیالاول", "جمادی اول"),
    6: ("جمادی الثانی", "جمادی الآخر", "جمادی الاخری", "جمادی الثانیہ", "جمادیالثانی"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذوالقعدہ", "ذوالقعد", "ذی القعدہ", "ذیقعد", "ذیقعدہ", "ذو القعدہ"),
    12: ("ذوالحجہ", "ذوالحج", "ذی الحجہ", "ذیالحجہ", "ذو الحجہ"),
}


#: Honorific epithets written after a Hijri month (``رمضان المبارک``, ``محرم الحرام``); a
#: month with one of them is unambiguously a month.
HIJRI_HONORIFICS: tuple[str, ...] = (
    "المبارک", "الحرام", "المظفر", "المرجب", "المعظم", "المکرم", "شریف", "الشریف",
)  # fmt: skip

#: Hijri month names that are also words or given names (``صفر`` zero, ``رجب`` as in Recep
#: Tayyip, ``شعبان``, ``رمضان``, ``شوال`` as names, ``محرم`` a close relative): alone, with no
#: day, year or honorific, they are never taken as dates.
AMBIGUOUS_HIJRI_MONTHS: frozenset[str] = frozenset({"صفر", "رجب", "شعبان", "شوال", "محرم"})

#: A Hijri month name that is also a number word (``صفر``, zero) is read as a number, not a
#: month, after another number word (``ایک صفر`` one–nil, ``دو صفر``) or before
#: :data:`urdu_entities.lang.date_context.SCORE_AFTER` (``2 صفر سے``), unless a year or an
#: epithet follows it. Hijri month names between a title or given name and a name word are
#: names (``محمد رمضان``, ``شعبان علی``, ``رجب طیب``); the name words come from
#: :mod:`urdu_entities.lang.given_names` and :mod:`urdu_entities.lang.titles`.

#: Words that introduce a month name and belong to the date (``ماہ جون``, ``ماہ رمضان``).
MONTH_PREFIXES: tuple[str, ...] = ("ماہ",)

#: Weekdays, ISO numbering (Monday = 1), with spellings and oblique forms.
WEEKDAYS: dict[int, tuple[str, ...]] = {
    1: ("پیر", "سوموار"),
    2: ("منگل",),
    3: ("بدھ",),
    4: ("جمعرات",),
    5: ("جمعہ", "جمعے", "جمعۃ"),
    6: ("ہفتہ", "ہفتے", "سنیچر"),
    7: ("اتوار",),
}


#: Weekday names that are also other words (پیر saint/foot/Monday, بدھ Buddha, منگل Mars,
#: جمعہ Friday prayers, ہفتہ week): alone they need a weekday cue next to them.
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset(
    {"پیر", "منگل", "بدھ", "جمعہ", "جمعے", "ہفتہ", "ہفتے"}
)

#: Word sequences after a weekday that make it a day (``بدھ کو``, ``پیر کے روز``). They are
#: cues only: the date span ends before them.
WEEKDAY_CUES_AFTER: tuple[str, ...] = (
    "کو",
    "کے روز",
    "کے دن",
    "کی صبح",
    "کی شام",
    "کی رات",
    "کی شب",
    "کی دوپہر",
    "کی دو پہر",
    "کی سہ پہر",
    "کی درمیانی",
    "کی علی الصبح",
)

#: Cues that confirm a weekday (``بدھ سے برفباری``, ``مہم پیر سے``, ``جمعہ تک``), except
#: ``ہفتہ``/``ہفتے`` (``ایک ہفتے سے``: for a week) and after the words of
#: :data:`WEEKDAY_NOT_AFTER_WEAK_CUES`, which make the word a noun (``اپنے پیر سے`` with his
#: foot, ``ان کے پیر سے`` from their saint).
WEEKDAY_WEAK_CUES_AFTER: tuple[str, ...] = ("سے", "تک")
WEEKDAYS_NOT_BEFORE_WEAK_CUES: frozenset[str] = frozenset({"ہفتہ", "ہفتے"})
WEEKDAY_NOT_AFTER_WEAK_CUES: frozenset[str] = frozenset(
    {"کا", "کی", "کے", "اپنے", "اپنی", "اپنا", "میرے", "ہمارے", "تمہارے", "دائیں", "بائیں",
     "ایک", "دونوں", "زخمی", "اس", "ان", "جس", "کس", "نے"}
)  # fmt: skip

#: Words before a weekday that make it a day (``بروز جمعہ``); ``بروز`` is part of the span.
WEEKDAY_PREFIXES: tuple[str, ...] = ("بروز",)

#: Words that, next to ``بدھ`` and its likes, show a religion, not a weekday.
WEEKDAY_NOT_AFTER: frozenset[str] = frozenset(
    {"گوتم", "مہاتما", "لارڈ", "بھگوان", "گوتما", "نماز", "مسٹر", "پیر", "سید", "حضرت"}
)
WEEKDAY_NOT_BEFORE: frozenset[str] = frozenset(
    {"مت", "مذہب", "ازم", "بھکشو", "بھکشوؤں", "راہب", "راہبوں", "مندر", "دھرم", "صاحب", "پگارا",
     "پگاڑا", "سٹوپا", "اسٹوپا", "مجسمہ", "مجسمے", "تعلیمات"}
)  # fmt: skip

#: Words before a year number that mark it as a year and belong to the span (``سنہ 2006``).
YEAR_PREFIXES: tuple[str, ...] = ("سنہ", "سن")

#: ``سال 2013`` (the year 2013) — but ``ہر سال 1500 لڑکیاں`` is a count: after these words
#: the number must still look like a year and stand in a date context.
WEAK_YEAR_PREFIXES: tuple[str, ...] = ("سال", "بسال")

#: Marks after a year: Gregorian era (``2006ء``, ``۱۸۵۷ ؁ء``, ``عیسوی``), and ``سنہ`` written
#: after the year (``2013 سنہ``).
GREGORIAN_YEAR_SUFFIXES: tuple[str, ...] = ("ء", "؁ء", "؁ ء", "؁", "عیسوی", "ع", "سنہ")

#: Marks after a year: Hijri era (``1445ھ``, ``1445 ہجری``).
HIJRI_YEAR_SUFFIXES: tuple[str, ...] = ("ھ", "ہ", "ہجری", "ھجری", "ہ ق", "؁ھ", "؁ ھ")

#: Marks after a year or century: before Christ.
BC_SUFFIXES: tuple[str, ...] = ("قبل مسیح", "قبل از مسیح", "ق م", "قبل عیسوی", "ق۔م")

#: Word naming a day of the month by number (``نومبر کی سولہ تاریخ``, ``16 تاریخ کو``).
DAY_OF_MONTH_WORDS: tuple[str, ...] = ("تاریخ",)

#: Words between a month and a following day (``نومبر کی سولہ تاریخ``).
GENITIVES: tuple[str, ...] = ("کی", "کے", "کا")

#: Words after "month day" that close a date (``دسمبر اکتیس تک``); cues, outside the span.
MONTH_DAY_CUES: tuple[str, ...] = ("تک", "کو")

#: Decade words after a year (``1990 کی دہائی``, ``1970ء کے عشرے``).
DECADE_WORDS: tuple[str, ...] = ("دہائی", "دہائیوں", "دھائی", "دہائیاں", "عشرے", "عشرہ", "دہے")

#: Century word after an ordinal (``اکیسویں صدی``, ``19 ویں صدی``).
CENTURY_WORDS: tuple[str, ...] = ("صدی",)

#: Words after a century that belong to it (``انیسویں صدی عیسوی``).
CENTURY_AD_SUFFIXES: tuple[str, ...] = ("عیسوی", "عیسویں", "عیسیٰ", "عیسی")

#: Parts of a month or a year, written after it with a genitive (``اگست کے آخر``) or before
#: it (``وسط اکتوبر``). Each maps to a key of :data:`PART_DAYS` / :data:`PART_MONTHS`.
PARTS_AFTER: dict[str, str] = {
    "آخر": "late",
    "آخری دنوں": "late",
    "اواخر": "late",
    "اختتام": "late",
    "اوائل": "early",
    "شروع": "early",
    "آغاز": "early",
    "ابتدا": "early",
    "ابتدائی دنوں": "early",
    "وسط": "mid",
    "پہلے ہفتے": "week1",
    "دوسرے ہفتے": "week2",
    "تیسرے ہفتے": "week3",
    "آخری ہفتے": "lastweek",
    "پہلا عشرہ": "decad1",
    "پہلے عشرے": "decad1",
    "دوسرا عشرہ": "decad2",
    "دوسرے عشرے": "decad2",
    "تیسرا عشرہ": "decad3",
    "تیسرے عشرے": "decad3",
    "آخری عشرہ": "decad3",
    "آخری عشرے": "decad3",
}
PARTS_BEFORE: dict[str, str] = {
    "وسط": "mid",
    "اوائل": "early",
    "اواخر": "late",
    "آخر": "late",
}

#: Days covered by each part of a month: (first day, last day); ``None`` is the month's last
#: day and a negative first day counts from the end (``-6`` with ``None``: the last seven).
PART_DAYS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, None),
    "week1": (1, 7),
    "week2": (8, 14),
    "week3": (15, 21),
    "lastweek": (-6, None),
    "decad1": (1, 10),
    "decad2": (11, 20),
    "decad3": (21, None),
}

#: Months covered by each part of a year (only the parts that apply to years).
PART_MONTHS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
}


#: Connectors of a range (``10 سے 13 ستمبر``, ``10 تا 13``, ``10-13``, ``سے لے کر``).
RANGE_CONNECTORS: tuple[str, ...] = ("سے", "تا", "-", "سے لے کر", "سے لیکر")

#: Connectors of a list of days (``10، 11 اور 12 ستمبر``).
LIST_CONNECTORS: tuple[str, ...] = ("اور", "،", ",", "و")
