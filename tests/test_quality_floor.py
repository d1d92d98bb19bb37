"""Quality floors: extraction on each evaluation set may not fall below the last row of
docs/quality.md minus 0.02 (event F1, ACE argument F1, complete-event F1), so a change that loses
quality is red, not merely noted in docs/quality.md. Raise a floor when quality rises.

The sets are in ``../shared/data`` (under CI a missing folder fails, see conftest); the
first-sight golds and corpus-dev are ours (tests/data) with their texts from the shared corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _first_sight import SETS, gold_with_texts

from eventkit import Extractor
from eventkit.evaluate import evaluate

MARGIN = 0.02
# Event F1, argument F1 (ACE), complete-event F1: the last row of docs/quality.md.
MEASURED: dict[str, tuple[float, float, float]] = {
    "wikinews-dev": (0.923, 0.836, 0.851),
    "wikinews-dev2": (0.900, 0.867, 0.857),
    "wikinews-dev3": (0.939, 0.914, 0.887),
    "agency-dev": (0.926, 0.897, 0.893),
    "first-sight": (0.867, 0.651, 0.700),
    "first-sight-2": (0.704, 0.554, 0.574),
    "first-sight-3": (0.743, 0.593, 0.610),
    "first-sight-4": (0.792, 0.704, 0.698),
    "first-sight-5": (0.857, 0.743, 0.743),
    "first-sight-6": (0.847, 0.800, 0.800),
    "first-sight-7": (0.886, 0.747, 0.734),
    "corpus-dev": (0.933, 0.847, 0.886),
    "corpus-dev-2": (0.899, 0.862, 0.871),
    "corpus-dev-3": (0.944, 0.913, 0.928),
    "corpus-dev-4": (0.908, 0.900, 0.908),
    "corpus-dev-5": (0.897, 0.857, 0.879),
    "corpus-dev-6": (0.874, 0.833, 0.840),
}


def gold_path(name: str, shared: Path, tmp_path: Path) -> Path:
    if name not in SETS:
        return shared / "data" / f"{name}.gold.jsonl"
    path = tmp_path / f"{name}.gold.jsonl"
    records = gold_with_texts(shared / "data" / "news-corpus.jsonl", name)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_quality_does_not_fall_below_its_floor(
    name: str, shared: Path, extractor: Extractor, tmp_path: Path
) -> None:
    overall = evaluate(gold_path(name, shared, tmp_path), extractor=extractor).overall
    found = (overall.events.f1, overall.arguments.f1, overall.complete.f1)
    for what, value, measured in zip(
        ("event", "argument", "complete"), found, MEASURED[name], strict=True
    ):
        assert value >= measured - MARGIN, (
            f"{name}: {what} F1 {value:.3f} fell below its floor {measured - MARGIN:.3f}"
        )
