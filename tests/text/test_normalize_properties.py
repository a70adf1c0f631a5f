"""Property tests of the normaliser's offset map on random text (surrogates included)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_entities.text.normalize import normalize, normalize_text

chars = st.one_of(
    st.integers(0x0600, 0x06FF),
    st.integers(0xFB50, 0xFEFF),
    st.integers(0x2000, 0x206F),
    st.integers(0, 0x10FFFF),
).map(chr)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.lists(st.one_of(chars, st.sampled_from(["ب", "ی", " ", "کِم", "ہوۓ", "\u200c"])),
                max_size=60).map("".join))
def test_the_map_is_monotonic_and_stays_inside_the_original(text: str) -> None:
    norm = normalize(text)
    assert norm.text == normalize_text(text)
    previous = 0
    for i in range(len(norm.text) + 1):
        start = norm.original_start(i)
        assert previous <= start <= len(text)
        if i < len(norm.text):
            assert start < norm.original_end(i + 1) <= len(text)
        previous = start
    assert norm.original_start(len(norm.text)) == len(text)
