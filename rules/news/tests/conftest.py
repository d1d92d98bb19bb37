from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventkit import Extractor

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def news() -> Extractor:
    """An extractor with only the news pack, found through its installed entry point."""
    return Extractor(["news"])


@pytest.fixture(scope="session")
def shared() -> Path:
    path = Path(os.environ.get("EVENTKIT_SHARED", REPO.parent / "shared"))
    if not (path / "examples").is_dir():
        message = f"shared reference data not found at {path} (set EVENTKIT_SHARED)"
        flags = (os.environ.get("CI", ""), os.environ.get("EVENTKIT_REQUIRE_SHARED", ""))
        if any(flag.strip().lower() not in ("", "0", "false", "no") for flag in flags):
            pytest.fail(f"{message}; CI must run the tests that read it", pytrace=False)
        pytest.skip(message)
    return path
