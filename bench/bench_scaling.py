"""Time of `extract` against input size, to show it grows linearly.

Builds inputs of increasing size from the article (all on one line, as a worst case for
sentence splitting) and a pathological input (one run of Urdu letters without spaces),
and prints seconds and microseconds per character; the smallest size is the baseline the
others are compared with.

Usage: python bench/bench_scaling.py [--max-mb 5]
"""

from __future__ import annotations

import argparse
import sys
import time

from _common import REPO, article_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=5.0)
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from urdu_entities import extract

    _, article = article_text()
    line = article.replace("\n", " ")
    extract(line)
    sizes = sorted({0.25, 0.5, 1.0, 2.0, args.max_mb})
    baseline = None
    print(f"{'input':>28} {'chars':>10} {'seconds':>8} {'µs/char':>8} {'vs smallest':>11}")
    for mb in sizes:
        text = (line * (int(mb * 1e6 / len(line.encode())) + 1))[: int(mb * 1e6 / 1.8)]
        start = time.perf_counter()
        n = len(extract(text))
        seconds = time.perf_counter() - start
        per_char = seconds / len(text) * 1e6
        baseline = baseline or per_char
        print(f"{f'article x{mb:g} MB, one line':>28} {len(text):10d} {seconds:8.2f} "
              f"{per_char:8.3f} {per_char / baseline:10.2f}x   ({n} entities)")
    blob = "ب" * int(args.max_mb * 1e6 / 2)
    start = time.perf_counter()
    extract(blob)
    seconds = time.perf_counter() - start
    print(f"{f'one {args.max_mb:g} MB word, no spaces':>28} {len(blob):10d} {seconds:8.2f} "
          f"{seconds / len(blob) * 1e6:8.3f}")


if __name__ == "__main__":
    main()
