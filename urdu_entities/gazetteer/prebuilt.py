"""Tables derived from the shipped data, computed when the package is built, read at start-up.

Computing the shipped gazetteer's keys, the context recogniser's name parts, the gazetteer
recogniser's places by word and the tagger model's feature list takes most of a second;
reading them from ``index/shipped.index`` in the data folder takes a few hundredths.
The wheel's build runs ``python -m urdu_entities.prebuild`` to write that file (an editable
install or ``python -m urdu_entities.prebuild`` writes it into ``data/index/`` of a checkout).

The file is used only if its *fingerprint* matches: the SHA-256 of this format, the library
version, the :mod:`marshal` version, and the bytes of every module of the package, of every
shipped gazetteer file and of the shipped tagger model. Any edit to code or data makes an old
file a silent miss and the tables are computed as before, so the file can make start-up
faster but never change what the library finds. A damaged file (its payload digest does not
match, or it cannot be read) is a miss with a warning.

The file is a header line and a payload, like the gazetteer cache::

    urdu-entities-index {"format": 1, "fingerprint": ..., "payload_sha256": ...,
                         "payload_bytes": ...}\\n
    <payload: a dict of sections written with marshal>
"""

from __future__ import annotations

import hashlib
import json
import marshal
import threading
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from urdu_entities._data import data_dir, gazetteer_files, model_dir
from urdu_entities._version import __version__
from urdu_entities.gazetteer.cache import (
    CacheDamaged,
    check_payload,
    read_bytes,
    split_header,
    write_atomically,
)

FORMAT = 1
_MAGIC = b"urdu-entities-index "
_PACKAGE = Path(__file__).resolve().parent.parent

_lock = threading.Lock()
_loaded: dict[str, Any] | None = None
_tried = False


def index_path() -> Path:
    """Where the shipped index is read from."""
    return data_dir() / "index" / "shipped.index"


def _package_modules() -> list[Path]:
    return sorted(p for p in _PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _model_files() -> list[Path]:
    return sorted(p for p in model_dir().glob("*") if p.is_file())


def fingerprint(
    modules: Iterable[Path] | None = None,
    gazetteers: Iterable[Path] | None = None,
    models: Iterable[Path] | None = None,
) -> str:
    """The SHA-256 of everything the derived tables depend on (see the module docstring)."""
    sha = hashlib.sha256(json.dumps([FORMAT, __version__, marshal.version]).encode("ascii"))
    for group, root in (
        (_package_modules() if modules is None else modules, _PACKAGE),
        (gazetteer_files() if gazetteers is None else gazetteers, None),
        (_model_files() if models is None else models, None),
    ):
        for path in group:
            name = path.relative_to(root).as_posix() if root else path.name
            data = path.read_bytes()
            sha.update(f"\n{name} {len(data)}\n".encode())
            sha.update(data)
    return sha.hexdigest()


def _payload_digest(print_: str, payload: bytes) -> str:
    sha = hashlib.sha256(print_.encode("ascii"))
    sha.update(payload)
    return sha.hexdigest()


def write(path: Path, sections: dict[str, Any], print_: str | None = None) -> None:
    """Write ``sections`` (plain data) as an index for the current code and data."""
    print_ = fingerprint() if print_ is None else print_
    payload = marshal.dumps(sections)
    header = json.dumps({
        "format": FORMAT,
        "fingerprint": print_,
        "payload_sha256": _payload_digest(print_, payload),
        "payload_bytes": len(payload),
    }, sort_keys=True).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, _MAGIC + header + b"\n" + payload)


def read(path: Path, print_: str) -> dict[str, Any] | None:
    """The sections of the index at ``path`` if it was made for ``print_``, else ``None``."""
    data = read_bytes(path, "shipped index", stacklevel=3)
    if data is None:
        return None
    try:
        header, payload = split_header(data, _MAGIC)
        if header.get("format") != FORMAT or header.get("fingerprint") != print_:
            return None  # made for other code or data: computed as before, without a fuss
        check_payload(header, payload, _payload_digest(print_, payload))
        sections = marshal.loads(payload)
        if not isinstance(sections, dict):
            raise CacheDamaged("payload is not a mapping")
        return sections
    except Exception as exc:  # whatever is wrong with the file, it is only a miss
        reason = exc if isinstance(exc, CacheDamaged) else f"{type(exc).__name__}: {exc}"
        warnings.warn(f"shipped index {path} is damaged ({reason}); not used", stacklevel=2)
        return None


def section(name: str) -> Any:
    """One section of the shipped index (read once per process), or ``None`` on a miss."""
    global _loaded, _tried
    with _lock:
        if not _tried:
            _tried = True
            _loaded = read(index_path(), fingerprint())
        return None if _loaded is None else _loaded.get(name)
