"""Punctuation: what ends a sentence and what joins words."""

from __future__ import annotations

#: Tokens that end a sentence: Urdu full stop, Arabic question mark, ASCII terminators.
SENTENCE_END = frozenset({"۔", "؟", "?", "!", ".", "…"})

#: Urdu punctuation marks, for reference in token classes.
URDU_PUNCTUATION = "۔،؟؛"

#: Characters that join two names into one compound written without spaces
#: (``روس-شمالی کوریا``); they are tokens of their own.
JOINERS = frozenset({"-", "/"})

#: Transliterated English articles before a name (``دی وائٹ ہاؤس``). A match that starts with
#: one is trimmed to the rest when the rest alone names the same entry.
ARTICLES = frozenset({"دی"})

#: Brackets that may hold a name's acronym right after it (``بنگلہ دیش نیشنلسٹ پارٹی (BNP)``),
#: opening → closing.
BRACKETS: dict[str, str] = {"(": ")", "[": "]"}

#: The most tokens an acronym in brackets may have (``PML-N``: three).
MAX_ACRONYM_TOKENS = 5
