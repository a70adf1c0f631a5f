"""The ``urdu-entities evaluate`` subcommand: score the pipeline (or another system's output)
against an annotated file.

Exit codes: 0 scored (and ``--min-f1`` met); 1 scored but micro-F1 below ``--min-f1``;
2 usage or input error (message on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from urdu_entities.evaluation import (
    LABELS,
    GoldFormatError,
    default_extractor,
    format_json,
    format_table,
    load_gold,
    load_predictions,
    predict,
    score,
)

EXIT_OK = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_INPUT_ERROR = 2

_EPILOG = """\
gold formats:
  JSONL (default): one object per line, {"id", "text", "entities": [{"start", "end",
    "label", "canonical"?, "value"?}]}, character offsets into text, end exclusive.
  CoNLL (files ending .conll/.txt/.tsv/.bio/.iob, or --gold-format conll): token and tag
    columns, blank line between sentences, BIO (B-PER/I-PER) or IO (PER) tags.
labels: PER, LOC, ORG, DATE; PERSON/LOCATION/ORGANIZATION/GPE/NEP/NEL/NEO are understood.
  Map others with --map DATETIME=DATE or drop them with --ignore-labels NUM,MISC.

exit status: 0 scored (and --min-f1 met), 1 micro-F1 below --min-f1, 2 usage or input
  error (bad option, unreadable or malformed gold; the message names file and line).

examples:
  urdu-entities evaluate gold.jsonl
  urdu-entities evaluate gold.jsonl --lenient --errors 30
  urdu-entities evaluate corpus.conll --scheme io --map TIME=DATE --ignore-labels NUMBER
  urdu-entities evaluate gold.jsonl --format json --min-f1 0.8 > scores.json
"""


class _InputError(Exception):
    pass


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``evaluate`` on an ``argparse`` subparsers object; its ``func`` returns an
    exit code."""
    p = subparsers.add_parser(
        "evaluate",
        help="score entity extraction against an annotated file",
        description="Run the default pipeline over the texts of an annotated file (or read "
        "another system's predictions) and print precision, recall and F1 per label, "
        "canonical-name and date-value accuracy, and the first errors.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", metavar="GOLD", help="annotated file (JSONL or CoNLL columns)")
    p.add_argument(
        "--lenient",
        action="store_true",
        help="also show lenient (overlap) scores, list lenient errors, and apply --min-f1 to "
        "lenient micro-F1",
    )
    p.add_argument(
        "--labels",
        default=",".join(LABELS),
        help="comma-separated labels to score (default: %(default)s)",
    )
    p.add_argument(
        "--errors",
        type=int,
        default=None,
        metavar="N",
        help="how many errors to list (default: 10 in the table, all in JSON; 0 for none)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    p.add_argument(
        "--min-f1",
        type=float,
        default=None,
        metavar="F",
        help="exit with status 1 when micro-F1 is below F (0.8 or 80)",
    )
    p.add_argument(
        "--gold-format",
        choices=("auto", "jsonl", "conll"),
        default="auto",
        help="format of GOLD (default: by file suffix)",
    )
    p.add_argument(
        "--scheme",
        choices=("auto", "bio", "io"),
        default="auto",
        help="tag scheme of a CoNLL file (default: bio if any tag has a B-/I- prefix)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SRC=DST",
        help="map gold label SRC to DST (one of PER, LOC, ORG, DATE; empty to drop); repeatable",
    )
    p.add_argument(
        "--ignore-labels",
        default="",
        metavar="A,B",
        help="gold labels to drop, e.g. NUM,DESIG,MISC",
    )
    p.add_argument(
        "--text-root",
        default=None,
        metavar="DIR",
        help='folder that "text_file" paths in a stand-off JSONL are relative to '
        "(default: the gold file's folder)",
    )
    p.add_argument(
        "--split",
        default=None,
        help='score only JSONL records whose "split" field equals this (e.g. test)',
    )
    p.add_argument(
        "--predictions",
        default=None,
        metavar="FILE",
        help='score this JSONL of predictions ({"id", "entities"} per line) instead of running '
        "the pipeline",
    )
    p.add_argument(
        "--reference-date",
        default=None,
        metavar="YYYY-MM-DD",
        help="reference date passed to the pipeline for resolving relative dates",
    )
    p.add_argument(
        "--date-kinds",
        default=None,
        metavar="K,K",
        help="score only dates of these kinds (calendar, part, weekday, relative, duration); "
        "gold dates the system reads as another kind are left out",
    )
    p.set_defaults(func=run)


def _parse_labels(spec: str) -> list[str]:
    labels = [x.strip().upper() for x in spec.split(",") if x.strip()]
    bad = [x for x in labels if x not in LABELS]
    if bad or not labels:
        raise _InputError(
            f"--labels: unknown label(s) {', '.join(bad) or '(none given)'}; "
            f"choose from {','.join(LABELS)}"
        )
    return labels


def _label_map(maps: Sequence[str], ignore: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in maps:
        if "=" not in item:
            raise _InputError(f"--map {item!r}: expected SRC=DST, e.g. DATETIME=DATE")
        src, dst = (x.strip() for x in item.split("=", 1))
        if not src:
            raise _InputError(f"--map {item!r}: empty source label")
        dst_u = dst.upper()
        if dst_u in ("", "O", "NONE", "-"):
            out[src] = None
        elif dst_u in LABELS:
            out[src] = dst_u
        else:
            raise _InputError(f"--map {item!r}: {dst!r} is not one of {', '.join(LABELS)}")
    for lab in ignore.split(","):
        if lab.strip():
            out[lab.strip()] = None
    return out


def _date_kinds(spec: str | None) -> list[str] | None:
    if spec is None:
        return None
    from urdu_entities.models import DateKind

    kinds = [x.strip().lower() for x in spec.split(",") if x.strip()]
    known = [k.value for k in DateKind]
    bad = [k for k in kinds if k not in known]
    if bad or not kinds:
        raise _InputError(
            f"--date-kinds: unknown kind(s) {', '.join(bad) or '(none given)'}; "
            f"choose from {','.join(known)}"
        )
    return kinds


def run(args: argparse.Namespace) -> int:
    """Handle ``evaluate``; return the exit code."""
    try:
        return _run(args)
    except (_InputError, GoldFormatError) as exc:
        print(f"urdu-entities evaluate: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR


def _run(args: argparse.Namespace) -> int:
    labels = _parse_labels(args.labels)
    label_map = _label_map(args.map, args.ignore_labels)
    if args.errors is not None and args.errors < 0:
        raise _InputError("--errors must be 0 or more")
    threshold: float | None = args.min_f1
    if threshold is not None:
        if threshold > 1:
            threshold /= 100
        if not 0 <= threshold <= 1:
            raise _InputError("--min-f1 must be between 0 and 1 (or 0 and 100)")
    ref: date | None = None
    if args.reference_date:
        try:
            ref = date.fromisoformat(args.reference_date)
        except ValueError:
            raise _InputError(
                f"--reference-date {args.reference_date!r} is not a date (YYYY-MM-DD)"
            ) from None

    gold_path = Path(args.gold)
    if not gold_path.is_file():
        raise _InputError(f"{gold_path}: no such file")
    docs = load_gold(
        gold_path,
        fmt=args.gold_format,
        scheme=args.scheme,
        label_map=label_map,
        text_root=args.text_root,
    )
    if args.split is not None:
        docs = [d for d in docs if d.split == args.split]
    if not docs:
        raise _InputError(
            f"{gold_path}: no documents"
            + (f" with split {args.split!r}" if args.split is not None else "")
        )

    meta: dict[str, str | int | float | None] = {"gold": str(gold_path)}
    predicted: Any
    if args.predictions:
        if not Path(args.predictions).is_file():
            raise _InputError(f"{args.predictions}: no such file")
        predicted = load_predictions(args.predictions, docs, label_map=label_map)
        meta["system"] = f"predictions from {args.predictions}"
    else:
        try:
            extractor = default_extractor(ref)
        except ImportError as exc:
            raise _InputError(f"the pipeline cannot be loaded: {exc}") from None
        predicted, timing = predict(docs, extractor)
        meta.update(timing)
        meta["system"] = "urdu_entities default pipeline"
    report = score(docs, predicted, labels=labels, date_kinds=_date_kinds(args.date_kinds))
    report = report.with_meta(**meta)

    if args.format == "json":
        print(format_json(report, errors=args.errors, lenient=args.lenient))
    else:
        n_errors = 10 if args.errors is None else args.errors
        print(format_table(report, lenient=args.lenient, errors=n_errors))

    if threshold is not None:
        f1 = report.micro(args.lenient).f1
        if f1 < threshold:
            kind = "lenient" if args.lenient else "strict"
            print(
                f"urdu-entities evaluate: {kind} micro-F1 {100 * f1:.1f} is below "
                f"--min-f1 {100 * threshold:.1f}",
                file=sys.stderr,
            )
            return EXIT_BELOW_THRESHOLD
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``evaluate`` on its own: ``python -m urdu_entities.cli_evaluate GOLD ...``."""
    parser = argparse.ArgumentParser(prog="urdu-entities")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(["evaluate", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
