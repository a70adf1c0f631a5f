"""Fixtures for the stanza backend tests.

Tests that need stanza ask for ``tiny_models``: it skips them when stanza is not installed
(``pip install torch==2.13.0`` then ``pip install -e ".[stanza,test]"``), and otherwise
trains tiny tokenizer and NER models from ``data/ur_ner_tiny.txt`` once per session, with
the network blocked, in about 15 seconds on one core.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before anything imports torch: one thread (two can stall tiny CPU training for minutes).
os.environ["OMP_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from tiny_models import TinyModels, require_stanza  # noqa: E402


class NetworkAttempt(AssertionError):
    """Raised by the socket guard: a test tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Block every outgoing connection and name lookup; yields the attempts made."""
    attempts: list[str] = []

    def refuse(kind: str) -> Callable[..., None]:
        def guard(*args: object, **kwargs: object) -> None:
            attempts.append(f"{kind}{args[1:] if kind.startswith('socket') else args}")
            raise NetworkAttempt(f"network access attempted: {kind} {args!r}")

        return guard

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> TinyModels:
    """Tiny stanza models trained from the fixture (skips when stanza is not installed)."""
    require_stanza()
    import tiny_models

    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _refuse_during_training)
    mp.setattr(socket, "getaddrinfo", _refuse_during_training)
    try:
        return tiny_models.train(tmp_path_factory.mktemp("stanza_tiny"))
    finally:
        mp.undo()


def _refuse_during_training(*args: object, **kwargs: object) -> None:
    raise NetworkAttempt(f"network access attempted while training: {args!r}")


@pytest.fixture
def isolated_stanza_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point stanza's default model folder at an empty directory."""
    home = tmp_path / "stanza_home"
    home.mkdir()
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(home))
    return home
