"""Evaluation: read gold annotations, score predictions, report.

>>> from urdu_entities.evaluation import load_jsonl, score, format_table
>>> gold = load_jsonl("my_gold.jsonl")                        # doctest: +SKIP
>>> from urdu_entities import extract
>>> report = score(gold, [extract(d.text) for d in gold])     # doctest: +SKIP
>>> print(format_table(report, lenient=True))                 # doctest: +SKIP

Loaders live in :mod:`.gold`, scoring in :mod:`.scoring`, rendering in :mod:`.formatting`.
"""

from __future__ import annotations

from .formatting import format_error, format_json, format_table, report_to_dict
from .gold import (
    DEFAULT_LABEL_ALIASES,
    LABELS,
    GoldDocument,
    GoldEntity,
    GoldFormatError,
    LabelMap,
    load_conll,
    load_gold,
    load_jsonl,
    load_predictions,
)
from .runner import default_extractor, predict
from .scoring import (
    Accuracy,
    Counts,
    ErrorItem,
    KindScores,
    LabelScores,
    Macro,
    Report,
    context_of,
    date_scope,
    score,
)

__all__ = [
    "DEFAULT_LABEL_ALIASES",
    "LABELS",
    "Accuracy",
    "Counts",
    "ErrorItem",
    "GoldDocument",
    "GoldEntity",
    "GoldFormatError",
    "KindScores",
    "LabelMap",
    "LabelScores",
    "Macro",
    "Report",
    "context_of",
    "date_scope",
    "default_extractor",
    "format_error",
    "format_json",
    "format_table",
    "load_conll",
    "load_gold",
    "load_jsonl",
    "load_predictions",
    "predict",
    "report_to_dict",
    "score",
]
