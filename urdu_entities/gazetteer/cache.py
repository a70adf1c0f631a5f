"""An on-disk cache of validated gazetteer files and their computed keys.

Validating and computing keys for a million entries takes tens of seconds; reading them back
from the cache takes a few. An entry is keyed by the file's SHA-256, so an edited file is
simply a cache miss, and by the library and cache-format versions. The cache holds plain
data written with :mod:`marshal` (no code); keep ``cache_dir`` as private as the gazetteer
files themselves, since cached entries are trusted without validating them again.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

from urdu_entities._version import __version__
from urdu_entities.gazetteer.files import ParsedFile
from urdu_entities.gazetteer.keys import LayerKeys

FORMAT = 4
_SUFFIX = ".urdu-entities-cache"


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _cache_path(path: Path, cache_dir: str | Path, digest: str) -> Path:
    return Path(cache_dir) / f"{path.name}.{digest[:24]}{_SUFFIX}"


def _version() -> str:
    return __version__


def load(path: Path, cache_dir: str | Path) -> tuple[ParsedFile, LayerKeys] | None:
    """The cached layer for ``path``, or ``None`` on a miss (or an unreadable cache)."""
    if not path.is_file():
        return None  # read_file reports it
    digest = _digest(path)
    cached = _cache_path(path, cache_dir, digest)
    try:
        blob: dict[str, Any] = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(blob, dict) or (
        blob.get("format"), blob.get("library"), blob.get("sha256")
    ) != (FORMAT, _version(), digest):
        return None
    parsed = ParsedFile(str(path), blob["entries"], blob["lines"])
    layer = LayerKeys(blob["names"], blob["name_hits"], blob["skeletons"],
                      blob["skeleton_hits"], blob["marked"], blob["compact_sorted"],
                      blob["skeleton_prefixes"], blob["variants"], blob["variant_hits"],
                      blob["variant_sorted"], blob["latins"], blob["latin_hits"])
    return parsed, layer


def store(path: Path, cache_dir: str | Path, parsed: ParsedFile, layer: LayerKeys) -> None:
    """Write the cache for ``path``; a cache that cannot be written is only a warning."""
    # Entries are stored as JSON text, parsed again only when one is matched: reading a
    # million strings back is several times faster than a million nested dicts.
    entries = [e if isinstance(e, str) else json.dumps(e, ensure_ascii=False)
               for e in parsed.entries]
    digest = _digest(path)
    blob = {
        "format": FORMAT,
        "library": _version(),
        "sha256": digest,
        "entries": entries,
        "lines": parsed.lines,
        "names": layer.names,
        "name_hits": layer.name_hits,
        "skeletons": layer.skeletons,
        "skeleton_hits": layer.skeleton_hits,
        "marked": layer.marked,
        "compact_sorted": layer.compact_sorted,
        "skeleton_prefixes": layer.skeleton_prefixes,
        "variants": layer.variants,
        "variant_hits": layer.variant_hits,
        "variant_sorted": layer.variant_sorted,
        "latins": layer.latins,
        "latin_hits": layer.latin_hits,
    }
    target = _cache_path(path, cache_dir, digest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
            tmp.write(marshal.dumps(blob))
        os.replace(tmp.name, target)
    except OSError as exc:
        warnings.warn(f"gazetteer cache not written to {target}: {exc}", stacklevel=3)
