"""The entities of a document: every person, organization and place it mentions, once.

An ``Entity`` gathers every mention of one referent: its full name, short names and
initials, the titles and descriptions that stand for it, the pronouns. ``Document.entities``
holds them in order of first mention; an event's ``Actor.entity`` is an index into it, and the
actor's ``name`` is the entity's ``name``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import field, frozen, validators

from eventkit.model.events import ACTOR_KINDS, ActorKind, Span


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Entity:
    """One person, organization or place of a document, however often and however named.

    ``name`` is the fullest form the document gives, in the nominative; ``mentions`` every
    place the document refers to it (names, initials, titles, descriptions, pronouns), in text
    order; ``titles`` the positions it was given, in order of appearance. ``named`` is false
    for a description, title or pronoun the document never ties to a name ("агентство",
    "министр", "она" with nobody named before): it stays its own entity rather than a guess.
    """

    name: str
    kind: ActorKind = field(validator=validators.in_(ACTOR_KINDS))
    mentions: tuple[Span, ...] = field(converter=_spans, factory=tuple)
    titles: tuple[str, ...] = field(converter=_strings, factory=tuple)
    named: bool = True


def joined_entities(
    parts: Sequence[Sequence[Entity]],
) -> tuple[tuple[Entity, ...], list[list[int]]]:
    """The entities of several parts of one document (the blocks of a long one) as one
    tuple: entities with the same name, kind and ``named`` become one, their mentions in text
    order. Returns that tuple and, for each part, the new index of each of its entities."""
    joined: dict[tuple[str, str, bool], int] = {}
    first: list[Entity] = []
    mentions: list[dict[Span, None]] = []
    titles: list[dict[str, None]] = []
    indices: list[list[int]] = []
    for part in parts:
        indices.append([])
        for entity in part:
            key = (entity.name, entity.kind, entity.named)
            index = joined.get(key)
            if index is None:
                index = joined[key] = len(first)
                first.append(entity)
                mentions.append({})
                titles.append({})
            mentions[index].update(dict.fromkeys(entity.mentions))
            titles[index].update(dict.fromkeys(entity.titles))
            indices[-1].append(index)
    out = tuple(
        Entity(
            name=entity.name,
            kind=entity.kind,
            mentions=sorted(mentions[i], key=lambda s: (s.start, s.end)),
            titles=titles[i],
            named=entity.named,
        )
        for i, entity in enumerate(first)
    )
    return out, indices
