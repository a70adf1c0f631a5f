"""The gazetteer shipped with the library, loaded once per process and shared."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar, cast

from urdu_entities._data import gazetteer_files
from urdu_entities.gazetteer import prebuilt
from urdu_entities.gazetteer.cache import CacheDamaged, layer_from_blob
from urdu_entities.gazetteer.index import Gazetteer

T = TypeVar("T")

_lock = threading.Lock()
_shipped: Gazetteer | None = None
_shipped_size = 0


def shipped_gazetteer() -> Gazetteer:
    """The shipped gazetteer (``data/gazetteers/*.jsonl``), built on first use, without
    validation: ``tests/gazetteer/test_shipped_gazetteers.py`` validates the files and holds
    them equal to the unvalidated reading. Its keys come from the shipped index
    (:mod:`~urdu_entities.gazetteer.prebuilt`) when that was made for this code and data."""
    global _shipped, _shipped_size
    with _lock:
        if _shipped is None:
            _shipped = _from_index() or Gazetteer.from_files(gazetteer_files(), trusted=True)
            _shipped_size = len(_shipped)
        return _shipped


def is_shipped(gazetteer: Gazetteer) -> bool:
    """Whether ``gazetteer`` is the shipped one, with nothing added to it since it was built."""
    return gazetteer is _shipped and len(gazetteer) == _shipped_size


def derived(gazetteer: Gazetteer, name: str, compute: Callable[[Gazetteer], T]) -> T:
    """``compute(gazetteer)``; for the unchanged shipped gazetteer, the shipped index's
    section ``name`` instead when the index is current (it was computed the same way, by
    :mod:`urdu_entities.prebuild`)."""
    if is_shipped(gazetteer):
        found = prebuilt.section(name)
        if found is not None:
            return cast(T, found)
    return compute(gazetteer)


def _from_index() -> Gazetteer | None:
    layers = prebuilt.section("layers")
    files = gazetteer_files()
    if not isinstance(layers, list) or len(layers) != len(files):
        return None
    gazetteer = Gazetteer()
    try:
        prepared = [
            layer_from_blob(str(path), blob) for path, blob in zip(files, layers, strict=True)
        ]
    except (CacheDamaged, KeyError, TypeError):
        return None
    gazetteer.add_prepared(prepared)
    return gazetteer
