"""Whole names, document-level consistency and context disambiguation."""

from __future__ import annotations

from urdu_entities import Gazetteer, GazetteerEntry, Label, Pipeline
from urdu_entities.resolve.resolution import resolve, spread_names
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document


def _pipeline(*entries: GazetteerEntry) -> Pipeline:
    return Pipeline(gazetteers=[Gazetteer(entries)], default_gazetteer=False, dates=False,
                    model=False)


def test_a_guess_around_a_known_name_takes_its_entry_once() -> None:
    doc = Document.from_text("پاکستان مسلم لیگ نواز کے رہنما نے کہا")
    pml = GazetteerEntry(canonical="Pakistan Muslim League (N)", label=Label.ORG,
                         forms=("مسلم لیگ نواز",))
    pak = GazetteerEntry(canonical="Pakistan", label=Label.LOC, forms=("پاکستان",))
    cands = [
        doc.candidate(0, 7, Label.LOC, "gazetteer", score=1.0, canonical="Pakistan"),
        doc.candidate(8, 21, Label.ORG, "gazetteer", score=1.0,
                      canonical="Pakistan Muslim League (N)"),
        doc.candidate(0, 21, Label.ORG, "model", score=0.9, resolved=False),
    ]
    from dataclasses import replace
    cands[0] = replace(cands[0], entry=pak)
    cands[1] = replace(cands[1], entry=pml)
    [c] = [c for c in resolve(doc, cands) if c.label is Label.ORG]
    assert (doc.text[c.start:c.end], c.canonical, c.resolved) == (
        "پاکستان مسلم لیگ نواز", "Pakistan Muslim League (N)", True)


def test_a_confident_name_is_found_at_its_other_mentions() -> None:
    doc = Document.from_text("اکرم ڈوگر نے کہا۔ بعد میں اکرم ڈوگر چلے گئے۔")
    first = doc.candidate(0, 9, Label.PER, "model", score=0.85, canonical="Akram Dogar",
                          resolved=False)
    out = spread_names(doc, [first])
    assert [(doc.text[c.start:c.end], c.source) for c in out] == [
        ("اکرم ڈوگر", "model"), ("اکرم ڈوگر", "document")]


def test_an_unsure_or_ordinary_word_name_does_not_spread() -> None:
    doc = Document.from_text("امن آیا۔ امن گیا۔")
    c = doc.candidate(0, 3, Label.PER, "model", score=0.95, resolved=False)
    assert spread_names(doc, [c]) == [c]
    weak = doc.candidate(0, 3, Label.PER, "model", score=0.5, resolved=False)
    assert spread_names(doc, [weak]) == [weak]


def test_ministry_next_to_another_country_is_that_countrys() -> None:
    pipeline = _pipeline(
        GazetteerEntry(canonical="Ministry of Foreign Affairs (Pakistan)", label=Label.ORG,
                       forms=("وزارت خارجہ",), attrs={"country": "Pakistan"}),
        GazetteerEntry(canonical="Ministry of Foreign Affairs of the People's Republic of China",
                       label=Label.ORG, forms=("چین کی وزارت خارجہ",),
                       attrs={"country": "China"}),
        GazetteerEntry(canonical="Beijing", label=Label.LOC, forms=("بیجنگ",),
                       attrs={"country": "China"}),
        GazetteerEntry(canonical="China", label=Label.LOC, forms=("چین",)),
    )
    names = {e.text: e.canonical for e in pipeline.extract(
        "بیجنگ میں وزارت خارجہ کے ترجمان نے کہا")}
    assert names["وزارت خارجہ"] == "Ministry of Foreign Affairs of the People's Republic of China"
    names = {e.text: e.canonical for e in pipeline.extract("وزارت خارجہ کے ترجمان نے کہا")}
    assert names["وزارت خارجہ"] == "Ministry of Foreign Affairs (Pakistan)"


def test_a_title_listed_in_a_form_stays_outside_the_name() -> None:
    pipeline = _pipeline(
        GazetteerEntry(canonical="Fazl-ur-Rehman", label=Label.PER,
                       forms=("مولانا فضل الرحمان", "فضل الرحمان")),
        GazetteerEntry(canonical="Muhammad Iqbal", label=Label.PER, forms=("علامہ اقبال",)),
    )
    [fazl] = pipeline.extract("مولانا فضل الرحمان نے کہا")
    assert (fazl.text, fazl.start, fazl.canonical) == ("فضل الرحمان", 7, "Fazl-ur-Rehman")
    # no form without the title: the title is how the name is known, and stays
    [iqbal] = pipeline.extract("علامہ اقبال کا یوم پیدائش")
    assert (iqbal.text, iqbal.canonical) == ("علامہ اقبال", "Muhammad Iqbal")


def test_a_place_beside_an_ambiguous_spelling_decides_it() -> None:
    """The shipped data marks bare ``وزارت خارجہ`` ambiguous: alone it needs context; a
    place beside it confirms it (its own country) or switches it (another country's)."""
    pipeline = _pipeline(
        GazetteerEntry(canonical="Ministry of Foreign Affairs (Pakistan)", label=Label.ORG,
                       forms=("وزارت خارجہ",), ambiguous=("وزارت خارجہ",),
                       attrs={"country": "Pakistan"}),
        GazetteerEntry(canonical="Ministry of Foreign Affairs of the People's Republic of China",
                       label=Label.ORG, forms=("چین کی وزارت خارجہ",),
                       attrs={"country": "China"}),
        GazetteerEntry(canonical="Beijing", label=Label.LOC, forms=("بیجنگ",),
                       attrs={"country": "China"}),
        GazetteerEntry(canonical="Islamabad", label=Label.LOC, forms=("اسلام آباد",),
                       attrs={"country": "Pakistan"}),
        GazetteerEntry(canonical="All India Majlis-e-Ittehadul Muslimeen", label=Label.ORG,
                       forms=("ایم آئی",), ambiguous=("ایم آئی",), attrs={"country": "India"}),
        GazetteerEntry(canonical="India", label=Label.LOC, forms=("ہندوستان",)),
    )

    def names(text: str) -> dict[str, str | None]:
        return {e.text: e.canonical for e in pipeline.extract(text)}

    assert "وزارت خارجہ" not in names("وزارت خارجہ کی ترجمان نے کہا")
    assert names("بیجنگ میں وزارت خارجہ کی ترجمان نے کہا")["وزارت خارجہ"] == (
        "Ministry of Foreign Affairs of the People's Republic of China"
    )
    assert names("اسلام آباد میں وزارت خارجہ کی ترجمان نے کہا")["وزارت خارجہ"] == (
        "Ministry of Foreign Affairs (Pakistan)"
    )
    # spelled-out letters may end a longer acronym (بی ایم آئی): a place does not confirm them
    assert "ایم آئی" not in names("ہندوستان میں بی ایم آئی کا حساب")


def test_hyderabad_by_its_province_or_state() -> None:
    pipeline = _pipeline(
        GazetteerEntry(canonical="Hyderabad, Sindh", label=Label.LOC, forms=("حیدرآباد",),
                       attrs={"country": "Pakistan", "province": "Sindh"}),
        GazetteerEntry(canonical="Hyderabad", label=Label.LOC, forms=("حیدرآباد دکن",),
                       attrs={"country": "India", "state": "Telangana"}),
        GazetteerEntry(canonical="Telangana", label=Label.LOC, forms=("تلنگانہ",)),
        GazetteerEntry(canonical="Sindh", label=Label.LOC, forms=("سندھ",)),
    )
    names = {e.text: e.canonical for e in pipeline.extract("تلنگانہ کے شہر حیدرآباد میں")}
    assert names["حیدرآباد"] == "Hyderabad"
    names = {e.text: e.canonical for e in pipeline.extract("سندھ کے شہر حیدرآباد میں")}
    assert names["حیدرآباد"] == "Hyderabad, Sindh"


def test_candidate_type_is_used() -> None:
    assert Candidate.__name__ == "Candidate"


def test_a_latin_acronym_in_brackets_after_a_name_is_that_name() -> None:
    pipeline = _pipeline(
        GazetteerEntry(canonical="Bangladesh Nationalist Party", label=Label.ORG,
                       forms=("بنگلہ دیش نیشنلسٹ پارٹی",)),
        GazetteerEntry(canonical="Pakistan Muslim League (N)", label=Label.ORG,
                       forms=("مسلم لیگ نواز",)),
        GazetteerEntry(canonical="Pakistan", label=Label.LOC, forms=("پاکستان",)),
    )

    def found(text: str) -> list[tuple[str, str, str | None, str]]:
        return [(e.text, e.label.value, e.canonical, e.source) for e in pipeline.extract(text)]

    assert ("BNP", "ORG", "Bangladesh Nationalist Party", "alias") in found(
        "بنگلہ دیش نیشنلسٹ پارٹی (BNP) نے انتخابات کا خیر مقدم کیا")
    assert ("PML-N", "ORG", "Pakistan Muslim League (N)", "alias") in found(
        "مسلم لیگ نواز (PML-N) کے رہنما")
    # letters that cannot stand for the name, lower case, or a bracket not right after it
    assert [e[0] for e in found("پاکستان (UAE) میں")] == ["پاکستان"]
    assert [e[0] for e in found("پاکستان (Pak) میں")] == ["پاکستان"]
    assert [e[0] for e in found("پاکستان میں (PAK)")] == ["پاکستان"]
