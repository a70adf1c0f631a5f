"""Thread and process safety, and no network: 8 threads sharing one pipeline, a fork pool and
a spawn pool all give exactly the output of sequential ``extract`` on the fixtures, and
nothing opens a socket, from ``import urdu_entities`` to the last entity."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from urdu_entities import Entity, Pipeline, extract

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SAMPLE = REPO / "data" / "samples" / "sample_article_ur.txt"


def fixture_texts() -> list[str]:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    for line in (FIXTURES / "passages.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return texts


TEXTS = fixture_texts()


def dumped(results: list[list[Entity]]) -> list[list[dict[str, Any]]]:
    return [[e.model_dump() for e in entities] for entities in results]


@pytest.fixture(scope="module")
def sequential() -> list[list[dict[str, Any]]]:
    return dumped([extract(text) for text in TEXTS])


def test_eight_threads_on_one_new_pipeline_match_sequential_extract(
    sequential: list[list[dict[str, Any]]],
) -> None:
    mini = FIXTURES / "mini_gazetteer.jsonl"
    expected = dumped([Pipeline(gazetteers=[mini]).extract(text) for text in TEXTS])
    # Built here and not used yet, so that the threads also race on what its first use
    # builds (its gazetteer's prefix tables).
    pipeline = Pipeline(gazetteers=[mini])
    start = threading.Barrier(8)

    def run(k: int) -> tuple[list[list[dict[str, Any]]], list[list[dict[str, Any]]]]:
        start.wait()
        order = list(range(len(TEXTS)))
        order = order[k:] + order[:k]  # each thread in its own order
        found = {i: pipeline.extract(TEXTS[i]) for i in order}
        default = {i: extract(TEXTS[i]) for i in reversed(order)}
        return (dumped([found[i] for i in range(len(TEXTS))]),
                dumped([default[i] for i in range(len(TEXTS))]))

    with ThreadPoolExecutor(8) as pool:
        outputs = list(pool.map(run, range(8)))
    assert all(output == (expected, sequential) for output in outputs)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_process_pools_match_sequential_extract(
    method: str, sequential: list[list[dict[str, Any]]]
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method on this platform")
    with multiprocessing.get_context(method).Pool(2) as pool:
        outputs = pool.map(extract, TEXTS)
    assert dumped(outputs) == sequential


def test_extract_opens_no_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("urdu_entities tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    pipeline = Pipeline()
    assert pipeline.extract(TEXTS[0])
    assert extract(TEXTS[0])


_NO_NETWORK = """
import sys
def audit(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        raise SystemExit(f"network use: {event} {args!r}")
sys.addaudithook(audit)
from urdu_entities import Pipeline, extract
text = open(sys.argv[1], encoding="utf-8").read()
assert extract(text) and Pipeline(gazetteers=[sys.argv[2]]).extract(text)
print("ok")
"""


def test_import_load_and_extract_open_no_socket_in_a_fresh_interpreter() -> None:
    # An audit hook sees every socket event from the first import on, including whatever
    # the model and gazetteer loading might do.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), *sys.path])}
    done = subprocess.run(
        [sys.executable, "-c", _NO_NETWORK, str(SAMPLE), str(FIXTURES / "mini_gazetteer.jsonl")],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
