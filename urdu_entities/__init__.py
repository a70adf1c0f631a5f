"""Find people, places, organisations and dates in Urdu text, with canonical English names.

>>> from urdu_entities import extract
>>> [(e.text, e.label.value, e.canonical) for e in extract("صدر پیوٹن نے کہا")]
[('پیوٹن', 'PER', 'Vladimir Putin')]
"""

from .gazetteer import Gazetteer
from .gazetteer_io import GazetteerError
from .models import Entity, GazetteerEntry, GazetteerIds, Label
from .pipeline import Pipeline, extract

__all__ = [
    "Entity",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "GazetteerIds",
    "Label",
    "Pipeline",
    "extract",
]
__version__ = "0.1.0"
