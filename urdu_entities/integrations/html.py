"""A right-to-left HTML view of a text and its entities.

The page keeps the text exactly: the text element's ``textContent`` is the input string, and
each mention is one ``<mark>`` whose ``data-start``/``data-end`` are the entity's offsets.
English names and date values are shown beside the mention by CSS generated content
(``::after``), so they never enter the text itself, and again in the ``title`` tooltip.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from urdu_entities.models import Entity, Label

Gloss = Literal["beside", "hover", "none"]

#: Background and accent colour of each label (also used for spaCy's displaCy).
COLOURS: dict[str, tuple[str, str]] = {
    "PER": ("#fde2e4", "#b3123e"),
    "LOC": ("#d8f3dc", "#1e6b45"),
    "ORG": ("#dbe7ff", "#1d4ed8"),
    "DATE": ("#fff1b8", "#8a5a00"),
}

LABEL_NAMES: dict[str, str] = {
    "PER": "person",
    "LOC": "place",
    "ORG": "organisation",
    "DATE": "date",
}

#: Nastaliq faces first (Noto Nastaliq Urdu ships with Debian's fonts-noto-core and with
#: Android; Jameel Noori and Urdu Typesetting with Windows Urdu setups), then Naskh ones.
FONT_STACK = (
    '"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", '
    '"Awami Nastaliq", "Alvi Nastaleeq", "Nafees Nastaleeq", "Noto Naskh Arabic", '
    '"Noto Sans Arabic", "Geeza Pro", "Arial Unicode MS", serif'
)

_CSS = """\
.urdu-entities { --ue-font: %(font)s; color: #1b1b1b; }
.urdu-entities .ue-text { font-family: var(--ue-font); font-size: 1.35rem; line-height: 2.6;
  white-space: pre-wrap; overflow-wrap: anywhere; max-width: 52rem; }
.urdu-entities mark.ue-ent { border-radius: 0.3em; padding: 0 0.15em;
  border-bottom: 0.12em solid; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.urdu-entities mark.ue-ent::after { font-family: system-ui, sans-serif; font-size: 0.55em;
  line-height: 1; direction: ltr; unicode-bidi: isolate; margin-inline-start: 0.35em;
  white-space: nowrap;
  padding: 0.05em 0.3em; border-radius: 0.25em; color: #fff; vertical-align: middle; }
.urdu-entities.ue-beside mark.ue-ent[data-gloss]::after,
.urdu-entities.ue-hover mark.ue-ent[data-gloss]:hover::after { content: attr(data-gloss); }
.urdu-entities .ue-legend { list-style: none; padding: 0; margin: 0 0 1rem 0; display: flex;
  flex-wrap: wrap; gap: 0.5rem 1.2rem; font-family: system-ui, sans-serif; font-size: 0.9rem; }
.urdu-entities .ue-legend li { display: flex; align-items: center; gap: 0.35rem; }
.urdu-entities .ue-swatch { display: inline-block; width: 1.1em; height: 1.1em;
  border-radius: 0.25em; border-bottom: 0.2em solid; }
%(labels)s"""

_LABEL_CSS = (
    ".urdu-entities [data-label=\"%(label)s\"].ue-ent, "
    ".urdu-entities [data-label=\"%(label)s\"] .ue-swatch "
    "{ background: %(bg)s; border-color: %(fg)s; }\n"
    ".urdu-entities mark.ue-ent[data-label=\"%(label)s\"]::after { background: %(fg)s; }\n"
)

_PAGE = """\
<!DOCTYPE html>
<html lang="ur" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="urdu_entities">
<title>%(title)s</title>
<style>
body { margin: 2rem auto; padding: 0 1.5rem; max-width: 56rem; background: #fcfcfa; }
h1 { font-family: system-ui, sans-serif; font-size: 1.2rem; font-weight: 600; }
%(css)s</style>
</head>
<body>
%(body)s
</body>
</html>
"""


def css() -> str:
    """The style sheet of the view (scoped to ``.urdu-entities``)."""
    labels = "".join(
        _LABEL_CSS % {"label": label, "bg": bg, "fg": fg} for label, (bg, fg) in COLOURS.items()
    )
    return _CSS % {"font": FONT_STACK, "labels": labels}


def _escape(text: str) -> str:
    # A carriage return is written as a reference: the HTML parser would fold CRLF to LF.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _as_entity(item: Entity | Mapping[str, Any]) -> Entity:
    return item if isinstance(item, Entity) else Entity.model_validate(item)


def check_entities(entities: Iterable[Entity | Mapping[str, Any]], text: str) -> list[Entity]:
    """``entities`` as models sorted by position, checked against ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ValueError: an entity's span lies outside ``text``, its ``text`` is not the slice of
            ``text`` it names, or two entities overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    ordered = sorted((_as_entity(e) for e in entities), key=lambda e: (e.start, e.end))
    previous: Entity | None = None
    for e in ordered:
        if e.end > len(text):
            raise ValueError(f"entity {e.text!r} at {e.start}-{e.end} lies beyond the text "
                             f"({len(text)} characters)")
        if text[e.start:e.end] != e.text:
            raise ValueError(f"entity {e.text!r} at {e.start}-{e.end} does not match the text "
                             f"there ({text[e.start:e.end]!r}): were the entities found in "
                             "another text?")
        if previous is not None and e.start < previous.end:
            raise ValueError(f"entities overlap: {previous.text!r} at {previous.start}-"
                             f"{previous.end} and {e.text!r} at {e.start}-{e.end}")
        previous = e
    return ordered


def gloss(e: Entity) -> str:
    """What is shown beside a mention: the English name, and a date's value."""
    if e.label == Label.DATE:
        parts = [p for p in (e.canonical, e.value) if p]
        return " · ".join(parts)
    return e.canonical or ""


def _tooltip(e: Entity) -> str:
    parts = [f"{e.label.value}: {gloss(e) or e.text}"]
    if e.id:
        parts.append(e.id)
    parts.append(f"{e.source}, confidence {e.confidence:.2f}")
    if not e.resolved:
        parts.append("not in a gazetteer")
    return " · ".join(parts)


def _mark(e: Entity) -> str:
    attrs: dict[str, str | None] = {
        "class": "ue-ent",
        "data-label": e.label.value,
        "data-start": str(e.start),
        "data-end": str(e.end),
        "data-canonical": e.canonical,
        "data-id": e.id,
        "data-value": e.value,
        "data-source": e.source,
        "data-confidence": f"{e.confidence:.3f}",
        "data-resolved": "true" if e.resolved else "false",
        "data-gloss": gloss(e) or None,
        "title": _tooltip(e),
    }
    rendered = " ".join(
        f'{name}="{html.escape(value, quote=True)}"' for name, value in attrs.items()
        if value is not None
    )
    return f"<mark {rendered}>{_escape(e.text)}</mark>"


def _legend(entities: list[Entity]) -> str:
    counts = Counter(e.label.value for e in entities)
    items = "".join(
        f'<li data-label="{label}"><span class="ue-swatch"></span>'
        f'<span dir="ltr">{label} · {LABEL_NAMES[label]} '
        f'<span class="ue-count">({counts.get(label, 0)})</span></span></li>'
        for label in COLOURS
    )
    return f'<ul class="ue-legend" aria-label="legend">{items}</ul>'


def to_html(
    entities: Iterable[Entity | Mapping[str, Any]],
    text: str,
    *,
    title: str = "Entities",
    standalone: bool = True,
    gloss_mode: Gloss = "beside",
) -> str:
    """``text`` with its ``entities`` marked, as HTML.

    Args:
        entities: :class:`Entity` objects (or their dicts, as ``--format json`` writes them)
            found in ``text``; they must not overlap.
        title: the page title and heading.
        standalone: a whole page (``<!DOCTYPE html>``, ``dir="rtl"``); otherwise a ``<div>``
            with its own ``<style>``, for a notebook or another page.
        gloss_mode: show the English name / date value ``"beside"`` each mention, only on
            ``"hover"``, or ``"none"`` (the ``title`` tooltip is always there).

    >>> from urdu_entities import extract
    >>> text = "صدر پیوٹن ماسکو میں"
    >>> page = to_html(extract(text), text)
    >>> page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    True
    >>> 'data-label="PER"' in page and 'data-canonical="Vladimir Putin"' in page
    True
    """
    if gloss_mode not in ("beside", "hover", "none"):
        raise ValueError(f"gloss_mode must be 'beside', 'hover' or 'none', not {gloss_mode!r}")
    ordered = check_entities(entities, text)
    pieces: list[str] = []
    at = 0
    for e in ordered:
        pieces.append(_escape(text[at:e.start]))
        pieces.append(_mark(e))
        at = e.end
    pieces.append(_escape(text[at:]))
    body = (
        f'<div class="urdu-entities ue-{gloss_mode}" lang="ur" dir="rtl">\n'
        f'<h1 dir="auto">{html.escape(title)} '
        f'<span class="ue-total">({len(ordered)})</span></h1>\n'
        f"{_legend(ordered)}\n"
        f'<div class="ue-text">{"".join(pieces)}</div>\n'
        "</div>"
    )
    if not standalone:
        return f"<style>\n{css()}</style>\n{body}"
    return _PAGE % {"title": html.escape(title), "css": css(), "body": body}
