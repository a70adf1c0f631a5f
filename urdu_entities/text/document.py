"""The document every component works on: the caller's text, its normalised form and
tokens, and the layers components add to it (candidates by recogniser, then entities)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from urdu_entities.models import Label
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.normalize import NormalizedText, normalize
from urdu_entities.text.tokenize import (
    Sentence,
    Token,
    TokenKind,
    split_sentences,
    token_columns,
    tokens_of,
)

#: Layers every document has from the start; components may read them without declaring
#: a component that adds them.
BASE_LAYERS = ("text", "tokens", "sentences")


@dataclass(slots=True)
class Carried:
    """What the resolver knows from the text before this document, when a long text is
    processed in windows (:mod:`urdu_entities.text.windows`): the entities named there
    unambiguously (``(label, canonical)``), how many unambiguous gazetteer matches of each
    label it had, the full names that short mentions may link to (word → the full
    name's candidate, and whether a title must precede the word), and the names found
    with confidence that are spread to their later mentions (words → candidate).

    Not carried backwards: the count of unambiguous names *after* a window (the whole-text
    resolver counts the whole text when deciding whether an ambiguous place or
    organisation is supported by the names around it), and a name first found with
    confidence in a later window, which the whole-text resolver spreads to its earlier
    mentions too. Not carried at all: the date grammar's last explicit year, which an
    anaphoric year (``اسی سال``) takes.
    """

    sure_entities: set[tuple[str, str]] = field(default_factory=set)
    sure_labels: Counter[Label] = field(default_factory=Counter)
    aliases: dict[str, tuple[Candidate, bool]] = field(default_factory=dict)
    names: dict[tuple[str, ...], Candidate] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """The shared document.

    ``text``/``tokens``/``sentences`` are the normalised text and its tokens (offsets into the
    normalised text; :meth:`original_span` maps them back). ``layers`` holds each
    recogniser's candidates under the recogniser's name, in pipeline order; ``entities`` the
    resolver's choice. ``reference_date`` is the date relative expressions are resolved
    against (``None``: keep them symbolic).
    """

    norm: NormalizedText
    tokens: list[Token]
    sentences: list[Sentence]
    reference_date: dt.date | None = None
    layers: dict[str, list[Candidate]] = field(default_factory=dict)
    entities: list[Candidate] | None = None
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _token_starts: list[int] = field(default_factory=list, repr=False)
    #: The tokens' texts and kinds as lists, for stages that read them for every token.
    token_texts: list[str] = field(default_factory=list, repr=False)
    token_kinds: list[TokenKind] = field(default_factory=list, repr=False)
    #: Set when the document is one window of a longer text (see :class:`Carried`).
    carried: Carried | None = None

    def __post_init__(self) -> None:
        if len(self.token_texts) != len(self.tokens):  # built from tokens alone
            self.token_texts = [t.text for t in self.tokens]
            self.token_kinds = [t.kind for t in self.tokens]
            self._token_starts = [t.start for t in self.tokens]
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]

    @classmethod
    def from_text(cls, text: str, reference_date: dt.date | None = None) -> Document:
        norm = normalize(text)
        columns = token_columns(norm.text)
        tokens = tokens_of(columns)
        sentences = split_sentences(norm.text, tokens)
        return cls(
            norm,
            tokens,
            sentences,
            reference_date,
            _sentence_starts=[s[0] for s in sentences],
            _token_starts=columns.starts,
            token_texts=columns.texts,
            token_kinds=columns.kinds,
        )

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.norm.text

    # ------------------------------------------------------------------ layers
    def layer(self, name: str) -> list[Candidate]:
        """The candidates a component named ``name`` added.

        Raises:
            KeyError: no component of that name has run on this document.
        """
        try:
            return self.layers[name]
        except KeyError:
            added = ", ".join(self.layers) or "none"
            raise KeyError(f"no layer {name!r} in this document (layers: {added})") from None

    def candidates(self) -> list[Candidate]:
        """Every layer's candidates, in the order the layers were added."""
        return [c for layer in self.layers.values() for c in layer]

    def candidate(
        self,
        start: int,
        end: int,
        label: Label | str,
        source: str,
        *,
        score: float = 0.5,
        canonical: str | None = None,
        id: str | None = None,
        value: str | None = None,
        resolved: bool = True,
    ) -> Candidate:
        """A candidate over the normalised span ``[start, end)``, with its token range.

        Raises:
            ValueError: the span is empty, outside the text, or covers no token.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is not inside the text (0..{len(self.text)})")
        tok_start, tok_end = self.token_range(start, end)
        if tok_start >= tok_end:
            raise ValueError(f"span [{start}, {end}) covers no token")
        return Candidate(
            start=start,
            end=end,
            tok_start=tok_start,
            tok_end=tok_end,
            label=Label(label),
            source=source,
            score=score,
            canonical=canonical,
            id=id,
            value=value,
            resolved=resolved,
        )

    # ------------------------------------------------------------------ positions
    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[bisect_right(self._sentence_starts, token_index) - 1]

    def token_at(self, char: int) -> int:
        """Index of the token containing or following normalised offset ``char``."""
        i = bisect_right(self._token_starts, char) - 1
        if i >= 0 and self.tokens[i].end > char:
            return i
        return i + 1

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[i, j)`` that overlap the normalised span ``[start, end)``."""
        return self.token_at(start), bisect_right(self._token_starts, end - 1)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised character span to the caller's string."""
        return self.norm.original_span(start, end)

    def word(self, i: int) -> str:
        """Normalised text of token ``i``, or ``""`` outside the document."""
        texts = self.token_texts
        return texts[i] if 0 <= i < len(texts) else ""
