"""Extraction on Dask: bags, dataframes, a distributed cluster (`pip install 'eventkit-ru[dask]'`).

Every function runs partition by partition; each worker process builds its Extractor once, on
the first partition it gets, and reuses it for the rest
(``eventkit.batch.extracting.get_extractor``).
Workers need eventkit and the same rule packs installed as the client.

    import dask.bag as db
    from eventkit.batch.dask import extract_bag

    lines = db.read_text("corpus-*.jsonl", blocksize="16MB")
    documents = extract_bag(lines)            # a bag of {"id", "events", "errors"} dicts
    documents.map(json.dumps).to_textfiles("out/*.jsonl")

``eventkit extract CORPUS.jsonl -o OUT.jsonl --scheduler tcp://HOST:8786`` sends the same
work to a running scheduler through ``ClientExecutor``, with the output order, error lines
and ``--resume`` of a local run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from eventkit.batch.extracting import Options, extract_chunk, get_extractor
from eventkit.batch.readers import InputDoc, parse_record
from eventkit.errors import EventkitError

if TYPE_CHECKING:
    # Untyped libraries (``Any`` to mypy): named for the reader.
    import pandas as pd
    from dask.bag import Bag
    from dask.dataframe import DataFrame
    from distributed import Client, Future

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


def _options(packs: Collection[str] | None, exclude: Collection[str], strict: bool) -> Options:
    return Options(
        packs=tuple(packs) if packs is not None else None, exclude=tuple(exclude), strict=strict
    )


def _doc(record: object, position: int, id_field: str, text_field: str) -> InputDoc:
    if isinstance(record, tuple) and len(record) == 2:
        record = {id_field: record[0], text_field: record[1]}
    return parse_record(
        record,
        where=f"partition record {position}",
        fallback=f"record-{position}",
        id_field=id_field,
        text_field=text_field,
    )


def extract_partition(
    records: Iterable[object], options: Options, id_field: str = "id", text_field: str = "text"
) -> list[dict[str, object]]:
    """Output documents (``{"id", "events", "errors"}``) of one partition of records: JSON
    lines, mappings with ``id_field``/``text_field``, or (id, text) pairs."""
    docs = [_doc(r, i, id_field, text_field) for i, r in enumerate(records)]
    return [json.loads(line) for line in extract_chunk(options, docs)]


def extract_bag(
    bag: Bag,
    *,
    packs: Collection[str] | None = None,
    exclude: Collection[str] = (),
    strict: bool = False,
    id_field: str = "id",
    text_field: str = "text",
) -> Bag:
    """A bag of output documents, one per record of ``bag``, partition by partition (lazy)."""
    options = _options(packs, exclude, strict)
    found: Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        extract_partition, options, id_field, text_field
    )
    return found


def extract_dataframe(
    frame: DataFrame,
    *,
    packs: Collection[str] | None = None,
    exclude: Collection[str] = (),
    strict: bool = False,
    id_column: str = "id",
    text_column: str = "text",
) -> DataFrame:
    """A dataframe with columns ``id``, ``events`` and ``errors`` (JSON strings), one row per
    row of ``frame`` (needs ``dask[dataframe]``)."""
    import pandas as pd

    options = _options(packs, exclude, strict)
    meta = pd.DataFrame(
        {
            "id": pd.Series(dtype=object),
            "events": pd.Series(dtype=object),
            "errors": pd.Series(dtype=object),
        }
    )
    found: DataFrame = frame.map_partitions(  # type: ignore[no-untyped-call]
        _frame_partition, options, id_column, text_column, meta=meta
    )
    return found


def _frame_partition(
    part: pd.DataFrame, options: Options, id_column: str, text_column: str
) -> pd.DataFrame:
    import pandas as pd

    pairs = zip(part[id_column].tolist(), part[text_column].tolist(), strict=True)
    found = extract_partition(pairs, options)
    return pd.DataFrame(
        {
            "id": [d["id"] for d in found],
            "events": [json.dumps(d["events"], ensure_ascii=False) for d in found],
            "errors": [json.dumps(d["errors"], ensure_ascii=False) for d in found],
        },
        index=part.index,
    )


class ClientExecutor:
    """A ``distributed.Client`` as the executor of ``eventkit.batch.run.run_batch``: chunks are
    submitted as impure tasks (never merged or cached by the scheduler)."""

    def __init__(self, client: Client) -> None:
        self.client = client
        # Workers whose statistical profiler ``warm`` paused, resumed by ``close``.
        self._paused: list[str] = []

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        return self.client.submit(fn, *args, pure=False, **kwargs)

    def close(self) -> None:
        """Resume the profilers ``warm`` paused and close the client."""
        resume_profilers(self.client, self._paused)
        self._paused = []
        self.client.close()  # type: ignore[no-untyped-call]

    def warm(self, options: Options) -> None:
        """Build the Extractor for ``options`` on every worker now (``warm_workers``) and
        pause the workers' statistical profilers until ``close`` (``pause_profilers``)."""
        warm_workers(self.client, options)
        self._paused = pause_profilers(self.client)


def warm_workers(client: Client, options: Options) -> None:
    """Build the Extractor for ``options`` (its packs loaded, its parsers built) on every
    worker of ``client`` now, as the workers of a local pool inherit the one their parent
    built: chunks then never wait for it. A worker that joins later builds it on its first
    chunk."""
    client.run(_warm_worker, options)


def _warm_worker(options: Options) -> None:
    get_extractor(options)


# A worker's sampling profiler (``distributed.worker.profile``): the periodic callbacks that
# sample the running task's stack and roll the samples into the dashboard's history.
_PROFILER_CALLBACKS = ("profile", "profile-cycle")


def pause_profilers(client: Client) -> list[str]:
    """Stop the statistical profiler of every worker of ``client``; the addresses of the
    workers where it ran (to give to ``resume_profilers``).

    A Dask worker samples the stack of its running task every 10 ms (the dashboard's
    profile), on the thread that also serves its network; the parser's deep stacks made
    that about 3% of a worker's CPU during a run (half of what that thread spent), and
    each sample takes the interpreter lock from the extraction. ``eventkit extract
    --scheduler`` pauses it for its run."""
    found: dict[str, bool] = client.run(_pause_profiler)
    return sorted(address for address, paused in found.items() if paused)


def resume_profilers(client: Client, workers: list[str]) -> None:
    """Start again the profilers ``pause_profilers`` stopped; a worker that has left since
    is skipped, and a scheduler that cannot be reached any more only logs a warning (this
    runs when a run ends, also after a failure)."""
    if not workers:
        return
    try:
        client.run(_resume_profiler, workers=workers, on_error="ignore")
    except Exception as error:
        log.warning("could not resume the Dask workers' profilers: %s", error)


def _pause_profiler(dask_worker: object) -> bool:
    callbacks = getattr(dask_worker, "periodic_callbacks", {})
    paused = False
    for name in _PROFILER_CALLBACKS:
        callback = callbacks.get(name)
        if callback is not None and callback.is_running():
            callback.stop()
            paused = True
    return paused


def _resume_profiler(dask_worker: object) -> None:
    callbacks = getattr(dask_worker, "periodic_callbacks", {})
    for name in _PROFILER_CALLBACKS:
        callback = callbacks.get(name)
        if callback is not None and not callback.is_running():
            callback.start()


def connect(address: str, *, timeout: str = "20s") -> ClientExecutor:
    """A ``ClientExecutor`` on the scheduler at ``address``; a clear error when Dask is not
    installed or the scheduler cannot be reached."""
    try:
        from distributed import Client
    except ImportError as error:
        raise EventkitError("--scheduler needs Dask: pip install 'eventkit-ru[dask]'") from error
    try:
        client = Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
    except OSError as error:
        raise EventkitError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    return ClientExecutor(client)
