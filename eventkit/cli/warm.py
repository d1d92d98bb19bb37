"""``eventkit warm``: build or show the warm-start table (``eventkit.extract.warm``).

    eventkit warm CORPUS.jsonl [MORE...]     extract them here and store the table
    eventkit warm                            where the table is, and what it holds
    eventkit warm --clear                    delete the stored tables

A run of ``eventkit extract`` that starts without a table stores one at its end anyway;
this command builds it ahead of time, from text like the text to come, so that the first
run (every worker of it) starts warm. EVENTKIT_WARM=0 turns warm starts off;
EVENTKIT_WARM_DIR says where the tables go (default ~/.cache/eventkit).
"""

from __future__ import annotations

import argparse
import sys

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "warm",
        help="build the table of word forms that makes a new process start warm",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="text to learn from (as for extract)"
    )
    add_pack_options(parser)
    parser.add_argument("--clear", action="store_true", help="delete the stored tables")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.extract import warm

    if not warm.enabled():
        print("eventkit: warm starts are off (EVENTKIT_WARM=0)", file=sys.stderr)
        return 0 if not args.paths else 2
    if args.clear:
        removed = warm.clear_warm()
        print(f"eventkit: {removed} warm-start table(s) deleted from {warm.warm_dir()}")
        return 0
    from eventkit.batch.readers import open_input
    from eventkit.extract.extractor import Extractor
    from eventkit.parse.collector import between_documents

    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    extractor.warm_up()
    warm.load_warm(extractor)
    warm.record_warm()  # keep what the caches drop while it reads the text
    if not args.paths:
        print(warm.describe_warm(extractor))
        return 0
    documents = 0
    with between_documents():
        for spec in args.paths:
            for doc in open_input(spec):
                if doc.error is None:
                    extractor.extract(doc.text, doc_id=doc.id)
                    documents += 1
    path = warm.save_warm(extractor)
    if path is None:
        return 1
    print(f"eventkit: learnt from {documents} documents; {warm.describe_warm(extractor)}")
    return 0
