"""Functions for running the pipeline on a cluster: Dask (``dask.dataframe`` /
``dask.bag``) and Spark's ``mapInPandas``. Each worker process builds its pipeline once and
keeps it (one pipeline per worker, whatever the number of partitions).

The functions are plain module-level functions, so they pickle by reference and a worker
only needs ``urdu_entities`` installed (docs/integrations.md#beyond-one-machine).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from urdu_entities.integrations.frame import COLUMNS, frame_from_rows
from urdu_entities.pipeline import Pipeline

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

_pipelines: dict[str, Pipeline] = {}
_lock = threading.Lock()


def worker_pipeline(**options: Any) -> Pipeline:
    """This process's pipeline for ``options`` (``Pipeline(**options)``), built on first use.

    No options gives the shared :meth:`Pipeline.default`.
    """
    if not options:
        return Pipeline.default()
    key = json.dumps(options, sort_keys=True, default=str)
    with _lock:
        pipeline = _pipelines.get(key)
        if pipeline is None:
            pipeline = _pipelines[key] = Pipeline(**options)
    return pipeline


def _date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def extract_partition(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    reference_date: dt.date | str | None = None,
    pipeline_options: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Entities of every row of ``frame``: one output row per entity, columns
    :data:`~urdu_entities.integrations.frame.COLUMNS` (``doc_id`` from ``id_column``).

    For ``dask.dataframe``: ``ddf.map_partitions(extract_partition, meta=frame_meta())``.
    A row whose text is not a string (missing, ``NaN``) has no entities.
    """
    pipeline = worker_pipeline(**dict(pipeline_options or {}))
    ref = _date(reference_date)
    rows: list[tuple[Any, ...]] = []
    for doc_id, text in zip(frame[id_column].tolist(), frame[text_column].tolist(),
                            strict=True):
        if not isinstance(text, str):
            continue
        for e in pipeline.extract(text, reference_date=ref):
            rows.append((doc_id, e.start, e.end, e.label.value, e.text, e.canonical, e.id,
                         e.value, e.source, e.confidence, e.resolved))
    return frame_from_rows(rows)


def frame_meta() -> pd.DataFrame:
    """An empty frame with the output columns and dtypes (``meta=`` for Dask)."""
    return frame_from_rows([])


def extract_records(
    records: Iterable[Mapping[str, Any]],
    *,
    text_field: str = "text",
    id_field: str = "id",
    reference_date: dt.date | str | None = None,
    pipeline_options: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """``{"id": ..., "entities": [...]}`` for every record, as the batch CLI writes them.

    For ``dask.bag``: ``bag.map_partitions(extract_records)``.
    """
    pipeline = worker_pipeline(**dict(pipeline_options or {}))
    ref = _date(reference_date)
    return [
        {"id": r.get(id_field),
         "entities": [e.model_dump(mode="json")
                      for e in pipeline.extract(r[text_field], reference_date=ref)]}
        for r in records
    ]


def map_in_pandas(
    batches: Iterable[pd.DataFrame],
    *,
    text_column: str = "text",
    id_column: str = "id",
    reference_date: dt.date | str | None = None,
    pipeline_options: Mapping[str, Any] | None = None,
) -> Iterator[pd.DataFrame]:
    """The same per batch, for Spark: ``sdf.mapInPandas(map_in_pandas, SPARK_SCHEMA)``."""
    for frame in batches:
        yield extract_partition(frame, text_column=text_column, id_column=id_column,
                                reference_date=reference_date,
                                pipeline_options=pipeline_options)


#: The output schema as a Spark DDL string (``doc_id`` as a string column).
SPARK_SCHEMA = (
    "doc_id string, start long, end long, label string, text string, canonical string, "
    "id string, value string, source string, confidence double, resolved boolean"
)

__all__ = ["COLUMNS", "SPARK_SCHEMA", "extract_partition", "extract_records", "frame_meta",
           "map_in_pandas", "worker_pipeline"]
