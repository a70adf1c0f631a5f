"""The one span-trimming rule (``text/edges.py``, words in ``lang/span_edges.py``)."""

from __future__ import annotations

import pytest

from urdu_entities.models import Label
from urdu_entities.text.document import Document
from urdu_entities.text.edges import title_before, title_size, trim

# text, label, the whole text as the span → what is left (None: nothing name-like).
TRIM_TABLE = [
    ("صدر پیوٹن", Label.PER, "پیوٹن"),
    ("وزیر اعظم شہباز شریف نے", Label.PER, "شہباز شریف"),
    ("امریکی منتظم پال بریمر", Label.PER, "پال بریمر"),
    ("امریکی سفارت خانہ", Label.ORG, "امریکی سفارت خانہ"),  # nationality stays in an ORG
    ("، بلاول بھٹو زرداری ،", Label.PER, "بلاول بھٹو زرداری"),
    ("کراچی میں", Label.LOC, "کراچی"),
    ("لاہور اور", Label.LOC, "لاہور"),
    ("صدر", Label.PER, "صدر"),  # a title alone is never trimmed away to nothing
    ("2023 ،", Label.ORG, None),  # numbers and punctuation only
    ("ا", Label.PER, None),  # one letter
    ("10 ستمبر کو", Label.DATE, "10 ستمبر"),
    ("صدر 10 ستمبر", Label.DATE, "صدر 10 ستمبر"),  # dates keep leading words
    ("7", Label.DATE, "7"),  # and may be all digits
]


@pytest.mark.parametrize(("text", "label", "expected"), TRIM_TABLE)
def test_trim(text: str, label: Label, expected: str | None) -> None:
    doc = Document.from_text(text)
    got = trim(doc, 0, len(doc.tokens), label)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        start, end = got
        assert doc.text[doc.tokens[start].start : doc.tokens[end - 1].end] == expected


def test_title_size_takes_the_longest_title() -> None:
    words = "نگران وزیر اعظم انوار".split()
    assert title_size(words, 0) == 3
    assert title_size(words, 1) == 2
    assert title_size(words, 3) == 0
    assert title_size(words, 0, limit=1) == 0  # نگران alone is not a title


def test_title_before_skips_a_comma() -> None:
    doc = Document.from_text("وائٹ ہاؤس کے ترجمان، جان کربی")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "جان")
    assert title_before(doc, k) == (k - 2, k - 1)
    assert title_before(doc, 0) is None
