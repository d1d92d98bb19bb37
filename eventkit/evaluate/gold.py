"""Gold annotations: what is scored of them, and reading them from JSON lines.

Two gold formats are read, detected from their content:

* ``"wikinews"`` -- the project's own annotation (``data/EVENT-GUIDELINES.md``): lines
  ``{"id", "events"}`` with trigger spans and actors carrying a ``key``; the texts live in a
  separate ``{"id", "text"}`` file.
* ``"factru"`` -- factRuEval-2016 facts as converted by ``tools/factru_to_jsonl.py``: lines
  ``{"id", "text", "events"}`` whose events have ``fields``. Only Meeting facts are events of
  ours, so only Meetings are scored.

Which types are scored: for wikinews gold, the types of its guidelines (the built-in ones) and
any other type the file annotates (a pack's own, such as the deals pack's ``Deal``); predicted
events of other types are left out. An event's actors are read from the fields its class names
in ``roles`` (what ``Event.actors()`` returns), so no event type is special to scoring.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from attrs import frozen

from eventkit.errors import SerializationError
from eventkit.model.events import BUILTIN_EVENT_TYPES, Event

GoldFormat = Literal["wikinews", "factru"]


FACTRU_TYPES: tuple[str, ...] = ("Meeting",)


Interval = tuple[int, int]
# A JSON object as read from a gold or prediction line: its shape is checked as it is read
# (a missing key or a wrong type is a KeyError or TypeError, reported with the line).
JsonObject = Mapping[str, Any]


# Event type name -> the fields holding its actors (``Event.roles``).
Roles = Mapping[str, tuple[str, ...]]


def roles_of(event_types: Iterable[type[Event]]) -> dict[str, tuple[str, ...]]:
    """The actor fields of each event type, by type name."""
    return {cls.type: cls.roles for cls in event_types}


@frozen(kw_only=True)
class GoldActor:
    """A gold participant, speaker or party.

    Wikinews actors are found through ``key``; factRuEval chains through ``mentions`` (every
    mention of the chain) and ``surnames``.
    """

    name: str
    key: str | None = None
    surnames: tuple[str, ...] = ()
    mentions: tuple[Interval, ...] = ()


@frozen(kw_only=True)
class GoldEvent:
    """A gold event reduced to what is scored.

    ``start``/``end`` are the trigger, or for factRuEval (``anchored``) the anchor region.
    """

    type: str
    start: int
    end: int
    trigger: str
    anchored: bool = False
    actors: tuple[GoldActor, ...] = ()
    content: Interval | None = None
    date_value: str | None = None
    place_name: str | None = None


@frozen(kw_only=True)
class GoldDocument:
    id: str
    text: str | None
    events: tuple[GoldEvent, ...] = ()


@frozen(kw_only=True)
class GoldSet:
    """The parsed gold file: its format, its documents, the event types it annotates (the
    scored ones) and the actor fields of each (``roles``)."""

    format: GoldFormat
    documents: tuple[GoldDocument, ...]
    event_types: tuple[str, ...]
    roles: Mapping[str, tuple[str, ...]]


def detect_format(records: Sequence[JsonObject]) -> GoldFormat:
    """Tell factRuEval lines (texts inside, events with ``fields``) from wikinews gold lines."""
    for record in records:
        for event in record.get("events") or ():
            if isinstance(event, Mapping):
                if "fields" in event:
                    return "factru"
                if "trigger" in event:
                    return "wikinews"
    # No events anywhere: fall back on the converter's provenance mark.
    for record in records:
        if str(record.get("source", "")).startswith("factRuEval"):
            return "factru"
    return "wikinews"


def parse_gold(
    records: Iterable[JsonObject],
    texts: Mapping[str, str] | None = None,
    *,
    gold_format: GoldFormat | None = None,
    event_types: Iterable[type[Event]] = BUILTIN_EVENT_TYPES,
) -> GoldSet:
    """Build a ``GoldSet`` from gold lines already parsed from JSON.

    ``texts`` supplies texts the lines do not hold themselves (the wikinews format).
    ``event_types`` are the classes the gold's types are looked up in (for their roles); a
    wikinews gold event of a type not among them is an error.
    """
    records = list(records)
    fmt = gold_format or detect_format(records)
    roles = roles_of(event_types)
    documents = []
    seen: set[str] = set()
    for index, record in enumerate(records, 1):
        doc_id = str(record.get("id", ""))
        where = f"gold document {doc_id or '#' + str(index)}"
        if not doc_id:
            raise SerializationError(f"{where}: no 'id'")
        if doc_id in seen:
            raise SerializationError(f"{where}: the id occurs twice")
        seen.add(doc_id)
        text = record.get("text")
        if not isinstance(text, str):
            text = texts.get(doc_id) if texts is not None else None
        events = []
        for number, event in enumerate(record.get("events") or (), 1):
            try:
                factru = fmt == "factru"
                parsed = _factru_event(event) if factru else _wikinews_event(event, roles)
            except (KeyError, TypeError, ValueError, ArithmeticError) as error:
                raise SerializationError(
                    f"{where}, event {number}: {error_reason(error)}"
                ) from error
            if parsed is not None:
                events.append(parsed)
        documents.append(GoldDocument(id=doc_id, text=text, events=tuple(events)))
    if fmt == "factru":
        scored = FACTRU_TYPES
    else:
        # The guidelines' types, then whatever other type the file annotates.
        found = [e.type for d in documents for e in d.events]
        scored = tuple(dict.fromkeys([c.type for c in BUILTIN_EVENT_TYPES] + found))
    return GoldSet(
        format=fmt,
        documents=tuple(documents),
        event_types=scored,
        roles={t: roles.get(t, ()) for t in scored},
    )


def error_reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing key {error.args[0]!r}"
    return str(error) or type(error).__name__


def json_interval(value: object) -> Interval | None:
    if not isinstance(value, Mapping) or "start" not in value or "end" not in value:
        return None
    return offset(value["start"]), offset(value["end"])


# No text is longer: an offset beyond is a broken record, not a position.
MAX_OFFSET = 2**31


def offset(value: object) -> int:
    """A character offset read from JSON: an integer from 0 to ``MAX_OFFSET``, nothing else
    (not 1e999, not "3", not -1)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"an offset is {type(value).__name__} {value!r:.40}, expected an integer")
    if not 0 <= value <= MAX_OFFSET:
        shown = str(value) if len(str(value)) <= 20 else str(value)[:12] + "..."
        raise ValueError(f"an offset is {shown}, outside 0..{MAX_OFFSET}")
    return value


def _wikinews_event(event: JsonObject, roles: Roles) -> GoldEvent:
    kind = str(event["type"])
    if kind not in roles:
        known = ", ".join(sorted(roles))
        raise ValueError(
            f"unknown event type {kind!r} (known: {known}); install the pack that defines it"
        )
    trigger = event["trigger"]
    actors = [
        GoldActor(name=str(a["name"]), key=a.get("key")) for a in role_actors(event, roles[kind])
    ]
    content = json_interval(event.get("content"))
    return GoldEvent(
        type=kind,
        start=offset(trigger["start"]),
        end=offset(trigger["end"]),
        trigger=str(trigger.get("text", "")),
        actors=tuple(actors),
        content=content if content is not None and content[1] > content[0] else None,
        date_value=(event.get("date") or {}).get("value"),
        place_name=(event.get("place") or {}).get("name"),
    )


def _factru_event(event: JsonObject) -> GoldEvent | None:
    if event["type"] != "Meeting":
        return None
    anchor = event["anchor"]
    actors = []
    for chain in event["fields"].get("participant", ()):
        attrs = chain.get("entity_attrs") or {}
        surnames = [s for s in attrs.get("lastname", ()) if s]
        normal = str(chain.get("normal") or chain.get("text", ""))
        if not surnames and normal.split():
            # The corpus writes "Surname Firstname"; organisations have one name anyway.
            surnames = [normal.split()[0]]
        mentions = [(int(m["start"]), int(m["end"])) for m in chain.get("mentions", ())]
        if not mentions:
            mentions = [(int(chain["start"]), int(chain["end"]))]
        actors.append(GoldActor(name=normal, surnames=tuple(surnames), mentions=tuple(mentions)))
    start, end = int(anchor["start"]), int(anchor["end"])
    return GoldEvent(
        type="Meeting", start=start, end=end, trigger="", anchored=True, actors=tuple(actors)
    )


def role_actors(event: JsonObject, roles: Sequence[str]) -> list[JsonObject]:
    """The actors in an event's JSON: each role holds one actor, null or a list of actors."""
    found: list[JsonObject] = []
    for role in roles:
        value = event.get(role)
        if isinstance(value, Mapping):
            found.append(value)
        elif isinstance(value, list | tuple):
            found.extend(a for a in value if isinstance(a, Mapping))
    return found
