"""Context words that decide whether a weak date form (a bare year, a bare month name) is a
date, and that keep quantities out. Pure data.
"""

from __future__ import annotations

#: Words right after a bare year or month name that show a date (``2016 میں``,
#: ``جولائی میں``). They are cues only and stay outside the span.
DATE_FOLLOWERS: frozenset[str] = frozenset(
    {
        "میں", "سے", "تک", "کے", "کی", "کا", "کو", "اور", "تا", "کیلئے", "کےلیے",
        "والے", "والی", "والا", "کےدوران", "کےبعد", "کےآخر", "ہی", "بھی", "ء", "یعنی",
    }
)  # fmt: skip

#: Word sequences after a bare number that make it a quantity, not a year (``2000 سے زائد``,
#: ``1500 کے قریب``).
QUANTITY_AFTER: tuple[str, ...] = (
    "سے زائد",
    "سے زیادہ",
    "سے کم",
    "سے اوپر",
    "سے متجاوز",
    "سے تجاوز",
    "کے قریب",
    "کے لگ بھگ",
    "کی تعداد",
    "کا ہندسہ",
    "کے ہندسے",
    "کا اضافہ",
    "کی کمی",
    "روپے",
    "روپوں",
    "ڈالر",
    "ہی نہیں",
    "میں سے",
)

#: Words right before a bare number that make it a quantity or a label (``تقریباً 2000``,
#: ``دفعہ 1973``, ``نمبر 1122``).
QUANTITY_BEFORE: frozenset[str] = frozenset(
    {
        "تقریباً", "تقریبا", "لگ", "قریب", "کل", "مجموعی", "نمبر", "صفحہ", "صفحات", "آیت",
        "دفعہ", "شق", "آرٹیکل", "پیئر", "ریزولوشن", "قرارداد", "کوڈ", "ایف", "کمرہ", "گلی",
        "سیکٹر", "بلاک", "روپے", "ڈالر", "اوسطاً", "تقریبًا", "ماڈل", "ورژن", "فلائٹ", "پرواز",
        "ہر", "قیمت", "شرح", "ریسکیو", "ایمرجنسی", "ہیلپ", "لائن", "فون", "موبائل", "اسکور",
        "سکور", "ہدف", "صفحے", "پیرا", "ایکسٹینشن", "کلاس", "گریڈ", "روٹ", "بس", "ٹرین",
    }
)  # fmt: skip

#: Punctuation that, right before or after a bare number, makes it part of something else
#: (a time ``10:30``, a fraction ``3/4``, a percentage, a score).
NUMBER_JOINERS: frozenset[str] = frozenset({":", "/", "%", "٪", "+", "×", "x", "$", "£", "€"})

#: Postpositions that may be glued to the end of a date word (``ستمبرکو``, ``1973ءکے``); a
#: glued word is split only into date words and these.
GLUED_POSTPOSITIONS: frozenset[str] = frozenset({"میں", "سے", "تک", "کے", "کی", "کا", "کو", "ء"})

#: After "number + zero" (``ایک صفر``, ``2 صفر``) these words show a score, not the Hijri month
#: Safar (``ایک صفر سے شکست``).
SCORE_AFTER: frozenset[str] = frozenset({"سے"})

#: Words that introduce a document's own date (``شائع شدہ: 5 ستمبر 2023``). A full date right
#: after one of them, alone (or nearly) on the first line, or in brackets there, is the
#: document's dateline when the text goes on after that line; relative dates are resolved
#: against it when no reference date is given.
DATELINE_WORDS: tuple[str, ...] = ("شائع شدہ", "تاریخ اشاعت", "اشاعت", "اپ ڈیٹ", "اپڈیٹ", "شائع")
#: How many other words (a place name, a byline) the dateline's line may have.
DATELINE_MAX_LINE_WORDS: int = 6
