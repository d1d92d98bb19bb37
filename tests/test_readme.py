"""The README's example runs and prints what the README says it prints."""

from __future__ import annotations

from pathlib import Path

from _docs_examples import check_readme

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_example_prints_what_it_claims() -> None:
    check_readme(README)
