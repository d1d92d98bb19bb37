"""The garbage collector during extraction: off inside a document, as the caller had it after.

A yargy chart is a knot of reference cycles (states point back at their columns); charts
are freed by ``FastParser.findall`` itself, so what a document leaves for the collector is
little, and collecting it can wait for the document's end instead of running dozens of
times inside it.

Within a batch (``between_documents``) the collector also leaves alone what earlier
documents left alive: the parsers and the caches that grow with every new word form. At
each document's end it collects what that document allocated and freezes the rest
(``gc.freeze``), so no full collection walks the whole, growing heap again and again; the
batch unfreezes it all when it ends.

A process whose permanent generation is not empty when the batch begins must not be
unfrozen: ``gc.unfreeze`` moves every frozen object back into the oldest generation, those
of a caller that froze its heap before forking and, on CPython 3.12, the few hundred
immortal ``tp_bases`` and ``tp_mro`` tuples of the built-in types that the interpreter
itself puts there at start-up. There the batch freezes nothing and raises the oldest
generation's threshold instead (``gc.set_threshold``): the documents' survivors are still
collected young, but no automatic full collection walks the growing heap; the batch puts
the threshold back when it ends, unless someone changed it meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eventkit import speedups

_collector_lock = threading.RLock()  # re-entered should a finalizer extract
_collector_holds = 0
_collector_was_enabled = False
_batch_holds = 0
# What the running batches do between documents: FREEZE (nobody had frozen anything when
# they began), NO_FULL_COLLECTION (something was frozen already) or nothing (the reference
# path).
FREEZE = "freeze"
NO_FULL_COLLECTION = "no full collection"
_batch_mode = ""
# The thresholds the collector had when the batch raised the oldest one, and those it set.
_thresholds_before: tuple[int, int, int] = (0, 0, 0)
_thresholds_set: tuple[int, int, int] = (0, 0, 0)
# Collections of the oldest generation are counted in young collections (10 by default):
# this many never come within a batch.
_NO_FULL_THRESHOLD = 1 << 30


@contextmanager
def no_collection() -> Iterator[None]:
    """No garbage collection inside the block: a document's parses free their own charts,
    so what is left for the collector is little and can wait for the block's end. Threads
    share the collector: it is switched off by the first block to start and back on (when
    it was on) by the last to end, so nothing of this outlives the blocks running. Inside
    ``between_documents`` the last block to end also collects the young generation and
    freezes what survives."""
    global _collector_holds, _collector_was_enabled
    if not speedups.enabled():  # the reference path: the collector as the caller has it
        yield
        return
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
                if _batch_holds and _batch_mode:
                    gc.collect(0)
                    if _batch_mode == FREEZE:
                        gc.freeze()


@contextmanager
def between_documents() -> Iterator[None]:
    """A batch of documents: between them, the collector scans only what the last one
    left (see the module doc). Nested and concurrent batches share the frozen set; the last
    to end unfreezes it. A process that has objects frozen already keeps them so: the
    batch then freezes nothing and only holds off full collections until it ends. That is
    a process that froze objects itself (``gc.freeze`` before a fork), and every process
    of CPython 3.12, whose interpreter starts with a few hundred objects in the permanent
    generation (``gc.unfreeze`` would move them too)."""
    global _batch_holds, _batch_mode, _thresholds_before, _thresholds_set
    with _collector_lock:
        if _batch_holds == 0:
            if not speedups.enabled():
                _batch_mode = ""
            elif gc.get_freeze_count() == 0:
                _batch_mode = FREEZE
            else:
                _batch_mode = NO_FULL_COLLECTION
                _thresholds_before = gc.get_threshold()
                young, middle, _ = _thresholds_before
                _thresholds_set = (young, middle, _NO_FULL_THRESHOLD)
                gc.set_threshold(*_thresholds_set)
        _batch_holds += 1
    try:
        yield
    finally:
        with _collector_lock:
            _batch_holds -= 1
            if _batch_holds == 0:
                if _batch_mode == FREEZE:
                    gc.unfreeze()
                elif _batch_mode == NO_FULL_COLLECTION and gc.get_threshold() == _thresholds_set:
                    gc.set_threshold(*_thresholds_before)
                _batch_mode = ""
