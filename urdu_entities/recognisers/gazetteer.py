"""The gazetteer recogniser: longest matches of known names (see :mod:`urdu_entities.gazetteer`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from urdu_entities.gazetteer import Gazetteer
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

#: Added to the score of a later gazetteer's matches per rank, so that later gazetteers (a
#: user's names) win ties with earlier ones (the shipped data).
RANK_BONUS = 1e-3


class GazetteerRecogniser(Recogniser):
    """Matches of one or more gazetteers, earlier ones first; later ones win ties."""

    name = "gazetteer"
    reads = ("tokens",)

    def __init__(self, gazetteers: Sequence[Gazetteer]) -> None:
        self.gazetteers = list(gazetteers)

    def find(self, doc: Document) -> list[Candidate]:
        found: list[Candidate] = []
        for rank, gazetteer in enumerate(self.gazetteers):
            bonus = rank * RANK_BONUS
            for c in gazetteer.find(doc):
                found.append(c if not bonus else replace(c, score=c.score + bonus))
        return found

    def __repr__(self) -> str:
        sizes = ", ".join(str(len(g)) for g in self.gazetteers)
        return f"GazetteerRecogniser(entries=[{sizes}])"
