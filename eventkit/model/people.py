"""The people (and organizations, countries) of a document: one entry per actor.

Resolution already gives every actor the full name the document best knows it by ("К.-Ж.
Токаев" and "Он" both become "Касым-Жомарт Токаев"), so actors with the same resolved name and
kind are one entity. ``people_of`` gathers, for each, every mention in the text, the titles it
was given and the events it takes part in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import field, frozen

from eventkit.model.events import ActorKind, Event, Span


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _ints(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Person:
    """One participant of a document's events, however often and however it is named.

    ``mentions`` are the words at each event, in text order, each once ("Токаев", "Он",
    "К.-Ж. Токаев"); ``titles`` the positions it was given, in order of appearance;
    ``events`` the indices into ``Document.events`` of the events it takes part in.
    """

    name: str
    kind: ActorKind
    mentions: tuple[Span, ...] = field(converter=_spans, factory=tuple)
    titles: tuple[str, ...] = field(converter=_strings, factory=tuple)
    events: tuple[int, ...] = field(converter=_ints, factory=tuple)


def people_of(events: Sequence[Event]) -> tuple[Person, ...]:
    """The entities of ``events``, in order of their first mention."""
    mentions: dict[tuple[str, ActorKind], dict[Span, None]] = {}
    titles: dict[tuple[str, ActorKind], dict[str, None]] = {}
    taking_part: dict[tuple[str, ActorKind], dict[int, None]] = {}
    for index, event in enumerate(events):
        for actor in event.actors():
            key = (actor.name, actor.kind)
            span = Span(text=actor.text, start=actor.start, end=actor.end)
            mentions.setdefault(key, {})[span] = None
            titles.setdefault(key, {})
            if actor.title:
                titles[key][actor.title] = None
            taking_part.setdefault(key, {})[index] = None
    people = [
        Person(
            name=name,
            kind=kind,
            mentions=sorted(spans, key=_position),
            titles=titles[name, kind],
            events=taking_part[name, kind],
        )
        for (name, kind), spans in mentions.items()
    ]
    return tuple(sorted(people, key=lambda person: _position(person.mentions[0])))


def _position(span: Span) -> tuple[int, int]:
    return (span.start, span.end)
