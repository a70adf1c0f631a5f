"""The tagger hands crfsuite only the features its model knows, encoded, once it has read
the model's feature list: same features in the same order, same tags, same confidences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from urdu_entities import Pipeline
from urdu_entities._data import sample_article
from urdu_entities.recognisers import tagger as tagger_module
from urdu_entities.recognisers.tagger import CrfTagger, default_model_path
from urdu_entities.recognisers.tagger_features import membership_tags, sentence_features
from urdu_entities.text.document import Document

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _texts() -> list[str]:
    with (FIXTURES / "passages.jsonl").open(encoding="utf-8") as lines:
        passages = [json.loads(line)["text"] for line in lines]
    return [sample_article().read_text(encoding="utf-8"), *passages]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_vocabulary_features_are_the_known_ones_in_order(pipeline: Pipeline) -> None:
    model = pipeline.component("model")
    assert isinstance(model, CrfTagger)
    info = model._handle().info()
    vocabulary = {f: f.encode() for f, _ in info.state_features}
    seen = 0
    for text in _texts():
        doc = pipeline.run(text)
        gaz = membership_tags(doc, doc.layers["gazetteer"])
        for sentence in doc.sentences:
            plain = sentence_features(doc, sentence, gaz)
            known = sentence_features(doc, sentence, gaz, vocabulary)
            assert known == [[vocabulary[f] for f in t if f in vocabulary] for t in plain]
            assert all(isinstance(f, str) for t in plain for f in t)
            seen += sum(map(len, known))
    assert seen > 1000


def test_spans_are_the_same_with_the_vocabulary(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    gazetteer = pipeline.gazetteers[0]
    plain = CrfTagger(default_model_path(), gazetteer)
    monkeypatch.setattr(tagger_module, "VOCABULARY_AFTER_TOKENS", 0)
    fast = CrfTagger(default_model_path(), gazetteer)
    docs = [Document.from_text(t) for t in _texts()]
    assert fast.vocabulary() is not None
    monkeypatch.setattr(tagger_module, "VOCABULARY_AFTER_TOKENS", 10**12)
    assert plain.vocabulary() is None
    for doc in docs:
        assert fast.spans(doc) == plain.spans(doc)
        assert fast.tag(doc) == plain.tag(doc)
