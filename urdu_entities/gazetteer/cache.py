"""An on-disk cache of validated gazetteer files and their computed keys.

Validating and computing keys for a million entries takes tens of seconds; reading them back
from the cache takes a few. A cache file is named after the source file's SHA-256, so an
edited file is simply a cache miss.

A cache file is a header line and a payload::

    urdu-entities-cache {"format": 3, "library": ..., "source_sha256": ...,
                         "payload_sha256": ..., "payload_bytes": ...}\\n
    <payload: plain data written with marshal>

The header is checked against the source file's digest (of the very bytes that were parsed),
the library and format versions, and the payload's length and SHA-256, all before the payload
is unmarshalled; the unmarshalled data is then checked for shape. Anything that does not match
is a miss: the source is read and validated again, the cache rewritten and a warning given, so
a damaged or truncated cache never yields wrong entries or an exception. The digests guard
against damage, not against someone who can write to ``cache_dir`` (they could write a
matching digest): keep the folder as private as the gazetteer files themselves.

Writes go to a temporary file in the same folder that replaces the cache file atomically, so
readers see the old file or the new one, never a part; two processes writing the same cache
both write complete files, and the last replace wins. A temporary file left by a writer that
was killed is removed by the next write.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from urdu_entities._version import __version__
from urdu_entities.gazetteer.files import ParsedFile
from urdu_entities.gazetteer.keys import LayerKeys

FORMAT = 5
_SUFFIX = ".urdu-entities-cache"
_MAGIC = b"urdu-entities-cache "
_MAX_HEADER = 4096
_STALE_TEMP_SECONDS = 24 * 3600


class CacheDamaged(Exception):
    """A cache file that cannot be trusted; the reason is the message."""


def digest(data: bytes) -> str:
    """The SHA-256 of a source file's bytes, as the cache keys it."""
    return hashlib.sha256(data).hexdigest()


def cache_path(path: Path, cache_dir: str | Path, source_sha256: str) -> Path:
    return Path(cache_dir) / f"{path.name}.{source_sha256[:24]}{_SUFFIX}"


def _version() -> str:
    return __version__


def load(
    path: Path, cache_dir: str | Path, source_sha256: str
) -> tuple[ParsedFile, LayerKeys] | None:
    """The cached layer for ``path`` whose bytes have ``source_sha256``, or ``None`` on a miss.

    A missing or stale cache (another library version) is a silent miss; a damaged one is a
    miss with a warning.
    """
    cached = cache_path(path, cache_dir, source_sha256)
    data = read_bytes(cached, "gazetteer cache", stacklevel=4)
    if data is None:
        return None
    try:
        header, payload = split_header(data)
        _verify(header, payload, source_sha256)
        if (header["format"], header["library"]) != (FORMAT, _version()):
            return None  # written by another version: rebuilt without a fuss
        return layer_from_blob(str(path), marshal.loads(payload))
    except Exception as exc:  # whatever is wrong with the file, it is only a miss
        reason = exc if isinstance(exc, CacheDamaged) else f"{type(exc).__name__}: {exc}"
        warnings.warn(
            f"gazetteer cache {cached} is damaged ({reason}); rebuilding it from {path}",
            stacklevel=3,
        )
        return None


def read_bytes(path: Path, what: str, stacklevel: int) -> bytes | None:
    """The bytes of a cache-like file; ``None`` when it is missing (silently) or cannot be
    read (with a warning naming ``what`` it is, at ``stacklevel`` above this call)."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        warnings.warn(f"{what} {path} not read: {exc}", stacklevel=stacklevel)
        return None


def check_payload(header: dict[str, Any], payload: bytes, digest: str) -> None:
    """Raise :class:`CacheDamaged` unless ``payload`` has the length the header gives and
    ``digest`` is the one the header holds."""
    if header.get("payload_bytes") != len(payload):
        raise CacheDamaged(f"{len(payload)} payload bytes, not {header.get('payload_bytes')}")
    if header.get("payload_sha256") != digest:
        raise CacheDamaged("payload digest does not match")


def split_header(data: bytes, magic: bytes = _MAGIC) -> tuple[dict[str, Any], bytes]:
    """A file's JSON header (after ``magic``, up to the first newline) and the payload."""
    if not data.startswith(magic):
        raise CacheDamaged("not a cache file of this library")
    end = data.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        raise CacheDamaged("no header line")
    try:
        header = json.loads(data[len(magic) : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise CacheDamaged("unreadable header") from None
    if not isinstance(header, dict):
        raise CacheDamaged("unreadable header")
    return header, data[end + 1 :]


def _payload_digest(format_: object, library: object, source_sha256: object,
                    payload: bytes) -> str:
    """The digest written in the header: of the payload and the header fields that say what
    it is, so that damage to either is seen."""
    sha = hashlib.sha256(json.dumps([format_, library, source_sha256]).encode("ascii"))
    sha.update(payload)
    return sha.hexdigest()


def _verify(header: dict[str, Any], payload: bytes, source_sha256: str) -> None:
    if header.get("source_sha256") != source_sha256:
        raise CacheDamaged("made from other source bytes")
    check_payload(header, payload, _payload_digest(header.get("format"), header.get("library"),
                                                   source_sha256, payload))


def layer_from_blob(path: str, blob: Any) -> tuple[ParsedFile, LayerKeys]:
    """The layer from verified payload data, after checking its shape."""
    if not isinstance(blob, dict):
        raise CacheDamaged("payload is not a mapping")
    entries, lines = blob["entries"], blob["lines"]
    layer = LayerKeys(blob["names"], blob["name_hits"], blob["skeletons"],
                      blob["skeleton_hits"], blob["marked"], blob["compact_sorted"],
                      blob["skeleton_prefixes"], blob["variants"], blob["variant_hits"],
                      blob["variant_sorted"], blob["latins"], blob["latin_hits"])
    lists = (entries, lines, layer.names, layer.name_hits, layer.skeletons,
             layer.skeleton_hits, layer.compact_sorted, layer.skeleton_prefixes,
             layer.variants, layer.variant_hits, layer.variant_sorted, layer.latins,
             layer.latin_hits)
    if not all(isinstance(x, list) for x in lists) or not isinstance(layer.marked, dict):
        raise CacheDamaged("payload fields of the wrong type")
    if (len(entries) != len(lines) or len(layer.names) != len(layer.name_hits)
            or len(layer.skeletons) != len(layer.skeleton_hits)
            or len(layer.variants) != len(layer.variant_hits)
            or len(layer.latins) != len(layer.latin_hits)):
        raise CacheDamaged("payload fields of different lengths")
    for numbers, limit in ((layer.name_hits, 2 * len(entries)),
                           (layer.skeleton_hits, 2 * len(entries)),
                           (layer.variant_hits, 2 * len(entries)),
                           (layer.latin_hits, 2 * len(entries)),
                           (list(layer.marked), len(entries))):
        if numbers and not (min(numbers) >= 0 and max(numbers) < limit):
            raise CacheDamaged("payload refers to entries it does not have")
    return ParsedFile(path, entries, lines), layer


def layer_blob(parsed: ParsedFile, layer: LayerKeys) -> dict[str, Any]:
    """A layer as plain data for :mod:`marshal` (read back by :func:`layer_from_blob`)."""
    # Entries are stored as JSON text, parsed again only when one is matched: reading a
    # million strings back is several times faster than a million nested dicts.
    entries = [e if isinstance(e, str) else json.dumps(e, ensure_ascii=False)
               for e in parsed.entries]
    return {
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


def store(
    path: Path, cache_dir: str | Path, source_sha256: str, parsed: ParsedFile, layer: LayerKeys
) -> None:
    """Write the cache for ``path`` (whose bytes have ``source_sha256``); a cache that cannot
    be written is only a warning."""
    payload = marshal.dumps(layer_blob(parsed, layer))
    header = json.dumps({
        "format": FORMAT,
        "library": _version(),
        "source_sha256": source_sha256,
        "payload_sha256": _payload_digest(FORMAT, _version(), source_sha256, payload),
        "payload_bytes": len(payload),
    }, sort_keys=True).encode("ascii")
    target = cache_path(path, cache_dir, source_sha256)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(target)
        write_atomically(target, _MAGIC + header + b"\n" + payload)
    except OSError as exc:
        warnings.warn(f"gazetteer cache not written to {target}: {exc}", stacklevel=3)


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file that is never left behind."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f"{_temp_prefix(target)}{os.getpid()}.",
                               suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_stale_temporaries(target: Path) -> None:
    """Remove temporary files of ``target`` whose writer is gone (killed mid-write)."""
    prefix = _temp_prefix(target)
    for tmp in target.parent.glob(f"{prefix}*.tmp"):
        pid = tmp.name[len(prefix):].split(".", 1)[0]
        try:
            old = time.time() - tmp.stat().st_mtime > _STALE_TEMP_SECONDS
            if old or not (pid.isdigit() and _alive(int(pid))):
                tmp.unlink()
        except OSError:
            continue  # another writer removed or replaced it first


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
