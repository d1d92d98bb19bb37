"""``eventkit packs``: the installed rule packs, their versions, rules and event types."""

from __future__ import annotations

import argparse
import json

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("packs", help="list installed rule packs")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_pack_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.extract.extractor import Extractor

    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    rows = [
        {
            "name": pack.name,
            "version": pack.version,
            "requires_eventkit": pack.requires_eventkit,
            "event_types": [t.type for t in pack.event_types],
            "rules": [r.name for r in pack.rules],
            "description": pack.description,
        }
        for pack in extractor.packs
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no rule packs installed")
    for row in rows:
        types = ", ".join(row["event_types"])
        print(f"{row['name']} {row['version']}: {types} ({len(row['rules'])} rules)")
    return 0
