"""Speed of the date scanner, ``find_dates``, alone (documents are built before timing).

Texts: the bundled sample article, the seed article and the shared corpora (Jahangir,
IJCNLP-2008, IL-NER) when they are beside the repository. For each it prints the best of
``--rounds`` fresh processes of ``--repeat`` runs each, in characters per CPU second of the
process (``time.process_time``: on a shared machine, other people's work does not count). With
``--baseline REV`` the same measurement runs, in this same invocation, on the code of git
revision ``REV`` (exported to a temporary folder, the working tree is not touched), and the
ratio new / old is printed beside it. Rounds alternate the two versions.

Usage: python bench/bench_dates.py [--repeat 5] [--rounds 3] [--baseline main]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from _common import REPO, SHARED

CORPORA = ("jahangir.jsonl", "ijcnlp2008_urdu.jsonl", "ilner_urdu.jsonl")

#: Runs in a fresh interpreter whose ``sys.path`` starts with the code under test.
_MEASURE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from urdu_entities.recognisers.dates import find_dates
from urdu_entities.text.document import Document

repeat = int(sys.argv[2])
texts = json.load(open(sys.argv[3], encoding="utf-8"))
out = {}
for name, items in texts.items():
    docs = [Document.from_text(t) for t in items]
    chars = sum(len(t) for t in items)
    found = sum(len(find_dates(d)) for d in docs)  # warm-up, and the count
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for d in docs:
            find_dates(d)
        best = min(best, time.process_time() - t0)
    out[name] = {"chars": chars, "seconds": best, "dates": found}
print(json.dumps(out))
"""


def texts() -> dict[str, list[str]]:
    out = {"bundled sample": [(REPO / "data/samples/sample_article_ur.txt").read_text("utf-8")]}
    seed = SHARED / "seed" / "article_ur.txt"
    if seed.is_file():
        out["seed article"] = [seed.read_text("utf-8")]
    for name in CORPORA:
        path = SHARED / "datasets" / name
        if path.is_file():
            with path.open(encoding="utf-8") as lines:
                out[name] = [json.loads(line)["text"] for line in lines if line.strip()]
    return out


def export(rev: str, into: Path) -> Path:
    """The ``urdu_entities`` package of git revision ``rev``, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "urdu_entities"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def measure(code_root: Path, repeat: int, data: Path) -> dict[str, dict[str, float]]:
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(code_root), str(repeat), str(data)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"},
    )
    return json.loads(result.stdout)


def best(into: dict[str, dict[str, float]], run: dict[str, dict[str, float]]) -> None:
    """Keep the faster of each text's runs."""
    for name, row in run.items():
        if name not in into or row["seconds"] < into[name]["seconds"]:
            into[name] = row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per version")
    parser.add_argument("--baseline", metavar="REV", help="also measure git revision REV")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "texts.json"
        data.write_text(json.dumps(texts(), ensure_ascii=False), encoding="utf-8")
        old_root = export(args.baseline, Path(tmp) / "old") if args.baseline else None
        new: dict[str, dict[str, float]] = {}
        old: dict[str, dict[str, float]] | None = {} if old_root else None
        # Rounds alternate new and old, so a busy spell on a shared machine hits both.
        for _ in range(args.rounds):
            best(new, measure(REPO, args.repeat, data))
            if old_root is not None and old is not None:
                best(old, measure(old_root, args.repeat, data))

    print(
        f"find_dates, best of {args.rounds} x {args.repeat} runs, CPU time "
        "(documents built beforehand)"
    )
    head = f"{'text':<24} {'chars':>9} {'dates':>6} {'K chars/s':>10}"
    if old is not None:
        head += f" | {args.baseline + ' K chars/s':>18} {'dates':>6} {'new/old':>8}"
    print(head)
    for name, row in new.items():
        rate = row["chars"] / row["seconds"] / 1e3
        line = f"{name:<24} {row['chars']:>9.0f} {row['dates']:>6.0f} {rate:>10.0f}"
        if old is not None:
            base = old[name]
            base_rate = base["chars"] / base["seconds"] / 1e3
            line += f" | {base_rate:>18.0f} {base['dates']:>6.0f} {rate / base_rate:>7.2f}x"
        print(line)


if __name__ == "__main__":
    main()
