"""Letter-level normalisation data: Arabic vs Urdu letter forms, digits, quotes, spaces."""

from __future__ import annotations

#: Replacements that keep the text's length (one character for one character).
ONE_TO_ONE: dict[str, str] = {
    "\u064a": "\u06cc",  # ARABIC YEH → FARSI YEH (Urdu choti ye)
    "\u0649": "\u06cc",  # ALEF MAKSURA → ی
    "\u0643": "\u06a9",  # ARABIC KAF → KEHEH (Urdu kaf)
    "\u0629": "\u06c1",  # TEH MARBUTA → HEH GOAL
    "\u06c0": "\u06c1",  # HEH WITH YEH ABOVE → HEH GOAL
    "\u06d5": "\u06c1",  # AE → HEH GOAL
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE → ALEF
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW → ALEF
    "\u0671": "\u0627",  # ALEF WASLA → ALEF
    "\u066a": "%",
    "\u066b": ".",
    "\u066c": ",",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}
for _i in range(10):
    ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Urdu) digits
    ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
for _cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
    ONE_TO_ONE[chr(_cp)] = " "
for _cp in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)):
    ONE_TO_ONE[chr(_cp)] = " "

#: Marks ignored for matching (harakat, superscript alef, Quranic annotation signs).
DIACRITICS = "\u064b-\u065f\u0670\u06d6-\u06ed"

#: Characters dropped entirely: tatweel, zero-width and bidi controls, BOM.
INVISIBLE = "\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"

#: Multi-character sequences (letter + combining hamza/madda) and precomposed letters that
#: expand; each maps to its canonical Urdu spelling.
SEQUENCES: dict[str, str] = {
    "\u06c1\u0654": "\u06c1",  # ہ + hamza above → ہ
    "\u06c2": "\u06c1",  # ۂ → ہ
    "\u06cc\u0654": "\u0626",  # ی + hamza above → ئ
    "\u064a\u0654": "\u0626",
    "\u06d2\u0654": "\u0626\u06d2",  # ے + hamza above → ئے
    "\u06d3": "\u0626\u06d2",  # ۓ → ئے
    "\u0648\u0654": "\u0624",  # و + hamza above → ؤ
    "\u0627\u0653": "\u0622",  # ا + madda → آ
    "\u0627\u0654": "\u0627",
}

#: Letters after which an Arabic HEH (U+0647) inside a word is the Urdu aspiration mark ھ;
#: everywhere else it is heh goal ہ.
ASPIRABLE = "بپتٹجچدڈکگلمنرڑ"
ARABIC_HEH = "\u0647"
DO_CHASHMI_HEH = "\u06be"
HEH_GOAL = "\u06c1"
