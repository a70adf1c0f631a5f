"""Spelling variation web Urdu really has, matched through the variant and Latin keys
(``urdu_entities.gazetteer.keys``; the letters in ``urdu_entities.lang.letters_fold``).

Each folding is tested both ways — the listed form written with the other letter, and a form
listed with the other letter found from the usual spelling — and ordinary words that fold
onto a listed name must stay unmatched.
"""

from __future__ import annotations

import pytest

from urdu_entities import Gazetteer, GazetteerEntry, Label
from urdu_entities.gazetteer import keys
from urdu_entities.lang.letters_fold import VARIANT_FOLD
from urdu_entities.text.document import Document


def gazetteer(*entries: tuple[str, str, list[str]]) -> Gazetteer:
    return Gazetteer(
        GazetteerEntry(canonical=c, label=Label(label), forms=tuple(forms))
        for c, label, forms in entries
    )


def found(g: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    doc = Document.from_text(text)
    out = []
    for c in g.find(doc):
        start, end = doc.original_span(c.start, c.end)
        out.append((text[start:end], c.canonical))
    return out


# (listed form, the form as typed, canonical): each letter of VARIANT_FOLD in both directions.
PAIRS = [
    ("اسلام آباد", "اسلام اباد", "Islamabad"),  # آ typed as ا
    ("فیصل آباد", "فیصل اباد", "Faisalabad"),
    ("آسٹریلیا", "اسٹریلیا", "Australia"),
    ("آصف علی زرداری", "اصف علی زرداری", "Asif Ali Zardari"),
    ("ٹورنٹو", "تورنتو", "Toronto"),  # ٹ/ت
    ("ڈنمارک", "دنمارک", "Denmark"),  # ڈ/د
    ("باجوڑ ایجنسی", "باجور ایجنسی", "Bajaur Agency"),  # ڑ/ر
    ("چوہدری نثار", "چوھدری نثار", "Chaudhry Nisar Ali Khan"),  # ہ/ھ
    ("جماعۃ الدعوۃ", "جماعہ الدعوہ", "Jamaat-ud-Dawa"),  # ۃ/ہ
    ("کرسٹین لاگارڈ", "کرسٹین لاگارڈ", "Christine Lagarde"),
    ("بائیس خواجہ", "باءیس خواجہ", "Baees Khwaja"),  # hamza: old spelling with ء
    ("راۓ ونڈ", "رائے ونڈ", "Raiwind"),
    ("سمیع الحق", "سمیع الحق", "Sami-ul-Haq"),
    ("کوئٹہ شوریٰ", "کویٹہ شوریٰ", "Quetta Shura"),  # ئ typed as ی
    ("ماؤزے تنگ", "ماوزے تنگ", "Mao Zedong"),  # ؤ typed as و
    ("ڈیرہ اسماعیل خان", "ڈیرا اسماعیل خان", "Dera Ismail Khan"),  # final ہ/ا (skeleton)
    ("وزیری بے", "وزیری بی", "Waziri Bay"),  # final ے/ی in a longer name
]


@pytest.mark.parametrize(("listed", "typed", "canonical"), PAIRS)
def test_a_variant_spelling_finds_the_listed_name(listed: str, typed: str, canonical: str) -> None:
    g = gazetteer((canonical, "LOC", [listed]))
    assert found(g, f"وہ {typed} میں تھے") == [(typed, canonical)]


@pytest.mark.parametrize(("listed", "typed", "canonical"), PAIRS)
def test_a_name_listed_in_its_variant_finds_the_usual_spelling(
    listed: str, typed: str, canonical: str
) -> None:
    g = gazetteer((canonical, "LOC", [typed]))
    assert found(g, f"وہ {listed} میں تھے") == [(listed, canonical)]


def test_every_folded_letter_is_covered() -> None:
    covered = {
        a for listed, typed, _ in PAIRS for a, b in zip(listed, typed, strict=False) if a != b
    } | {b for listed, typed, _ in PAIRS for a, b in zip(listed, typed, strict=False) if a != b}
    # ۓ and ء are normalised or checked through their multi-letter forms above.
    assert set(VARIANT_FOLD) - covered <= {"ۓ", "ء", "ئ", "ے"}


def test_an_exact_form_beats_a_variant_of_another_entry() -> None:
    g = gazetteer(("Attock", "LOC", ["اٹک"]), ("Atak", "PER", ["اتک خان"]))
    assert found(g, "اتک خان آئے") == [("اتک خان", "Atak")]


def test_spaces_and_joins_are_optional() -> None:
    g = gazetteer(
        ("Nawaz Sharif", "PER", ["نواز شریف"]),
        ("Azhar Ali", "PER", ["اظہر علی"]),
        ("Abdul Sattar Edhi", "PER", ["عبدالستار ایدھی"]),
    )
    assert found(g, "نوازشریف اور اظہرعلی") == [("نوازشریف", "Nawaz Sharif"),
                                              ("اظہرعلی", "Azhar Ali")]
    assert found(g, "عبد الستار ایدھی") == [("عبد الستار ایدھی", "Abdul Sattar Edhi")]
    assert found(g, "عبدالستار اِیدھی") == [("عبدالستار اِیدھی", "Abdul Sattar Edhi")]


@pytest.mark.parametrize(
    ("word", "name", "listed"),
    [
        ("روٹی", "Mark Rutte", "روٹے"),  # bread: final ے/ی is grammar in one word
        ("کیڑے", "John Kerry", "کیری"),  # insects
        ("سوچے", "Sochi", "سوچی"),  # thought
        ("دھونے", "MS Dhoni", "دھونی"),  # washing
        ("اسٹور", "Astore", "استور"),  # store (guard list)
    ],
)
def test_ordinary_words_stay_unmatched(word: str, name: str, listed: str) -> None:
    g = gazetteer((name, "PER", [listed]))
    assert found(g, f"انہوں نے {word} لیا") == []


def test_short_and_spelled_out_names_have_no_variant() -> None:
    g = gazetteer(("Associated Press", "ORG", ["اے پی"]), ("CIA", "ORG", ["سی آئی اے"]),
                  ("Doda", "LOC", ["ڈوڈہ"]))
    assert found(g, "ای پی اور سے آئی اے") == []
    assert found(g, "دودھ") == []  # four letters: too short for a one-word variant


def test_no_variant_match_takes_in_a_postposition() -> None:
    g = gazetteer(("Keamari District", "LOC", ["کیماڑی"]))
    assert found(g, "خوف کے مارے") == []
    assert found(g, "کیماری") == [("کیماری", "Keamari District")]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("PML-N کے رہنما", "Pakistan Muslim League (N)"),  # a Latin form with its hyphen
        ("pml-n کے", "Pakistan Muslim League (N)"),
        ("Supreme Court نے", "Supreme Court of Pakistan"),  # rendered from سپریم کورٹ
        ("ISPR کے مطابق", "Inter-Services Public Relations"),  # from آئی ایس پی آر
        ("State Bank of Pakistan نے", "State Bank of Pakistan"),  # the canonical name
    ],
)
def test_latin_names_inside_urdu_find_their_entry(text: str, canonical: str) -> None:
    g = gazetteer(
        ("Pakistan Muslim League (N)", "ORG", ["مسلم لیگ ن", "PML-N"]),
        ("Supreme Court of Pakistan", "ORG", ["سپریم کورٹ"]),
        ("Inter-Services Public Relations", "ORG", ["آئی ایس پی آر"]),
        ("State Bank of Pakistan", "ORG", ["اسٹیٹ بینک آف پاکستان"]),
    )
    assert [c for _, c in found(g, text)] == [canonical]


def test_a_short_latin_word_matches_an_acronym_only_in_capitals() -> None:
    g = gazetteer(("Uttar Pradesh", "LOC", ["اتر پردیش", "UP"]))
    assert found(g, "UP میں") == [("UP", "Uttar Pradesh")]
    assert found(g, "Up میں") == []


def test_lookup_reports_the_variant_level() -> None:
    g = gazetteer(("Islamabad", "LOC", ["اسلام آباد"]))
    hits = g.lookup("اسلام اباد")
    assert [(h.record.entry.canonical, h.level) for h in hits] == [("Islamabad", "variant")]
    assert keys.variant_key(["اسلام", "اباد"]) == keys.variant_key(["اسلام", "آباد"])


def test_no_name_across_a_paragraph_break() -> None:
    g = gazetteer(("Pakistan Muslim League", "ORG", ["پاکستان مسلم لیگ"]),
                  ("Supreme Court", "ORG", ["Supreme Court"]))
    assert found(g, "پاکستان\n\nمسلم لیگ") == []
    assert found(g, "Supreme\n\nCourt") == []
    assert found(g, "پاکستان مسلم لیگ") == [("پاکستان مسلم لیگ", "Pakistan Muslim League")]
