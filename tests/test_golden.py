"""Golden output: the full output of the default pipeline, field for field, must not change.

Bundled fixtures are recorded in full (``tests/golden/fixtures.jsonl``). The shared corpora
(``../shared``, never copied into the repository) are recorded as one digest of the output per
document (``tests/golden/shared_corpora.json``), so a change names the documents it touched.

A refactor or a speed change must leave both files as they are. Only a deliberate accuracy
change regenerates them, and its commit says so::

    python tests/test_golden.py --update
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from urdu_entities import Entity, Pipeline

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
FIXTURES = HERE / "fixtures"
ROOT = HERE.parent
SHARED = Path(os.environ.get("URDU_ENTITIES_SHARED", ROOT / ".." / "shared"))

CORPORA = ("jahangir.jsonl", "ilner_urdu.jsonl", "ijcnlp2008_urdu.jsonl")
REFERENCE_DATE = "2023-09-05"


def _fields(entities: list[Entity]) -> list[dict[str, object]]:
    return [e.model_dump(mode="json") for e in entities]


def _digest(entities: list[Entity]) -> str:
    data = json.dumps(_fields(entities), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _fixture_texts() -> Iterator[tuple[str, str]]:
    yield "sample_article", (ROOT / "data/samples/sample_article_ur.txt").read_text("utf-8")
    with (FIXTURES / "passages.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["id"], record["text"]


def _fixture_output(pipeline: Pipeline) -> list[dict[str, object]]:
    import datetime as dt

    reference = dt.date.fromisoformat(REFERENCE_DATE)
    out: list[dict[str, object]] = []
    for doc_id, text in _fixture_texts():
        out.append({"id": doc_id, "entities": _fields(pipeline.extract(text))})
        out.append(
            {
                "id": f"{doc_id}@{REFERENCE_DATE}",
                "entities": _fields(pipeline.extract(text, reference_date=reference)),
            }
        )
    return out


def _shared_texts() -> Iterator[tuple[str, str]]:
    seed = SHARED / "seed" / "article_ur.txt"
    yield "seed_article", seed.read_text(encoding="utf-8")
    for name in CORPORA:
        with (SHARED / "datasets" / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield record["id"], record["text"]


def _shared_output(pipeline: Pipeline) -> dict[str, str]:
    return {doc_id: _digest(pipeline.extract(text)) for doc_id, text in _shared_texts()}


def _read_fixture_golden() -> list[dict[str, object]]:
    with (GOLDEN / "fixtures.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_fixture_output_unchanged() -> None:
    expected = {r["id"]: r["entities"] for r in _read_fixture_golden()}
    actual = {r["id"]: r["entities"] for r in _fixture_output(Pipeline.default())}
    assert actual.keys() == expected.keys()
    changed = [doc_id for doc_id in expected if actual[doc_id] != expected[doc_id]]
    for doc_id in changed[:1]:
        gone = [e for e in expected[doc_id] if e not in actual[doc_id]]  # type: ignore[operator]
        new = [e for e in actual[doc_id] if e not in expected[doc_id]]  # type: ignore[operator]
        pytest.fail(f"{len(changed)} documents changed, first {doc_id}: lost {gone[:3]}, "
                    f"gained {new[:3]}")


def test_shared_corpora_output_unchanged() -> None:
    if not (SHARED / "datasets" / CORPORA[0]).is_file():
        pytest.skip(f"shared corpora not found under {SHARED}")
    expected = json.loads((GOLDEN / "shared_corpora.json").read_text(encoding="utf-8"))
    actual = _shared_output(Pipeline.default())
    assert actual.keys() == expected.keys()
    changed = sorted(doc_id for doc_id in expected if actual[doc_id] != expected[doc_id])
    assert not changed, f"{len(changed)} documents' output changed, e.g. {changed[:10]}"


def _update() -> None:
    pipeline = Pipeline.default()
    GOLDEN.mkdir(exist_ok=True)
    with (GOLDEN / "fixtures.jsonl").open("w", encoding="utf-8") as out:
        for record in _fixture_output(pipeline):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    shared = _shared_output(pipeline)
    (GOLDEN / "shared_corpora.json").write_text(
        json.dumps(shared, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN}: {len(shared)} shared documents")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_golden.py --update")
    _update()
