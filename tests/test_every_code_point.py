"""``extract()`` on every code point between Urdu letters: no exception, exact offsets.

Every code point of the Basic Multilingual Plane (surrogates included) and every assigned,
non-private code point above it is run; of the unassigned and private-use code points above
the BMP (830,000 that no stage can tell apart: no data names them and the tokeniser sees only
"not a space") every 61st is run. ``python scripts/fuzz.py --code-points`` runs all of them.
``tests/text/test_normalize_every_code_point.py`` checks the normaliser on every code point.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import regex

from urdu_entities import extract

REPO = Path(__file__).resolve().parents[1]
FUZZ = "urdu_entities_fuzz_script"
CHUNK = 8192
_UNASSIGNED_OR_PRIVATE = regex.compile(r"[\p{Cn}\p{Co}]+")
_OTHERS = regex.compile(r"[^\p{Cn}\p{Co}]+")


def _contract_problems() -> object:
    spec = importlib.util.spec_from_file_location(FUZZ, REPO / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[FUZZ] = importlib.util.module_from_spec(spec)  # dataclasses need it
    spec.loader.exec_module(module)
    return module.contract_problems


contract_problems = _contract_problems()


def chosen_code_points() -> list[str]:
    above = "".join(map(chr, range(0x10000, 0x110000)))
    kept = _UNASSIGNED_OR_PRIVATE.sub("", above)
    sampled = _OTHERS.sub("", above)[::61]
    return [*map(chr, range(0x10000)), *kept, *sampled]


CHARS = chosen_code_points()


@pytest.mark.parametrize("start", range(0, len(CHARS), CHUNK * 4))
def test_extract_on_code_points_between_urdu_letters(start: int) -> None:
    for i in range(start, min(start + CHUNK * 4, len(CHARS)), CHUNK):
        text = "ب" + "ب".join(CHARS[i : i + CHUNK]) + "ی"
        assert contract_problems(text, extract(text)) == []  # type: ignore[operator]


@pytest.mark.parametrize("char", ["\ufdfd", "\ufd3e", "\ufe73", "\ufefe", "\ud800", "\udfff"])
def test_once_crashing_characters_inside_a_sentence(char: str) -> None:
    text = f"{char} صدر پیوٹن نے ب{char}ی ماسکو میں کہا{char}"
    found = extract(text)
    assert [e.text for e in found] == ["پیوٹن", "ماسکو"]
    assert contract_problems(text, found) == []  # type: ignore[operator]
