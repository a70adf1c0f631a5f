"""The gazetteer shipped with the library, loaded once per process and shared."""

from __future__ import annotations

import threading

from urdu_entities._data import gazetteer_files
from urdu_entities.gazetteer.index import Gazetteer

_lock = threading.Lock()
_shipped: Gazetteer | None = None


def shipped_gazetteer() -> Gazetteer:
    """The shipped gazetteer (``data/gazetteers/*.jsonl``), built on first use, without
    validation: ``tests/gazetteer/test_shipped_gazetteers.py`` validates the files and holds
    them equal to the unvalidated reading."""
    global _shipped
    with _lock:
        if _shipped is None:
            _shipped = Gazetteer.from_files(gazetteer_files(), trusted=True)
        return _shipped
