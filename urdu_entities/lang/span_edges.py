"""What never belongs to a name at the edges of a span. Every recogniser and backend trims
its spans by these rules (:func:`urdu_entities.text.edges.trim`)."""

from __future__ import annotations

from urdu_entities.lang.cues import DESIGNATIONS, NATIONALITIES
from urdu_entities.lang.postpositions import NAME_FOLLOWERS
from urdu_entities.lang.titles import TITLES

#: Leading words left out of any name (``صدر``, ``وزیر اعظم``, ``مسٹر``).
LEADING_TITLES: frozenset[str] = TITLES

#: Leading words left out of a person's name only: designations and nationalities
#: (``امریکی منتظم پال بریمر`` → ``پال بریمر``).
LEADING_BEFORE_PERSON: frozenset[str] = DESIGNATIONS | NATIONALITIES

#: Trailing words left out of any span: postpositions, conjunctions, punctuation.
TRAILING: frozenset[str] = NAME_FOLLOWERS

#: A name of one token is at least this many characters long.
MIN_ONE_TOKEN_NAME = 2
