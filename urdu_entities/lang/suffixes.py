"""Inflectional endings. A name followed directly by one of these is an inflected word
(``فوجیوں`` "soldiers", ``ہندوستانیوں`` "Indians"), not a name glued to the next word."""

from __future__ import annotations

INFLECTIONS: frozenset[str] = frozenset(
    "یوں یاں یں ئیں ات ین انہ وی یت ائی ائیں والا والی والے".split()
)

#: Postpositions web Urdu glues to the name before them (``پاکستانکے``, ``واشنگٹنمیں``):
#: a word that is a listed name and one of these is split there, even a one-word name.
GLUED_POSTPOSITIONS: frozenset[str] = frozenset("میں سے تک کے کی کا کو نے پر".split())
