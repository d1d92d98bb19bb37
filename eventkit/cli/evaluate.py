"""``eventkit evaluate``: precision, recall and F1 of the extractor against a gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.errors import InputError


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score extracted events against a gold file",
        description=(
            "Score events against GOLD: either the project's annotation (lines with 'id' and "
            "'events'; texts from --texts, or from the file next to it without '.gold'), a "
            "brat collection (a folder, as 'eventkit export --format brat' writes it), or "
            "factRuEval-2016 as converted to JSON Lines (texts inside; Meetings only). The "
            "format is detected. Events come from running the extractor, or from the output "
            "of an earlier 'eventkit extract' given with --predictions. Arguments are scored "
            "the ACE way (the actors of missed and extra events count); complete events are "
            "matched events whose actors are exactly the gold ones; the last column, lenient "
            "argument F1, counts matched events only."
        ),
    )
    parser.add_argument(
        "gold", type=Path, metavar="GOLD", help="gold JSON Lines file, or brat folder"
    )
    parser.add_argument(
        "--texts", type=Path, metavar="TEXTS", help="JSON Lines with 'id' and 'text'"
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        metavar="OUT.jsonl",
        help="score this 'eventkit extract' output instead of running the extractor",
    )
    add_pack_options(parser)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--show",
        action="store_true",
        help="also list misses, extras and wrong arguments with their sentences",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that building the parser stays cheap for every other subcommand.
    from eventkit.evaluate import evaluate

    packs, excluded = selected_packs(args), excluded_packs(args)
    if args.predictions is not None and (packs or excluded):
        raise InputError(
            "--packs/--pack/--no-pack choose what to run; they make no sense with --predictions"
        )
    extractor = None
    if excluded:
        from eventkit.extract.extractor import Extractor

        extractor = Extractor(packs, exclude=excluded)
    report = evaluate(
        args.gold,
        args.texts,
        extractor,
        predictions_path=args.predictions,
        packs=packs,
        show_progress=True,
    )
    if args.json:
        print(json.dumps(report.to_dict(issues=args.show), ensure_ascii=False, indent=2))
        return 0
    print(report.format_table())
    if args.show:
        print()
        print(report.format_issues())
    return 0
