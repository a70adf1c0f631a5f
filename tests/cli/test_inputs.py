"""Encodings told apart honestly: what the CLI reads, and what it says it cannot."""

from __future__ import annotations

import codecs

import pytest

from urdu_entities.cli.inputs import InputError, decode

TEXT = "ماسکو اور لاہور، 2023"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16-LE"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16-BE"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "UTF-32-LE"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "UTF-32-BE"),
    ],
)
def test_unicode_encodings_by_byte_order_mark(data: bytes, encoding: str) -> None:
    decoded = decode(data, "f.txt")
    assert decoded.text == TEXT and decoded.encoding == encoding and decoded.note is None


@pytest.mark.parametrize("encoding", ["UTF-16-LE", "UTF-16-BE", "UTF-32-LE", "UTF-32-BE"])
def test_wide_encodings_without_a_mark_are_read_with_a_note(encoding: str) -> None:
    decoded = decode(TEXT.encode(encoding.lower()), "f.txt")
    assert decoded.text == TEXT and decoded.encoding == encoding
    assert decoded.note is not None and encoding in decoded.note


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x10", "binary file (NUL byte at offset 0)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip-compressed"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        ("ماسکو اور لاہور".encode("cp1256"), "WINDOWS-1256"),
        ("Ελληνικά κείμενα".encode("iso-8859-7"), "save it as UTF-8 first"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16-LE"),
    ],
)
def test_what_cannot_be_read_is_named(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, "f.txt")
    assert words in str(info.value) and str(info.value).startswith("f.txt")


def test_latin_text_in_a_code_page_is_not_called_arabic() -> None:
    with pytest.raises(InputError) as info:
        decode("café crème".encode("latin-1"), "f.txt")
    assert "WINDOWS-1256" not in str(info.value) and "byte 0xE9 at offset 3" in str(info.value)
