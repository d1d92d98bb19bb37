"""``Extractor.pipe``: many texts in, one ``Document`` per text out, in input order.

Texts are plain strings, or ``(text, id)`` pairs when ``as_tuples=True`` (the order spaCy's
``nlp.pipe(..., as_tuples=True)`` uses: the text first). Either way the input is checked item
by item, so a pair where a string was expected, or the reverse, is a ``TypeError`` that says
what to pass, never a document made of the wrong field.

With ``workers > 1`` batches of ``batch_size`` texts go to forked worker processes, which
inherit the Extractor with its parsers already built; at most a few batches per worker are in
flight, so a long generator of texts is read lazily.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Protocol

from eventkit.model.events import Document

# Batches (chunks) in flight per worker, here and in ``batch``: bounds memory while keeping
# every worker busy (the reader never runs ahead further).
AHEAD_PER_WORKER = 4


class DocumentExtractor(Protocol):
    """What ``pipe`` needs of an Extractor (so this module does not import it)."""

    def extract(self, text: str, *, doc_id: str = "") -> Document: ...

    def warm_up(self) -> None: ...


# The Extractor a forked worker uses (set in the parent just before the pool forks).
_worker_extractor: DocumentExtractor | None = None


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
) -> Iterator[Document]:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = checked_items(texts, as_tuples=as_tuples)
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        for text, doc_id in items:
            yield extractor.extract(text, doc_id=doc_id)
        return
    yield from _parallel(extractor, items, batch_size, workers)


def _parallel(
    extractor: DocumentExtractor, items: Iterator[tuple[str, str]], batch_size: int, workers: int
) -> Iterator[Document]:
    global _worker_extractor
    extractor.warm_up()
    _worker_extractor = extractor
    context = multiprocessing.get_context("fork")
    in_flight: deque[Future[list[Document]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
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


def _extract_batch(batch: list[tuple[str, str]]) -> list[Document]:
    assert _worker_extractor is not None, "pipe workers are forked from the parent"
    return [_worker_extractor.extract(text, doc_id=doc_id) for text, doc_id in batch]
