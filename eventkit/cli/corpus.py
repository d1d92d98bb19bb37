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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.corpus import Corpus, write_corpus, write_page
    from eventkit.corpus.export import summary
    from eventkit.corpus.tables import TABLES, rows
    from eventkit.errors import InputError

    source: Path = args.path
    if not source.is_file():
        raise InputError(f"{source}: {'not a file' if source.exists() else 'no such file'}")
    corpus = Corpus.from_jsonl(source)
    written = write_corpus(corpus, args.output)
    page = write_page(
        corpus,
        args.output / "corpus.html",
        title=args.title or f"eventkit corpus: {source.name}",
        pages=None if args.no_links else args.pages,
    )
    counts = summary(corpus, {name: rows(corpus, name) for name in TABLES})
    print(
        f"eventkit: {counts['documents']} documents, {counts['events']} events, "
        f"{counts['entities']} entities ({counts['merged_variants']} merged variants), "
        f"{counts['meeting_edges']} meeting edges, {counts['speakers']} speakers, "
        f"{counts['agreement_edges']} agreement edges; wrote {len(written) + 1} files to "
        f"{args.output} (open {page})",
        file=sys.stderr,
    )
    return 0
