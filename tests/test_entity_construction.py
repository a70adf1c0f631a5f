"""Entities are built without validation (``model_construct``): they must equal what
validation would build from the same fields."""

from __future__ import annotations

from urdu_entities import Entity, Pipeline
from urdu_entities._data import sample_article


def test_constructed_entities_equal_validated_ones() -> None:
    text = sample_article().read_text(encoding="utf-8")
    found = Pipeline().extract(text)
    assert found
    for e in found:
        validated = Entity.model_validate(e.model_dump())
        assert validated == e
        assert validated.model_dump_json() == e.model_dump_json()
        assert e.model_fields_set == set(Entity.model_fields)
        assert type(e.confidence) is float
