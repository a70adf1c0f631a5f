"""Name words of :mod:`urdu_entities.lang.given_names`, keyed as document tokens are.

The tables are written in plain Urdu; here they are normalised and tokenised once, so that
a document's normalised tokens can be looked up in them directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from urdu_entities.lang import given_names as gn
from urdu_entities.text.normalize import normalize_lines, normalize_text
from urdu_entities.text.tokenize import ARABIC_LETTERS, TokenKind, tokenize


def phrase_key(text: str) -> str:
    """The normalised words of ``text`` (punctuation left out), joined by single spaces."""
    return " ".join(
        t.text for t in tokenize(normalize_text(text)) if t.kind is not TokenKind.PUNCT
    )


_SEPARATOR = "\n"
_PLAIN = regex.compile(rf"[{ARABIC_LETTERS}\s]*")


def phrase_keys(texts: Sequence[str]) -> list[str]:
    """:func:`phrase_key` of many texts, normalised in one pass (a gazetteer's forms)."""
    normals = normalize_lines([t.replace(_SEPARATOR, " ") for t in texts])
    if normals is None:  # normalisation never merges lines; stay exact anyway
        return [phrase_key(t) for t in texts]
    # Arabic-script letters and spaces only: the tokens are the words.
    if _PLAIN.fullmatch(_SEPARATOR.join(normals)):
        return [" ".join(normal.split()) for normal in normals]
    return [
        " ".join(t.text for t in tokenize(normal) if t.kind is not TokenKind.PUNCT)
        for normal in normals
    ]


def _keyed(table: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in zip(phrase_keys(list(table)), table.values(), strict=True):
        out.setdefault(key, value)
    return out


def _with_initial_alef_variants(table: dict[str, str]) -> dict[str, str]:
    """English loanwords that begin with s + consonant are written with and without a
    leading alef (``اسٹیٹ``/``سٹیٹ`` State, ``اسکول``/``سکول``): each spelling finds the
    other's entry."""
    out = dict(table)
    for key, value in table.items():
        if key[:2] == "اس" and key[2:3] in gn.S_CLUSTER_SECOND:
            out.setdefault(key[1:], value)
        elif key[:1] == "س" and key[1:2] in gn.S_CLUSTER_SECOND:
            out.setdefault("ا" + key, value)
    return out


NAMES = _keyed(gn.GIVEN_NAMES)
NAME_WORDS = _with_initial_alef_variants(_keyed(gn.NAME_WORDS))
LOANWORDS = _with_initial_alef_variants(_keyed(gn.LOANWORDS))
LETTERS = _keyed(gn.LETTER_NAMES)
PREFIXES = {normalize_text(k).replace(" ", ""): v for k, v in gn.COMPOUND_PREFIXES.items()}
SUFFIXES = {normalize_text(k): v for k, v in gn.COMPOUND_SUFFIXES.items()}


def is_letter_name(word: str) -> bool:
    """Whether a normalised word is the Urdu name of a Latin letter (``ایف``, ``جے``)."""
    return word in LETTERS


def is_known_name_part(word: str) -> bool:
    """Whether a normalised word is a given name or surname in the table."""
    return word in NAMES
