"""eventkit.dask on a real two-process LocalCluster: the same events as one process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli import json_lines, run_eventkit

from eventkit import Extractor

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

SLICE = 40  # documents of the news corpus: enough for several partitions per worker


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def records(shared: Path) -> list[dict[str, str]]:
    lines = (shared / "data" / "news-corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:SLICE]]


def _single_process(records: list[dict[str, str]]) -> list[dict[str, Any]]:
    extractor = Extractor()
    return [
        extractor.converter.document_to_dict(extractor.extract(r["text"], doc_id=r["id"]))
        for r in records
    ]


def _extractors_per_worker() -> int:
    from eventkit.batch import extracting

    return len(extracting._extractors)


def test_bag_gives_the_events_of_one_process(client: Any, records: list[dict[str, str]]) -> None:
    import dask.bag as db

    from eventkit.batch.dask import extract_bag

    bag = db.from_sequence(records, npartitions=8)
    found = extract_bag(bag).compute(scheduler=client)
    expected = _single_process(records)
    assert found == expected
    assert sum(len(d["events"]) for d in found) > 20
    # Both worker processes did work, and each built exactly one Extractor for 8 partitions.
    assert sorted(client.run(_extractors_per_worker).values()) == [1, 1]


def test_bag_of_json_lines_with_a_broken_one(client: Any) -> None:
    import dask.bag as db

    from eventkit.batch.dask import extract_bag

    lines = [
        json.dumps({"id": "a", "text": "Сергей Лавров встретился с Энтони Блинкеном."}),
        '{"id": "b", "text": "обрыв',
        json.dumps({"id": "c", "text": ""}),
    ]
    found = extract_bag(db.from_sequence(lines, npartitions=2)).compute(scheduler=client)
    assert [d["id"] for d in found] == ["a", "b", "c"]
    assert found[0]["events"][0]["type"] == "Meeting"
    assert found[1]["errors"][0]["kind"] == "input"
    assert found[2] == {"id": "c", "events": [], "errors": []}


def test_cli_on_a_running_scheduler(
    client: Any, records: list[dict[str, str]], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    remote, local = tmp_path / "remote.jsonl", tmp_path / "local.jsonl"
    address = client.scheduler.address
    result = run_eventkit("extract", corpus, "-o", remote, "--scheduler", address)
    assert result.returncode == 0, result.stderr
    assert run_eventkit("extract", corpus, "-o", local).returncode == 0
    assert remote.read_bytes() == local.read_bytes()
    assert [d["id"] for d in json_lines(remote.read_bytes())] == [r["id"] for r in records]


def test_dataframe_partitions(client: Any, records: list[dict[str, str]]) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from eventkit.batch.dask import extract_dataframe

    frame = dd.from_pandas(pd.DataFrame(records[:10]), npartitions=3)
    found = extract_dataframe(frame).compute(scheduler=client)
    expected = _single_process(records[:10])
    assert list(found["id"]) == [d["id"] for d in expected]
    assert [json.loads(e) for e in found["events"]] == [d["events"] for d in expected]


def test_unreachable_scheduler_is_a_clear_error() -> None:
    from eventkit.batch.dask import connect
    from eventkit.errors import EventkitError

    with pytest.raises(EventkitError, match="cannot reach the Dask scheduler at tcp://127"):
        connect("tcp://127.0.0.1:9", timeout="1s")


def _has_extractor(options: Any) -> bool:
    from eventkit.batch import extracting

    return options in extracting._extractors


def test_warm_workers_build_the_extractor_on_every_worker(client: Any) -> None:
    from eventkit.batch.dask import ClientExecutor
    from eventkit.batch.extracting import Options

    options = Options(strict=True, timeout=123.0)  # asked of no other test: not built yet
    assert not any(client.run(_has_extractor, options).values())
    executor = ClientExecutor(distributed.Client(client.scheduler.address))
    try:
        executor.warm(options)
    finally:
        executor.close()
    built = client.run(_has_extractor, options)
    assert len(built) == 2
    assert all(built.values())


def _profiler_running(dask_worker: Any) -> bool:
    return bool(dask_worker.periodic_callbacks["profile"].is_running())


def test_warm_pauses_the_profilers_until_close(client: Any) -> None:
    from eventkit.batch.dask import ClientExecutor
    from eventkit.batch.extracting import Options

    assert all(client.run(_profiler_running).values())
    executor = ClientExecutor(distributed.Client(client.scheduler.address))
    executor.warm(Options())
    paused = client.run(_profiler_running)
    assert len(paused) == 2
    assert not any(paused.values())
    executor.close()
    assert all(client.run(_profiler_running).values())
