"""The stanza backend on real stanza models, trained tiny from ``data/ur_ner_tiny.txt``.

Skipped when stanza is not installed. Every test that builds or runs stanza blocks the
network (``no_network``) and checks that nothing tried to reach it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tiny_models as tm
from tiny_models import TinyModels, require_stanza

from urdu_entities import Label, Pipeline
from urdu_entities.backends import BackendUnavailable, StanzaRecognizer
from urdu_entities.text.document import Document

require_stanza()

GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer.jsonl"
SENTENCES = tm.read_fixture()


def sentence(n: int) -> str:
    return tm.sentence_text(SENTENCES[n])


@pytest.fixture(scope="module")
def recognizer(tiny_models: TinyModels) -> StanzaRecognizer:
    """Loaded from the stanza resources folder, as ``stanza.download`` lays it out."""
    return StanzaRecognizer(tiny_models.resources_dir)


@pytest.fixture
def forbid_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every stanza download entry point fail loudly."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"stanza tried to download: {args!r} {kwargs!r}")

    import stanza
    import stanza.pipeline.core as core
    import stanza.resources.common as common

    for module, name in [
        (stanza, "download"),
        (common, "download"),
        (common, "download_models"),
        (common, "download_resources_json"),
        (core, "download_models"),
        (core, "download_resources_json"),
    ]:
        monkeypatch.setattr(module, name, refuse)


def test_loads_and_runs_offline(
    tiny_models: TinyModels, no_network: list[str], forbid_downloads: None
) -> None:
    recognizer = StanzaRecognizer(tiny_models.resources_dir, dates="all")
    doc = Document.from_text(sentence(0))
    assert [(doc.text[c.start : c.end], c.label) for c in recognizer.find(doc)] == [
        ("ولادیمیر پوتن", Label.PER),
        ("پیر کے روز", Label.DATE),
        ("ماسکو", Label.LOC),
    ]
    assert no_network == []


def test_dates_the_grammar_reads_are_left_to_it(recognizer: StanzaRecognizer) -> None:
    doc = Document.from_text(sentence(0))  # "پیر کے روز": the grammar reads "پیر"
    assert "NETI" in [tag for tag, _, _ in recognizer.raw_entities(doc)]
    assert [c.label for c in recognizer.find(doc)] == [Label.PER, Label.LOC]


def test_stanza_tags_on_the_fixture(recognizer: StanzaRecognizer, no_network: list[str]) -> None:
    """The tiny model has memorised its training sentences: the raw tags come out as
    annotated (this checks the offsets, not model quality)."""
    exact = 0
    for s in SENTENCES:
        doc = Document.from_text(tm.sentence_text(s))
        raw = [(doc.text[a:b], tag) for tag, a, b in recognizer.raw_entities(doc)]
        exact += raw == tm.entities(s)
    assert exact >= 0.9 * len(SENTENCES)
    assert no_network == []


def test_tag_mapping(recognizer: StanzaRecognizer) -> None:
    # NEO, NEN (a number: dropped)
    doc = Document.from_text(sentence(7))
    assert [tag for tag, _, _ in recognizer.raw_entities(doc)] == ["NEO", "NEN"]
    assert [(doc.text[c.start : c.end], c.label) for c in recognizer.find(doc)] == [
        ("پاکستان کرکٹ بورڈ", Label.ORG)
    ]
    # NEM (a measure: dropped), NEL
    doc = Document.from_text(sentence(30))
    assert [tag for tag, _, _ in recognizer.raw_entities(doc)] == ["NEL", "NEM"]
    assert [c.label for c in recognizer.find(doc)] == [Label.LOC]
    for c in recognizer.find(doc):
        assert c.source == "stanza" and c.canonical is None and not c.resolved
        assert (c.tok_start, c.tok_end) == doc.token_range(c.start, c.end)


def test_every_way_to_point_at_models(
    tiny_models: TinyModels, recognizer: StanzaRecognizer, no_network: list[str]
) -> None:
    text = sentence(4) + " " + sentence(20)
    doc = Document.from_text(text)
    expected = [(c.start, c.end, c.label) for c in recognizer.find(doc)]
    assert len(expected) == 4
    ways = [
        StanzaRecognizer(  # bare files: a minimal resources.json in a temporary folder
            tokenize_model=tiny_models.tokenize,
            ner_model=tiny_models.ner,
            pretrain=tiny_models.pretrain,
        ),
        StanzaRecognizer(tiny_models.tokenize.parent),  # a folder of files named by role
        StanzaRecognizer.from_options(
            None,
            {"ner": tiny_models.ner, "pretrain": tiny_models.pretrain, "use_tokenizer": False},
        ),  # this library's tokens, no tokenizer model
    ]
    for other in ways:
        assert [(c.start, c.end, c.label) for c in other.find(doc)] == expected, other
    assert no_network == []


def test_canonical_names_through_the_resolver(
    recognizer: StanzaRecognizer, no_network: list[str]
) -> None:
    pipeline = Pipeline(
        gazetteers=[GAZETTEER], default_gazetteer=False, model=False, recognizers=[recognizer]
    )
    text = sentence(20) + " " + sentence(4) + " " + sentence(7)
    entities = {e.text: e for e in pipeline.extract(text)}
    assert entities["پوتن"].canonical == "Vladimir Putin"
    assert entities["پوتن"].source == "gazetteer+stanza"
    assert entities["شی جن پنگ"].canonical == "Xi Jinping"
    assert entities["کراچی"].canonical == "Karachi"
    # Names the gazetteer does not list come from stanza alone.
    assert entities["ثاقب رحمانی"].label is Label.PER
    assert entities["ثاقب رحمانی"].source == "stanza"
    assert entities["ثاقب رحمانی"].resolved is False
    assert entities["پاکستان کرکٹ بورڈ"].label is Label.ORG
    # The weekday is read by the date grammar, which gives its value.
    assert entities["منگل"].label is Label.DATE and entities["منگل"].value is not None
    assert "تین" not in entities  # NEN: dropped
    assert no_network == []


def test_alias_after_a_stanza_name(recognizer: StanzaRecognizer) -> None:
    pipeline = Pipeline(
        gazetteers=[GAZETTEER], default_gazetteer=False, dates=False, model=False,
        recognizers=[recognizer],
    )
    text = sentence(4) + " تقریب کے بعد رحمانی نے کہا کہ کتاب جلد انگریزی میں بھی آئے گی۔"
    entities = pipeline.extract(text)
    full = next(e for e in entities if e.text == "ثاقب رحمانی")
    short = next(e for e in entities if e.text == "رحمانی")
    assert short.label is Label.PER
    assert short.canonical == full.canonical
    assert "alias" in short.source


def test_needs_its_pretrain(tiny_models: TinyModels) -> None:
    with pytest.raises(BackendUnavailable, match="trained with word vectors") as excinfo:
        StanzaRecognizer(tokenize_model=tiny_models.tokenize, ner_model=tiny_models.ner)
    assert "pretrain=" in str(excinfo.value)


def test_unreadable_model(tiny_models: TinyModels, tmp_path: Path) -> None:
    broken = tmp_path / "ner.pt"
    broken.write_bytes(b"this is not a torch file")
    with pytest.raises(BackendUnavailable, match="stanza could not load the models") as excinfo:
        StanzaRecognizer(
            tokenize_model=tiny_models.tokenize, ner_model=broken, pretrain=tiny_models.pretrain
        )
    assert excinfo.value.__cause__ is None and excinfo.value.__suppress_context__
    assert str(broken) in str(excinfo.value)


def test_incomplete_copy(tiny_models: TinyModels, tmp_path: Path) -> None:
    copy = tmp_path / "copied"
    shutil.copytree(tiny_models.resources_dir, copy)
    (copy / "ur" / "pretrain" / "conll17.pt").unlink()
    with pytest.raises(BackendUnavailable) as excinfo:
        StanzaRecognizer(copy)
    assert str(copy / "ur" / "pretrain" / "conll17.pt") in str(excinfo.value)


def test_threads_and_device(tiny_models: TinyModels) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        recognizer = StanzaRecognizer(tiny_models.resources_dir, device="cpu", threads=1)
        assert torch.get_num_threads() == 1
        assert recognizer.find(Document.from_text(sentence(1)))
    finally:
        torch.set_num_threads(before)



def test_pipeline_backend_option(tiny_models: TinyModels, no_network: list[str]) -> None:
    common = {"gazetteers": [GAZETTEER], "default_gazetteer": False}
    by_folder = Pipeline(backend="stanza", stanza_dir=tiny_models.resources_dir, **common)
    by_files = Pipeline(
        backend="stanza",
        stanza_models={
            "tokenize": tiny_models.tokenize,
            "ner": tiny_models.ner,
            "pretrain": tiny_models.pretrain,
        },
        **common,
    )
    text = sentence(20) + " " + sentence(4)
    expected = [(e.text, e.label, e.canonical, e.source) for e in by_folder.extract(text)]
    assert ("ثاقب رحمانی", Label.PER) in [(t, lab) for t, lab, _, _ in expected]
    assert ("پوتن", Label.PER, "Vladimir Putin", "gazetteer+stanza") in expected
    assert [(e.text, e.label, e.canonical, e.source) for e in by_files.extract(text)] == expected
    assert no_network == []
