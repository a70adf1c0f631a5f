"""Speed and memory of `extract` on an ~8 KB news article.

Prints, each measured in this run:
  * import + first call, and peak memory, in a fresh process, next to a bare interpreter
    (the baseline), and import + first call with the shipped index ignored (the tables it
    holds computed instead, as when it is missing or stale);
  * the time of later calls, next to normalisation + tokenisation alone (the baseline floor).

Usage: python bench/bench_extract.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from _common import REPO, article_text, summary_ms, time_calls

_COLD = """
import json, resource, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
n, index = 0, False
if sys.argv[2] != "bare":
    import urdu_entities
    from urdu_entities.gazetteer import prebuilt
    if sys.argv[2] == "no-index":
        prebuilt._tried = True
    n = len(urdu_entities.extract(text))
    index = prebuilt._loaded is not None
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "entities": n, "index": index,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold_run(path: str, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD, path, mode], capture_output=True, text=True, check=True,
        cwd=REPO,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    name, text = article_text()
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    print(f"text: {name}, {len(text.encode('utf-8'))} bytes, {len(text)} characters")

    bare = cold_run(path, "bare")
    cold = [cold_run(path, "full") for _ in range(3)]
    best = min(cold, key=lambda r: r["seconds"])
    computed = min((cold_run(path, "no-index") for _ in range(3)), key=lambda r: r["seconds"])
    used = "read" if best["index"] else "NOT read (stale or missing: run urdu_entities.prebuild)"
    print(f"import + first call (fresh process, best of 3): {best['seconds'] * 1e3:.0f} ms, "
          f"{best['entities']:.0f} entities; shipped index {used}")
    print(f"baseline, shipped index ignored (best of 3): {computed['seconds'] * 1e3:.0f} ms, "
          f"{computed['entities']:.0f} entities")
    print(f"peak memory: {best['peak_mb']:.1f} MB  (baseline, bare interpreter: "
          f"{bare['peak_mb']:.1f} MB)")

    sys.path.insert(0, str(REPO))
    from urdu_entities import extract
    from urdu_entities.text.document import Document

    extract(text)
    print(f"extract, later calls ({args.repeat}x): "
          f"{summary_ms(time_calls(lambda: extract(text), args.repeat))}")
    print(f"baseline, normalise + tokenise only ({args.repeat}x): "
          f"{summary_ms(time_calls(lambda: Document.from_text(text), args.repeat))}")


if __name__ == "__main__":
    main()
