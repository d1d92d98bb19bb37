"""Shared fixtures: one real Extractor per session (building parsers is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventkit import Extractor

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fresh-venv",
        action="store_true",
        help="also build the wheels and run the docs in a fresh venv (slow; CI does it)",
    )


def shared_dir() -> Path:
    """``../shared`` beside the repository (CI has it), or ``EVENTKIT_SHARED``."""
    return Path(os.environ.get("EVENTKIT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "data").is_dir():
        pytest.skip(f"shared evaluation data not found at {path} (set EVENTKIT_SHARED)")
    return path
