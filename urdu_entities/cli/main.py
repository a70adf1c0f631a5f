"""The ``urdu-entities`` command: parser, dispatch, and the one place where errors become
one-line messages and exit codes (never a traceback)."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Sequence

from urdu_entities._version import __version__
from urdu_entities.cli import extract as extract_command
from urdu_entities.cli.inputs import InputError
from urdu_entities.cli.output import OutputError, describe, silence_stdout
from urdu_entities.gazetteer.files import GazetteerError
from urdu_entities.gazetteer.index import Gazetteer

_PROG = "urdu-entities"

EXIT_INPUT_ERROR = 2
EXIT_OUTPUT_ERROR = 3
EXIT_INTERRUPTED = 130

#: ``<Label.PER: 'PER'>`` as pydantic words an enum choice; users know it as ``PER``.
_ENUM_REPR = re.compile(r"<Label\.(\w+): '\w+'>")


def plain(message: str) -> str:
    """A message for the user: enum reprs replaced by their values."""
    return _ENUM_REPR.sub(r"\1", message)


def _cmd_validate(args: argparse.Namespace) -> int:
    status = 0
    for file in args.files:
        try:
            gazetteer = Gazetteer.from_files([file])
        except GazetteerError as exc:
            print(f"{file}: INVALID\n{plain(str(exc))}", file=sys.stderr)
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
    pipeline = extract_command.pipeline(args.gazetteer)
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
        description="Find people, places, organisations and dates in Urdu text, with "
        "canonical English names. Three uses: extract (entities from text), evaluate "
        "(scores against your annotations), gazetteer (check and extend the names known).",
        epilog="Run 'urdu-entities COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract_command.add_parser(commands)

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


def _error(message: str) -> None:
    with contextlib.suppress(OSError):
        print(f"{_PROG}: error: {plain(message)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at exit
        return code
    except OutputError as exc:
        _error(str(exc))
        silence_stdout()
        return EXIT_OUTPUT_ERROR
    except (InputError, GazetteerError) as exc:
        _error(str(exc))
        return EXIT_INPUT_ERROR
    except OSError as exc:
        if exc.filename is not None:  # a file the command read
            _error(f"{exc.filename}: {exc.strerror}")
            return EXIT_INPUT_ERROR
        _error(describe(exc, "standard output"))
        silence_stdout()
        return EXIT_OUTPUT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        silence_stdout()
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
