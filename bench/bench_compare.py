"""Characters per second of the default pipeline beside other tools, in one process and run.

Contenders, timed in turn within each round (so machine noise hits them alike; the best
round of each counts):

  * ``default``: ``Pipeline().extract`` (gazetteer, dates, tagger, resolver);
  * ``no tagger``: ``Pipeline(model=False).extract``;
  * ``spacy ruler``: spaCy's blank ``ur`` pipeline with an EntityRuler over every form of
    the shipped gazetteer (skipped when spaCy is not installed);
  * ``dateparser``: ``dateparser.search.search_dates(text, languages=["ur"])`` (skipped
    when dateparser is not installed; it is slow, so it runs on the first 2,000 characters).

The text is the seed article (news) when it is beside the repo, else the bundled sample,
repeated ``--copies`` times with line breaks between.

Usage: python bench/bench_compare.py [--rounds 7] [--copies 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from _common import REPO, article_text

sys.path.insert(0, str(REPO))

DATEPARSER_CHARS = 2000


def spacy_ruler() -> Callable[[str], object] | None:
    try:
        import spacy
    except ImportError:
        return None
    from urdu_entities.gazetteer.shipped import shipped_gazetteer

    nlp = spacy.blank("ur")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = [
        {"label": e.label.value, "pattern": form}
        for e in shipped_gazetteer().entries()
        for form in e.forms
    ]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    print(f"spaCy {spacy.__version__}: blank 'ur' + EntityRuler over {len(patterns)} forms")
    return lambda text: nlp(text).ents


def dateparser_search() -> Callable[[str], object] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    return lambda text: search_dates(text[:DATEPARSER_CHARS], languages=["ur"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()

    from urdu_entities import Pipeline

    name, article = article_text()
    text = "\n".join([article] * args.copies)
    print(f"text: {name} x{args.copies}, {len(text):,} characters")
    contenders: dict[str, tuple[Callable[[str], object], int]] = {
        "default": (Pipeline().extract, len(text)),
        "no tagger": (Pipeline(model=False).extract, len(text)),
    }
    ruler = spacy_ruler()
    if ruler is not None:
        contenders["spacy ruler"] = (ruler, len(text))
    else:
        print("spaCy not installed: no ruler baseline")
    dates = dateparser_search()
    if dates is not None:
        contenders["dateparser"] = (dates, min(len(text), DATEPARSER_CHARS))
    else:
        print("dateparser not installed: no date baseline")

    for fn, _ in contenders.values():
        fn(text)  # warm up: models, caches
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.rounds):
        for label, (fn, _) in contenders.items():
            start = time.perf_counter()
            fn(text)
            best[label] = min(best[label], time.perf_counter() - start)

    speed = {label: contenders[label][1] / best[label] for label in contenders}
    reference = speed.get("spacy ruler")
    print(f"best of {args.rounds} rounds, one core:")
    for label in contenders:
        ratio = f"{speed[label] / reference:6.2f}x spaCy ruler" if reference else ""
        print(f"  {label:12} {best[label] * 1e3:9.2f} ms  {speed[label] / 1e3:8.0f} K chars/s"
              f"  {ratio}")


if __name__ == "__main__":
    main()
