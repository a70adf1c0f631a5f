from __future__ import annotations

import itertools

from urdu_entities import Pipeline


def people(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.canonical) for e in pipeline.extract(text) if e.label.value == "PER"]


def test_title_confirms_an_ambiguous_name(mini_pipeline: Pipeline) -> None:
    assert people(mini_pipeline, "مسٹر کم نے کہا") == [("کم", "Kim Jong Un")]


def test_ambiguous_name_alone_is_an_ordinary_word(mini_pipeline: Pipeline) -> None:
    assert people(mini_pipeline, "قیمتیں کم ہو گئیں") == []


def test_fixed_phrases_are_never_names(mini_pipeline: Pipeline) -> None:
    text = "کم جونگ اُن آئے۔ کم از کم دو دن۔ بہت کم اتحادی ہیں۔ کم سے کم"
    assert people(mini_pipeline, text) == [("کم جونگ اُن", "Kim Jong Un")]


def test_earlier_full_mention_confirms_a_short_one(mini_pipeline: Pipeline) -> None:
    text = "کم جونگ اُن روس گئے۔ یہ پوٹن اور کم دونوں کے مفاد میں ہے۔"
    assert people(mini_pipeline, text)[-1] == ("کم", "Kim Jong Un")


def test_short_mention_before_the_full_one_needs_a_title(mini_pipeline: Pipeline) -> None:
    assert people(mini_pipeline, "پوٹن اور کم دونوں") == [("پوٹن", "Vladimir Putin")]


def test_titles_stay_outside_spans(mini_pipeline: Pipeline) -> None:
    entities = mini_pipeline.extract("روسی وزیر دفاع سرگئی کے شوئیگو نے کہا")
    assert [(e.text, e.canonical) for e in entities] == [("سرگئی کے شوئیگو", "Sergei Shoigu")]


def test_surname_alias_after_full_name(mini_pipeline: Pipeline) -> None:
    text = "ترجمان، جان ایف کربی نے کہا۔ بعد میں مسٹر کربی نے بتایا۔ کربی نے مزید کہا"
    found = people(mini_pipeline, text)
    assert found == [("جان ایف کربی", "John Kirby"), ("کربی", "John Kirby"),
                     ("کربی", "John Kirby")]


def test_common_first_name_alias_needs_a_title(mini_pipeline: Pipeline) -> None:
    text = "لی ہونگ زونگ آئے۔ مسٹر لی نے خط دیا۔ لی نے کہا"
    found = people(mini_pipeline, text)
    assert found == [("لی ہونگ زونگ", "Li Hongzhong"), ("لی", "Li Hongzhong")]


def test_pronoun_is_not_an_alias_of_kim_jong_un(mini_pipeline: Pipeline) -> None:
    text = "کم جونگ ان آئے۔ ان کا استقبال ہوا۔"
    assert people(mini_pipeline, text) == [("کم جونگ ان", "Kim Jong Un")]


def test_ambiguous_place_in_a_list(mini_pipeline: Pipeline) -> None:
    entities = mini_pipeline.extract("شمالی کوریا، روس اور چین")
    assert [e.canonical for e in entities] == ["North Korea", "Russia", "China"]


def test_source_records_the_evidence(mini_pipeline: Pipeline) -> None:
    entities = mini_pipeline.extract("مسٹر کم اور پوٹن")
    assert [e.source for e in entities] == ["gazetteer+title", "gazetteer"]


def test_entities_do_not_overlap_and_are_sorted(mini_pipeline: Pipeline) -> None:
    entities = mini_pipeline.extract("روس-شمالی کوریا اتحاد، ماسکو اور پیانگ یانگ")
    assert [e.text for e in entities] == ["روس", "شمالی کوریا", "ماسکو", "پیانگ یانگ"]
    for before, after in itertools.pairwise(entities):
        assert before.end <= after.start
