"""What a pipeline component is.

A component reads layers of the shared :class:`~urdu_entities.text.document.Document` and
adds one. Recognisers add a layer of candidates named after themselves; the resolver reads
all candidate layers and adds the entities. The pipeline checks, when it is built, that
every layer a component reads is added by a component before it (or is one of the
document's base layers: ``text``, ``tokens``, ``sentences``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable

from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

#: What a component that reads every recogniser's candidates declares in ``reads``.
ALL_CANDIDATES = "candidates"
#: The layer the resolver adds.
ENTITIES = "entities"


@runtime_checkable
class Component(Protocol):
    """Anything the pipeline can run: a name, the layers it reads and the one it adds."""

    @property
    def name(self) -> str:
        """Unique in a pipeline."""
        ...

    @property
    def reads(self) -> tuple[str, ...]:
        """The layers it reads."""
        ...

    @property
    def adds(self) -> str:
        """The layer it adds."""
        ...

    def __call__(self, doc: Document) -> None:
        """Add this component's layer to ``doc``."""
        ...


class Recogniser(ABC):
    """Base class of components that propose candidates.

    Subclasses set :attr:`name` (unique in a pipeline; it names the layer and is the default
    ``source`` of their candidates) and :attr:`reads`, and implement :meth:`find`. Calling
    the component stores :meth:`find`'s result as the layer ``doc.layers[name]``.
    """

    name: str = "recogniser"
    reads: tuple[str, ...] = ("tokens",)

    @property
    def adds(self) -> str:
        return self.name

    @abstractmethod
    def find(self, doc: Document) -> list[Candidate]:
        """Candidates in ``doc`` (offsets into the normalised text ``doc.text``)."""

    def __call__(self, doc: Document) -> None:
        doc.layers[self.adds] = self.find(doc)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
