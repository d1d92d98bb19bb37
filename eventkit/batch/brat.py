"""Events as brat standoff annotation, and back: for review and correction in brat.

A collection is a folder with one ``ID.txt`` (the text, as is) and ``ID.ann`` per document,
and an ``annotation.conf`` that declares the types found, so brat 1.3 opens it. In an
``.ann`` file (https://brat.nlplab.org/standoff.html):

- ``T`` lines are the text-bound annotations: an event's trigger (typed by the event type),
  its actors (typed by their kind: ``PER``, ``ORG``, ``LOC`` ...) and its other spans
  (``Content``, ``Subject``, ``Date``, ``Place`` ...). A span that crosses a line break is
  written as fragments (``0 5;6 12``), as brat wants;
- ``E`` lines are the events: ``Meeting:T1 participants:T2 participants2:T3``; the role is
  the event's field, numbered from the second actor on, as brat numbers repeated roles;
- ``A`` lines are the event's single-word values: ``Modality``, and ``Status``, ``Speech``,
  ``Kind`` where the event type has them;
- ``#`` lines (``AnnotatorNotes``) keep what brat has no place for, as JSON: an actor's
  name in the nominative, its title and key; a date's value; on the event, the fields that
  are not spans (a place given by name only, the pack and rule).

Reading a collection back gives the events as JSON data, the shape ``eventkit extract``
writes and gold files hold, with the fields that were null left out, so that exporting and
importing gives the same events (``tests/test_brat.py``). An ``.ann`` file edited in brat
reads back the same way: a deleted event is gone, a moved span has its new offsets.

Document ids become file paths: a ``/`` in an id makes a subfolder; characters that are not
safe in a file name are written ``%XX``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from attrs import field, frozen

from eventkit.errors import InputError

EventData = Mapping[str, object]
Fragment = tuple[int, int]

# Keys of a span-like value that the T line itself holds.
_SPAN_KEYS = ("start", "end")
# Event keys written elsewhere than in the event's note.
_TRIGGER = "trigger"
_TYPE = "type"
_ROLE_NUMBER = re.compile(r"^(.*?)(\d+)$")
_SAFE = re.compile(r"[\w\-. ]")


@frozen(kw_only=True)
class BratDocument:
    """One document of a collection: its id, text and events (JSON data)."""

    id: str
    text: str
    events: list[dict[str, object]] = field(factory=list)


@frozen
class _Span:
    type: str
    fragments: tuple[Fragment, ...]
    note: str | None


# --- writing ------------------------------------------------------------------------------


class _Ann:
    """The lines of one ``.ann`` file as they are built."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.spans: dict[_Span, str] = {}
        self.counts: dict[str, int] = {}
        # What annotation.conf must declare: type -> role -> argument types; attributes.
        self.entity_types: set[str] = set()
        self.event_roles: dict[str, dict[str, set[str]]] = {}
        # Roles that hold a list of actors, by event type ("participants*" in the conf).
        self.many: dict[str, set[str]] = {}
        self.attributes: dict[str, tuple[set[str], set[str]]] = {}

    def _id(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.counts[prefix]}"

    def note(self, target: str, data: Mapping[str, object]) -> None:
        if data:
            text = json.dumps(dict(data), ensure_ascii=False)
            self.lines.append(f"{self._id('#')}\tAnnotatorNotes {target}\t{text}")

    def span(self, kind: str, start: int, end: int, extra: Mapping[str, object]) -> str:
        """The id of the T line of ``kind`` over ``start:end`` (one per span, kind and note)."""
        note = json.dumps(dict(extra), ensure_ascii=False) if extra else None
        pieces = fragments(self.text, start, end)
        if (pieces[0][0], pieces[-1][1]) != (start, end):
            # white space at an end, which the fragments leave out: the note keeps the offsets
            extra = {**extra, "start": start, "end": end}
            note = json.dumps(dict(extra), ensure_ascii=False)
        key = _Span(kind, pieces, note)
        found = self.spans.get(key)
        if found is not None:
            return found
        ident = self.spans[key] = self._id("T")
        where = ";".join(f"{a} {b}" for a, b in key.fragments)
        covered = " ".join(self.text[a:b] for a, b in key.fragments)
        self.lines.append(f"{ident}\t{kind} {where}\t{covered}")
        if note is not None:
            self.lines.append(f"{self._id('#')}\tAnnotatorNotes {ident}\t{note}")
        return ident

    def event(self, event: EventData) -> None:
        kind = str(event[_TYPE])
        trigger = event[_TRIGGER]
        if not _is_span(trigger, self.text):
            raise InputError(f"a {kind} event's trigger is not a span of the text: {trigger!r}")
        assert isinstance(trigger, Mapping)
        roles = self.event_roles.setdefault(kind, {})
        trigger_id = self.span(kind, *_bounds(trigger), _extra(trigger, self.text, ("kind",)))
        arguments = [f"{kind}:{trigger_id}"]
        attributes: list[tuple[str, str]] = []
        rest: dict[str, object] = {}
        for name, value in event.items():
            if name in (_TYPE, _TRIGGER) or value is None:
                continue
            if _is_actor_list(value, self.text):
                assert isinstance(value, list)
                self.many.setdefault(kind, set()).add(name)
                for number, actor in enumerate(value, 1):
                    arguments.append(f"{_role(name, number)}:{self._argument(roles, name, actor)}")
                if not value:
                    rest[name] = []
            elif _is_span(value, self.text):
                arguments.append(f"{name}:{self._argument(roles, name, value)}")
            elif isinstance(value, str) and _is_word(value) and name not in ("pack", "rule"):
                attributes.append((name.capitalize(), value))
            else:
                rest[name] = without_nulls(value)
        ident = self._id("E")
        self.lines.append(f"{ident}\t{' '.join(arguments)}")
        for name, value in attributes:
            self.lines.append(f"{self._id('A')}\t{name} {ident} {value}")
            targets, values = self.attributes.setdefault(name, (set(), set()))
            targets.add(kind)
            values.add(value)
        self.note(ident, rest)

    def _argument(self, roles: dict[str, set[str]], role: str, value: object) -> str:
        assert isinstance(value, Mapping)
        kind = str(value.get("kind") or role.capitalize())
        self.entity_types.add(kind)
        roles.setdefault(role, set()).add(kind)
        return self.span(kind, *_bounds(value), _extra(value, self.text, ("kind",)))


def _is_word(value: str) -> bool:
    return bool(value) and re.fullmatch(r"[\w\-]+", value) is not None


def _bounds(value: Mapping[str, object]) -> tuple[int, int]:
    start, end = value["start"], value["end"]
    if not isinstance(start, int) or not isinstance(end, int):
        raise InputError(f"offsets must be integers: {value!r}")
    return start, end


def _is_span(value: object, text: str) -> bool:
    """A JSON object with a non-empty span of ``text`` and the words in it (a T line can
    hold it; an event's sentence, offsets without words, goes in the event's note)."""
    if not isinstance(value, Mapping) or any(k not in value for k in (*_SPAN_KEYS, "text")):
        return False
    start, end = value["start"], value["end"]
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return False
    return 0 <= start < end <= len(text) and any(not c.isspace() for c in text[start:end])


def _is_actor_list(value: object, text: str) -> bool:
    return isinstance(value, list) and all(_is_span(a, text) for a in value)


def _extra(value: Mapping[str, object], text: str, written: Sequence[str]) -> dict[str, object]:
    """What the note of a span keeps: every key but the offsets, the kind (its T type) and
    the text when it is the text at the offsets."""
    start, end = _bounds(value)
    out = {}
    for key, item in value.items():
        if key in _SPAN_KEYS or key in written or item is None:
            continue
        if key == "text" and item == text[start:end]:
            continue
        out[key] = without_nulls(item)
    return out


def without_nulls(value: object) -> object:
    """JSON data without the null fields of its objects (what reading back gives)."""
    if isinstance(value, Mapping):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def _role(name: str, number: int) -> str:
    return name if number == 1 else f"{name}{number}"


def fragments(text: str, start: int, end: int) -> tuple[Fragment, ...]:
    """``start:end`` cut at line breaks, without the fragments that are only white space
    (brat's text-bound annotations do not cross lines)."""
    out: list[Fragment] = []
    position = start
    for line in text[start:end].split("\n"):
        first, last = position, position + len(line)
        while first < last and text[first].isspace():
            first += 1
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            out.append((first, last))
        position += len(line) + 1
    return tuple(out)


def document_ann(text: str, events: Iterable[EventData]) -> str:
    """The ``.ann`` file of one document."""
    ann = _Ann(text)
    for event in events:
        ann.event(event)
    return "".join(f"{line}\n" for line in ann.lines)


def id_to_path(doc_id: str) -> str:
    """A document id as a relative file path without suffix (``/`` makes folders)."""
    parts = []
    for part in doc_id.split("/"):
        safe = "".join(c if _SAFE.match(c) else _escape(c) for c in part)
        if safe in ("", ".", "..") or safe.startswith("."):
            safe = _escape(safe[:1] or "") + safe[1:] if safe else "%00"
        parts.append(safe)
    return "/".join(parts)


def _escape(character: str) -> str:
    return "".join(f"%{byte:02X}" for byte in character.encode("utf-8"))


def path_to_id(relative: str) -> str:
    """The document id of ``id_to_path``'s path."""
    if relative == "%00":
        return ""
    return re.sub(
        r"(?:%[0-9A-F]{2})+",
        lambda m: bytes.fromhex(m.group(0).replace("%", "")).decode("utf-8", "replace"),
        relative,
    ).replace("%00", "")


def write_collection(
    documents: Iterable[BratDocument | tuple[str, str, Sequence[EventData]]],
    folder: str | Path,
    *,
    force: bool = False,
) -> int:
    """Write each document as ``ID.txt`` and ``ID.ann`` under ``folder`` and the
    ``annotation.conf`` brat needs; the number of documents written. An existing ``.ann``
    is not overwritten without ``force`` (it may hold someone's corrections)."""
    root = Path(folder)
    merged = _Ann("")
    written = 0
    seen: set[str] = set()
    for item in documents:
        doc = (
            item
            if isinstance(item, BratDocument)
            else BratDocument(id=item[0], text=item[1], events=[dict(e) for e in item[2]])
        )
        relative = id_to_path(doc.id)
        if relative in seen:
            raise InputError(f"document id {doc.id!r} occurs twice")
        seen.add(relative)
        ann = _Ann(doc.text)
        for event in doc.events:
            ann.event(event)
        base = root / relative
        if not force and base.with_name(base.name + ".ann").exists():
            raise InputError(f"{base}.ann exists; pass --force to overwrite it")
        base.parent.mkdir(parents=True, exist_ok=True)
        with open(base.with_name(base.name + ".txt"), "w", encoding="utf-8", newline="") as out:
            out.write(doc.text)
        with open(base.with_name(base.name + ".ann"), "w", encoding="utf-8", newline="") as out:
            out.write("".join(f"{line}\n" for line in ann.lines))
        _merge(merged, ann)
        written += 1
    root.mkdir(parents=True, exist_ok=True)
    (root / "annotation.conf").write_text(annotation_conf(merged), encoding="utf-8")
    return written


def _merge(into: _Ann, ann: _Ann) -> None:
    into.entity_types |= ann.entity_types
    for kind, names in ann.many.items():
        into.many.setdefault(kind, set()).update(names)
    for kind, roles in ann.event_roles.items():
        mine = into.event_roles.setdefault(kind, {})
        for role, types in roles.items():
            mine.setdefault(role, set()).update(types)
    for name, (targets, values) in ann.attributes.items():
        have = into.attributes.setdefault(name, (set(), set()))
        have[0].update(targets)
        have[1].update(values)


def annotation_conf(ann: _Ann) -> str:
    """brat's annotation.conf declaring every type, role and attribute value used."""
    lines = ["# Written by eventkit export --format brat.", "[entities]"]
    lines += sorted(ann.entity_types)
    lines += ["", "[relations]", "", "[events]"]
    for kind in sorted(ann.event_roles):
        roles = ann.event_roles[kind]
        many = ann.many.get(kind, set())
        arguments = ", ".join(
            f"{r}{'*' if r in many else '?'}:{'|'.join(sorted(t))}"
            for r, t in sorted(roles.items())
        )
        lines.append(f"{kind}\t{arguments}" if arguments else kind)
    lines += ["", "[attributes]"]
    for name in sorted(ann.attributes):
        targets, values = ann.attributes[name]
        lines.append(f"{name}\tArg:{'|'.join(sorted(targets))}, Value:{'|'.join(sorted(values))}")
    return "\n".join(lines) + "\n"


# --- reading ------------------------------------------------------------------------------


def read_ann(
    ann: str, text: str, *, many: Mapping[str, set[str]] | None = None, where: str = ""
) -> list[dict[str, object]]:
    """The events of an ``.ann`` file (as ``document_ann`` writes it, or as brat saves it
    after editing) over ``text``; a malformed line is an ``InputError`` naming it.

    ``many``: the roles of each event type that hold a list (from annotation.conf,
    ``conf_lists``); a role numbered ``participants2`` is a list in any case."""
    spans: dict[str, tuple[str, int, int, str]] = {}
    events: dict[str, list[tuple[str, str]]] = {}
    attributes: dict[str, list[tuple[str, str]]] = {}
    notes: dict[str, dict[str, object]] = {}
    for number, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        at = f"{where}:{number}" if where else f"line {number}"
        try:
            ident, _, rest = line.partition("\t")
            if ident.startswith("T"):
                kind, _, covered = rest.partition("\t")
                name, _, places = kind.partition(" ")
                bounds = [tuple(map(int, p.split())) for p in places.split(";")]
                if any(len(b) != 2 for b in bounds):
                    raise ValueError("offsets are not START END pairs")
                spans[ident] = (name, bounds[0][0], bounds[-1][1], covered)
            elif ident.startswith("E"):
                events[ident] = [tuple(a.split(":", 1)) for a in rest.split()]  # type: ignore[misc]
                if any(len(a) != 2 for a in events[ident]):
                    raise ValueError("arguments are not ROLE:ID")
            elif ident.startswith(("A", "M")):
                name, target, *setting = rest.split()
                attributes.setdefault(target, []).append((name, setting[0] if setting else "true"))
            elif ident.startswith("#"):
                label, _, note = rest.partition("\t")
                kind, _, target = label.partition(" ")
                if kind == "AnnotatorNotes":
                    loaded = json.loads(note)
                    if not isinstance(loaded, dict):
                        raise ValueError("the note is not a JSON object")
                    notes[target] = loaded
            elif ident[:1] in ("R", "*", "N"):
                continue  # relations, equivalences, normalizations: not events
            else:
                raise ValueError(f"unknown annotation id {ident!r}")
        except (ValueError, KeyError, IndexError) as error:
            raise InputError(f"{at}: cannot read {line!r}: {error}") from error
    out = []
    for ident, arguments in events.items():
        kind, trigger_id = arguments[0]
        event: dict[str, object] = {
            _TYPE: kind,
            _TRIGGER: _span_data(spans, trigger_id, text, notes),
        }
        for role, target in arguments[1:]:
            field_name, numbered = _role_name(role)
            value = _span_data(spans, target, text, notes)
            previous = event.get(field_name)
            if numbered or field_name in (many or {}).get(kind, set()) or previous is not None:
                listed: list[object] = list(previous) if isinstance(previous, list) else []
                if isinstance(previous, dict):
                    listed.append(previous)
                listed.append(value)
                event[field_name] = listed
            else:
                event[field_name] = value
        for attribute, choice in attributes.get(ident, []):
            event[attribute.lower()] = choice
        event.update(notes.get(ident, {}))
        out.append(event)
    return out


def _role_name(role: str) -> tuple[str, bool]:
    found = _ROLE_NUMBER.match(role)
    if found and found.group(1):
        return found.group(1), True
    return role, False


def _span_data(
    spans: Mapping[str, tuple[str, int, int, str]],
    ident: str,
    text: str,
    notes: Mapping[str, Mapping[str, object]],
) -> dict[str, object]:
    if ident not in spans:
        raise InputError(f"an event refers to {ident}, which is not a text-bound annotation")
    kind, start, end, _ = spans[ident]
    data: dict[str, object] = {"text": text[start:end], "start": start, "end": end}
    if kind.isupper():  # an actor's kind: PER, ORG, LOC ...
        data["kind"] = kind
    data.update(notes.get(ident, {}))
    return data


def read_collection(folder: str | Path) -> Iterator[BratDocument]:
    """Every document of a brat collection: each ``.ann`` under ``folder`` with its
    ``.txt``, in the order of their paths."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{folder}: not a folder of brat .txt and .ann files")
    found = sorted(root.rglob("*.ann"))
    if not found:
        raise InputError(f"{folder}: no .ann files")
    conf = root / "annotation.conf"
    many = conf_lists(conf.read_text(encoding="utf-8")) if conf.is_file() else {}
    for ann_path in found:
        text_path = ann_path.with_suffix(".txt")
        try:
            with open(text_path, encoding="utf-8", newline="") as stream:
                text = stream.read()
            ann = ann_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"{text_path}: cannot read: {error}") from error
        relative = ann_path.relative_to(root).with_suffix("").as_posix()
        events = read_ann(ann, text, many=many, where=str(ann_path))
        yield BratDocument(id=path_to_id(relative), text=text, events=events)


def conf_lists(conf: str) -> dict[str, set[str]]:
    """The roles of each event type that annotation.conf allows more than once (``*``,
    ``+`` or ``{n-m}`` after the role)."""
    out: dict[str, set[str]] = {}
    section = ""
    for raw in conf.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("["):
            section = line.strip("[] ")
            continue
        if section != "events" or not line.strip() or line[:1].isspace():
            continue
        kind, _, arguments = line.partition("\t")
        for argument in arguments.split(","):
            role = argument.split(":", 1)[0].strip()
            found = re.match(r"^([^*+?{]+)(\*|\+|\{\d*-?\d*\})$", role)
            if found and found.group(2) != "{1}":
                out.setdefault(kind.strip(), set()).add(found.group(1))
    return out
