"""The code stays typed and clean: mypy --strict and ruff over the core and the packs.

Skipped with a reason when the tools are not installed (they come with the ``test`` extra).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = [
    "eventkit",
    *(str(p.parent.relative_to(ROOT)) for p in sorted(ROOT.glob("rules/*/*/__init__.py"))),
]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed in this environment (pip install 'eventkit-ru[dev]')")
    return found


def test_mypy_strict() -> None:
    result = subprocess.run(
        [_tool("mypy"), *PACKAGES], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(command: list[str]) -> None:
    paths = ["eventkit", "rules", "tests", "tasks.py", "benchmarks"]
    result = subprocess.run(
        [_tool("ruff"), *command, *paths], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
