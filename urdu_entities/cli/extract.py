"""``urdu-entities extract``: one text as a table, JSON or an HTML page; many documents
(several files, a folder, JSON Lines) as JSON Lines, one line per document, in input order."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from urdu_entities.batch import BatchError
from urdu_entities.cli.formats import entity_dict, entity_writer
from urdu_entities.cli.inputs import (
    Document,
    InputError,
    UsageError,
    count_documents,
    documents,
    expand,
    is_jsonl,
    open_text,
)
from urdu_entities.cli.output import Output, done_ids, id_key
from urdu_entities.cli.progress import Progress, wanted
from urdu_entities.pipeline import Pipeline

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2

DESCRIPTION = """\
Find the people, places, organisations and dates in Urdu text and resolve each to its
English name (and Wikidata id where known).

One text (a file, stdin or --sample) is printed as a table, JSON or a right-to-left HTML
page. Several documents - several files, a folder (--glob), or JSON Lines records
(--text-field/--id-field) - are written as JSON Lines, one line per document in input
order: {"id": ..., "entities": [...]}, with the entity fields of --format json."""

EPILOG = """\
examples:
  urdu-entities extract --sample
  urdu-entities extract article.txt --format json
  urdu-entities extract article.txt --format html -o article.html
  cat article.txt | urdu-entities extract --format jsonl
  urdu-entities extract a.txt b.txt                      # two documents, JSON Lines
  urdu-entities extract corpus/ --glob '**/*.txt' -o out.jsonl --jobs -1
  urdu-entities extract news.jsonl --text-field body --id-field url -o out.jsonl
  urdu-entities extract news.jsonl -o out.jsonl --skip-done     # resume after a crash

input: UTF-8 (a byte-order mark is dropped); UTF-16 and UTF-32 are read by their
  byte-order mark. A file ending .jsonl/.ndjson is read as JSON Lines.

exit status: 0 done; 1 done, but some documents were skipped (each named on stderr);
  2 usage or input error; 3 the output could not be written (full disk, closed pipe)."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    return -1 if jobs <= 0 else jobs


def add_parser(commands: argparse._SubParsersAction[Any]) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = commands.add_parser(
        "extract", help="extract entities from files, a folder, JSON Lines or stdin",
        description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="text files, folders, JSON Lines files, or - for stdin "
                        "(default: stdin when it is not a terminal)")
    p.add_argument("--sample", action="store_true", help="use the bundled sample article")
    p.add_argument("--format", choices=("table", "json", "jsonl", "html"), default=None,
                   help="one text: table (default), json, jsonl (one entity per line) or "
                        "html; several documents: jsonl (one document per line)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                   help="resolve relative dates (کل، گزشتہ سال) against this date")
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                   help="extra gazetteer file (repeatable); takes precedence")
    batch = p.add_argument_group("many documents")
    batch.add_argument("--glob", metavar="PATTERN",
                       help="files of a folder FILE to read (default *.txt; **/*.txt for "
                            "subfolders too)")
    batch.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                       help="read FILEs as whole texts or JSON Lines (default: JSON Lines "
                            "for .jsonl/.ndjson, or when --text-field is given)")
    batch.add_argument("--text-field", default=None, metavar="NAME",
                       help="JSON Lines field holding the text (default: text)")
    batch.add_argument("--id-field", default="id", metavar="NAME",
                       help="JSON Lines field holding the document id (default: id; "
                            "missing ids become FILE:LINE)")
    batch.add_argument("--batch", action="store_true",
                       help="write one-document-per-line JSON Lines even for one input")
    batch.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                       help="worker processes (default 1; 0 or -1: every core)")
    batch.add_argument("--skip-done", action="store_true",
                       help="with -o: keep the documents already in the output file and "
                            "append the rest (resume an interrupted run)")
    batch.add_argument("--progress", dest="progress", action="store_const", const="on",
                       help="show a progress bar (default: only when stderr is a terminal)")
    batch.add_argument("--no-progress", dest="progress", action="store_const", const="off",
                       help="never show a progress bar")
    p.set_defaults(func=run, progress=None)
    return p


def pipeline(gazetteer_files: Sequence[str]) -> Pipeline:
    if gazetteer_files:
        return Pipeline(gazetteers=list(gazetteer_files))
    return Pipeline.default()


def run(args: argparse.Namespace) -> int:
    fmt = "jsonl" if args.text_field is not None and args.input_format == "auto" else \
        args.input_format
    if args.sample and args.files:
        raise InputError("give either FILE or --sample, not both")
    sources = list(args.files)
    if not sources and not args.sample:
        stdin_tty = getattr(sys.stdin, "isatty", None)
        if sys.stdin is None or (stdin_tty is not None and stdin_tty()):
            raise UsageError("no input: give a FILE (or - to type text), pipe text in, "
                             "or use --sample; see urdu-entities extract --help")
        sources = ["-"]
    many = (
        args.batch or len(sources) > 1 or args.glob is not None
        or any(is_jsonl(s, fmt) for s in sources)
        or any(s != "-" and _is_dir(s) for s in sources)
    )
    if args.skip_done and not (many and args.output):
        raise InputError("--skip-done needs -o FILE and several documents (or --batch)")
    if many:
        if args.format not in (None, "jsonl"):
            raise InputError(
                f"--format {args.format}: several documents are written as JSON Lines, one "
                "line per document (--format jsonl); give one FILE for a table, json or html"
            )
        return run_batch(args, expand(sources, args.glob), fmt)
    return run_single(args, sources[0] if sources else None)


def _is_dir(source: str) -> bool:
    return Path(source).is_dir()


def run_single(args: argparse.Namespace, source: str | None) -> int:
    """One text. A table, JSON or JSON Lines is written as the text is read, window by
    window (:meth:`Pipeline.extract_stream`), so memory does not grow with the text; an
    HTML page holds the whole text."""
    if source == "-":
        stdin_tty = getattr(sys.stdin, "isatty", None)
        if stdin_tty is not None and stdin_tty():
            print("reading text from the terminal; end it with Ctrl-D", file=sys.stderr)
    stream = open_text(source)
    if stream.note:
        print(f"urdu-entities: note: {stream.note}", file=sys.stderr)
    fmt = args.format or "table"
    pipe = pipeline(args.gazetteer)
    if fmt == "html":
        from urdu_entities.integrations.html import to_html

        text = "".join(stream.pieces)
        _not_empty(text, stream.name)
        entities = pipe.extract(text, reference_date=args.reference_date)
        title = "Sample article" if source is None else stream.name
        out = Output(args.output)
        out.write(to_html(entities, text, title=title))
        out.close()
        return EXIT_OK
    seen = _Seen(stream.pieces)
    out = Output(args.output)
    writer = entity_writer(fmt, out.write)
    for entity in pipe.extract_stream(seen, reference_date=args.reference_date):
        writer.add(entity)
    _not_empty("" if seen.empty else "text", stream.name)
    writer.close()
    out.close()
    return EXIT_OK


def _not_empty(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name} is empty: nothing to extract")


class _Seen:
    """The pieces of a text, noting whether any of them held more than whitespace."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self._pieces = pieces
        self.empty = True

    def __iter__(self) -> Iterator[str]:
        for piece in self._pieces:
            if self.empty and not piece.isspace() and piece:
                self.empty = False
            yield piece


def run_batch(args: argparse.Namespace, sources: list[str], fmt: str) -> int:
    text_field = args.text_field or "text"
    done: set[str] = set()
    kept = 0
    if args.skip_done:
        done, kept = done_ids(args.output)
    the_pipeline = pipeline(args.gazetteer)  # load before forking workers
    total = count_documents(sources, fmt=fmt)
    progress = Progress(enabled=wanted(args.progress), total=total, initial=0,
                        asked=args.progress == "on")
    out = Output(args.output, append=args.skip_done)
    skipped = 0
    written = 0
    seen: set[str] = set()
    try:
        docs = documents(sources, fmt=fmt, text_field=text_field, id_field=args.id_field)
        pending = _not_done(docs, done, seen, progress)
        results = the_pipeline.pipe(
            ((d.text, d) for d in pending), as_tuples=True, n_process=args.jobs,
            reference_date=args.reference_date, on_error="yield",
        )
        for result, doc in results:
            if doc.note:
                progress.message(f"urdu-entities: note: {doc.note}")
            if isinstance(result, BatchError):  # extraction failed: a bug, reported
                doc = replace(doc, error=f"{result.kind}: {result.message}")
            if doc.error is not None:
                progress.message(f"urdu-entities: {doc.problem()}")
                skipped += 1
            else:
                line = {"id": doc.id, "entities": [entity_dict(e) for e in result]}
                out.write(json.dumps(line, ensure_ascii=False) + "\n", flush=True)
                written += 1
            progress.update()
    finally:
        progress.close()
    out.close()
    if args.skip_done and kept:
        print(f"urdu-entities: resumed: {kept} documents were already done, {written} added",
              file=sys.stderr)
    if skipped:
        print(f"urdu-entities: {skipped} document(s) skipped, {written} written",
              file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _not_done(docs: Iterator[Document], done: set[str], seen: set[str], progress: Progress
              ) -> Iterator[Document]:
    warned = False
    for doc in docs:
        key = id_key(doc.id)
        if key in done:
            progress.update()
            continue
        if key in seen and not warned:
            progress.message(f"urdu-entities: warning: document id {key} occurs more than "
                             "once; --skip-done tells documents apart by id")
            warned = True
        seen.add(key)
        yield doc
