"""How many documents a batch will read, for its progress display (``Progress``, which
lives in ``eventkit.extract.progress`` so that ``Extractor.pipe`` can show it too).

The total is the ``*.txt`` files of a directory or the non-blank lines of a JSON Lines
file, counted before the run (a fast pass over the bytes); stdin has no total.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventkit.extract.progress import Progress

__all__ = ["Progress", "count_documents"]


def count_documents(specs: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents ``eventkit extract`` will read from ``specs``, or None when it
    cannot be known beforehand (stdin) or a path cannot be read."""
    total = 0
    for spec in specs:
        path = Path(spec)
        if spec == "-":
            return None
        try:
            if path.is_dir():
                total += sum(1 for p in path.rglob("*.txt") if p.is_file())
            elif input_format == "jsonl" or (
                input_format == "auto" and path.suffix.lower() in (".jsonl", ".ndjson")
            ):
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
        except OSError:
            return None
    return total
