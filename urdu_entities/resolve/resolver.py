"""The resolver as the pipeline's last component."""

from __future__ import annotations

from urdu_entities.recognisers.base import ALL_CANDIDATES, ENTITIES
from urdu_entities.resolve.resolution import resolve
from urdu_entities.text.document import Document


class Resolver:
    """Reads every recogniser's candidates and adds the entities (see
    :func:`~urdu_entities.resolve.resolution.resolve`)."""

    name = "resolve"
    reads: tuple[str, ...] = (ALL_CANDIDATES,)
    adds = ENTITIES

    def __call__(self, doc: Document) -> None:
        doc.entities = resolve(doc, doc.candidates())

    def __repr__(self) -> str:
        return "Resolver()"
