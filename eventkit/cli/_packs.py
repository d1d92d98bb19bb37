"""The pack-selection options every subcommand that runs the extractor shares:
``--packs A,B`` and ``-p/--pack NAME`` choose packs, ``--no-pack NAME`` leaves one out."""

from __future__ import annotations

import argparse


def add_pack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--packs", metavar="A,B", help="comma-separated rule packs to use (default: all)"
    )
    parser.add_argument(
        "-p",
        "--pack",
        action="append",
        dest="pack",
        default=[],
        metavar="NAME",
        help="use this rule pack (repeatable; combines with --packs)",
    )
    parser.add_argument(
        "--no-pack",
        action="append",
        dest="no_pack",
        default=[],
        metavar="NAME",
        help="leave this rule pack out (repeatable)",
    )


def selected_packs(args: argparse.Namespace) -> list[str] | None:
    """The packs named by --packs and --pack, or None for every installed pack."""
    names = [name.strip() for name in (args.packs or "").split(",") if name.strip()]
    names += getattr(args, "pack", None) or []
    return names or None


def excluded_packs(args: argparse.Namespace) -> list[str]:
    return list(getattr(args, "no_pack", None) or [])
