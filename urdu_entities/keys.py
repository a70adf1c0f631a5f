"""Matching keys for names: how two spellings of one name come to look alike.

* The *name key* of a form is its normalised words without spaces (``ولادی ووستوک`` and
  ``ولادیووستوک`` share one), except for short names, which keep their spaces so that
  gluing short words together cannot invent a match (``کم ال`` is not ``کمال``).
* The *skeleton* keeps the words apart but drops the vowel letters inside each word and
  folds letters that Urdu spellings of foreign names swap (ت/ٹ/ط, س/ص/ث, ...). Only long
  names are matched by it, and only by a run of as many words as the name has, so a
  postposition cannot ride along (``الیکشن کے`` is not ``لوکاشینکو``).

Keys of many forms are computed in one pass over their joined text, which is what lets a
million-entry gazetteer load in seconds.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import regex

from .lang.letters import INVISIBLE
from .lang.letters_fold import SKELETON_DROP, SKELETON_FINAL, SKELETON_FOLD
from .normalize import normalize_text
from .tokenize import TokenKind, tokenize

#: Shortest name (letters, without spaces) matched regardless of spacing.
MIN_COMPACT = 6
#: Shortest name (letters, without spaces) that may match through its skeleton.
MIN_FUZZY = 8
#: Shortest skeleton (letters, without spaces) that may be matched.
MIN_SKELETON = 5
#: Names whose words average fewer letters than this (spelled-out acronyms such as
#: ``بی بی سی``) are never matched by skeleton.
MIN_FUZZY_WORD = 4

_SEPARATOR = "\ue000"  # a private-use character: no form contains it, normalisation keeps it
_BOUNDARY = f" {_SEPARATOR}"
_DROP_INSIDE = regex.compile(f"(?<=[^{_BOUNDARY}])[{SKELETON_DROP}](?![{_BOUNDARY}]|$)")
_FINALS = tuple(
    (regex.compile(f"[{''.join(k for k, v in SKELETON_FINAL.items() if v == target)}]"
                   f"(?=[{_BOUNDARY}]|$)"), target)
    for target in sorted(set(SKELETON_FINAL.values()))
)
_FOLDS = tuple(SKELETON_FOLD.items())
_LETTERS = r"\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff"
_PLAIN = regex.compile(f"[{_LETTERS} ]+")
_PLAIN_JOINED = regex.compile(f"[{_LETTERS} {_SEPARATOR}]*")
_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")


def word_tokens(form: str) -> list[str]:
    """Normalised word tokens of a surface form (punctuation dropped, Latin casefolded)."""
    return _words(normalize_text(form))


def _words(normal: str) -> list[str]:
    if _PLAIN.fullmatch(normal):
        return normal.split()
    return [
        t.text.casefold() if t.kind is TokenKind.LATIN else t.text
        for t in tokenize(normal)
        if t.is_word
    ]


def words_of(forms: Sequence[str]) -> list[list[str]]:
    """Normalised words of many forms at once."""
    joined = normalize_text(_SEPARATOR.join(f.replace(_SEPARATOR, " ") for f in forms))
    normals = joined.split(_SEPARATOR)
    if len(normals) != len(forms):  # cannot happen unless normalisation ate a separator
        normals = [normalize_text(f) for f in forms]
    elif _PLAIN_JOINED.fullmatch(joined):  # Urdu letters and spaces only: the common case
        return [normal.split() for normal in normals]
    return [_words(normal) for normal in normals]


def name_key(words: Sequence[str], compact: str | None = None) -> str:
    """The name key of a sequence of normalised words."""
    if compact is None:
        compact = "".join(words)
    return compact if len(compact) >= MIN_COMPACT else " ".join(words)


def _fold(text: str) -> str:
    text = _DROP_INSIDE.sub("", text)
    for final, target in _FINALS:
        text = final.sub(target, text)
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    return text


@lru_cache(maxsize=65536)
def word_skeleton(word: str) -> str:
    """Skeleton of one normalised word."""
    return _fold(word)


def skeleton_keys(word_lists: Sequence[Sequence[str]]) -> list[str]:
    """Skeleton keys of many names at once; ``""`` where a name is not matched fuzzily."""
    letters = [sum(map(len, words)) for words in word_lists]
    eligible = [
        i for i, (n, words) in enumerate(zip(letters, word_lists, strict=True))
        if n >= MIN_FUZZY and n >= MIN_FUZZY_WORD * len(words)
    ]
    if not eligible:
        return [""] * len(word_lists)
    folded = _fold(_SEPARATOR.join(" ".join(word_lists[i]) for i in eligible)).split(_SEPARATOR)
    out = [""] * len(word_lists)
    for i, key in zip(eligible, folded, strict=True):
        if len(key) - key.count(" ") >= MIN_SKELETON:
            out[i] = key
    return out


def max_spelling_edits(compact: str) -> int:
    """Letter edits a skeleton match may differ by from a listed form."""
    return 2 + len(compact) // 10


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (only ever run on a skeleton match: short strings, rarely)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def visible(text: str) -> str:
    """``text`` in NFC without tatweel and zero-width characters (diacritics kept)."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
