"""to_frame / corpus_frame on real pandas (skipped without it)."""

from __future__ import annotations

import pytest

from urdu_entities import Pipeline, extract
from urdu_entities.integrations import COLUMNS, corpus_frame, to_frame

pd = pytest.importorskip("pandas", reason="pandas is the optional 'pandas' extra")


def test_one_document() -> None:
    text = "مسٹر پوتن 10 ستمبر کو ماسکو پہنچے"
    entities = extract(text)
    frame = to_frame(entities, doc_id="a")
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(entities) == 3
    assert frame["canonical"].tolist() == [e.canonical for e in entities]
    assert (frame["doc_id"] == "a").all()
    assert frame["start"].dtype == "int64" and frame["confidence"].dtype == "float64"
    assert frame.loc[frame["label"] == "DATE", "value"].item() == "XXXX-09-10"
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.text


def test_corpus_from_pipe_and_empty_frames() -> None:
    texts = ["ماسکو", "کچھ نہیں", "لاہور اور کراچی"]
    ids = [10, 11, 12]
    frame = corpus_frame(Pipeline.default().pipe(zip(texts, ids, strict=True), as_tuples=True))
    assert frame["doc_id"].tolist() == [10, 12, 12]
    assert frame["canonical"].tolist() == ["Moscow", "Lahore", "Karachi"]
    empty = to_frame([])
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0
    assert dict(empty.dtypes) == dict(frame.dtypes)
