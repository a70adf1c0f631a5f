"""Pipeline components: the protocol, the order checks and a user's own recogniser."""

from __future__ import annotations

import pytest
import regex

from urdu_entities import Gazetteer, Label, Pipeline
from urdu_entities.recognisers.base import Component, Recogniser
from urdu_entities.recognisers.dates import DateRecogniser
from urdu_entities.recognisers.gazetteer import GazetteerRecogniser
from urdu_entities.recognisers.tagger import CrfTagger
from urdu_entities.resolve.resolver import Resolver
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document


class HighCourts(Recogniser):
    """A user's recogniser: ``<province> ہائیکورٹ`` is an organisation."""

    name = "courts"
    reads = ("text",)
    pattern = regex.compile(r"\p{Arabic}+ ہائیکورٹ")

    def find(self, doc: Document) -> list[Candidate]:
        return [
            doc.candidate(m.start(), m.end(), Label.ORG, self.name, score=0.9)
            for m in self.pattern.finditer(doc.text)
        ]


class ReadsDates(Recogniser):
    name = "after_dates"
    reads = ("dates",)

    def find(self, doc: Document) -> list[Candidate]:
        return [c for c in doc.layer("dates") if c.value]


def test_default_components_in_order() -> None:
    names = [c.name for c in Pipeline.default().components]
    assert names == ["gazetteer", "dates", "context", "model", "resolve"]
    assert all(isinstance(c, Component) for c in Pipeline.default().components)


def test_shortcuts_leave_components_out() -> None:
    assert [c.name for c in Pipeline(dates=False, model=False).components] == [
        "gazetteer",
        "context",
        "resolve",
    ]


def test_user_recogniser_is_listed_and_its_candidates_win() -> None:
    pipeline = Pipeline(recognizers=[HighCourts()], model=False)
    assert [c.name for c in pipeline.components] == [
        "gazetteer", "dates", "context", "courts", "resolve"
    ]
    text = "کیس گلگت ہائیکورٹ میں زیر سماعت ہے، سندھ ہائیکورٹ میں نہیں۔"
    doc = pipeline.run(text)
    assert [c.source for c in doc.layer("courts")] == ["courts", "courts"]
    found = {e.text: e for e in pipeline.extract(text)}
    # A span no gazetteer lists is the recogniser's own; a listed one gains its evidence.
    assert found["گلگت ہائیکورٹ"].source == "courts"
    assert found["گلگت ہائیکورٹ"].label is Label.ORG
    assert found["سندھ ہائیکورٹ"].source == "gazetteer+courts"


def test_components_replace_the_shortcuts() -> None:
    pipeline = Pipeline(components=[DateRecogniser()])
    assert [c.name for c in pipeline.components] == ["dates", "resolve"]
    entities = pipeline.extract("وزیر اعظم نے 10 ستمبر کو لاہور میں کہا")
    assert [e.label for e in entities] == [Label.DATE]


def test_components_and_shortcuts_together_are_refused() -> None:
    with pytest.raises(ValueError, match="drop dates"):
        Pipeline(components=[DateRecogniser()], dates=False)


def test_a_layer_read_before_it_is_added_is_refused() -> None:
    with pytest.raises(ValueError, match="after_dates reads 'dates'"):
        Pipeline(components=[ReadsDates(), DateRecogniser()])
    assert Pipeline(components=[DateRecogniser(), ReadsDates()]).component("after_dates")


def test_the_tagger_needs_the_gazetteer_layer() -> None:
    tagger = Pipeline.default().component("model")
    assert isinstance(tagger, CrfTagger)
    with pytest.raises(ValueError, match="model reads 'gazetteer'"):
        Pipeline(components=[DateRecogniser(), tagger])


def test_two_components_of_one_name_are_refused() -> None:
    with pytest.raises(ValueError, match="two components are called 'dates'"):
        Pipeline(components=[DateRecogniser(), DateRecogniser()])


def test_nothing_may_follow_the_resolver() -> None:
    with pytest.raises(ValueError, match="runs after the resolver"):
        Pipeline(components=[DateRecogniser(), Resolver(), HighCourts()])


def test_a_resolver_alone_has_nothing_to_read() -> None:
    with pytest.raises(ValueError, match="no recogniser runs before it"):
        Pipeline(components=[Resolver()])


def test_not_a_component() -> None:
    with pytest.raises(TypeError, match="is not a component"):
        Pipeline(components=[object()])  # type: ignore[list-item]


def test_unknown_component_name() -> None:
    with pytest.raises(KeyError, match="no component 'stanza'"):
        Pipeline.default().component("stanza")


def test_missing_layer_names_the_layers_there() -> None:
    doc = Document.from_text("لاہور")
    with pytest.raises(KeyError, match="no layer 'dates'"):
        doc.layer("dates")


def test_document_candidate_checks_its_span() -> None:
    doc = Document.from_text("لاہور میں")
    c = doc.candidate(0, 5, "LOC", "test")
    assert (c.tok_start, c.tok_end, c.label) == (0, 1, Label.LOC)
    with pytest.raises(ValueError, match="not inside the text"):
        doc.candidate(3, 99, Label.LOC, "test")
    with pytest.raises(ValueError, match="covers no token"):
        doc.candidate(5, 6, Label.LOC, "test")


def test_gazetteer_recogniser_later_gazetteers_win_ties(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("صدر پیوٹن نے کہا")
    one = GazetteerRecogniser([mini_gazetteer]).find(doc)
    two = GazetteerRecogniser([mini_gazetteer, mini_gazetteer]).find(doc)
    assert len(two) == 2 * len(one)
    assert max(c.score for c in two) > max(c.score for c in one)


def test_a_user_tagger_replaces_the_shipped_one() -> None:
    tagger = Pipeline.default().component("model")
    pipeline = Pipeline(recognizers=[tagger])
    assert [c.name for c in pipeline.components].count("model") == 1


class FindOnly:
    """A recogniser as wave 1 documented it: only ``find``."""

    def find(self, doc: Document) -> list[Candidate]:
        return [doc.candidate(0, 4, Label.LOC, "find_only")]


def test_an_object_with_only_find_still_works() -> None:
    pipeline = Pipeline(recognizers=[FindOnly()], model=False, dates=False)
    assert [c.name for c in pipeline.components] == [
        "gazetteer", "context", "FindOnly", "resolve"
    ]
    assert [e.source for e in pipeline.extract("ڈھوک میں")] == ["find_only"]


def test_a_recogniser_needs_find() -> None:
    with pytest.raises(TypeError, match="is not a recogniser"):
        Pipeline(recognizers=[object()])  # type: ignore[list-item]
