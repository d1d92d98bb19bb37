"""JSON Schema of the JSON contract, generated from the attrs classes.

``json_schema(event_types)`` describes one line of ``eventkit extract --format jsonl`` (a
document with its events and errors) for the given event types: the built-in ones plus
whatever packs contribute (``Extractor.converter.event_types``). ``eventkit schema``
prints it for the installed packs.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import attrs

from eventkit.model.entities import Entity
from eventkit.model.events import BUILTIN_EVENT_TYPES, Actor, Event, ExtractionError

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Keys the converter leaves out when they are empty or None: (class, field).
_OPTIONAL_KEYS: tuple[tuple[type, str], ...] = ((Event, "provenance"), (Actor, "entity"))


def json_schema(event_types: Iterable[type[Event]] = BUILTIN_EVENT_TYPES) -> dict[str, Any]:
    """The schema of a document line for ``event_types``."""
    builder = _Builder()
    events = [builder.event(cls) for cls in event_types]
    error = builder.ref(ExtractionError, omit_none=True)
    entity = builder.ref(Entity)
    return {
        "$schema": DRAFT,
        "title": "eventkit document",
        "type": "object",
        "required": ["id", "events", "errors"],
        "properties": {
            "id": {"type": "string"},
            "text": {"type": "string"},
            "events": {"type": "array", "items": {"oneOf": events}},
            "errors": {"type": "array", "items": error},
            # absent from lines written before entities existed
            "entities": {"type": "array", "items": entity},
        },
        "additionalProperties": False,
        "$defs": builder.defs,
    }


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def event(self, cls: type[Event]) -> dict[str, Any]:
        schema = self._object(cls, omit_none=False)
        schema["properties"] = {"type": {"const": cls.type}, **schema["properties"]}
        schema["required"] = ["type", *schema["required"]]
        schema["title"] = cls.type
        self.defs[cls.type] = schema
        return {"$ref": f"#/$defs/{cls.type}"}

    def ref(self, cls: type[Any], *, omit_none: bool = False) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self._object(cls, omit_none=omit_none)
        return {"$ref": f"#/$defs/{name}"}

    def _object(self, cls: type[Any], *, omit_none: bool) -> dict[str, Any]:
        hints = get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            properties[field.name] = self.type_schema(hints[field.name])
            optional = any(
                issubclass(cls, owner) and field.name == name for owner, name in _OPTIONAL_KEYS
            ) or (omit_none and field.default is not attrs.NOTHING)
            if not optional:
                required.append(field.name)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if cls.__doc__:
            schema["description"] = " ".join(cls.__doc__.split())
        return schema

    def type_schema(self, hint: object) -> dict[str, Any]:
        origin = get_origin(hint)
        if hint is type(None):
            return {"type": "null"}
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if origin is Literal:
            return {"enum": list(get_args(hint))}
        if origin in (Union, types.UnionType):
            return {"anyOf": [self.type_schema(arg) for arg in get_args(hint)]}
        if origin in (tuple, list):
            args = [a for a in get_args(hint) if a is not Ellipsis]
            return {"type": "array", "items": self.type_schema(args[0]) if args else {}}
        if origin is dict:
            return {"type": "object"}
        if isinstance(hint, type) and attrs.has(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")
