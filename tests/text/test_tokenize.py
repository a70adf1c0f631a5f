from __future__ import annotations

from urdu_entities.text.document import Document
from urdu_entities.text.tokenize import TokenKind, split_sentences, tokenize


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_urdu_punctuation_is_split_off() -> None:
    assert texts("کہا، پھر۔ کیوں؟ اچھا؛") == ["کہا", "،", "پھر", "۔", "کیوں", "؟", "اچھا", "؛"]


def test_digits_glued_to_words_come_apart() -> None:
    assert texts("25اکتوبر 2013سال") == ["25", "اکتوبر", "2013", "سال"]


def test_latin_acronyms_inside_urdu() -> None:
    tokens = tokenize("روس اور DPRK کے درمیان، KCNA اور U.S.")
    latin = [t.text for t in tokens if t.kind is TokenKind.LATIN]
    assert latin == ["DPRK", "KCNA", "U.S."]


def test_hyphen_joined_names() -> None:
    assert texts("روس-شمالی کوریا") == ["روس", "-", "شمالی", "کوریا"]


def test_decimal_numbers_stay_whole() -> None:
    assert texts("3.5 فیصد 1,000") == ["3.5", "فیصد", "1,000"]


def test_offsets_index_the_text() -> None:
    text = "مسٹر کم نے 25اکتوبر کو کہا۔"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_sentences_split_on_marks_and_line_breaks() -> None:
    text = "پہلا جملہ۔ دوسرا؟ تیسرا\nچوتھا"
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    words = [[tokens[k].text for k in range(s.start, s.end)] for s in sentences]
    assert words == [["پہلا", "جملہ", "۔"], ["دوسرا", "؟"], ["تیسرا"], ["چوتھا"]]


def test_decimal_point_does_not_end_a_sentence() -> None:
    doc = Document.from_text("شرح 3.5 فیصد رہی۔")
    assert len(doc.sentences) == 1


def test_other_scripts_and_emoji_are_tokens() -> None:
    kinds = [t.kind for t in tokenize("नमस्ते 😀 東京")]
    assert kinds == [TokenKind.OTHER_WORD, TokenKind.PUNCT, TokenKind.OTHER_WORD]


# ---------------------------------------------------------------- the whole-list tokeniser
# The tokeniser builds tokens in whole-list steps; these tests hold it to the plain
# one-match-at-a-time reading of the same pattern, on mixed scripts, marks, digits and
# whitespace of every kind.

import random  # noqa: E402

import regex  # noqa: E402

from urdu_entities.lang.punctuation import SENTENCE_END  # noqa: E402
from urdu_entities.text.tokenize import _KIND_PATTERNS, Sentence, Token  # noqa: E402

_REFERENCE = regex.compile(
    "|".join(f"(?P<{kind.name}>{body})" for kind, body, _ in _KIND_PATTERNS)
)


def _reference_tokens(text: str) -> list[tuple[str, int, int, TokenKind]]:
    return [
        (m.group(), m.start(), m.end(), TokenKind[m.lastgroup])  # type: ignore[misc]
        for m in _REFERENCE.finditer(text)
    ]


def _reference_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, token in enumerate(tokens):
        ends_here = token.kind is TokenKind.PUNCT and token.text in SENTENCE_END
        line_break = i + 1 < len(tokens) and "\n" in text[token.end : tokens[i + 1].start]
        if ends_here or line_break:
            if ends_here and i + 1 < len(tokens) and tokens[i + 1].text in SENTENCE_END and (
                not line_break
            ):
                continue
            out.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        out.append((start, len(tokens)))
    return out


_ALPHABET = [
    *"کمپوتنےروسیہاU.S'K9 0,:۔؟!…-/\n\t\u00a0\u2003",
    "\u064e", "\u0670", "\u200c", "é", "Ж", "中", "٣", "\u1680", "\x1c", "  ", "\n\n",
]


def test_tokens_match_the_one_match_at_a_time_reading() -> None:
    rng = random.Random(13)
    samples = ["", " ", "\n", "۔۔", "a", "U.S. اور K.C.N.A."]
    samples += ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 60))) for _ in range(3000)]
    for text in samples:
        tokens = tokenize(text)
        assert [tuple(t) for t in tokens] == _reference_tokens(text), text
        assert all(isinstance(t, Token) and t.is_word is (t.kind is not TokenKind.PUNCT)
                   for t in tokens)
        sentences = split_sentences(text, tokens)
        assert [tuple(s) for s in sentences] == _reference_sentences(text, tokens), text
        assert all(isinstance(s, Sentence) for s in sentences)


def test_token_fields_by_name() -> None:
    token = tokenize("کہا، پھر")[1]
    assert (token.text, token.start, token.end, token.kind) == ("،", 3, 4, TokenKind.PUNCT)
    assert not token.is_word
