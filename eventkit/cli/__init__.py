"""The ``eventkit`` command line.

Each subcommand lives in its own module of this package and exposes
``add_parser(subparsers)``, which registers an ``argparse`` parser whose ``func`` default is
``run(args) -> int``. Subcommand modules are discovered, so adding one is adding a file.
The top layer: it parses arguments and may import every other layer, lazily inside ``run``
so that ``eventkit --help`` stays fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from eventkit.errors import EventkitError


def build_parser() -> argparse.ArgumentParser:
    from eventkit import accel
    from eventkit.version import __version__

    parser = argparse.ArgumentParser(
        prog="eventkit",  # also under "python -m eventkit"
        description="Find meetings, statements and agreements in Russian text.",
    )
    compiled = "on" if accel.active() else "off"
    parser.add_argument(
        "--version",
        action="version",
        version=f"eventkit {__version__} (compiled accelerator: {compiled})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what is skipped")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        add_parser = getattr(module, "add_parser", None)
        if add_parser is not None:
            add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="eventkit: %(levelname)s: %(message)s",
    )
    try:
        code: int = args.func(args)
    except EventkitError as error:
        print(f"eventkit: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    return code


def run(argv: Sequence[str] | None = None) -> int:
    """The ``eventkit`` script and ``python -m eventkit``: ``main``, then a quick exit.

    A command that extracted in this process (``evaluate``, ``warm``, ``extract`` with
    ``--workers 1`` in a program with threads) leaves a large heap of caches and parsers.
    At the interpreter's end its last collections walk and free all of it, a second and
    more for a corpus; frozen (``gc.freeze``), the heap is left to the operating system
    instead. Nothing else of the exit changes: ``atexit`` handlers and multiprocessing's
    finalizers still run, files are still flushed and closed; only objects kept alive by
    reference cycles are not finalized at exit, which Python never promised. ``main``
    itself freezes nothing: it is called in-process by tests and other programs.
    """
    code = main(argv)
    gc.freeze()
    return code
