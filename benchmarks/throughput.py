"""Throughput and memory of eventkit against its floor and a naive baseline, in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus ../shared/data/news-corpus.jsonl]
        [--repeat 3] [--naive-docs 60]

Each stage runs in a fresh subprocess (so caches start cold and peak RSS is the stage's own);
the table shows medians over ``--repeat`` runs:

- floor: sentence splitting, tokenization and morphology of every token (cached per form),
  i.e. ``eventkit.text.analyse``: what any extraction has to pay;
- naive: every rule's own grammar (``EventRule.grammar()``) with stock ``yargy.Parser.findall``
  on whole documents, on the first ``--naive-docs`` documents (it is slow);
- naive+actors: the same plus the actor grammar (``eventkit.grammar.actors.ACTOR``) on whole
  documents, closer to the work extraction really needs (rules find triggers, actors find who);
- eventkit, 1 process / 2 workers: ``eventkit.batch.run_batch`` writing JSON Lines, as
  ``eventkit extract CORPUS -o OUT --workers N`` does (worker start-up included);
- import to first document: a fresh interpreter, from ``import eventkit`` to the first
  ``Extractor().extract`` result.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news-corpus.jsonl"
FIRST_TEXT = "Сергей Лавров встретился с Энтони Блинкеном и заявил, что диалог будет продолжен."


def _load(corpus: Path, limit: int | None = None) -> list[dict[str, str]]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:limit]]


def _size(docs: list[dict[str, str]]) -> tuple[int, int]:
    words = sum(len(d["text"].split()) for d in docs)
    return words, sum(len(d["text"].encode("utf-8")) for d in docs)


def _rss_kb(who: int = resource.RUSAGE_SELF) -> int:
    return int(resource.getrusage(who).ru_maxrss)  # KiB on Linux


def stage_floor(corpus: Path, _: argparse.Namespace) -> dict[str, Any]:
    from eventkit.morph import Morph
    from eventkit.text import analyse

    docs = _load(corpus)
    morph = Morph()
    start = time.perf_counter()
    for d in docs:
        analyse(d["text"], morph)
    return {"seconds": time.perf_counter() - start, "docs": docs}


def _naive(corpus: Path, args: argparse.Namespace, actors: bool) -> dict[str, Any]:
    from yargy import Parser

    from eventkit import Extractor
    from eventkit.grammar.actors import ACTOR
    from eventkit.morph import get_morph
    from eventkit.text import PretokenizedTokenizer

    docs = _load(corpus, args.naive_docs)
    tokenizer = PretokenizedTokenizer(get_morph())
    grammars = [r.grammar() for p in Extractor().packs for r in p.rules]
    if actors:
        grammars.append(ACTOR)
    parsers = [Parser(g, tokenizer=tokenizer) for g in grammars]
    start = time.perf_counter()
    for d in docs:
        for parser in parsers:
            for _ in parser.findall(d["text"]):
                pass
    return {"seconds": time.perf_counter() - start, "docs": docs}


def stage_naive(corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    return _naive(corpus, args, actors=False)


def stage_naive_actors(corpus: Path, args: argparse.Namespace) -> dict[str, Any]:
    return _naive(corpus, args, actors=True)


def _eventkit(corpus: Path, workers: int) -> dict[str, Any]:
    from eventkit.batch import Options, OutputFile, get_extractor, open_input, run_batch

    docs = _load(corpus)
    get_extractor(Options())  # building the parsers is start-up, not throughput
    with tempfile.TemporaryDirectory() as tmp:
        output = OutputFile(Path(tmp) / "out.jsonl")
        start = time.perf_counter()
        run_batch(open_input(str(corpus)), output, Options(), workers=workers)
        output.close()
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "docs": docs,
        "worker_rss_kb": _rss_kb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
    }


def stage_eventkit1(corpus: Path, _: argparse.Namespace) -> dict[str, Any]:
    return _eventkit(corpus, 1)


def stage_eventkit2(corpus: Path, _: argparse.Namespace) -> dict[str, Any]:
    return _eventkit(corpus, 2)


STAGES = {
    "floor": stage_floor,
    "naive": stage_naive,
    "naive+actors": stage_naive_actors,
    "eventkit, 1 process": stage_eventkit1,
    "eventkit, 2 workers": stage_eventkit2,
}


def run_stage(name: str, corpus: Path, args: argparse.Namespace) -> None:
    """Child side: run one stage, print its figures as one JSON line."""
    found = STAGES[name](corpus, args)
    words, size = _size(found.pop("docs"))
    found.update(words=words, bytes=size, rss_kb=_rss_kb())
    print(json.dumps(found))


def _child(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--stage", name, "--corpus", str(args.corpus)]
    command += ["--naive-docs", str(args.naive_docs)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    found: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return found


def first_document_seconds() -> float:
    code = (
        "import time; t = time.perf_counter(); import eventkit; "
        f"eventkit.Extractor().extract({FIRST_TEXT!r}); print(time.perf_counter() - t)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(result.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive-docs", type=int, default=60)
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        run_stage(args.stage, args.corpus, args)
        return 0
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rows: dict[str, dict[str, Any]] = {}
    for name in STAGES:
        runs = [_child(name, args) for _ in range(args.repeat)]
        seconds = statistics.median(r["seconds"] for r in runs)
        rows[name] = {
            **runs[0],
            "seconds": seconds,
            "words_s": runs[0]["words"] / seconds,
            "kb_s": runs[0]["bytes"] / 1024 / seconds,
            "rss_mb": max(r["rss_kb"] for r in runs) / 1024,
            "worker_rss_mb": max((r.get("worker_rss_kb") or 0) for r in runs) / 1024 or None,
        }
        print(f"  {name}: {rows[name]['words_s']:,.0f} words/s", file=sys.stderr)
    first = statistics.median(first_document_seconds() for _ in range(args.repeat))
    _report(rows, first, args)
    return 0


def _report(rows: dict[str, dict[str, Any]], first: float, args: argparse.Namespace) -> None:
    print(
        f"corpus: {args.corpus} · medians of {args.repeat} runs · Python {sys.version.split()[0]}"
    )
    print()
    print(f"| {'stage':<22} | {'words':>7} | {'words/s':>8} | {'KB/s':>6} | {'peak RSS':>18} |")
    print(f"|{'-' * 24}|{'-' * 9}|{'-' * 10}|{'-' * 8}|{'-' * 20}|")
    for name, row in rows.items():
        rss = f"{row['rss_mb']:.0f} MB"
        if row["worker_rss_mb"]:
            rss = f"{rss}, workers {row['worker_rss_mb']:.0f} MB"
        print(
            f"| {name:<22} | {row['words']:>7,} | {row['words_s']:>8,.0f} | "
            f"{row['kb_s']:>6,.0f} | {rss:>18} |"
        )
    one = rows["eventkit, 1 process"]["words_s"]
    print()
    print(f"eventkit / naive:         {one / rows['naive']['words_s']:.1f}x")
    print(f"eventkit / naive+actors:  {one / rows['naive+actors']['words_s']:.1f}x")
    print(f"floor / eventkit:         {rows['floor']['words_s'] / one:.1f}x")
    print(f"2 workers / 1 process:    {rows['eventkit, 2 workers']['words_s'] / one:.2f}x")
    print(f"import to first document: {first:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
