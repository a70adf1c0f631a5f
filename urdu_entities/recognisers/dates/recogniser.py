"""The entry points: :func:`find_dates` and the pipeline component :class:`DateRecogniser`."""

from __future__ import annotations

import datetime as dt

from urdu_entities.recognisers.base import Recogniser
from urdu_entities.recognisers.dates.scanner import SOURCE, Scanner
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document


def find_dates(doc: Document, reference_date: dt.date | None = None) -> list[Candidate]:
    """Date candidates in ``doc``, in text order, not overlapping.

    ``reference_date`` (the article's date) resolves relative expressions (``آج``,
    ``گزشتہ سال``, ``دو سال پہلے``), weekdays and relative years (``گزشتہ سال جون``); without
    it they keep a symbolic value (``REF-P1Y``, ``XXXX-WXX-3``, ``XXXX-06``). Dates without a
    year keep ``XXXX`` even with a reference date. See ``docs/dates.md``.
    """
    return Scanner(doc, reference_date).run()


class DateRecogniser(Recogniser):
    """The date grammar as a pipeline component: :func:`find_dates` against the document's
    ``reference_date``."""

    name = SOURCE
    reads = ("tokens",)

    def find(self, doc: Document) -> list[Candidate]:
        return find_dates(doc, doc.reference_date)
