"""Running pack code safely: which failures are a pack's, and a time limit per document.

Everything a pack's code raises is the pack's failure, ``SystemExit`` included (a pack that
calls ``sys.exit`` must not end the run), except ``KeyboardInterrupt`` (the user's Ctrl-C)
and ``DocumentTimeout`` (the time limit below), which stop the document, not the rule.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Seconds a document may take, per started block of this many characters (long documents
# are extracted block by block, see ``eventkit.blocks``).
DEFAULT_TIMEOUT = 60.0
TIMEOUT_CHARS = 30_000


class DocumentTimeout(BaseException):
    """A document went over its time limit (a ``BaseException``: a pack's ``except
    Exception`` does not swallow it)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"extraction stopped after {seconds:g} s (time limit, --timeout)")
        self.seconds = seconds


def is_pack_failure(error: BaseException) -> bool:
    """Whether ``error``, raised inside a pack's code, is recorded as that pack's failure."""
    return not isinstance(error, KeyboardInterrupt | DocumentTimeout)


def limit_for(text: str, seconds: float | None) -> float | None:
    """The time limit of a document: ``seconds`` per started block of TIMEOUT_CHARS."""
    if not seconds or seconds <= 0:
        return None
    return seconds * max(1, math.ceil(len(text) / TIMEOUT_CHARS))


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in this thread after ``seconds`` (and again every second,
    should pack code swallow it). Works in the main thread of a process with ``SIGALRM``
    (the command line and its workers); elsewhere (threads, Dask workers) no limit applies."""
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
