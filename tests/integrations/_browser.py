"""Headless Chromium from the system's packages (Debian: chromium, chromium-driver), driven
directly: ``--dump-dom`` after a script has measured the page, and ``--screenshot``."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--hide-scrollbars", "--mute-audio",
)

# Measures every mention: its offset in the text element's text (in code points, as Python
# counts), its box, colours and generated gloss; written into the DOM as JSON.
MEASURE = """
<script>
(function () {
  const root = document.querySelector('.ue-text');
  const cp = (s) => Array.from(s).length;
  const html = document.documentElement;
  const out = {text: root.textContent, direction: getComputedStyle(root).direction,
               htmlDir: html.dir, viewport: html.clientWidth,
               nastaliq: document.fonts.check('16px "Noto Nastaliq Urdu"'), marks: [], legend: []};
  const starts = new Map();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0, node;
  while ((node = walker.nextNode())) {
    const mark = node.parentElement.closest('mark.ue-ent');
    if (mark && !starts.has(mark)) starts.set(mark, offset);
    offset += cp(node.data);
  }
  for (const m of root.querySelectorAll('mark.ue-ent')) {
    const r = m.getBoundingClientRect();
    out.marks.push({offset: starts.get(m), text: m.textContent, label: m.dataset.label,
      start: Number(m.dataset.start), end: Number(m.dataset.end),
      canonical: m.dataset.canonical || null, left: r.left, right: r.right, top: r.top,
      bottom: r.bottom, lines: m.getClientRects().length,
      background: getComputedStyle(m).backgroundColor,
      gloss: getComputedStyle(m, '::after').content, title: m.title});
  }
  for (const li of document.querySelectorAll('.ue-legend li')) {
    out.legend.push({label: li.dataset.label, text: li.textContent,
      background: getComputedStyle(li.querySelector('.ue-swatch')).backgroundColor});
  }
  const pre = document.createElement('pre');
  pre.id = 'ue-layout';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium() -> str | None:
    """The system's Chromium, or ``None``."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(
    binary: str, page: Path, *extra: str, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="ue-chromium-") as profile:
        return subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
            capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False,
        )


def measure(binary: str, html: str, workdir: Path, width: int = 1000) -> dict[str, object]:
    """Load ``html`` with the measuring script and return what it found."""
    page = workdir / "measured.html"
    page.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    result = _run(binary, page, f"--window-size={width},1200", "--virtual-time-budget=5000",
                  "--dump-dom")
    start = result.stdout.find('<pre id="ue-layout">')
    if start < 0:
        raise AssertionError(f"no measurements in the DOM; chromium said:\n{result.stderr[-2000:]}")
    body = result.stdout[start + len('<pre id="ue-layout">'):]
    raw = body[: body.index("</pre>")]
    import html as html_module

    data: dict[str, object] = json.loads(html_module.unescape(raw))
    return data


def screenshot(binary: str, html: str, workdir: Path, width: int, height: int) -> Path:
    page = workdir / "shot.html"
    page.write_text(html, encoding="utf-8")
    out = workdir / "shot.png"
    result = _run(binary, page, f"--window-size={width},{height}", f"--screenshot={out}",
                  "--virtual-time-budget=5000")
    if not out.is_file():
        raise AssertionError(f"no screenshot; chromium said:\n{result.stderr[-2000:]}")
    return out


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and interlace == 0 and colour in (2, 6), (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                corner = previous[i - bpp] if i >= bpp else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(
            b for j in range(0, stride, 4) for b in line[j:j + 3]))
        previous = line
    return width, height, rows
