"""The spaCy component on real spaCy (skipped without it)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from urdu_entities import extract

spacy = pytest.importorskip("spacy", reason="spaCy is the optional 'spacy' extra")

from urdu_entities.integrations.spacy_component import (  # noqa: E402
    DISPLACY_OPTIONS,
    set_entities,
)

TEXT = "صدر پیوٹن نے 10 ستمبر کو ماسکو میں کہا کہ اقوام متحدہ سے بات ہو گی۔"
GLUED = "وہ پشاور،مردان اور لاہور گئے"  # the tokenizer keeps "پشاور،مردان" as one token


@pytest.fixture(scope="module")
def nlp() -> object:
    nlp = spacy.blank("ur")
    nlp.add_pipe("urdu_entities")
    return nlp


def test_entities_become_doc_ents(nlp: object) -> None:
    doc = nlp(TEXT)  # type: ignore[operator]
    entities = extract(TEXT)
    assert [(s.start_char, s.end_char, s.label_) for s in doc.ents] == [
        (e.start, e.end, e.label.value) for e in entities]
    putin = doc.ents[0]
    assert putin.text == "پیوٹن" and putin.kb_id_ == "Vladimir Putin"
    assert putin._.canonical == "Vladimir Putin" and putin._.source.startswith("gazetteer")
    moscow = next(s for s in doc.ents if s._.canonical == "Moscow")
    assert moscow.kb_id_ == "Q649"
    date = next(s for s in doc.ents if s.label_ == "DATE")
    assert date._.value == "XXXX-09-10" and date._.source == "dates"
    assert doc._.urdu_entities == [e.model_dump(mode="json") for e in entities]


def test_split_rule_cuts_tokens_at_entity_boundaries(nlp: object) -> None:
    assert "پشاور،مردان" in [t.text for t in spacy.blank("ur")(GLUED)]
    doc = nlp(GLUED)  # type: ignore[operator]
    assert doc.text == GLUED
    assert [s.text for s in doc.ents] == [e.text for e in extract(GLUED)] == [
        "پشاور", "مردان", "لاہور"]
    assert [t.text for t in doc][1:4] == ["پشاور", "،", "مردان"]


def test_expand_and_contract_leave_tokens_alone() -> None:
    entities = extract(GLUED)
    expand = set_entities(spacy.blank("ur")(GLUED), entities, alignment="expand")
    assert [s.text for s in expand.ents] == ["پشاور،مردان", "لاہور"]  # merged, then filtered
    contract = set_entities(spacy.blank("ur")(GLUED), entities, alignment="contract")
    assert [s.text for s in contract.ents] == ["لاہور"]
    assert len(contract._.urdu_entities) == 3  # nothing lost from the full list


def test_existing_entities_kept_or_overwritten() -> None:
    base = spacy.blank("ur")("ماسکو اور لاہور")
    from spacy.tokens import Span

    base.ents = [Span(base, 0, 1, label="GPE"), Span(base, 2, 3, label="GPE")]
    entities = [e for e in extract("ماسکو اور لاہور") if e.text == "ماسکو"]
    doc = set_entities(base, entities)
    assert [(s.text, s.label_) for s in doc.ents] == [("ماسکو", "LOC"), ("لاہور", "GPE")]
    base.ents = [Span(base, 0, 1, label="GPE")]
    kept = set_entities(base, entities, overwrite=False)
    assert [(s.text, s.label_) for s in kept.ents] == [("ماسکو", "GPE")]


def test_nlp_pipe_and_processes(nlp: object) -> None:
    texts = [TEXT, GLUED, "کچھ نہیں"]
    one = [[(s.text, s.label_, s.kb_id_) for s in d.ents] for d in nlp.pipe(texts)]  # type: ignore[attr-defined]
    two = [[(s.text, s.label_, s.kb_id_) for s in d.ents]
           for d in nlp.pipe(texts, n_process=2, batch_size=1)]  # type: ignore[attr-defined]
    assert one == two and len(one[0]) == len(extract(TEXT)) and one[2] == []


def test_displacy_renders(nlp: object) -> None:
    from spacy import displacy

    rendered = displacy.render(nlp(TEXT), style="ent", options=DISPLACY_OPTIONS)  # type: ignore[operator]
    assert "direction: rtl" in rendered and "پیوٹن" in rendered and "PER" in rendered
    assert DISPLACY_OPTIONS["colors"]["PER"] in rendered


def test_config_options_reach_the_pipeline(tmp_path: object) -> None:
    nlp = spacy.blank("ur")
    nlp.add_pipe("urdu_entities", config={"dates": False, "reference_date": "2023-09-05"})
    assert all(s.label_ != "DATE" for s in nlp(TEXT).ents)
    with pytest.raises(ValueError, match="alignment"):
        spacy.blank("ur").add_pipe("urdu_entities", config={"alignment": "nearest"})


def test_registered_by_entry_point() -> None:
    """A fresh interpreter finds the factory without importing urdu_entities first."""
    found = [ep for ep in entry_points(group="spacy_factories") if ep.name == "urdu_entities"]
    if not found:
        pytest.skip("urdu-entities is not installed with its entry points (pip install -e .)")
    code = ("import spacy; nlp = spacy.blank('ur'); nlp.add_pipe('urdu_entities'); "
            "print([(e.text, e.label_) for e in nlp('ماسکو').ents])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    assert "('ماسکو', 'LOC')" in result.stdout
