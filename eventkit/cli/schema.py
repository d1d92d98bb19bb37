"""``eventkit schema``: the JSON Schema of one output line, for the selected packs' types."""

from __future__ import annotations

import argparse
import json

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "schema", help="print the JSON Schema of an output line (docs/events.md)"
    )
    add_pack_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventkit.extract.extractor import Extractor
    from eventkit.model.schema import json_schema

    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    schema = json_schema(extractor.converter.event_types.values())
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0
