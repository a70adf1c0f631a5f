"""Relative (deictic) date words: ``آج``, ``کل``, ``گزشتہ سال``, ``اگلے ماہ``, ``دو سال پہلے``.

Pure data. Units are ``D`` (day), ``W`` (week), ``M`` (month), ``Y`` (year). Offsets count
units from the reference date (negative = past).
"""

from __future__ import annotations

#: Single words that name a day relative to today, with a fixed offset.
DEICTIC_DAYS: dict[str, int] = {
    "آج": 0,
}

#: Words whose direction depends on the tense of the sentence: ``کل`` is yesterday or
#: tomorrow, ``پرسوں`` the day before yesterday or after tomorrow. Value = distance in days.
TENSE_DEPENDENT_DAYS: dict[str, int] = {
    "کل": 1,
    "پرسوں": 2,
    "ترسوں": 3,
}

#: Fixed multi-word phrases naming a day relative to today.
DAY_PHRASES: dict[str, int] = {
    "گزشتہ روز": -1,
    "گذشتہ روز": -1,
    "پچھلے روز": -1,
    "گزشتہ شب": -1,
    "گذشتہ شب": -1,
    "گزشتہ رات": -1,
    "گذشتہ رات": -1,
}

#: The time of day a day phrase names (a key of ``time_of_day.PERIODS`` values): ``گزشتہ شب``
#: is last night, so ``گزشتہ شب 11 بجے`` is 23:00.
DAY_PHRASE_PERIODS: dict[str, str] = {
    "گزشتہ شب": "night",
    "گذشتہ شب": "night",
    "گزشتہ رات": "night",
    "گذشتہ رات": "night",
}

#: Modifiers before a unit (``گزشتہ سال``) and their offset.
MODIFIERS_BEFORE: dict[str, int] = {
    "گزشتہ": -1,
    "گذشتہ": -1,
    "پچھلے": -1,
    "پچھلا": -1,
    "پچھلی": -1,
    "پیوستہ": -1,
    "اگلے": 1,
    "اگلا": 1,
    "اگلی": 1,
    "آئندہ": 1,
    "آنے والے": 1,
    "اس": 0,
    "رواں": 0,
    "موجودہ": 0,
}

#: Modifiers written after a unit (``سال رواں``, ``ماہ گزشتہ``).
MODIFIERS_AFTER: dict[str, int] = {
    "رواں": 0,
    "گزشتہ": -1,
    "گذشتہ": -1,
    "آئندہ": 1,
}

#: Anaphoric modifier: ``اسی سال جنوری`` is January of the year just mentioned, not of the
#: reference date. Taken only before a month name.
ANAPHORIC_MODIFIERS: tuple[str, ...] = ("اسی",)

#: Calendar units.
UNITS: dict[str, str] = {
    "سال": "Y",
    "برس": "Y",
    "ماہ": "M",
    "مہینے": "M",
    "مہینہ": "M",
    "ہفتے": "W",
    "ہفتہ": "W",
    "دن": "D",
    "روز": "D",
}

#: Units written alone before a part (``ماہ کے آخر``, ``سال کے آغاز``): the current month or
#: year of the reference date.
BARE_UNITS_BEFORE_PART: frozenset[str] = frozenset({"ماہ", "مہینے", "سال", "برس"})

#: Words before a bare unit that make it some other month or year (``ہر ماہ`` every month,
#: ``مالی سال`` the fiscal year, ``نئے سال`` the new year).
BARE_UNIT_NOT_AFTER: frozenset[str] = frozenset(
    {"ہر", "مالی", "تعلیمی", "کیلنڈر", "نئے", "نیا", "اسی", "ایک", "اس", "کس", "جس", "کسی"}
)

#: Length units of a duration (``دو سال``, ``دس ہفتوں``, ``چار گھنٹے``), with the ISO 8601
#: designator: ``Y``, ``M``, ``W``, ``D``, ``H`` (hours), ``MIN``, ``S``, ``DECADE`` (ten
#: years), ``CENTURY`` (a hundred).
DURATION_UNITS: dict[str, str] = {
    "سال": "Y", "سالوں": "Y", "برس": "Y", "برسوں": "Y",
    "ماہ": "M", "مہینے": "M", "مہینہ": "M", "مہینوں": "M",
    "ہفتے": "W", "ہفتہ": "W", "ہفتوں": "W",
    "دن": "D", "دنوں": "D", "روز": "D",
    "گھنٹے": "H", "گھنٹہ": "H", "گھنٹوں": "H",
    "منٹ": "MIN", "منٹوں": "MIN",
    "سیکنڈ": "S", "سکینڈ": "S", "سکنڈ": "S",
    "دہائی": "DECADE", "دہائیاں": "DECADE", "دہائیوں": "DECADE", "عشرے": "DECADE",
    "صدی": "CENTURY", "صدیاں": "CENTURY", "صدیوں": "CENTURY",
}  # fmt: skip

#: Units that a modifier may combine with directly (``گزشتہ سال``); ``گزشتہ دن`` is not
#: a date in Urdu news, ``گزشتہ روز`` is listed in :data:`DAY_PHRASES`.
MODIFIABLE_UNITS: frozenset[str] = frozenset({"Y", "M", "W"})

#: Words after "number + unit" that make it a past point (``دو سال پہلے``).
AGO_WORDS: tuple[str, ...] = ("پہلے", "قبل")

#: Words after ``آج`` that make it something other than today (``آج کل`` nowadays,
#: ``آج تک`` so far).
TODAY_NOT_BEFORE: frozenset[str] = frozenset({"کل", "تک"})

#: ``کل`` is "total/all" before these nouns and after a genitive or ``آج``.
KAL_NOT_BEFORE: frozenset[str] = frozenset(
    {
        "تعداد", "رقم", "آبادی", "جماعتی", "ہند", "پاکستان", "وقتی", "اثاثے", "اثاثوں", "مالیت",
        "ملا", "اخراجات", "ووٹ", "ووٹوں", "حجم", "سرمایہ", "بجٹ", "لاگت", "رقبہ", "رقبے",
        "پیداوار", "آمدنی", "قرض", "قرضے", "قرضوں", "نشستوں", "نشستیں", "سیٹوں", "عالم", "جہان",
        "کائنات", "اختیار", "اختیارات", "مختار", "مقدار", "وزن", "حصہ", "حصے", "فیصد",
        "طور", "نمبر", "نمبروں", "اسکور", "سکور", "رنز", "میزان", "ملک", "جماعتوں", "ملکی",
        "قومی", "امریکہ", "افراد", "لوگ", "لوگوں", "ہلاکتوں", "ہلاکتیں",
    }
)  # fmt: skip
KAL_NOT_AFTER: frozenset[str] = frozenset({"آج", "کا", "کی", "کے", "کہ", "یہ", "اپنی", "اپنے"})

#: Verb forms marking the future; ``کل`` in a sentence with one is tomorrow.
FUTURE_MARKERS: frozenset[str] = frozenset(
    {
        "گا", "گی", "گے", "ہوگا", "ہوگی", "ہونگے", "ہوںگے", "جائےگا", "جائےگی", "جائیںگے",
        "کرےگا", "کریگا", "کرینگے", "کریںگے", "رہےگا", "رہےگی", "رہیںگے", "جائینگے", "ہونگی",
    }
)  # fmt: skip
