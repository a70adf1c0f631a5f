"""The batch CLI on a 10,000-document JSON Lines corpus, with 1 and 2 jobs, in one run.

    python bench/bench_batch_cli.py --data /work/shared/datasets --docs 10000 --check 50

Builds the corpus in a temporary folder from ilner_urdu.jsonl (id and text of its first
--docs records; nothing is written into the repository), runs
``urdu-entities extract corpus.jsonl -o out.jsonl --jobs N`` for each N (wall time of the
whole command, start-up included), and checks that every run's output is identical, equal
to ``extract()`` called document by document, and, for the first --check documents, equal
to one ``urdu-entities extract --format json`` process per document.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from urdu_entities import extract


def build(data: Path, n: int, folder: Path) -> tuple[Path, list[dict[str, str]]]:
    source = data / "ilner_urdu.jsonl"
    if not source.is_file():
        raise SystemExit(f"{source} not found: pass --data")
    records = []
    with source.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records.append({"id": r["id"], "text": r["text"]})
            if len(records) == n:
                break
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    return corpus, records


def cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "urdu_entities", *args], capture_output=True,
                          text=True, encoding="utf-8", check=True, **kwargs)  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--check", type=int, default=50,
                        help="documents also run through one CLI process each")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ue-bench-") as tmp:
        folder = Path(tmp)
        corpus, records = build(args.data, args.docs, folder)
        chars = sum(len(r["text"]) for r in records)
        print(f"{len(records):,} documents, {chars:,} characters, "
              f"{corpus.stat().st_size / 1e6:.1f} MB of JSON Lines; "
              f"load average {os.getloadavg()[0]:.2f}")
        outputs = {}
        for jobs in args.jobs:
            out = folder / f"out{jobs}.jsonl"
            t0 = time.perf_counter()
            cli("extract", str(corpus), "-o", str(out), "--jobs", str(jobs))
            seconds = time.perf_counter() - t0
            outputs[jobs] = out.read_text(encoding="utf-8")
            print(f"--jobs {jobs}: {seconds:.2f} s, {len(records) / seconds:,.0f} docs/s, "
                  f"{chars / seconds:,.0f} chars/s (whole command, start-up included)")
        first = outputs[args.jobs[0]]
        assert all(o == first for o in outputs.values()), "outputs differ between job counts"
        lines = [json.loads(line) for line in first.splitlines()]
        expected = [{"id": r["id"], "entities": [e.model_dump(mode="json")
                                                 for e in extract(r["text"])]}
                    for r in records]
        assert lines == expected, "batch output differs from extract() one by one"
        print(f"identical output for all job counts and to extract() on each of the "
              f"{len(records):,} documents ({sum(len(x['entities']) for x in lines):,} "
              "entities)")
        t0 = time.perf_counter()
        checked = 0
        for r, line in zip(records[: args.check], lines, strict=False):
            if not r["text"].strip():  # one text alone: empty input is an error there
                assert line["entities"] == [], r["id"]
                continue
            single = cli("extract", "-", "--format", "json", input=r["text"]).stdout
            assert json.loads(single) == line["entities"], r["id"]
            checked += 1
        per = (time.perf_counter() - t0) / max(checked, 1)
        print(f"{checked} documents: identical to one `urdu-entities extract --format json` "
              f"process each ({per:.2f} s per process, so {len(records) * per / 60:,.0f} "
              f"minutes for all {len(records):,} documents that way)")
        print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
