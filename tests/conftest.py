"""Shared fixtures: one real Extractor per session (building parsers is the slow part)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from eventkit import Extractor

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    # Warm-start tables (``eventkit.extract.warm``) of this run in a folder of its own, not
    # in the user's cache: the suite's processes build one and the later ones read it.
    if "EVENTKIT_WARM_DIR" not in os.environ:
        os.environ["EVENTKIT_WARM_DIR"] = tempfile.mkdtemp(prefix="eventkit-warm-")


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


def shared_required() -> bool:
    flags = (os.environ.get("CI", ""), os.environ.get("EVENTKIT_REQUIRE_SHARED", ""))
    return any(flag.strip().lower() not in ("", "0", "false", "no") for flag in flags)


def missing_shared(what: str) -> None:
    """Skip a test whose data in ``../shared`` is missing; under CI (``CI`` set, as CI
    services do, or ``EVENTKIT_REQUIRE_SHARED``, as ``.ci/run`` does) fail instead, so the
    golden and quality tests cannot go quietly unrun."""
    message = f"{what} not found (set EVENTKIT_SHARED to the folder that has data/)"
    if shared_required():
        pytest.fail(f"{message}; CI must run the tests that read it", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "data").is_dir():
        missing_shared(f"shared evaluation data at {path}")
    return path
