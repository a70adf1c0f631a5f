"""Pipeline.pipe / extract_many and the batch machinery."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from urdu_entities import Entity, Pipeline
from urdu_entities.batch import BatchError, cpu_count, pipe, resolve_processes

TEXTS = [
    "مسٹر پوتن ماسکو پہنچ گئے۔",
    "کم جونگ اُن ولادی ووستوک میں",
    "",
    "10 سے 13 ستمبر تک اجلاس ہوا",
    "کوئی نام نہیں",
    "لاہور اور کراچی میں بارش",
] * 7


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_matches_extract_in_order(pipeline: Pipeline, n_process: int) -> None:
    expected = [pipeline.extract(t) for t in TEXTS]
    got = list(pipeline.pipe(TEXTS, n_process=n_process, batch_size=4))
    assert got == expected
    assert any(got) and all(isinstance(e, Entity) for ents in got for e in ents)


def test_pipe_as_tuples_keeps_contexts_in_order(pipeline: Pipeline) -> None:
    items = [(t, {"id": i}) for i, t in enumerate(TEXTS)]
    out = list(pipeline.pipe(items, as_tuples=True, n_process=2, batch_size=3))
    assert [ctx["id"] for _, ctx in out] == list(range(len(TEXTS)))
    assert [ents for ents, _ in out] == [pipeline.extract(t) for t in TEXTS]


def test_every_core(pipeline: Pipeline) -> None:
    assert resolve_processes(-1) == cpu_count() >= 1
    assert list(pipeline.pipe(TEXTS[:3], n_process=-1)) == [pipeline.extract(t)
                                                            for t in TEXTS[:3]]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failure_is_yielded_with_its_index(pipeline: Pipeline, n_process: int) -> None:
    texts: list[object] = ["ماسکو", b"bytes", "پوتن", None, "لاہور"]
    out = list(pipeline.pipe(texts, n_process=n_process, batch_size=2, on_error="yield"))
    assert len(out) == 5
    errors = [r for r in out if isinstance(r, BatchError)]
    assert [e.index for e in errors] == [1, 3]
    assert errors[0].kind == "TypeError" and "decode bytes first" in errors[0].message
    assert [r[0].canonical for r in out if not isinstance(r, BatchError)] == [
        "Moscow", "Vladimir Putin", "Lahore"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failure_raises_at_its_turn(pipeline: Pipeline, n_process: int) -> None:
    seen: list[object] = []
    with pytest.raises(BatchError) as info:
        for result in pipeline.pipe(["ماسکو", "پوتن", 7, "لاہور"], n_process=n_process):
            seen.append(result)
    assert info.value.index == 2 and "text 2: TypeError" in str(info.value)
    assert len(seen) == 2


def test_failure_carries_its_context(pipeline: Pipeline) -> None:
    out = list(pipeline.pipe([("ماسکو", "a"), (3, "b")], as_tuples=True, on_error="yield"))
    error, ctx = out[1]
    assert isinstance(error, BatchError) and error.context == "b" and ctx == "b"


class Flaky:
    """An extractor that fails on one word, to exercise errors inside workers."""

    def extract(self, text: str, *, reference_date: dt.date | None = None) -> list[Entity]:
        if "boom" in text:
            raise RuntimeError("exploded")
        return [Entity(text=text[:1], start=0, end=1, label="LOC")] if text else []


def test_worker_exception_is_reported_and_the_rest_kept() -> None:
    texts = [f"t{i}" for i in range(20)]
    texts[13] = "boom"
    out = list(pipe(Flaky(), texts, n_process=2, batch_size=3, on_error="yield"))
    assert isinstance(out[13], BatchError) and out[13].kind == "RuntimeError"
    assert out[13].message == "exploded"
    assert all(isinstance(r, list) and len(r) == 1 for i, r in enumerate(out) if i != 13)


def test_input_is_read_lazily() -> None:
    def endless() -> Iterator[str]:
        for i in itertools.count():
            yield f"x{i}"

    first = list(itertools.islice(pipe(Flaky(), endless(), n_process=2, batch_size=5), 12))
    assert len(first) == 12


def test_extract_many_and_reference_date(pipeline: Pipeline) -> None:
    texts = ["گزشتہ سال کا اجلاس", "ماسکو"]
    got = pipeline.extract_many(texts, reference_date=dt.date(2023, 9, 5))
    assert got[0][0].value == "2022" and got[1][0].canonical == "Moscow"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"n_process": 0}, ValueError), ({"batch_size": 0}, ValueError),
     ({"on_error": "ignore"}, ValueError), ({"n_process": "2"}, TypeError)],
)
def test_bad_arguments(pipeline: Pipeline, kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        list(pipeline.pipe(["ماسکو"], **kwargs))  # type: ignore[arg-type]


def test_as_tuples_needs_pairs(pipeline: Pipeline) -> None:
    with pytest.raises(TypeError, match="item 0"):
        list(pipeline.pipe(["ماسکو"], as_tuples=True))
