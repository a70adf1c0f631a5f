"""The shipped data: every file valid, no form naming two entries, seed names present."""

from __future__ import annotations

import pytest

from urdu_entities import Gazetteer, Label
from urdu_entities._data import gazetteer_files
from urdu_entities.gazetteer import keys
from urdu_entities.text.document import Document


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.from_files(gazetteer_files())


def test_there_is_shipped_data() -> None:
    names = {p.name for p in gazetteer_files()}
    assert any(n.startswith("places_") for n in names)
    assert any(n.startswith("people_") for n in names)
    assert any(n.startswith("organisations_") for n in names)


def test_no_form_names_two_entries(shipped: Gazetteer) -> None:
    assert [str(p) for p in shipped.conflicts()] == []


def test_no_form_names_two_entries_across_files(shipped: Gazetteer) -> None:
    # conflicts() compares the entries of one layer; one layer of every entry compares files.
    one_layer = Gazetteer(list(shipped.entries()))
    assert [str(p) for p in one_layer.conflicts()] == []


def test_sizes_promised_by_the_issue(shipped: Gazetteer) -> None:
    labels = [e.label for e in shipped.entries()]
    assert labels.count(Label.PER) >= 4500
    assert labels.count(Label.ORG) >= 1600


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("پیوٹن", "Vladimir Putin"),
        ("پوٹن", "Vladimir Putin"),
        ("پوتن", "Vladimir Putin"),
        ("ولادی ووستوک", "Vladivostok"),
        ("ولادیووستوک", "Vladivostok"),
        ("شوئیگو", "Sergei Shoigu"),
        ("کم جونگ اُن", "Kim Jong Un"),
        ("پیانگ یانگ", "Pyongyang"),
        ("ماسکو", "Moscow"),
        ("یوکرین", "Ukraine"),
        ("شمالی کوریا", "North Korea"),
        ("ڈیموکریٹک پیپلز ریپبلک آف کوریا", "North Korea"),
        ("ریاست ہائے متحدہ امریکہ", "United States"),
        ("خیبر پختونخوا", "Khyber Pakhtunkhwa"),
        ("سوویت یونین", "Soviet Union"),
        ("مشرق وسطیٰ", "Middle East"),
        ("وائٹ ہاؤس", "White House"),
        ("پینٹاگون", "The Pentagon"),
    ],
)
def test_lookup(shipped: Gazetteer, form: str, canonical: str) -> None:
    assert shipped.lookup(form)[0].record.entry.canonical == canonical


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        # parties, with their long names, abbreviations and Latin forms
        ("پاکستان مسلم لیگ نواز", "Pakistan Muslim League (N)"),
        ("مسلم لیگ (ن)", "Pakistan Muslim League (N)"),
        ("PML-N", "Pakistan Muslim League (N)"),
        ("PMLN", "Pakistan Muslim League (N)"),
        ("مسلم لیگ ق", "Pakistan Muslim League (Q)"),
        ("تحریک انصاف پارلیمنٹیرینز", "Pakistan Tehreek-e-Insaf Parliamentarians"),
        ("جمعیت علمائے اسلام (ف)", "Jamiat Ulema-e-Islam (F)"),
        # state bodies, in both spellings of the English loan and in Latin
        ("سٹیٹ بینک", "State Bank of Pakistan"),
        ("اسٹیٹ بینک", "State Bank of Pakistan"),
        ("ISPR", "Inter-Services Public Relations"),
        ("Supreme Court", "Supreme Court of Pakistan"),
        ("IHC", "Islamabad High Court"),
        ("الیکشن کمیشن", "Election Commission of Pakistan"),
        ("سی ٹی ڈی", "Counter Terrorism Department (Pakistan)"),
        ("رویت ہلال کمیٹی", "Ruet-e-Hilal Committee"),
        ("وفاقی محتسب", "Wafaqi Mohtasib"),
        ("پیسکو", "Peshawar Electric Supply Company"),
        ("FIA", "Federal Investigation Agency"),
        # other countries' bodies need their country word
        ("بھارتی فوج", "Indian Army"),
        ("بھارتی وزارت داخلہ", "Ministry of Home Affairs (India)"),
        ("سعودی وزارت حج", "Ministry of Hajj and Umrah"),
        ("ایئر انڈیا", "Air India"),
        ("اسرو", "Indian Space Research Organisation"),
        ("موڈیز", "Moody's Ratings"),
        # people
        ("مریم اورنگزیب", "Marriyum Aurangzeb"),
        ("مرتضیٰ جاوید عباسی", "Murtaza Javed Abbasi"),
        ("منیب اختر", "Munib Akhtar"),
        ("عرفان سعادت خان", "Irfan Saadat Khan"),
        ("سکندر سلطان راجہ", "Sikandar Sultan Raja"),
        ("ابو محمد الجولانی", "Ahmed al-Sharaa"),
        ("ثناء اللہ غفاری", "Sanaullah Ghafari"),
        ("شاہزیب خانزادہ", "Shahzeb Khanzada"),
        ("یوگی آدتیہ ناتھ", "Yogi Adityanath"),
        ("نعمان علی", "Noman Ali"),
        ("سکندر اعظم", "Alexander the Great"),
    ],
)
def test_lookup_news_names(shipped: Gazetteer, form: str, canonical: str) -> None:
    assert shipped.lookup(form)[0].record.entry.canonical == canonical


@pytest.mark.parametrize(
    "form",
    ["وزارت اطلاعات", "وزارت تجارت", "وفاقی کابینہ", "ایوان صدر", "جوڈیشل کمیشن", "لیویز", "جاز"],
)
def test_generic_names_need_context(shipped: Gazetteer, form: str) -> None:
    hits = shipped.lookup(form)
    assert hits and hits[0].ambiguous


@pytest.mark.parametrize("form", ["وزارت صحت", "وزارت تعلیم", "اپنی پارٹی", "فراری", "کونا"])
def test_ordinary_words_and_devolved_ministries_name_nothing(
    shipped: Gazetteer, form: str
) -> None:
    assert shipped.lookup(form) == []


@pytest.mark.parametrize("latin", ["CAA", "IPP", "MMA", "CPI", "ETA", "UNI"])
def test_latin_words_that_are_other_things_need_context(shipped: Gazetteer, latin: str) -> None:
    """Not listed as forms; a rendering of a spelled-out Urdu acronym needs context."""
    assert all(hit.ambiguous for hit in shipped.lookup(latin))


def test_and_cannot_stand_in_for_a_word_of_a_name(shipped: Gazetteer) -> None:
    """The loose match drops inner vowel letters, so a word such as ``ایئر`` reads like
    ``اور``: no form may let ``پاکستان اور انڈیا`` or ``کالج اور یونیورسٹی`` become a name."""
    conjunction = keys.word_skeleton("اور")
    risky = []
    for entry in shipped.entries():
        for form in entry.forms:
            words = form.split()
            for i, word in enumerate(words):
                if len(words) < 2 or word in ("اور", "و"):
                    continue
                if keys.word_skeleton(word) != conjunction:
                    continue
                text = " ".join([*words[:i], "اور", *words[i + 1 :]])
                if any(
                    c.start == 0 and c.end == len(text) and c.canonical == entry.canonical
                    for c in shipped.find(Document.from_text(text))
                ):
                    risky.append(f"{entry.canonical}: {form}")
    assert risky == []


def test_countries_carry_iso_codes(shipped: Gazetteer) -> None:
    with_iso = [e for e in shipped.entries()
                if (e.attrs or {}).get("kind") == "country" and e.ids is not None and e.ids.iso]
    assert len(with_iso) >= 190  # every ISO 3166 country (Kosovo, England... have no code)


def test_shipped_files_read_the_same_without_validation() -> None:
    """The shipped gazetteer loads without validation (``trusted=True``): every file must
    be valid and read exactly as validation would read it (no whitespace to strip, no
    unknown field)."""
    from urdu_entities.gazetteer.files import read_file, read_trusted

    for path in gazetteer_files():
        validated, trusted = read_file(path), read_trusted(path)
        assert trusted.lines == validated.lines
        as_strings = [
            {**entry, "label": str(entry["label"])} for entry in validated.validated()
        ]
        assert trusted.validated() == as_strings, path.name
