"""``eventkit import --format brat``: a brat collection as JSON Lines gold (and texts)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="read a brat collection back as JSON Lines gold",
        description=(
            "Read the brat collection DIR (ID.txt and ID.ann files, as 'eventkit export "
            "--format brat' writes them, corrected in brat or not) and write its events as "
            "gold JSON Lines: one line with 'id' and 'events' per document. --texts writes "
            "the texts as lines with 'id' and 'text' (name them GOLD without '.gold', and "
            "'eventkit evaluate GOLD' finds them)."
        ),
    )
    parser.add_argument("collection", type=Path, metavar="DIR", help="the brat collection")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="GOLD.jsonl")
    parser.add_argument("--format", choices=["brat"], default="brat", help="the input format")
    parser.add_argument("--texts", type=Path, metavar="TEXTS.jsonl", help="also write the texts")
    parser.add_argument(
        "--force", action="store_true", help="overwrite the output files (default: refuse)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.batch.brat import read_collection
    from eventkit.batch.safeio import check_output, write_atomic

    outputs = [p for p in (args.output, args.texts) if p is not None]
    for path in outputs:
        # The same discipline as every command that writes (docs/robustness.md).
        check_output(path, [args.collection], force=args.force)
    documents = list(read_collection(args.collection))
    gold = "".join(
        json.dumps({"id": doc.id, "events": doc.events}, ensure_ascii=False) + "\n"
        for doc in documents
    )
    write_atomic(args.output, gold.encode("utf-8"))
    if args.texts is not None:
        texts = "".join(
            json.dumps({"id": doc.id, "text": doc.text}, ensure_ascii=False) + "\n"
            for doc in documents
        )
        write_atomic(args.texts, texts.encode("utf-8"))
    events = sum(len(doc.events) for doc in documents)
    print(
        f"eventkit: {len(documents)} documents, {events} events from {args.collection}",
        file=sys.stderr,
    )
    return 0
