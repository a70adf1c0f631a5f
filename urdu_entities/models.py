"""Public data models."""

from __future__ import annotations

import unicodedata
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Label(str, Enum):
    """Entity types. A ``str`` enum, so ``Label.PER == "PER"``."""

    PER = "PER"
    LOC = "LOC"
    ORG = "ORG"
    DATE = "DATE"

    def __str__(self) -> str:
        return self.value


class Entity(BaseModel):
    """One entity mention.

    ``start``/``end`` are character offsets into the caller's original string (end exclusive),
    so ``text[entity.start:entity.end] == entity.text`` always holds.
    """

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The exact slice of the input.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: Label
    canonical: str | None = Field(
        default=None,
        description="English name (English Wikipedia article title); for a date, an English "
        "rendering such as '10–13 September'.",
    )
    id: str | None = Field(default=None, description="Stable identifier, e.g. a Wikidata QID.")
    value: str | None = Field(
        default=None, description="DATE only: ISO 8601 value, 'X' for unknown digits."
    )
    source: str = Field(
        default="gazetteer",
        description="How the entity was found: 'gazetteer', 'gazetteer+context', 'alias', "
        "'dates', 'rules', 'model', 'stanza', ...",
    )
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    resolved: bool = Field(
        default=True,
        description="False when `canonical` was composed or romanised rather than looked up.",
    )

    @model_validator(mode="after")
    def _check_span(self) -> Entity:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError("len(text) must equal end - start")
        return self


_NAME_LABELS = (Label.PER, Label.LOC, Label.ORG)


class GazetteerIds(BaseModel):
    """Stable identifiers of a gazetteer entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    geonames: str | None = Field(default=None, pattern=r"^[0-9]+$")
    iso: str | None = Field(default=None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^[A-Z]{3}$")

    def best(self) -> str | None:
        """The identifier put on entities: the Wikidata QID, else a prefixed other id."""
        if self.wikidata:
            return self.wikidata
        if self.geonames:
            return f"geonames:{self.geonames}"
        if self.iso:
            return f"iso:{self.iso}"
        return None


class GazetteerEntry(BaseModel):
    """One gazetteer entry: a known entity and the Urdu forms that name it."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    canonical: str = Field(min_length=1, description="English Wikipedia article title.")
    label: Label
    forms: tuple[str, ...] = Field(min_length=1)
    ids: GazetteerIds = Field(default_factory=GazetteerIds)
    attrs: dict[str, str] = Field(default_factory=dict)
    ambiguous: tuple[str, ...] = ()

    @field_validator("label")
    @classmethod
    def _name_label(cls, label: Label) -> Label:
        if label not in _NAME_LABELS:
            raise ValueError("gazetteer entries are PER, LOC or ORG")
        return label

    @field_validator("forms", "ambiguous", mode="before")
    @classmethod
    def _nfc(cls, forms: object) -> object:
        if isinstance(forms, list | tuple):
            return tuple(unicodedata.normalize("NFC", f) if isinstance(f, str) else f
                         for f in forms)
        return forms

    @field_validator("forms")
    @classmethod
    def _forms_not_blank(cls, forms: tuple[str, ...]) -> tuple[str, ...]:
        for form in forms:
            if not form.strip():
                raise ValueError("a form is empty")
        return forms

    @model_validator(mode="after")
    def _ambiguous_subset(self) -> GazetteerEntry:
        unknown = [f for f in self.ambiguous if f not in self.forms]
        if unknown:
            raise ValueError(f"ambiguous forms not listed in forms: {unknown}")
        return self
