"""The entities of a document (``Document.entities``) and each actor's link to its entity.

The last step of resolution, built from what the earlier steps already know; it parses
nothing more:

- every actor of the resolved events is a mention of the entity its name names: resolution
  already turned "Путин", "президент" and "он" at an event into "Владимир Путин", so the
  actor's ``name`` is its entity's ``name``;
- every actor mention the grammar found in the sentences extraction and resolution parsed
  (the sentences of the events and those around them) joins the entity it stands for, by
  rules a reader accepts, and only where one answer fits:

  - a short name or initials ("Путин", "В. Путин") the one full name of the document with
    that surname (and those initials); a first name alone the one full name it begins;
  - a singular title or description ("президент", "министр") the named person the document
    gave that title, the nearest before it, else the first after;
  - a singular pronoun ("он", "её") the nearest named person before it, in its sentence or
    the two before, whose name fits the pronoun's gender.

  Otherwise a name is an entity of its own, a title or description an entity the document
  does not name (``named=False``: never a guess), and a pronoun outside the events is left out.

Which sentences were parsed depends on the events found, so a person named only in a sentence
no step looked at is not among the entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from attrs import evolve

from eventkit.grammar.actors import found_mentions
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import PERSONAL_FORMS
from eventkit.model.entities import Entity
from eventkit.model.events import ACTOR_KINDS, Actor, ActorKind, Event, Span
from eventkit.resolve.descriptions import title_head
from eventkit.resolve.names import evolved, name_fits_gender
from eventkit.text.analysis import AnalysedText
from eventkit.text.morph import get_morph

# (kind, name, scope): scope "" for a name; "?" for a title or description the document does
# not tie to a name; "@<offset>" for a pronoun at an event that nothing resolved.
Key = tuple[ActorKind, str, str]

# How many sentences back a pronoun outside the events looks for its person.
PRONOUN_REACH = 2


# One mention placed in an entity: (start, end, the entity's key).
_Placed = tuple[int, int, Key]


def document_entities(
    analysed: AnalysedText, events: list[Event]
) -> tuple[list[Event], tuple[Entity, ...]]:
    """The entities of the document, in order of first mention, and ``events`` with every
    actor's ``entity`` set to the index of its own."""
    book = _Book(analysed)
    taken: list[tuple[int, int]] = []
    keys: dict[int, Key] = {}  # id of each actor object -> its entity's key
    for event in events:
        for actor in _actors_of(event):
            key = keys[id(actor)] = _actor_key(actor, analysed.text)
            book.place(key, actor.text, actor.start, actor.end, actor.title)
            taken.append((actor.start, actor.end))
    text = analysed.text
    names: list[tuple[Mention, Key]] = []
    pointing: list[Mention] = []  # titles, descriptions, pronouns
    for sentence in analysed.sentences:
        for m in found_mentions(sentence) or ():
            if m.kind not in ACTOR_KINDS or _overlaps(m, taken):
                continue
            # Putting a name into the nominative is the dear part: only for names kept.
            if m.pronoun or m.description:
                pointing.append(m)
            elif _looks_named(m.text, text, m.start):
                if m.kind == "PER" and m.name == m.title:
                    pointing.append(m)  # "Президент" first in its sentence
                else:
                    names.append((m, _name_key(m, text)))
            elif m.kind == "PER" and m.title is not None and m.name != m.title:
                names.append((m, _name_key(m, text)))  # "мэром города Ильсуром Метшиным"
            elif m.kind == "PER":
                pointing.append(m)  # a title alone ("министра"); else not a name: left out
    # Names first, so that a title or pronoun may point to a person named after it.
    full = {k[1] for k in [*book.entity_keys(), *(k for _, k in names)] if _is_full_name(k)}
    for m, key in names:
        if not key[2]:  # a description outside the events ("полиция") names no entity
            book.place(_joined(key, full), m.text, m.start, m.end, m.title)
    for m in pointing:
        meant = _pronoun_key(m, book) if m.pronoun else _description_key(m, book)
        if meant is not None:
            book.place(meant, m.text, m.start, m.end, m.title if not m.pronoun else None)
    entities, index = book.entities()
    linked = {i: index[key] for i, key in keys.items()}
    return [_linked(event, linked) for event in events], entities


def _actors_of(event: Event) -> Iterator[Actor]:
    """Every actor-valued field of the event, whatever its type calls it."""
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            yield value
        elif isinstance(value, tuple):
            yield from (a for a in value if isinstance(a, Actor))


def _linked(event: Event, index: dict[int, int]) -> Event:
    """``event`` with each actor's ``entity`` set (``index``: by the id of the actor)."""
    # Keyed by the event type's own field names, known only at run time.
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            changes[field.name] = _with_entity(value, index[id(value)])
        elif isinstance(value, tuple) and value and all(isinstance(a, Actor) for a in value):
            changes[field.name] = tuple(_with_entity(a, index[id(a)]) for a in value)
    return evolved(event, changes) if changes else event


def _with_entity(actor: Actor, entity: int) -> Actor:
    """``actor`` with its ``entity`` set: built directly, cheaper than ``evolve``'s walk
    over the fields (a subclass a pack made goes through ``evolve``)."""
    if type(actor) is not Actor:
        return evolve(actor, entity=entity)
    return Actor(
        name=actor.name,
        text=actor.text,
        start=actor.start,
        end=actor.end,
        kind=actor.kind,
        title=actor.title,
        entity=entity,
    )


def _overlaps(mention: Mention, spans: Iterable[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


def _looks_named(name: str, text: str, start: int) -> bool:
    """A name rather than a description: a capital ("Путин", "МИД России"), a name in
    quotes (газета «Ведомости») or Latin letters; not one common noun that stands first in
    its sentence ("Агентство сообщило"; ``text`` and ``start`` say where the words are)."""
    if _QUOTED_OR_LATIN.search(name):
        return True
    if not name[:1].isupper():
        return False
    return " " in name or not _first_in_sentence(text, start) or not _common_word(name.lower())


_QUOTED_OR_LATIN = re.compile("[«\"'A-Za-z]")
_PROPER = frozenset(["Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"])


def _common_word(word: str) -> bool:
    morph = get_morph()
    parses = morph.parses(word)
    return (
        morph.is_known(word)
        and bool(parses)
        and not any(_PROPER & set(p.tag.grammemes) for p in parses)
    )


def _actor_key(actor: Actor, text: str) -> Key:
    """The entity of an actor: its name, which is the entity's name."""
    word = actor.name.lower()
    if actor.kind == "PER" and (word in PERSONAL_FORMS or word.endswith("стороны")):
        return (actor.kind, actor.name, f"@{actor.start}")  # a pronoun nothing resolved
    if actor.title is not None and actor.name == actor.title:
        return (actor.kind, actor.name, "?")  # a title no name was tied to
    if not _looks_named(actor.name, text, actor.start):
        return (actor.kind, actor.name, "?")
    return (actor.kind, actor.name, "")


def _name_key(mention: Mention, text: str) -> Key:
    if not _looks_named(mention.name, text, mention.start):
        return (mention.kind, mention.name, "?")
    return (mention.kind, mention.name, "")


def _first_in_sentence(text: str, start: int) -> bool:
    """Whether no word stands before ``start`` in its sentence (a capital proves nothing)."""
    before = text[max(0, start - 40) : start].rstrip(' «"„“—–-\n\t(')
    return not before or before[-1] in ".!?…:\n"


def _is_full_name(key: Key) -> bool:
    """A person's name of two words or more, without initials."""
    kind, name, scope = key
    return kind == "PER" and not scope and len(name.split()) > 1 and "." not in name


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _joined(key: Key, full: set[str]) -> Key:
    """A short form of a person's name ("Путин", "В. Путин", "Владимир") as the one full
    name of the document it can be; itself when there is none or more than one."""
    kind, name, scope = key
    if kind != "PER" or scope or name in full:
        return key
    words = name.replace(".", ". ").split()
    if not words:
        return key
    surname = _fold(words[-1])
    initials = [_fold(w)[0] for w in " ".join(words[:-1]).replace("-", " ").split() if w[:1]]
    candidates = {f for f in full if _fold(f.split()[-1]) == surname and _initials_fit(initials, f)}
    if len(words) == 1 and not candidates:
        # "Эдуард": a first name alone, the one full name it begins
        candidates = {f for f in full if f.split()[0] == name}
    if len(candidates) == 1:
        return (kind, next(iter(candidates)), "")
    return key


def _initials_fit(initials: list[str], full: str) -> bool:
    given = [_fold(w)[0] for w in " ".join(full.split()[:-1]).replace("-", " ").split()]
    return given[: len(initials)] == initials


def _description_key(mention: Mention, book: _Book) -> Key | None:
    """The person a singular title or description stands for: one the document gave that
    title; None for any other."""
    if mention.number == "plur" or not book.has_titles():
        return None
    # the head's lemma: the words as written will do, no nominative needed
    head = title_head(mention.text).lower()
    lemmas = get_morph().lemmas(head) or {head}
    return book.title_holder(lemmas, mention.start)


def _pronoun_key(mention: Mention, book: _Book) -> Key | None:
    """The person a singular pronoun outside the events stands for, or None."""
    if mention.number != "sing" or mention.gender not in ("masc", "femn"):
        return None
    feminine = mention.gender == "femn"
    reach = book.reach_back(mention.start, PRONOUN_REACH)
    before = [
        p
        for p in book.placed
        if reach <= p[0] and p[1] <= mention.start and p[2][0] == "PER" and not p[2][2]
    ]
    for _, _, key in sorted(before, key=lambda p: p[1], reverse=True):
        if name_fits_gender(key[1], feminine):
            return key
        break  # the nearest person is the one meant, or nobody is
    return None


class _Book:
    """The mentions placed so far, by entity."""

    def __init__(self, analysed: AnalysedText) -> None:
        self._analysed = analysed
        self._mentions: dict[Key, dict[tuple[int, int, str], None]] = {}
        self._titles: dict[Key, dict[str, None]] = {}
        self.placed: list[_Placed] = []
        # (offset, entity, the lemmas of its words) of every title given to a named person
        self._titled: list[tuple[int, Key, set[str]]] = []
        # the lemmas of each title's words, by the title (shared: never changed)
        self._title_lemmas: dict[str, set[str]] = {}

    def has_titles(self) -> bool:
        return bool(self._titled)

    def entity_keys(self) -> list[Key]:
        return list(self._mentions)

    def reach_back(self, offset: int, sentences: int) -> int:
        """Where the sentence ``sentences`` before the one holding ``offset`` starts."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return offset
        return self._analysed.sentences[max(0, sentence.index - sentences)].start

    def place(self, key: Key, text: str, start: int, end: int, title: str | None) -> None:
        self._mentions.setdefault(key, {})[start, end, text] = None
        titles = self._titles.setdefault(key, {})
        if title:
            titles[title] = None
            if key[0] == "PER" and not key[2]:
                lemmas = self._title_lemmas.get(title)
                if lemmas is None:
                    # a person's title is mostly given again and again: its lemmas once
                    morph = get_morph()
                    words = {w.lower() for w in title.split()}
                    lemmas = {lemma for w in words for lemma in morph.lemmas(w)} | words
                    self._title_lemmas[title] = lemmas
                self._titled.append((start, key, lemmas))
        self.placed.append((start, end, key))

    def title_holder(self, lemmas: set[str], offset: int) -> Key | None:
        """The named person given a title with one of ``lemmas``: the nearest before
        ``offset``, else the first after."""
        holders = [(start, key) for start, key, theirs in self._titled if lemmas & theirs]
        before = [h for h in holders if h[0] < offset]
        if before:
            return max(before)[1]
        return min(holders)[1] if holders else None

    def entities(self) -> tuple[tuple[Entity, ...], dict[Key, int]]:
        ordered = sorted(self._mentions, key=lambda k: (min(self._mentions[k]), k))
        index = {key: i for i, key in enumerate(ordered)}
        entities = tuple(
            Entity(
                name=key[1],
                kind=key[0],
                mentions=[
                    Span(text=text, start=start, end=end)
                    for start, end, text in sorted(self._mentions[key])
                ],
                titles=self._titles[key],
                named=not key[2],
            )
            for key in ordered
        )
        return entities, index
