"""Gazetteers: entry files and their validation, lookup keys and spelling variants, the cache,
the index and the matcher over a document."""

from urdu_entities.gazetteer.files import GazetteerError
from urdu_entities.gazetteer.index import Gazetteer, LookupHit, Record

__all__ = ["Gazetteer", "GazetteerError", "LookupHit", "Record"]
