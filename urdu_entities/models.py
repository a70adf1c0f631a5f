"""Public data models."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from typing_extensions import NotRequired, TypedDict


class Label(str, Enum):
    """Entity types. A ``str`` enum, so ``Label.PER == "PER"``."""

    PER = "PER"
    LOC = "LOC"
    ORG = "ORG"
    DATE = "DATE"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        # The same in every Python version: f"{label}" is "PER", never "Label.PER".
        return format(self.value, spec)


class DateKind(str, Enum):
    """What kind of date a ``DATE`` entity is (see docs/dates.md). A ``str`` enum.

    ``calendar``: a day, month, year, decade or century of the calendar, or a range or list of
    them (``9 ستمبر``, ``اپریل 2022``, ``1990 کی دہائی``), also when the year comes from
    context (``گزشتہ سال جون``); ``part``: a part of a month or year (``اگست کے آخر``,
    ``ماہ کے آخر``); ``weekday``: a day of the week (``بدھ``, ``گزشتہ جمعہ``); ``relative``: a
    day, week, month or year counted from today (``آج``, ``گزشتہ سال``, ``دو سال پہلے``);
    ``duration``: a length of time (``دو سال``), found only when asked for.
    """

    CALENDAR = "calendar"
    PART = "part"
    WEEKDAY = "weekday"
    RELATIVE = "relative"
    DURATION = "duration"

    def __str__(self) -> str:
        return self.value


class Entity(BaseModel):
    """One entity mention.

    ``start``/``end`` are character offsets into the caller's original string (end exclusive),
    so ``text[entity.start:entity.end] == entity.text`` always holds.
    """

    # Built on first validation: the library makes entities with ``model_construct`` from
    # values it has checked, so an import need not pay for the schema.
    model_config = ConfigDict(frozen=True, defer_build=True)

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
    date_kind: DateKind | None = Field(
        default=None,
        description="DATE only: calendar, part, weekday, relative or duration.",
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


Wikidata = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
GeoNames = Annotated[str, StringConstraints(pattern=r"^[0-9]+$")]
Iso = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^[A-Z]{3}$")]
NameLabel = Literal[Label.PER, Label.LOC, Label.ORG]
Form = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class GazetteerIds(BaseModel):
    """Stable identifiers of a gazetteer entry."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    wikidata: Wikidata | None = None
    geonames: GeoNames | None = None
    iso: Iso | None = None

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

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    canonical: Form = Field(description="English Wikipedia article title.")
    label: NameLabel
    forms: tuple[Form, ...] = Field(min_length=1)
    ids: GazetteerIds | None = None
    attrs: dict[str, str] | None = None
    ambiguous: tuple[Form, ...] = ()

    @model_validator(mode="after")
    def _ambiguous_subset(self) -> GazetteerEntry:
        problem = unlisted_ambiguous(self.forms, self.ambiguous)
        if problem:
            raise ValueError(problem)
        return self

    @property
    def id(self) -> str | None:
        """The identifier put on entities (see :meth:`GazetteerIds.best`)."""
        return self.ids.best() if self.ids is not None else None


def unlisted_ambiguous(forms: Sequence[str], ambiguous: Sequence[str]) -> str | None:
    """The error message when ``ambiguous`` names a form that ``forms`` lacks."""
    unknown = [f for f in ambiguous if f not in forms]
    return f"ambiguous forms not listed in forms: {unknown}" if unknown else None


# The same schema as plain typed dicts: files are validated into these (no model instances,
# so a million entries load in seconds) and turned into GazetteerEntry only when matched.
class GazetteerIdsData(TypedDict, total=False):
    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]

    wikidata: Wikidata
    geonames: GeoNames
    iso: Iso


class GazetteerEntryData(TypedDict):
    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]

    canonical: Form
    label: NameLabel
    forms: Annotated[list[Form], Field(min_length=1)]
    ids: NotRequired[GazetteerIdsData]
    attrs: NotRequired[dict[str, str]]
    ambiguous: NotRequired[list[Form]]
