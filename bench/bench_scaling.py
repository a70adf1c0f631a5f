"""Time and peak memory of `extract` against input size: linear cost, flat memory.

Each size runs in a fresh process (so its peak memory is its own): the article repeated
with its line breaks up to the size, and, at the largest size, the same text on one line
(no line break to cut windows at), one run of letters without spaces, and the lines through
``Pipeline.extract_stream`` (entities counted as they come, not kept). The smallest size is
the baseline the cost per character is compared with.

Usage: python bench/bench_scaling.py [--sizes-kb 10,100,1000,10000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from _common import REPO, article_text

_RUN = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
mode, size = sys.argv[2], int(sys.argv[3])
article = sys.stdin.read()
if mode == "word":
    text = "ب" * (size // 2)
else:
    lines = mode in ("lines", "stream")
    unit = article if lines else article.replace("\\n", " ")
    text = ((unit + ("\\n" if lines else " ")) * (size // len(unit.encode()) + 1))
    text = text[: max(1, int(len(text) * size / len(text.encode())))]
from urdu_entities import Pipeline
pipeline = Pipeline()
pipeline.extract(article)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
repeat = max(1, min(20, 2_000_000 // max(1, len(text))))
best = float("inf")
for _ in range(repeat):
    start = time.perf_counter()
    if mode == "stream":
        n = sum(1 for _ in pipeline.extract_stream([text]))
    else:
        n = len(pipeline.extract(text))
    best = min(best, time.perf_counter() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"chars": len(text), "seconds": best, "entities": n, "repeat": repeat,
                  "rss_before": before, "peak": peak}))
"""


def run(article: str, mode: str, size: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _RUN, str(REPO), mode, str(size)],
                         input=article, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-kb", default="10,100,1000,10000")
    args = parser.parse_args()
    sizes = [int(float(s) * 1000) for s in args.sizes_kb.split(",")]

    name, article = article_text()
    print(f"text: the {name} repeated; best of up to 20 calls per size, fresh process each")
    print(f"{'input':>26} {'chars':>10} {'seconds':>8} {'K chars/s':>9} {'vs smallest':>11} "
          f"{'peak MB':>8} {'after load':>10}")
    baseline = None
    rows = [(f"{s / 1000:g} KB, lines", "lines", s) for s in sizes]
    rows += [(f"{sizes[-1] / 1000:g} KB, one line", "line", sizes[-1]),
             (f"{sizes[-1] / 1000:g} KB, one word", "word", sizes[-1]),
             (f"{sizes[-1] / 1000:g} KB, extract_stream", "stream", sizes[-1])]
    for label, mode, size in rows:
        r = run(article, mode, size)
        per_char = r["seconds"] / r["chars"]
        if mode == "lines":
            baseline = baseline or per_char
        ratio = f"{per_char / baseline:10.2f}x" if mode != "word" and baseline else ""
        print(f"{label:>26} {r['chars']:10.0f} {r['seconds']:8.2f} "
              f"{r['chars'] / r['seconds'] / 1e3:9.0f} {ratio:>11} {r['peak']:8.0f} "
              f"{r['rss_before']:10.0f}   ({r['entities']:.0f} entities)")


if __name__ == "__main__":
    main()
