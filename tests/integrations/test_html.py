"""to_html without a browser: structure, escaping, and bad input."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from urdu_entities import Entity, extract
from urdu_entities.integrations import to_html

TEXT = "صدر پیوٹن نے 10 ستمبر کو ماسکو میں <b>&</b> کہا۔\r\nدوسری سطر"


class _Collect(HTMLParser):
    """Text inside the .ue-text element and its marks, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.marks: list[tuple[dict[str, str | None], int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.marks.append((a, len("".join(self.text))))
        elif a.get("class") == "ue-text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def _parse(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


def test_page_keeps_the_text_and_marks_every_entity() -> None:
    entities = extract(TEXT)
    page = to_html(entities, TEXT)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ur" dir="rtl">' in page
    assert "Noto Nastaliq Urdu" in page and 'aria-label="legend"' in page
    parsed = _parse(page)
    assert "".join(parsed.text) == TEXT
    assert len(parsed.marks) == len(entities) >= 3
    for (attrs, offset), e in zip(parsed.marks, entities, strict=True):
        assert offset == e.start and attrs["data-start"] == str(e.start)
        assert attrs["data-label"] == e.label.value
        assert attrs.get("data-canonical") == e.canonical
    assert "<b>" not in page and "&lt;b&gt;&amp;&lt;/b&gt;" in page


def test_dates_show_their_value() -> None:
    text = "10 ستمبر 2023 کو"
    page = to_html(extract(text), text)
    assert 'data-value="2023-09-10"' in page
    assert re.search(r'data-gloss="[^"]*2023-09-10"', page)


def test_entity_dicts_as_json_writes_them() -> None:
    text = "ماسکو"
    dicts = [e.model_dump(mode="json") for e in extract(text)]
    assert to_html(dicts, text) == to_html(extract(text), text)


def test_fragment_for_a_notebook() -> None:
    fragment = to_html(extract("ماسکو"), "ماسکو", standalone=False, gloss_mode="hover")
    assert fragment.startswith("<style>") and "<html" not in fragment
    assert 'class="urdu-entities ue-hover"' in fragment


def test_title_is_escaped() -> None:
    page = to_html([], "متن", title="<script>")
    assert "<script>" not in page and html.escape("<script>") in page


@pytest.mark.parametrize(
    ("entities", "message"),
    [
        ([Entity(text="ماسکو", start=0, end=5, label="LOC"),
          Entity(text="سکو", start=2, end=5, label="LOC")], "overlap"),
        ([Entity(text="لاہور", start=0, end=5, label="LOC")], "does not match"),
        ([Entity(text="ماسکو میں ", start=0, end=10, label="LOC")], "beyond the text"),
    ],
)
def test_bad_entities_are_refused(entities: list[Entity], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_html(entities, "ماسکو میں")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        to_html([], b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="gloss_mode"):
        to_html([], "متن", gloss_mode="tooltip")  # type: ignore[arg-type]
