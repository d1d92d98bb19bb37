"""Writing batch output: ``OutputFile`` writes only whole lines (one ``os.write`` per
chunk), fsyncs every few seconds and at the end, and on ``resume`` drops a trailing partial
line and reports which documents are already done, so an interrupted run continues where it
stopped; ``StdoutOutput`` writes to stdout."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from eventkit.batch.safeio import (
    NOFOLLOW,
    create_exclusive,
    lock,
    open_append,
    write_error,
)
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

    ``OUT.part`` is created exclusively and locked for the whole run, so a second run on
    the same output stops at once (``InputError``) instead of deleting the first one's
    work; ``force=False`` also refuses a ``.part`` left by an interrupted run. A write that
    fails (a full disk) is an ``InputError`` of one line; the lines written stay.
    """

    def __init__(self, path: Path, *, resume: bool = False, force: bool = True) -> None:
        self.path = path
        self.partial = partial_path(path)
        self.done_ids: list[str] = []
        self._fd = -1
        self._created = False
        if resume and not os.path.lexists(self.partial) and os.path.lexists(path):
            if path.is_symlink():
                raise InputError(f"{path} is a symbolic link: not continued")
            os.rename(path, self.partial)
        try:
            if resume and os.path.lexists(self.partial):
                self._fd = open_append(self.partial)
                lock(self._fd, path)
                self.done_ids = _complete_lines(self.partial)
            else:
                self._claim(force=force)
        except OSError as error:
            self._close_quietly()
            raise write_error(self.partial, error) from error
        except BaseException:
            self._close_quietly()
            raise
        self._synced = time.monotonic()

    def _claim(self, *, force: bool) -> None:
        """Create ``OUT.part`` exclusively and lock it. One left by an interrupted run is
        started over with ``force``; one that another run holds is never touched."""
        try:
            self._fd = create_exclusive(self.partial)
            self._created = True
        except FileExistsError:
            if self.partial.is_symlink():
                self.partial.unlink()  # never written through; replaced by a new file
                self._claim(force=force)
                return
            self._fd = os.open(self.partial, os.O_WRONLY | NOFOLLOW)
            lock(self._fd, self.path)
            if not force:
                raise InputError(
                    f"{self.partial} is left from an interrupted run: use --resume to "
                    "continue it or --force to start over"
                ) from None
            os.ftruncate(self._fd, 0)
            return
        lock(self._fd, self.path)

    def _close_quietly(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        try:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
            if time.monotonic() - self._synced > FSYNC_SECONDS:
                os.fsync(self._fd)
                self._synced = time.monotonic()
        except OSError as error:
            raise InputError(
                f"{self.partial}: cannot write: {error.strerror or error}; the lines written "
                "so far are kept: run again with --resume when the problem is solved"
            ) from error

    def close(self) -> None:
        """Finish: the output gets its real name."""
        if self._fd >= 0:
            try:
                os.fsync(self._fd)
                os.replace(self.partial, self.path)
            except OSError as error:
                self._close_quietly()
                raise write_error(self.path, error) from error
            self._close_quietly()  # the lock is held until the output has its name

    def abort(self) -> None:
        """Stop without finishing: ``OUT.part`` stays, for ``--resume``."""
        if self._fd >= 0:
            # On a full disk what could be written is there; --resume redoes the rest.
            with contextlib.suppress(OSError):
                os.fsync(self._fd)
            self._close_quietly()

    def __del__(self) -> None:
        # An output dropped without ``close`` (an interrupted run in a program of your own)
        # releases its file and lock, as a killed process would.
        if getattr(self, "_fd", -1) >= 0:
            self.abort()

    def discard(self) -> None:
        """Stop before anything was written: a ``.part`` this run created is removed."""
        if self._fd >= 0:
            if self._created:
                self.partial.unlink(missing_ok=True)
            self._close_quietly()


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
