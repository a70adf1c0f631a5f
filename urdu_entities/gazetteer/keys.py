"""Matching keys for names: how two spellings of one name come to look alike.

* The *name key* of a form is its normalised words without spaces (``ولادی ووستوک`` and
  ``ولادیووستوک`` share one), except for short names, which keep their spaces so that
  gluing short words together cannot invent a match (``کم ال`` is not ``کمال``).
* The *variant key* is the name key with the letters that web Urdu types for one another
  folded (``آ``/``ا``, ``ٹ``/``ت``, ``ے``/``ی``, ``ہ``/``ھ``, hamza forms: see
  :data:`~urdu_entities.lang.letters_fold.VARIANT_FOLD`), so ``اسلام اباد`` finds
  ``اسلام آباد``. It keeps the vowel letters and so may match names of four letters and more.
* The *Latin key* lets a name written in Latin letters inside Urdu text (``PML-N``,
  ``Supreme Court``, ``ISPR``) find its entry: Latin forms, the entry's canonical name, and
  Urdu forms made only of spelled-out letters (``آئی ایس پی آر`` → ``ispr``) or of words with
  a settled English rendering (``سپریم کورٹ`` → ``supremecourt``), casefolded, letters and
  digits only.
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
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import regex

from urdu_entities.lang.letters import INVISIBLE
from urdu_entities.lang.letters_fold import (
    SKELETON_DROP,
    SKELETON_FINAL,
    SKELETON_FOLD,
    VARIANT_FOLD,
)
from urdu_entities.models import GazetteerEntryData
from urdu_entities.text import lexicon
from urdu_entities.text.normalize import normalize_text
from urdu_entities.text.tokenize import TokenKind, tokenize

#: Shortest name (letters, without spaces) matched regardless of spacing.
MIN_COMPACT = 6
#: Shortest one-word name that may match through its variant key (longer names need
#: :data:`MIN_COMPACT` letters).
MIN_VARIANT_WORD = 5
#: Shortest Latin key.
MIN_LATIN = 2
#: A one-word Latin name this short matches only when written in capitals.
MAX_LOWER_ACRONYM = 3
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
_VARIANT = str.maketrans(VARIANT_FOLD)
_FINAL_KEPT = "ے"
_NOT_LATIN_KEY = regex.compile(r"[^a-z0-9]+")
_HAS_LATIN = regex.compile(r"\p{Latin}")


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


def variant_fold(text: str) -> str:
    """``text`` with every letter of :data:`VARIANT_FOLD` folded: the loose form the finder
    tests window prefixes with."""
    return text.translate(_VARIANT)


def variant_key(words: Sequence[str]) -> str:
    """The variant key of a name's normalised words, ``""`` when it has none.

    Only names written in Urdu letters, of :data:`MIN_COMPACT` letters and more (one word:
    :data:`MIN_VARIANT_WORD`), not spelled-out letters (``سی آئی اے``), have one. A one-word
    name keeps a final ``ے``: alone, ``روٹی`` (bread) and ``کیڑے`` are inflected ordinary
    words, not ``روٹے`` or ``کیری``.
    """
    compact = "".join(words)
    if len(words) == 1:
        if len(compact) < MIN_VARIANT_WORD:
            return ""
    elif len(compact) < MIN_COMPACT:
        return ""
    if _HAS_LATIN.search(compact) or all(w in lexicon.LETTERS for w in words):
        return ""
    if len(words) == 1 and compact[-1] in _FINAL_KEPT:
        return variant_fold(compact[:-1]) + compact[-1]
    return variant_fold(compact)


def variant_keys(word_lists: Sequence[Sequence[str]]) -> list[str]:
    """Variant keys of many names at once (see :func:`variant_key`)."""
    return [variant_key(words) for words in word_lists]


def latin_key(text: str) -> str:
    """The Latin key of Latin text (``PML-N`` → ``pmln``); ``""`` when too short."""
    key = _NOT_LATIN_KEY.sub("", text.casefold())
    return key if len(key) >= MIN_LATIN else ""


def latin_rendering(words: Sequence[str]) -> str:
    """The Latin key of an Urdu name spelled out letter by letter or made only of words
    with a settled English rendering, else ``""``."""
    if len(words) >= 2 and all(w in lexicon.LETTERS for w in words):
        return latin_key("".join(lexicon.LETTERS[w] for w in words))
    parts = []
    for w in words:
        english = lexicon.NAME_WORDS.get(w)
        if english is None:
            return ""
        parts.append(english)
    return latin_key("".join(parts)) if len(parts) >= 2 else ""


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


@dataclass(frozen=True, slots=True)
class LayerKeys:
    """The keys of one layer's forms, with hits numbered from the layer's first entry."""

    names: list[str]
    name_hits: list[int]
    skeletons: list[str]
    skeleton_hits: list[int]
    #: entry number → diacritised spellings of its ambiguous forms, as matched (visible)
    marked: dict[int, list[str]]
    #: the name keys without spaces, sorted: the finder's prefix table
    compact_sorted: list[str]
    #: skeleton keys cut at each inner word boundary (``a b c`` → ``a``, ``a b``)
    skeleton_prefixes: list[str]
    variants: list[str]
    variant_hits: list[int]
    #: the names' compact forms with every variant letter folded, sorted: the finder's
    #: prefix table for variant matches
    variant_sorted: list[str]
    latins: list[str]
    latin_hits: list[int]


def layer_keys(entries: Sequence[GazetteerEntryData]) -> LayerKeys:
    """Compute the name keys and skeletons of every form of ``entries``."""
    owners: list[int] = []
    forms: list[str] = []
    marked_by_entry: dict[int, list[str]] = {}
    for number, entry in enumerate(entries):
        ambiguous = entry.get("ambiguous")
        marked = _marked_forms(entry) if ambiguous else frozenset()
        if marked:
            marked_by_entry[number] = sorted(visible(f) for f in marked)
        for form in entry["forms"]:
            if form not in marked:
                owners.append(number * 2 + bool(ambiguous and form in ambiguous))
                forms.append(form)
    # Whole-list steps (comprehensions, compress) rather than one Python loop over the forms:
    # this is what a million-entry file spends its time on.
    word_lists = words_of(forms)
    has_words = list(map(bool, word_lists))
    names = [name_key(words) for words in compress(word_lists, has_words)]
    name_hits = list(compress(owners, has_words))
    skeletons = skeleton_keys(word_lists)
    has_skeleton = list(map(bool, skeletons))
    skeleton_list = list(compress(skeletons, has_skeleton))
    skeleton_hits = list(compress(owners, has_skeleton))
    compact_sorted = sorted(k.replace(" ", "") if " " in k else k for k in names)
    level = set(skeleton_list)
    prefixes: set[str] = set()
    while level:
        level = {key.rsplit(" ", 1)[0] for key in level if " " in key}
        prefixes |= level
    variants = variant_keys(word_lists)
    has_variant = list(map(bool, variants))
    variant_list = list(compress(variants, has_variant))
    variant_hits = list(compress(owners, has_variant))
    variant_sorted = sorted({variant_fold("".join(w)) for w, k in zip(word_lists, variants,
                                                                        strict=True) if k})
    latins, latin_hits = _latin_keys(entries, forms, word_lists, owners)
    return LayerKeys(names, name_hits, skeleton_list, skeleton_hits, marked_by_entry,
                     compact_sorted, sorted(prefixes), variant_list, variant_hits,
                     variant_sorted, latins, latin_hits)


def _latin_keys(
    entries: Sequence[GazetteerEntryData],
    forms: Sequence[str],
    word_lists: Sequence[Sequence[str]],
    owners: Sequence[int],
) -> tuple[list[str], list[int]]:
    """Latin keys: the canonical name of every entry, its Latin forms and the Latin
    renderings of its Urdu forms (see :func:`latin_rendering`). A rendering nobody listed
    needs context, like an ambiguous form: ``سی اے اے`` may be an authority, but ``CAA``
    in a text may be many things."""
    keys: list[str] = []
    hits: list[int] = []
    seen: set[tuple[str, int]] = set()

    def add(key: str, hit: int) -> None:
        if key and (key, hit) not in seen:
            seen.add((key, hit))
            keys.append(key)
            hits.append(hit)

    for form, words, hit in zip(forms, word_lists, owners, strict=True):
        if _HAS_LATIN.search(form):
            add(latin_key(form), hit)
        elif words and (words[0] in lexicon.LETTERS or words[0] in lexicon.NAME_WORDS):
            add(latin_rendering(words), hit | 1)
    for number, entry in enumerate(entries):
        add(latin_key(entry["canonical"]), number * 2)
    return keys, hits


def _marked_forms(entry: GazetteerEntryData) -> frozenset[str]:
    """Forms that spell an ambiguous form with diacritics (``کِم`` for ``کم``)."""
    ambiguous = entry.get("ambiguous", [])
    ambiguous_keys = {" ".join(word_tokens(f)) for f in ambiguous}
    return frozenset(
        f for f in entry["forms"]
        if f not in ambiguous and " ".join(word_tokens(f)) in ambiguous_keys
    )
