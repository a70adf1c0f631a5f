"""Fuzz ``extract()`` for a fixed budget with mutated real Urdu and random Unicode.

Every input must give a list of entities without an exception; each entity's text must be the
slice of the input at its offsets, and entities must come sorted and non-overlapping
(``contract_problems``). Every ``--recheck``-th input is extracted a second time and must give
the same output. Inputs are drawn from a seeded generator, so a run is reproducible:

- *mutated* — a window of real Urdu (the bundled sample article, the fixture passages,
  gazetteer forms and, with ``--shared``, the seed article) with a few random edits: inserted,
  replaced, deleted, duplicated, swapped or reversed characters, Arabic letter forms, diacritics,
  presentation forms, invisible characters, glued words, long repeats;
- *fragments* — names, date words and sentence pieces joined by random separators;
- *random* — random code points from the whole range, surrogates included, weighted toward
  the Arabic blocks.

Usage::

    python scripts/fuzz.py --seconds 60                  # a fixed time budget
    python scripts/fuzz.py --count 1000000 --jobs 2      # a fixed number of inputs
    python scripts/fuzz.py --code-points                 # every code point between Urdu letters

Prints the counts and every failure (the input's ``repr`` and the problem); exits 1 on any
failure. ``--save DIR`` writes failing inputs to ``DIR/failures.jsonl``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from urdu_entities import Entity, Label, extract  # noqa: E402
from urdu_entities.lang import letters  # noqa: E402

SAMPLE = REPO / "data" / "samples" / "sample_article_ur.txt"
FIXTURES = REPO / "tests" / "fixtures"
GAZETTEERS = REPO / "data" / "gazetteers"
SEED = Path("seed") / "article_ur.txt"

#: Characters that the normaliser, tokeniser or recognisers treat specially.
SPECIALS: tuple[str, ...] = (
    "\u200c", "\u200d", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2060", "\ufeff",
    "\u0640", "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0654", "\u0653",
    "\u0670", "\u06e1", "\u06c2", "\u06d3", "\u0647", "\u0629", "\u064a", "\u0643", "\u0649",
    "\ufdfd", "\ufdf2", "\ufefb", "\ufe8f", "\ufd3e", "\ufd3f", "\ufbb2", "\ufe73",
    "۔", "،", "؟", "!", ".", ",", ":", "-", "–", "—", "'", '"', "“", "”", "(", ")", "/",
    " ", "  ", "\n", "\r\n", "\n\n", "\t", "\xa0", "\u2009", "\x00", "\x1f", "\x7f",
    "۱", "۲", "۰", "١", "٢", "0", "9", "10", "2023", "۲۰۲۳",
    "\ud800", "\udfff", "\U0001f600", "\u0301", "\u0300",
)


def contract_problems(text: str, entities: object) -> list[str]:
    """What is wrong with ``entities`` as the output of ``extract(text)`` (empty: nothing)."""
    if not isinstance(entities, list):
        return [f"returned {type(entities).__name__}, not a list"]
    problems: list[str] = []
    previous_end = 0
    for i, e in enumerate(entities):
        if not isinstance(e, Entity):
            problems.append(f"entity {i} is a {type(e).__name__}")
            continue
        if not 0 <= e.start < e.end <= len(text):
            problems.append(f"entity {i} span [{e.start}:{e.end}] outside 0..{len(text)}")
        elif text[e.start : e.end] != e.text:
            problems.append(f"entity {i} text {e.text!r} != text[{e.start}:{e.end}]")
        if e.start < previous_end:
            problems.append(f"entity {i} at {e.start} overlaps one ending at {previous_end}")
        if not isinstance(e.label, Label):
            problems.append(f"entity {i} label {e.label!r}")
        previous_end = max(previous_end, e.end)
    return problems


# ---------------------------------------------------------------------------- the corpus
def corpus(shared: Path | None = None) -> tuple[list[str], list[str]]:
    """Texts (articles and passages) and fragments (names and words) of real Urdu."""
    texts = [SAMPLE.read_text(encoding="utf-8")]
    for name in ("passages.jsonl", "sample_article.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    if shared is not None and (shared / SEED).is_file():
        texts.append((shared / SEED).read_text(encoding="utf-8"))
    fragments: list[str] = []
    for path in sorted(GAZETTEERS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fragments.extend(json.loads(line)["forms"])
    words = sorted({w for t in texts for w in t.split()})
    return texts, sorted(set(fragments)) + words


_ARABIC_FORMS = {new: old for old, new in letters.ONE_TO_ONE.items() if "\u0600" <= old <= "\u06ff"}


def random_char(rng: random.Random) -> str:
    """One code point, weighted toward what Urdu text and its neighbours contain."""
    r = rng.random()
    if r < 0.30:
        return chr(rng.randint(0x0600, 0x06FF))
    if r < 0.38:
        return chr(rng.choice((rng.randint(0x0750, 0x077F), rng.randint(0x08A0, 0x08FF))))
    if r < 0.48:
        return chr(rng.choice((rng.randint(0xFB50, 0xFDFF), rng.randint(0xFE70, 0xFEFF))))
    if r < 0.56:
        return chr(rng.randint(0x2000, 0x206F))
    if r < 0.62:
        return chr(rng.randint(0x20, 0x7E))
    if r < 0.66:
        return chr(rng.randint(0x0300, 0x036F))
    if r < 0.70:
        return rng.choice(SPECIALS)
    if r < 0.80:
        return chr(rng.randint(0, 0xFFFF))  # the BMP, surrogates included
    return chr(rng.randint(0, 0x10FFFF))


def _slice(rng: random.Random, n: int) -> tuple[int, int]:
    i = rng.randint(0, n)
    return i, min(n, i + rng.randint(0, 12))


def _mutate(rng: random.Random, text: str, fragments: Sequence[str]) -> str:
    n = len(text)
    i, j = _slice(rng, n)
    op = rng.randrange(12)
    if op == 0:
        return text[:i] + random_char(rng) + text[i:]
    if op == 1:
        return text[:i] + random_char(rng) + text[i + 1 :]
    if op == 2:
        return text[:i] + text[j:]
    if op == 3:
        return text[:j] + text[i:j] + text[j:]
    if op == 4 and n > 1:
        i = min(i, n - 2)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if op == 5:
        return text[:i] + text[i:j][::-1] + text[j:]
    if op == 6:
        return text[:i] + rng.choice(SPECIALS) + text[i:]
    if op == 7:
        return text[:i] + rng.choice(fragments) + text[i:]
    if op == 8:
        forms = _ARABIC_FORMS
        return text[:i] + "".join(forms.get(c, c) for c in text[i:j + 40]) + text[j + 40 :]
    if op == 9:
        return text[:i] + text[i:j + 30].replace(" ", "") + text[j + 30 :]
    if op == 10:
        return text[:i] + text[i:j] * rng.randint(2, 60) + text[j:]
    return text[:i] + "".join(random_char(rng) for _ in range(rng.randint(1, 8))) + text[i:]


def make_input(
    rng: random.Random, texts: Sequence[str], fragments: Sequence[str]
) -> tuple[str, str]:
    """One fuzz input and its kind (``mutated``, ``fragments`` or ``random``)."""
    r = rng.random()
    if r < 0.6:
        source = rng.choice(texts)
        length = min(len(source), int(rng.expovariate(1 / 120)) + 1)
        start = rng.randint(0, len(source) - length)
        text = source[start : start + length]
        for _ in range(rng.randint(0, 8)):
            text = _mutate(rng, text, fragments)
        return text, "mutated"
    if r < 0.85:
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(fragments))
            parts.append(rng.choice((" ", " ", " ", "، ", "۔ ", " اور ", " نے ", " کو ", "\n",
                                     "", rng.choice(SPECIALS), random_char(rng))))
        return "".join(parts), "fragments"
    return "".join(random_char(rng) for _ in range(int(rng.expovariate(1 / 40)))), "random"


# ---------------------------------------------------------------------------- running
@dataclass
class Tally:
    inputs: int = 0
    chars: int = 0
    rechecks: int = 0
    entities: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    failed: int = 0
    slowest: tuple[float, int] = (0.0, 0)  # seconds, input length
    slowest_input: str = ""

    def merge(self, other: Tally) -> None:
        self.inputs += other.inputs
        self.chars += other.chars
        self.rechecks += other.rechecks
        self.entities += other.entities
        for kind, count in other.kinds.items():
            self.kinds[kind] = self.kinds.get(kind, 0) + count
        self.failed += other.failed
        self.failures.extend(other.failures)
        if other.slowest > self.slowest:
            self.slowest, self.slowest_input = other.slowest, other.slowest_input


def check(text: str, kind: str, tally: Tally, recheck: bool,
          run: Callable[[str], list[Entity]] = extract) -> None:
    """Run one input and record it (and any failure) in ``tally``."""
    tally.inputs += 1
    tally.chars += len(text)
    tally.kinds[kind] = tally.kinds.get(kind, 0) + 1
    started = time.perf_counter()
    try:
        entities = run(text)
        problems = contract_problems(text, entities)
        if recheck:
            tally.rechecks += 1
            if run(text) != entities:
                problems.append("a second extract() gave different output")
    except Exception as exc:  # any exception is a failure to report
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        problems = [f"{type(exc).__name__}: {exc} ({Path(frame.filename).name}:{frame.lineno})"]
        entities = []
    elapsed = time.perf_counter() - started
    if (elapsed, len(text)) > tally.slowest:
        tally.slowest, tally.slowest_input = (elapsed, len(text)), text
    tally.entities += len(entities)
    if problems:
        tally.failed += 1
        if len(tally.failures) < 50:
            tally.failures.append({"kind": kind, "input": text, "problems": "; ".join(problems)})


def fuzz(seed: int, count: int | None, seconds: float | None, recheck: int,
         shared: Path | None, progress: float = 0.0) -> Tally:
    """Fuzz until ``count`` inputs or ``seconds`` have passed, whichever is given."""
    rng = random.Random(seed)
    texts, fragments = corpus(shared)
    tally = Tally()
    extract("پوتن")  # load the pipeline before timing anything
    deadline = time.monotonic() + seconds if seconds is not None else None
    next_report = time.monotonic() + progress if progress else None
    while True:
        if next_report is not None and tally.inputs % 100 == 0 and time.monotonic() >= next_report:
            print(f"[seed {seed}] {tally.inputs:,} inputs, {tally.failed} failures",
                  file=sys.stderr, flush=True)
            next_report += progress
        if count is not None and tally.inputs >= count:
            break
        if deadline is not None and tally.inputs % 100 == 0 and time.monotonic() >= deadline:
            break
        text, kind = make_input(rng, texts, fragments)
        check(text, kind, tally, recheck > 0 and tally.inputs % recheck == 0)
    return tally


def _worker(args: tuple[int, int | None, float | None, int, Path | None, float]) -> Tally:
    return fuzz(*args)


def code_point_inputs(chunk: int = 4096) -> Iterable[str]:
    """Every code point U+0000–U+10FFFF, surrogates included, between Urdu letters."""
    for start in range(0, 0x110000, chunk):
        yield "ب" + "ب".join(map(chr, range(start, min(0x110000, start + chunk)))) + "ی"


def _timed(text: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(Exception):  # already counted as a failure
        extract(text)
    return time.perf_counter() - started


def report(tally: Tally, elapsed: float, out: Any = sys.stdout) -> None:
    kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(tally.kinds.items()))
    rate = tally.inputs / elapsed if elapsed else 0.0
    print(f"inputs: {tally.inputs:,} ({kinds}); {tally.chars:,} characters; "
          f"{tally.entities:,} entities; {tally.rechecks:,} determinism rechecks", file=out)
    # The slowest input is timed again: on a busy machine one slow call is often the
    # scheduler's doing, not the input's.
    again = min(_timed(tally.slowest_input) for _ in range(3)) if tally.inputs else 0.0
    print(f"time: {elapsed:.1f} s, {rate:,.0f} inputs/s; slowest input: "
          f"{tally.slowest[0] * 1000:.1f} ms for {tally.slowest[1]:,} characters "
          f"({again * 1000:.1f} ms when timed again)", file=out)
    print(f"failures: {tally.failed:,}", file=out)
    for failure in tally.failures[:20]:
        shown = failure["input"] if len(failure["input"]) <= 300 else failure["input"][:300] + "…"
        print(f"  [{failure['kind']}] {shown!r}\n    {failure['problems']}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    budget = parser.add_mutually_exclusive_group(required=True)
    budget.add_argument("--seconds", type=float, help="run for this long")
    budget.add_argument("--count", type=int, help="run this many inputs")
    budget.add_argument("--code-points", action="store_true",
                        help="extract on every code point between Urdu letters, then stop")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generator (default 0)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--recheck", type=int, default=8,
                        help="extract every N-th input twice and compare (0: never; default 8)")
    parser.add_argument("--shared", type=Path, default=os.environ.get("URDU_ENTITIES_SHARED"),
                        help="shared data folder: adds its seed article to the corpus")
    parser.add_argument("--progress", type=float, default=0.0, metavar="SECONDS",
                        help="print a progress line to stderr this often (default: never)")
    parser.add_argument("--save", type=Path, help="write failing inputs to DIR/failures.jsonl")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    tally = Tally()
    if args.code_points:
        extract("پوتن")
        for text in code_point_inputs():
            check(text, "code points", tally, recheck=False)
    elif args.jobs <= 1:
        tally = fuzz(args.seed, args.count, args.seconds, args.recheck, args.shared,
                     args.progress)
    else:
        counts = [None] * args.jobs if args.count is None else [
            args.count // args.jobs + (k < args.count % args.jobs) for k in range(args.jobs)]
        work = [(args.seed * 1000 + k, counts[k], args.seconds, args.recheck, args.shared,
                 args.progress) for k in range(args.jobs)]
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            for part in pool.imap_unordered(_worker, work):
                tally.merge(part)
    elapsed = time.perf_counter() - started
    print(f"fuzz: seed {args.seed}, jobs {args.jobs}, recheck every {args.recheck}")
    report(tally, elapsed)
    if args.save and tally.failures:
        args.save.mkdir(parents=True, exist_ok=True)
        with (args.save / "failures.jsonl").open("w", encoding="utf-8") as f:
            for failure in tally.failures:
                f.write(json.dumps(failure, ensure_ascii=True) + "\n")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
