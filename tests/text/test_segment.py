"""Tests for splitting glued words (``urdu_entities.text.segment``)."""

from __future__ import annotations

from urdu_entities.text.segment import Segmenter


def make() -> Segmenter:
    return Segmenter(
        ["دو", "ہزار", "چھ", "ستمبر", "کو", "سو", "ایک"], anchors=["ہزار", "ستمبر", "سو"]
    )


def test_fewest_pieces() -> None:
    assert make().split("دوہزارچھ") == ("دو", "ہزار", "چھ")
    assert make().split("ستمبرکو") == ("ستمبر", "کو")


def test_needs_an_anchor_and_two_pieces() -> None:
    seg = make()
    assert seg.split("دوچھ") is None  # no anchor among the pieces
    assert seg.split("ستمبر") is None  # one piece: nothing glued
    assert seg.split("ستمبرز") is None  # a letter outside the vocabulary


def test_keep_and_length_limits() -> None:
    seg = Segmenter(["دو", "سو"], anchors=["سو"], keep=["دوسو"], min_length=3, max_length=5)
    assert seg.split("دوسو") is None
    assert Segmenter(["دو", "سو"], anchors=["سو"], max_length=3).split("دوسو") is None


def test_splits_lists_positions() -> None:
    seg = make()
    words = ["وہ", "دوہزارچھ", "میں", "ستمبرکو", "دوہزارچھ"]
    assert seg.splits(words) == [
        (1, ("دو", "ہزار", "چھ")),
        (3, ("ستمبر", "کو")),
        (4, ("دو", "ہزار", "چھ")),
    ]
    assert seg.splits([]) == []
