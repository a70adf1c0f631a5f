"""Every code point U+0000–U+10FFFF (surrogates apart), placed between Urdu letters, normalises
without error, and the offset map sends every normalised character back to the character it
came from.

The code points are normalised in chunks, ``ب`` between each two, and each chunk's map is
checked segment by segment against independent oracles: a copied segment must equal the
original under the one-to-one letter table, a rewritten one must be what its one code point
normalises to on its own, and whatever the map skips must normalise to nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from urdu_entities.lang import letters
from urdu_entities.text.normalize import NormalizedText, normalize, normalize_text

SEPARATOR = "ب"
CHUNK = 8192
ONE_TO_ONE = str.maketrans(letters.ONE_TO_ONE)


def chunks(chars: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(chars), CHUNK):
        yield chars[i : i + CHUNK]


def alone(char: str) -> str:
    """What one code point normalises to between two separators."""
    text = normalize_text(SEPARATOR + char + SEPARATOR)
    assert text.startswith(SEPARATOR) and text.endswith(SEPARATOR), repr(char)
    return text[1:-1]


def segments(norm: NormalizedText) -> Iterator[tuple[int, int, int, int, bool]]:
    """``(norm_start, norm_end, orig_start, orig_end, copied)`` for every segment."""
    bounds = [*norm.seg_norm[1:], len(norm.text)]
    for k, (a, b) in enumerate(zip(norm.seg_norm, bounds, strict=True)):
        o = norm.seg_orig[k]
        copied = norm.seg_copied[k]
        yield a, b, o, (o + b - a if copied else norm.seg_orig_end[k]), copied


def check_chunk(chars: list[str]) -> None:
    original = SEPARATOR + SEPARATOR.join(chars) + SEPARATOR
    norm = normalize(original)
    assert norm.original == original
    assert norm.text == normalize_text(original)
    covered = 0  # original offset up to which the map accounts for every character
    for a, b, o, e, copied in segments(norm):
        assert a <= b and covered <= o <= e <= len(original)
        for skipped in original[covered:o]:  # dropped by the normaliser
            assert alone(skipped) == "", f"U+{ord(skipped):04X} is lost from the map"
        if copied:
            assert norm.text[a:b] == original[o:e].translate(ONE_TO_ONE), (o, e)
        else:
            # A rewrite covers exactly one of the code points under test.
            assert e == o + 1 and o % 2 == 1, (o, e, original[o:e])
            assert norm.text[a:b] == alone(original[o]), f"U+{ord(original[o]):04X}"
        if b > a:
            assert norm.original_start(a) == o
            assert norm.original_start(b - 1) == (e - 1 if copied else o)
            assert e <= norm.original_end(b) <= e + 1
        covered = max(covered, e)
    for skipped in original[covered:]:
        assert alone(skipped) == ""
    assert norm.original_start(len(norm.text)) == len(original)


@pytest.mark.parametrize("plane", range(17))
def test_every_code_point_between_urdu_letters(plane: int) -> None:
    chars = [chr(cp) for cp in range(plane << 16, (plane + 1) << 16) if not 0xD800 <= cp <= 0xDFFF]
    for chunk in chunks(chars):
        check_chunk(chunk)


@pytest.mark.parametrize(
    "char",
    ["\ufdfd", "\ufd3e", "\ufd3f", "\ufbb2", "\ufdc8", "\ufe73", "\ufe75", "\ufefd", "\ufdff"],
)
def test_presentation_forms_without_a_compatibility_form_are_copied(char: str) -> None:
    # These once sent the normaliser into endless recursion (issue 16).
    norm = normalize(f"ب{char}ی")
    assert norm.text == f"ب{char}ی"
    assert norm.original_span(1, 2) == (1, 2)


def test_presentation_forms_still_fold_to_their_letters() -> None:
    assert normalize_text("\ufdf2") == "اللہ"  # ligature ALLAH
    assert normalize_text("\ufefb") == "لا"  # ligature LAM WITH ALEF
    assert normalize_text("\ufe8f\ufe91") == "بب"  # isolated and initial BEH


def test_lone_surrogates_become_replacement_characters() -> None:
    norm = normalize("پوتن\ud800 \udfffنے")
    assert norm.text == "پوتن\ufffd \ufffdنے"
    assert norm.original_span(4, 5) == (4, 5)
