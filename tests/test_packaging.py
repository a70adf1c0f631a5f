"""What the package build needs: the build hook runs the library, so it needs its dependencies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")

PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return match.group(0).lower().replace("_", "-")


def test_the_build_requires_every_dependency_as_declared() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    build = config["build-system"]["requires"]
    runtime = config["project"]["dependencies"]
    assert set(runtime) <= set(build), "build-system.requires must repeat the dependencies"
    assert {_name(r) for r in build} - {_name(r) for r in runtime} == {"hatchling"}


def test_the_build_hook_is_declared_and_shipped() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["hooks"]["custom"]["path"] == "hatch_build.py"
    sdist = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    for needed in ("hatch_build.py", "conftest.py"):  # the build, and the test collection
        assert needed in sdist
        assert (PYPROJECT.parent / needed).is_file()
