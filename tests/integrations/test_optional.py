"""The default path needs none of the optional packages: with them made unimportable, the
CLI (batch, progress asked for, HTML) and the integrations package still work, and the
functions that need a package say which extra to install."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BLOCK = "import sys\nfor m in ('pandas', 'spacy', 'tqdm', 'dask', 'distributed'):\n" \
        "    sys.modules[m] = None\n"


def test_default_path_without_optional_packages(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(["ماسکو", "لاہور اور کراچی"])),
                      encoding="utf-8")
    code = BLOCK + f"""
from urdu_entities.cli.main import main
import urdu_entities.integrations as integrations
assert main(['extract', {str(corpus)!r}, '-o', {str(tmp_path / "out.jsonl")!r},
             '--progress', '--jobs', '2']) == 0
assert main(['extract', '--sample', '--format', 'html', '-o', {str(tmp_path / "s.html")!r}]) == 0
try:
    integrations.to_frame([])
except ImportError as exc:
    print(exc)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    assert "pip install 'urdu-entities[pandas]'" in result.stdout
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == [0, 1]
    assert 'dir="rtl"' in (tmp_path / "s.html").read_text(encoding="utf-8")
