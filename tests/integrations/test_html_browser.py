"""The HTML view in a real headless Chromium (the Debian package): every mention is drawn,
at its place in the text, right to left, in its label's colour."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from urdu_entities import extract
from urdu_entities._data import sample_article
from urdu_entities.integrations.html import COLOURS, to_html

from ._browser import chromium, measure, png_pixels, screenshot

BINARY = chromium()
pytestmark = pytest.mark.skipif(
    BINARY is None, reason="no Chromium on PATH (Debian: apt-get install chromium)"
)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _css_rgb(css: str) -> tuple[int, int, int]:
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return r, g, b


@pytest.fixture(scope="module")
def article() -> str:
    return sample_article().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def layout(article: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    assert BINARY is not None
    page = to_html(extract(article), article, title="Sample article")
    return measure(BINARY, page, tmp_path_factory.mktemp("dom"))


def test_the_text_is_the_input_right_to_left(layout: dict[str, object], article: str) -> None:
    assert layout["text"] == article
    assert layout["htmlDir"] == "rtl" and layout["direction"] == "rtl"


def test_every_entity_is_shown_at_its_place(layout: dict[str, object], article: str) -> None:
    entities = extract(article)
    marks = layout["marks"]
    assert isinstance(marks, list) and len(marks) == len(entities) > 50
    viewport = layout["viewport"]
    assert isinstance(viewport, int | float)
    for e, m in zip(entities, marks, strict=True):
        assert (m["offset"], m["start"], m["end"]) == (e.start, e.start, e.end)
        assert m["text"] == e.text and m["label"] == e.label.value
        assert m["right"] - m["left"] > 0 and m["bottom"] - m["top"] > 0, m
        assert m["left"] >= 0 and m["right"] <= viewport, m
        assert _css_rgb(m["background"]) == _rgb(COLOURS[e.label.value][0])
        shown = e.canonical or ""
        assert shown in m["title"]
        if shown:
            assert shown in m["gloss"], m  # the English name beside the mention


def test_mentions_run_right_to_left_and_down(layout: dict[str, object]) -> None:
    marks = [m for m in layout["marks"] if m["lines"] == 1]  # type: ignore[union-attr]
    checked = 0
    for a, b in itertools.pairwise(marks):
        assert b["top"] >= a["top"] - 1, (a, b)  # never above an earlier mention
        if abs(a["top"] - b["top"]) < 1:  # same line: the later one is to the left
            assert b["right"] <= a["left"] + 1, (a, b)
            checked += 1
    assert checked > 10


def test_legend_names_every_label_in_its_colour(layout: dict[str, object]) -> None:
    legend = {item["label"]: item for item in layout["legend"]}  # type: ignore[union-attr]
    assert set(legend) == set(COLOURS)
    for label, item in legend.items():
        assert _css_rgb(item["background"]) == _rgb(COLOURS[label][0])
        assert label in item["text"]


def test_screenshot_shows_each_label_colour(tmp_path: Path) -> None:
    assert BINARY is not None
    text = "صدر پیوٹن نے 10 ستمبر کو ماسکو میں اقوام متحدہ کے وفد سے ملاقات کی۔"
    entities = extract(text)
    assert {e.label.value for e in entities} == set(COLOURS)
    shot = screenshot(BINARY, to_html(entities, text), tmp_path, 700, 300)
    width, height, rows = png_pixels(shot)
    assert (width, height) == (700, 300)
    pixels = {rows[y][x:x + 3] for y in range(height) for x in range(0, width * 3, 3)}
    for label, (background, _) in COLOURS.items():
        assert bytes(_rgb(background)) in pixels, f"no {label} colour in the screenshot"
