"""The gazetteer recogniser: longest matches of known names (see :mod:`urdu_entities.gazetteer`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from urdu_entities.gazetteer import Gazetteer
from urdu_entities.gazetteer.shipped import derived
from urdu_entities.lang.disambiguation import CONTEXT_ATTRS, CONTEXT_WINDOW, PLACE_ATTRS
from urdu_entities.models import GazetteerEntry, Label
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.edges import title_size
from urdu_entities.text.lexicon import is_letter_name
from urdu_entities.text.normalize import normalize_text
from urdu_entities.text.tokenize import tokenize

#: Added to the score of a later gazetteer's matches per rank, so that later gazetteers (a
#: user's names) win ties with earlier ones (the shipped data).
RANK_BONUS = 1e-3


class GazetteerRecogniser(Recogniser):
    """Matches of one or more gazetteers, earlier ones first; later ones win ties."""

    name = "gazetteer"
    reads = ("tokens",)

    def __init__(self, gazetteers: Sequence[Gazetteer]) -> None:
        self.gazetteers = list(gazetteers)
        self._placed: list[tuple[Gazetteer, dict[str, list[int]]]] | None = None

    def find(self, doc: Document) -> list[Candidate]:
        found: list[Candidate] = []
        for rank, gazetteer in enumerate(self.gazetteers):
            bonus = rank * RANK_BONUS
            for c in gazetteer.find(doc):
                c = _title_outside(doc, c)
                found.append(c if not bonus else replace(c, score=c.score + bonus))
        return self._by_context(doc, found)

    def _placed_entries(self) -> list[tuple[Gazetteer, dict[str, list[int]]]]:
        """Each gazetteer with :func:`place_words` of it (computed on first use, or read
        from the shipped index for the shipped gazetteer)."""
        if self._placed is None:
            self._placed = [(g, derived(g, "place_words", place_words))
                            for g in self.gazetteers]
        return self._placed

    def _by_context(self, doc: Document, found: list[Candidate]) -> list[Candidate]:
        """Switch a match to the entry of the same spelling that belongs to a place named
        in the same sentence (see :mod:`urdu_entities.lang.disambiguation`)."""
        places = [c for c in found if c.label is Label.LOC and c.entry is not None
                  and not c.needs_context]
        if not places:
            return found
        places.sort(key=lambda p: p.tok_start)
        starts = [p.tok_start for p in places]
        out = []
        for c in found:
            entry = c.entry
            if entry is None or c.label is Label.PER:
                out.append(c)
                continue
            attrs = entry.attrs or {}
            own = {str(attrs[a]) for a in PLACE_ATTRS if attrs.get(a)}
            if not own:
                out.append(c)  # only an entry that belongs to a place has rivals elsewhere
                continue
            sentence = doc.sentence_of(c.tok_start)
            around = set()
            lo = bisect_left(starts, c.tok_start - CONTEXT_WINDOW)
            hi = bisect_right(starts, c.tok_end + CONTEXT_WINDOW)
            for p in places[lo:hi]:
                before = c.tok_start - CONTEXT_WINDOW <= p.tok_start and p.tok_end <= c.tok_start
                after = c.tok_end <= p.tok_start and p.tok_end <= c.tok_end + CONTEXT_WINDOW
                near = before or after
                if near and sentence.start <= p.tok_start < sentence.end and p.entry:
                    around.add(p.entry.canonical)
                    p_attrs = p.entry.attrs or {}
                    around.update(str(p_attrs[a]) for a in CONTEXT_ATTRS if p_attrs.get(a))
            if not around:
                out.append(c)
                continue
            # A place beside an ambiguous spelling decides it (``اسلام آباد میں وزارت
            # خارجہ`` is confirmed, ``بیجنگ میں وزارت خارجہ`` switched to China's), but not
            # for spelled-out letters, which may be the end of a longer acronym.
            still_ambiguous = c.needs_context and is_letter_name(doc.tokens[c.tok_start].text)
            if own & around:
                out.append(replace(c, needs_context=still_ambiguous))
                continue
            out.append(self._switched(doc, c, entry, around, still_ambiguous))
        return out

    def _switched(
        self, doc: Document, c: Candidate, entry: GazetteerEntry, around: set[str],
        still_ambiguous: bool,
    ) -> Candidate:
        words = [doc.tokens[k].text for k in range(c.tok_start, c.tok_end)]
        text = " ".join(words)
        for gazetteer, by_word in self._placed_entries():
            for number in by_word.get(words[0], ()):
                other = gazetteer.record(number).entry
                if other.canonical == entry.canonical or other.label is not entry.label:
                    continue
                attrs = other.attrs or {}
                if not any(str(attrs.get(a)) in around for a in PLACE_ATTRS):
                    continue
                if any(f" {text} " in f" {f} " for f in other.forms):
                    return replace(c, canonical=other.canonical, id=other.id, entry=other,
                                   needs_context=still_ambiguous)
        return c

    def __repr__(self) -> str:
        sizes = ", ".join(str(len(g)) for g in self.gazetteers)
        return f"GazetteerRecogniser(entries=[{sizes}])"


def place_words(gazetteer: Gazetteer) -> dict[str, list[int]]:
    """The entries of ``gazetteer`` that belong to a place (``attrs.country``...) by each
    word of their forms: entry numbers in loading order."""
    placed: dict[str, list[int]] = {}
    for number, data in enumerate(gazetteer.entry_data()):
        attrs = data.get("attrs")
        if attrs and any(attrs.get(a) for a in PLACE_ATTRS):
            for word in sorted({w for form in data["forms"] for w in form.split()}):
                placed.setdefault(word, []).append(number)
    return placed


def _title_outside(doc: Document, c: Candidate) -> Candidate:
    """A person's match on a listed form that is a title before another form of the same
    entry (``مولانا فضل الرحمان``, ``قائد اعظم محمد علی جناح``) covers that form only: titles
    are never inside a name. A form whose title the name needs (``علامہ اقبال``, ``شیخ
    رشید``: no form without it) keeps it."""
    entry = c.entry
    if entry is None or c.label is not Label.PER:
        return c
    words = [doc.tokens[k].text for k in range(c.tok_start, c.tok_end)]
    size = title_size(words, 0, len(words) - 1)
    if not size or " ".join(words[size:]) not in _listed_forms(tuple(entry.forms)):
        return c
    start = c.tok_start + size
    return replace(c, start=doc.tokens[start].start, tok_start=start)


@lru_cache(maxsize=4096)
def _listed_forms(forms: tuple[str, ...]) -> frozenset[str]:
    """``forms`` as the tokens of a document hold them, words joined by one space."""
    return frozenset(" ".join(t.text for t in tokenize(normalize_text(f))) for f in forms)
