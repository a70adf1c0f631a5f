"""Postpositions and particles that follow names; never part of a span."""

from __future__ import annotations

POSTPOSITIONS: frozenset[str] = frozenset(
    """نے کو کا کی کے سے میں پر تک والا والی والے سمیت بغیر لیے لئے""".split()
)

#: Words that typically follow a person's name in a sentence: postpositions, the conjunction,
#: ``دونوں``/``بھی``, and punctuation. An ambiguous short name (``کم``) linked to an earlier
#: full mention is accepted only before one of these.
NAME_FOLLOWERS: frozenset[str] = POSTPOSITIONS | frozenset(
    """اور دونوں بھی نیز جو جنہوں جنہیں ، , ۔ . ؟ ? ! : ؛ " '""".split()
)

#: Conjunctions and separators that join the items of a list (``شمالی کوریا، ایران اور چین``).
LIST_SEPARATORS: frozenset[str] = frozenset({"،", ",", "اور", "و", "یا", "-"})
