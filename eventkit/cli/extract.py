"""``eventkit extract``: events of documents as JSON Lines (one line per document).

    eventkit extract FILE.txt                          one text file -> one line on stdout
    eventkit extract CORPUS.jsonl -o OUT.jsonl --workers 2
    eventkit extract DIR -o OUT.jsonl --resume         every *.txt below DIR; continue a run
    eventkit extract CORPUS.jsonl -o OUT.jsonl --scheduler tcp://host:8786   (eventkit-ru[dask])

Output lines come in input order. A JSON Lines record or a file that cannot be read gets its
line too, with an "input" error, so no document is lost; only a plain text file named on the
command line that cannot be read stops the run (with a one-line error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.engine.guard import DEFAULT_TIMEOUT
from eventkit.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "extract",
        help="extract events from text files, a directory or a JSON Lines corpus",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a text file, a directory of *.txt, a .jsonl corpus, or '-' for stdin",
    )
    parser.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    add_pack_options(parser)
    parser.add_argument("--strict", action="store_true", help="fail on a pack's error")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here, not stdout")
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: keep OUT's complete lines, do only the rest",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite OUT when it exists (default: refuse)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per document, per 30,000 characters (default {DEFAULT_TIMEOUT:g}; "
        "0: none)",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on a Dask distributed scheduler"
    )
    parser.add_argument(
        "--input",
        dest="input_format",
        choices=["auto", "text", "jsonl"],
        default="auto",
        help="how to read PATH (auto: directory, *.jsonl / *.ndjson, else text)",
    )
    parser.add_argument("--id-field", default="id", help="JSON Lines field with the id")
    parser.add_argument("--text-field", default="text", help="JSON Lines field with the text")
    parser.add_argument(
        "--encoding-errors",
        choices=["strict", "replace"],
        default="strict",
        help="bytes that are not UTF-8: report (strict) or read as U+FFFD (replace)",
    )
    parser.set_defaults(func=run)


def _documents(args: argparse.Namespace) -> Iterator[Any]:
    from eventkit.batch.readers import open_input

    for spec in args.paths:
        path = Path(spec)
        single_text = (
            spec != "-"
            and not path.is_dir()
            and (
                args.input_format == "text"
                or (
                    args.input_format == "auto" and path.suffix.lower() not in (".jsonl", ".ndjson")
                )
            )
        )
        for doc in open_input(
            spec,
            input_format=args.input_format,
            id_field=args.id_field,
            text_field=args.text_field,
            encoding_errors=args.encoding_errors,
        ):
            if single_text and doc.error is not None:
                raise InputError(doc.error)  # a file named on the command line: stop
            yield doc


class _PrettyOutput:
    """``--format json``: each document pretty-printed on stdout."""

    done_ids: list[str] = []  # noqa: RUF012 - never resumed, never mutated

    def write(self, lines: list[str]) -> None:
        for line in lines:
            print(json.dumps(json.loads(line), ensure_ascii=False, indent=2))
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    from eventkit.batch.extracting import Options
    from eventkit.batch.progress import Progress, count_documents
    from eventkit.batch.run import run_batch
    from eventkit.batch.writers import OutputFile, StdoutOutput

    if args.resume and not args.output:
        raise InputError("--resume needs -o/--output: the file to continue")
    if args.format == "json" and args.output:
        raise InputError("--format json prints to stdout; -o writes JSON Lines")
    if args.workers < 1:
        raise InputError("--workers must be at least 1")
    if args.output:
        from eventkit.batch.safeio import check_output
        from eventkit.batch.writers import partial_path

        out = Path(args.output)
        check_output(out, args.paths, force=args.force or args.resume)
        check_output(partial_path(out), args.paths, force=True)
    packs = selected_packs(args)
    options = Options(
        packs=tuple(packs) if packs is not None else None,
        exclude=tuple(excluded_packs(args)),
        strict=args.strict,
        timeout=args.timeout if args.timeout > 0 else None,
    )
    output: Any
    if args.output:
        # Claimed (and locked) before the packs load: a second run on the same output
        # stops here, at once, whatever it is asked.
        output = OutputFile(Path(args.output), resume=args.resume, force=args.force)
    elif args.format == "json":
        output = _PrettyOutput()
    else:
        output = StdoutOutput()
    # Unknown packs and broken plugins fail here, before any output is written.
    from eventkit.batch.extracting import get_extractor

    try:
        get_extractor(options)
    except BaseException:
        if isinstance(output, OutputFile):
            output.discard()
        raise
    client = None
    workers = args.workers
    if args.scheduler:
        from eventkit.batch.dask import connect

        client = connect(args.scheduler)
        client.warm(options)  # every worker builds its Extractor before the first chunk
        workers = max(workers, client.workers)
    # A bar on a terminal (plain lines in a log), unless the output itself goes to the
    # terminal: the bar would tear it.
    progress = Progress(
        count_documents(args.paths, args.input_format),
        enabled=None if args.output or not sys.stdout.isatty() else False,
        initial=len(output.done_ids),
    )
    finished = False
    try:
        run_batch(
            _documents(args),
            output,
            options,
            workers=workers,
            executor=client,
            progress=progress,
            isolate=True,
        )
        finished = True
    except BrokenProcessPool:
        print(
            "eventkit: error: a worker process died (out of memory?); "
            + ("run again with --resume to continue" if args.output else "nothing was lost"),
            file=sys.stderr,
        )
        return 3
    finally:
        if finished or not isinstance(output, OutputFile):
            output.close()
        else:
            output.abort()  # OUT.part stays for --resume
        if client is not None:
            client.close()
    if progress.errors:
        print(
            f"eventkit: {progress.errors} of {progress.docs} documents could not be read; "
            "their lines carry an 'input' error",
            file=sys.stderr,
        )
    return 0
