"""Document-level resolution, after every pack has run on its sentences.

- pronouns ("Он добавил", "по его словам") -> the person the previous events were about;
- a quoted title left unresolved ("— сказал глава государства") -> the person named as the
  speaker of the quote that continues it (``eventkit.resolve.continued``);
- "я" in someone's quoted words -> the one quoted (``eventkit.resolve.first_person``);
- descriptions ("г-н президент") -> the named person who holds that title; a title with a
  common-noun complement ("мэр города") -> the one holder of that office named just before;
  a spokesman's title ("представитель Путина", "представитель Кремля") -> the press
  secretary the document named for that person or organization;
- pronouns among an event's participants ("они встретились", "встретился с ним") -> every
  member of the group, or the person, meant, never another participant;
- short forms ("К.-Ж. Токаев", "Токаев") -> the fullest form of the name in the document;
- organization descriptions ("издание", "агентство", "компания") -> the organization of
  that kind the document named before them (``eventkit.resolve.organizations``);
- dates and places: explicit ones in the event's sentence, and "сегодня", "здесь",
  "в тот же день" resolved against the dateline ("Нур-Султан, 3 марта /Синьхуа/");
- duplicates (same type, overlapping trigger) merged;
- the document's entities, each actor linked to its own (``eventkit.resolve.entities``).

Each step is a module of ``eventkit.resolve``; this one runs them in order.
"""

from __future__ import annotations

from eventkit.engine.packs import merge_overlapping
from eventkit.model.entities import Entity
from eventkit.model.events import Event
from eventkit.resolve.actors import resolve_actors
from eventkit.resolve.continued import named_later
from eventkit.resolve.dates_places import find_dateline, with_date_and_place
from eventkit.resolve.duplicates import drop_headline_repeats, drop_repeated_meetings
from eventkit.resolve.entities import document_entities
from eventkit.resolve.first_person import speaking_for_themselves
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.analysis import AnalysedText


def resolve_document(
    analysed: AnalysedText, events: list[Event]
) -> tuple[list[Event], tuple[Entity, ...]]:
    events = sorted(events, key=lambda e: (e.trigger.start, e.trigger.end))
    events = merge_overlapping(events)
    people = PeopleIndex(analysed)
    resolved: list[Event] = []
    for event in events:
        resolved.append(resolve_actors(event, people, resolved))
    resolved = named_later(resolved, people)
    resolved = speaking_for_themselves(resolved, people)
    resolved = drop_headline_repeats(resolved, analysed.text)
    resolved = drop_repeated_meetings(resolved)
    dateline = find_dateline(analysed.text)
    resolved = [with_date_and_place(e, analysed, dateline) for e in resolved]
    return document_entities(analysed, resolved)
