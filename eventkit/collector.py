"""The garbage collector during extraction: off inside a document, as the caller had it after.

A yargy chart is a knot of reference cycles (states point back at their columns); charts
are freed by ``FastParser.findall`` itself, so what a document leaves for the collector is
little, and collecting it can wait for the document's end instead of running dozens of
times inside it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_collector_lock = threading.Lock()
_collector_holds = 0
_collector_was_enabled = False


@contextmanager
def no_collection() -> Iterator[None]:
    """No garbage collection inside the block: a document's parses free their own charts,
    so what is left for the collector is little and can wait for the block's end. Threads
    share the collector: it is switched off by the first block to start and back on (when
    it was on) by the last to end, so nothing of this outlives the blocks running."""
    global _collector_holds, _collector_was_enabled
    with _collector_lock:
        if _collector_holds == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_holds += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_holds -= 1
            if _collector_holds == 0 and _collector_was_enabled:
                gc.enable()
