"""``eventkit extract``: events of text files as JSON Lines (one line per document)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventkit.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("extract", help="extract events from text files")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files ('-' for stdin)")
    parser.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    parser.add_argument("--packs", help="comma-separated packs to use (default: all)")
    parser.add_argument("--no-pack", action="append", default=[], help="leave a pack out")
    parser.add_argument("--strict", action="store_true", help="fail on a pack's error")
    parser.set_defaults(func=run)


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        return "stdin", sys.stdin.read()
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from error
    try:
        return file.stem, data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not valid UTF-8 at byte offset {error.start}") from error


def run(args: argparse.Namespace) -> int:
    from eventkit.extract import Extractor

    packs = [p for p in args.packs.split(",") if p] if args.packs else None
    extractor = Extractor(packs, exclude=args.no_pack, strict=args.strict)
    for path in args.paths:
        doc_id, text = _read(path)
        document = extractor.extract(text, doc_id=doc_id)
        if args.format == "json":
            import json

            print(
                json.dumps(
                    extractor.converter.document_to_dict(document), ensure_ascii=False, indent=2
                )
            )
        else:
            print(extractor.converter.dumps(document))
    return 0
