"""The context recogniser: unknown people and organisations read from titles, name parts,
reporting verbs and organisation heads."""

from __future__ import annotations

import pytest

from urdu_entities import Gazetteer, GazetteerEntry, Label, Pipeline
from urdu_entities.recognisers.context import ContextRecogniser
from urdu_entities.recognisers.gazetteer import GazetteerRecogniser
from urdu_entities.text.document import Document

#: Two people whose names give the recogniser the name parts نثار and فاروقی.
PEOPLE = Gazetteer([
    GazetteerEntry(canonical="Nisar Khan", label=Label.PER, forms=("نثار خان",)),
    GazetteerEntry(canonical="Nisar Ali", label=Label.PER, forms=("نثار علی",)),
    GazetteerEntry(canonical="Ahmad Faruqi", label=Label.PER, forms=("شمس فاروقی",)),
    GazetteerEntry(canonical="Rashid Faruqi", label=Label.PER, forms=("رشید فاروقی",)),
])


def found(text: str, gazetteer: Gazetteer | None = PEOPLE) -> list[tuple[str, str]]:
    doc = Document.from_text(text)
    gazetteers = [gazetteer] if gazetteer is not None else []
    GazetteerRecogniser(gazetteers)(doc)
    return [(c.label.value, doc.text[c.start : c.end])
            for c in ContextRecogniser(gazetteers).find(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وزیر داخلہ رحمان ملک نے کہا کہ", ("PER", "رحمان ملک")),  # title, surname also a word
        ("ڈاکٹر کاکاتی اس نظریہ کی تائید کرتے ہیں", ("PER", "کاکاتی")),  # strong title
        ("نثار احمد فاروقی عربی زبان کے اسکالر تھے", ("PER", "نثار احمد فاروقی")),  # name parts
        ("اکرم ڈوگر نے کہا کہ", ("PER", "اکرم ڈوگر")),  # given name + surname before نے
        ("سٹیٹ بینک نے شرح سود بڑھا دی", ("ORG", "سٹیٹ بینک")),  # organisation head
        ("نیشنل ہائی ویز اتھارٹی نے اعلان کیا", ("ORG", "نیشنل ہائی ویز اتھارٹی")),
        ("بی این پی کے رہنما نے کہا", ("ORG", "بی این پی")),  # acronym acting as one
        # an English-style name goes on after its head: آف and name words joined by اینڈ
        ("نیشنل یونیورسٹی آف سائنس اینڈ ٹیکنالوجی کے طلبہ",
         ("ORG", "نیشنل یونیورسٹی آف سائنس اینڈ ٹیکنالوجی")),
        ("نیشنل بینک آف پنجاب اینڈ سندھ نے کہا", ("ORG", "نیشنل بینک آف پنجاب اینڈ سندھ")),
        ("نیشنل ٹربیونل نے فیصلہ سنایا", ("ORG", "نیشنل ٹربیونل")),  # heads beyond the cues
    ],
)
def test_unknown_names_from_context(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "قومی کمیشن نے رپورٹ دی",  # generic adjective + head: a phrase
        "تحقیقاتی کمیشن قائم کیا گیا",
        "جی ڈی پی میں اضافہ ہوا",  # an acronym that does not act
        "صدر مقام میں اجلاس ہوا",  # a weak title before ordinary words
        "مقامی صحافی جی ایچ شیخ نے بتایا",  # initials of a person, not an acronym
    ],
)
def test_ordinary_phrases_stay_unmatched(text: str) -> None:
    assert found(text) == []


def test_a_known_place_after_the_first_word_of_a_tail_ends_the_name() -> None:
    places = Gazetteer([
        GazetteerEntry(canonical="Punjab", label=Label.LOC, forms=("پنجاب",)),
        GazetteerEntry(canonical="Lahore", label=Label.LOC, forms=("لاہور",)),
    ])
    assert ("ORG", "نیشنل بینک آف پنجاب") in found("نیشنل بینک آف پنجاب لاہور میں ہے", places)


def test_an_organisation_head_is_never_a_persons_surname() -> None:
    assert all(label != "PER" for label, _ in found("نثار ٹربیونل نے فیصلہ سنایا"))


FACILITY_GAZETTEER = Gazetteer([
    GazetteerEntry(canonical="Muammar Gaddafi", label=Label.PER, forms=("معمر قذافی", "قذافی")),
    GazetteerEntry(canonical="Babar Azam", label=Label.PER, forms=("بابر اعظم",)),
    GazetteerEntry(canonical="Lahore", label=Label.LOC, forms=("لاہور",)),
])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لاہور کے قذافی اسٹیڈیم میں میچ ہو گا", [("LOC", "قذافی اسٹیڈیم")]),
        ("لاہور قذافی اسٹیڈیم میں میچ ہو گا", [("LOC", "قذافی اسٹیڈیم")]),  # a place before
        ("بابر اعظم اسٹیڈیم میں موجود تھے", []),  # the player in the stadium
        ("لاہور کے بابر اعظم اسٹیڈیم پہنچے", []),  # no postposition after the head
    ],
)
def test_a_facility_named_after_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert [f for f in found(text, FACILITY_GAZETTEER) if f[0] == "LOC"] == expected


def test_a_facility_takes_the_persons_word_in_english() -> None:
    pipeline = Pipeline(gazetteers=[FACILITY_GAZETTEER], default_gazetteer=False, dates=False,
                        model=False)
    names = {e.text: (e.label.value, e.canonical, e.resolved)
             for e in pipeline.extract("لاہور کے قذافی اسٹیڈیم میں میچ ہو گا")}
    assert names["قذافی اسٹیڈیم"] == ("LOC", "Gaddafi Stadium", False)


def test_no_person_over_a_known_place() -> None:
    g = Gazetteer([GazetteerEntry(canonical="India", label=Label.LOC, forms=("ہند",))])
    assert found("وزیراعظم ہند نے کہا", g) == []


def test_no_candidate_on_a_gazetteer_match() -> None:
    g = Gazetteer([GazetteerEntry(canonical="Rehman Malik", label=Label.PER,
                                  forms=("رحمان ملک",))])
    assert found("وزیر داخلہ رحمان ملک نے کہا", g) == []


def test_candidates_are_unresolved_guesses_the_resolver_names() -> None:
    pipeline = Pipeline(default_gazetteer=False, dates=False, model=False)
    [e] = pipeline.extract("سٹیٹ بینک نے شرح سود بڑھا دی")
    assert (e.text, e.label.value, e.canonical, e.resolved, e.source) == (
        "سٹیٹ بینک", "ORG", "State Bank", False, "context"
    )
