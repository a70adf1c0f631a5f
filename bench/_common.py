"""Shared helpers for the benchmark scripts (not part of the library)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("URDU_ENTITIES_SHARED", REPO.parent / "shared"))


def article_text() -> tuple[str, str]:
    """The seed article when it is beside the repo, else the bundled sample."""
    seed = SHARED / "seed" / "article_ur.txt"
    if seed.is_file():
        return "seed article", seed.read_text(encoding="utf-8")
    from urdu_entities._data import sample_article

    return "bundled sample", sample_article().read_text(encoding="utf-8")


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The shortest wall-clock time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def summary_ms(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(times) * 1e3:.2f} ms, p90 {p90 * 1e3:.2f} ms"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
