"""The shipped index: read only when made for this code and data, never wrong, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from urdu_entities import GazetteerEntry, Label, Pipeline
from urdu_entities._data import gazetteer_files, sample_article
from urdu_entities.gazetteer import Gazetteer, prebuilt, shipped
from urdu_entities.recognisers.context import part_counts
from urdu_entities.recognisers.gazetteer import place_words
from urdu_entities.recognisers.tagger import VOCABULARY_AFTER_TOKENS, default_tagger

SECTIONS: dict[str, Any] = {"layers": [{"a": [1, 2]}], "person_part_counts": [{"x": 3}, ["y"]]}


def _written(tmp_path: Path, print_: str = "print") -> Path:
    path = tmp_path / "index" / "shipped.index"
    prebuilt.write(path, SECTIONS, print_)
    return path


def _read_quietly(path: Path, print_: str) -> dict[str, Any] | None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return prebuilt.read(path, print_)


def test_written_index_reads_back(tmp_path: Path) -> None:
    assert _read_quietly(_written(tmp_path), "print") == SECTIONS


def test_index_for_other_code_or_data_is_a_silent_miss(tmp_path: Path) -> None:
    assert _read_quietly(_written(tmp_path), "another print") is None


def test_missing_index_is_a_silent_miss(tmp_path: Path) -> None:
    assert _read_quietly(tmp_path / "absent.index", "print") is None


def _damaged(tmp_path: Path, how: str) -> Path:
    path = _written(tmp_path)
    data = bytearray(path.read_bytes())
    if how == "flipped payload byte":
        data[-3] ^= 0x10
    elif how == "truncated":
        del data[-5:]
    elif how == "appended":
        data += b"\0"
    elif how == "not an index":
        data[:4] = b"XXXX"
    elif how == "header cut":
        data = data[: data.index(b"\n")]
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "how", ["flipped payload byte", "truncated", "appended", "not an index", "header cut"]
)
def test_damaged_index_is_a_miss_with_a_warning(tmp_path: Path, how: str) -> None:
    path = _damaged(tmp_path, how)
    with pytest.warns(UserWarning, match="shipped index .* is damaged"):
        assert prebuilt.read(path, "print") is None


def test_unreadable_index_is_a_miss_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a folder"
    path.mkdir()
    with pytest.warns(UserWarning, match="not read"):
        assert prebuilt.read(path, "print") is None


def test_fingerprint_follows_the_bytes_of_data_and_code(tmp_path: Path) -> None:
    data = tmp_path / "people.jsonl"
    data.write_text('{"canonical": "A", "label": "PER", "forms": ["ا"]}\n', encoding="utf-8")
    first = prebuilt.fingerprint(modules=[], gazetteers=[data])
    assert prebuilt.fingerprint(modules=[], gazetteers=[data]) == first
    data.write_text('{"canonical": "B", "label": "PER", "forms": ["ا"]}\n', encoding="utf-8")
    assert prebuilt.fingerprint(modules=[], gazetteers=[data]) != first

    modules = sorted(Path(prebuilt.__file__).parent.glob("*.py"))
    assert len(modules) > 2
    with_code = prebuilt.fingerprint(modules=modules, gazetteers=[data])
    assert with_code != prebuilt.fingerprint(modules=modules[:-1], gazetteers=[data])

    model = tmp_path / "ner.crfsuite"
    model.write_bytes(b"model one")
    with_model = prebuilt.fingerprint(modules=[], gazetteers=[data], models=[model])
    model.write_bytes(b"model two")
    assert prebuilt.fingerprint(modules=[], gazetteers=[data], models=[model]) != with_model
    assert prebuilt.fingerprint() == prebuilt.fingerprint()


def _reset(monkeypatch: pytest.MonkeyPatch, sections: dict[str, Any] | None) -> None:
    """Make the process read ``sections`` as its shipped index (``None``: a miss) and build
    the shipped gazetteer again on its next use; all undone after the test."""
    monkeypatch.setattr(prebuilt, "_tried", True)
    monkeypatch.setattr(prebuilt, "_loaded", sections)
    monkeypatch.setattr(shipped, "_shipped", None)
    monkeypatch.setattr(shipped, "_shipped_size", 0)


def _prebuild(out: Path, hash_seed: str) -> Path:
    """Run the command the package build runs."""
    done = subprocess.run(
        [sys.executable, "-m", "urdu_entities.prebuild", "--out", str(out)],
        capture_output=True, text=True, check=False,
        env=dict(os.environ, PYTHONHASHSEED=hash_seed),
    )
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    return out


@pytest.fixture(scope="module")
def fresh_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _prebuild(tmp_path_factory.mktemp("index") / "shipped.index", "0")


def test_the_index_is_the_same_bytes_in_every_build(fresh_index: Path, tmp_path: Path) -> None:
    again = _prebuild(tmp_path / "again.index", "12345")
    assert again.read_bytes() == fresh_index.read_bytes()


@pytest.fixture
def index_in_use(monkeypatch: pytest.MonkeyPatch, fresh_index: Path) -> dict[str, Any]:
    """The process reads ``fresh_index`` as its shipped index; the shipped gazetteer is built
    again (from the index: reading the files instead fails the test)."""
    sections = prebuilt.read(fresh_index, prebuilt.fingerprint())
    assert sections is not None, "the index just written is not current"
    _reset(monkeypatch, sections)

    def no_files(*args: object, **kwargs: object) -> Gazetteer:
        raise AssertionError("the shipped gazetteer was read from its files")

    monkeypatch.setattr(Gazetteer, "from_files", no_files)
    return sections


@pytest.fixture
def index_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    _reset(monkeypatch, None)


def _sample_output() -> list[dict[str, Any]]:
    text = sample_article().read_text(encoding="utf-8")
    return [e.model_dump() for e in Pipeline().extract(text)]


def test_output_is_the_same_with_the_index_and_without(
    index_in_use: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_index = _sample_output()
    assert len(with_index) > 50
    gazetteer = shipped.shipped_gazetteer()
    monkeypatch.undo()
    _reset(monkeypatch, None)
    from_files = shipped.shipped_gazetteer()
    assert from_files is not gazetteer
    assert len(from_files) == len(gazetteer)
    assert _sample_output() == with_index


def test_index_sections_equal_what_the_files_give(
    index_in_use: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from urdu_entities.gazetteer.cache import layer_blob

    monkeypatch.undo()
    files = gazetteer_files()
    layers = [Gazetteer._prepare(path, None, True) for path in files]
    assert index_in_use["layers"] == [layer_blob(*layer) for layer in layers]
    gazetteer = Gazetteer.from_files(files, trusted=True)
    counts = part_counts(gazetteer)
    assert index_in_use["person_part_counts"] == [counts[0], counts[1]]
    assert index_in_use["place_words"] == place_words(gazetteer)
    tagger = default_tagger(gazetteer)
    assert tagger is not None
    assert index_in_use["tagger_features"] == tagger.features()
    assert len(index_in_use["tagger_features"]) > 1000
    assert set(index_in_use) == {"layers", "person_part_counts", "place_words", "tagger_features"}


def test_the_shipped_tagger_takes_its_features_from_the_index(
    index_in_use: dict[str, Any],
) -> None:
    tagger = default_tagger()
    assert tagger is not None
    vocabulary = tagger.vocabulary()
    assert vocabulary is not None  # at once, not after VOCABULARY_AFTER_TOKENS tokens
    assert list(vocabulary) == index_in_use["tagger_features"]


def test_without_the_index_the_tagger_reads_its_model_after_enough_tokens(
    index_missed: None,
) -> None:
    tagger = default_tagger()
    assert tagger is not None
    assert tagger.vocabulary() is None
    vocabulary = tagger.vocabulary(VOCABULARY_AFTER_TOKENS)
    assert vocabulary is not None and list(vocabulary) == tagger.features()


def test_only_the_unchanged_shipped_gazetteer_takes_the_index_counts(index_missed: None) -> None:
    gazetteer = shipped.shipped_gazetteer()
    assert shipped.is_shipped(gazetteer)
    assert not shipped.is_shipped(Gazetteer.from_files(gazetteer_files(), trusted=True))
    gazetteer.add(GazetteerEntry(canonical="Zzz Person", label=Label.PER, forms=["زززز ووو"]))
    assert not shipped.is_shipped(gazetteer)


def test_a_damaged_shipped_index_falls_back_to_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _damaged(tmp_path, "flipped payload byte")
    monkeypatch.setattr(prebuilt, "index_path", lambda: path)
    monkeypatch.setattr(prebuilt, "fingerprint", lambda: "print")
    _reset(monkeypatch, None)
    monkeypatch.setattr(prebuilt, "_tried", False)
    with pytest.warns(UserWarning, match="damaged"):
        gazetteer = shipped.shipped_gazetteer()
    assert len(gazetteer) > 5000
    assert gazetteer.lookup("پاکستان")
