"""Peak memory and time of ``urdu-entities extract`` on one very large text file.

The file is news-like: the seed article (or the bundled sample) and the bundled fixture
passages, repeated with line breaks up to ``--mb`` megabytes of UTF-8. The command runs in a
child process whose own peak resident memory is read from ``wait4``; the baseline, in the
same run, is the same command on the article alone. With ``--check``, a second child calls
``Pipeline.extract`` on the whole text at once and writes its entities the same way; the
two outputs must be byte-for-byte equal.

Usage: python bench/bench_cli_memory.py [--mb 100] [--check] [--format jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, article_text

_WHOLE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from urdu_entities import Pipeline
text = open(sys.argv[2], encoding="utf-8").read()
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for e in Pipeline().extract(text):
        out.write(json.dumps(e.model_dump(mode="json"), ensure_ascii=False) + "\\n")
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def digest(path: Path) -> tuple[str, int]:
    h, lines = hashlib.sha256(), 0
    with path.open("rb") as f:
        for line in f:
            h.update(line)
            lines += 1
    return h.hexdigest()[:16], lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100)
    parser.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    parser.add_argument("--check", action="store_true",
                        help="compare with Pipeline.extract on the whole text")
    args = parser.parse_args()

    name, article = article_text()
    fixtures = REPO / "tests" / "fixtures" / "passages.jsonl"
    passages = [json.loads(line)["text"] for line in fixtures.open(encoding="utf-8")]
    unit = "\n".join([article, *passages]) + "\n"
    copies = int(args.mb * 1e6 // len(unit.encode("utf-8"))) + 1
    cli = [sys.executable, "-m", "urdu_entities", "extract", "--format", args.format]
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp, "article.txt"), Path(tmp, "big.txt")
        small.write_text(article, encoding="utf-8")
        with big.open("w", encoding="utf-8") as f:
            for _ in range(copies):
                f.write(unit)
        size = big.stat().st_size
        print(f"text: the {name} and {len(passages)} fixture passages x{copies:,}: "
              f"{size / 1e6:,.1f} MB, {len(unit) * copies:,} characters")
        base_s, base_mb = run([*cli, str(small), "-o", str(Path(tmp, "small.out"))])
        print(f"baseline, the article alone: {base_s:6.2f} s, peak {base_mb:6.1f} MB")
        out = Path(tmp, "big.out")
        big_s, big_mb = run([*cli, str(big), "-o", str(out)])
        chars = len(unit) * copies
        print(f"the {size / 1e6:,.0f} MB file:           {big_s:6.2f} s, peak {big_mb:6.1f} MB "
              f"({big_mb / base_mb:.2f}x the baseline; {chars / big_s / 1e3:,.0f} K chars/s)")
        streamed = digest(out)
        print(f"output: {out.stat().st_size / 1e6:,.1f} MB, {streamed[1]:,} lines")
        if args.check:
            if args.format != "jsonl":
                raise SystemExit("--check compares JSON Lines output: use --format jsonl")
            whole = Path(tmp, "whole.out")
            whole_s, whole_mb = run([sys.executable, "-c", _WHOLE, str(REPO), str(big),
                                     str(whole)])
            same = digest(whole) == streamed
            print(f"Pipeline.extract on the whole text: {whole_s:6.2f} s, peak {whole_mb:,.0f} MB;"
                  f" same entities as the command: {'yes' if same else 'NO'}")
            if not same:
                raise SystemExit(1)


if __name__ == "__main__":
    main()
