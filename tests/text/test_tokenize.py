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
