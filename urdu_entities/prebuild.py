"""Write the shipped index (:mod:`urdu_entities.gazetteer.prebuilt`) for this code and data.

The package build runs it (``hatch_build.py``); in a checkout, run it after editing code or
data to keep start-up fast (a stale index is never used, only slower to start without)::

    python -m urdu_entities.prebuild            # writes data/index/shipped.index
    python -m urdu_entities.prebuild --out PATH
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from urdu_entities._data import gazetteer_files
from urdu_entities.gazetteer import Gazetteer, prebuilt
from urdu_entities.gazetteer.cache import layer_blob
from urdu_entities.gazetteer.files import read_trusted
from urdu_entities.gazetteer.keys import layer_keys
from urdu_entities.recognisers.context import part_counts
from urdu_entities.recognisers.gazetteer import place_words
from urdu_entities.recognisers.tagger import default_tagger


def sections() -> dict[str, Any]:
    """The index's sections, computed from the shipped files (never from an index)."""
    parsed = [read_trusted(path) for path in gazetteer_files()]
    computed = [layer_keys(p.validated()) for p in parsed]
    gazetteer = Gazetteer()
    gazetteer.add_prepared(zip(parsed, computed, strict=True))
    people, other = part_counts(gazetteer)
    tagger = default_tagger(gazetteer)
    return {
        "layers": [layer_blob(p, c) for p, c in zip(parsed, computed, strict=True)],
        "person_part_counts": [people, other],
        "place_words": place_words(gazetteer),
        "tagger_features": None if tagger is None else tagger.features(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m urdu_entities.prebuild", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--out", type=Path, default=prebuilt.index_path(),
                        help="where to write the index (default: %(default)s)")
    args = parser.parse_args(argv)
    prebuilt.write(args.out, sections())
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
