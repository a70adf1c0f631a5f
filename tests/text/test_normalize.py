from __future__ import annotations

import pytest

from urdu_entities.text.normalize import normalize, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كتاب", "کتاب"),  # Arabic kaf
        ("علي", "علی"),  # Arabic yeh
        ("موسى", "موسی"),  # alef maksura
        ("مدرسة", "مدرسہ"),  # teh marbuta
        ("کِم", "کم"),  # kasra ignored
        ("اُن", "ان"),  # damma ignored
        ("اعلیٰ", "اعلی"),  # superscript alef ignored
        ("پاکـــستان", "پاکستان"),  # tatweel
        ("ولادی\u200cووستوک", "ولادیووستوک"),  # ZWNJ
        ("ہوۓ", "ہوئے"),  # yeh barree with hamza
        ("ہوے\u0654", "ہوئے"),  # combining hamza
        ("خانۂ", "خانہ"),  # heh goal with hamza
        ("۱۰ سے ۱۳", "10 سے 13"),  # Urdu digits
        ("٢٠٢٢", "2022"),  # Arabic-Indic digits
        ("“فتح”", '"فتح"'),  # curly quotes
        ("بهارت", "بھارت"),  # Arabic heh after a consonant is do-chashmi
        ("الله", "اللہ"),  # ... and heh goal elsewhere
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected
    assert normalize(raw).text == expected


def test_offsets_map_back_to_the_original() -> None:
    raw = "مسٹر کِم نے ۱۰ ـــ ستمبر ہوۓ کو"
    norm = normalize(raw)
    word = norm.text.index("کم")
    start, end = norm.original_span(word, word + 2)
    assert raw[start:end] == "کِم"
    digits = norm.text.index("10")
    start, end = norm.original_span(digits, digits + 2)
    assert raw[start:end] == "۱۰"
    expanded = norm.text.index("ہوئے")
    start, end = norm.original_span(expanded, expanded + 4)
    assert raw[start:end] == "ہوۓ"


def test_span_keeps_trailing_marks_but_not_invisible_characters() -> None:
    raw = "پوتنؔ\u200c اور"
    norm = normalize(raw)
    start, end = norm.original_span(0, norm.text.index(" "))
    assert raw[start:end] == "پوتنؔ"


def test_every_character_maps_inside_the_original() -> None:
    raw = "ﻻ ﷲ کِم\u200d ـ ۓ x\x00y 😀"
    norm = normalize(raw)
    for i in range(len(norm.text) + 1):
        assert 0 <= norm.original_start(i) <= len(raw)
        assert norm.original_start(i) <= norm.original_end(i + 1) <= len(raw)


def test_control_characters_become_spaces() -> None:
    assert normalize_text("a\x00b\x1fc") == "a b c"
