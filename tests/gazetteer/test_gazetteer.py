from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from urdu_entities import Gazetteer, GazetteerEntry, GazetteerError, Label
from urdu_entities.text.document import Document


def matches(gazetteer: Gazetteer, text: str) -> list[tuple[str, str | None, bool]]:
    doc = Document.from_text(text)
    out = []
    for c in gazetteer.find(doc):
        start, end = doc.original_span(c.start, c.end)
        out.append((text[start:end], c.canonical, c.needs_context))
    return out


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_spelling_variants_of_one_name(mini_gazetteer: Gazetteer) -> None:
    found = matches(mini_gazetteer, "پیوٹن، پوٹن اور پوتن")
    assert [canonical for _, canonical, _ in found] == ["Vladimir Putin"] * 3


def test_spaces_inside_long_names_are_ignored(mini_gazetteer: Gazetteer) -> None:
    assert matches(mini_gazetteer, "ولادیووستوک") == [("ولادیووستوک", "Vladivostok", False)]
    assert matches(mini_gazetteer, "ولادی ووستوک") == [("ولادی ووستوک", "Vladivostok", False)]


def test_short_names_are_not_glued_together(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"canonical": "Kamal", "label": "PER", "forms": ["کمال"]})])
    assert matches(Gazetteer.from_files([path]), "کم ال") == []


def test_long_name_matches_through_its_skeleton(mini_gazetteer: Gazetteer) -> None:
    assert matches(mini_gazetteer, "ولادی وستوک")[0][1] == "Vladivostok"


def test_skeleton_needs_as_many_words_as_the_name(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"canonical": "Alexander Lukashenko", "label": "PER",
                                        "forms": ["لوکاشینکو"]})])
    gazetteer = Gazetteer.from_files([path])
    assert matches(gazetteer, "لوکاشنکو")[0][1] == "Alexander Lukashenko"
    assert matches(gazetteer, "الیکشن کے بعد") == []


def test_word_final_vowel_letters_count_in_the_skeleton(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"canonical": "Pakistan Army", "label": "ORG",
                                        "forms": ["پاکستانی فوج"]})])
    assert matches(Gazetteer.from_files([path]), "پاکستانی فوجی") == []


def test_spelled_out_acronyms_are_not_matched_loosely(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"canonical": "NBC News", "label": "ORG",
                                        "forms": ["این بی سی نیوز"]})])
    assert matches(Gazetteer.from_files([path]), "نے بی بی سی نیوز") == []


def test_skeleton_match_does_not_swallow_the_next_word(mini_gazetteer: Gazetteer) -> None:
    found = matches(mini_gazetteer, "ولادیووستوک کے بعد")
    assert found == [("ولادیووستوک", "Vladivostok", False)]


def test_diacritics_and_letter_variants(mini_gazetteer: Gazetteer) -> None:
    assert matches(mini_gazetteer, "پوتِن")[0][1] == "Vladimir Putin"
    assert matches(mini_gazetteer, "شمالي كوريا")[0][1] == "North Korea"


def test_latin_forms_ignore_case(mini_gazetteer: Gazetteer) -> None:
    assert matches(mini_gazetteer, "kcna")[0][1] == "Korean Central News Agency"


def test_name_glued_to_the_next_word(mini_gazetteer: Gazetteer) -> None:
    found = matches(mini_gazetteer, "دی ایسٹرن اکنامک فورمحکام کے مطابق")
    assert found == [("ایسٹرن اکنامک فورم", "Eastern Economic Forum", False)]


GLUED = Gazetteer([
    GazetteerEntry(canonical="Pakistan", label=Label.LOC, forms=("پاکستان",)),
    GazetteerEntry(canonical="Pakistan Peoples Party", label=Label.ORG,
                   forms=("پاکستان پیپلز پارٹی",)),
    GazetteerEntry(canonical="Washington, D.C.", label=Label.LOC, forms=("واشنگٹن",)),
])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("واشنگٹنمیں اجلاس ہوا", "واشنگٹن"),  # a one-word name glued to a postposition
        ("پاکستانکے لیے قرض", "پاکستان"),  # one that also begins longer names
        ("پاکستانکی معیشت", "پاکستان"),
    ],
)
def test_a_name_glued_to_a_postposition(text: str, name: str) -> None:
    assert [m[0] for m in matches(GLUED, text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "پاکستانیوں نے ووٹ دیا",  # an inflected word, not a glued one
        "واشنگٹنوالے آئے",  # a one-word name is split only before a postposition
    ],
)
def test_words_that_only_begin_with_a_name_stay_whole(text: str) -> None:
    assert matches(GLUED, text) == []


def test_a_very_long_glued_word_is_not_probed_beyond_the_longest_name(
    mini_gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Probing every cut of a 100,000-letter word once cost time quadratic in its length.
    probes: list[str] = []
    names = mini_gazetteer._names
    index = type(names)
    original_get = index.get

    def get(self: object, key: str) -> list[int]:
        probes.append(key)
        return original_get(self, key)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "get", get)
    text = "ایسٹرن اکنامک " + "فورم" + "ب" * 100_000
    found = matches(mini_gazetteer, text)
    assert ("ایسٹرن اکنامک فورم", "Eastern Economic Forum", False) in found
    longest = max(len(key) for key in names.all_keys())
    assert max(map(len, probes)) <= longest
    assert len(probes) < 10 * longest


def test_ambiguous_forms_are_flagged_unless_diacritics_mark_the_name(
    mini_gazetteer: Gazetteer,
) -> None:
    assert matches(mini_gazetteer, "کم") == [("کم", "Kim Jong Un", True)]
    assert matches(mini_gazetteer, "کِم") == [("کِم", "Kim Jong Un", False)]


def test_longest_match_wins_at_a_position(mini_gazetteer: Gazetteer) -> None:
    assert matches(mini_gazetteer, "کم جونگ اُن")[0] == ("کم جونگ اُن", "Kim Jong Un", False)


def test_bad_file_is_rejected_whole_with_line_and_field(tmp_path: Path) -> None:
    good = json.dumps({"canonical": "Lahore", "label": "LOC", "forms": ["لاہور"]})
    bad = json.dumps({"canonical": "Karachi", "label": "CITY", "forms": ["کراچی"]})
    path = write(tmp_path, ["# comment", good, bad, "{not json"])
    with pytest.raises(GazetteerError) as info:
        Gazetteer.from_files([path])
    message = str(info.value)
    assert f"{path}:3 [label]" in message
    assert f"{path}:4" in message and "not valid JSON" in message
    assert len(info.value.problems) == 2


def test_bad_file_leaves_existing_gazetteer_untouched(tmp_path: Path) -> None:
    gazetteer = Gazetteer([GazetteerEntry(canonical="Lahore", label=Label.LOC, forms=("لاہور",))])
    good = write(tmp_path, [json.dumps({"canonical": "Karachi", "label": "LOC",
                                        "forms": ["کراچی"]})])
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(GazetteerError, match="file not found"):
        gazetteer.add_files([good, missing])
    assert len(gazetteer) == 1


def test_duplicate_entries_are_rejected(tmp_path: Path) -> None:
    line = json.dumps({"canonical": "Lahore", "label": "LOC", "forms": ["لاہور"]})
    with pytest.raises(GazetteerError, match=r"duplicate entry LOC 'Lahore' \(first on line 1"):
        Gazetteer.from_files([write(tmp_path, [line, line])])


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"canonical": "X", "label": "PER", "forms": []}, "forms"),
        ({"canonical": "X", "label": "PER", "forms": ["ایکس"], "ambiguous": ["وائی"]},
         "ambiguous"),
        ({"canonical": "X", "label": "PER", "forms": ["ایکس"], "ids": {"wikidata": "42"}},
         "ids.wikidata"),
        ({"canonical": "X", "label": "PER", "forms": ["ایکس"], "colour": "red"}, "colour"),
        ({"canonical": "", "label": "PER", "forms": ["ایکس"]}, "canonical"),
    ],
)
def test_entry_validation(tmp_path: Path, entry: dict[str, object], field: str) -> None:
    with pytest.raises(GazetteerError) as info:
        Gazetteer.from_files([write(tmp_path, [json.dumps(entry, ensure_ascii=False)])])
    assert info.value.problems[0].field == field


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes(b'{"canonical": "\xff"}\n')
    with pytest.raises(GazetteerError, match="not UTF-8"):
        Gazetteer.from_files([path])


LAHORE = {"canonical": "Lahore", "label": "LOC", "forms": ["لاہور", "لاھور"]}
KARACHI = {"canonical": "Karachi", "label": "LOC", "forms": ["کراچی"]}


def _lines(*entries: dict[str, object]) -> list[str]:
    return [json.dumps(e, ensure_ascii=False) for e in entries]


def test_a_utf8_byte_order_mark_and_crlf_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "excel.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(_lines(LAHORE, KARACHI)).encode() + b"\r\n")
    gazetteer = Gazetteer.from_files([path])
    assert [(e.canonical, e.forms) for e in gazetteer.entries()] == [
        ("Lahore", ("لاہور", "لاھور")), ("Karachi", ("کراچی",))]
    assert gazetteer.record(1).line == 2


def test_utf16_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "notepad.jsonl"
    path.write_bytes("\n".join(_lines(LAHORE)).encode("utf-16"))
    with pytest.raises(GazetteerError, match="UTF-16"):
        Gazetteer.from_files([path])


def test_a_bad_byte_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_bytes("\n".join(_lines(LAHORE, KARACHI)).encode() + b"\n{\xff}\n")
    with pytest.raises(GazetteerError, match=rf"{path.name}:3: not UTF-8 \(byte \d+, column 2\)"):
        Gazetteer.from_files([path])


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"canonical": "Lahore", "label": "LOC", "forms": ["لاہور"], "canonical": "Karachi"}',
         "canonical"),
        ('{"canonical": "Lahore", "label": "LOC", "forms": ["لاہور"], '
         '"attrs": {"role": "city", "role": "capital"}}', "role"),
        ('{"canonical": "Lahore", "label": "LOC", "forms": ["لاہور"], '
         '"ids": {"wikidata": "Q11739", "wikidata": "Q1"}}', "wikidata"),
    ],
)
def test_a_key_given_twice_is_rejected_with_its_line(
    tmp_path: Path, line: str, field: str
) -> None:
    path = write(tmp_path, [*_lines(KARACHI), line])
    with pytest.raises(GazetteerError) as info:
        Gazetteer.from_files([path])
    assert [(p.line, p.field) for p in info.value.problems] == [(2, field)]
    assert f"{path}:2 [{field}]: key '{field}' given twice" in str(info.value)


@pytest.mark.parametrize(
    ("form", "code"),
    [("لاہور\t", "0009"), ("\x00لاہور", "0000"), ("لا\nہور", "000A"), ("لا\u2028ہور", "2028"),
     ("\x85لاہور", "0085")],
)
def test_control_characters_in_forms_are_rejected(tmp_path: Path, form: str, code: str) -> None:
    bad = {**LAHORE, "forms": ["لاہور", form]}
    path = write(tmp_path, _lines(KARACHI, bad))
    with pytest.raises(GazetteerError) as info:
        Gazetteer.from_files([path])
    assert [(p.line, p.field) for p in info.value.problems] == [(2, "forms.1")]
    assert f"control character U+{code}" in str(info.value)


def test_escaped_backslashes_are_not_control_characters(tmp_path: Path) -> None:
    entry = {"canonical": "AC\\DC", "label": "ORG", "forms": ["اے سی\\ڈی سی"]}
    gazetteer = Gazetteer.from_files([write(tmp_path, _lines(entry))])
    assert next(iter(gazetteer.entries())).forms == ("اے سی\\ڈی سی",)


def test_two_values_on_one_line_are_an_error_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, [_lines(LAHORE)[0] + ", " + _lines(KARACHI)[0]])
    with pytest.raises(GazetteerError, match=r":1: not valid JSON"):
        Gazetteer.from_files([path])


def test_label_errors_name_labels_plainly(tmp_path: Path) -> None:
    path = write(tmp_path, _lines({**LAHORE, "label": "DATE"}))
    with pytest.raises(GazetteerError) as info:
        Gazetteer.from_files([path])
    message = str(info.value)
    assert "[label]: Input should be PER, LOC or ORG" in message
    assert "<Label" not in message


def test_later_layers_take_precedence() -> None:
    gazetteer = Gazetteer([GazetteerEntry(canonical="Ali", label=Label.PER, forms=("علی",))])
    gazetteer.add(GazetteerEntry(canonical="Ali (user)", label=Label.PER, forms=("علی",)))
    assert matches(gazetteer, "علی")[0][1] == "Ali (user)"
    assert [hit.record.entry.canonical for hit in gazetteer.lookup("علی")] == [
        "Ali (user)", "Ali"]


def test_conflicts_within_a_layer_are_reported() -> None:
    gazetteer = Gazetteer([
        GazetteerEntry(canonical="George W. Bush", label=Label.PER, forms=("جارج بش",)),
        GazetteerEntry(canonical="George H. W. Bush", label=Label.PER, forms=("جارج بش",)),
    ])
    problems = gazetteer.conflicts()
    assert len(problems) == 1 and "names 2 entries" in problems[0].message


def test_lookup_explains_the_level(mini_gazetteer: Gazetteer) -> None:
    hits = mini_gazetteer.lookup("ولادیووستوک")
    assert hits[0].record.entry.canonical == "Vladivostok"
    assert hits[0].level == "name"
    assert mini_gazetteer.lookup("ولادی وستوک")[0].level == "skeleton"
    assert mini_gazetteer.lookup("کوئی نہیں") == []


def test_ids_prefer_wikidata() -> None:
    entry = GazetteerEntry.model_validate(
        {"canonical": "Pakistan", "label": "LOC", "forms": ["پاکستان"],
         "ids": {"wikidata": "Q843", "iso": "PK"}})
    assert entry.ids.best() == "Q843"
    entry = GazetteerEntry.model_validate(
        {"canonical": "Pakistan", "label": "LOC", "forms": ["پاکستان"], "ids": {"iso": "PK"}})
    assert entry.ids.best() == "iso:PK"


def test_skeleton_match_must_also_be_close_in_spelling(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"canonical": "Kabul River", "label": "LOC",
                                        "forms": ["دریائے کابل"]})])
    gazetteer = Gazetteer.from_files([path])
    assert matches(gazetteer, "ذمہ داری قبول کر لی") == []
    assert matches(gazetteer, "دریاۓ کابل")[0][1] == "Kabul River"


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(0, 5)), max_size=12),
                max_size=4))
def test_key_index_bulk_adds_as_one_at_a_time_does(batches: list[list[tuple[str, int]]]) -> None:
    from urdu_entities.gazetteer.index import _Index

    bulk, single = _Index(), _Index()
    for batch in batches:
        bulk.bulk([k for k, _ in batch], [h for _, h in batch])
        for key, hit in batch:
            single.add(key, hit)
    for key in "abcdef":
        assert bulk.get(key) == single.get(key)
