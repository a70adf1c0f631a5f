"""The ``urdu_entities`` spaCy component (spaCy is the optional ``spacy`` extra).

``nlp.add_pipe("urdu_entities")`` finds the factory through the ``spacy_factories`` entry
point, so nothing needs importing first. The component runs the library's pipeline on
``doc.text`` and writes:

- ``doc.ents``: one span per entity, label ``PER``/``LOC``/``ORG``/``DATE``, ``kb_id_`` the
  Wikidata id when known, else the canonical English name;
- ``span._.canonical``, ``span._.value``, ``span._.source``, ``span._.confidence``,
  ``span._.resolved`` on those spans;
- ``doc._.urdu_entities``: every entity as a dict (``Entity.model_dump(mode="json")``),
  including any that could not be put in ``doc.ents``.

Alignment rule. Our offsets are characters of the text; spaCy's spans are whole tokens, and
its Urdu tokenizer does not split a word glued to a name (``فورمحکام``). With
``alignment="split"`` (the default) a token that an entity boundary falls inside is split at
that boundary (``doc.text`` is unchanged; only token boundaries are added), so every entity
becomes exactly its span. With ``"expand"`` or ``"contract"`` tokens are left alone and
spaCy's ``Doc.char_span`` rule of that name is used: ``expand`` takes in the whole tokens
(the span's text is then longer than the entity's), ``contract`` keeps only the tokens inside
it and leaves the entity out of ``doc.ents`` when none is. Entities left out are still in
``doc._.urdu_entities``.

Existing ``doc.ents`` (from an earlier component) are kept where they do not overlap ours;
where they do, ours win (``overwrite=True``) or theirs do (``overwrite=False``).
"""

# No ``from __future__ import annotations`` here: spaCy reads the factory's annotations at
# run time to validate its config.

import datetime as dt
from itertools import pairwise
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from urdu_entities.integrations.html import COLOURS
from urdu_entities.models import Entity
from urdu_entities.pipeline import Pipeline

Alignment = Literal["split", "expand", "contract"]

_SPAN_ATTRS = ("canonical", "value", "source", "confidence", "resolved")

for _attr in _SPAN_ATTRS:
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)
if not Doc.has_extension("urdu_entities"):
    Doc.set_extension("urdu_entities", default=None)

#: displaCy options: our colours for our labels, e.g.
#: ``displacy.render(doc, style="ent", options=DISPLACY_OPTIONS)``.
DISPLACY_OPTIONS: dict[str, Any] = {
    "ents": list(COLOURS),
    "colors": {label: bg for label, (bg, _) in COLOURS.items()},
}


class UrduEntities:
    """The component: ``doc -> doc`` with entities set (see the module docstring)."""

    def __init__(
        self,
        name: str = "urdu_entities",
        *,
        gazetteers: tuple[str, ...] = (),
        default_gazetteer: bool = True,
        dates: bool = True,
        model: bool = True,
        reference_date: str | None = None,
        alignment: str = "split",
        overwrite: bool = True,
    ) -> None:
        if alignment not in ("split", "expand", "contract"):
            raise ValueError(
                f"alignment must be 'split', 'expand' or 'contract', not {alignment!r}"
            )
        self.name = name
        self.config: dict[str, Any] = {
            "gazetteers": list(gazetteers), "default_gazetteer": default_gazetteer,
            "dates": dates, "model": model, "reference_date": reference_date,
            "alignment": alignment, "overwrite": overwrite,
        }
        self.alignment = alignment
        self.overwrite = overwrite
        self.reference_date = dt.date.fromisoformat(reference_date) if reference_date else None
        if not gazetteers and default_gazetteer and dates and model:
            self.pipeline = Pipeline.default()
        else:
            self.pipeline = Pipeline(gazetteers=list(gazetteers),
                                     default_gazetteer=default_gazetteer, dates=dates,
                                     model=model)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its configuration (a pipeline holds locks): spaCy's spawn workers.
        return (_rebuild, (self.name, self.config))

    def __call__(self, doc: Doc) -> Doc:
        entities = self.pipeline.extract(doc.text, reference_date=self.reference_date)
        return set_entities(doc, entities, alignment=self.alignment, overwrite=self.overwrite)


def _rebuild(name: str, config: dict[str, Any]) -> UrduEntities:
    options = dict(config)
    options["gazetteers"] = tuple(options["gazetteers"])
    return UrduEntities(name, **options)


@Language.factory(
    "urdu_entities",
    default_config={
        "gazetteers": [], "default_gazetteer": True, "dates": True, "model": True,
        "reference_date": None, "alignment": "split", "overwrite": True,
    },
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "span._.canonical",
             "span._.value", "span._.source", "doc._.urdu_entities"],
)
def make_component(
    nlp: Language,
    name: str,
    gazetteers: list[str],
    default_gazetteer: bool,
    dates: bool,
    model: bool,
    reference_date: str | None,
    alignment: str,
    overwrite: bool,
) -> UrduEntities:
    """The ``urdu_entities`` factory (the ``spacy_factories`` entry point points here)."""
    return UrduEntities(name, gazetteers=tuple(gazetteers), default_gazetteer=default_gazetteer,
                        dates=dates, model=model, reference_date=reference_date,
                        alignment=alignment, overwrite=overwrite)


def _split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that one of ``boundaries`` (character offsets) falls inside."""
    cuts: list[tuple[Token, list[int]]] = []
    for token in doc:
        inside = sorted(b - token.idx for b in boundaries
                        if token.idx < b < token.idx + len(token.text))
        if inside:
            cuts.append((token, inside))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for token, points in cuts:
            edges = [0, *points, len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(edges)]
            # The pieces hang off the first one, which keeps the token's own head.
            heads: list[Token | tuple[Token, int]] = [(token, 0)] * len(orths)
            retokenizer.split(token, orths, heads=heads)


def _span(doc: Doc, e: Entity, alignment: str) -> Span | None:
    kb_id = e.id or e.canonical or ""
    mode = "strict" if alignment == "split" else alignment
    span = doc.char_span(e.start, e.end, label=e.label.value, kb_id=kb_id,
                         alignment_mode=mode)
    if span is None:
        return None
    span._.canonical = e.canonical
    span._.value = e.value
    span._.source = e.source
    span._.confidence = e.confidence
    span._.resolved = e.resolved
    return span


def set_entities(doc: Doc, entities: list[Entity], *, alignment: str = "split",
                 overwrite: bool = True) -> Doc:
    """Put ``entities`` (found in ``doc.text``) on ``doc`` by the alignment rule above."""
    if alignment == "split":
        _split_at(doc, {b for e in entities for b in (e.start, e.end)})
    ours = filter_spans([s for e in entities if (s := _span(doc, e, alignment)) is not None])
    theirs = list(doc.ents)
    taken = {i for s in ours for i in range(s.start, s.end)}
    kept = [s for s in theirs if not taken.intersection(range(s.start, s.end))]
    if not overwrite:
        theirs_taken = {i for s in theirs for i in range(s.start, s.end)}
        ours = [s for s in ours if not theirs_taken.intersection(range(s.start, s.end))]
        kept = theirs
    doc.ents = sorted([*kept, *ours], key=lambda s: s.start)
    doc._.urdu_entities = [e.model_dump(mode="json") for e in entities]
    return doc


__all__ = ["DISPLACY_OPTIONS", "UrduEntities", "make_component", "set_entities"]
