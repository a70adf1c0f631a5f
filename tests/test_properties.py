"""Property tests of ``extract()``: on any ``str`` it returns, never raises, with exact offsets,
sorted and non-overlapping entities, and the same output every time.

Inputs mix real Urdu (fixture passages, the sample article, gazetteer forms) with random
Unicode, surrogates included. Hypothesis runs derandomised with a bounded number of examples,
so the suite is deterministic; ``scripts/fuzz.py`` checks the same contract for longer.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from urdu_entities import Entity, Pipeline, extract

REPO = Path(__file__).resolve().parents[1]
FUZZ = "urdu_entities_fuzz_script"


def _load_fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location(FUZZ, REPO / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[FUZZ] = importlib.util.module_from_spec(spec)  # dataclasses need it
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()
TEXTS, FRAGMENTS = fuzz.corpus()
BOUNDED = settings(
    max_examples=120,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def windows(draw: st.DrawFn) -> str:
    """A slice of a real Urdu text."""
    text: str = draw(st.sampled_from(TEXTS))
    start = draw(st.integers(0, len(text)))
    return text[start : start + draw(st.integers(0, 200))]


any_char = st.integers(0, 0x10FFFF).map(chr)  # surrogates included
arabic_char = st.integers(0x0600, 0x06FF).map(chr)
pieces = st.one_of(
    windows(),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(fuzz.SPECIALS),
    any_char,
    arabic_char,
    st.text(max_size=12),
)
texts = st.lists(pieces, max_size=16).map("".join)


@BOUNDED
@given(texts)
def test_offsets_index_the_input_and_entities_do_not_overlap(text: str) -> None:
    assert fuzz.contract_problems(text, extract(text)) == []


@BOUNDED
@given(texts)
def test_output_is_the_same_every_time_and_from_every_pipeline(text: str) -> None:
    first = extract(text)
    assert extract(text) == first
    assert Pipeline().extract(text) == first


@BOUNDED
@given(st.integers(0, 2**32))
def test_the_fuzz_generator_inputs_meet_the_contract(seed: int) -> None:
    text, _kind = fuzz.make_input(random.Random(seed), TEXTS, FRAGMENTS)
    assert fuzz.contract_problems(text, extract(text)) == []


@BOUNDED
@given(texts)
def test_a_user_gazetteer_pipeline_meets_the_contract(mini_pipeline: Pipeline, text: str) -> None:
    assert fuzz.contract_problems(text, mini_pipeline.extract(text)) == []


def test_the_contract_check_catches_bad_output() -> None:
    text = "صدر پیوٹن نے کہا"
    good = extract(text)
    assert good and fuzz.contract_problems(text, good) == []
    shifted = [e.model_copy(update={"start": e.start + 1, "end": e.end + 1}) for e in good]
    assert fuzz.contract_problems(text, shifted)
    assert fuzz.contract_problems(text, good + good)  # overlapping
    assert fuzz.contract_problems(text, tuple(good))  # not a list


def test_the_fuzzer_counts_exceptions_and_nondeterminism_as_failures() -> None:
    tally = fuzz.Tally()

    def crash(text: str) -> list[Entity]:
        raise RecursionError("maximum recursion depth exceeded")

    calls: list[str] = []

    def flaky(text: str) -> list[Entity]:
        calls.append(text)
        return extract(text)[: len(calls) % 2]

    fuzz.check("ب\ufdfdی", "random", tally, recheck=False, run=crash)
    fuzz.check("صدر پیوٹن نے کہا", "mutated", tally, recheck=True, run=flaky)
    fuzz.check("صدر پیوٹن نے کہا", "mutated", tally, recheck=True, run=extract)
    assert (tally.inputs, tally.failed, tally.rechecks) == (3, 2, 2)
    assert "RecursionError" in tally.failures[0]["problems"]
    assert "different output" in tally.failures[1]["problems"]
