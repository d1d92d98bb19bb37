"""One cattrs converter: events and documents to the JSON contract and back.

The converter is built for a set of event types (the built-in ones plus whatever packs
contributed through ``eventkit_event_types``); the ``type`` key selects the class.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs
from cattrs import transform_error
from cattrs.errors import ClassValidationError
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter, make_converter

from eventkit.errors import SerializationError
from eventkit.model.entities import Entity
from eventkit.model.events import BUILTIN_EVENT_TYPES, Actor, Document, Event, ExtractionError

T = TypeVar("T")


class EventConverter:
    """Turns events and documents into plain JSON-ready dicts and back."""

    def __init__(self, event_types: Iterable[type[Event]] = BUILTIN_EVENT_TYPES) -> None:
        self._types: dict[str, type[Event]] = {}
        for cls in event_types:
            attrs.resolve_types(cls)
            self._types[cls.type] = cls
        self._converter: JsonConverter = make_converter()
        # Exact-class predicates: a hook registered for Event would also catch Meeting &c.
        self._converter.register_unstructure_hook_func(
            lambda cls: isinstance(cls, type) and issubclass(cls, Event), self._unstructure_event
        )
        self._converter.register_structure_hook_func(
            lambda cls: cls is Event, self._structure_event
        )
        for cls in self._types.values():
            self._converter.register_structure_hook(
                cls, make_dict_structure_fn(cls, self._converter)
            )
        self._converter.register_unstructure_hook(Actor, self._unstructure_actor)

    @property
    def event_types(self) -> Mapping[str, type[Event]]:
        return dict(self._types)

    def _unstructure_event(self, event: Event) -> dict[str, Any]:
        body = {
            f.name: self._converter.unstructure(getattr(event, f.name))
            for f in attrs.fields(type(event))
        }
        if not body.get("provenance"):
            # Optional in the JSON contract: present only when several packs reported the event.
            body.pop("provenance", None)
        return {"type": type(event).type, **body}

    def _unstructure_actor(self, actor: Actor) -> dict[str, Any]:
        body = {f.name: getattr(actor, f.name) for f in attrs.fields(Actor)}
        if body["entity"] is None:
            # Optional in the JSON contract: an actor made after resolution has no entity.
            del body["entity"]
        return body

    def _structure_event(self, data: object, _cls: type[Event]) -> Event:
        if not isinstance(data, Mapping) or "type" not in data:
            raise SerializationError("an event must be a JSON object with a 'type' key")
        name = data["type"]
        cls = self._types.get(name)
        if cls is None:
            known = ", ".join(sorted(self._types))
            raise SerializationError(f"unknown event type {name!r}; known types: {known}")
        body = {k: v for k, v in data.items() if k != "type"}
        event: Event = self._structure(body, cls)
        return event

    def _structure(self, data: object, cls: type[T]) -> T:
        try:
            return self._converter.structure(data, cls)
        except ClassValidationError as error:
            details = "; ".join(transform_error(error))
            raise SerializationError(f"invalid {cls.__name__}: {details}") from error

    def event_to_dict(self, event: Event) -> dict[str, Any]:
        return self._unstructure_event(event)

    def event_from_dict(self, data: Mapping[str, Any]) -> Event:
        return self._structure_event(data, Event)

    def document_to_dict(self, document: Document, *, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": document.id}
        if with_text:
            out["text"] = document.text
        out["events"] = [self._unstructure_event(e) for e in document.events]
        out["errors"] = [
            {k: v for k, v in attrs.asdict(e).items() if v is not None} for e in document.errors
        ]
        if document.entities:
            # Optional in the JSON contract, as "provenance" is: absent when there are none.
            out["entities"] = [self._converter.unstructure(e) for e in document.entities]
        return out

    def document_from_dict(self, data: Mapping[str, Any], text: str = "") -> Document:
        events = [self.event_from_dict(e) for e in data.get("events", [])]
        errors = [self._structure(e, ExtractionError) for e in data.get("errors", [])]
        # Lines written before entities existed have no "entities" key.
        entities = [self._structure(e, Entity) for e in data.get("entities", [])]
        return Document(
            id=str(data.get("id", "")),
            text=str(data.get("text", text)),
            events=events,
            errors=errors,
            entities=entities,
        )

    def dumps(self, document: Document) -> str:
        """One JSON Lines line (without the newline) for a document."""
        return json.dumps(self.document_to_dict(document), ensure_ascii=False)


_default: EventConverter | None = None


def default_converter() -> EventConverter:
    """A converter for the built-in event types (packs' types: use ``Extractor.converter``)."""
    global _default
    if _default is None:
        _default = EventConverter()
    return _default


def event_to_dict(event: Event) -> dict[str, Any]:
    return default_converter().event_to_dict(event)


def document_to_dict(document: Document, *, with_text: bool = False) -> dict[str, Any]:
    return default_converter().document_to_dict(document, with_text=with_text)
