"""First-person actors ("я встречался с ним", "мне позвонил") -> the person whose own words
hold them: the speaker of the direct statement whose words they stand in (its content, the
quotation that content opens, or the paragraph a colon and a line break opened for it). An
"я" the document quotes nobody for names nobody: it leaves its event, and an event it was
the only actor of goes with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from attrs import evolve

from eventkit.grammar.pronouns import FIRST_PERSON_FORMS
from eventkit.model.events import Actor, Event, Span
from eventkit.resolve.people_index import PeopleIndex


def is_first_person(actor: Actor) -> bool:
    return actor.kind == "PER" and actor.text.lower() in FIRST_PERSON_FORMS


def speaking_for_themselves(events: Sequence[Event], people: PeopleIndex) -> list[Event]:
    """``events`` with each first-person actor replaced by the one quoted (see the module)."""
    if not any(is_first_person(a) for e in events for a in e.actors()):
        return list(events)
    voices = _voices(events, people)
    out = []
    for event in events:
        changed = _with_speakers(event, voices)
        if changed is not None:
            out.append(changed)
    return out


_Voice = tuple[int, int, Actor]  # the words' start and end, and whose words they are


def _voices(events: Sequence[Event], people: PeopleIndex) -> list[_Voice]:
    """Each direct statement's words and its speaker, a person named who stands outside
    them; the words reach to the end of the quotation the content opens and, after a
    colon ending the verb's line ("сказал:\nПереживания …"), to the end of the next
    paragraph."""
    found = []
    for event in events:
        content = getattr(event, "content", None)
        speaker = getattr(event, "speaker", None)
        if getattr(event, "speech", None) != "direct":
            continue
        if not isinstance(content, Span) or not isinstance(speaker, Actor):
            continue
        if content.start <= speaker.start < content.end or speaker.kind != "PER":
            continue
        if is_first_person(speaker) or not speaker.name[:1].isupper():
            continue
        start, end = content.start, content.end
        for lo, hi in people.quotations_between(start, end):
            if lo <= start < hi:
                end = max(end, hi)
        line = people.between(event.trigger.end, event.trigger.end + 500).split("\n")
        if len(line) > 1 and line[0].rstrip().endswith(":") and speaker.start < start:
            # "… сказал после матча:\nПереживания? … я говорил …": the next paragraph
            opened = event.trigger.end + len(line[0]) + 1
            following = people.between(opened, opened + 5000)
            rest = following.lstrip("\n")
            line_end = rest.find("\n")
            paragraph = len(rest) if line_end < 0 else line_end
            end = max(end, opened + len(following) - len(rest) + paragraph)
        found.append((start, end, speaker))
    return found


def _with_speakers(event: Event, voices: Sequence[_Voice]) -> Event | None:
    """The event with its first-person actors resolved; None when a single-actor field is
    left with nobody."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor) and is_first_person(value):
            quoted = _quoted_speaker(value, voices)
            if quoted is None:
                return None
            changes[field.name] = quoted
        elif (
            isinstance(value, tuple)
            and value
            and all(isinstance(a, Actor) for a in value)
            and any(is_first_person(a) for a in value)
        ):
            actors: list[Actor] = []
            for actor in value:
                found = _quoted_speaker(actor, voices) if is_first_person(actor) else actor
                if found is not None and all(found.name != a.name for a in actors):
                    actors.append(found)
            if not actors:
                return None
            changes[field.name] = tuple(actors)
    return evolve(event, **changes) if changes else event


def _quoted_speaker(actor: Actor, voices: Sequence[_Voice]) -> Actor | None:
    """The speaker of the innermost words that hold ``actor``."""
    holding = [
        (end - start, speaker) for start, end, speaker in voices if start <= actor.start < end
    ]
    if not holding:
        return None
    speaker = min(holding, key=lambda pair: pair[0])[1]
    return evolve(actor, name=speaker.name, title=speaker.title, kind=speaker.kind)
