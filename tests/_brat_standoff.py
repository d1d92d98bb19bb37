"""A checker of brat standoff files, written from brat's format description
(https://brat.nlplab.org/standoff.html and https://brat.nlplab.org/configuration.html), not
from eventkit's reader: what brat 1.3 needs to open a collection.

- every line is ``ID<TAB>...``; ids are unique; ``T``, ``E``, ``A``/``M``, ``R``, ``*``,
  ``N`` and ``#`` ids are the annotation kinds;
- ``T``: ``TYPE START END[;START END]*<TAB>TEXT``, offsets inside the text, each fragment
  non-empty and not crossing a line break, ``TEXT`` the fragments' text joined by spaces;
- ``E``: ``TYPE:TID ROLE:ID ...``, the trigger a ``T`` of the event's type, every argument
  an existing ``T`` or ``E``;
- ``A``: ``NAME ID [VALUE]`` on an existing ``T`` or ``E``;
- ``#``: ``AnnotatorNotes ID<TAB>TEXT`` on an existing annotation;
- annotation.conf declares every entity type, event type with each role (a repeated role
  numbered ``Role2``, ``Role3`` needs ``Role*`` or ``Role+``) and argument type, and every
  attribute with its values.
"""

from __future__ import annotations

import re
from pathlib import Path

_ID = re.compile(r"^([TEARMN*#])(\d+)$")


def parse_conf(conf: str) -> dict[str, dict[str, object]]:
    sections: dict[str, dict[str, object]] = {
        "entities": {},
        "relations": {},
        "events": {},
        "attributes": {},
    }
    current = None
    for raw in conf.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("["):
            current = line.strip("[]")
            assert current in sections, f"unknown section {line}"
            continue
        assert current is not None, f"{line!r} before any section"
        name, _, rest = line.strip().partition("\t")
        args: dict[str, tuple[str, set[str]]] = {}
        for part in filter(None, (p.strip() for p in rest.split(","))):
            role, _, types = part.partition(":")
            found = re.fullmatch(r"([A-Za-z][\w-]*?)([?*+]|\{\d+(-\d+)?\})?", role)
            assert found, f"bad argument {part!r} of {name}"
            args[found.group(1)] = (found.group(2) or "", set(types.split("|")))
        sections[current][name] = args
    return sections


def check_document(text: str, ann: str, conf: dict[str, dict[str, object]]) -> list[str]:
    """Problems of one ``.ann`` over ``text`` (an empty list when brat can open it)."""
    problems: list[str] = []
    kinds: dict[str, str] = {}
    types: dict[str, str] = {}
    for number, line in enumerate(ann.split("\n"), 1):
        if line == "":
            continue
        ident, tab, rest = line.partition("\t")
        found = _ID.match(ident)
        if not tab or not found:
            problems.append(f"line {number}: bad id {ident!r}")
            continue
        if ident in kinds:
            problems.append(f"line {number}: id {ident} twice")
        kinds[ident] = found.group(1)
        if found.group(1) == "T":
            head, tab2, covered = rest.partition("\t")
            kind, _, places = head.partition(" ")
            types[ident] = kind
            if not tab2 or (kind not in conf["entities"] and kind not in conf["events"]):
                problems.append(f"line {number}: type {kind!r} not declared")
            pieces = []
            for fragment in places.split(";"):
                bounds = fragment.split(" ")
                if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
                    problems.append(f"line {number}: bad offsets {places!r}")
                    break
                start, end = map(int, bounds)
                if not 0 <= start < end <= len(text) or "\n" in text[start:end]:
                    problems.append(f"line {number}: fragment {start} {end} is not one line")
                pieces.append(text[start:end])
            if " ".join(pieces) != covered:
                problems.append(f"line {number}: text {covered!r} is not the text at {places}")
    for number, line in enumerate(ann.split("\n"), 1):
        ident, _, rest = line.partition("\t")
        kind = kinds.get(ident)
        if kind == "E":
            arguments = [a.partition(":") for a in rest.split(" ")]
            (event_type, _, trigger), *roles = arguments
            types[ident] = event_type
            declared = conf["events"].get(event_type)
            if declared is None or types.get(trigger) != event_type:
                problems.append(f"line {number}: trigger {trigger} is not a {event_type}")
                continue
            assert isinstance(declared, dict)
            for role, _, target in roles:
                base = re.sub(r"\d+$", "", role)
                if base not in declared:
                    problems.append(f"line {number}: role {role!r} not declared for {event_type}")
                    continue
                repeat, allowed = declared[base]
                if base != role and repeat not in ("*", "+") and not repeat.startswith("{"):
                    problems.append(f"line {number}: {role} repeats {base}, declared once")
                if target not in kinds or types.get(target) not in allowed:
                    problems.append(f"line {number}: {role}:{target} has no allowed type")
        elif kind in ("A", "M"):
            name, target, *value = rest.split(" ")
            declared = conf["attributes"].get(name)
            if declared is None or target not in kinds:
                problems.append(f"line {number}: attribute {name} on {target} not declared")
                continue
            assert isinstance(declared, dict)
            values = declared.get("Value", ("", set()))[1]
            if value and value[0] not in values:
                problems.append(f"line {number}: {name} value {value[0]!r} not declared")
            if types.get(target) not in declared["Arg"][1]:
                problems.append(f"line {number}: {name} not declared on {types.get(target)}")
        elif kind == "#":
            label, tab, _note = rest.partition("\t")
            note_kind, _, target = label.partition(" ")
            if note_kind != "AnnotatorNotes" or target not in kinds or not tab:
                problems.append(f"line {number}: bad note {line!r}")
    return problems


def check_collection(folder: Path) -> list[str]:
    """Problems of every document of a brat collection, with the file they are in."""
    conf_path = folder / "annotation.conf"
    if not conf_path.is_file():
        return [f"{folder}: no annotation.conf"]
    conf = parse_conf(conf_path.read_text(encoding="utf-8"))
    problems = []
    for ann in sorted(folder.rglob("*.ann")):
        with open(ann.with_suffix(".txt"), encoding="utf-8", newline="") as stream:
            text = stream.read()
        for problem in check_document(text, ann.read_text(encoding="utf-8"), conf):
            problems.append(f"{ann.relative_to(folder)}: {problem}")
    return problems
