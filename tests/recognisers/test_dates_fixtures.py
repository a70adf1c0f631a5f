"""Every date of the annotated fixtures is found with its gold span, value and English form."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from urdu_entities.evaluation import GoldDocument, load_jsonl
from urdu_entities.recognisers.dates import find_dates
from urdu_entities.text.document import Document

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("URDU_ENTITIES_SHARED", ROOT.parent / "shared"))


def _docs(name: str) -> list[GoldDocument]:
    if name == "seed_article":
        if not (SHARED / "seed" / "article_ur.txt").is_file():
            pytest.skip("seed article not available")
        return load_jsonl(FIXTURES / "seed_article.jsonl", text_root=SHARED)
    return load_jsonl(FIXTURES / f"{name}.jsonl")


@pytest.mark.parametrize("name", ["passages", "sample_article", "seed_article"])
def test_every_fixture_date_has_its_value(name: str) -> None:
    total = 0
    for gold in _docs(name):
        doc = Document.from_text(gold.text)
        found = {doc.original_span(c.start, c.end): (c.value, c.canonical) for c in find_dates(doc)}
        for e in gold.entities:
            if e.label != "DATE":
                continue
            total += 1
            where = f"{gold.id}: {gold.text[e.start : e.end]!r}"
            assert (e.start, e.end) in found, f"{where} not found"
            assert found[e.start, e.end] == (e.value, e.canonical), where
    assert total
