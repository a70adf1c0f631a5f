"""Running a system over gold documents, with timing."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from .gold import GoldDocument

Extractor = Callable[[str], Sequence[Any]]


def default_extractor(reference_date: date | None = None) -> Extractor:
    """``urdu_entities.extract`` on the default pipeline, bound to ``reference_date``."""
    from urdu_entities.pipeline import (
        extract,  # imported late: the pipeline is heavier than scoring
    )

    def run(text: str) -> Sequence[Any]:
        return extract(text, reference_date=reference_date)

    return run


def predict(
    docs: Sequence[GoldDocument], extractor: Extractor
) -> tuple[list[list[Any]], dict[str, float]]:
    """Run ``extractor`` on every document's text.

    Returns the predictions (one list per document) and timing: ``seconds`` (wall clock,
    extraction only), ``chars_per_second`` and ``tokens_per_second`` (whitespace tokens).
    """
    out: list[list[Any]] = []
    n_chars = sum(len(d.text) for d in docs)
    n_tokens = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    for doc in docs:
        out.append(list(extractor(doc.text)))
    seconds = time.perf_counter() - t0

    def rate(n: int) -> float:
        return n / seconds if seconds > 0 else 0.0

    return out, {
        "seconds": seconds,
        "characters": float(n_chars),
        "tokens": float(n_tokens),
        "chars_per_second": rate(n_chars),
        "tokens_per_second": rate(n_tokens),
    }
