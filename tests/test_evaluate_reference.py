"""``eventkit evaluate`` agrees with the project's reference scorer on the development data.

The reference scorer (``../shared/tools/score_events.py``) is run as a subprocess on the same
predictions; every figure it gives must equal ours: event P/R/F1 overall and per type,
argument and complete-event P/R/F1, content, date and place accuracy.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from conftest import missing_shared

from eventkit.cli import main

FILES = ("wikinews-dev", "wikinews-dev2", "wikinews-dev3")


def _cli_json(*args: str) -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main([*args]) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def _reference(shared: Path, gold: Path, predictions: Path) -> dict[str, Any]:
    scorer = shared / "tools" / "score_events.py"
    if not scorer.is_file():
        missing_shared(f"the reference scorer at {scorer}")
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    # --json prints the JSON line first, then its one-line summary.
    data: dict[str, Any] = json.loads(done.stdout.splitlines()[0])
    return data


def _prf(counts: dict[str, Any]) -> tuple[float, float, float]:
    # The reference scorer gives 0.0 where there is nothing to divide by; we give None.
    precision, recall, f1 = (counts[k] or 0.0 for k in ("precision", "recall", "f1"))
    return precision, recall, f1


@pytest.mark.parametrize("name", FILES)
def test_figures_equal_the_reference_scorer(name: str, shared: Path, tmp_path: Path) -> None:
    gold = shared / "data" / f"{name}.gold.jsonl"
    texts = shared / "data" / f"{name}.jsonl"
    predictions = tmp_path / "out.jsonl"
    with redirect_stdout(io.StringIO()):
        assert main(["extract", str(texts), "-o", str(predictions)]) == 0

    ours = _cli_json("evaluate", str(gold), "--predictions", str(predictions), "--json")
    reference = _reference(shared, gold, predictions)
    overall = ours["overall"]

    assert _prf(overall["events"]) == pytest.approx(reference["event"])
    assert overall["events"]["tp"] + overall["events"]["fn"] == reference["gold_events"]
    assert set(reference["per_type"]) <= set(ours["types"])
    for kind, figures in reference["per_type"].items():
        assert _prf(ours["types"][kind]["events"]) == pytest.approx(figures), kind
    assert _prf(overall["arguments"]) == pytest.approx(reference["argument"])
    assert _prf(overall["complete"]) == pytest.approx(reference["complete"])
    for part in ("content", "date", "place"):
        assert overall[part]["accuracy"] == pytest.approx(reference[part]), part

    # Running the extractor inside ``evaluate`` scores the same events.
    direct = _cli_json("evaluate", str(gold), "--json")
    assert direct["overall"] == overall
    assert direct["types"] == ours["types"]
