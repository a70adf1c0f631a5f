"""Where the shipped data lives: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """``urdu_entities/_data`` in an installed wheel, ``data/`` in a source checkout."""
    packaged = _PACKAGE / "_data"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "data"


def gazetteer_files() -> list[Path]:
    """The shipped gazetteer files, in a fixed order."""
    return sorted((data_dir() / "gazetteers").glob("*.jsonl"))


def sample_article() -> Path:
    """The bundled sample article (original text written for this project)."""
    return data_dir() / "samples" / "sample_article_ur.txt"


def model_dir() -> Path:
    """The shipped trained models (the tagger's ``ner.crfsuite`` and its metadata)."""
    return data_dir() / "models"
