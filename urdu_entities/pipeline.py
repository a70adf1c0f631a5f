"""The pipeline: an ordered list of components over one shared document.

Each component reads layers of the :class:`~urdu_entities.text.document.Document` and adds
one (see :mod:`urdu_entities.recognisers.base`). The default list, built from the keyword
shortcuts of :class:`Pipeline`, is::

    gazetteer → dates → context → your recognisers → model (CRF tagger) | stanza → resolve
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from urdu_entities.gazetteer import Gazetteer
from urdu_entities.gazetteer.shipped import shipped_gazetteer
from urdu_entities.models import Entity, GazetteerEntry
from urdu_entities.recognisers.base import ALL_CANDIDATES, ENTITIES, Component
from urdu_entities.recognisers.context import ContextRecogniser
from urdu_entities.recognisers.dates import DateRecogniser
from urdu_entities.recognisers.dates.recogniser import KindsSpec, date_kinds
from urdu_entities.recognisers.gazetteer import GazetteerRecogniser
from urdu_entities.resolve.resolver import Resolver
from urdu_entities.text import windows as text_windows
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import BASE_LAYERS, Carried, Document

GazetteerSource = str | Path | GazetteerEntry | Gazetteer

#: The keyword shortcuts and their defaults; ``components=`` replaces all of them.
_SHORTCUT_DEFAULTS: dict[str, Any] = {
    "gazetteers": (),
    "default_gazetteer": True,
    "dates": True,
    "recognizers": (),
    "model": None,
    "backend": "default",
    "stanza_dir": None,
    "stanza_models": None,
}


class Pipeline:
    """A configured extractor. Build once and reuse: :meth:`extract` is thread-safe.

    Either list the components yourself::

        Pipeline(components=[GazetteerRecogniser([my_gazetteer]), DateRecogniser()])

    (a :class:`~urdu_entities.resolve.resolver.Resolver` is appended when no component adds
    the entities), or let the keyword shortcuts build the default list
    (:meth:`default_components`):

    Args:
        components: the components in order; replaces every shortcut below.
        gazetteers: extra gazetteers — file paths, :class:`GazetteerEntry` objects or whole
            :class:`Gazetteer` objects. They take precedence over the shipped data, later
            ones over earlier ones.
        default_gazetteer: include the gazetteers shipped with the library.
        dates: recognise dates: ``True`` (every kind but durations), ``False``, ``"all"``, or
            the kinds to keep, e.g. ``{"calendar"}`` (see docs/dates.md).
        recognizers: further recognisers (components, see docs/architecture.md), run after
            the dates and the context rules, before the tagger.
        model: run the shipped CRF tagger for names no gazetteer knows (docs/model.md).
            By default it runs with the default backend and not with stanza, whose NER
            takes its place, nor when ``recognizers`` has a tagger of its own (a component
            named ``model``).
        backend: ``"default"``, or ``"stanza"`` to add stanza's NER (the optional extra;
            see docs/stanza.md). stanza is imported only then, and never downloads.
        stanza_dir: a stanza resources folder or a folder of model files (stanza backend).
        stanza_models: explicit model paths and options for the stanza backend
            (``tokenize``, ``ner``, ``pretrain``, ``use_tokenizer``, ...).

    Raises:
        GazetteerError: a gazetteer file is invalid (nothing is loaded).
        BackendUnavailable: the stanza backend was asked for without stanza or models.
        ValueError: an unknown backend, stanza options without the stanza backend,
            ``components`` together with a shortcut, two components of one name, or a
            component that reads a layer no earlier component adds.
    """

    _default: ClassVar[Pipeline | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        *,
        components: Sequence[Component] | None = None,
        gazetteers: Iterable[GazetteerSource] = (),
        default_gazetteer: bool = True,
        dates: KindsSpec = True,
        recognizers: Iterable[Component] = (),
        model: bool | None = None,
        backend: str = "default",
        stanza_dir: str | Path | None = None,
        stanza_models: Mapping[str, Any] | None = None,
    ) -> None:
        shortcuts: dict[str, Any] = {
            "gazetteers": gazetteers,
            "default_gazetteer": default_gazetteer,
            "dates": dates,
            "recognizers": recognizers,
            "model": model,
            "backend": backend,
            "stanza_dir": stanza_dir,
            "stanza_models": stanza_models,
        }
        if components is None:
            components = self.default_components(**shortcuts)
        else:
            given = [k for k, v in shortcuts.items() if v != _SHORTCUT_DEFAULTS[k]]
            if given:
                raise ValueError(
                    f"components= replaces the keyword shortcuts; drop {', '.join(given)}"
                )
        listed = list(components)
        for c in listed:
            if not isinstance(c, Component):
                raise TypeError(
                    f"{c!r} is not a component: it needs name, reads, adds and __call__(doc)"
                )
        if not any(c.adds == ENTITIES for c in listed):
            listed.append(Resolver())
        _check_order(listed)
        self.components: list[Component] = listed

    @staticmethod
    def default_components(
        *,
        gazetteers: Iterable[GazetteerSource] = (),
        default_gazetteer: bool = True,
        dates: KindsSpec = True,
        recognizers: Iterable[Component] = (),
        model: bool | None = None,
        backend: str = "default",
        stanza_dir: str | Path | None = None,
        stanza_models: Mapping[str, Any] | None = None,
    ) -> list[Component]:
        """The components the keyword shortcuts stand for (see :class:`Pipeline`)."""
        if backend not in ("default", "stanza"):
            raise ValueError(f"unknown backend {backend!r}: use 'default' or 'stanza'")
        if backend != "stanza" and (stanza_dir is not None or stanza_models):
            raise ValueError("stanza_dir and stanza_models need backend='stanza'")
        if isinstance(gazetteers, str | Path | GazetteerEntry | Gazetteer):
            gazetteers = [gazetteers]
        sources = list(gazetteers)
        loaded: list[Gazetteer] = []
        if default_gazetteer:
            loaded.append(shipped_gazetteer())
        user = _user_gazetteer(sources)
        if user is not None:
            loaded.append(user)
        loaded.extend(s for s in sources if isinstance(s, Gazetteer))
        components: list[Component] = [GazetteerRecogniser(loaded)]
        kinds = date_kinds(dates)
        if kinds:
            components.append(DateRecogniser(kinds))
        components.append(ContextRecogniser(loaded))
        components.extend(_as_component(r) for r in recognizers)
        # A tagger of the user's own (``recognizers=[CrfTagger(...)]``) replaces the shipped
        # one unless the shipped one is asked for too.
        own_tagger = any(c.name == "model" for c in components)
        if model if model is not None else backend == "default" and not own_tagger:
            from urdu_entities.recognisers.tagger import default_tagger

            tagger = default_tagger(shipped_gazetteer() if default_gazetteer else None)
            if tagger is not None:
                components.append(tagger)
        if backend == "stanza":
            from urdu_entities.backends import StanzaRecognizer  # imports stanza only now

            components.append(StanzaRecognizer.from_options(stanza_dir, stanza_models))
        return components

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

    @property
    def gazetteers(self) -> list[Gazetteer]:
        """The gazetteers of the pipeline's gazetteer recognisers, in order."""
        return [
            g for c in self.components if isinstance(c, GazetteerRecogniser) for g in c.gazetteers
        ]

    def component(self, name: str) -> Component:
        """The component called ``name``.

        Raises:
            KeyError: there is none.
        """
        for c in self.components:
            if c.name == name:
                return c
        names = ", ".join(c.name for c in self.components)
        raise KeyError(f"no component {name!r} (components: {names})")

    def run(self, text: str, *, reference_date: dt.date | None = None) -> Document:
        """The document after every component has run: each recogniser's candidates in
        ``doc.layers``, the chosen ones in ``doc.entities``.

        Raises:
            TypeError: ``text`` is not a ``str`` or ``reference_date`` is not a date.
        """
        if not isinstance(text, str):
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
                text, bytes | bytearray) else ""
            raise TypeError(f"extract() needs text as str, not {type(text).__name__}{hint}")
        return self._run(text, _as_date(reference_date), None)

    def _run(self, text: str, reference_date: dt.date | None, carried: Carried | None) -> Document:
        with _paused_gc():
            doc = Document.from_text(text, reference_date)
            doc.carried = carried
            if text.strip():
                for component in self.components:
                    component(doc)
        return doc

    def extract(self, text: str, *, reference_date: dt.date | None = None) -> list[Entity]:
        """Entities in ``text``, sorted by position, non-overlapping.

        A text longer than :data:`~urdu_entities.text.windows.WINDOW_CHARS` is processed in
        windows cut after sentence ends at line breaks, so memory stays flat however long
        the text; see :mod:`urdu_entities.text.windows` for what carries across windows.

        Raises:
            TypeError: ``text`` is not a ``str`` or ``reference_date`` is not a date.
        """
        size = text_windows.WINDOW_CHARS
        if not isinstance(text, str) or len(text) <= size:
            doc = self.run(text, reference_date=reference_date)
            with _paused_gc():
                return [_entity(doc, c) for c in doc.entities or ()]
        date = _as_date(reference_date)
        carried = Carried()
        found: list[Entity] = []
        with _paused_gc():
            for start, end in text_windows.windows(text, size):
                doc = self._run(text[start:end], date, carried)
                found.extend(_entity(doc, c, start) for c in doc.entities or ())
        return found

    def extract_stream(
        self, pieces: Iterable[str], *, reference_date: dt.date | None = None
    ) -> Iterator[Entity]:
        """Entities of the text that ``pieces`` join into (for example the chunks or lines
        of a file), yielded window by window as the text is read: the same entities, with
        the same offsets into the joined text, as :meth:`extract` gives on it, in memory
        that does not grow with the text (docs/usage.md#long-texts).

        Raises:
            TypeError: a piece is not a ``str`` or ``reference_date`` is not a date.
        """
        date = _as_date(reference_date)
        carried = Carried()
        for offset, window in text_windows.stream_windows(_checked(pieces),
                                                          text_windows.WINDOW_CHARS):
            with _paused_gc():
                doc = self._run(window, date, carried)
                found = [_entity(doc, c, offset) for c in doc.entities or ()]
            yield from found

    def __repr__(self) -> str:
        return f"Pipeline(components=[{', '.join(c.name for c in self.components)}])"

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


class _FindOnly:
    """A recogniser written before components had names: an object with only
    ``find(doc) -> list[Candidate]``. Its layer is named after its class."""

    reads = ("tokens",)

    def __init__(self, recogniser: Any) -> None:
        self.recogniser = recogniser
        self.name = type(recogniser).__name__
        self.adds = self.name

    def __call__(self, doc: Document) -> None:
        doc.layers[self.adds] = list(self.recogniser.find(doc))

    def __repr__(self) -> str:
        return repr(self.recogniser)


def _as_component(recogniser: Any) -> Component:
    if isinstance(recogniser, Component):
        return recogniser
    if callable(getattr(recogniser, "find", None)):
        return _FindOnly(recogniser)
    raise TypeError(
        f"{recogniser!r} is not a recogniser: subclass urdu_entities.recognisers.base."
        "Recogniser (name, reads, find)"
    )


def _checked(pieces: Iterable[str]) -> Iterator[str]:
    if isinstance(pieces, str):
        raise TypeError("extract_stream() takes an iterable of str pieces, not one str: "
                        "use extract() for one text, or pass [text]")
    for i, piece in enumerate(pieces):
        if not isinstance(piece, str):
            raise TypeError(f"extract_stream() piece {i} is a {type(piece).__name__}, not str")
        yield piece


@contextmanager
def _paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while one document (or window) is processed.

    The stages build many short-lived containers (tokens, candidates, feature lists) and
    no reference cycles; each collection pass would also walk everything long-lived (the
    gazetteer's tables, earlier results), which made extraction some 40% slower on long
    texts. The collector is switched back on afterwards only if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_order(components: Sequence[Component]) -> None:
    """Names are unique and every layer a component reads is there when it runs."""
    available = set(BASE_LAYERS)
    recognisers_so_far = False
    seen: set[str] = set()
    for c in components:
        if c.name in seen:
            raise ValueError(f"two components are called {c.name!r}")
        seen.add(c.name)
        for layer in c.reads:
            if layer == ALL_CANDIDATES:
                if not recognisers_so_far:
                    raise ValueError(f"{c.name} reads candidates, but no recogniser runs before it")
            elif layer not in available:
                raise ValueError(
                    f"{c.name} reads {layer!r}, which no component before it adds "
                    f"(available: {', '.join(sorted(available))})"
                )
        available.add(c.adds)
        recognisers_so_far = recognisers_so_far or c.adds != ENTITIES
    if components and components[-1].adds != ENTITIES:
        raise ValueError(f"{components[-1].name} runs after the resolver: put it before")


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


#: Every field is set on every entity: one set shared by all of them (a set each would more
#: than double an entity's memory).
_ENTITY_FIELDS = set(Entity.model_fields)


def _entity(doc: Document, c: Candidate, offset: int = 0) -> Entity:
    """The entity of a chosen candidate. Every field is valid by construction (a slice of
    the caller's string and its offsets, a :class:`Label`, strings, a confidence clipped
    to 1), so the model is built without validation; ``float`` is what validation would
    turn the confidence into."""
    start, end = doc.original_span(c.start, c.end)
    return Entity.model_construct(
        _ENTITY_FIELDS,
        text=doc.original[start:end],
        start=start + offset,
        end=end + offset,
        label=c.label,
        canonical=c.canonical,
        id=c.id,
        value=c.value,
        date_kind=c.date_kind,
        source=c.source,
        confidence=float(min(1.0, c.score)),
        resolved=c.resolved,
    )


def extract(text: str, *, reference_date: dt.date | None = None) -> list[Entity]:
    """Entities in ``text`` found by the default pipeline (see :meth:`Pipeline.extract`).

    >>> [(e.label.value, e.canonical) for e in extract("مسٹر پوتن ماسکو پہنچ گئے۔")]
    [('PER', 'Vladimir Putin'), ('LOC', 'Moscow')]
    """
    return Pipeline.default().extract(text, reference_date=reference_date)
