"""The Dask recipe on a real distributed.LocalCluster with two worker processes, against
the single-process output (skipped without dask/distributed/pandas)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from urdu_entities import Pipeline
from urdu_entities._data import sample_article
from urdu_entities.integrations import corpus_frame
from urdu_entities.integrations.cluster import (
    extract_partition,
    extract_records,
    frame_meta,
    map_in_pandas,
)

pd = pytest.importorskip("pandas", reason="pandas is part of the optional 'dask' extra")
dd = pytest.importorskip("dask.dataframe", reason="dask is the optional 'dask' extra")
db = pytest.importorskip("dask.bag", reason="dask is the optional 'dask' extra")
distributed = pytest.importorskip("distributed", reason="distributed is in the 'dask' extra")

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, str]]:
    records = [json.loads(line) for line in
               (FIXTURES / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = [{"id": r["id"], "text": r["text"]} for r in records]
    docs.append({"id": "sample", "text": sample_article().read_text(encoding="utf-8")})
    return docs


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _single_process(corpus: list[dict[str, str]]) -> object:
    pairs = ((d["text"], d["id"]) for d in corpus)
    return corpus_frame(Pipeline.default().pipe(pairs, as_tuples=True))


def test_dataframe_on_two_workers_equals_one_process(
    client: object, corpus: list[dict[str, str]]
) -> None:
    ddf = dd.from_pandas(pd.DataFrame(corpus), npartitions=4)
    result = ddf.map_partitions(extract_partition, meta=frame_meta()).compute()
    workers = client.run(lambda: __import__("os").getpid())  # type: ignore[attr-defined]
    assert len(workers) == 2
    expected = _single_process(corpus)
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)
    assert len(expected) > 100


def test_bag_on_two_workers_equals_one_process(
    client: object, corpus: list[dict[str, str]]
) -> None:
    out = db.from_sequence(corpus, npartitions=4).map_partitions(extract_records).compute()
    pipeline = Pipeline.default()
    assert out == [{"id": d["id"], "entities": [e.model_dump(mode="json")
                                                for e in pipeline.extract(d["text"])]}
                   for d in corpus]


def test_map_in_pandas_is_the_spark_shape(corpus: list[dict[str, str]]) -> None:
    frames = [pd.DataFrame(corpus[:5]), pd.DataFrame(corpus[5:])]
    joined = pd.concat(list(map_in_pandas(iter(frames))), ignore_index=True)
    pd.testing.assert_frame_equal(joined, _single_process(corpus))
