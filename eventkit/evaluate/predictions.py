"""Predicted events as scoring reads them: the parts of a JSON-contract event it compares,
and which predictions a factRuEval gold can judge."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from attrs import frozen

from eventkit.errors import SerializationError
from eventkit.evaluate.gold import (
    Interval,
    JsonObject,
    Roles,
    error_reason,
    json_interval,
    offset,
    role_actors,
)
from eventkit.grammar.pronouns import NOMINATIVE_PRONOUNS
from eventkit.model.events import ACTOR_KINDS


@frozen(kw_only=True)
class PredictedActor:
    name: str
    span: Interval | None


@frozen(kw_only=True)
class PredictedEvent:
    type: str
    start: int
    end: int
    trigger: str
    sentence: Interval | None
    actors: tuple[PredictedActor, ...]
    content: Interval | None
    date_value: str | None
    place_name: str | None


def predicted_event(event: JsonObject, roles: Roles) -> PredictedEvent:
    """Read the parts of a JSON-contract event that scoring needs (extra keys are ignored);
    the actors of a type not in ``roles`` are not read."""
    kind = event["type"]
    if not isinstance(kind, str):
        raise TypeError(f"the event type is a {type(kind).__name__}, expected a string")
    trigger = event["trigger"]
    for role, value in event.items():
        for item in value if isinstance(value, list) else [value]:
            actor = isinstance(item, Mapping) and "name" in item and "kind" in item
            if actor and item["kind"] not in ACTOR_KINDS:
                raise ValueError(
                    f"{role}: actor kind {item['kind']!r:.60} is not one of "
                    f"{', '.join(ACTOR_KINDS)}"
                )
    found = role_actors(event, roles.get(kind, ()))
    actors = [
        PredictedActor(name=str(actor.get("name") or ""), span=json_interval(actor))
        for actor in found
    ]
    return PredictedEvent(
        type=kind,
        start=offset(trigger["start"]),
        end=offset(trigger["end"]),
        trigger=str(trigger.get("text", "")),
        sentence=json_interval(event.get("sentence")),
        actors=tuple(actors),
        content=json_interval(event.get("content")),
        date_value=(event.get("date") or {}).get("value"),
        place_name=(event.get("place") or {}).get("name"),
    )


def predicted_events(
    doc_id: str, events: Iterable[JsonObject], roles: Roles
) -> list[PredictedEvent]:
    """The predicted events of the scored types (the keys of ``roles``)."""
    out = []
    for number, event in enumerate(events, 1):
        try:
            parsed = predicted_event(event, roles)
        except (KeyError, TypeError, ValueError, ArithmeticError) as error:
            raise SerializationError(
                f"predicted document {doc_id}, event {number}: {error_reason(error)}"
            ) from error
        if parsed.type in roles:
            out.append(parsed)
    return out


def in_factru_scope(event: PredictedEvent) -> bool:
    """Two or more named participants: what a factRuEval Meeting fact can hold."""
    named = [
        a
        for a in event.actors
        if any(w[:1].isupper() and w.lower() not in NOMINATIVE_PRONOUNS for w in a.name.split())
    ]
    return len(named) >= 2
