"""Very long documents in blocks: bounded work per block, offsets of the whole document.

Document-level resolution (names, pronouns, aliases, datelines) compares every event with the
rest of the document, so its cost grows faster than the document. A document longer than
``MAX_BLOCK_CHARS`` (over three times the longest news item of the evaluation data) is therefore
extracted block by block, cut at line breaks where possible; ``shifted`` moves each block's
results to offsets of the whole document. The price: names and pronouns are resolved within
a block, and only the first block sees the dateline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import attrs

from eventkit.model.events import Actor, Event

MAX_BLOCK_CHARS = 30_000

T = TypeVar("T")
E = TypeVar("E", bound=Event)


def split_blocks(text: str, size: int = MAX_BLOCK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive blocks of at most ``size`` characters covering ``text``,
    each ending after a line break, else after a space, when one is in its second half."""
    blocks = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = text.rfind("\n", start + size // 2, limit) + 1
        if not end:
            end = text.rfind(" ", start + size // 2, limit) + 1
        if not end:
            end = limit
        blocks.append((start, end))
        start = end
    blocks.append((start, len(text)))
    return blocks


def shifted(value: T, offset: int) -> T:
    """``value`` with every ``start`` and ``end`` of it and of the attrs objects inside it
    moved by ``offset`` (events, spans, actors, errors)."""
    if not offset:
        return value
    if attrs.has(type(value)):
        changes: dict[str, object] = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            item = getattr(value, field.name)
            if field.name in ("start", "end") and isinstance(item, int):
                changes[field.name] = item + offset
            elif attrs.has(type(item)) or isinstance(item, tuple | list):
                changes[field.name] = shifted(item, offset)
        found: T = attrs.evolve(value, **changes)  # type: ignore[misc]
        return found
    if isinstance(value, tuple | list):
        return type(value)(shifted(item, offset) for item in value)
    return value


def renumbered(event: E, indices: Sequence[int]) -> E:
    """``event`` with each actor's ``entity`` (an index into its block's entities) turned
    into the index ``indices`` gives it among the whole document's."""
    # Keyed by the event type's own field names, known only at run time.
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            changes[field.name] = _renumbered(value, indices)
        elif isinstance(value, tuple) and any(isinstance(a, Actor) for a in value):
            changes[field.name] = tuple(
                _renumbered(a, indices) if isinstance(a, Actor) else a for a in value
            )
    return attrs.evolve(event, **changes) if changes else event


def _renumbered(actor: Actor, indices: Sequence[int]) -> Actor:
    if actor.entity is None or not 0 <= actor.entity < len(indices):
        return attrs.evolve(actor, entity=None)
    return attrs.evolve(actor, entity=indices[actor.entity])
