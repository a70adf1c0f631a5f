"""Evaluate the romanisation of unknown names.

Two measurements:

1. **Dakshina** (``raw/dakshina_ur/`` under ``--data``; CC BY-SA 4.0, read only here, never
   shipped): for Urdu words that occur inside a PER/LOC/ORG span of the annotated corpora
   under ``--data`` ("proper-noun-ish" words), compare :func:`romanize_word` (letter rules
   only, no tables) and the full :func:`canonical_for_unknown` (tables first) with the
   romanisation native speakers typed most often for that word. Reported: exact match with
   the most frequent romanisation, exact match with any attested one, and character error
   rate (edit distance / reference length) against the most frequent and the closest one.
   Case is ignored (Dakshina is lower case).
2. **Fixture names** (``tests/fixtures/romanization_names.tsv``, written for this project):
   full names with their usual English spelling; exact match and CER, split into names
   whose every part is in the tables and names that need letter rules.

Usage::

    python scripts/evaluate_romanization.py --data ../shared/datasets [--split dev,test]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from urdu_entities.resolve.romanize import canonical_for_unknown, romanize_word  # noqa: E402
from urdu_entities.text.lexicon import is_known_name_part  # noqa: E402
from urdu_entities.text.normalize import normalize_text  # noqa: E402

CORPORA = ("jahangir.jsonl", "ilner_urdu.jsonl", "ijcnlp2008_urdu.jsonl")
FIXTURE = ROOT / "tests" / "fixtures" / "romanization_names.tsv"


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(hyp: str, ref: str) -> float:
    return edit_distance(hyp, ref) / max(1, len(ref))


def name_words(data: Path) -> set[str]:
    """Normalised words inside PER/LOC/ORG gold spans of the corpora."""
    words: set[str] = set()
    for name in CORPORA:
        path = data / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                for ent in record["entities"]:
                    if ent["label"] in ("PER", "LOC", "ORG"):
                        words.update(normalize_text(ent["text"].replace("_", " ")).split())
    return words


def dakshina(data: Path, splits: Iterable[str]) -> dict[str, Counter[str]]:
    lexicon: dict[str, Counter[str]] = defaultdict(Counter)
    for split in splits:
        path = data / "raw" / "dakshina_ur" / f"ur.translit.sampled.{split}.tsv"
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    lexicon[normalize_text(parts[0])][parts[1]] += int(parts[2])
    return lexicon


def score(items: list[tuple[str, Counter[str]]], system: Callable[[str], str]) -> dict[str, float]:
    top = anyx = 0
    cer_top = cer_best = 0.0
    for word, refs in items:
        hyp = system(word).lower().replace(" ", "")
        best_ref = refs.most_common(1)[0][0]
        top += hyp == best_ref
        anyx += hyp in refs
        cer_top += cer(hyp, best_ref)
        cer_best += min(cer(hyp, r) for r in refs)
    n = max(1, len(items))
    return {
        "words": len(items),
        "exact_top": top / n,
        "exact_any": anyx / n,
        "cer_top": cer_top / n,
        "cer_closest": cer_best / n,
    }


def fixture_scores() -> dict[str, dict[str, float]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        urdu, english, label = line.split("\t")
        rows.append((urdu, english, label))
    groups: dict[str, list[tuple[str, str]]] = {"all": [], "tables": [], "letter_rules": []}
    failures = []
    for urdu, english, label in rows:
        hyp = canonical_for_unknown(urdu, label)
        words = normalize_text(urdu).split()
        group = "tables" if all(is_known_name_part(w) for w in words) else "letter_rules"
        for g in ("all", group):
            groups[g].append((hyp, english))
        if hyp != english:
            failures.append(f"  {urdu}\t{hyp}\t(expected {english})")
    out = {}
    for g, pairs in groups.items():
        n = max(1, len(pairs))
        out[g] = {
            "names": len(pairs),
            "exact": sum(h == e for h, e in pairs) / n,
            "cer": sum(cer(h.lower(), e.lower()) for h, e in pairs) / n,
        }
    print("fixture names that differ from the English spelling:", file=sys.stderr)
    print("\n".join(failures), file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/datasets", type=Path)
    parser.add_argument(
        "--split",
        default="dev,test",
        help="Dakshina splits to score (train,dev,test; default dev,test)",
    )
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args(argv)

    results: dict[str, object] = {"fixtures": fixture_scores()}
    raw = args.data / "raw" / "dakshina_ur"
    if raw.is_dir():
        lexicon = dakshina(args.data, args.split.split(","))
        names = name_words(args.data)
        items = sorted((w, refs) for w, refs in lexicon.items() if w in names)
        everything = sorted(lexicon.items())
        results["dakshina_name_words"] = {
            "letter_rules": score(items, romanize_word),
            "with_tables": score(items, canonical_for_unknown),
        }
        results["dakshina_all_words"] = {"letter_rules": score(everything, romanize_word)}
    else:
        print(f"{raw}: not found; Dakshina figures skipped", file=sys.stderr)

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for section, body in results.items():
        print(f"\n{section}")
        assert isinstance(body, dict)
        for name, figures in body.items():
            cells = "  ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
            )
            print(f"  {name:14} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
