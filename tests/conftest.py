from __future__ import annotations

import os
from pathlib import Path

import pytest

from urdu_entities import Gazetteer, Pipeline

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("URDU_ENTITIES_SHARED", Path(__file__).parents[1] / ".." / "shared"))


@pytest.fixture(scope="session")
def mini_gazetteer_path() -> Path:
    return FIXTURES / "mini_gazetteer.jsonl"


@pytest.fixture(scope="session")
def mini_gazetteer(mini_gazetteer_path: Path) -> Gazetteer:
    return Gazetteer.from_files([mini_gazetteer_path])


@pytest.fixture(scope="session")
def mini_pipeline(mini_gazetteer_path: Path) -> Pipeline:
    """A pipeline on the small test gazetteer only, without dates."""
    return Pipeline(gazetteers=[mini_gazetteer_path], default_gazetteer=False, dates=False)


@pytest.fixture(scope="session")
def seed_article() -> str:
    path = SHARED / "seed" / "article_ur.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")
