"""The pipeline: normalise, tokenise, propose candidates, resolve, return entities."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol

from urdu_entities._data import gazetteer_files
from urdu_entities.gazetteer.index import Gazetteer
from urdu_entities.models import Entity, GazetteerEntry
from urdu_entities.recognisers.dates import find_dates
from urdu_entities.resolve import resolution as resolve
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

GazetteerSource = str | Path | GazetteerEntry | Gazetteer


class Recognizer(Protocol):
    """Anything that proposes candidates for a document (a tagger, a backend, a rule set)."""

    def find(self, doc: Document) -> list[Candidate]: ...


class Pipeline:
    """A configured extractor. Build once and reuse: :meth:`extract` is thread-safe.

    Args:
        gazetteers: extra gazetteers — file paths, :class:`GazetteerEntry` objects or whole
            :class:`Gazetteer` objects. They take precedence over the shipped data, later
            ones over earlier ones.
        default_gazetteer: include the gazetteers shipped with the library.
        dates: recognise dates.
        recognizers: further recognisers (objects with ``find(doc) -> list[Candidate]``)
            whose candidates go to the same resolver.
        model: run the shipped CRF tagger for names no gazetteer knows (docs/model.md).
            By default it runs with the default backend and not with stanza, whose NER
            takes its place.
        backend: ``"default"``, or ``"stanza"`` to add stanza's NER (the optional extra;
            see docs/stanza.md). stanza is imported only then, and never downloads.
        stanza_dir: a stanza resources folder or a folder of model files (stanza backend).
        stanza_models: explicit model paths and options for the stanza backend
            (``tokenize``, ``ner``, ``pretrain``, ``use_tokenizer``, ...).

    Raises:
        GazetteerError: a gazetteer file is invalid (nothing is loaded).
        BackendUnavailable: the stanza backend was asked for without stanza or models.
        ValueError: an unknown backend, or stanza options without the stanza backend.
    """

    _default: ClassVar[Pipeline | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()
    _shipped: ClassVar[Gazetteer | None] = None

    def __init__(
        self,
        *,
        gazetteers: Iterable[GazetteerSource] = (),
        default_gazetteer: bool = True,
        dates: bool = True,
        recognizers: Iterable[Recognizer] = (),
        model: bool | None = None,
        backend: str = "default",
        stanza_dir: str | Path | None = None,
        stanza_models: Mapping[str, Any] | None = None,
    ) -> None:
        if isinstance(gazetteers, str | Path | GazetteerEntry | Gazetteer):
            gazetteers = [gazetteers]
        sources = list(gazetteers)
        self.gazetteers: list[Gazetteer] = []
        if default_gazetteer:
            self.gazetteers.append(self._shipped_gazetteer())
        user = _user_gazetteer(sources)
        if user is not None:
            self.gazetteers.append(user)
        self.gazetteers.extend(s for s in sources if isinstance(s, Gazetteer))
        self.dates = dates
        self.recognizers: list[Recognizer] = list(recognizers)
        if model if model is not None else backend == "default":
            from urdu_entities.recognisers.tagger import default_tagger

            tagger = default_tagger(self._shipped_gazetteer() if default_gazetteer else None)
            if tagger is not None:
                self.recognizers.append(tagger)
        if backend == "stanza":
            from urdu_entities.backends import StanzaRecognizer  # imports stanza only now

            self.recognizers.append(StanzaRecognizer.from_options(stanza_dir, stanza_models))
        elif backend != "default":
            raise ValueError(f"unknown backend {backend!r}: use 'default' or 'stanza'")
        elif stanza_dir is not None or stanza_models:
            raise ValueError("stanza_dir and stanza_models need backend='stanza'")
        self.backend = backend

    @classmethod
    def _shipped_gazetteer(cls) -> Gazetteer:
        with cls._default_lock:
            if cls._shipped is None:
                cls._shipped = Gazetteer.from_files(gazetteer_files())
            return cls._shipped

    @classmethod
    def default(cls) -> Pipeline:
        """The shared default pipeline, built on first use."""
        pipeline = cls._default
        if pipeline is None:
            built = cls()
            with cls._default_lock:
                if cls._default is None:
                    cls._default = built
                pipeline = cls._default
        return pipeline

    def candidates(
        self, doc: Document, reference_date: dt.date | None = None
    ) -> list[Candidate]:
        """Every recogniser's proposals, before resolution."""
        found: list[Candidate] = []
        # Later gazetteers win ties: give their matches a slightly higher score.
        for rank, gazetteer in enumerate(self.gazetteers):
            bonus = rank * 1e-3
            for c in gazetteer.find(doc):
                found.append(c if not bonus else _with_score(c, c.score + bonus))
        if self.dates:
            found.extend(find_dates(doc, reference_date))
        for recognizer in self.recognizers:
            # A recogniser that can reuse the matches so far (the tagger's gazetteer
            # features) is handed them instead of running the gazetteer again.
            with_known = getattr(recognizer, "find_with_known", None)
            found.extend(with_known(doc, found) if with_known else recognizer.find(doc))
        return found

    def extract(self, text: str, *, reference_date: dt.date | None = None) -> list[Entity]:
        """Entities in ``text``, sorted by position, non-overlapping.

        Raises:
            TypeError: ``text`` is not a ``str`` or ``reference_date`` is not a date.
        """
        if not isinstance(text, str):
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
                text, bytes | bytearray) else ""
            raise TypeError(f"extract() needs text as str, not {type(text).__name__}{hint}")
        reference_date = _as_date(reference_date)
        if not text.strip():
            return []
        doc = Document.from_text(text)
        chosen = resolve.resolve(doc, self.candidates(doc, reference_date))
        return [_entity(doc, c) for c in chosen]

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        as_tuples: bool = False,
        reference_date: dt.date | None = None,
        on_error: str = "raise",
    ) -> Iterator[Any]:
        """Entities of many texts, yielded in input order (docs/integrations.md#batches).

        ``n_process=-1`` uses every core; each worker holds one copy of this pipeline.
        ``as_tuples=True`` takes ``(text, context)`` pairs and yields ``(entities, context)``.
        A text that fails gives a :class:`~urdu_entities.batch.BatchError` naming its index:
        raised at its turn (``on_error="raise"``) or yielded in its place (``"yield"``).
        """
        from urdu_entities import batch

        factory = Pipeline.default if self is Pipeline._default else None
        return batch.pipe(self, texts, batch_size=batch_size, n_process=n_process,
                          as_tuples=as_tuples, reference_date=_as_date(reference_date),
                          on_error=batch.check_on_error(on_error), factory=factory)

    def extract_many(
        self, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 64,
        reference_date: dt.date | None = None,
    ) -> list[list[Entity]]:
        """``list(self.pipe(texts, ...))``: one entity list per text, in order."""
        return list(self.pipe(texts, n_process=n_process, batch_size=batch_size,
                              reference_date=reference_date))


def _with_score(c: Candidate, score: float) -> Candidate:
    from dataclasses import replace

    return replace(c, score=score)


def _user_gazetteer(sources: list[GazetteerSource]) -> Gazetteer | None:
    paths = [s for s in sources if isinstance(s, str | Path)]
    entries = [s for s in sources if isinstance(s, GazetteerEntry)]
    unknown = [s for s in sources if not isinstance(s, str | Path | GazetteerEntry | Gazetteer)]
    if unknown:
        raise TypeError(
            "gazetteers must be file paths, GazetteerEntry or Gazetteer objects, "
            f"not {type(unknown[0]).__name__}"
        )
    if not paths and not entries:
        return None
    gazetteer = Gazetteer.from_files(paths)
    if entries:
        gazetteer.add_entries(entries)
    return gazetteer


def _as_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"reference_date must be a datetime.date, not {type(value).__name__}")


def _entity(doc: Document, c: Candidate) -> Entity:
    start, end = doc.original_span(c.start, c.end)
    return Entity(
        text=doc.original[start:end],
        start=start,
        end=end,
        label=c.label,
        canonical=c.canonical,
        id=c.id,
        value=c.value,
        source=c.source,
        confidence=min(1.0, c.score),
        resolved=c.resolved,
    )


def extract(text: str, *, reference_date: dt.date | None = None) -> list[Entity]:
    """Entities in ``text`` found by the default pipeline (see :meth:`Pipeline.extract`).

    >>> [(e.label.value, e.canonical) for e in extract("مسٹر پوتن ماسکو پہنچ گئے۔")]
    [('PER', 'Vladimir Putin'), ('LOC', 'Moscow')]
    """
    return Pipeline.default().extract(text, reference_date=reference_date)
