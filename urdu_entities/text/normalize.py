"""Normalisation for matching, with a map from normalised offsets back to the original.

Only what matters for recognising names changes: Arabic letter forms become their Urdu
equivalents, diacritics and invisible characters disappear, digits become ASCII, curly quotes
and dashes become ASCII, lone surrogates become U+FFFD. Everything else is copied, so most
offsets map one to one.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from urdu_entities.lang import letters

_ONE_TO_ONE = tuple(letters.ONE_TO_ONE.items())
_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"
#: Lone surrogates (a ``str`` may hold them, e.g. from ``errors="surrogateescape"``) cannot be
#: encoded, so later stages would fail on them; they become U+FFFD, one for one.
_SURROGATES = "\ud800-\udfff"
_REPLACEMENT_CHARACTER = "\ufffd"
_REWRITE = regex.compile(
    "|".join(regex.escape(s) for s in sorted(letters.SEQUENCES, key=len, reverse=True))
    + f"|[{letters.DIACRITICS}{letters.INVISIBLE}]+"
    + f"|{letters.ARABIC_HEH}"
    + f"|[{_PRESENTATION_FORMS}]"
    + f"|[{_SURROGATES}]"
)
_TRAILING_MARKS = regex.compile(f"[{letters.DIACRITICS}{letters.INVISIBLE}]*")
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]")


def _translate(text: str) -> str:
    """Apply the one-to-one replacements. ``str.replace`` per character beats ``str.translate``
    with a dict table several times over on long texts, and most characters are absent."""
    for old, new in _ONE_TO_ONE:
        if old in text:
            text = text.replace(old, new)
    return text


def _replacement(text: str, match: regex.Match[str], *, fold: bool = True) -> str:
    found = match.group()
    if found in letters.SEQUENCES:
        return letters.SEQUENCES[found]
    if found == letters.ARABIC_HEH:
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before and before in letters.ASPIRABLE and _ARABIC_LETTER.match(after):
            return letters.DO_CHASHMI_HEH
        return letters.HEH_GOAL
    first = found[0]
    if "\ufb50" <= first <= "\ufefe":
        return _fold_presentation_form(found) if fold else found
    if "\ud800" <= first <= "\udfff":
        return _REPLACEMENT_CHARACTER
    return ""


def _fold_presentation_form(found: str) -> str:
    """A presentation form (``ﻻ``, ``ﷲ``) as the letters it stands for, normalised.

    Some characters in these blocks have no compatibility form (the ornate parentheses, the
    Bismillah ligature U+FDFD, unassigned code points) and are copied unchanged. The letters
    a form folds to are normalised once more, without folding presentation forms again, so
    that no character can lead back to itself.
    """
    folded = unicodedata.normalize("NFKC", found)
    if folded == found:
        return found
    translated = _translate(folded)
    return _REWRITE.sub(lambda m: _replacement(translated, m, fold=False), translated)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and the way back to the string it came from.

    The map is stored as segments: ``seg_norm[k]`` is where segment ``k`` starts in the
    normalised text and ``seg_orig[k]`` where it starts in the original. A copied segment maps
    character for character; a rewritten segment (``seg_copied[k]`` false) maps all of its
    characters to the original range ``seg_orig[k]:seg_orig_end[k]``.
    """

    original: str
    text: str
    seg_norm: tuple[int, ...]
    seg_orig: tuple[int, ...]
    seg_orig_end: tuple[int, ...]
    seg_copied: tuple[bool, ...]

    def original_start(self, i: int) -> int:
        """Original offset of the normalised character at ``i`` (``len`` maps to ``len``)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect_right(self.seg_norm, i) - 1
        if self.seg_copied[k]:
            return self.seg_orig[k] + (i - self.seg_norm[k])
        return self.seg_orig[k]

    def original_end(self, j: int) -> int:
        """Original offset just after normalised character ``j - 1``, taking in the combining
        marks that followed it in the original (``کِم`` keeps its kasra when it ends a span)."""
        if j <= 0:
            return 0
        i = min(j, len(self.text)) - 1
        k = bisect_right(self.seg_norm, i) - 1
        if self.seg_copied[k]:
            end = self.seg_orig[k] + (i - self.seg_norm[k]) + 1
        else:
            end = self.seg_orig_end[k]
        marks = _TRAILING_MARKS.match(self.original, end)
        if marks is not None and marks.end() > end:
            tail = self.original[end : marks.end()]
            # Invisible characters after the last mark are not part of the span.
            stripped = regex.sub(f"[{letters.INVISIBLE}]+$", "", tail)
            end += len(stripped)
        return end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original string."""
        return self.original_start(start), self.original_end(end)


def normalize_text(text: str) -> str:
    """Normalise ``text`` for matching, without keeping the offset map."""
    translated = _translate(text)
    return _REWRITE.sub(lambda m: _replacement(translated, m), translated)


def normalize_lines(texts: Sequence[str]) -> list[str] | None:
    """:func:`normalize_text` of many one-line texts in one pass over their lines joined
    (normalisation works within a line); ``None`` if a text holds a line break or the
    normalised lines do not come out one for one, for the caller to go text by text."""
    if any("\n" in t for t in texts):
        return None
    lines = normalize_text("\n".join(texts)).split("\n")
    return lines if len(lines) == len(texts) else None


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` and keep the map back to it."""
    translated = _translate(text)
    pieces: list[str] = []
    seg_norm: list[int] = [0]
    seg_orig: list[int] = [0]
    seg_orig_end: list[int] = [0]
    seg_copied: list[bool] = [True]
    norm_pos = 0
    last = 0
    for match in _REWRITE.finditer(translated):
        start, end = match.span()
        if start > last:
            if not seg_copied[-1] or seg_norm[-1] != norm_pos or seg_orig[-1] != last:
                seg_norm.append(norm_pos)
                seg_orig.append(last)
                seg_orig_end.append(start)
                seg_copied.append(True)
            pieces.append(translated[last:start])
            norm_pos += start - last
        replacement = _replacement(translated, match)
        if replacement:
            seg_norm.append(norm_pos)
            seg_orig.append(start)
            seg_orig_end.append(end)
            seg_copied.append(replacement == translated[start:end] and len(replacement) == 1)
            pieces.append(replacement)
            norm_pos += len(replacement)
        last = end
    if last < len(translated):
        seg_norm.append(norm_pos)
        seg_orig.append(last)
        seg_orig_end.append(len(translated))
        seg_copied.append(True)
        pieces.append(translated[last:])
    return NormalizedText(
        original=text,
        text="".join(pieces) if len(pieces) != 1 else pieces[0],
        seg_norm=tuple(seg_norm),
        seg_orig=tuple(seg_orig),
        seg_orig_end=tuple(seg_orig_end),
        seg_copied=tuple(seg_copied),
    )
