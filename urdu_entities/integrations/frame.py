"""Entities as a pandas ``DataFrame`` (pandas is the optional ``pandas`` extra)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from urdu_entities.models import Entity

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

#: The columns of every frame, in order: one row per entity.
COLUMNS = ("doc_id", "start", "end", "label", "text", "canonical", "id", "value", "source",
           "confidence", "resolved")

_DTYPES = {
    "doc_id": "object", "start": "int64", "end": "int64", "label": "object", "text": "object",
    "canonical": "object", "id": "object", "value": "object", "source": "object",
    "confidence": "float64", "resolved": "bool",
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "to_frame needs pandas: pip install 'urdu-entities[pandas]'"
        ) from None
    return pandas


def _row(doc_id: Any, e: Entity | Mapping[str, Any]) -> tuple[Any, ...]:
    entity = e if isinstance(e, Entity) else Entity.model_validate(e)
    return (doc_id, entity.start, entity.end, entity.label.value, entity.text,
            entity.canonical, entity.id, entity.value, entity.source, entity.confidence,
            entity.resolved)


def frame_from_rows(rows: Iterable[tuple[Any, ...]]) -> pd.DataFrame:
    """A frame with :data:`COLUMNS` and fixed dtypes (the same for an empty frame)."""
    pandas = _pandas()
    data = list(rows)
    columns = {
        name: pandas.Series([r[i] for r in data], dtype=_DTYPES[name])
        for i, name in enumerate(COLUMNS)
    }
    return pandas.DataFrame(columns)


def to_frame(entities: Iterable[Entity | Mapping[str, Any]], *, doc_id: Any = None) -> pd.DataFrame:
    """One row per entity of one document, columns :data:`COLUMNS`.

    ``start``/``end`` are the span (character offsets, end exclusive); ``doc_id`` fills the
    first column (``None`` unless given).
    """
    return frame_from_rows(_row(doc_id, e) for e in entities)


def corpus_frame(results: Iterable[tuple[Iterable[Entity | Mapping[str, Any]], Any]]
                 ) -> pd.DataFrame:
    """One row per entity of many documents, from ``(entities, doc_id)`` pairs.

    That is what ``Pipeline.pipe(zip(texts, ids), as_tuples=True)`` yields, so a corpus
    goes straight in: ``corpus_frame(pipeline.pipe(zip(texts, ids), as_tuples=True))``.
    A document without entities has no row.
    """
    return frame_from_rows(_row(doc_id, e) for entities, doc_id in results for e in entities)
