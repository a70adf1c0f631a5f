"""The ``urdu-entities`` command."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from urdu_entities._data import sample_article
from urdu_entities._version import __version__
from urdu_entities.gazetteer.files import GazetteerError
from urdu_entities.gazetteer.index import Gazetteer
from urdu_entities.models import Entity
from urdu_entities.pipeline import Pipeline

_PROG = "urdu-entities"


class InputError(Exception):
    """A problem with the user's input, reported in one line without a traceback."""


def _read_input(source: str | None, use_sample: bool) -> str:
    if use_sample:
        if source is not None:
            raise InputError("give either FILE or --sample, not both")
        path = sample_article()
        data = path.read_bytes()
        name = str(path)
    elif source is None or source == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"file not found: {source}")
        if path.is_dir():
            raise InputError(f"is a directory, not a file: {source}")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror}") from None
        name = source
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (undecodable byte at offset {exc.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty: nothing to extract")
    return text


def _entity_dict(e: Entity) -> dict[str, object]:
    return e.model_dump(mode="json")


def _table(entities: list[Entity]) -> str:
    # ``resolved``: "yes" when the canonical name comes from an entry, "guess" when it was
    # composed or romanised for a name no gazetteer knows.
    rows = [("start", "end", "label", "text", "canonical", "resolved", "value", "source")]
    rows += [
        (str(e.start), str(e.end), e.label.value, e.text, e.canonical or "",
         "yes" if e.resolved else "guess", e.value or "", e.source)
        for e in entities
    ]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = (
        "  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True))
        for row in rows
    )
    return "\n".join(line.rstrip() for line in lines)


def _width(cell: str) -> int:
    """Terminal columns of a cell: combining marks (``اُ``) take none."""
    return sum(1 for ch in cell if not unicodedata.combining(ch))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _pipeline(gazetteer_files: Sequence[str]) -> Pipeline:
    if gazetteer_files:
        return Pipeline(gazetteers=list(gazetteer_files))
    return Pipeline.default()


def _cmd_extract(args: argparse.Namespace) -> int:
    text = _read_input(args.file, args.sample)
    entities = _pipeline(args.gazetteer).extract(text, reference_date=args.reference_date)
    if args.format == "json":
        print(json.dumps([_entity_dict(e) for e in entities], ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        for e in entities:
            print(json.dumps(_entity_dict(e), ensure_ascii=False))
    else:
        print(_table(entities))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    status = 0
    for file in args.files:
        try:
            gazetteer = Gazetteer.from_files([file])
        except GazetteerError as exc:
            print(f"{file}: INVALID\n{exc}", file=sys.stderr)
            status = 1
            continue
        conflicts = gazetteer.conflicts()
        print(f"{file}: OK, {len(gazetteer)} entries")
        for problem in conflicts:
            print(f"  warning: {problem}")
        if conflicts and args.strict:
            status = 1
    return status


def _cmd_lookup(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args.gazetteer)
    found = False
    for gazetteer in reversed(pipeline.gazetteers):
        for hit in gazetteer.lookup(args.text):
            found = True
            entry = hit.record.entry
            where = f"{hit.record.path}:{hit.record.line}" if hit.record.line else hit.record.path
            print(f"{entry.label.value}\t{entry.canonical}\t{hit.record.id or '-'}")
            note = " (ambiguous: needs context in running text)" if hit.ambiguous else ""
            print(f"  matched at level {hit.level!r} on key {hit.key!r}{note}")
            print(f"  from {where}")
    if not found:
        print(f"no gazetteer entry for {args.text!r}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Find people, places, organisations and dates in Urdu text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser("extract", help="extract entities from a file or stdin")
    extract.add_argument("file", nargs="?", metavar="FILE", help="UTF-8 text file, or - for stdin")
    extract.add_argument("--sample", action="store_true", help="use the bundled sample article")
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    extract.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                         help="resolve relative dates (کل، گزشتہ سال) against this date")
    extract.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                         help="extra gazetteer file (repeatable); takes precedence")
    extract.set_defaults(func=_cmd_extract)

    gazetteer = commands.add_parser("gazetteer", help="check and query gazetteers")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", metavar="ACTION",
                                                  required=True)
    validate = gazetteer_commands.add_parser("validate", help="validate gazetteer files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--strict", action="store_true",
                          help="treat forms naming two entries as errors")
    validate.set_defaults(func=_cmd_validate)
    lookup = gazetteer_commands.add_parser("lookup", help="what a surface form resolves to")
    lookup.add_argument("text", metavar="TEXT")
    lookup.add_argument("--gazetteer", action="append", default=[], metavar="FILE")
    lookup.set_defaults(func=_cmd_lookup)

    from urdu_entities.cli.evaluate import add_parser as add_evaluate

    add_evaluate(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (InputError, GazetteerError) as exc:
        print(f"{_PROG}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
