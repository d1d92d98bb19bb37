"""The built-in plugin: the three core event types."""

from __future__ import annotations

from collections.abc import Sequence

from eventkit.engine.hookspecs import hookimpl
from eventkit.model.events import BUILTIN_EVENT_TYPES, Event


@hookimpl
def eventkit_event_types() -> Sequence[type[Event]]:
    return BUILTIN_EVENT_TYPES
