"""Titles and designations that precede names. They are context, never part of a span."""

from __future__ import annotations


def _lines(block: str) -> frozenset[str]:
    return frozenset(line.strip() for line in block.splitlines() if line.strip())


#: Each title as its normalised word tokens (space-separated). Longest titles are tried first.
TITLES: frozenset[str] = _lines(
    """
    مسٹر
    مس
    مسز
    جناب
    محترم
    محترمہ
    صدر
    نائب صدر
    وزیر اعظم
    وزیراعظم
    نگران وزیر اعظم
    وزیر
    وزیر دفاع
    وزیر خارجہ
    وزیر داخلہ
    وزیر خزانہ
    وزیر اطلاعات
    وزیر قانون
    وزیر اعلی
    وزیراعلی
    وزیر اعلیٰ
    وزیراعلیٰ
    وزیر مملکت
    گورنر
    سینیٹر
    سفیر
    ترجمان
    چیئرمین
    سربراہ
    رہنما
    جنرل
    لیفٹیننٹ جنرل
    میجر جنرل
    بریگیڈیئر
    بریگیڈیر
    کرنل
    لیفٹیننٹ کرنل
    میجر
    کیپٹن
    کپتان
    ایڈمرل
    ایئر مارشل
    ائیر مارشل
    ایئر چیف مارشل
    فیلڈ مارشل
    کمانڈر
    آرمی چیف
    چیف جسٹس
    جسٹس
    جج
    ڈاکٹر
    پروفیسر
    انجینئر
    مولانا
    قائد اعظم
    قائداعظم
    مولوی
    مفتی
    علامہ
    حضرت
    آیت اللہ
    آیت الله
    امام
    پوپ
    شہزادہ
    شہزادی
    ملکہ
    بادشاہ
    سلطان
    امیر
    ملا
    شیخ
    سیکرٹری
    سکریٹری
    سیکریٹری
    سیکرٹری خارجہ
    سکریٹری آف اسٹیٹ
    سیکرٹری آف اسٹیٹ
    سیکرٹری دفاع
    اسپیکر
    سپیکر
    ڈپٹی اسپیکر
    کوچ
    اوپنر
    بلے باز
    فاسٹ بولر
    اسپنر
    وکٹ کیپر
    کھلاڑی
    اداکار
    اداکارہ
    گلوکار
    گلوکارہ
    صحافی
    مصنف
    شاعر
    تجزیہ کار
    """
)

#: Words that may stand between a title and a name without breaking the link (a comma:
#: ``وائٹ ہاؤس کے ترجمان، جان ایف کربی``).
TITLE_GAP = frozenset({"،", ","})

#: Words before a title that make it a former or acting title; they stay outside the span.
TITLE_MODIFIERS = frozenset({"سابق", "نگران", "قائم مقام", "موجودہ", "نو منتخب"})

#: Longest title, in tokens.
MAX_TITLE_TOKENS = max(len(t.split()) for t in TITLES)
