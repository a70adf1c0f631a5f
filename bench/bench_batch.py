"""Pipeline.pipe on one core against several, in the same run.

    python bench/bench_batch.py --data /work/shared/datasets --docs 4000 --repeat 3

Documents: the texts of ilner_urdu.jsonl (news-style sentences) when --data has it,
else the bundled sample article's paragraphs repeated. Prints docs/s and chars/s for
n_process=1 (the baseline) and each other count, the speed-up, and, before and after, the
machine's own ceiling: two pure-Python busy loops in two processes against one process (a
shared machine whose cores are busy elsewhere gives far less than 2x even for that).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import best_of

from urdu_entities import Pipeline
from urdu_entities.batch import cpu_count


def documents(data: Path, n: int) -> tuple[str, list[str]]:
    corpus = data / "ilner_urdu.jsonl"
    if corpus.is_file():
        with corpus.open(encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for _, line in zip(range(n), f, strict=False)]
        return corpus.name, texts
    from urdu_entities._data import sample_article

    paragraphs = [p for p in sample_article().read_text(encoding="utf-8").split("\n") if p]
    return "sample article paragraphs", (paragraphs * (n // len(paragraphs) + 1))[:n]


def cpu_seconds(fn: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds of this process and of its finished child processes while ``fn`` runs."""
    self0 = resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    fn()
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (self1.ru_utime + self1.ru_stime) - (self0.ru_utime + self0.ru_stime)
    kids = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
    return own, kids


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i
    return x


def machine_ceiling(n: int = 10_000_000) -> float:
    """How much faster two processes finish two equal pure-Python loops than one process
    finishes them one after the other: what this machine gives two processes right now."""
    from concurrent.futures import ProcessPoolExecutor

    t0 = time.perf_counter()
    _spin(n)
    _spin(n)
    serial = time.perf_counter() - t0
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1000, 1000]))  # start the workers before timing
        t0 = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        parallel = time.perf_counter() - t0
    return serial / parallel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processes", type=int, nargs="*", default=[2])
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    name, texts = documents(args.data, args.docs)
    chars = sum(map(len, texts))
    pipeline = Pipeline.default()
    pipeline.extract(texts[0])  # warm up: lazy loads happen before timing
    print(f"machine ceiling: two busy-loop processes run {machine_ceiling():.2f}x one process "
          "(an ideal 2-core machine gives 2.00x)")
    print(f"{len(texts):,} documents ({name}), {chars:,} characters; "
          f"{cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    expected = list(pipeline.pipe(texts))
    base = best_of(args.repeat, lambda: list(pipeline.pipe(texts)))
    base_cpu, _ = cpu_seconds(lambda: list(pipeline.pipe(texts)))
    print(f"n_process=1: {base:.2f} s, {len(texts) / base:,.0f} docs/s, "
          f"{chars / base:,.0f} chars/s (baseline); {base_cpu:.2f} CPU s")
    for n in args.processes:
        got = list(pipeline.pipe(texts, n_process=n, batch_size=args.batch_size))
        assert got == expected, "pipe with several processes changed the output"
        t = best_of(args.repeat, lambda n=n: list(
            pipeline.pipe(texts, n_process=n, batch_size=args.batch_size)))
        parent, workers = cpu_seconds(lambda n=n: list(
            pipeline.pipe(texts, n_process=n, batch_size=args.batch_size)))
        print(f"n_process={n}: {t:.2f} s, {len(texts) / t:,.0f} docs/s, "
              f"{chars / t:,.0f} chars/s, {base / t:.2f}x one core (same output); "
              f"CPU s: workers {workers:.2f}, caller {parent:.2f}")
    print(f"machine ceiling: two busy-loop processes run {machine_ceiling():.2f}x one process "
          "(an ideal 2-core machine gives 2.00x)")
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
