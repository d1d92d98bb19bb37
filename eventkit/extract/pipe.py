"""``Extractor.pipe``: many texts in, one ``Document`` per text out, in input order.

Texts are plain strings, or ``(text, id)`` pairs when ``as_tuples=True`` (the order spaCy's
``nlp.pipe(..., as_tuples=True)`` uses: the text first). Either way the input is checked item
by item, so a pair where a string was expected, or the reverse, is a ``TypeError`` that says
what to pass, never a document made of the wrong field.

With ``workers > 1`` batches of ``batch_size`` texts go to worker processes; at most a few
batches per worker are in flight, so a long generator of texts is read lazily. The workers
are forked, and inherit the Extractor with its parsers already built, when this process runs
no other thread (forking a threaded process can deadlock the child, and Python 3.12+ warns
about it); otherwise (a notebook, a web server) they are spawned
(``pool_context``) and each builds its Extractor from the same packs. ``progress=True``
shows a bar on stderr (``eventkit.Progress``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext
from typing import Protocol

from eventkit.extract.progress import Progress
from eventkit.model.events import Document

log = logging.getLogger(__name__)

# Batches (chunks) in flight per worker, here and in ``batch``: bounds memory while keeping
# every worker busy (the reader never runs ahead further).
AHEAD_PER_WORKER = 4


class DocumentExtractor(Protocol):
    """What ``pipe`` needs of an Extractor (so this module does not import it)."""

    def extract(self, text: str, *, doc_id: str = "") -> Document: ...

    def warm_up(self) -> None: ...

    def recipe(self) -> Callable[[], DocumentExtractor] | None: ...


# The Extractor a worker uses: set in the parent just before the pool forks, or built by a
# worker that was not forked (``_build_worker_extractor``).
_worker_extractor: DocumentExtractor | None = None


def running_threads() -> int:
    """Threads of this process, the operating system's count where it gives one (threads
    started by C libraries count too: they are what makes ``fork`` unsafe)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def pool_context() -> tuple[BaseContext, bool]:
    """The start method for worker processes and whether it forks: ``fork`` while this
    process runs a single thread (the workers inherit its state, and no Python warns);
    else ``spawn`` (the workers start afresh, as this process's children: a batch's workers
    watch their parent)."""
    if "fork" in multiprocessing.get_all_start_methods() and running_threads() == 1:
        return multiprocessing.get_context("fork"), True
    return multiprocessing.get_context("spawn"), False


def checked_items(texts: Iterable[object], *, as_tuples: bool) -> Iterator[tuple[str, str]]:
    """``(text, id)`` for every item, or a TypeError naming the first item of the wrong shape."""
    for position, item in enumerate(texts):
        if as_tuples:
            if (
                isinstance(item, tuple | list)
                and len(item) == 2
                and isinstance(item[0], str)
                and isinstance(item[1], str)
            ):
                yield item[0], item[1]
                continue
            raise TypeError(
                f"pipe(as_tuples=True): item {position} is {_shape(item)}, expected a "
                "(text, id) pair of two strings"
            )
        if isinstance(item, str):
            yield item, ""
            continue
        hint = " (for (text, id) pairs pass as_tuples=True)" if isinstance(item, tuple) else ""
        raise TypeError(f"pipe(): item {position} is {_shape(item)}, expected a str{hint}")


def _shape(item: object) -> str:
    if isinstance(item, tuple | list):
        inner = ", ".join(type(part).__name__ for part in item)
        return f"a {type(item).__name__} of ({inner})"
    return f"a {type(item).__name__}"


def pipe(
    extractor: DocumentExtractor,
    texts: Iterable[object],
    *,
    as_tuples: bool = False,
    batch_size: int = 16,
    workers: int = 1,
    progress: bool | Progress = False,
) -> Iterator[Document]:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    bar = _progress(progress, texts)
    items = checked_items(texts, as_tuples=as_tuples)
    documents = _documents(extractor, items, batch_size, workers)
    if bar is None:
        yield from documents
        return
    try:
        for document in documents:
            bar.advance(chars=len(document.text))
            yield document
    finally:
        bar.finish()


def _progress(progress: bool | Progress, texts: Iterable[object]) -> Progress | None:
    if isinstance(progress, Progress):
        return progress
    if not progress:
        return None
    return Progress(len(texts) if isinstance(texts, Sized) else None, enabled=True)


def _documents(
    extractor: DocumentExtractor, items: Iterator[tuple[str, str]], batch_size: int, workers: int
) -> Iterator[Document]:
    if workers > 1:
        context, forks = pool_context()
        recipe = None if forks else extractor.recipe()
        if forks or recipe is not None:
            yield from _parallel(extractor, items, batch_size, workers, context, recipe)
            return
        log.info(
            "pipe: extracting in this process: it runs threads, so workers cannot be forked, "
            "and an Extractor given plugin objects cannot be rebuilt in a new process"
        )
    for text, doc_id in items:
        yield extractor.extract(text, doc_id=doc_id)


def _parallel(
    extractor: DocumentExtractor,
    items: Iterator[tuple[str, str]],
    batch_size: int,
    workers: int,
    context: BaseContext,
    recipe: Callable[[], DocumentExtractor] | None,
) -> Iterator[Document]:
    global _worker_extractor
    if recipe is None:  # forked: the workers inherit the warmed Extractor
        extractor.warm_up()
        _worker_extractor = extractor
    in_flight: deque[Future[list[Document]]] = deque()
    pool = (
        ProcessPoolExecutor(max_workers=workers, mp_context=context)
        if recipe is None
        else ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_build_worker_extractor,
            initargs=(recipe,),
        )
    )
    with pool:
        try:
            while True:
                while len(in_flight) < workers * AHEAD_PER_WORKER:
                    batch = list(islice(items, batch_size))
                    if not batch:
                        break
                    in_flight.append(pool.submit(_extract_batch, batch))
                if not in_flight:
                    return
                yield from in_flight.popleft().result()
        finally:
            _worker_extractor = None
            for future in in_flight:
                future.cancel()


def _build_worker_extractor(recipe: Callable[[], DocumentExtractor]) -> None:
    global _worker_extractor
    _worker_extractor = recipe()


def _extract_batch(batch: list[tuple[str, str]]) -> list[Document]:
    assert _worker_extractor is not None, "pipe workers are forked or build their Extractor"
    return [_worker_extractor.extract(text, doc_id=doc_id) for text, doc_id in batch]
