"""Converters for the attrs fields of a pack's own event class."""

from __future__ import annotations

from collections.abc import Iterable

from eventkit.model.events import Actor


def actor_tuple(items: Iterable[Actor]) -> tuple[Actor, ...]:
    """A field holding several actors, given as any iterable, kept as a tuple (events are
    frozen and hashable): ``parties: tuple[Actor, ...] = field(converter=actor_tuple,
    factory=tuple)``."""
    return tuple(items)
