"""Throughput of the learned tagger and of the pipeline with and without it, in one run.

Texts: ``jahangir.jsonl`` under ``--data`` when present (news sentences), else the shipped
sample article. Tokens are the library's own tokens. Each measurement is the best of
``--repeat`` runs, interleaved so that both pipelines see the same machine load.

Prints tokens per second for:

* ``tagger (features + CRF)``: ``CrfTagger.find_with_known`` on prepared documents with the
  gazetteer matches given, i.e. the tagger alone;
* ``tagger (incl. gazetteer pass)``: ``CrfTagger.find``, which runs the gazetteer itself;
* ``pipeline without model`` and ``pipeline with model``: ``Pipeline.extract`` on raw text,
  and their ratio (the issue asks for at most 2x). The pipeline with the model hands the
  tagger the gazetteer matches it found (as ``pipeline.py`` does).

Usage::

    python bench/bench_model.py --data ../shared/datasets [--repeat 3] [--limit 800]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import best_of  # noqa: E402

from urdu_entities._data import sample_article  # noqa: E402
from urdu_entities.pipeline import Pipeline  # noqa: E402
from urdu_entities.recognisers.tagger import CrfTagger, default_model_path  # noqa: E402
from urdu_entities.text.document import Document  # noqa: E402


def texts_from(data: Path, limit: int) -> list[str]:
    path = data / "jahangir.jsonl"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh if line.strip()][:limit]
    article = sample_article()
    if article.is_file():
        return [p for p in article.read_text(encoding="utf-8").split("\n") if p.strip()]
    raise SystemExit("no texts: pass --data with jahangir.jsonl, or ship the sample article")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=100000, help="at most this many texts")
    args = parser.parse_args(argv)

    texts = texts_from(args.data, args.limit)
    t0 = time.perf_counter()
    without = Pipeline(model=False)
    without.extract(texts[0])
    gazetteer_load = time.perf_counter() - t0
    gazetteer = without.gazetteers[0] if without.gazetteers else None
    t0 = time.perf_counter()
    tagger = CrfTagger(args.model or default_model_path(), gazetteer)
    model_load = time.perf_counter() - t0
    with_model = Pipeline(model=False, recognizers=[tagger])
    with_model.extract(texts[0])

    docs = [Document.from_text(t) for t in texts]
    n_tokens = sum(len(d.tokens) for d in docs)
    known = [gazetteer.find(d) if gazetteer is not None else [] for d in docs]

    timings = {"without": float("inf"), "with": float("inf")}
    for _ in range(args.repeat):
        for name, pipeline in (("without", without), ("with", with_model)):
            timings[name] = min(
                timings[name], best_of(1, lambda p=pipeline: [p.extract(t) for t in texts])
            )
    pairs = list(zip(docs, known, strict=True))
    alone = best_of(args.repeat, lambda: [tagger.find_with_known(d, k) for d, k in pairs])
    with_gaz = best_of(args.repeat, lambda: [tagger.find(d) for d in docs])

    print(f"{len(texts)} texts, {n_tokens} tokens; best of {args.repeat}")
    print(f"model load                     {1000 * model_load:8.1f} ms")
    print(f"pipeline build + first call    {1000 * gazetteer_load:8.1f} ms")
    print(f"tagger (features + CRF)        {n_tokens / alone:8.0f} tokens/s")
    print(f"tagger (incl. gazetteer pass)  {n_tokens / with_gaz:8.0f} tokens/s")
    print(f"pipeline without model        {n_tokens / timings['without']:8.0f} tokens/s")
    print(f"pipeline with model           {n_tokens / timings['with']:8.0f} tokens/s")
    print(f"slowdown with model            {timings['with'] / timings['without']:8.2f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
