from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from urdu_entities import Gazetteer
from urdu_entities.gazetteer import cache as gazetteer_cache
from urdu_entities.text.document import Document

REPO = Path(__file__).resolve().parents[2]
BITFLIPS = "urdu_entities_cache_bitflips_script"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(BITFLIPS, REPO / "scripts" / "cache_bitflips.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[BITFLIPS] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bitflips = _load_script()
state, generated, flip_loads = bitflips.state, bitflips.generated, bitflips.flip_loads


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


def test_a_damaged_cache_is_a_miss_with_a_warning_and_is_rewritten(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"
    fresh = state(Gazetteer.from_files([path]))
    Gazetteer.from_files([path], cache_dir=cache)
    (cached,) = cache.iterdir()
    cached.write_bytes(b"not a cache")
    with pytest.warns(UserWarning, match="is damaged .* rebuilding it"):
        assert state(Gazetteer.from_files([path], cache_dir=cache)) == fresh
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the rewritten cache is sound
        assert state(Gazetteer.from_files([path], cache_dir=cache)) == fresh


def test_an_unwritable_cache_only_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match="gazetteer cache not written"):
        gazetteer = Gazetteer.from_files([path], cache_dir=blocker / "cache")
    assert len(gazetteer) == 2


def test_single_bit_flips_never_load_wrong_data(tmp_path: Path) -> None:
    # scripts/cache_bitflips.py runs 300 flips of the same file.
    path = write(tmp_path / "g.jsonl", generated(500))
    counts = flip_loads(path, tmp_path / "cache", flips=25)
    assert counts["wrong"] == counts["exception"] == 0
    assert counts["right"] == counts["warned"] == 25  # every flip is seen


def test_a_cache_of_other_source_bytes_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = write(tmp_path / "a" / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"
    Gazetteer.from_files([first], cache_dir=cache)
    (cached,) = cache.iterdir()
    other = write(tmp_path / "g.jsonl", ENTRIES[:1])
    # A cache file put under the other file's name (say, copied by hand) is not trusted.
    source = gazetteer_cache.digest(other.read_bytes())
    cached.rename(gazetteer_cache.cache_path(other, cache, source))
    with pytest.warns(UserWarning, match="other source bytes"):
        assert len(Gazetteer.from_files([other], cache_dir=cache)) == 1


def test_a_failed_write_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "g.jsonl", ENTRIES)
    cache = tmp_path / "cache"

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.warns(UserWarning, match="not written"):
        assert len(Gazetteer.from_files([path], cache_dir=cache)) == 2
    assert list(cache.iterdir()) == []


needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method"
)


def _killed_while_writing(path: Path, cache: Path) -> None:
    def die(fd: int) -> None:
        os._exit(9)  # the writer is killed after writing, before the replace

    os.fsync = die  # type: ignore[assignment]
    Gazetteer.from_files([path], cache_dir=cache)


@needs_fork
def test_a_killed_writer_leaves_no_cache_and_its_temporary_file_is_cleaned(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "g.jsonl", generated(50))
    cache = tmp_path / "cache"
    child = multiprocessing.get_context("fork").Process(target=_killed_while_writing,
                                                        args=(path, cache))
    child.start()
    child.join()
    assert child.exitcode == 9
    leftovers = list(cache.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.endswith(".tmp")  # no cache file
    fresh = state(Gazetteer.from_files([path]))
    assert state(Gazetteer.from_files([path], cache_dir=cache)) == fresh
    (cached,) = cache.iterdir()  # the dead writer's temporary file is gone
    assert cached.name.endswith(".urdu-entities-cache")


def _build_at_once(path: Path, cache: Path, barrier: Any, results: Any) -> None:
    replace = os.replace

    def slow_replace(src: str, dst: str) -> None:
        barrier.wait()  # every process has written its temporary file: replace together
        replace(src, dst)

    os.replace = slow_replace  # type: ignore[assignment]
    barrier.wait()
    results.put(json.dumps(state(Gazetteer.from_files([path], cache_dir=cache)), default=str))


@needs_fork
def test_processes_building_the_same_cache_at_once_all_get_correct_data(tmp_path: Path) -> None:
    path = write(tmp_path / "g.jsonl", generated(300))
    cache = tmp_path / "cache"
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(4, timeout=60)
    results = context.Queue()
    workers = [context.Process(target=_build_at_once, args=(path, cache, barrier, results))
               for _ in range(4)]
    for worker in workers:
        worker.start()
    outputs = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join()
    fresh = json.dumps(state(Gazetteer.from_files([path])), default=str)
    assert outputs == [fresh] * 4
    assert len(list(cache.iterdir())) == 1  # one cache file, no temporary files
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert json.dumps(state(Gazetteer.from_files([path], cache_dir=cache)),
                          default=str) == fresh
