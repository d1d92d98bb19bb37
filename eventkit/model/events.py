"""The typed results of extraction: spans, actors, dates, places and the events themselves.

Every class is frozen and keyword-only; the field names are exactly the keys of the JSON
contract (docs/events.md), so the cattrs converter in ``serialize`` needs no renaming.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import field, frozen, validators

if TYPE_CHECKING:
    from eventkit.model.entities import Entity
    from eventkit.model.people import Person

ActorKind = Literal["PER", "ORG", "GPE"]
Modality = Literal["asserted", "planned", "negated", "hypothetical"]
Speech = Literal["direct", "indirect"]
AgreementStatus = Literal["signed", "reached", "announced", "planned", "terminated"]

MODALITIES: tuple[Modality, ...] = ("asserted", "planned", "negated", "hypothetical")
ACTOR_KINDS: tuple[ActorKind, ...] = ("PER", "ORG", "GPE")
AGREEMENT_STATUSES: tuple[AgreementStatus, ...] = (
    "signed",
    "reached",
    "announced",
    "planned",
    "terminated",
)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _errors(items: Iterable[ExtractionError]) -> tuple[ExtractionError, ...]:
    return tuple(items)


def _entities(items: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(items)


def offsets_ordered(instance: object, _attribute: object, end: int) -> None:
    """attrs validator for ``end``: offsets satisfy 0 <= start <= end (for any span-like
    class, including packs' own)."""
    start = getattr(instance, "start")  # noqa: B009 - shared by several classes
    if not 0 <= start <= end:
        raise ValueError(f"offsets must satisfy 0 <= start <= end, got {start}..{end}")


@frozen(kw_only=True)
class Span:
    """A piece of the input text: ``text == document[start:end]``."""

    text: str
    start: int
    end: int = field(validator=offsets_ordered)


@frozen(kw_only=True)
class SentenceSpan:
    """The sentence an event was found in, as offsets into the input text."""

    start: int
    end: int = field(validator=offsets_ordered)


@frozen(kw_only=True)
class Actor:
    """A participant, speaker or party.

    ``name`` is the full name in the nominative case as the document best gives it; ``text``
    and the offsets are the words at the event itself (a pronoun, an initial, an inflected form).
    ``entity`` is the index into ``Document.entities`` of the entity the actor stands for
    (whose ``name`` is the actor's), or None (an actor made after resolution, e.g. by a
    postprocess hook, or read from JSON written before entities existed).
    """

    name: str
    text: str
    start: int
    end: int = field(validator=offsets_ordered)
    kind: ActorKind = field(validator=validators.in_(ACTOR_KINDS))
    title: str | None = None
    entity: int | None = None


@frozen(kw_only=True)
class DateValue:
    """A date as written, with its ISO 8601 value ("2016-03-30", "2016-03", "2016", "--03-03")."""

    text: str
    start: int
    end: int = field(validator=offsets_ordered)
    value: str | None = None


@frozen(kw_only=True)
class Place:
    """A city, country or venue; ``name`` in the nominative case."""

    name: str
    text: str
    start: int
    end: int = field(validator=offsets_ordered)


@frozen(kw_only=True)
class Source:
    """One rule pack and rule that reported an event."""

    pack: str
    rule: str


def _sources(items: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(items)


@frozen(kw_only=True)
class Event:
    """Fields every event has. Subclasses set ``type`` and add their roles.

    ``provenance`` is empty when one pack reported the event (``pack`` and ``rule`` say
    which); when several packs reported it, one event is kept and ``provenance`` lists every
    pack and rule that did, the kept one first.
    """

    type: ClassVar[str] = "Event"
    roles: ClassVar[tuple[str, ...]] = ()
    """The fields that hold the event's actors, each an ``Actor``, ``None`` or a tuple of
    actors. ``actors()`` reads them from an event, scoring from the event's JSON."""

    trigger: Span
    sentence: SentenceSpan
    modality: Modality = field(default="asserted", validator=validators.in_(MODALITIES))
    date: DateValue | None = None
    place: Place | None = None
    pack: str = ""
    rule: str = ""
    provenance: tuple[Source, ...] = field(converter=_sources, factory=tuple)

    def actors(self) -> tuple[Actor, ...]:
        """Every actor of the event, whatever its role (used by resolution, rendering and
        scoring): the actors in the ``roles`` fields, in that order."""
        found: list[Actor] = []
        for role in self.roles:
            value = getattr(self, role)
            if isinstance(value, Actor):
                found.append(value)
            elif value is not None:
                found.extend(value)
        return tuple(found)

    def to_dict(self) -> dict[str, Any]:
        """The event as in the JSON contract, ``type`` included (``attrs.asdict`` leaves
        ``type`` out: it is a class attribute, not a field)."""
        from eventkit.model.serialize import event_to_dict

        return event_to_dict(self)


@frozen(kw_only=True)
class Meeting(Event):
    """A meeting, talks, negotiations, a visit with talks or a phone call."""

    type: ClassVar[str] = "Meeting"
    roles: ClassVar[tuple[str, ...]] = ("participants",)

    participants: tuple[Actor, ...] = field(converter=_actors, factory=tuple)


@frozen(kw_only=True)
class Statement(Event):
    """A speech act: who said what, directly (a quote) or indirectly (a clause)."""

    type: ClassVar[str] = "Statement"
    roles: ClassVar[tuple[str, ...]] = ("speaker",)

    speaker: Actor
    content: Span
    speech: Speech = field(default="indirect", validator=validators.in_(("direct", "indirect")))


@frozen(kw_only=True)
class Agreement(Event):
    """Parties reached, signed, extended or announced an agreement."""

    type: ClassVar[str] = "Agreement"
    roles: ClassVar[tuple[str, ...]] = ("parties",)

    parties: tuple[Actor, ...] = field(converter=_actors, factory=tuple)
    subject: Span | None = None
    status: AgreementStatus = field(default="signed", validator=validators.in_(AGREEMENT_STATUSES))


@frozen(kw_only=True)
class ExtractionError:
    """Something that went wrong for one document without stopping the others.

    ``kind`` says what: "pack" (a pack's grammar or interpretation raised, or returned an
    invalid event), "budget" (a sentence was skipped or cut because it would cost too
    much), "input" (the document itself), "postprocess" (an ``eventkit_postprocess`` hook
    failed), "timeout" (the document went over its time limit), "worker" (extracting it
    killed the worker process), "internal" (an unexpected failure for this document, which
    the batch survives).
    """

    pack: str
    message: str
    kind: str = "pack"
    rule: str | None = None
    start: int | None = None
    end: int | None = None


@frozen(kw_only=True)
class Document:
    """One input document with the events found in it, sorted by position, and the
    entities it mentions (``eventkit.model.entities.Entity``), in order of first mention."""

    id: str
    text: str
    events: tuple[Event, ...] = field(converter=_events, factory=tuple)
    errors: tuple[ExtractionError, ...] = field(converter=_errors, factory=tuple)
    entities: tuple[Entity, ...] = field(converter=_entities, factory=tuple)

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """The document as one line of the JSON contract (docs/events.md), as a dict."""
        from eventkit.model.serialize import document_to_dict

        return document_to_dict(self, with_text=with_text)

    def to_json(self, *, with_text: bool = False, indent: int | None = None) -> str:
        """The document as JSON text (``ensure_ascii=False``: Cyrillic stays readable)."""
        return json.dumps(self.to_dict(with_text=with_text), ensure_ascii=False, indent=indent)

    def events_of(self, *types: type[E]) -> tuple[E, ...]:
        """The events of the given classes (and their subclasses), in document order:
        ``document.events_of(Meeting)``."""
        if not types:
            raise TypeError("events_of() needs at least one event class, e.g. Meeting")
        for cls in types:
            if not (isinstance(cls, type) and issubclass(cls, Event)):
                raise TypeError(f"events_of() takes event classes, got {cls!r}")
        return tuple(event for event in self.events if isinstance(event, types))

    @property
    def people(self) -> tuple[Person, ...]:
        """One entry per person (organization, country) taking part in the events, with
        the words at its events, its titles and events: see ``eventkit.people.Person``.
        Computed from the events (not part of the JSON contract): a view of the actors,
        where ``entities`` is every entity of the document with every mention."""
        from eventkit.model.people import people_of

        return people_of(self.events)

    def entity_of(self, actor: Actor) -> Entity | None:
        """The entity ``actor`` stands for (``actor.entity`` as an entry of ``entities``);
        None when the actor has no entity or its index is not one of this document's."""
        index = actor.entity
        if index is None or not 0 <= index < len(self.entities):
            return None
        return self.entities[index]

    def people_in(self, event: Event) -> tuple[Person, ...]:
        """The entries of ``people`` for the actors of ``event``, in the event's order."""
        by_key = {(person.name, person.kind): person for person in self.people}
        return tuple(dict.fromkeys(by_key[a.name, a.kind] for a in event.actors()))

    def _repr_html_(self) -> str:
        from eventkit.views.render import document_html

        return document_html(self, standalone=False)


E = TypeVar("E", bound=Event)

BUILTIN_EVENT_TYPES: tuple[type[Event], ...] = (Meeting, Statement, Agreement)
