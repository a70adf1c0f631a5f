"""Entity tags of stanza NER models and what the stanza backend makes of them.

stanza's Urdu NER model is trained on IL-NER, whose tags follow the Indian-languages NER
tagset: ``NEP`` person, ``NEL`` location, ``NEO`` organisation, ``NETI`` time/date, and
tags for numbers, measures, artefacts and terms that this library does not report. The
common English-style names (``PER``, ``PERSON``, ``GPE``, ``DATE``...) are listed too, so a
user's own stanza model with another tagset works unchanged.

A tag maps to a label, or to ``None`` when its spans are dropped. A tag missing from
:data:`STANZA_TAGS` is dropped as well (and logged once), never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..models import Label

_TABLE: dict[str, Label | None] = {
    # people
    "NEP": Label.PER,
    "PER": Label.PER,
    "PERS": Label.PER,
    "PERSON": Label.PER,
    # places
    "NEL": Label.LOC,
    "LOC": Label.LOC,
    "LOCATION": Label.LOC,
    "GPE": Label.LOC,
    # organisations
    "NEO": Label.ORG,
    "ORG": Label.ORG,
    "ORGANIZATION": Label.ORG,
    "ORGANISATION": Label.ORG,
    # dates and times: the resolver and the date grammar fill values; see stanza_backend
    "NETI": Label.DATE,
    "DATE": Label.DATE,
    "TIME": Label.DATE,
    "DATETIME": Label.DATE,
    # dropped: numbers, measures, artefacts, terms, titles, designations, misc
    "NEN": None,  # number
    "NEM": None,  # measure
    "NEAR": None,  # artefact
    "NETE": None,  # term
    "NETO": None,  # title of an object (book, film)
    "NETP": None,  # title of a person (designation)
    "NED": None,  # designation
    "NEA": None,  # abbreviation
    "NEB": None,  # brand
    "NUM": None,
    "NUMBER": None,
    "CARDINAL": None,
    "ORDINAL": None,
    "QUANTITY": None,
    "MONEY": None,
    "PERCENT": None,
    "MISC": None,
    "ARTIFACT": None,
    "ARTEFACT": None,
    "DESIGNATION": None,
    "EVENT": None,
    "FAC": None,
    "LANGUAGE": None,
    "LAW": None,
    "NORP": None,
    "PRODUCT": None,
    "WORK_OF_ART": None,
}

#: stanza entity type (upper case, without a B-/I-/E-/S- prefix) → label, or ``None`` to drop.
STANZA_TAGS: MappingProxyType[str, Label | None] = MappingProxyType(_TABLE)


def map_tag(tag: str, table: Mapping[str, Label | None] = STANZA_TAGS) -> Label | None:
    """The label of a stanza entity type, ``None`` when it is dropped or unknown."""
    key = tag.strip().upper()
    if len(key) > 2 and key[1] == "-" and key[0] in "BIES":
        key = key[2:]
    return table.get(key)
