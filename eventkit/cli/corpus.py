"""``eventkit corpus``: tables, a graph and a page of a whole corpus's extraction output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "corpus",
        help="merge entities across documents; write who-met-whom tables, a graph and a page",
        description=(
            "Read the output of 'eventkit extract' (JSON Lines, one document per line), merge "
            "the people, organizations and places of all documents, and write to DIR: "
            "entities.csv, meetings.csv, statements.csv, agreements.csv, events.csv, "
            "corpus.json, network.graphml and corpus.html."
        ),
    )
    parser.add_argument("path", type=Path, metavar="OUT.jsonl", help="eventkit extract output")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    parser.add_argument(
        "--pages",
        default="",
        metavar="URL",
        help=(
            "where the 'eventkit show' pages of the documents are, relative to DIR "
            "(default: DIR itself)"
        ),
    )
    parser.add_argument("--no-links", action="store_true", help="no links to document pages")
    parser.add_argument("--title", help="the page's title (default: the input's file name)")
    parser.add_argument(
        "--force", action="store_true", help="overwrite the files of DIR (default: refuse)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.batch.safeio import FolderLock, check_output, make_folder, write_files
    from eventkit.corpus import Corpus, corpus_html
    from eventkit.corpus.export import FILES, corpus_files, summary
    from eventkit.corpus.page import PAGE
    from eventkit.corpus.tables import TABLES, rows
    from eventkit.errors import InputError

    source: Path = args.path
    output: Path = args.output
    if not source.is_file():
        raise InputError(f"{source}: {'not a file' if source.exists() else 'no such file'}")
    created = make_folder(output)
    try:
        with FolderLock(output):  # a second run into the same folder stops at once
            for name in (*FILES, PAGE):
                check_output(output / name, [source], force=args.force)
            corpus = Corpus.from_jsonl(source)
            files = corpus_files(corpus)
            title = args.title or f"eventkit corpus: {source.name}"
            pages = None if args.no_links else args.pages
            files[PAGE] = corpus_html(corpus, title=title, pages=pages).encode("utf-8")
            written = write_files(output, files)
    except BaseException:
        if created:  # nothing was written: the folder this run made goes too
            output.rmdir()
        raise
    counts = summary(corpus, {name: rows(corpus, name) for name in TABLES})
    print(
        f"eventkit: {counts['documents']} documents, {counts['events']} events, "
        f"{counts['entities']} entities ({counts['merged_variants']} merged variants), "
        f"{counts['meeting_edges']} meeting edges, {counts['speakers']} speakers, "
        f"{counts['agreement_edges']} agreement edges; wrote {len(written)} files to "
        f"{output} (open {output / PAGE})",
        file=sys.stderr,
    )
    return 0
