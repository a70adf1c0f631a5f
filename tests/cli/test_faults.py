"""CLI faults: every one a one-line message and an exit status, never a traceback."""

from __future__ import annotations

import codecs
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from urdu_entities.cli.main import main, plain

CMD = [sys.executable, "-m", "urdu_entities"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "html"])
def test_full_disk(fmt: str) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([*CMD, "extract", "--sample", "--format", fmt], stdout=full,
                                stderr=subprocess.PIPE, text=True, check=False)
    assert result.returncode == 3
    assert result.stderr == (
        "urdu-entities: error: cannot write standard output: No space left on device\n")


def test_closed_pipe(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("مسٹر پوتن ماسکو اور لاہور پہنچے۔\n" * 4000), encoding="utf-8")
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)
    result = subprocess.run([*CMD, "extract", str(big), "--format", "jsonl"],
                            stdout=reader.stdin, stderr=subprocess.PIPE, text=True, check=False)
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert result.returncode == 3
    assert result.stderr == ("urdu-entities: error: standard output was closed before all "
                             "output was written (broken pipe)\n")


def test_output_file_that_cannot_be_opened(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample", "-o", str(tmp_path / "no" / "dir" / "x.txt")]) == 3
    assert "cannot open" in capsys.readouterr().err


def test_utf16_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "مسٹر پوتن ماسکو میں".encode("utf-16-le"))
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    assert "Vladimir Putin" in capsys.readouterr().out


def test_binary_file_is_called_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 4)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert "looks like a binary file" in err and "WINDOWS-1256" not in err


def test_no_input_on_a_terminal_gives_usage_not_a_wait() -> None:
    leader, follower = pty.openpty()
    try:
        result = subprocess.run([*CMD, "extract"], stdin=follower, capture_output=True,
                                text=True, timeout=60, check=False)
    finally:
        os.close(leader)
        os.close(follower)
    assert result.returncode == 2
    assert "no input: give a FILE" in result.stderr and "Traceback" not in result.stderr


def test_labels_in_messages_are_plain(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"canonical": "X", "label": "DATE", "forms": ["ا"]}\n', encoding="utf-8")
    result = subprocess.run([*CMD, "gazetteer", "validate", str(path)], capture_output=True,
                            text=True, encoding="utf-8", check=False)
    assert result.returncode == 1
    assert "'PER', 'LOC' or 'ORG'" in result.stderr or "PER, LOC or ORG" in result.stderr
    assert "<Label." not in result.stderr
    assert plain("Input should be <Label.PER: 'PER'> or <Label.ORG: 'ORG'>") == (
        "Input should be PER or ORG")


def test_help_has_description_and_examples() -> None:
    result = subprocess.run([*CMD, "extract", "--help"], capture_output=True, text=True,
                            encoding="utf-8", check=False)
    assert result.returncode == 0
    assert "Find the people, places" in result.stdout and "examples:" in result.stdout
    assert "--skip-done" in result.stdout and "exit status" in result.stdout


def test_table_aligns_urdu_with_marks() -> None:
    from wcwidth import wcswidth

    from urdu_entities import extract
    from urdu_entities.cli.table import format_table

    text = "کِم جونگ اُن اور پوتن ماسکو میں"
    lines = format_table(extract(text)).splitlines()
    canonical_at = [wcswidth(line[: line.index(c)]) for line, c in
                    zip(lines[1:], ("Kim Jong Un", "Vladimir Putin", "Moscow"), strict=True)]
    assert len(set(canonical_at)) == 1  # the canonical column starts at one terminal column
    assert lines[0].split()[5:] == ["id", "value", "source", "confidence", "resolved"]
