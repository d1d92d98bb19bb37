"""The batch loop: many documents in, one JSON line per document out, in input order.

``run_batch`` streams chunks (``eventkit.batch.extracting``) through a local process pool, or
any executor with ``submit`` (a ``distributed.Client``), keeping a bounded number of chunks in
flight and writing results in input order (``eventkit.batch.writers``); a document that kills
its worker or overruns its time limit gets an error line and the run goes on.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from eventkit.batch.extracting import (
    Options,
    chunked,
    extract_chunk,
    failure_line,
    get_extractor,
    save_warm_table,
)
from eventkit.batch.readers import InputDoc
from eventkit.batch.workers import LocalPool
from eventkit.batch.writers import OutputFile, StdoutOutput
from eventkit.errors import InputError
from eventkit.extract.pipe import AHEAD_PER_WORKER
from eventkit.extract.progress import Progress
from eventkit.parse.collector import between_documents


class PendingChunk(Protocol):
    """The output lines of a chunk being extracted (a ``Future``, local or distributed)."""

    def result(self, timeout: float | None = None) -> list[str]: ...


class Executor(Protocol):
    """What runs chunks: ``LocalPool``, a ``ProcessPoolExecutor``, a ``distributed.Client``."""

    def submit(
        self,
        fn: Callable[[Options, list[InputDoc]], list[str]],
        options: Options,
        docs: list[InputDoc],
        /,
    ) -> PendingChunk: ...


def _skip_done(docs: Iterator[InputDoc], done_ids: list[str]) -> Iterator[InputDoc]:
    """Drop the documents an earlier run already wrote (output order = input order)."""
    for position, expected in enumerate(done_ids):
        doc = next(docs, None)
        if doc is None:
            raise InputError(
                f"the output already has {len(done_ids)} documents, the input only {position}"
            )
        if doc.id != expected:
            raise InputError(
                f"the output does not continue this input: its document {position + 1} is "
                f"{expected!r}, the input's is {doc.id!r}"
            )
    yield from docs


def run_batch(
    docs: Iterable[InputDoc],
    output: OutputFile | StdoutOutput,
    options: Options,
    *,
    workers: int = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    isolate: bool = False,
) -> int:
    """Extract ``docs`` into ``output`` in input order; returns the number written.

    With ``workers`` > 1, or ``isolate`` (in a process without other threads), a local
    process pool is used (fork where available, so workers inherit the warmed Extractor, see
    ``eventkit.batch.workers``): a document that kills its worker, or is still running when its
    time limit and the pool's grace are over, gets an error line and the run goes on.
    ``executor`` (e.g. a ``distributed.Client``) replaces the pool.
    """
    pending = _skip_done(iter(docs), output.done_ids)
    progress = progress or Progress(enabled=False)
    written = 0
    # Forking a process that runs other threads can deadlock the child: a program with
    # threads that asks for one worker gets its documents extracted in-process.
    in_process = not isolate or threading.active_count() > 1
    if executor is None and workers <= 1 and in_process:
        with between_documents():  # one frozen heap for the whole run (see collector)
            for chunk in chunked(pending):
                lines = extract_chunk(options, chunk)
                output.write(lines)
                progress.update(chunk, lines)
                written += len(lines)
        save_warm_table(options)
        progress.finish()
        return written
    pool: LocalPool | None = None
    if executor is None:
        get_extractor(options)  # built (and its parsers warmed) once, before forking
        pool = LocalPool(workers)
        executor = pool
    try:
        written = _ordered(executor, pending, output, options, workers, progress)
    finally:
        if pool is not None:
            pool.shutdown()
    progress.finish()
    return written


def _ordered(
    executor: Executor,
    docs: Iterator[InputDoc],
    output: OutputFile | StdoutOutput,
    options: Options,
    workers: int,
    progress: Progress,
) -> int:
    in_flight: deque[tuple[list[InputDoc], PendingChunk]] = deque()
    limit = max(1, workers) * AHEAD_PER_WORKER
    # one worker has no one to wait for at the end
    chunks = chunked(docs, tail=workers if workers > 1 else 0)
    written = 0
    exhausted = False
    while in_flight or not exhausted:
        while not exhausted and len(in_flight) < limit:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
                break
            in_flight.append((chunk, executor.submit(extract_chunk, options, chunk)))
        if not in_flight:
            break
        chunk, future = in_flight.popleft()
        try:
            lines = future.result(timeout=_hard_limit(chunk, options, executor))
        except (BrokenProcessPool, TimeoutError) as error:
            if not isinstance(executor, LocalPool):
                raise
            # Every chunk in flight is lost with the pool: redo their documents one by one
            # (a single document that timed out is known to be the one).
            suspects = [chunk, *(c for c, _ in in_flight)]
            in_flight.clear()
            timed_out = isinstance(error, TimeoutError)
            executor.restart(kill=timed_out)
            if timed_out and len(chunk) == 1:
                lines = [_killed_line(chunk[0], _hard_limit(chunk, options, executor))]
                output.write(lines)
                progress.update(chunk, lines)
                written += 1
                suspects.pop(0)
            for suspect in suspects:
                lines = [_isolated(executor, options, doc) for doc in suspect]
                output.write(lines)
                progress.update(suspect, lines)
                written += len(lines)
            continue
        output.write(lines)
        progress.update(chunk, lines)
        written += len(lines)
    return written


def _hard_limit(chunk: list[InputDoc], options: Options, executor: Executor) -> float | None:
    """How long to wait for a chunk from a local pool before its worker is killed: the
    documents' time limits and the pool's grace (a worker stops a document at its limit
    itself; this is for code that ignores that, or never returns to Python)."""
    from eventkit.engine.guard import limit_for

    if not isinstance(executor, LocalPool) or options.timeout is None:
        return None
    return executor.grace + sum(limit_for(d.text, options.timeout) or 0.0 for d in chunk)


def _killed_line(doc: InputDoc, limit: float | None) -> str:
    return failure_line(
        doc.id,
        "timeout",
        f"extraction did not stop within {limit or 0:g} s; its worker process was killed",
    )


def _isolated(pool: LocalPool, options: Options, doc: InputDoc) -> str:
    """The output line of one document extracted alone in ``pool``; an error line when its
    worker died or had to be killed (the pool is then restarted)."""
    future = pool.submit(extract_chunk, options, [doc])
    limit = _hard_limit([doc], options, pool)
    try:
        lines: list[str] = future.result(timeout=limit)
        return lines[0]
    except BrokenProcessPool:
        pool.restart()
        return failure_line(
            doc.id,
            "worker",
            "a worker process died while extracting this document (a pack ended the "
            "process, a crash, or out of memory); the document was skipped",
        )
    except TimeoutError:
        pool.restart(kill=True)
        return _killed_line(doc, limit)
