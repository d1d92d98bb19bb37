"""The local worker processes of a batch run.

Workers die with the process that started them: on Linux the kernel kills them when it goes
(``prctl(PR_SET_PDEATHSIG)``), elsewhere a watchdog thread notices that their parent changed.
So a ``kill -9`` of ``eventkit extract`` leaves no worker behind holding the output open.

A ``LocalPool`` can be restarted: ``eventkit.batch`` does so when a worker died (a pack
called ``os._exit``, a crash, the out-of-memory killer) or went past its hard time limit, and
then redoes the documents that were in flight one at a time, so that only the document that
caused it is lost (and recorded as such).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.process import BaseProcess
from typing import ParamSpec, TypeVar

from eventkit.extract.pipe import pool_context

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
WATCHDOG_SECONDS = 1.0
FORK_GRACE = 1.0
SPAWN_GRACE = 120.0

P = ParamSpec("P")
T = TypeVar("T")


def die_with_parent(parent: int) -> None:
    """Worker initializer: end this process when process ``parent`` ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            _start_watchdog(parent)
    else:
        _start_watchdog(parent)
    if os.getppid() != parent:  # the parent went before the request above took effect
        os._exit(1)


def _start_watchdog(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCHDOG_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="eventkit-parent-watchdog", daemon=True).start()


class LocalPool:
    """A process pool whose workers die with this process, and which can be replaced after
    one of them died. Workers are forked (they inherit a warmed Extractor) while this process
    runs a single thread, else spawned (``pool_context``: forking
    a threaded process can deadlock the child, and Python 3.12+ warns about it)."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._context, fork = pool_context()
        # Seconds allowed beyond the documents' time limits before a worker is killed; a
        # spawned worker builds its own Extractor on its first chunk.
        self.grace = FORK_GRACE if fork else SPAWN_GRACE
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        if self.grace == FORK_GRACE and pool_context()[1] is False:
            # A thread started since: fork no more (the workers build their Extractor).
            self._context, _ = pool_context()
            self.grace = SPAWN_GRACE
        context = self._context
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        return self._pool.submit(fn, *args, **kwargs)

    def restart(self, *, kill: bool = False) -> None:
        """A fresh pool; ``kill`` first kills the current workers (one of them is stuck)."""
        if kill:
            # ProcessPoolExecutor has no public way to stop a running task.
            processes: dict[int, BaseProcess] = getattr(self._pool, "_processes", None) or {}
            for process in list(processes.values()):
                process.kill()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._start()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
