"""One long text through ``urdu-entities extract``: read a chunk at a time, written as it
is found, and the same as ``extract()`` on the whole text."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from urdu_entities import Pipeline, extract
from urdu_entities._data import sample_article
from urdu_entities.cli import inputs
from urdu_entities.cli.formats import JsonArrayWriter, entity_dict
from urdu_entities.cli.main import main
from urdu_entities.cli.table import TableWriter, format_table
from urdu_entities.text import windows as text_windows

ARTICLE = sample_article().read_text(encoding="utf-8")


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of 2,000 characters and chunks of 1,000 bytes, so a few articles are long."""
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 2000)
    monkeypatch.setattr(inputs, "CHUNK_BYTES", 1000)


def _long_text() -> str:
    return "\n".join([ARTICLE] * 4)


@pytest.mark.usefixtures("small_windows")
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_long_file_streamed_is_extract_on_the_whole(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _long_text()
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode(encoding))  # utf-16 writes its byte-order mark
    expected = Pipeline.default().extract(text)
    assert len(text_windows.windows(text, 2000)) > 5
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert got == [entity_dict(e) for e in expected]
    assert all(text[d["start"] : d["end"]] == d["text"] for d in got)


@pytest.mark.usefixtures("small_windows")
def test_json_and_table_written_as_found_are_the_whole_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_long_text(), encoding="utf-8")
    expected = Pipeline.default().extract(_long_text())
    assert main(["extract", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out == json.dumps([entity_dict(e) for e in expected], ensure_ascii=False,
                             indent=2) + "\n"
    assert main(["extract", str(path)]) == 0
    assert capsys.readouterr().out == format_table(expected) + "\n"


def test_writers_match_the_whole_document_formats() -> None:
    entities = extract(ARTICLE)
    for subset in (entities, entities[:1], []):
        written: list[str] = []
        writer = JsonArrayWriter(written.append)
        for e in subset:
            writer.add(e)
        writer.close()
        assert "".join(written) == json.dumps([entity_dict(e) for e in subset],
                                              ensure_ascii=False, indent=2) + "\n"


def test_a_table_longer_than_a_block_keeps_its_columns_from_growing_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TableWriter, "BLOCK", 5)
    entities = extract(ARTICLE)
    written: list[str] = []
    writer = TableWriter(written.append)
    for e in entities:
        writer.add(e)
    writer.close()
    lines = "".join(written).splitlines()
    assert len(lines) == len(entities) + 1 and lines[0].split()[0] == "start"
    assert [line.split()[:3] for line in lines[1:]] == [
        [str(e.start), str(e.end), e.label.value] for e in entities]
    starts = [line.index(line.split()[2]) for line in lines[1:]]  # where "label" begins
    assert starts == sorted(starts)


@pytest.mark.usefixtures("small_windows")
def test_bad_bytes_after_the_first_chunk_are_named_at_their_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _long_text().encode("utf-8")
    path = tmp_path / "bad.txt"
    path.write_bytes(good + b"\xff tail")
    assert main(["extract", str(path), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert f"not valid UTF-8 (byte 0xFF at offset {len(good)})" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("small_windows")
def test_characters_cut_by_a_chunk_edge_are_kept_whole(tmp_path: Path) -> None:
    text = "ب" * 999 + "😀" + "پوتن ماسکو میں"  # the edge falls inside a 2- and a 4-byte character
    for encoding in ("utf-8", "utf-16-le", "utf-32-be"):
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-32-be": codecs.BOM_UTF32_BE}
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(bom.get(encoding, b"") + text.encode(encoding))
        stream = inputs.open_text(str(path))
        assert "".join(stream.pieces) == text
        assert len(list(inputs.open_text(str(path)).pieces)) > 1


def test_a_whitespace_only_file_is_still_called_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    assert main(["extract", str(path), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert "is empty" in captured.err and captured.out == ""
