"""The date lexicon's keys, computed many at a time, are each form's own."""

from __future__ import annotations

from urdu_entities.recognisers.dates import lexicon
from urdu_entities.text.normalize import normalize_text
from urdu_entities.text.tokenize import tokenize


def _own_key(form: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalize_text(form)))


def test_every_key_the_tables_were_built_from_is_the_forms_own() -> None:
    assert len(lexicon._KEYS) > 1000
    wrong = {f: k for f, k in lexicon._KEYS.items() if k != _own_key(f)}
    assert wrong == {}


def test_primed_keys_equal_keys_one_at_a_time() -> None:
    forms = ["۲۵ ستمبر", "سنہ دوہزار", "ستمبر11", "اِس ماہ", "  دو   ہزار  ", "ھ", "", "(ء)"]
    lexicon.prime(forms)
    assert [lexicon.key(f) for f in forms] == [_own_key(f) for f in forms]


def test_a_form_across_lines_is_left_to_key() -> None:
    form = "دو\nہزار"
    lexicon.prime([form, "تین ہزار"])
    assert form not in lexicon._KEYS
    assert lexicon.key(form) == _own_key(form)
