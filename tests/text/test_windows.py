"""Long texts in windows: where the cuts fall, and that windowed output is the whole
text's output."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_entities import Pipeline
from urdu_entities._data import sample_article
from urdu_entities.pipeline import _entity
from urdu_entities.text import windows as text_windows
from urdu_entities.text.windows import stream_windows, windows

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_windows_tile_the_text_and_cut_after_sentence_ends_at_line_breaks() -> None:
    text = "ایک۔\nدو؟  \nتین U.S.\nچار\nپانچ!\n" * 50
    spans = windows(text, 40)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    for _, end in spans[:-1]:
        before = text[:end].rstrip(" \n")
        assert text[end - 1] == "\n" and before[-1] in "۔؟!"
        assert end - _ <= 40


def test_no_cut_possible_keeps_the_text_whole() -> None:
    assert windows("ب" * 1000, 100) == [(0, 1000)]
    text = "ایک دو\nتین U.S.\n" * 20
    assert windows(text, 30) == [(0, len(text))]


def test_a_cut_beyond_the_window_when_none_is_inside() -> None:
    text = "ب" * 100 + "۔\n" + "ج" * 10
    assert windows(text, 50) == [(0, 102), (102, 112)]


def _whole(pipeline: Pipeline, text: str) -> list[object]:
    doc = pipeline.run(text)
    return [_entity(doc, c) for c in doc.entities or ()]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("size", [60, 400, 3000])
def test_windowed_output_is_the_whole_texts(
    size: int, one_line: bool, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (FIXTURES / "passages.jsonl").open(encoding="utf-8") as lines:
        passages = [json.loads(line)["text"] for line in lines]
    text = "\n".join([sample_article().read_text(encoding="utf-8"), *passages] * 2)
    if one_line:
        text = text.replace("\n", " ")
    expected = _whole(pipeline, text)
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", size)
    assert len(windows(text, size)) > 5
    found = pipeline.extract(text)
    assert found == expected
    assert all(text[e.start : e.end] == e.text for e in found)


def test_an_entity_on_every_window_edge(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every sentence starts and ends with a name, and each is a window of its own; short
    mentions and ambiguous forms in later windows lean on names from earlier ones."""
    sentences = [
        "کم جونگ اُن نے دورہ کیا ماسکو۔",
        "پوتن نے کم سے ملاقات کی روس۔",
        "جان ایف کربی نے کہا بیجنگ۔",
        "کربی نے کہا ولادی ووستوک۔",
        "15 ستمبر کو پوتن ماسکو۔",
    ]
    text = "\n".join(sentences * 3) + "\n"
    expected = _whole(pipeline, text)
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 10)
    spans = windows(text, 10)
    assert len(spans) == len(sentences) * 3
    found = pipeline.extract(text)
    assert found == expected
    starts, ends = {e.start for e in found}, {e.end for e in found}
    for start, end in spans:
        assert start in starts  # a name or date opens every window
        assert text.rindex("۔", start, end) in ends  # and one closes it
    kim = [e for e in found if e.text == "کم"]
    assert kim and all(e.canonical == "Kim Jong Un" for e in kim)


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in pairwise(points)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    text=st.lists(st.sampled_from(["ب"] * 8 + ["ج ", "۔", "؟", "!", ".", " ", "\n", "  \n"]),
                  max_size=200).map("".join),
    cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=30),
    size=st.integers(min_value=1, max_value=40),
)
def test_streamed_windows_are_the_whole_texts(text: str, cuts: list[int], size: int) -> None:
    streamed = list(stream_windows(_split(text, cuts), size))
    assert [(o, o + len(w)) for o, w in streamed] == windows(text, size)
    assert all(text[o : o + len(w)] == w for o, w in streamed)


def test_streamed_windows_of_one_character_pieces_and_of_a_text_without_cuts() -> None:
    text = "ایک جملہ۔  \n\n  دوسرا؟ " * 40 + "ب" * 500 + "۔ آخر"
    assert [(o, o + len(w)) for o, w in stream_windows(iter(text), 30)] == windows(text, 30)
    assert list(stream_windows(["ب" * 50] * 20, 30)) == [(0, "ب" * 1000)]
    assert list(stream_windows([], 30)) == [(0, "")]
    # A cut found at the end of what has been read: its whitespace goes on in the next piece.
    text = "ب" * 40 + "۔ " + " \n" + "ج" * 5
    assert list(stream_windows(["ب" * 40 + "۔ ", " \n", "ج" * 5], 30)) == [
        (0, "ب" * 40 + "۔  \n"), (44, "ج" * 5)]
    # A piece that ends on the mark, the whitespace after it in the next.
    pieces = ["ب" * 40 + "۔", " " + "ج" * 40 + "۔ " + "د" * 5]
    assert [(o, o + len(w)) for o, w in stream_windows(pieces, 30)] == [(0, 42), (42, 84), (84, 89)]


def test_extract_stream_is_extract_on_the_joined_text(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = sample_article().read_text(encoding="utf-8")
    assert list(pipeline.extract_stream([article])) == pipeline.extract(article)
    text = "\n".join([article] * 3)
    expected = _whole(pipeline, text)
    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 500)
    lines = text.splitlines(keepends=True)
    assert list(pipeline.extract_stream(lines)) == expected
    chunks = [text[i : i + 333] for i in range(0, len(text), 333)]
    assert list(pipeline.extract_stream(iter(chunks))) == expected


def test_extract_stream_wants_pieces_of_text(pipeline: Pipeline) -> None:
    with pytest.raises(TypeError, match="iterable of str pieces"):
        list(pipeline.extract_stream("کم جونگ ان"))
    with pytest.raises(TypeError, match="piece 1 is a bytes"):
        list(pipeline.extract_stream(["کم", b"x"]))  # type: ignore[list-item]
