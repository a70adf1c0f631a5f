"""The learned tagger: the shipped model, its candidates, and how the resolver combines
them with gazetteer matches."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from urdu_entities import Gazetteer, Label, Pipeline
from urdu_entities.recognisers.tagger import (
    SCORE_SCALE,
    SOURCE,
    CrfTagger,
    bio_spans,
    default_model_path,
    default_tagger,
)
from urdu_entities.recognisers.tagger_features import (
    FEATURES_VERSION,
    gazetteer_tags,
    membership_tags,
    sentence_features,
)
from urdu_entities.resolve.resolution import link_aliases, name_unknowns, resolve, weigh_guesses
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

#: Written for these tests: people no gazetteer lists, in the usual news constructions.
NEWS = (
    "پاکستان کرکٹ ٹیم کے کپتان زبیر ہمدانی نے کہا ہے کہ ٹیم اگلے ماہ دورے پر جائے گی ۔ "
    "صوبائی وزیر اطلاعات نگہت شمسی نے صحافیوں کو بتایا کہ اجلاس کل ہوگا ۔"
)


@pytest.fixture(scope="module")
def tagger(mini_gazetteer: Gazetteer) -> CrfTagger:
    return CrfTagger.load(default_model_path(), mini_gazetteer)


# ---------------------------------------------------------------------------- the model
def test_shipped_model_is_small_and_loads() -> None:
    # Its load time is measured by bench/bench_model.py, not here.
    path = default_model_path()
    assert path.is_file(), "the trained model must ship in data/models/"
    assert path.stat().st_size < 20 * 1024 * 1024
    loaded = CrfTagger.load(path)
    assert {"B-PER", "I-PER", "B-LOC", "B-ORG", "O"} <= set(loaded.labels)


def test_model_card_metadata() -> None:
    meta = json.loads(default_model_path().with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["features_version"] == FEATURES_VERSION
    assert 0.0 <= meta["min_confidence"] < 1.0
    assert any("IL-NER" in source for source in meta["training_data"])


def test_default_tagger_uses_the_shipped_gazetteer() -> None:
    tagger = default_tagger()
    assert tagger is not None
    assert tagger.gazetteer is not None and len(tagger.gazetteer) > 0


def test_missing_or_wrong_model_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        CrfTagger(tmp_path / "none.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ValueError):
        CrfTagger(bad)


def test_features_version_is_checked(tmp_path: Path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(default_model_path().read_bytes())
    model.with_suffix(".json").write_text(json.dumps({"features_version": -1}))
    with pytest.raises(ValueError, match="retrain"):
        CrfTagger(model)


# ---------------------------------------------------------------------------- tagging
def test_finds_people_no_gazetteer_knows(tagger: CrfTagger) -> None:
    doc = Document.from_text(NEWS)
    found = {doc.text[c.start : c.end]: c for c in tagger.find(doc)}
    assert "زبیر ہمدانی" in found
    assert found["زبیر ہمدانی"].label is Label.PER


def test_the_pipeline_finds_the_person_after_a_long_title() -> None:
    # The features-version-4 model leaves نگہت شمسی below its PER threshold; the context
    # recogniser reads the name after the title (شمسی, "solar", is an ordinary word, so
    # only the given name is certain).
    from urdu_entities import extract

    people = [e.text for e in extract(NEWS) if e.label is Label.PER]
    assert "زبیر ہمدانی" in people
    assert any(p.startswith("نگہت") for p in people)


def test_candidates_are_unresolved_model_guesses(tagger: CrfTagger) -> None:
    doc = Document.from_text(NEWS)
    found = tagger.find(doc)
    assert found
    for c in found:
        assert c.source == SOURCE
        assert c.canonical is None and c.id is None and not c.resolved
        assert 0 < c.score <= SCORE_SCALE < 1.0
        assert c.label in (Label.PER, Label.LOC, Label.ORG)
        # Titles and postpositions stay outside.
        assert doc.word(c.tok_start) not in ("کپتان", "وزیر", "اطلاعات")
        assert doc.word(c.tok_end - 1) not in ("نے", "کو", "کے")


def test_deterministic_and_thread_safe(tagger: CrfTagger) -> None:
    doc = Document.from_text(NEWS)
    first = tagger.find(doc)
    assert tagger.find(doc) == first
    results: list[list[Candidate]] = []

    def work() -> None:
        results.append(tagger.find(Document.from_text(NEWS)))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == first for r in results)


def test_gazetteer_matches_given_or_found_give_the_same_result(
    tagger: CrfTagger, mini_gazetteer: Gazetteer
) -> None:
    doc = Document.from_text("صدر پیوٹن نے ماسکو میں کہا کہ روس تیار ہے ۔ " + NEWS)
    assert gazetteer_tags(doc, mini_gazetteer) == membership_tags(doc, mini_gazetteer.find(doc))
    alone = tagger.find(doc)
    doc.layers["gazetteer"] = mini_gazetteer.find(doc)
    assert tagger.find(doc) == alone


def test_gazetteer_membership_features(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("صدر ولادیمیر پیوٹن ماسکو پہنچ گئے")
    tags = gazetteer_tags(doc, mini_gazetteer)
    assert tags[:4] == ["", "B-PER", "I-PER", "B-LOC"]
    feats = sentence_features(doc, doc.sentences[0], tags)
    assert "g=B-PER" in feats[1] and "after_title" in feats[1]
    assert "title" in feats[0]
    assert gazetteer_tags(doc, None) == [""] * len(doc.tokens)


def test_feature_cues() -> None:
    doc = Document.from_text("جان ایف کربی نے کہا کہ DPRK تیار ہے")
    feats = sentence_features(doc, doc.sentences[0], [""] * len(doc.tokens))
    assert "init" in feats[1] and "init+1" in feats[0]
    assert "rv" in feats[0] and "ne+3" in feats[0] and "ne+1" in feats[2]
    assert "k=l" in feats[6] and "shape=X" in feats[6]
    assert "pos=0" in feats[0] and "last" in feats[-1]


def test_bio_spans() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert bio_spans(["I-ORG", "I-ORG", "B-ORG"]) == [(0, 2, "ORG"), (2, 3, "ORG")]
    assert bio_spans(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert bio_spans([]) == []


# ---------------------------------------------------------------------------- resolver
def _cand(doc: Document, words: str, label: Label, **kw: object) -> Candidate:
    i = [t.text for t in doc.tokens].index(words.split()[0])
    j = i + len(words.split())
    return Candidate(
        start=doc.tokens[i].start,
        end=doc.tokens[j - 1].end,
        tok_start=i,
        tok_end=j,
        label=label,
        **kw,  # type: ignore[arg-type]
    )


def _guess(doc: Document, words: str, label: Label) -> Candidate:
    return _cand(doc, words, label, source="model", score=0.8, resolved=False)


def test_gazetteer_wins_and_the_model_adds_evidence(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("ولادیمیر پیوٹن نے ماسکو میں زبیر ہمدانی سے ملاقات کی")
    gaz = mini_gazetteer.find(doc)
    guesses = [
        _guess(doc, "ولادیمیر پیوٹن", Label.PER),  # same span: evidence
        _guess(doc, "ماسکو میں", Label.PER),  # around a match, not an organisation: dropped
        _guess(doc, "زبیر ہمدانی", Label.PER),  # nothing known there: kept
    ]
    chosen = resolve(doc, gaz + guesses)
    by_text = {doc.text[c.start : c.end]: c for c in chosen}
    assert by_text["ولادیمیر پیوٹن"].source == "gazetteer+model"
    assert by_text["ولادیمیر پیوٹن"].canonical == "Vladimir Putin"
    assert by_text["ماسکو"].label is Label.LOC
    unknown = by_text["زبیر ہمدانی"]
    assert unknown.source == "model" and unknown.id is None and not unknown.resolved
    assert unknown.canonical is not None and unknown.canonical == "Zubair Hamdani"


def test_model_confirms_an_ambiguous_match(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("کم نے خط لکھا")
    gaz = mini_gazetteer.find(doc)
    assert resolve(doc, gaz) == []
    chosen = resolve(doc, [*gaz, _guess(doc, "کم", Label.PER)])
    assert [(c.canonical, c.source) for c in chosen] == [("Kim Jong Un", "gazetteer+model")]


def test_model_never_confirms_inside_a_fixed_phrase(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("کم از کم دس افراد")
    gaz = mini_gazetteer.find(doc)
    assert resolve(doc, [*gaz, _guess(doc, "کم", Label.PER)]) == []


def test_organisation_guess_may_contain_a_place(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("روس نیشنل پارٹی نے اعلان کیا")
    gaz = mini_gazetteer.find(doc)
    org = _guess(doc, "روس نیشنل پارٹی", Label.ORG)
    per = _guess(doc, "روس نیشنل", Label.PER)
    assert org in weigh_guesses(doc, [*gaz, org])
    assert per not in weigh_guesses(doc, [*gaz, per])
    chosen = resolve(doc, [*gaz, org])
    assert [(c.label, c.canonical) for c in chosen] == [(Label.ORG, "Russia National Party")]


def test_single_word_guess_adopts_an_earlier_full_name(mini_gazetteer: Gazetteer) -> None:
    doc = Document.from_text("جان ایف کربی نے کہا ۔ بعد میں کربی نے بتایا")
    gaz = mini_gazetteer.find(doc)
    later = doc.tokens[[t.text for t in doc.tokens].index("کربی", 3)]
    k = doc.tokens.index(later)
    guess = Candidate(later.start, later.end, k, k + 1, Label.PER, "model", 0.8, resolved=False)
    chosen = resolve(doc, [*gaz, guess])
    assert [(c.canonical, c.source) for c in chosen] == [
        ("John Kirby", "gazetteer"),
        ("John Kirby", "model+alias"),
    ]


def test_unknown_full_name_lends_its_form_to_later_mentions() -> None:
    doc = Document.from_text("ایڈرین واٹسن نے کہا ۔ واٹسن نے مزید کہا")
    full = _guess(doc, "ایڈرین واٹسن", Label.PER)
    k = len(doc.tokens) - 4
    assert doc.word(k) == "واٹسن"
    short = Candidate(doc.tokens[k].start, doc.tokens[k].end, k, k + 1, Label.PER, "model",
                      0.8, resolved=False)
    named = name_unknowns(doc, [full, short], [full, short])
    assert named[0].canonical == "Adrienne Watson" and named[1].canonical == "Watson"
    linked = link_aliases(doc, named)
    assert [c.canonical for c in linked] == ["Adrienne Watson", "Adrienne Watson"]
    assert all(not c.resolved and c.id is None for c in linked)


def test_pipeline_with_the_tagger(mini_gazetteer_path: Path, tagger: CrfTagger) -> None:
    pipeline = Pipeline(
        gazetteers=[mini_gazetteer_path], default_gazetteer=False, dates=False,
        recognizers=[tagger],
    )
    entities = pipeline.extract("مسٹر پیوٹن نے کہا ۔ " + NEWS)
    by_text = {e.text: e for e in entities}
    assert by_text["پیوٹن"].canonical == "Vladimir Putin"
    person = by_text["زبیر ہمدانی"]
    assert person.label is Label.PER and person.source == "model"
    assert person.id is None and person.resolved is False
    assert person.canonical and person.canonical[0].isupper() and person.canonical.isascii()
