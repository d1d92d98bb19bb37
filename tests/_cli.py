"""Helpers of the batch, robustness and property tests: running the ``eventkit`` command
line in a subprocess, as users do, and checking what it prints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ENTRY = "import sys; from eventkit.cli import run; sys.exit(run())"


def eventkit_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-c", ENTRY, *map(str, args)]


def run_eventkit(
    *args: str | Path, stdin: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """Run ``eventkit ARGS``; a hang fails the test through ``timeout``."""
    return subprocess.run(
        eventkit_command(*args), input=stdin, capture_output=True, timeout=timeout, check=False
    )


def json_lines(data: bytes | str) -> list[dict[str, Any]]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return [json.loads(line) for line in text.splitlines()]


def corpus_line(doc_id: str, text: str) -> str:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)


def check_offsets(document: dict[str, Any], text: str) -> None:
    """Every span in a document's JSON indexes ``text``: its "text" is the slice it names."""

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if {"start", "end"} <= value.keys():
                assert 0 <= value["start"] <= value["end"] <= len(text)
                if "text" in value:
                    assert text[value["start"] : value["end"]] == value["text"]
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document["events"])
