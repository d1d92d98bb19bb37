"""Writing batch output: ``OutputFile`` writes only whole lines (one ``os.write`` per
chunk), fsyncs every few seconds and at the end, and on ``resume`` drops a trailing partial
line and reports which documents are already done, so an interrupted run continues where it
stopped; ``StdoutOutput`` writes to stdout."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from eventkit.errors import InputError

FSYNC_SECONDS = 5.0


def partial_path(path: Path) -> Path:
    """Where a run writes until it is complete: ``OUT.jsonl.part`` beside ``OUT.jsonl``."""
    return path.with_name(path.name + ".part")


class OutputFile:
    """Append-only JSON Lines output that survives being killed.

    Lines go to ``OUT.part`` (see ``partial_path``), which ``close`` renames to ``OUT``: a
    run that did not finish never leaves a partial ``OUT``, and a symbolic link at ``OUT``
    is replaced, not followed. Each chunk's lines go out in one ``os.write`` of whole lines;
    the file is fsynced every ``FSYNC_SECONDS`` and on close. ``resume=True`` continues
    ``OUT.part`` (or a finished ``OUT``): a trailing partial line (a write cut by a kill) is
    truncated away, and ``done_ids`` lists the complete lines' ids, in order.
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        from eventkit.batch.safeio import open_append, open_new

        self.path = path
        self.partial = partial_path(path)
        self.done_ids: list[str] = []
        if resume and not os.path.lexists(self.partial) and os.path.lexists(path):
            if path.is_symlink():
                raise InputError(f"{path} is a symbolic link: not continued")
            os.rename(path, self.partial)
        if resume and os.path.lexists(self.partial):
            self._fd = open_append(self.partial)
            self.done_ids = _complete_lines(self.partial)
        else:
            self._fd = open_new(self.partial)
        self._synced = time.monotonic()

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        if time.monotonic() - self._synced > FSYNC_SECONDS:
            os.fsync(self._fd)
            self._synced = time.monotonic()

    def close(self) -> None:
        """Finish: the output gets its real name."""
        if self._fd >= 0:
            self.abort()
            os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Stop without finishing: ``OUT.part`` stays, for ``--resume``."""
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


def _complete_lines(path: Path) -> list[str]:
    """Ids of the complete lines of an earlier run's output; cuts off a partial last line."""
    ids: list[str] = []
    keep = 0
    with path.open("rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.append(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break  # a damaged line: everything from here on is redone
            keep += len(raw)
    if keep != path.stat().st_size:
        os.truncate(path, keep)
    return ids


class StdoutOutput:
    """Output lines to stdout (no resume)."""

    def __init__(self) -> None:
        self.done_ids: list[str] = []

    def write(self, lines: list[str]) -> None:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()
