"""Stand-ins for a stanza pipeline: return chosen entities, so the mapping from stanza's
output to candidates is tested without stanza or models."""

from __future__ import annotations

from dataclasses import dataclass, field

from urdu_entities.text.normalize import normalize_text


@dataclass
class FakeToken:
    id: tuple[int, ...]
    text: str


@dataclass
class FakeEntity:
    type: str
    start_char: int
    end_char: int
    tokens: list[FakeToken] = field(default_factory=list)


@dataclass
class FakeSentence:
    ents: list[FakeEntity]


@dataclass
class FakeDocument:
    ents: list[FakeEntity]
    sentences: list[FakeSentence] = field(default_factory=list)


class FakeStanza:
    """Tags the given surface forms, in order, wherever they next occur.

    Called with a string it behaves like a stanza pipeline with a tokeniser (character
    offsets); called with lists of tokens, like one built with ``tokenize_pretokenized``.
    """

    def __init__(self, entities: list[tuple[str, str]], *, pretokenized: bool = False) -> None:
        self.entities = [(normalize_text(surface), tag) for surface, tag in entities]
        self.config = {"tokenize_pretokenized": pretokenized}
        self.calls = 0

    def __call__(self, text: str | list[list[str]]) -> FakeDocument:
        self.calls += 1
        if isinstance(text, str):
            ents, cursor = [], 0
            for surface, tag in self.entities:
                start = text.find(surface, cursor)
                if start < 0:
                    continue
                cursor = start + len(surface)
                ents.append(FakeEntity(tag, start, cursor))
            return FakeDocument(ents)
        sentences = []
        for tokens in text:
            ents = []
            for surface, tag in self.entities:
                words = surface.split()
                for k in range(len(tokens) - len(words) + 1):
                    if tokens[k : k + len(words)] == words:
                        ids = [FakeToken((k + n + 1,), w) for n, w in enumerate(words)]
                        ents.append(FakeEntity(tag, -1, -1, ids))
                        break
            sentences.append(FakeSentence(ents))
        return FakeDocument([e for s in sentences for e in s.ents], sentences)
