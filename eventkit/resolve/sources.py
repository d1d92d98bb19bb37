"""An outlet's unnamed source that is the speaker just told: "Как заявил представитель
министерства, … — подчеркнул источник издания" is the same representative again. A bare
"источник" (or "источник издания"/"источник агентства") is that speaker only when the
statement right before it (in its sentence or the two before) was told by one unnamed
person described by office; after a named speaker, a plural one or none, the source stays
a source of its own."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from eventkit.model.events import Actor, Event
from eventkit.resolve.documents import statements_within
from eventkit.resolve.organizations import OUTLET_WORDS
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph

_SOURCE = "источник"
# How many sentences back the statement the source repeats may be told.
_REACH = 2


def source_repeated(actor: Actor, people: PeopleIndex, earlier: Sequence[Event]) -> Actor | None:
    """The unnamed speaker ``actor`` (a bare source) stands for, or None."""
    if not _bare_source(actor):
        return None
    for event in statements_within(actor.start, people, earlier, _REACH):
        speaker = event.speaker
        if speaker.start == actor.start or not _described_official(speaker):
            return None
        return evolve(actor, name=speaker.name, kind=speaker.kind, title=speaker.title)
    return None


def _bare_source(actor: Actor) -> bool:
    """ "источник", "источник издания": one source, of no place and no named outlet."""
    words = actor.name.split()
    if actor.kind != "PER" or not 1 <= len(words) <= 2 or not words[0].startswith(_SOURCE):
        return False
    morph = get_morph()
    if _SOURCE not in morph.lemmas(words[0]) or not morph.is_singular_noun(words[0]):
        return False
    return len(words) == 1 or bool(words[1].islower() and morph.lemmas(words[1]) & OUTLET_WORDS)


def _described_official(speaker: Actor) -> bool:
    """ "пресс-секретарь губернатора", "представитель ведомства": one person the story
    described by office and did not name; a pronoun ("он") has no noun, and a source
    repeats nobody."""
    words = speaker.name.split()
    if speaker.kind != "PER" or not words or not speaker.name[:1].islower():
        return False
    if _bare_source(speaker):
        return False
    morph = get_morph()
    head = next((w for w in words if morph.is_noun(w)), None)  # the first noun
    if head is None:
        return False
    return morph.is_singular_noun(head) and _SOURCE not in morph.lemmas(head)
