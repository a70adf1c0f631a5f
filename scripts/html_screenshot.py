"""Render the bundled sample article in the HTML view and screenshot it with headless
Chromium (the system's package; no driver, no download).

    python scripts/html_screenshot.py            # writes docs/img/sample_article_html.png

Only the system browser is used: Debian's ``chromium`` (``apt-get install chromium``) or
whatever ``$CHROMIUM`` names.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from urdu_entities import extract
from urdu_entities._data import sample_article
from urdu_entities.integrations.html import to_html

REPO = Path(__file__).resolve().parents[1]
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img" /
                        "sample_article_html.png")
    parser.add_argument("--width", type=int, default=960)
    parser.add_argument("--height", type=int, default=1250)
    args = parser.parse_args()
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    if binary is None:
        print("no chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 1
    text = sample_article().read_text(encoding="utf-8")
    page = to_html(extract(text), text, title="urdu_entities: the sample article")
    with tempfile.TemporaryDirectory(prefix="ue-shot-") as tmp:
        html = Path(tmp) / "sample.html"
        html.write_text(page, encoding="utf-8")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([binary, *FLAGS, f"--user-data-dir={tmp}/profile",
                        f"--window-size={args.width},{args.height}",
                        f"--screenshot={args.out}", "--virtual-time-budget=5000",
                        html.as_uri()], check=True, capture_output=True)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
