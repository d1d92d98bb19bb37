"""Running the ``eventkit`` command line in a subprocess, as users do (for the batch and
robustness tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ENTRY = "import sys; from eventkit.cli import main; sys.exit(main())"


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
