"""``eventkit new-pack NAME``: write a working rule-pack distribution to start from.

The pack has a pyproject with the ``eventkit`` entry point, an event type, one grammar with
its trigger list, a table of tests and a README; ``pip install -e 'PACK[test]'`` it and
``python -m pytest PACK`` passes.
The files come from ``eventkit/templates/pack`` (``string.Template`` placeholders).
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

from eventkit.errors import InputError

_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$")
_EVENT = re.compile(r"^[A-Z][A-Za-z0-9]*$")
# Names the generated modules import or eventkit defines: the event type cannot take them.
_TAKEN = frozenset(
    "Event Meeting Statement Agreement Actor Span EventRule RuleMatch RulePack Matched "
    "Subject Iterable Sequence ClassVar".split()
)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "new-pack",
        help="write a new rule pack distribution from the template",
        description=(
            "Write the distribution eventkit-ru-NAME into DIR/NAME: pyproject.toml with the "
            "'eventkit' entry point NAME, the package eventkit_NAME (the event type EVENT, "
            "one example grammar with its trigger words, the plugin hooks), tests and a "
            "README. Then: pip install -e 'DIR/NAME[test]' && python -m pytest DIR/NAME"
        ),
    )
    parser.add_argument("name", metavar="NAME", help="pack name: lower-case letters, digits, -")
    parser.add_argument(
        "--event",
        metavar="EVENT",
        help="the event type's class name, e.g. Resignation (default: NAME in CamelCase + "
        "'Event', e.g. AcmeEvent)",
    )
    parser.add_argument(
        "-d",
        "--directory",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="where to create the pack's folder (default: here)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = write_pack(args.name, args.directory / args.name, event=args.event)
    print(f"eventkit: wrote the rule pack {args.name!r} to {target}", file=sys.stderr)
    print(f"next: pip install -e '{target}[test]' && python -m pytest {target}", file=sys.stderr)
    return 0


def placeholders(name: str, event: str | None = None) -> dict[str, str]:
    """What the template's ``${...}`` stand for, for the pack ``name`` and the event type
    ``event`` (a class name; by default derived from ``name``)."""
    if not _NAME.match(name):
        raise InputError(
            f"pack name {name!r}: use lower-case ASCII letters and digits, "
            "words joined by '-' or '_' (e.g. 'acme' or 'court-cases')"
        )
    from eventkit.version import __version__

    major, minor = (int(part) for part in __version__.split(".")[:2])
    words = re.split(r"[-_]", name)
    event_type = event or "".join(w.capitalize() for w in words) + "Event"
    if not _EVENT.match(event_type) or event_type in _TAKEN:
        raise InputError(
            f"event type {event_type!r}: use a CamelCase class name (e.g. 'Resignation') "
            f"other than {', '.join(sorted(_TAKEN))}"
        )
    return {
        "name": name,
        "dist": f"eventkit-ru-{name}",
        "module": "eventkit_" + "_".join(words),
        "event_type": event_type,
        "requires": f">={major}.{minor},<{major}.{minor + 1}",
    }


def write_pack(name: str, target: Path, *, event: str | None = None) -> Path:
    """Write the pack ``name`` with the event type ``event`` into the folder ``target``
    (which must be absent or empty)."""
    values = placeholders(name, event)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target} already exists and is not an empty folder")
    template = files("eventkit").joinpath("templates", "pack")
    for source, relative in _walk(template, ()):
        parts = [values["module"] if p == "package" else p for p in relative]
        if parts[-1] == "test_pack.py.tmpl":
            parts[-1] = f"test_{values['module']}.py.tmpl"
        path = target.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.name.endswith(".tmpl"):
            text = Template(source.read_text(encoding="utf-8")).substitute(values)
            path.with_suffix("").write_text(text, encoding="utf-8")
        else:
            path.write_bytes(source.read_bytes())
    return target


def _walk(folder: Traversable, prefix: tuple[str, ...]) -> list[tuple[Traversable, list[str]]]:
    found: list[tuple[Traversable, list[str]]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found.extend(_walk(entry, (*prefix, entry.name)))
        else:
            found.append((entry, [*prefix, entry.name]))
    return found
