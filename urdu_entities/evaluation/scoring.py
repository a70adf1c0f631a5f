"""Scoring predictions against gold documents.

*Strict*: a prediction is correct when a gold entity has the same start, end and label.
*Lenient*: a prediction is correct when it overlaps a gold entity of the same label; gold and
predicted entities are paired one to one (a maximum matching, exact pairs first), so precision
and recall count the same true positives and a prediction cannot be credited twice.

Per label, precision = tp / predicted and recall = tp / gold (0 when the denominator is 0).
*Micro* scores add the counts of all labels; *macro* scores average the per-label precision,
recall and F1 over the labels that occur in the gold or in the predictions.

Canonical accuracy is measured over strict matches whose gold entity has a ``canonical``;
value accuracy over strict DATE matches whose gold entity has a ``value``.

*By date kind* (``date_kinds=``): only predicted dates of those kinds (``Entity.date_kind``)
are scored, and a gold date that overlaps a predicted date of another kind and none of the
scored ones is left out, since the system reads it as a kind that is not being scored
(:func:`date_scope`). The report counts, per kind, the predicted dates and how many match.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, computed_field

from .gold import LABELS, GoldDocument


class SpanLike(Protocol):
    """Anything with ``start``, ``end`` and ``label``, e.g. :class:`urdu_entities.Entity`.
    ``canonical`` and ``value`` are read when present."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def label(self) -> Any: ...


Predictions = Sequence[Sequence[SpanLike]] | Mapping[str, Sequence[SpanLike]]


class _Span:
    __slots__ = ("canonical", "end", "kind", "label", "start", "value")

    def __init__(
        self,
        start: int,
        end: int,
        label: str,
        canonical: str | None,
        value: str | None,
        kind: str | None = None,
    ):
        self.start = start
        self.end = end
        self.label = label
        self.canonical = canonical
        self.value = value
        self.kind = kind

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def overlaps(self, other: _Span) -> bool:
        return self.start < other.end and other.start < self.end


def _label_str(label: Any) -> str:
    value = getattr(label, "value", label)
    return str(value)


def _as_span(obj: SpanLike) -> _Span:
    kind = getattr(obj, "date_kind", None)
    return _Span(
        int(obj.start),
        int(obj.end),
        _label_str(obj.label),
        getattr(obj, "canonical", None),
        getattr(obj, "value", None),
        None if kind is None else _label_str(kind),
    )


def date_scope(
    gold: Sequence[SpanLike], scored: Sequence[SpanLike], other: Sequence[SpanLike]
) -> list[bool]:
    """For each gold span, whether it is scored when only some kinds of date are: not when
    it overlaps one of the ``other`` predicted dates (of kinds not scored) and none of the
    ``scored`` ones."""

    def overlaps(g: SpanLike, spans: Sequence[SpanLike]) -> bool:
        return any(p.start < g.end and g.start < p.end for p in spans)

    return [overlaps(g, scored) or not overlaps(g, other) for g in gold]


class Counts(BaseModel):
    """True positives, predictions and gold entities, with the derived scores."""

    model_config = ConfigDict(frozen=True)

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            tp=self.tp + other.tp,
            n_pred=self.n_pred + other.n_pred,
            n_gold=self.n_gold + other.n_gold,
        )


class Macro(BaseModel):
    """Unweighted means of per-label precision, recall and F1."""

    model_config = ConfigDict(frozen=True)

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    labels: tuple[str, ...] = ()


class LabelScores(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    strict: Counts
    lenient: Counts


class KindScores(BaseModel):
    """Predicted dates of one kind and how many of them match a gold date."""

    model_config = ConfigDict(frozen=True)

    kind: str
    predicted: int = 0
    strict: int = 0
    lenient: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.strict / self.predicted if self.predicted else 0.0


class Accuracy(BaseModel):
    model_config = ConfigDict(frozen=True)

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


ErrorKind = Literal["missed", "spurious", "boundary", "label", "canonical", "value"]


class ErrorItem(BaseModel):
    """One disagreement, with the text around it.

    ``missed``: a gold entity nothing predicted; ``spurious``: a prediction that touches no
    gold entity; ``boundary``: a prediction of the right label whose span differs from the
    gold; ``label``: a prediction overlapping a gold entity with another label; ``canonical``
    and ``value``: a strict match whose canonical name or date value differs from the gold.
    Fields named ``gold_*`` describe the gold side and ``pred_*`` the predicted side.
    """

    model_config = ConfigDict(frozen=True)

    kind: ErrorKind
    doc_id: str
    label: str
    start: int
    end: int
    text: str
    context: str
    gold_label: str | None = None
    gold_text: str | None = None
    gold_canonical: str | None = None
    gold_value: str | None = None
    pred_label: str | None = None
    pred_text: str | None = None
    pred_canonical: str | None = None
    pred_value: str | None = None


class Report(BaseModel):
    """Everything :func:`score` measures. ``meta`` holds what the caller adds (timing,
    system name, gold file)."""

    model_config = ConfigDict(frozen=True)

    labels: tuple[str, ...]
    n_documents: int
    n_characters: int
    per_label: dict[str, LabelScores]
    strict_micro: Counts
    lenient_micro: Counts
    strict_macro: Macro
    lenient_macro: Macro
    canonical: Accuracy
    value: Accuracy
    errors: tuple[ErrorItem, ...] = ()
    lenient_errors: tuple[ErrorItem, ...] = ()
    date_kinds: tuple[str, ...] | None = None
    by_date_kind: dict[str, KindScores] = {}
    gold_out_of_scope: int = 0
    meta: dict[str, str | int | float | None] = {}

    def micro(self, lenient: bool = False) -> Counts:
        return self.lenient_micro if lenient else self.strict_micro

    def macro(self, lenient: bool = False) -> Macro:
        return self.lenient_macro if lenient else self.strict_macro

    def with_meta(self, **meta: str | int | float | None) -> Report:
        return self.model_copy(update={"meta": {**self.meta, **meta}})


def context_of(text: str, start: int, end: int, width: int = 40) -> str:
    """``left [span] right`` with at most ``width`` characters each side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    ellipsis_l = "…" if start - width > 0 else ""
    ellipsis_r = "…" if end + width < len(text) else ""
    out = f"{ellipsis_l}{left}[{text[start:end]}]{right}{ellipsis_r}"
    return " ".join(out.split())


class _OverlapIndex:
    """Indices of the spans overlapping a query span, without comparing against all of them."""

    def __init__(self, spans: Sequence[_Span]) -> None:
        self._order = sorted(range(len(spans)), key=lambda j: spans[j].start)
        self._starts = [spans[j].start for j in self._order]
        self._spans = spans
        self._longest = max((s.end - s.start for s in spans), default=0)

    def __call__(self, query: _Span) -> list[int]:
        lo = bisect_left(self._starts, query.start - self._longest)
        hi = bisect_left(self._starts, query.end)
        found = [j for j in self._order[lo:hi] if self._spans[j].overlaps(query)]
        return sorted(found)


def _max_matching(
    golds: list[_Span], preds: list[_Span], edges: list[list[int]], initial: dict[int, int]
) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn) gold index → pred index, starting from ``initial``."""
    match_pred: dict[int, int] = {p: g for g, p in initial.items()}
    match_gold: dict[int, int] = dict(initial)

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in match_pred or augment(match_pred[p], seen):
                match_pred[p] = g
                match_gold[g] = p
                return True
        return False

    for g in range(len(golds)):
        if g not in match_gold:
            augment(g, set())
    return match_gold


def _error(
    kind: ErrorKind,
    doc: GoldDocument,
    anchor: _Span,
    g: _Span | None,
    p: _Span | None,
    width: int,
) -> ErrorItem:
    text = doc.text
    return ErrorItem(
        kind=kind,
        doc_id=doc.id,
        label=anchor.label,
        start=anchor.start,
        end=anchor.end,
        text=text[anchor.start : anchor.end],
        context=context_of(text, anchor.start, anchor.end, width),
        gold_label=g.label if g else None,
        gold_text=text[g.start : g.end] if g else None,
        gold_canonical=g.canonical if g else None,
        gold_value=g.value if g else None,
        pred_label=p.label if p else None,
        pred_text=text[p.start : p.end] if p else None,
        pred_canonical=p.canonical if p else None,
        pred_value=p.value if p else None,
    )


def _align(
    docs: Sequence[GoldDocument], predicted: Predictions
) -> list[tuple[GoldDocument, list[_Span]]]:
    if isinstance(predicted, Mapping):
        known = {d.id for d in docs}
        unknown = [k for k in predicted if k not in known]
        if unknown:
            raise ValueError(f"predictions for unknown document ids: {unknown[:5]}")
        pairs = [(d, [_as_span(p) for p in predicted.get(d.id, ())]) for d in docs]
    else:
        if len(predicted) != len(docs):
            raise ValueError(f"{len(predicted)} prediction lists for {len(docs)} gold documents")
        pairs = [
            (d, [_as_span(p) for p in preds]) for d, preds in zip(docs, predicted, strict=True)
        ]
    for doc, spans in pairs:
        for s in spans:
            if not 0 <= s.start < s.end <= len(doc.text):
                raise ValueError(
                    f"document {doc.id!r}: predicted span [{s.start}:{s.end}] is not inside "
                    f"the text ({len(doc.text)} characters)"
                )
    return pairs


def score(
    gold_docs: Sequence[GoldDocument],
    predicted: Predictions,
    *,
    labels: Iterable[str] | None = None,
    context: int = 40,
    date_kinds: Collection[str] | None = None,
) -> Report:
    """Score ``predicted`` against ``gold_docs``.

    ``predicted`` is either one sequence of entities per gold document, in the same order, or
    a mapping from document id to entities (a missing id means no predictions). Entities may
    be :class:`urdu_entities.Entity`, :class:`~urdu_entities.evaluation.GoldEntity` or anything
    with ``start``/``end``/``label``. ``labels`` restricts scoring to those labels (both sides).
    ``date_kinds`` restricts the DATE scores to dates of those kinds (see the module notes).
    """
    wanted = tuple(labels) if labels is not None else LABELS
    bad = [lab for lab in wanted if lab not in LABELS]
    if bad:
        raise ValueError(f"unknown label(s) {bad}: expected some of {', '.join(LABELS)}")
    keep = set(wanted)

    strict: dict[str, Counter[str]] = {lab: Counter() for lab in wanted}
    lenient: dict[str, Counter[str]] = {lab: Counter() for lab in wanted}
    canon = Counter[str]()
    value = Counter[str]()
    errors: list[ErrorItem] = []
    lenient_errors: list[ErrorItem] = []
    n_chars = 0
    kinds = None if date_kinds is None else {_label_str(k) for k in date_kinds}
    by_kind: dict[str, Counter[str]] = {}
    out_of_scope = 0

    for doc, all_preds in _align(gold_docs, predicted):
        text = doc.text
        n_chars += len(text)
        golds = [
            _Span(g.start, g.end, g.label, g.canonical, g.value)
            for g in doc.entities
            if g.label in keep
        ]
        if kinds is not None:
            dates = [p for p in all_preds if p.label == "DATE"]
            unscored = [p for p in dates if p.kind not in kinds]
            all_preds = [p for p in all_preds if p.label != "DATE" or p.kind in kinds]
            gold_dates = [g for g in golds if g.label == "DATE"]
            scope = dict(
                zip(
                    map(id, gold_dates),
                    date_scope(gold_dates, [p for p in dates if p.kind in kinds], unscored),
                    strict=True,
                )
            )
            out_of_scope += sum(1 for v in scope.values() if not v)
            golds = [g for g in golds if scope.get(id(g), True)]
        preds = [p for p in all_preds if p.label in keep]
        others = [p for p in all_preds if p.label not in keep and p.label in LABELS]

        # Strict: exact (start, end, label), one to one.
        pred_by_key: dict[tuple[int, int, str], list[int]] = {}
        for j, p in enumerate(preds):
            pred_by_key.setdefault(p.key, []).append(j)
        exact: dict[int, int] = {}
        for i, g in enumerate(golds):
            bucket = pred_by_key.get(g.key)
            if bucket:
                exact[i] = bucket.pop(0)
        for lab in wanted:
            strict[lab]["gold"] += sum(1 for g in golds if g.label == lab)
            strict[lab]["pred"] += sum(1 for p in preds if p.label == lab)
            lenient[lab]["gold"] += sum(1 for g in golds if g.label == lab)
            lenient[lab]["pred"] += sum(1 for p in preds if p.label == lab)
        for i, j in exact.items():
            g, p = golds[i], preds[j]
            strict[g.label]["tp"] += 1
            if g.canonical is not None:
                canon["total"] += 1
                if (p.canonical or "").strip() == g.canonical.strip():
                    canon["correct"] += 1
                else:
                    errors.append(_error("canonical", doc, g, g, p, context))
            if g.label == "DATE" and g.value is not None:
                value["total"] += 1
                if (p.value or "").strip() == g.value.strip():
                    value["correct"] += 1
                else:
                    errors.append(_error("value", doc, g, g, p, context))

        # Lenient: overlap with the same label, maximum one-to-one matching.
        cands = preds + others  # predictions of other labels only explain label errors
        overlapping = _OverlapIndex(cands)
        edges = [
            [j for j in overlapping(g) if j < len(preds) and preds[j].label == g.label]
            for g in golds
        ]
        matched = _max_matching(golds, preds, edges, exact)
        for i in matched:
            lenient[golds[i].label]["tp"] += 1
        strict_preds = set(exact.values())
        lenient_preds = set(matched.values())
        for j, p in enumerate(preds):
            if p.label == "DATE" and p.kind is not None:
                row = by_kind.setdefault(p.kind, Counter())
                row["predicted"] += 1
                row["strict"] += j in strict_preds
                row["lenient"] += j in lenient_preds

        # Strict error list.
        explained: set[int] = set(exact.values())
        for i, g in enumerate(golds):
            if i in exact:
                continue
            partner = next((j for j in edges[i] if j not in explained), None)
            kind: ErrorKind = "boundary"
            if partner is None:
                kind = "label"
                partner = next(
                    (j for j in overlapping(g) if j not in explained and cands[j].label != g.label),
                    None,
                )
            if partner is None:
                errors.append(_error("missed", doc, g, g, None, context))
            else:
                explained.add(partner)
                errors.append(_error(kind, doc, g, g, cands[partner], context))
        for j, p in enumerate(preds):
            if j not in explained:
                errors.append(_error("spurious", doc, p, None, p, context))

        # Lenient error list.
        used = set(matched.values())
        for i, g in enumerate(golds):
            if i not in matched:
                lenient_errors.append(_error("missed", doc, g, g, None, context))
        for j, p in enumerate(preds):
            if j not in used:
                lenient_errors.append(_error("spurious", doc, p, None, p, context))

    def counts(c: Counter[str]) -> Counts:
        return Counts(tp=c["tp"], n_pred=c["pred"], n_gold=c["gold"])

    per_label = {
        lab: LabelScores(label=lab, strict=counts(strict[lab]), lenient=counts(lenient[lab]))
        for lab in wanted
    }

    def micro(which: Literal["strict", "lenient"]) -> Counts:
        total = Counts()
        for s in per_label.values():
            total = total + getattr(s, which)
        return total

    def macro(which: Literal["strict", "lenient"]) -> Macro:
        rows = [getattr(s, which) for s in per_label.values()]
        used_labels = tuple(
            s.label for s, c in zip(per_label.values(), rows, strict=True) if c.n_gold or c.n_pred
        )
        active = [c for c in rows if c.n_gold or c.n_pred]
        if not active:
            return Macro()
        n = len(active)
        return Macro(
            precision=sum(c.precision for c in active) / n,
            recall=sum(c.recall for c in active) / n,
            f1=sum(c.f1 for c in active) / n,
            labels=used_labels,
        )

    order = {d.id: k for k, d in enumerate(gold_docs)}

    def ordered(items: list[ErrorItem]) -> tuple[ErrorItem, ...]:
        return tuple(sorted(items, key=lambda e: (order[e.doc_id], e.start, e.end)))

    return Report(
        labels=wanted,
        n_documents=len(gold_docs),
        n_characters=n_chars,
        per_label=per_label,
        strict_micro=micro("strict"),
        lenient_micro=micro("lenient"),
        strict_macro=macro("strict"),
        lenient_macro=macro("lenient"),
        canonical=Accuracy(correct=canon["correct"], total=canon["total"]),
        value=Accuracy(correct=value["correct"], total=value["total"]),
        errors=ordered(errors),
        lenient_errors=ordered(lenient_errors),
        date_kinds=None if kinds is None else tuple(sorted(kinds)),
        by_date_kind={
            k: KindScores(
                kind=k, predicted=c["predicted"], strict=c["strict"], lenient=c["lenient"]
            )
            for k, c in sorted(by_kind.items())
        },
        gold_out_of_scope=out_of_scope,
    )
