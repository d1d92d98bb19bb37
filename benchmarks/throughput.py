"""Throughput, cost per word and memory of eventkit, as ratios to references of the same run.

    .venv/bin/python benchmarks/throughput.py [--corpus ../shared/data/news-corpus.jsonl]
        [--repeat 3] [--length-chars 300000] [--only STAGE ...]

The machine these figures come from is shared and its speed drifts, so no figure stands
alone: every stage runs in a fresh subprocess, the stages run in turn (round 1: all stages,
round 2: all stages in a rotated order, ...), and each round's figures are divided by the
references measured in that same round. The table gives the median over the rounds and the
spread (min-max).

Over the whole corpus (words/s, peak RSS):

- ``floor``: what any extraction pays, with nothing of eventkit: razdel's tokens and
  pymorphy3's analysis of every word, cached per word form (no sentence splitting);
- ``natasha``: natasha's ``NewsNERTagger`` (segmentation and names only), the cost of
  finding people with a trained tagger (``pip install 'eventkit[bench]'``; skipped when
  natasha is not installed); every stage runs with one BLAS thread;
- ``eventkit-1``, ``eventkit-2``: ``eventkit.batch.run.run_batch`` writing JSON Lines, as
  ``eventkit extract CORPUS -o OUT --workers N`` does (worker start-up included; parsers
  are built before the clock starts).

- ``cli``: ``eventkit extract CORPUS -o OUT`` in a fresh process (wall time, all of it);
- ``second-pass``: two passes of ``run_batch`` in one process (CPU time of each);
- ``pool-fixed``: a pool of one and of two workers over two tiny documents (fixed cost);
- ``dask-2``: ``run_batch`` on a local Dask cluster of two warmed single-thread workers
  (its start and warming timed apart).

Every stage above runs cold, with ``EVENTKIT_WARM=0``: no warm-start table is read or
written. The warm start (``eventkit.extract.warm``) has stages of its own, whose tables the
driver builds once before the rounds with ``python -m eventkit warm`` (not timed):

- ``held-out-cold``, ``held-out-warm``: the second half of the corpus through ``run_batch``
  in one process, without a table and with one built from the first half (text it has not
  seen: the figure for new text);
- ``warm-1``, ``warm-2``: the corpus through ``run_batch`` with one process and with two
  workers, with a table built from the whole corpus (a corpus run again, in new processes).

A warm stage loads its table when it builds its Extractor, before the clock starts, as
the parsers are built; the load is timed apart (``load_seconds``). The floor and natasha
get no table.

Cost per word (µs/word, ``Extractor.extract`` in one process) on the first
``--length-chars`` characters of the corpus cut into documents of about 1k, 10k and 100k
characters (``len-1k``, ``len-10k``, ``len-100k``: the same words each time), and on the
same 10k documents with every sentence end turned into a comma (``run-on``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news-corpus.jsonl"


def _texts(corpus: Path) -> list[str]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _rss_kb(who: int = resource.RUSAGE_SELF) -> int:
    return int(resource.getrusage(who).ru_maxrss)  # KiB on Linux


# --- the stages (each runs in its own process) ----------------------------------------------


def stage_floor(args: argparse.Namespace) -> dict[str, Any]:
    import pymorphy3
    from razdel import tokenize

    texts = _texts(args.corpus)
    analyzer = pymorphy3.MorphAnalyzer()
    cache: dict[str, Any] = {}
    start = time.perf_counter()
    for text in texts:  # tokens and morphology only: no sentence splitting
        for token in tokenize(text):
            word = token.text
            if word not in cache:
                cache[word] = analyzer.parse(word)
    return {"seconds": time.perf_counter() - start, "words": _words(texts)}


def stage_natasha(args: argparse.Namespace) -> dict[str, Any]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    texts = _texts(args.corpus)
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    start = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return {"seconds": time.perf_counter() - start, "words": _words(texts)}


def _halves(corpus: Path) -> tuple[list[str], list[str]]:
    """The corpus's lines, in a first and a second half."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[: len(lines) // 2], lines[len(lines) // 2 :]


def _eventkit(args: argparse.Namespace, workers: int, held_out: bool = False) -> dict[str, Any]:
    from eventkit.batch.extracting import Options, get_extractor
    from eventkit.batch.readers import open_input
    from eventkit.batch.run import run_batch
    from eventkit.batch.writers import OutputFile
    from eventkit.extract import warm

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if held_out:  # the second half
            corpus = Path(tmp) / "second.jsonl"
            corpus.write_text("\n".join(_halves(args.corpus)[1]) + "\n", encoding="utf-8")
        texts = _texts(corpus)
        # building the parsers (and loading a warm-start table) is start-up, not throughput
        extractor = get_extractor(Options())
        extractor.warm_up()
        start = time.perf_counter()
        loaded = warm.load_warm(extractor)  # again, to time it
        load_seconds = time.perf_counter() - start
        output = OutputFile(Path(tmp) / "out.jsonl")
        start = time.perf_counter()
        run_batch(open_input(str(corpus)), output, Options(), workers=workers)
        output.close()
        seconds = time.perf_counter() - start
    found: dict[str, Any] = {"seconds": seconds, "words": _words(texts), "warm": loaded}
    if loaded:
        found["load_seconds"] = load_seconds
    if workers > 1:
        found["worker_rss_kb"] = _rss_kb(resource.RUSAGE_CHILDREN)
    return found


def stage_cli(args: argparse.Namespace) -> dict[str, Any]:
    """``eventkit extract CORPUS -o OUT`` as users run it: a fresh process, wall time from
    the command's start to its end (start-up, building the parsers, the one-worker pool)."""
    texts = _texts(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "eventkit", "extract", str(args.corpus), "-o", str(out)]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"eventkit extract failed: {done.stderr.strip()[-2000:]}")
    return {
        "seconds": seconds,
        "words": _words(texts),
        "worker_rss_kb": _rss_kb(resource.RUSAGE_CHILDREN),
    }


def stage_second_pass(args: argparse.Namespace) -> dict[str, Any]:
    """The corpus through ``run_batch`` in one process twice (CPU time of each pass): how
    much of a first pass is the cost of cold caches."""
    from eventkit.batch.extracting import Options, get_extractor
    from eventkit.batch.readers import open_input
    from eventkit.batch.run import run_batch
    from eventkit.batch.writers import OutputFile

    texts = _texts(args.corpus)
    get_extractor(Options()).warm_up()
    passes = []
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(2):
            output = OutputFile(Path(tmp) / f"out{number}.jsonl")
            start = time.process_time()
            run_batch(open_input(str(args.corpus)), output, Options(), workers=1)
            output.close()
            passes.append(time.process_time() - start)
    return {"seconds": passes[0], "second_seconds": passes[1], "words": _words(texts)}


def _cpu_seconds() -> float:
    """CPU seconds of this process so far (run in a worker: its fixed cost)."""
    times = os.times()
    return times.user + times.system


def _first_document_cpu(options: Any, docs: list[Any]) -> float:
    """In a pool's worker: extract ``docs``, then the worker's CPU seconds since its start."""
    from eventkit.batch.extracting import extract_chunk

    extract_chunk(options, docs)
    return _cpu_seconds()


_TINY = (
    '{"id": "a", "text": "Сергей Лавров встретился с Энтони Блинкеном."}\n'
    '{"id": "b", "text": "Министр заявил, что переговоры продолжатся."}\n'
)


def stage_pool_fixed(args: argparse.Namespace) -> dict[str, Any]:
    """The fixed cost of a pool: wall time of ``run_batch`` over two one-sentence documents
    with a one-worker pool (as ``eventkit extract`` runs) and with two workers (starting,
    first chunk, stopping); the Extractor is built before, as in the other stages."""
    from eventkit.batch.extracting import Options, get_extractor
    from eventkit.batch.readers import open_input
    from eventkit.batch.run import run_batch
    from eventkit.batch.writers import OutputFile

    get_extractor(Options()).warm_up()
    found: dict[str, Any] = {"words": 12}
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.jsonl"
        tiny.write_text(_TINY, encoding="utf-8")
        for workers, key in ((1, "pool_1_seconds"), (2, "pool_2_seconds")):
            output = OutputFile(Path(tmp) / f"out{workers}.jsonl")
            start = time.perf_counter()
            run_batch(open_input(str(tiny)), output, Options(), workers=workers, isolate=True)
            output.close()
            found[key] = time.perf_counter() - start
        # start to first document: a pool of two forked workers, one tiny document
        from eventkit.batch.readers import InputDoc
        from eventkit.batch.workers import LocalPool

        first = [InputDoc(id="a", text=json.loads(_TINY.splitlines()[0])["text"])]
        start = time.perf_counter()
        pool = LocalPool(2)
        found["pool_first_cpu"] = pool.submit(_first_document_cpu, Options(), first).result()
        found["pool_first_seconds"] = time.perf_counter() - start
        pool.shutdown()
    found["seconds"] = found["pool_2_seconds"]
    return found


def stage_dask(args: argparse.Namespace) -> dict[str, Any]:
    """The corpus through ``run_batch`` on a local Dask cluster of two single-thread worker
    processes, as ``eventkit extract --scheduler`` runs it (``ClientExecutor.warm``: every
    worker builds its Extractor, their profilers paused); the cluster's start, the warming
    of its workers and a first one-sentence document are timed apart (a cluster outlives
    one run)."""
    from distributed import Client, LocalCluster

    from eventkit.batch.dask import ClientExecutor
    from eventkit.batch.extracting import Options, extract_chunk
    from eventkit.batch.readers import InputDoc, open_input
    from eventkit.batch.run import run_batch
    from eventkit.batch.writers import OutputFile

    texts = _texts(args.corpus)
    start = time.perf_counter()
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = Client(cluster)
    executor = ClientExecutor(client)
    cluster_seconds = time.perf_counter() - start
    executor.warm(Options())
    warm_seconds = time.perf_counter() - start - cluster_seconds
    first = [InputDoc(id="a", text=json.loads(_TINY.splitlines()[0])["text"])]
    executor.submit(extract_chunk, Options(), first).result()
    first_seconds = time.perf_counter() - start - cluster_seconds - warm_seconds
    worker_cpu = statistics.median(client.run(_cpu_seconds).values())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            output = OutputFile(Path(tmp) / "out.jsonl")
            start = time.perf_counter()
            run_batch(open_input(str(args.corpus)), output, Options(), workers=2, executor=executor)
            output.close()
            seconds = time.perf_counter() - start
    finally:
        executor.close()
        cluster.close()
    return {
        "seconds": seconds,
        "words": _words(texts),
        "start_seconds": cluster_seconds + warm_seconds,
        "cluster_seconds": cluster_seconds,
        "warm_seconds": warm_seconds,
        "first_seconds": first_seconds,
        "worker_start_cpu": worker_cpu,
    }


def _cut(text: str, size: int) -> list[str]:
    """``text`` in documents of about ``size`` characters, cut at line ends."""
    documents, current, length = [], [], 0
    for line in text.splitlines(keepends=True):
        current.append(line)
        length += len(line)
        if length >= size:
            documents.append("".join(current))
            current, length = [], 0
    if current:
        documents.append("".join(current))
    return documents


def _pool(args: argparse.Namespace) -> str:
    text, total = [], 0
    for document in _texts(args.corpus):
        text.append(document.strip() + "\n")
        total += len(text[-1])
        if total >= args.length_chars:
            break
    return "".join(text)


_SENTENCE_END = re.compile(r"[.!?…]+(\s+|$)")


def _per_word(documents: list[str]) -> dict[str, Any]:
    from eventkit import Extractor

    extractor = Extractor()
    extractor.warm_up()
    extractor.extract(documents[0][:2000])  # the first document builds nothing more
    start = time.perf_counter()
    for document in documents:
        extractor.extract(document)
    return {"seconds": time.perf_counter() - start, "words": _words(documents)}


def _length(size: int) -> Callable[[argparse.Namespace], dict[str, Any]]:
    return lambda args: _per_word(_cut(_pool(args), size))


def stage_run_on(args: argparse.Namespace) -> dict[str, Any]:
    # One sentence per 10k document: sentence ends become commas, line breaks spaces.
    documents = [_SENTENCE_END.sub(", ", d).replace("\n", " ") for d in _cut(_pool(args), 10_000)]
    return _per_word(documents)


STAGES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "floor": stage_floor,
    "natasha": stage_natasha,
    "eventkit-1": lambda args: _eventkit(args, 1),
    "eventkit-2": lambda args: _eventkit(args, 2),
    "held-out-cold": lambda args: _eventkit(args, 1, held_out=True),
    "held-out-warm": lambda args: _eventkit(args, 1, held_out=True),
    "warm-1": lambda args: _eventkit(args, 1),
    "warm-2": lambda args: _eventkit(args, 2),
    "cli": stage_cli,
    "second-pass": stage_second_pass,
    "pool-fixed": stage_pool_fixed,
    "dask-2": stage_dask,
    "len-1k": _length(1_000),
    "len-10k": _length(10_000),
    "len-100k": _length(100_000),
    "run-on": stage_run_on,
}


# --- the driver -----------------------------------------------------------------------------


# The warm-start stages and the table each starts from (built by ``build_tables``).
WARM_TABLES = {"held-out-warm": "first-half", "warm-1": "corpus", "warm-2": "corpus"}


def build_tables(args: argparse.Namespace, names: list[str], root: Path) -> dict[str, float]:
    """The warm-start tables the chosen stages need, each in a folder of ``root`` named as
    in ``WARM_TABLES`` (``python -m eventkit warm``); the wall seconds each took."""
    taken = {}
    for table in sorted({WARM_TABLES[n] for n in names if n in WARM_TABLES}):
        source = args.corpus
        if table == "first-half":
            source = root / "first.jsonl"
            source.write_text("\n".join(_halves(args.corpus)[0]) + "\n", encoding="utf-8")
        env = {**os.environ, "EVENTKIT_WARM_DIR": str(root / table)}
        env.pop("EVENTKIT_WARM", None)
        start = time.perf_counter()
        command = [sys.executable, "-m", "eventkit", "warm", str(source)]
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
        if done.returncode != 0:
            raise SystemExit(f"eventkit warm failed: {done.stderr.strip()[-2000:]}")
        taken[table] = time.perf_counter() - start
    return taken


def _child(name: str, args: argparse.Namespace) -> dict[str, Any] | None:
    command = [
        sys.executable,
        __file__,
        "--stage",
        name,
        "--corpus",
        str(args.corpus),
        "--length-chars",
        str(args.length_chars),
    ]
    # One BLAS thread: natasha's tagger, like eventkit, then uses one core per process
    # (with OpenBLAS's default threads it ran 5x slower on a shared 2-core machine).
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    if name in WARM_TABLES:
        env["EVENTKIT_WARM_DIR"] = str(args.tables / WARM_TABLES[name])
        env.pop("EVENTKIT_WARM", None)
    else:  # cold: no table read or written
        env["EVENTKIT_WARM"] = "0"
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        print(f"{name}: failed\n{done.stderr.strip()[-2000:]}", file=sys.stderr)
        return None
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _natasha_installed() -> bool:
    try:
        import natasha  # noqa: F401
    except ImportError:
        return False
    return True


def _spread(values: list[float], digits: int = 2) -> str:
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.{digits}f}"
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}-{max(values):.{digits}f})"
    )


def _ratios(rounds: list[dict[str, dict[str, Any]]], a: str, b: str) -> list[float]:
    """Per round: seconds per word of ``a`` over that of ``b`` (how many times slower)."""
    found = []
    for results in rounds:
        if a in results and b in results:
            per_a = results[a]["seconds"] / results[a]["words"]
            per_b = results[b]["seconds"] / results[b]["words"]
            found.append(per_a / per_b)
    return found


def report(rounds: list[dict[str, dict[str, Any]]]) -> None:
    names = [n for n in STAGES if any(n in r for r in rounds) and n != "pool-fixed"]
    print(f"{len(rounds)} rounds; median (min-max) over the rounds\n")
    print("| stage | words/s | µs/word | peak RSS MB | worker peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        results = [r[name] for r in rounds if name in r]
        speed = [x["words"] / x["seconds"] for x in results]
        micro = [1e6 * x["seconds"] / x["words"] for x in results]
        rss = [x["rss_kb"] / 1024 for x in results]
        workers = [x["worker_rss_kb"] / 1024 for x in results if "worker_rss_kb" in x]
        print(
            f"| {name} | {_spread(speed, 0)} | {_spread(micro, 1)} | {_spread(rss, 0)} "
            f"| {_spread(workers, 0)} |"
        )
    print("\nRatios, each from figures of the same round:\n")
    faster = _ratios(rounds, "natasha", "eventkit-1")
    scaling = _ratios(rounds, "eventkit-1", "eventkit-2")
    lines = [
        ("eventkit-1 time per word / floor", _ratios(rounds, "eventkit-1", "floor")),
        ("eventkit-1 words/s / natasha", faster),
        ("eventkit-2 words/s / eventkit-1", scaling),
        ("cli (eventkit extract, wall) time per word / floor", _ratios(rounds, "cli", "floor")),
        ("cli time per word / eventkit-1", _ratios(rounds, "cli", "eventkit-1")),
        ("second pass: first / second (CPU, one process)", _second_pass(rounds)),
        (
            "held-out half: cold time / warm time (table of the first half)",
            _ratios(rounds, "held-out-cold", "held-out-warm"),
        ),
        ("warm-1 time / eventkit-1 (table of the corpus)", _ratios(rounds, "warm-1", "eventkit-1")),
        ("warm-2 words/s / warm-1", _ratios(rounds, "warm-1", "warm-2")),
        ("warm-1 time per word / floor", _ratios(rounds, "warm-1", "floor")),
        ("dask-2 time / eventkit-2 time", _ratios(rounds, "dask-2", "eventkit-2")),
        ("dask-2 words/s / eventkit-1", _ratios(rounds, "eventkit-1", "dask-2")),
        ("µs/word 10k docs / 1k docs", _ratios(rounds, "len-10k", "len-1k")),
        ("µs/word 100k docs / 1k docs", _ratios(rounds, "len-100k", "len-1k")),
        ("µs/word run-on / normal (10k docs)", _ratios(rounds, "run-on", "len-10k")),
    ]
    for label, values in lines:
        if values:
            print(f"- {label}: {_spread(values)}")
    fixed = [
        (
            "a one-worker pool (eventkit extract's), two tiny documents",
            "pool-fixed",
            "pool_1_seconds",
        ),
        ("a pool of two workers, two tiny documents", "pool-fixed", "pool_2_seconds"),
        ("a pool of two workers, start to a first document", "pool-fixed", "pool_first_seconds"),
        ("a local Dask cluster of two workers, started and warmed", "dask-2", "start_seconds"),
        ("... of which starting the cluster", "dask-2", "cluster_seconds"),
        ("... of which warming its workers (ClientExecutor.warm)", "dask-2", "warm_seconds"),
        ("then a first document on the warmed cluster", "dask-2", "first_seconds"),
        ("loading the warm-start table of the first half", "held-out-warm", "load_seconds"),
        ("loading the warm-start table of the corpus", "warm-1", "load_seconds"),
    ]
    fixed += [
        ("CPU of a pool's worker, start to a first document", "pool-fixed", "pool_first_cpu"),
        (
            "CPU of a Dask worker, start to a first document (imports, its Extractor)",
            "dask-2",
            "worker_start_cpu",
        ),
    ]
    printed = False
    for label, stage, key in fixed:
        values = [r[stage][key] for r in rounds if stage in r and key in r[stage]]
        if values:
            if not printed:
                print("\nFixed costs, wall seconds (CPU where it says so):\n")
                printed = True
            print(f"- {label}: {_spread(values)}")


def _second_pass(rounds: list[dict[str, dict[str, Any]]]) -> list[float]:
    found = []
    for results in rounds:
        if "second-pass" in results:
            stage = results["second-pass"]
            found.append(stage["seconds"] / stage["second_seconds"])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of every stage")
    parser.add_argument("--length-chars", type=int, default=300_000)
    parser.add_argument("--only", nargs="+", choices=list(STAGES), help="run only these")
    parser.add_argument("--stage", choices=list(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        found = STAGES[args.stage](args)
        found["rss_kb"] = _rss_kb()
        print(json.dumps(found))
        return 0
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    names = list(args.only or STAGES)
    if "natasha" in names and not _natasha_installed():
        print("natasha is not installed (pip install 'eventkit[bench]'): skipped", file=sys.stderr)
        names.remove("natasha")
    with tempfile.TemporaryDirectory() as tables:
        args.tables = Path(tables)
        for table, seconds in build_tables(args, names, args.tables).items():
            print(f"warm-start table of the {table}: built in {seconds:.1f} s", file=sys.stderr)
        rounds = _rounds(args, names)
    report(rounds)
    return 0


def _rounds(args: argparse.Namespace, names: list[str]) -> list[dict[str, dict[str, Any]]]:
    rounds: list[dict[str, dict[str, Any]]] = []
    for round_ in range(args.repeat):
        shift = round_ % len(names)
        order = names[shift:] + names[:shift]
        results: dict[str, dict[str, Any]] = {}
        for name in order:
            found = _child(name, args)
            if found is not None:
                results[name] = found
                speed = found["words"] / found["seconds"]
                print(f"round {round_ + 1}, {name}: {speed:,.0f} words/s", file=sys.stderr)
        rounds.append(results)
    return rounds


if __name__ == "__main__":
    raise SystemExit(main())
