"""Inflectional endings. A name followed directly by one of these is an inflected word
(``فوجیوں`` "soldiers", ``ہندوستانیوں`` "Indians"), not a name glued to the next word."""

from __future__ import annotations

INFLECTIONS: frozenset[str] = frozenset(
    "یوں یاں یں ئیں ات ین انہ وی یت ائی ائیں والا والی والے".split()
)
