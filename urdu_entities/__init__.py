"""Find people, places, organisations and dates in Urdu text, with canonical English names.

>>> from urdu_entities import extract
>>> [(e.text, e.label.value, e.canonical) for e in extract("صدر پیوٹن نے کہا")]
[('پیوٹن', 'PER', 'Vladimir Putin')]
"""

from urdu_entities._version import __version__
from urdu_entities.gazetteer import Gazetteer, GazetteerError
from urdu_entities.models import DateKind, Entity, GazetteerEntry, GazetteerIds, Label
from urdu_entities.pipeline import Pipeline, extract

__all__ = [
    "DateKind",
    "Entity",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "GazetteerIds",
    "Label",
    "Pipeline",
    "__version__",
    "extract",
]
