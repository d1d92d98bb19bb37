"""Progress on stderr: documents done of how many, rate, ETA (``eventkit.Progress``).

``Extractor.pipe(texts, progress=True)`` shows it, as do the batch commands; an application
that extracts in its own loop uses it directly::

    with Progress(total=len(texts)) as progress:
        for text in texts:
            document = extractor(text)
            progress.advance(chars=len(text))

On a terminal it is a tqdm bar ("37%|███▋      | 290/782 [00:41<01:10, 7.0 docs/s, 136k
chars/s]"). When stderr is not a terminal (a log file, a CI job, ``nohup``) a plain line is
written every ``EVENTKIT_PROGRESS_SECONDS`` seconds (default 30) and one at the end, so a
long run can be followed with ``tail -f``; a run shorter than the interval writes nothing.

For the batch commands the total comes from ``eventkit.batch.progress.count_documents``;
without a total the bar shows the count and the rate only.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import IO, Any, Protocol

INTERVAL_ENV = "EVENTKIT_PROGRESS_SECONDS"
DEFAULT_INTERVAL = 30.0


class _Doc(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def error(self) -> str | None: ...


class Progress:
    """Counts documents as a batch goes and shows it on ``stream`` (stderr).

    :param total: documents expected (None when unknown).
    :param enabled: True: a bar; False: nothing; None: a bar on a terminal, else plain
        lines every ``interval`` seconds.
    :param initial: documents already done before this run (``--resume``).
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        enabled: bool | None = None,
        initial: int = 0,
        stream: IO[str] | None = None,
        interval: float | None = None,
        label: str = "eventkit",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.docs = 0
        self.chars = 0
        self.errors = 0
        self.initial = initial
        self.label = label
        self.interval = _interval() if interval is None else interval
        terminal = _isatty(self.stream)
        self.mode = "bar" if enabled or (enabled is None and terminal) else "off"
        if enabled is None and not terminal:
            self.mode = "lines"
        self._start = time.monotonic()
        self._last_line = self._start
        self._lines_written = 0
        self._bar: Any = None
        if self.mode == "bar":
            self._bar = _bar_class()(
                total=total,
                initial=initial,
                unit="docs",
                desc=label,
                file=self.stream,
                # A bare pseudo-terminal reports a 0x0 screen: tqdm would then draw nothing.
                ncols=_size(self.stream).columns or 100,
                nrows=_size(self.stream).lines or 24,
                smoothing=0.1,
                mininterval=0.2,
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.finish()

    def update(self, docs: Sequence[_Doc], lines: object = None) -> None:
        """Count a chunk of documents that is done (``lines``, their output, is unused)."""
        self.advance(
            len(docs),
            chars=sum(len(doc.text) for doc in docs),
            unreadable=sum(1 for doc in docs if doc.error is not None),
        )

    def advance(self, docs: int = 1, *, chars: int = 0, unreadable: int = 0) -> None:
        """Count ``docs`` more documents done, of ``chars`` characters in all."""
        self.docs += docs
        self.chars += chars
        self.errors += unreadable
        if self._bar is not None:
            self._bar.set_postfix_str(self._postfix(), refresh=False)
            self._bar.update(docs)
        elif self.mode == "lines":
            now = time.monotonic()
            if now - self._last_line >= self.interval:
                self._write_line(now)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(self._postfix(), refresh=False)
            self._bar.close()
            self._bar = None
        elif self.mode == "lines" and self._lines_written:
            self._write_line(time.monotonic(), final=True)

    def _rate(self) -> float:
        return self.docs / max(time.monotonic() - self._start, 1e-9)

    def _postfix(self) -> str:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        text = f"{self.chars / elapsed / 1000:.0f}k chars/s"
        if self.errors:
            text += f", {self.errors} unreadable"
        return text

    def _write_line(self, now: float, *, final: bool = False) -> None:
        """``eventkit: 290/782 docs (37%), 7.0 docs/s, 136k chars/s, 1m10s left``."""
        done = self.initial + self.docs
        rate = self._rate()
        parts = [f"{done}/{self.total} docs" if self.total is not None else f"{done} docs"]
        if self.total:
            parts[0] += f" ({100 * done / self.total:.0f}%)"
        parts += [f"{rate:.1f} docs/s", self._postfix()]
        if final:
            parts.append(f"done in {_duration(now - self._start)}")
        elif self.total is not None and rate > 0:
            parts.append(f"{_duration(max(self.total - done, 0) / rate)} left")
        self.stream.write(f"{self.label}: {', '.join(parts)}\n")
        self.stream.flush()
        self._last_line = now
        self._lines_written += 1


def _bar_class() -> Any:
    """tqdm without its monitor thread: batches fork worker processes after the bar exists,
    and forking a process that runs threads can deadlock the child."""
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[type-arg]
        monitor_interval = 0

    return Bar


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get(INTERVAL_ENV, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _size(stream: IO[str]) -> os.terminal_size:
    try:
        return os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return os.terminal_size((0, 0))


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
