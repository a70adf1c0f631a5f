"""A synthetic 1,000,000-entry gazetteer: load time, memory, and extraction speed against
the default gazetteer, measured in the same run.

Each synthetic entry has a random two- or three-word Urdu-letter name in two spellings, so
the index holds several million keys. Load and memory are measured in a fresh process so the
figures are the gazetteer's own: without a cache, when writing the cache
(``Gazetteer.from_files(..., cache_dir=...)``), and when reading it back.

Usage: python bench/bench_gazetteer_scale.py [--entries 1000000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import REPO, article_text, summary_ms, time_calls

_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے"

_LOAD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from urdu_entities import Gazetteer
from urdu_entities.text.document import Document
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
g = Gazetteer.from_files([sys.argv[1]], cache_dir=sys.argv[3] if len(sys.argv) > 3 else None)
g.find(Document.from_text("ماسکو"))  # builds the prefix tables too
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "entries": len(g), "rss_before": before,
                  "rss_after": after}))
"""


def word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 7)))


def write_synthetic(path: Path, entries: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    labels = ("PER", "LOC", "ORG")
    with path.open("w", encoding="utf-8") as f:
        for i in range(entries):
            words = [word(rng) for _ in range(rng.randint(2, 3))]
            variant = list(words)
            variant[-1] = variant[-1] + rng.choice("ایو")
            entry = {"canonical": f"Synthetic {i}", "label": labels[i % 3],
                     "forms": [" ".join(words), " ".join(variant)]}
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.jsonl"
        write_synthetic(path, args.entries)
        size_mb = path.stat().st_size / 1e6
        print(f"synthetic gazetteer: {args.entries} entries, {size_mb:.0f} MB of JSONL")

        cache = Path(tmp) / "cache"
        for label, extra in (("no cache", []), ("first load, writing the cache", [str(cache)]),
                             ("load from the cache", [str(cache)])):
            out = subprocess.run([sys.executable, "-c", _LOAD, str(path), str(REPO), *extra],
                                 capture_output=True, text=True, check=True)
            load = json.loads(out.stdout)
            print(f"load + index, fresh process, {label}: {load['seconds']:.2f} s; peak memory "
                  f"{load['rss_after']:.0f} MB ({load['rss_after'] - load['rss_before']:.0f} MB "
                  "for the gazetteer)")

        sys.path.insert(0, str(REPO))
        from urdu_entities import Pipeline

        name, text = article_text()
        default = Pipeline()
        large = Pipeline(gazetteers=[path])
        default.extract(text)
        large.extract(text)
        base = time_calls(lambda: default.extract(text), args.repeat)
        big = time_calls(lambda: large.extract(text), args.repeat)
        tokens = len(text.split())
        print(f"extract on the {name} ({tokens} words), {args.repeat} calls each:")
        print(f"  default gazetteer:        {summary_ms(base)}")
        print(f"  default + 1M synthetic:   {summary_ms(big)}")
        ratio = sorted(big)[len(big) // 2] / sorted(base)[len(base) // 2]
        print(f"  slowdown (median ratio):  {ratio:.2f}x")


if __name__ == "__main__":
    main()
