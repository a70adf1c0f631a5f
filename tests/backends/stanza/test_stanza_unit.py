"""The stanza backend without stanza: tag mapping, offsets, the resolver, clear errors.

These run in the default suite (no stanza, no torch); ``test_stanza_models.py`` runs the
same backend on real (tiny) stanza models.
"""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeStanza

from urdu_entities import Label, Pipeline
from urdu_entities.backends import BACKENDS, BackendUnavailable, StanzaRecognizer
from urdu_entities.backends.stanza import DEFAULT_SCORE, locate_models
from urdu_entities.lang.stanza_tags import STANZA_TAGS, map_tag
from urdu_entities.text.document import Document

GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer.jsonl"


def found(text: str, entities: list[tuple[str, str]], **kwargs: Any) -> list[tuple[str, str]]:
    doc = Document.from_text(text)
    recognizer = StanzaRecognizer.from_pipeline(FakeStanza(entities), **kwargs)
    return [(doc.text[c.start : c.end], c.label.value) for c in recognizer.find(doc)]


# ---------------------------------------------------------------------------- tag table
@pytest.mark.parametrize(
    ("tag", "label"),
    [
        ("NEP", Label.PER),
        ("NEL", Label.LOC),
        ("NEO", Label.ORG),
        ("NETI", Label.DATE),
        ("PERSON", Label.PER),
        ("GPE", Label.LOC),
        ("ORG", Label.ORG),
        ("DATE", Label.DATE),
        ("B-NEP", Label.PER),
        ("S-NEL", Label.LOC),
        ("nep", Label.PER),
        ("NEN", None),
        ("NEM", None),
        ("NEAR", None),
        ("NETE", None),
        ("CARDINAL", None),
        ("SOMETHING_NEW", None),
    ],
)
def test_tag_table(tag: str, label: Label | None) -> None:
    assert map_tag(tag) is label


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        STANZA_TAGS["NEP"] = None  # type: ignore[index]


def test_backends_listed() -> None:
    assert BACKENDS == ("default", "stanza")


# ---------------------------------------------------------------------------- mapping
TEXT = "صدر ولادیمیر پوتن نے منگل کو ماسکو میں تین وزرا اور اقوام متحدہ کے حکام سے ملاقات کی۔"
ENTITIES = [
    ("صدر ولادیمیر پوتن", "NEP"),  # a title inside the model's span is left out
    ("منگل کو", "NETI"),
    ("ماسکو میں", "NEL"),  # so is a postposition
    ("تین", "NEN"),  # numbers are dropped
    ("اقوام متحدہ", "NEO"),
    ("حکام", "SOMETHING_NEW"),  # unknown tags are dropped
]


def test_character_offsets_become_candidates() -> None:
    doc = Document.from_text(TEXT)
    recognizer = StanzaRecognizer.from_pipeline(FakeStanza(ENTITIES), dates="all")
    candidates = recognizer.find(doc)
    assert [(doc.text[c.start : c.end], c.label) for c in candidates] == [
        ("ولادیمیر پوتن", Label.PER),
        ("منگل", Label.DATE),
        ("ماسکو", Label.LOC),
        ("اقوام متحدہ", Label.ORG),
    ]
    for c in candidates:
        assert (c.tok_start, c.tok_end) == doc.token_range(c.start, c.end)
        assert c.source == "stanza"
        assert c.score == DEFAULT_SCORE
        assert c.canonical is None and c.value is None and c.id is None
        assert c.resolved is False


def test_own_tokens_when_pretokenized() -> None:
    doc = Document.from_text(TEXT)
    fake = FakeStanza(ENTITIES, pretokenized=True)
    recognizer = StanzaRecognizer.from_pipeline(fake, dates="all")
    assert recognizer.use_tokenizer is False
    assert [(doc.text[c.start : c.end], c.label.value) for c in recognizer.find(doc)] == [
        ("ولادیمیر پوتن", "PER"),
        ("منگل", "DATE"),
        ("ماسکو", "LOC"),
        ("اقوام متحدہ", "ORG"),
    ]


def test_offsets_into_original_text() -> None:
    # Diacritics and Arabic letter forms are normalised away; entities still slice the input.
    text = "ولادیمیر پوتِن نے ماسكو کا دورہ کیا"
    recognizer = StanzaRecognizer.from_pipeline(
        FakeStanza([("ولادیمیر پوتن", "NEP"), ("ماسکو", "NEL")])
    )
    pipeline = Pipeline(default_gazetteer=False, dates=False, model=False, recognizers=[recognizer])
    entities = pipeline.extract(text)
    assert [(e.text, e.label.value) for e in entities] == [
        ("ولادیمیر پوتِن", "PER"),
        ("ماسكو", "LOC"),
    ]
    assert all(text[e.start : e.end] == e.text for e in entities)


def test_tag_map_override() -> None:
    text = "پاکستان کرکٹ بورڈ نے تین کھلاڑیوں کا اعلان کیا"
    entities = [("پاکستان کرکٹ بورڈ", "TEAM"), ("تین", "NEN")]
    assert found(text, entities) == []
    assert found(text, entities, tag_map={"TEAM": "ORG", "NEN": None}) == [
        ("پاکستان کرکٹ بورڈ", "ORG")
    ]


def test_empty_document_does_not_call_stanza() -> None:
    fake = FakeStanza([])
    StanzaRecognizer.from_pipeline(fake).find(Document.from_text("   "))
    assert fake.calls == 0


# ---------------------------------------------------------------------------- dates
DATE_TEXT = "پوتن 14 اگست کو صبح سویرے ماسکو پہنچے۔"
DATE_ENTITIES = [("14 اگست", "NETI"), ("صبح سویرے", "NETI")]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ("unparsed", [("صبح سویرے", "DATE")]),  # the grammar reads 14 اگست itself
        ("all", [("14 اگست", "DATE"), ("صبح سویرے", "DATE")]),
        ("none", []),
    ],
)
def test_date_policy(policy: str, expected: list[tuple[str, str]]) -> None:
    assert found(DATE_TEXT, DATE_ENTITIES, dates=policy) == expected


def test_dates_through_the_pipeline() -> None:
    recognizer = StanzaRecognizer.from_pipeline(FakeStanza(DATE_ENTITIES))
    pipeline = Pipeline(default_gazetteer=False, model=False, recognizers=[recognizer])
    dates = [(e.text, e.source, e.value) for e in pipeline.extract(DATE_TEXT)]
    assert ("14 اگست", "dates", "XXXX-08-14") in dates
    assert ("صبح سویرے", "stanza", None) in dates


def test_bad_date_policy() -> None:
    with pytest.raises(ValueError, match="dates must be one of"):
        StanzaRecognizer.from_pipeline(FakeStanza([]), dates="some")


# ---------------------------------------------------------------------------- resolver
def pipeline_with(fake: FakeStanza, **kwargs: Any) -> Pipeline:
    return Pipeline(
        gazetteers=[GAZETTEER],
        default_gazetteer=False,
        model=False,
        recognizers=[StanzaRecognizer.from_pipeline(fake)],
        **kwargs,
    )


def test_gazetteer_names_stanza_spans() -> None:
    text = "صدر پوتن نے ماسکو میں ثاقب رحمانی سے ملاقات کی۔"
    fake = FakeStanza([("صدر پوتن", "NEP"), ("ماسکو", "NEL"), ("ثاقب رحمانی", "NEP")])
    entities = pipeline_with(fake, dates=False).extract(text)
    assert [(e.text, e.label.value, e.source) for e in entities] == [
        ("پوتن", "PER", "gazetteer+stanza"),
        ("ماسکو", "LOC", "gazetteer+stanza"),
        ("ثاقب رحمانی", "PER", "stanza"),
    ]
    putin, moscow, unknown = entities
    assert (putin.canonical, putin.id, putin.resolved) == ("Vladimir Putin", "Q7747", True)
    assert (moscow.canonical, moscow.resolved) == ("Moscow", True)
    # A name no gazetteer lists: the resolver composes an English form, marked unresolved.
    assert unknown.id is None and unknown.resolved is False


def test_aliases_link_to_stanza_names() -> None:
    text = (
        "ثاقب رحمانی نے کراچی میں نئی کتاب کی رونمائی کی۔ "
        "تقریب کے بعد رحمانی نے کہا کہ کتاب جلد انگریزی میں بھی آئے گی۔"
    )
    entities = pipeline_with(FakeStanza([("ثاقب رحمانی", "NEP")]), dates=False).extract(text)
    assert [(e.text, e.label.value, e.source) for e in entities] == [
        ("ثاقب رحمانی", "PER", "stanza"),
        ("کراچی", "LOC", "gazetteer"),
        ("رحمانی", "PER", "alias"),
    ]
    assert entities[2].canonical == entities[0].canonical


def test_stanza_confirms_an_ambiguous_gazetteer_form() -> None:
    # After "ملک" and before "ہے", "چین" reads as the ordinary word ("peace") to the rules;
    # stanza tagging it as a place confirms the gazetteer entry.
    text = "اس خطے میں سب سے بڑا ملک چین ہے۔"
    assert pipeline_with(FakeStanza([]), dates=False).extract(text) == []
    [china] = pipeline_with(FakeStanza([("چین", "NEL")]), dates=False).extract(text)
    assert (china.canonical, china.id, china.source) == ("China", "iso:CN", "gazetteer+stanza")


# ---------------------------------------------------------------------------- errors
def _message(excinfo: pytest.ExceptionInfo[BackendUnavailable]) -> str:
    error = excinfo.value
    assert isinstance(error, RuntimeError)
    assert error.__cause__ is None and error.__suppress_context__
    assert "docs/stanza.md" in str(error)
    return str(error)


@pytest.fixture
def without_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import stanza`` fail as it does when the extra is not installed."""
    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "stanza" or name.startswith("stanza."):
            raise ModuleNotFoundError(f"No module named {name!r}", name="stanza")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    for module in [m for m in sys.modules if m == "stanza" or m.startswith("stanza.")]:
        monkeypatch.delitem(sys.modules, module)
    monkeypatch.setattr(builtins, "__import__", fake_import)


@pytest.fixture
def dummy_models(tmp_path: Path) -> Path:
    folder = tmp_path / "bare"
    for role in ("tokenize", "ner", "pretrain"):
        (folder / role).mkdir(parents=True)
        (folder / role / f"x_{role}.pt").write_bytes(b"not a model")
    return folder


def test_missing_stanza(without_stanza: None, dummy_models: Path) -> None:
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(dummy_models)
    message = _message(excinfo)
    assert "stanza is not installed" in message
    assert "pip install 'urdu-entities[stanza]'" in message
    assert "torch==2.13.0" in message


def test_missing_stanza_and_models(
    without_stanza: None, tmp_path: Path, isolated_stanza_home: Path
) -> None:
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer()
    message = _message(excinfo)
    assert "pip install 'urdu-entities[stanza]'" in message
    assert str(isolated_stanza_home) in message
    assert len(excinfo.value.problems) == 2


def test_no_folder(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(tmp_path / "nowhere")
    assert f"{tmp_path / 'nowhere'} is not a folder" in _message(excinfo)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(tmp_path)
    message = _message(excinfo)
    assert f"no NER model found in {tmp_path}" in message
    assert f"no tokenizer model found in {tmp_path}" in message


def test_explicit_file_missing(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(ner_model=tmp_path / "ner.pt", use_tokenizer=False)
    assert f"the ner model file {tmp_path / 'ner.pt'} does not exist" in _message(excinfo)


def test_resources_without_urdu(tmp_path: Path) -> None:
    (tmp_path / "resources.json").write_text(json.dumps({"en": {}}), encoding="utf-8")
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(tmp_path)
    assert "stanza.download('ur'" in _message(excinfo)


def test_resources_with_missing_files(tmp_path: Path) -> None:
    from tiny_models import resources_json

    (tmp_path / "resources.json").write_text(json.dumps(resources_json()), encoding="utf-8")
    (tmp_path / "ur" / "tokenize").mkdir(parents=True)
    (tmp_path / "ur" / "tokenize" / "udtb.pt").write_bytes(b"x")
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(tmp_path)
    message = _message(excinfo)
    assert str(tmp_path / "ur" / "ner" / "ilner_nocharlm.pt") in message
    assert "udtb" not in message  # the tokenizer is there


def test_several_candidates(dummy_models: Path) -> None:
    (dummy_models / "ner" / "y_ner.pt").write_bytes(b"x")
    models, problems = locate_models(dummy_models)
    assert models is None
    assert any("several ner models" in p for p in problems)


def test_bare_folder_layouts(dummy_models: Path, tmp_path: Path) -> None:
    models, problems = locate_models(dummy_models)
    assert problems == [] and models is not None
    assert models.ner == dummy_models / "ner" / "x_ner.pt"
    assert models.pretrain == dummy_models / "pretrain" / "x_pretrain.pt"
    assert models.resources_dir is None
    flat = tmp_path / "flat"
    flat.mkdir()
    for name in ("ur_tokenizer.pt", "ur_nertagger.pt", "ur.pretrain.pt"):
        (flat / name).write_bytes(b"x")
    models, problems = locate_models(flat)
    assert problems == [] and models is not None
    assert (models.tokenize.name, models.ner.name, models.pretrain.name) == (  # type: ignore[union-attr]
        "ur_tokenizer.pt",
        "ur_nertagger.pt",
        "ur.pretrain.pt",
    )


def test_default_folder_is_used(isolated_stanza_home: Path) -> None:
    from tiny_models import resources_json

    (isolated_stanza_home / "resources.json").write_text(json.dumps(resources_json()), "utf-8")
    for processor, package in (
        ("tokenize", "udtb"),
        ("ner", "ilner_nocharlm"),
        ("pretrain", "conll17"),
    ):
        (isolated_stanza_home / "ur" / processor).mkdir(parents=True)
        (isolated_stanza_home / "ur" / processor / f"{package}.pt").write_bytes(b"x")
    models, problems = locate_models(None)
    assert problems == [] and models is not None
    assert models.resources_dir == isolated_stanza_home
    assert models.packages == {"ner": "ilner_nocharlm", "tokenize": "udtb"}
    assert models.pretrain == isolated_stanza_home / "ur" / "pretrain" / "conll17.pt"


def test_from_options_keys(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown stanza_models key 'nre'"):
        StanzaRecognizer.from_options(tmp_path, {"nre": "x.pt"})
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer.from_options(None, {"ner": tmp_path / "n.pt", "use_tokenizer": False})
    assert "the ner model file" in _message(excinfo)



def test_pipeline_backend_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="backend"):
        Pipeline(backend="spacy")  # type: ignore[call-arg]
    with pytest.raises(BackendUnavailable) as excinfo:
        Pipeline(backend="stanza", stanza_dir=tmp_path / "missing")  # type: ignore[call-arg]
    assert str(tmp_path / "missing") in _message(excinfo)
