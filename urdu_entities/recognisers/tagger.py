"""A learned recogniser for people, places and organisations that no gazetteer lists.

A linear-chain CRF (python-crfsuite) over the features of :mod:`urdu_entities.features`,
tagging BIO labels sentence by sentence. The trained model ships with the library in
``data/models/`` (see ``docs/model.md``); no download, no GPU, no torch.

>>> tagger = default_tagger()                                  # doctest: +SKIP
>>> Pipeline(recognizers=[tagger]).extract(text)               # doctest: +SKIP
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from urdu_entities._data import model_dir
from urdu_entities.gazetteer import prebuilt
from urdu_entities.gazetteer.index import Gazetteer
from urdu_entities.gazetteer.shipped import shipped_gazetteer
from urdu_entities.lang.postpositions import LIST_SEPARATORS
from urdu_entities.models import Label
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.recognisers.gazetteer import GazetteerRecogniser
from urdu_entities.recognisers.tagger_features import (
    FEATURES_VERSION,
    gazetteer_tags,
    membership_tags,
    sentence_features,
)
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.edges import trim

#: ``Candidate.source`` of the tagger's proposals.
SOURCE = "model"
#: The layer whose matches give the membership features.
GAZETTEER_LAYER = GazetteerRecogniser.name
#: Model file name in ``data/models/``; its metadata sits beside it as ``.json``.
MODEL_NAME = "ner.crfsuite"
#: Marginal probabilities are scaled by this, so a gazetteer exact match (score 1.0) wins
#: a tie with the most confident model span.
SCORE_SCALE = 0.9
#: Spans whose mean marginal probability is below this are dropped (overridden by the
#: model's metadata ``min_confidence``).
DEFAULT_MIN_CONFIDENCE = 0.5

_LABELS = {"PER": Label.PER, "LOC": Label.LOC, "ORG": Label.ORG}
#: Tokens a tagger tags (all documents together) before it reads its model's feature list
#: (~0.1 s) and from then on hands crfsuite only the features the model knows, encoded
#: (see :func:`~urdu_entities.recognisers.tagger_features.sentence_features`).
VOCABULARY_AFTER_TOKENS = 20_000


@dataclass(frozen=True, slots=True)
class Span:
    """A tagged span: token range ``[start, end)`` within the document, label, confidence."""

    start: int
    end: int
    label: str
    confidence: float


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` of a BIO tag sequence; a stray ``I-X`` starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if kind == "I" and lab == label and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if kind in ("B", "I"):
            start, label = i, lab
    return spans


class CrfTagger(Recogniser):
    """Proposes PER/LOC/ORG candidates with a CRF model.

    As a pipeline component it reads the ``gazetteer`` layer for its membership features.

    Args:
        model_path: a ``.crfsuite`` file written by ``scripts/train_tagger.py``.
        gazetteer: the gazetteer whose matches feed the membership features — the one the
            model was trained with (the shipped gazetteer) for the features to mean the same.
            ``None`` leaves the features out.
        min_confidence: drop spans whose mean marginal probability is lower; default from the
            model's metadata (``min_confidence``, and ``min_confidence_by_label`` where the
            dev sets chose a threshold per label; an explicit value applies to every label).
        labels: the labels to propose (``PER``, ``LOC``, ``ORG``); default from the model's
            metadata (``propose``), else all three.

    ``find`` is thread-safe: each thread opens its own handle on the model file.
    """

    name = SOURCE
    reads = ("tokens", GAZETTEER_LAYER)

    def __init__(
        self,
        model_path: str | Path,
        gazetteer: Gazetteer | None = None,
        *,
        min_confidence: float | None = None,
        labels: Sequence[str] | None = None,
    ) -> None:
        self.model_path = Path(model_path)
        if not self.model_path.is_file():
            raise FileNotFoundError(f"{self.model_path}: no such model file")
        self.meta = _read_meta(self.model_path)
        version = self.meta.get("features_version", FEATURES_VERSION)
        if version != FEATURES_VERSION:
            raise ValueError(
                f"{self.model_path} was trained with features version {version}, this library "
                f"computes version {FEATURES_VERSION}: retrain it (scripts/train_tagger.py)"
            )
        self._gazetteer = gazetteer
        self._load_gazetteer: Callable[[], Gazetteer] | None = None
        explicit = min_confidence
        if min_confidence is None:
            stored = self.meta.get("min_confidence", DEFAULT_MIN_CONFIDENCE)
            min_confidence = float(stored) if isinstance(stored, int | float | str) else (
                DEFAULT_MIN_CONFIDENCE
            )
        self.min_confidence = min_confidence
        #: per-label thresholds (metadata ``min_confidence_by_label``); a label not listed
        #: uses :attr:`min_confidence`
        by_label = self.meta.get("min_confidence_by_label")
        self.min_confidence_by_label: dict[str, float] = (
            {str(k): float(v) for k, v in by_label.items()}
            if isinstance(by_label, dict) and explicit is None else {}
        )
        if labels is None:
            meta_labels = self.meta.get("propose")
            labels = meta_labels if isinstance(meta_labels, list) else list(_LABELS)
        unknown = [lab for lab in labels if lab not in _LABELS]
        if unknown:
            raise ValueError(f"labels {unknown} are not among {', '.join(_LABELS)}")
        self.propose = frozenset(labels)
        self._local = threading.local()
        self._vocabulary: dict[str, bytes] | None = None
        self._tokens_tagged = 0
        #: where the model's feature list may be had without reading the model (the shipped
        #: index, for the shipped model: :func:`default_tagger`)
        self._listed_features: Callable[[], object] | None = None
        self._handle()  # fail now, not on first use, if the file is not a model

    @classmethod
    def load(
        cls,
        path: str | Path,
        gazetteer: Gazetteer | None = None,
        *,
        min_confidence: float | None = None,
        labels: Sequence[str] | None = None,
    ) -> CrfTagger:
        """Open a model file (see the constructor)."""
        return cls(path, gazetteer, min_confidence=min_confidence, labels=labels)

    def _handle(self) -> pycrfsuite.Tagger:
        tagger: pycrfsuite.Tagger | None = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(self.model_path))
            except (OSError, ValueError) as exc:
                raise ValueError(f"{self.model_path}: not a CRFsuite model ({exc})") from None
            self._local.tagger = tagger
        return tagger

    @property
    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer :meth:`find` runs for the membership features (loaded on first use
        for :func:`default_tagger`)."""
        if self._gazetteer is None and self._load_gazetteer is not None:
            self._gazetteer = self._load_gazetteer()
        return self._gazetteer

    @property
    def labels(self) -> list[str]:
        return list(self._handle().labels())

    # ------------------------------------------------------------------ tagging
    def vocabulary(self, tokens: int = 0) -> dict[str, bytes] | None:
        """The model's features → their UTF-8 bytes, once :data:`VOCABULARY_AFTER_TOKENS`
        tokens have been tagged (counting ``tokens`` more), or at once when the shipped index
        lists them; ``None`` before. Either way the tags and their probabilities are the
        same: crfsuite skips unknown features."""
        if self._vocabulary is None:
            if self._listed_features is not None:
                listed, self._listed_features = self._listed_features(), None
                if isinstance(listed, list):
                    self._vocabulary = {f: f.encode("utf-8") for f in listed}
                    return self._vocabulary
            self._tokens_tagged += tokens
            if self._tokens_tagged >= VOCABULARY_AFTER_TOKENS:
                self._vocabulary = {f: f.encode("utf-8") for f in self.features()}
        return self._vocabulary

    def features(self) -> list[str]:
        """The attributes of the model's state features, each once, read from the model."""
        return list(dict.fromkeys(f for f, _ in self._handle().info().state_features))

    def tag(self, doc: Document) -> list[str]:
        """The BIO tag of every token of ``doc``."""
        tagger = self._handle()
        gaz = gazetteer_tags(doc, self.gazetteer)
        vocabulary = self.vocabulary(len(doc.tokens))
        out: list[str] = []
        for sentence in doc.sentences:
            out.extend(tagger.tag(sentence_features(doc, sentence, gaz, vocabulary)))
        return out

    def spans(self, doc: Document, known: Iterable[Candidate] | None = None) -> list[Span]:
        """Tagged spans with their confidence (mean marginal probability of their tags),
        before trimming and thresholding. ``known``: gazetteer matches already found in
        ``doc``; ``None`` finds them with :attr:`gazetteer`."""
        tagger = self._handle()
        gaz = (
            gazetteer_tags(doc, self.gazetteer) if known is None else membership_tags(doc, known)
        )
        vocabulary = self.vocabulary(len(doc.tokens))
        found: list[Span] = []
        for sentence in doc.sentences:
            xseq = sentence_features(doc, sentence, gaz, vocabulary)
            tags = tagger.tag(xseq)
            if tags.count("O") == len(tags):
                continue  # no span: the common case, without a Python pass over the tags
            for start, end, label in bio_spans(tags):
                if label not in _LABELS:
                    continue
                total = sum(tagger.marginal(tags[t], t) for t in range(start, end))
                found.append(
                    Span(
                        sentence.start + start,
                        sentence.start + end,
                        label,
                        total / (end - start),
                    )
                )
        return found

    def find(self, doc: Document) -> list[Candidate]:
        """PER/LOC/ORG candidates: ``source="model"``, no canonical name (the resolver
        gives one), ``resolved=False``, score = confidence x :data:`SCORE_SCALE`.

        The membership features come from the document's ``gazetteer`` layer; a document
        without one (the tagger used on its own) is matched with :attr:`gazetteer`."""
        known = doc.layers.get(GAZETTEER_LAYER)
        candidates = []
        for span in self.spans(doc, known):
            threshold = self.min_confidence_by_label.get(span.label, self.min_confidence)
            if span.confidence < threshold or span.label not in self.propose:
                continue
            for piece in _pieces(doc, span):
                trimmed = trim(doc, *piece, _LABELS[span.label])
                if trimmed is None:
                    continue
                start, end = trimmed
                candidates.append(
                    Candidate(
                        start=doc.tokens[start].start,
                        end=doc.tokens[end - 1].end,
                        tok_start=start,
                        tok_end=end,
                        label=_LABELS[span.label],
                        source=SOURCE,
                        score=span.confidence * SCORE_SCALE,
                        canonical=None,
                        id=None,
                        resolved=False,
                    )
                )
        return candidates


def _pieces(doc: Document, span: Span) -> list[tuple[int, int]]:
    """A person or place span split at list separators (``شمالی ارکٹ ، ویلور``): names of
    people and places do not contain them; organisation names may
    (``وزارت سائنس و ٹکنالوجی``)."""
    if span.label == "ORG":
        return [(span.start, span.end)]
    pieces = []
    start = span.start
    for k in range(span.start, span.end):
        if doc.tokens[k].text in LIST_SEPARATORS:
            pieces.append((start, k))
            start = k + 1
    pieces.append((start, span.end))
    return [(a, b) for a, b in pieces if b > a]


def _read_meta(model_path: Path) -> dict[str, object]:
    meta_path = model_path.with_suffix(".json")
    if not meta_path.is_file():
        return {}
    loaded = json.loads(meta_path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def default_model_path() -> Path:
    """Where the shipped model lives (``urdu_entities/_data/models/ner.crfsuite`` in a wheel)."""
    return model_dir() / MODEL_NAME


def default_tagger(gazetteer: Gazetteer | None = None) -> CrfTagger | None:
    """The shipped model, or ``None`` when the library was built without one.

    Args:
        gazetteer: the shipped gazetteer, to share it with the pipeline; when not given,
            :meth:`CrfTagger.find` loads it from the packaged files on first use
            in a pipeline, whose ``gazetteer`` layer it reads, it never needs it).
    """
    path = default_model_path()
    if not path.is_file():
        return None
    tagger = CrfTagger(path, gazetteer)
    tagger._listed_features = lambda: prebuilt.section("tagger_features")
    if gazetteer is None:
        tagger._load_gazetteer = shipped_gazetteer
    return tagger

