"""``eventkit export --format brat``: documents and their events as a brat collection."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write documents and their events for an annotation tool (brat)",
        description=(
            "Write the documents of PATH (a text file, a directory of *.txt, a .jsonl corpus) "
            "with their events as a brat standoff collection in DIR: one ID.txt and ID.ann "
            "per document and an annotation.conf, for review and correction in brat 1.3. "
            "The events are extracted, or read from --events (the output of 'eventkit "
            "extract', or a gold file), matched to the documents by id. Read a corrected "
            "collection back with 'eventkit import' or score against it with 'eventkit "
            "evaluate DIR'."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="the documents' texts")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    parser.add_argument(
        "--format", choices=["brat"], default="brat", help="the annotation format (brat)"
    )
    parser.add_argument(
        "--events",
        type=Path,
        metavar="OUT.jsonl",
        help="take the events from this file (lines with 'id' and 'events') instead of "
        "extracting them",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite .ann files that exist (default: refuse)"
    )
    add_pack_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.batch.brat import BratDocument, write_collection
    from eventkit.batch.readers import open_input

    packs, excluded = selected_packs(args), excluded_packs(args)
    given = None
    if args.events is not None:
        if packs or excluded:
            raise InputError("--packs/--pack/--no-pack choose what to run; not with --events")
        given = _events_by_id(args.events)
    extractor = None
    if given is None:
        from eventkit.extract.extractor import Extractor

        extractor = Extractor(packs, exclude=excluded)
    skipped: list[str] = []
    used: set[str] = set()

    def documents() -> list[BratDocument]:
        out = []
        for spec in args.paths:
            for doc in open_input(spec):
                if doc.error is not None:
                    skipped.append(f"{doc.id}: {doc.error}")
                    continue
                if given is not None:
                    events = given.get(doc.id, [])
                    used.add(doc.id)
                else:
                    assert extractor is not None
                    events = extractor.extract(doc.text, doc_id=doc.id).to_dict()["events"]
                out.append(BratDocument(id=doc.id, text=doc.text, events=list(events)))
        return out

    written = write_collection(documents(), args.output, force=args.force)
    for line in skipped:
        print(f"eventkit: skipped {line}", file=sys.stderr)
    if given is not None and set(given) - used:
        missing = sorted(set(given) - used)
        raise InputError(
            f"{args.events}: {len(missing)} documents have events but no text in PATH "
            f"(first: {missing[0]!r})"
        )
    print(f"eventkit: wrote {written} documents to {args.output} (brat)", file=sys.stderr)
    return 1 if skipped else 0


def _events_by_id(path: Path) -> dict[str, list[dict[str, object]]]:
    from eventkit.batch.readers import read_jsonl

    found: dict[str, list[dict[str, object]]] = {}
    for number, record in read_jsonl(path):
        doc_id, events = record.get("id"), record.get("events", [])
        if not isinstance(doc_id, str) or not isinstance(events, list):
            raise InputError(f"{path}:{number}: expected a string 'id' and an 'events' list")
        if not all(isinstance(e, dict) for e in events):
            raise InputError(f"{path}:{number}: every event must be a JSON object")
        found.setdefault(doc_id, []).extend(events)
    return found
