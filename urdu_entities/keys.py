"""Matching keys for names: how two spellings of one name come to look alike.

Three levels, from strict to loose:

* the *spaced key*: normalised tokens joined by one space;
* the *compact key*: the same without spaces (``ولادی ووستوک`` = ``ولادیووستوک``), used only
  for names long enough that gluing tokens together cannot invent a match;
* the *skeleton*: the compact key with vowel letters dropped and letters that Urdu spellings
  of foreign names swap folded together (ت/ٹ/ط, س/ص/ث, ...), used only for long names.
"""

from __future__ import annotations

import unicodedata

import regex

from .lang.letters import INVISIBLE
from .lang.letters_fold import SKELETON_DROP, SKELETON_FOLD
from .normalize import normalize_text
from .tokenize import TokenKind, tokenize

#: Shortest compact key (in characters) matched regardless of spacing.
MIN_COMPACT = 6
#: Shortest compact key (in characters) that may match through its skeleton.
MIN_FUZZY = 8
#: Shortest skeleton that may be matched.
MIN_SKELETON = 5

_SKELETON_TABLE = str.maketrans({**SKELETON_FOLD, **{c: None for c in SKELETON_DROP}})


def word_tokens(form: str) -> list[str]:
    """Normalised word tokens of a surface form (punctuation dropped, Latin casefolded)."""
    return [
        t.text.casefold() if t.kind is TokenKind.LATIN else t.text
        for t in tokenize(normalize_text(form))
        if t.is_word
    ]


_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")


def visible(text: str) -> str:
    """``text`` in NFC without tatweel and zero-width characters (diacritics kept)."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def skeleton(compact: str) -> str:
    """Consonant skeleton of a compact key, with doubled letters collapsed."""
    folded = compact.translate(_SKELETON_TABLE)
    out: list[str] = []
    for ch in folded:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
