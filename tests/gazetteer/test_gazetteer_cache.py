from __future__ import annotations

import json
from pathlib import Path

import pytest

from urdu_entities import Gazetteer
from urdu_entities.text.document import Document


def write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries),
                    encoding="utf-8")
    return path


ENTRIES: list[dict[str, object]] = [
    {"canonical": "Kim Jong Un", "label": "PER", "forms": ["کم جونگ اُن", "کم", "کِم"],
     "ambiguous": ["کم"], "ids": {"geonames": "1"}},
    {"canonical": "Vladivostok", "label": "LOC", "forms": ["ولادی ووستوک"]},
]


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str | None, bool, str | None]]:
    return [(c.canonical, c.needs_context, c.id) for c in gazetteer.find(Document.from_text(text))]


def test_cached_load_matches_like_a_fresh_one(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"
    fresh = Gazetteer.from_files([path])
    first = Gazetteer.from_files([path], cache_dir=cache)
    assert len(list(cache.iterdir())) == 1
    cached = Gazetteer.from_files([path], cache_dir=cache)
    text = "مسٹر کِم اور کم جونگ اُن ولادیووستوک اور ولادی وستوک میں"
    assert found(cached, text) == found(fresh, text) == found(first, text)
    assert [r.entry for r in map(cached.record, range(2))] == [
        fresh.record(n).entry for n in range(2)]
    assert cached.record(0).line == 1 and cached.record(0).path == str(path)


def test_an_edited_file_is_a_cache_miss(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"
    Gazetteer.from_files([path], cache_dir=cache)
    write(path, [*ENTRIES, {"canonical": "Moscow", "label": "LOC", "forms": ["ماسکو"]}])
    gazetteer = Gazetteer.from_files([path], cache_dir=cache)
    assert len(gazetteer) == 3
    assert found(gazetteer, "ماسکو") == [("Moscow", False, None)]


def test_an_invalid_file_is_still_rejected(tmp_path: Path) -> None:
    from urdu_entities import GazetteerError

    path = tmp_path / "bad.jsonl"
    path.write_text('{"canonical": "X"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError):
        Gazetteer.from_files([path], cache_dir=tmp_path / "cache")


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"
    Gazetteer.from_files([path], cache_dir=cache)
    for cached in cache.iterdir():
        cached.write_bytes(b"not a cache")
    assert len(Gazetteer.from_files([path], cache_dir=cache)) == 2


def test_an_unwritable_cache_only_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match="gazetteer cache not written"):
        gazetteer = Gazetteer.from_files([path], cache_dir=blocker / "cache")
    assert len(gazetteer) == 2
