"""The ``urdu-entities`` command line."""

from urdu_entities.cli.main import main

__all__ = ["main"]
