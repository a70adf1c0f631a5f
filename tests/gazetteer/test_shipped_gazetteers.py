"""The shipped data: every file valid, no form naming two entries, seed names present."""

from __future__ import annotations

import pytest

from urdu_entities import Gazetteer, Label
from urdu_entities._data import gazetteer_files


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


def test_sizes_promised_by_the_issue(shipped: Gazetteer) -> None:
    labels = [e.label for e in shipped.entries()]
    assert labels.count(Label.PER) >= 1500
    assert labels.count(Label.ORG) >= 500


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
