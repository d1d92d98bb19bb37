"""A title named only later: "«…», — сказал глава государства на совещании. — «…», —
напомнил Соколов". When a direct quote's speaker is a title or description nobody was
found for, and the very next direct quote of the same paragraph, which follows right on,
is given to a named person, with nobody else named in between, both quotes are one
person's words: the title stands for that person. Anything else leaves the title as it is
(never a guess)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs
from attrs import evolve

from eventkit.model.events import Actor, Event
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph

# How far the next quote's verb may be from the end of the title's quote.
_REACH = 400
# A sentence ends, or a paragraph.
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
# A new quotation opens after a dash: "… — «Ещё …".
_QUOTE_OPENS = re.compile(r"[—–-]\s*[«\"„“]")
# A verb that closes a quote comes after a comma and a dash: "…, — напомнил".
_ATTRIBUTION = re.compile(r"[,!?…]?[»\"“]?\s*[—–-]\s*$")


def named_later(events: Sequence[Event], people: PeopleIndex) -> list[Event]:
    """``events`` with each unresolved quoted title replaced by the speaker named in the
    quote that continues it (see the module); other events as they are."""
    meant: dict[tuple[int, int], Actor] = {}
    for at, event in enumerate(events):
        speaker = _quoted_title(event)
        if speaker is None:
            described = _described_speaker(event)
            following = None if described is None else _named_by_participle(event, people)
            if described is not None and following is not None:
                meant[(described.start, described.end)] = evolve(
                    described, name=following.name, title=described.text
                )
            continue
        following = _continuation(event, events[at + 1 :], people) or _resumed(
            event, events[:at], people
        )
        if following is not None:
            meant[(speaker.start, speaker.end)] = evolve(
                speaker,
                name=following.name,
                title=following.title or speaker.title or speaker.text,
            )
    if not meant:
        return list(events)
    return [_replaced(event, meant) for event in events]


def _quoted_title(event: Event) -> Actor | None:
    """The speaker of a direct statement when it is a title or description left
    unresolved ("глава государства", "министр"): a lower-case person."""
    speaker = getattr(event, "speaker", None)
    if getattr(event, "speech", None) != "direct" or not isinstance(speaker, Actor):
        return None
    if speaker.kind != "PER" or not speaker.name[:1].islower() or len(speaker.name.split()) > 3:
        return None
    if speaker.name.lower() != speaker.text.lower():
        return None  # a pronoun or a resolved form: not a title standing alone
    words = speaker.name.split()
    # "глава государства", "министр": a singular noun heads it ("эксперты" do not)
    if not any(get_morph().is_singular_noun(w) for w in words):
        return None
    return speaker


def _described_speaker(event: Event) -> Actor | None:
    """The speaker of a statement when it is a description left unresolved ("бывший
    соратник Орлова"): a person starting in lower case, as the text has it."""
    speaker = getattr(event, "speaker", None)
    if not isinstance(speaker, Actor) or speaker.kind != "PER":
        return None
    if not speaker.name[:1].islower() or speaker.name.lower() != speaker.text.lower():
        return None
    words = speaker.name.split()
    if len(words) > 4 or not any(get_morph().is_singular_noun(w) for w in words):
        return None
    return speaker


# The next sentence opens with a name and a participle after a comma: "Иван Петров,
# заявивший …".
_NAME_AND_PARTICIPLE = re.compile(r"\s*([А-ЯЁ][\w-]+(?: [А-ЯЁ][\w-]+){1,2}), ([а-яё]+)")


def _named_by_participle(event: Event, people: PeopleIndex) -> Actor | None:
    """ "…, заявил в суде бывший соратник Орлова. Иван Петров, заявивший, что …": the
    person the next sentence opens with, the participle of the statement's own verb right
    after the name, is the one described."""
    rest = people.between(event.trigger.end, event.trigger.end + _REACH)
    end = _SENTENCE_END.search(rest)
    if end is None:
        return None
    opening = _NAME_AND_PARTICIPLE.match(rest, end.end())
    if opening is None:
        return None
    morph = get_morph()
    verbs = {str(p.normal_form) for p in morph.parses(event.trigger.text.split()[0].lower())}
    if not any(
        "PRTF" in p.tag.grammemes and str(p.normal_form) in verbs
        for p in morph.parses(opening.group(2))
    ):
        return None
    start = event.trigger.end + opening.start(1)
    named = next((m for m in people.in_sentence(start) if m.start == start), None)
    if named is None or named.kind != "PER" or named.pronoun or len(named.name.split()) < 2:
        return None
    return named.as_actor()


def _continuation(event: Event, after: Sequence[Event], people: PeopleIndex) -> Actor | None:
    """The named speaker of the quote that continues ``event``'s quote: the next
    statement, in the same sentence, where a new quotation opens after ``event``'s verb
    ("— сказал глава государства — «…»") and is closed by a verb of its own after a dash
    ("…, — напомнил Соколов"), said by a named person after that verb, of the same
    gender, with no other person named in between."""
    following = next((e for e in after if hasattr(e, "speaker")), None)
    if following is None:
        return None
    speaker = getattr(following, "speaker", None)
    if not isinstance(speaker, Actor) or speaker.kind != "PER" or not speaker.text[:1].isupper():
        return None
    if people.between(following.trigger.end, speaker.start).strip():
        # "— напомнил Соколов": the named one right after the verb ("возразил ему
        # Петров" answers someone)
        return None
    gap = people.between(event.trigger.end, following.trigger.start)
    if len(gap) > _REACH or _SENTENCE_END.search(gap) or not _QUOTE_OPENS.search(gap):
        return None
    if not _ATTRIBUTION.search(gap):
        return None
    if not _same_gender(event, following):
        return None
    title = getattr(event, "speaker", None)
    between = [
        m
        for m in people.in_sentence(event.trigger.end)
        if event.trigger.end <= m.start < following.trigger.start
        and m.kind == "PER"
        and not m.pronoun
    ]
    if any(not (isinstance(title, Actor) and m.start == title.start) for m in between):
        return None
    return speaker


# The rest of a quotation after its speaker's verb and name: "… — комментирует Иван
# Петров. — Поэтому …», — сказал депутат": it resumes after a dash and runs, with no
# quotation mark of its own and in the same paragraph, to the title's verb.
_RESUMED = re.compile(r"[.,]?\s*[—–]\s+[^«»\n]+[»\"“]\s*,?\s*[—–-]\s*")
# How long the resumed part may be.
_RESUMED_REACH = 1000


def _resumed(event: Event, before: Sequence[Event], people: PeopleIndex) -> Actor | None:
    """The named speaker a quotation was given to when its part after that speaker's verb
    and name ("— комментирует Иван Петров. — …") is closed by ``event``'s verb and title
    ("…», — сказал депутат"): one quotation, one person's words; the two verbs of the same
    gender. A name of another kind, a pronoun or a part with a quotation mark of its own
    breaks it."""
    previous = next((e for e in reversed(before) if hasattr(e, "speaker")), None)
    if previous is None:
        return None
    opened = people.between(max(0, previous.trigger.start - 10), previous.trigger.start)
    if not _ATTRIBUTION.search(opened):
        return None  # "…, — комментирует": the verb after a dash, inside the quotation
    speaker = getattr(previous, "speaker", None)
    if not isinstance(speaker, Actor) or speaker.kind != "PER" or not speaker.text[:1].isupper():
        return None
    if (
        speaker.start < previous.trigger.end
        or people.between(previous.trigger.end, speaker.start).strip()
    ):
        return None  # "— комментирует Петров": the name right after the verb
    gap = people.between(speaker.end, event.trigger.start)
    if len(gap) > _RESUMED_REACH or not _RESUMED.fullmatch(gap):
        return None
    if not _same_gender(previous, event):
        return None
    return speaker


def _same_gender(event: Event, following: Event) -> bool:
    """Whether the two verbs, where their past tense tells, say the same gender."""
    genders = set()
    for e in (event, following):
        for word in e.trigger.text.split():
            gender = get_morph().past_gender(word)
            if gender is not None:
                genders.add(gender)
                break
    return len(genders) <= 1


def _replaced(event: Event, meant: dict[tuple[int, int], Actor]) -> Event:
    """``event`` with every actor standing at a replaced title's place replaced."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor) and (value.start, value.end) in meant:
            changes[field.name] = _at(meant[(value.start, value.end)], value)
        elif isinstance(value, tuple) and value and all(isinstance(a, Actor) for a in value):
            actors = tuple(
                _at(meant[(a.start, a.end)], a) if (a.start, a.end) in meant else a for a in value
            )
            if actors != value:
                changes[field.name] = actors
    return evolve(event, **changes) if changes else event


def _at(found: Actor, actor: Actor) -> Actor:
    return evolve(actor, name=found.name, title=found.title, kind=found.kind)
