"""The start screen lets the finder skip only tokens where its walk finds nothing."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from urdu_entities import Gazetteer
from urdu_entities._data import sample_article
from urdu_entities.gazetteer import matcher
from urdu_entities.gazetteer.matcher import StartScreen
from urdu_entities.gazetteer.shipped import shipped_gazetteer
from urdu_entities.text.document import Document

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _walk_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StartScreen, "starts", lambda self, words, skeletons: range(len(words)))


def _texts(gazetteer: Gazetteer, seed: int, count: int) -> list[str]:
    """Texts made of gazetteer forms, with letters dropped, doubled and glued to the next
    word, between ordinary words and punctuation: near misses of every layer."""
    rng = random.Random(seed)
    forms = [f for e in gazetteer.entries() for f in e.forms]
    filler = ["نے", "کے", "سے", "اور", "کہا", "میں", "۔", "،", "کی", "ہے", "U.S.", "25"]
    texts = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(3, 25)):
            word = rng.choice(forms) if rng.random() < 0.5 else rng.choice(filler)
            roll = rng.random()
            if roll < 0.15 and len(word) > 3:
                k = rng.randrange(1, len(word) - 1)
                word = word[:k] + word[k + 1 :]
            elif roll < 0.25:
                k = rng.randrange(len(word))
                word = word[:k] + word[k] + word[k:]
            words.append(word)
            if roll > 0.9:
                words.append(rng.choice(filler))
        sep = rng.choice([" ", "", " ", "\n"])
        texts.append(" ".join(words) if sep == " " else sep.join(words))
    return texts


def _finds(gazetteer: Gazetteer, texts: list[str]) -> list[list[tuple[object, ...]]]:
    out = []
    for text in texts:
        doc = Document.from_text(text)
        out.append([(c.start, c.end, c.canonical, c.score, c.needs_context)
                    for c in gazetteer.find(doc)])
    return out


@pytest.mark.parametrize("screen", ["automaton", "prefixes"])
def test_screened_finder_equals_the_walk_everywhere(
    screen: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = shipped_gazetteer()
    texts = [*_texts(shipped, 13, 400), sample_article().read_text(encoding="utf-8")]
    if screen == "prefixes":
        monkeypatch.setattr(matcher, "AUTOMATON_MAX_KEYS", 0)
    else:
        monkeypatch.setattr(matcher, "AUTOMATON_AFTER_TOKENS", 0)
    mini = Gazetteer.from_files([FIXTURES / "mini_gazetteer.jsonl"])
    fresh = Gazetteer(list(shipped.entries()))  # builds its screen under the patched limit
    actual, actual_shipped = _finds(mini, texts), _finds(fresh, texts)
    with monkeypatch.context() as patch:
        _walk_everywhere(patch)
        expected, expected_shipped = _finds(mini, texts), _finds(fresh, texts)
    assert actual == expected
    assert actual_shipped == expected_shipped
    assert sum(map(len, expected_shipped)) > 500  # the texts do contain matches


@pytest.mark.parametrize("after", [0, 10**9])
def test_screen_reports_only_token_starts(after: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher, "AUTOMATON_AFTER_TOKENS", after)
    screen = StartScreen(["ولادیووستوک", "کمال"], [])
    words = ["ولادی", "ووستوک", "", "بےکمال", "کمال"]
    assert screen.starts(words, [""] * len(words)) == [0, 4]
    assert isinstance(screen._names, matcher._Automaton) is (after == 0)


def test_empty_gazetteer_layers(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"canonical": "X", "label": "PER", "forms": ["۔"]}) + "\n",
                    encoding="utf-8")
    assert Gazetteer.from_files([path]).find(Document.from_text("کچھ ۔ نہیں")) == []
