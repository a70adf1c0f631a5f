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
        "ہر",
    }
)  # fmt: skip

#: Punctuation that, right before or after a bare number, makes it part of something else
#: (a time ``10:30``, a fraction ``3/4``, a percentage, a score).
NUMBER_JOINERS: frozenset[str] = frozenset({":", "/", "%", "٪", "+", "×", "x", "$", "£", "€"})

#: Postpositions that may be glued to the end of a date word (``ستمبرکو``, ``1973ءکے``); a
#: glued word is split only into date words and these.
GLUED_POSTPOSITIONS: frozenset[str] = frozenset({"میں", "سے", "تک", "کے", "کی", "کا", "کو", "ء"})
