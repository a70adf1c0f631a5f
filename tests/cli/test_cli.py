from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from urdu_entities.cli.main import main


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command as a user would, in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "urdu_entities", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True, text=True, encoding="utf-8",
    )


def test_extract_sample_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["start", "end", "label", "text", "canonical",
                                           "id", "value", "source", "confidence",
                                           "resolved"]
    assert "Vladimir Putin" in out and "Kim Jong Un" in out
    putin = next(line for line in out.splitlines() if "Vladimir Putin" in line)
    assert putin.split()[-1] == "yes"


def test_table_marks_a_guessed_english_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("مہران بینک نے شرح سود بڑھا دی", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    bank = next(line for line in capsys.readouterr().out.splitlines() if "Bank" in line)
    assert bank.split()[-1] == "no"


def test_extract_file_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    text = "مسٹر پوتن ماسکو میں"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--format", "json"]) == 0
    entities = json.loads(capsys.readouterr().out)
    assert [(e["text"], e["canonical"]) for e in entities] == [
        ("پوتن", "Vladimir Putin"), ("ماسکو", "Moscow")]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in entities)


def test_extract_stdin_as_jsonl() -> None:
    result = run(["extract", "-", "--format", "jsonl"], stdin="ماسکو اور پیانگ یانگ".encode())
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["canonical"] for e in lines] == ["Moscow", "Pyongyang"]


def test_reference_date_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("گزشتہ سال", encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl", "--reference-date",
                 "2023-09-05"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2022"


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "no/such/file.txt"]) == 2
    err = capsys.readouterr().err
    assert "file not found: no/such/file.txt" in err and "Traceback" not in err


def test_undecodable_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes("ماسکو".encode("cp1256"))
    assert main(["extract", str(path)]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"  \n\t "])
def test_empty_input(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert main(["extract", str(path)]) == 2
    assert "is empty" in capsys.readouterr().err


def test_bad_reference_date_is_a_usage_error() -> None:
    result = run(["extract", "--sample", "--reference-date", "yesterday"])
    assert result.returncode == 2 and "not a date" in result.stderr


def test_gazetteer_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"canonical": "Zarina Baloch", "label": "PER",
                                "forms": ["زرینہ بلوچ"]}) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"canonical": "X", "label": "PER"}\n', encoding="utf-8")
    assert main(["gazetteer", "validate", str(good)]) == 0
    assert "OK, 1 entries" in capsys.readouterr().out
    assert main(["gazetteer", "validate", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1 [forms]" in err


def test_gazetteer_validate_strict_fails_on_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(
        "\n".join(json.dumps({"canonical": c, "label": "PER", "forms": ["جارج بش"]},
                             ensure_ascii=False)
                  for c in ("George W. Bush", "George H. W. Bush")) + "\n",
        encoding="utf-8")
    assert main(["gazetteer", "validate", str(path)]) == 0
    assert "warning" in capsys.readouterr().out
    assert main(["gazetteer", "validate", "--strict", str(path)]) == 1


def test_gazetteer_lookup_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "پوتن"]) == 0
    out = capsys.readouterr().out
    assert "PER\tVladimir Putin" in out and "people_world.jsonl" in out
    assert main(["gazetteer", "lookup", "ایکس وائی زیڈ"]) == 1


def test_gazetteer_lookup_with_user_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"canonical": "Zarina Baloch", "label": "PER",
                                "forms": ["زرینہ بلوچ"]}) + "\n", encoding="utf-8")
    assert main(["gazetteer", "lookup", "زرینہ بلوچ", "--gazetteer", str(path)]) == 0
    assert "Zarina Baloch" in capsys.readouterr().out


def test_invalid_user_gazetteer_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    result = run(["extract", "--sample", "--gazetteer", str(path)])
    assert result.returncode == 2
    assert "bad.jsonl:1" in result.stderr and "Traceback" not in result.stderr


def test_python_dash_m_and_version() -> None:
    result = run(["--version"])
    assert result.returncode == 0 and result.stdout.startswith("urdu-entities ")
