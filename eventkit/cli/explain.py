"""``eventkit explain``: which triggers selected each sentence, what each rule matched, and
where an almost-matching grammar stopped."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "explain",
        help="show why each sentence did or did not give an event",
        description=(
            "For each sentence of TEXT (a text, a file, or '-' for stdin): the trigger words "
            "that selected it for each rule, the rule's matches with their named parts and "
            "the events made of them, and, where a selected rule matched nothing, the "
            "longest partial matches with the word where they stopped and what was expected."
        ),
    )
    parser.add_argument("source", metavar="TEXT|PATH", help="the text itself, a file, or '-'")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    add_pack_options(parser)
    parser.set_defaults(func=run)


def read_source(source: str) -> str:
    """``-`` is stdin; an existing file is read; anything else is the text itself."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        is_file = len(source) < 1024 and "\n" not in source and path.is_file()
    except (OSError, ValueError):  # a name too long for a file (a sentence), a NUL: a text
        is_file = False
    if is_file:
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 text ({error.reason})") from error
    return source


def run(args: argparse.Namespace) -> int:
    from eventkit.extract.extractor import Extractor
    from eventkit.views.explain import explain, format_text, to_dict

    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    reports = explain(read_source(args.source), extractor)
    if args.format == "json":
        print(json.dumps(to_dict(reports), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_text(reports))
    return 0
