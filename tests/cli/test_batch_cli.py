"""The batch CLI: many files, folders and JSON Lines to JSON Lines in input order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from urdu_entities import extract
from urdu_entities.cli.main import main

TEXTS = ["مسٹر پوتن ماسکو پہنچے", "لاہور اور کراچی", "کچھ نہیں", "10 ستمبر کو اقوام متحدہ"]


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _expected(doc_id: object, text: str) -> dict[str, object]:
    return {"id": doc_id, "entities": [e.model_dump(mode="json") for e in extract(text)]}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"doc": f"d{i}", "body": t}, ensure_ascii=False)
             for i, t in enumerate(TEXTS * 5)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_in_input_order(corpus: Path, tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out.jsonl"
    assert main([ "extract", str(corpus), "--text-field", "body", "--id-field", "doc",
                 "-o", str(out), "--jobs", jobs]) == 0
    assert _records(out) == [_expected(f"d{i}", t) for i, t in enumerate(TEXTS * 5)]


def test_several_files_and_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (folder / ("sub" if i % 2 else ".") / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("لاہور", encoding="utf-8")
    assert main(["extract", str(folder), "--glob", "**/*.txt"]) == 0
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    names = sorted(str(p) for p in folder.glob("**/*.txt"))
    assert [g["id"] for g in got] == names
    assert got == [_expected(n, Path(n).read_text(encoding="utf-8")) for n in names]
    a, b = folder / "0.txt", folder / "sub" / "1.txt"
    assert main(["extract", str(b), str(a)]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [str(b), str(a)]


def test_bad_documents_are_named_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "ماسکو"}\n{oops\n{"id": "c", "text": 5}\n'
                    '{"id": "d", "text": "لاہور"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out)]) == 1
    assert [r["id"] for r in _records(out)] == ["a", "d"]
    err = capsys.readouterr().err
    assert f"skipped {path}:2: not valid JSON" in err
    assert f'skipped document "c" at {path}:3: \'text\' is a int, not a string' in err
    assert "2 document(s) skipped, 2 written" in err and "Traceback" not in err


def test_skip_done_resumes_after_a_crash(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), "--text-field", "body", "--id-field", "doc", "-o", str(out)]
    assert main(args) == 0
    full = out.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    out.write_text("".join(lines[:7]) + lines[7][:25], encoding="utf-8")  # killed mid-line
    assert main([*args, "--skip-done"]) == 0
    assert out.read_text(encoding="utf-8") == full
    assert main([*args, "--skip-done"]) == 0  # nothing left to do
    assert out.read_text(encoding="utf-8") == full


def test_skip_done_refuses_a_damaged_middle(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "d0", "entities": []}\nnot json\n{"id": "d2", "entities": []}\n',
                   encoding="utf-8")
    assert main(["extract", str(corpus), "--text-field", "body", "--id-field", "doc",
                 "-o", str(out), "--skip-done"]) == 2


def test_batch_formats_and_options_are_checked(corpus: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(corpus), "--format", "table"]) == 2
    assert "JSON Lines" in capsys.readouterr().err
    assert main(["extract", str(corpus), "--skip-done"]) == 2
    assert "--skip-done needs -o FILE" in capsys.readouterr().err


def test_one_file_with_batch_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    assert main(["extract", str(path), "--batch"]) == 0
    assert json.loads(capsys.readouterr().out) == _expected(str(path), TEXTS[0])


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "urdu_entities", *args], capture_output=True,
                          text=True, encoding="utf-8", check=False, **kwargs)  # type: ignore[call-overload]


def _tqdm() -> None:
    pytest.importorskip("tqdm", reason="tqdm is the optional 'progress' extra")


def test_no_progress_bar_when_piped(corpus: Path) -> None:
    _tqdm()
    result = _run(["extract", str(corpus), "--text-field", "body"])
    assert result.returncode == 0 and result.stderr == ""
    forced = _run(["extract", str(corpus), "--text-field", "body", "--progress"])
    assert forced.returncode == 0 and "20/20" in forced.stderr and "doc" in forced.stderr


def test_asked_for_progress_without_tqdm(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from urdu_entities.cli.progress import MISSING, Progress

    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
    Progress(enabled=True, total=3, asked=True).update()
    assert capsys.readouterr().err == f"urdu-entities: no progress bar: {MISSING}\n"
    Progress(enabled=True, total=3).update()  # on a terminal by default: no message
    assert capsys.readouterr().err == ""


def test_progress_bar_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    _tqdm()
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    out = tmp_path / "out.jsonl"
    try:
        result = subprocess.run([sys.executable, "-m", "urdu_entities", "extract", str(corpus),
                                 "--text-field", "body", "-o", str(out)], stderr=follower,
                                timeout=120, check=False)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"20/20" in shown and b"doc/s" in shown
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20


def test_stdin_jsonl(corpus: Path) -> None:
    result = _run(["extract", "-", "--input-format", "jsonl", "--text-field", "body",
                   "--id-field", "doc"], input=corpus.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [
        f"d{i}" for i in range(20)]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_batch_output_to_a_full_disk(corpus: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "urdu_entities", "extract", str(corpus),
                                 "--text-field", "body"], stdout=full, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8", check=False)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        "urdu-entities: error: cannot write standard output: No space left on device"]
