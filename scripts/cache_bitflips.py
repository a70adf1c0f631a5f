"""Single-bit flips of a gazetteer cache file: how many loads give wrong data or raise.

Writes a generated 500-entry user gazetteer and its cache, then, ``--flips`` times, flips one
random bit of the cache file (a fresh copy each time) and loads the gazetteer through the
cache. Each load is compared with a load that skips the cache: ``right`` (the same data),
``wrong`` (different data), ``exception`` (the load raised); ``warned`` counts the loads that
saw the damage and rebuilt the cache. Exit 1 if any load was wrong or raised.

Usage::

    python scripts/cache_bitflips.py [--flips 300] [--entries 500] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from urdu_entities import Gazetteer  # noqa: E402


def write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries),
                    encoding="utf-8")
    return path


def state(gazetteer: Gazetteer) -> dict[str, Any]:
    """Everything a loaded gazetteer holds, to compare two loads exactly."""
    return {
        "data": [json.loads(d) if isinstance(d, str) else d for d in gazetteer._data],
        "lines": gazetteer._lines,
        "layers": (gazetteer._layer_starts, gazetteer._layer_paths),
        "marked": gazetteer._marked,
        "names": (gazetteer._names._single, gazetteer._names._multi),
        "skeletons": (gazetteer._skeletons._single, gazetteer._skeletons._multi),
        "tables": gazetteer._tables,
        "entries": [e.model_dump() for e in gazetteer.entries()],
    }


def generated(count: int) -> list[dict[str, object]]:
    """A user gazetteer of ``count`` entries with Urdu forms, ids, attrs and ambiguity."""
    rng = random.Random(count)
    letters = "ابپتٹجچدڈرزسشکگلمنوہیے"
    entries: list[dict[str, object]] = []
    for i in range(count):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 6)))
                 for _ in range(rng.randint(1, 3))]
        forms = [" ".join(words), "".join(words) + "ی", words[0] + "ِ" + "".join(words[1:])]
        entry: dict[str, object] = {"canonical": f"Person Number {i}", "label": "PER",
                                    "forms": forms}
        if i % 3 == 0:
            entry["ids"] = {"wikidata": f"Q{1000 + i}"}
        if i % 5 == 0:
            entry["attrs"] = {"role": f"minister {i}"}
        if i % 7 == 0:
            entry["ambiguous"] = [forms[0]]
        entries.append(entry)
    return entries



def flip_loads(path: Path, cache: Path, flips: int, seed: int = 0) -> dict[str, int]:
    """Flip one bit of the cache file ``flips`` times (a fresh copy each time) and load."""
    fresh = state(Gazetteer.from_files([path]))
    Gazetteer.from_files([path], cache_dir=cache)
    (cached,) = cache.iterdir()
    good = cached.read_bytes()
    rng = random.Random(seed)
    counts = {"right": 0, "wrong": 0, "exception": 0, "warned": 0}
    for _ in range(flips):
        bit = rng.randrange(len(good) * 8)
        damaged = bytearray(good)
        damaged[bit // 8] ^= 1 << (bit % 8)
        cached.write_bytes(bytes(damaged))
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                loaded = state(Gazetteer.from_files([path], cache_dir=cache))
        except Exception:
            counts["exception"] += 1
            continue
        counts["right" if loaded == fresh else "wrong"] += 1
        counts["warned"] += any("damaged" in str(w.message) for w in caught)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flips", type=int, default=300)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write(folder / "names.jsonl", generated(args.entries))
        cache = folder / "cache"
        counts = flip_loads(path, cache, args.flips, args.seed)
        size = next(cache.iterdir()).stat().st_size
    print(f"{args.flips} single-bit flips of a {size:,}-byte cache of {args.entries} entries "
          f"(seed {args.seed}):")
    print(", ".join(f"{key} {value}" for key, value in counts.items()))
    return 1 if counts["wrong"] or counts["exception"] else 0


if __name__ == "__main__":
    sys.exit(main())
