"""The date words, read from the data modules of :mod:`urdu_entities.lang` and normalised as
the tokeniser sees them: single words as sets and maps, multi-word forms as :class:`Phrases`.

No Urdu word is written here; every table below comes from ``lang``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

from urdu_entities.lang import calendar as cal
from urdu_entities.lang import date_context as ctx
from urdu_entities.lang import given_names, titles
from urdu_entities.lang import numbers as nums
from urdu_entities.lang import relative_dates as rel
from urdu_entities.lang import time_of_day as tod
from urdu_entities.text.normalize import normalize_lines, normalize_text
from urdu_entities.text.segment import Segmenter
from urdu_entities.text.tokenize import token_columns, tokenize

V = TypeVar("V")


#: Keys computed so far: the tables share many forms and spellings.
_KEYS: dict[str, tuple[str, ...]] = {}


def key(form: str) -> tuple[str, ...]:
    """The normalised tokens of a listed form."""
    found = _KEYS.get(form)
    if found is None:
        found = _KEYS[form] = tuple(token.text for token in tokenize(normalize_text(form)))
    return found


def prime(forms: Iterable[str]) -> None:
    """Compute the keys of many forms at once: one normalisation and one tokenisation of
    their lines joined (both work within a line), instead of a call of each per form."""
    new = [f for f in dict.fromkeys(forms) if f not in _KEYS and "\n" not in f]
    if len(new) < 2:
        return
    lines = normalize_lines(new)
    if lines is None:
        return  # each form on its own, as key() does
    columns = token_columns("\n".join(lines))
    line_ends = list(accumulate(len(line) + 1 for line in lines))
    keys: list[list[str]] = [[] for _ in lines]
    line = 0
    for token, start in zip(columns.texts, columns.starts, strict=True):
        while start >= line_ends[line]:
            line += 1
        keys[line].append(token)
    for form, tokens in zip(new, keys, strict=True):
        _KEYS[form] = tuple(tokens)


def spellings(form: str) -> list[str]:
    """``form`` and its older spellings (:data:`~urdu_entities.lang.numbers.SPELLING_VARIANTS`)."""
    out = [form]
    for new, old in nums.SPELLING_VARIANTS:
        out += [f.replace(new, old) for f in out if new in f]
    return out


def _pairs(table: Mapping[int, Iterable[str]]) -> list[tuple[str, int]]:
    pairs = [
        (spelling, number)
        for number, forms in table.items()
        for form in forms
        for spelling in spellings(form)
    ]
    prime(spelling for spelling, _ in pairs)
    return pairs


class Phrases(Generic[V]):
    """Longest listed token sequence starting at a position."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        listed = [(spelling, payload) for form, payload in entries for spelling in spellings(form)]
        prime(spelling for spelling, _ in listed)
        for spelling, payload in listed:
            k = key(spelling)
            if k:
                by_first.setdefault(k[0], []).append((k, payload))
        for options in by_first.values():
            options.sort(key=lambda option: -len(option[0]))
        self._by_first = by_first

    def match(self, texts: Sequence[str], i: int) -> tuple[V, int] | None:
        """``(payload, end)`` of the longest form at ``texts[i:]``, or ``None``."""
        if i >= len(texts):
            return None
        for k, payload in self._by_first.get(texts[i], ()):
            n = len(k)
            if n == 1 or tuple(texts[i : i + n]) == k:
                return payload, i + n
        return None

    def first_words(self) -> set[str]:
        return set(self._by_first)

    def single_words(self) -> set[str]:
        return {k[0] for options in self._by_first.values() for k, _ in options if len(k) == 1}


def words(forms: Iterable[str]) -> frozenset[str]:
    """Normalised single-token forms."""
    listed = [spelling for form in forms for spelling in spellings(form)]
    prime(listed)
    return frozenset(k[0] for spelling in listed if len(k := key(spelling)) == 1)


def _word_map(table: Mapping[int, Iterable[str]]) -> dict[str, int]:
    return {k[0]: n for form, n in _pairs(table) if len(k := key(form)) == 1}


def _single(table: Mapping[str, V]) -> dict[str, V]:
    listed = [(spelling, v) for form, v in table.items() for spelling in spellings(form)]
    prime(spelling for spelling, _ in listed)
    return {k[0]: v for spelling, v in listed if len(k := key(spelling)) == 1}


CARDINAL = _word_map(nums.CARDINALS)
ORDINAL = _word_map(nums.ORDINALS)
HUNDRED = words(nums.HUNDRED)
THOUSAND = words(nums.THOUSAND)
FIRST_DAY = words(nums.FIRST_DAY)
NOT_A_DAY_WITHOUT_YEAR = words(nums.NOT_A_DAY_WITHOUT_YEAR)
ORDINAL_SUFFIX = words(nums.ORDINAL_SUFFIXES)
HALF_WORDS = _single(nums.AND_A_HALF_WORDS)
AND_A_HALF = words(nums.AND_A_HALF_BEFORE)

MONTHS: Phrases[int] = Phrases(_pairs(cal.GREGORIAN_MONTHS))
HIJRI: Phrases[int] = Phrases(_pairs(cal.HIJRI_MONTHS))
HONORIFICS: Phrases[bool] = Phrases((h, True) for h in cal.HIJRI_HONORIFICS)
AMBIGUOUS_MONTHS = words(cal.AMBIGUOUS_MONTHS)
AMBIGUOUS_HIJRI = words(cal.AMBIGUOUS_HIJRI_MONTHS)
AMBIG_MONTH_NOT_AFTER = words(cal.AMBIGUOUS_MONTH_NOT_AFTER)
AMBIG_MONTH_NOT_BEFORE = words(cal.AMBIGUOUS_MONTH_NOT_BEFORE)
MONTH_PREFIXES = words(cal.MONTH_PREFIXES)
MONTH_DAY_CUES = words(cal.MONTH_DAY_CUES)
WEEKDAYS = _word_map(cal.WEEKDAYS)
AMBIGUOUS_WEEKDAYS = words(cal.AMBIGUOUS_WEEKDAYS)
WEEKDAY_CUES: Phrases[bool] = Phrases((c, True) for c in cal.WEEKDAY_CUES_AFTER)
WEEKDAY_WEAK_CUES = words(cal.WEEKDAY_WEAK_CUES_AFTER)
WEEKDAYS_NOT_BEFORE_WEAK_CUES = words(cal.WEEKDAYS_NOT_BEFORE_WEAK_CUES)
WEEKDAY_NOT_AFTER_WEAK_CUES = words(cal.WEEKDAY_NOT_AFTER_WEAK_CUES)
WEEKDAY_PREFIXES = words(cal.WEEKDAY_PREFIXES)
WEEKDAY_NOT_AFTER = words(cal.WEEKDAY_NOT_AFTER)
WEEKDAY_NOT_BEFORE = words(cal.WEEKDAY_NOT_BEFORE)
YEAR_PREFIXES = words(cal.YEAR_PREFIXES)
WEAK_YEAR_PREFIXES = words(cal.WEAK_YEAR_PREFIXES)
ERA: Phrases[str] = Phrases(
    [(s, "G") for s in cal.GREGORIAN_YEAR_SUFFIXES] + [(s, "H") for s in cal.HIJRI_YEAR_SUFFIXES]
)
BC: Phrases[bool] = Phrases((s, True) for s in cal.BC_SUFFIXES)
DAY_OF_MONTH = words(cal.DAY_OF_MONTH_WORDS)
GENITIVES = words(cal.GENITIVES)
DECADE = words(cal.DECADE_WORDS)
CENTURY = words(cal.CENTURY_WORDS)
CENTURY_AD = words(cal.CENTURY_AD_SUFFIXES)
PARTS_AFTER: Phrases[str] = Phrases(cal.PARTS_AFTER.items())
PARTS_BEFORE: Phrases[str] = Phrases(cal.PARTS_BEFORE.items())
RANGE: Phrases[bool] = Phrases((c, True) for c in cal.RANGE_CONNECTORS)
LIST = words(cal.LIST_CONNECTORS)
COMMAS = words(c for c in cal.LIST_CONNECTORS if not c.isalpha())

DEICTIC = _single(rel.DEICTIC_DAYS)
TENSE_DAYS = _single(rel.TENSE_DEPENDENT_DAYS)
DAY_PHRASES: Phrases[tuple[int, str | None]] = Phrases(
    (form, (offset, rel.DAY_PHRASE_PERIODS.get(form))) for form, offset in rel.DAY_PHRASES.items()
)
MOD_BEFORE: Phrases[int] = Phrases(rel.MODIFIERS_BEFORE.items())
MOD_AFTER: Phrases[int] = Phrases(rel.MODIFIERS_AFTER.items())
ANAPHORIC = words(rel.ANAPHORIC_MODIFIERS)
UNITS = _single(rel.UNITS)
BARE_UNITS = words(rel.BARE_UNITS_BEFORE_PART)
BARE_UNIT_NOT_AFTER = words(rel.BARE_UNIT_NOT_AFTER)
DURATION_UNITS = _single(rel.DURATION_UNITS)
AGO = words(rel.AGO_WORDS)
TODAY_NOT_BEFORE = words(rel.TODAY_NOT_BEFORE)
KAL_NOT_BEFORE = words(rel.KAL_NOT_BEFORE)
KAL_NOT_AFTER = words(rel.KAL_NOT_AFTER)
FUTURE = words(rel.FUTURE_MARKERS)

FOLLOWERS = words(ctx.DATE_FOLLOWERS)
QUANTITY_AFTER: Phrases[bool] = Phrases((q, True) for q in ctx.QUANTITY_AFTER)
QUANTITY_BEFORE = words(ctx.QUANTITY_BEFORE)
JOINERS = frozenset(ctx.NUMBER_JOINERS)
GLUED = words(ctx.GLUED_POSTPOSITIONS)
SCORE_AFTER = words(ctx.SCORE_AFTER)
DATELINE_WORDS: Phrases[bool] = Phrases((w, True) for w in ctx.DATELINE_WORDS)
DATELINE_MAX_LINE_WORDS = ctx.DATELINE_MAX_LINE_WORDS

PERIODS: Phrases[str] = Phrases(tod.PERIODS.items())
O_CLOCK = words(tod.O_CLOCK)
HOUR_AND: Phrases[bool] = Phrases((w, True) for w in tod.HOUR_AND)
MINUTE_WORDS = words(tod.MINUTE_WORDS)
MINUTES_BEFORE = _single(tod.MINUTES_BEFORE)
TIME_CUES = words(tod.TIME_CUES)

_DATE_WORDS = set(CARDINAL) | MONTHS.first_words() | HIJRI.first_words() | set(WEEKDAYS) | GLUED
#: Words next to a Hijri month name that show it is a person's name (``محمد رمضان``,
#: ``شعبان علی``): given names and name words after it, titles and given names before it.
NAME_AFTER: frozenset[str] = words(given_names.GIVEN_NAMES) - _DATE_WORDS - HONORIFICS.first_words()
NAME_BEFORE: frozenset[str] = (words(titles.TITLES) | words(given_names.GIVEN_NAMES)) - _DATE_WORDS

#: Words a date expression can start with (besides digits): the cheap trigger of the scan.
STARTERS: frozenset[str] = frozenset(
    set(CARDINAL)
    | set(ORDINAL)
    | FIRST_DAY
    | MONTHS.first_words()
    | HIJRI.first_words()
    | set(WEEKDAYS)
    | WEEKDAY_PREFIXES
    | YEAR_PREFIXES
    | WEAK_YEAR_PREFIXES
    | MONTH_PREFIXES
    | PARTS_BEFORE.first_words()
    | set(DEICTIC)
    | set(TENSE_DAYS)
    | DAY_PHRASES.first_words()
    | MOD_BEFORE.first_words()
    | set(UNITS)
    | ANAPHORIC
    | set(HALF_WORDS)
    | AND_A_HALF
    | HUNDRED
    | THOUSAND
)

#: Words a glued token may be split into (``دوہزارچھ``, ``ویںصدی``, ``ستمبرکو``), and the
#: ones at least one piece must be for the split to count.
_SEGMENT_ANCHORS: frozenset[str] = frozenset(
    HUNDRED
    | THOUSAND
    | MONTHS.single_words()
    | HIJRI.single_words()
    | CENTURY
    | ORDINAL_SUFFIX
    | set(WEEKDAYS)
    | ERA.single_words()
)
_SEGMENT_VOCABULARY: frozenset[str] = frozenset(
    w
    for w in _SEGMENT_ANCHORS | set(CARDINAL) | FIRST_DAY | GLUED | YEAR_PREFIXES | DECADE
    if len(w) > 1 or w in GLUED  # single letters (ھ, ع) glue to too many words
)
SEGMENTER = Segmenter(_SEGMENT_VOCABULARY, _SEGMENT_ANCHORS, keep=STARTERS)
