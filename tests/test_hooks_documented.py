"""Every hook specification is documented in docs/hooks.md and exercised by some test, as
datasette checks its own hooks."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from eventkit.engine import hookspecs

ROOT = Path(__file__).resolve().parents[1]


def hook_names() -> list[str]:
    return sorted(
        name
        for name, value in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("eventkit_")
    )


def test_there_are_hooks() -> None:
    assert "eventkit_rule_packs" in hook_names()


@pytest.mark.parametrize("hook", hook_names())
def test_hook_is_documented(hook: str) -> None:
    reference = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {hook}$", reference, re.MULTILINE), (
        f"docs/hooks.md has no '## {hook}' section"
    )


@pytest.mark.parametrize("hook", hook_names())
def test_hook_is_tested(hook: str) -> None:
    this = Path(__file__).resolve()
    tests = [
        p
        for p in [*(ROOT / "tests").rglob("test_*.py"), *(ROOT / "rules").glob("*/tests/test_*.py")]
        if p.resolve() != this
    ]
    assert any(hook in p.read_text(encoding="utf-8") for p in tests), f"no test mentions {hook}"
