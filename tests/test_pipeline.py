from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from urdu_entities import Entity, GazetteerEntry, GazetteerError, Label, Pipeline, extract


def test_extract_returns_entities_with_exact_slices() -> None:
    text = "مسٹر پوتن نے ماسکو میں کہا۔"
    entities = extract(text)
    assert entities, "expected entities"
    for e in entities:
        assert isinstance(e, Entity)
        assert text[e.start : e.end] == e.text


def test_entity_is_frozen() -> None:
    e = extract("ماسکو")[0]
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError
        e.text = "x"  # type: ignore[misc]


def test_label_is_a_str_enum() -> None:
    assert Label.PER == "PER" and str(Label.DATE) == "DATE"
    assert f"{Label.LOC} {Label.ORG:>4}" == "LOC  ORG" and format(Label.PER, "") == "PER"


@pytest.mark.parametrize("bad", [None, b"\xd9\x85", 42, ["ماسکو"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="needs text as str"):
        extract(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_fix() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract("ماسکو".encode())  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\u200c"])
def test_blank_text_gives_no_entities(blank: str) -> None:
    assert extract(blank) == []


def test_bad_reference_date_raises_type_error() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        extract("ماسکو", reference_date="2023-09-01")  # type: ignore[arg-type]


def test_datetime_reference_date_is_accepted() -> None:
    assert extract("ماسکو", reference_date=dt.datetime(2023, 9, 1, 12, 0))


@pytest.mark.parametrize(
    "text",
    [
        "Only Latin text, no Urdu at all.",
        "😀🔥 emoji only 🚀",
        "\x00\x01\x02 control \x7f characters \u202e",
        "ـــ" * 100,
        "\u0650" * 50 + "کم",
        "1" * 10_000,
    ],
)
def test_any_script_returns_without_error(text: str) -> None:
    for e in extract(text):
        assert text[e.start : e.end] == e.text


def test_offsets_index_the_original_after_normalisation() -> None:
    text = "ﻣﺴﭩﺮ پيوٹن نے كہا كہ مسٹر کِم ۱۰ ستمبر کو ماسکو آئیں گے"
    for e in extract(text):
        assert text[e.start : e.end] == e.text


def test_user_gazetteer_file_takes_precedence(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"canonical": "Moscow, Idaho", "label": "LOC",
                                "forms": ["ماسکو"]}) + "\n", encoding="utf-8")
    entities = Pipeline(gazetteers=[path]).extract("ماسکو")
    assert entities[0].canonical == "Moscow, Idaho"


def test_user_entries_in_memory() -> None:
    entry = GazetteerEntry(canonical="Zarina Baloch", label=Label.PER,
                           forms=("زرینہ بلوچ", "زرینہ بلوچ صاحبہ"))
    pipeline = Pipeline(gazetteers=[entry])
    assert [e.canonical for e in pipeline.extract("زرینہ بلوچ نے گیت گایا")] == ["Zarina Baloch"]


def test_bad_user_gazetteer_fails_at_construction(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"canonical": "X"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.jsonl:1"):
        Pipeline(gazetteers=[path])


def test_wrong_gazetteer_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="gazetteers must be"):
        Pipeline(gazetteers=[{"canonical": "X"}])  # type: ignore[list-item]


def test_default_pipeline_is_shared() -> None:
    assert Pipeline.default() is Pipeline.default()


def test_extract_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = ["مسٹر پوتن نے ماسکو میں کہا۔", "کم جونگ اُن پیانگ یانگ گئے۔ مسٹر کم نے کہا",
             "10 سے 13 ستمبر تک ولادی ووستوک"] * 20
    expected = [extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(extract, texts)) == expected


def test_a_megabyte_on_one_line_returns() -> None:
    text = ("روس کے صدر ولادیمیر پوتن نے 10 ستمبر کو کہا۔ " * 25_000)[:1_000_000]
    entities = extract(text)
    assert len(entities) > 10_000
    assert all(text[e.start : e.end] == e.text for e in entities[:100])
