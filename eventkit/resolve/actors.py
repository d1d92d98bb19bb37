"""Every actor of an event resolved to the person it stands for: pronouns, titles,
descriptions and short names; "стороны", "они" and plural titles expanded to the people meant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Final

import attrs
from attrs import evolve

from eventkit.grammar.lexicon import KIN_WORDS
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import PLURAL_FORMS
from eventkit.model.events import Actor, Event, Span
from eventkit.resolve.descriptions import (
    aide_of,
    defence_counsel,
    described,
    group_qualified,
    headliner,
    is_description,
    is_offender,
    newly_appointed,
    offender_named,
    office_by_complement,
    office_words,
    protagonist,
    recent_person,
    spokesman_of,
    state_leader,
    title_head,
    title_holder,
    titled_across,
    titled_after,
    titled_by_organization,
    work_author,
    work_maker,
)
from eventkit.resolve.documents import document_author
from eventkit.resolve.first_person import is_first_person
from eventkit.resolve.names import evolved, fits_gender, named_in_full, surname_stem
from eventkit.resolve.organizations import (
    abbreviation_expanded,
    organ_named_before,
    organ_of_named,
    organization_named,
    outlets_named,
)
from eventkit.resolve.people_index import PeopleIndex
from eventkit.resolve.pronouns import is_pronoun, organization_antecedent, pronoun_antecedent
from eventkit.resolve.sources import source_repeated
from eventkit.text.morph import get_morph


def resolve_actors(event: Event, people: PeopleIndex, earlier: Sequence[Event]) -> Event:
    """Resolve every actor-valued field, whatever the event type calls it (a pack's own
    "buyer" as well as "speaker"); sequences may expand ("стороны" -> both parties)."""
    # Keyed by the event type's own field names, known only at run time.
    changes: dict[str, Any] = {}
    # "сенатор посоветовала": the verb tells a woman holds the title.
    woman = _said_of_a_woman(event)
    same = True  # every resolved actor the one it was: no new event needed
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            resolved = _resolve_actor(
                _plural_subject(value, event),
                people,
                earlier,
                woman=woman,
                said=_content_text(event, people),
            )
            changes[field.name] = resolved
            same = same and resolved is value
        elif isinstance(value, tuple) and value and all(isinstance(a, Actor) for a in value):
            expanded: list[Actor] = []
            for actor in value:
                parties = (
                    _coordinated_offices(actor, people)
                    or _parties_meant(actor, earlier)
                    or _opponents(actor, people)
                    or _with_partners(actor, value, people)
                    or _office_holders(actor, people)
                    or _couple_meant(actor, people)
                    or _group_meant(actor, people)
                    or _oblique_pronoun(actor, [*expanded, *value], people, earlier)
                )
                expanded.extend(parties or [_resolve_actor(actor, people, earlier)])
            deduped = _dedupe_actors(expanded)
            changes[field.name] = deduped
            same = same and _same_actors(deduped, value)
    return evolved(event, changes) if changes and not same else event


def _same_actors(new: list[Actor], old: tuple[Actor, ...]) -> bool:
    """Whether ``new`` holds the very actors of ``old``, in its order."""
    if len(new) != len(old):
        return False
    return all(new[i] is old[i] for i in range(len(new)))


def _plural_subject(actor: Actor, event: Event) -> Actor:
    """An organization's noun the subject of a plural verb is in the nominative plural
    ("Власти заявили", "местные власти заявляют"), though its first reading is a singular
    genitive ("власти" of "власть"): the actor named as written, not by that reading."""
    if actor.kind != "ORG" or actor.end > event.trigger.start or actor.name == actor.text:
        return actor
    verb = event.trigger.text.split()[:1]
    words = actor.text.split()
    if not verb or not words or not _plural_verb(verb[0]):
        return actor
    morph = get_morph()
    named = actor.name.split()
    head = next(
        (
            i
            for i, w in enumerate(words)
            if i < len(named) and morph.is_noun(w.lower()) and w.lower() != named[i].lower()
        ),
        None,
    )
    if head is None or not any(
        {"NOUN", "nomn", "plur"} <= p.tag.grammemes for p in morph.parses(words[head].lower())
    ):
        return actor
    if not all(
        any({"nomn", "plur"} <= p.tag.grammemes for p in morph.parses(w.lower()))
        for w in words[:head]
    ):
        return actor  # "в Тверской епархии сообщили": a singular locative, no plural subject
    return evolve(actor, name=actor.text)


# The noun for a state's authorities, said without naming the state ("власти заявили").
_AUTHORITIES = "власть"


def _authorities_of(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "Власти назвали митинг незаконным" after "в Вильнюсе … полиция Литвы": the bare
    authorities are those of the one place named in their sentence before them or in the
    two sentences before it ("Власти Литвы"), or of the state the adjective of that place
    names ("в британском Солсбери": "британские власти"); with none or several named,
    they stay."""
    words = actor.text.split()
    morph = get_morph()
    if len(words) != 1 or not any(
        p.normal_form == _AUTHORITIES and "plur" in p.tag.grammemes
        for p in morph.parses(words[0].lower())
    ):
        return None
    places = set()
    for m in people.places_near(actor.start, reach=2):
        named = m.name.split()
        if len(named) == 1 and m.name[:1].isupper():
            places.add(morph.inflect_word(m.name, {"gent"}))
        elif len(named) == 2 and named[0].islower() and _adjective(named[0]):
            # "в британском Солсбери": the state the adjective names ("британские власти")
            places.add(morph.inflect_word(named[0], {"plur", "nomn"}, prefer={"ADJF"}))
    if len(places) != 1:
        return None
    place = places.pop()
    if place[:1].islower():
        return evolve(actor, name=f"{place} {words[0].lower()}")
    return evolve(actor, name=f"{words[0]} {place}")


def _plural_verb(word: str) -> bool:
    """ "заявили", "заявляют": a finite verb in the plural."""
    parses = get_morph().parses(word.lower())
    return bool(parses) and {"VERB", "plur"} <= parses[0].tag.grammemes


def _content_text(event: Event, people: PeopleIndex) -> str:
    """What a statement says, as text ("" for other events)."""
    content = getattr(event, "content", None)
    return people.between(content.start, content.end) if isinstance(content, Span) else ""


def _named_in(named: Mention, said: str) -> bool:
    """Whether ``said`` names the person by surname ("Как сообщает продюсер, Петренко
    просил …": the story's protagonist is what the producer speaks of, not the producer)."""
    stem = surname_stem(named.name)
    return len(stem) > 2 and any(
        surname_stem(word) == stem for word in re.findall(r"\w+", said) if word[:1].isupper()
    )


def _with_partners(actor: Actor, group: Sequence[Actor], people: PeopleIndex) -> list[Actor]:
    """ "Он сообщил, что во время встречи с Медведевым они договорились": "они" beside a
    named partner are the partner and the person the sentence is about, the first
    singular subject before them in the sentence."""
    if actor.text.lower() not in ("они", "их") or len(group) < 2:
        return []
    taken = {(a.start, a.end) for a in group}
    for m in people.in_sentence(actor.start):
        if m.start >= actor.start:
            break
        if (m.start, m.end) in taken or m.kind != "PER" or m.number == "plur":
            continue
        if m.can_be_subject and m.cases:
            found = _resolve_actor(m.as_actor(), people, ())
            return [evolve(found, text=actor.text, start=actor.start, end=actor.end)]
    return []


def _office_holders(actor: Actor, people: PeopleIndex) -> list[Actor]:
    """ "президенты увидятся": a plural title stands for the two to four people the
    document gave that title before it ("президент России …", "президент США …")."""
    words = actor.name.split()
    if actor.kind != "PER" or len(words) != 1 or not actor.name[:1].islower():
        return []
    parses = get_morph().parses(words[0])
    if not parses or parses[0].tag.number != "plur" or "NOUN" not in parses[0].tag.grammemes:
        return []
    office = parses[0].normal_form
    holders: dict[str, Mention] = {}
    for m in people.holding_title([office]):
        their = (m.title or "").lower().split()
        if m.end <= actor.start and their[:1] == [office]:
            holders.setdefault(m.name, m)
    if not 2 <= len(holders) <= 4:
        return []
    return [
        evolve(m.as_actor(), text=actor.text, start=actor.start, end=actor.end)
        for m in holders.values()
    ]


# "президенты России и Сербии": the names of the states or bodies after the first one.
_NAME_WORD = r"(?:[А-ЯЁ]|[A-Z])[\w-]*"
# ", Сербии и Китая": commas only in a list that "и" closes.
_MORE_COMPLEMENTS = re.compile(rf"(?:,\s*{_NAME_WORD})*\s+и\s+{_NAME_WORD}")


def _coordinated_offices(actor: Actor, people: PeopleIndex) -> list[Actor]:
    """ "президенты России и Сербии обсудили …": a plural title with coordinated
    complements stands for the holder of each office ("президент России", "президент
    Сербии") the document named; an office nobody was given stays its singular title.
    With no holder named at all, the actor stays as it is."""
    words = actor.name.split()
    if actor.kind != "PER" or len(words) < 2 or not words[-1][:1].isupper():
        return []
    morph = get_morph()
    parses = morph.parses(words[0].lower())
    if not parses or parses[0].tag.number != "plur" or "NOUN" not in parses[0].tag.grammemes:
        return []
    more = _MORE_COMPLEMENTS.match(people.between(actor.end, actor.end + 80))
    if more is None:
        return []
    complements = [words[-1], *re.findall(_NAME_WORD, more.group(0))]
    office = str(parses[0].normal_form)
    middle = [w.lower() for w in words[1:-1]]
    found: list[Actor] = []
    named = 0
    for complement in complements:
        title = " ".join([office, *middle, complement])
        holder = _office_holder(title, people, before=actor.start)
        if holder is not None:
            named += 1
            found.append(
                evolve(holder.as_actor(), text=actor.text, start=actor.start, end=actor.end)
            )
        else:
            found.append(evolve(actor, name=title, title=title))
    return found if named else []


def _office_holder(title: str, people: PeopleIndex, *, before: int) -> Mention | None:
    """The person the document gave exactly ``title`` ("президент Сербии"), the nearest
    before ``before``, else the first after it."""
    wanted = title.lower().split()
    holders = [
        m
        for m in people.holding_title([wanted[0]])
        if m.kind == "PER"
        and not m.pronoun
        and m.name != m.title
        and any(o.strip().split() == wanted for o in (m.title or "").lower().split(","))
    ]
    earlier = [m for m in holders if m.end <= before]
    if earlier:
        return earlier[-1]
    return holders[0] if holders else None


# A pronoun's forms after a preposition ("встретился с ним", "к ней"), which the actor
# grammar leaves as written: the nominative each stands for.
_OBLIQUE_FORMS = {
    **dict.fromkeys(["ним", "нем", "нём", "него", "нему"], "он"),
    **dict.fromkeys(["ней", "нею", "нее", "неё"], "она"),
    **dict.fromkeys(["ними", "них"], "они"),
}


def _oblique_pronoun(
    actor: Actor, group: Sequence[Actor], people: PeopleIndex, earlier: Sequence[Event]
) -> list[Actor]:
    """ "Вечером Олег Сидоров встретился с ним": a pronoun after a preposition among an
    event's participants stands for the person (or, "с ними", the group) it points back
    to, never another participant of the same event."""
    base = _OBLIQUE_FORMS.get(actor.text.lower())
    if base is None or actor.kind != "PER":
        return []
    co_actors = {surname_stem(a.name) for a in group if a is not actor}
    if base == "они":
        members = _group_meant(evolve(actor, text=base), people)
        return [
            evolve(m, text=actor.text) for m in members if surname_stem(m.name) not in co_actors
        ]
    probe = evolve(actor, text=base)
    found = pronoun_antecedent(probe, people, earlier, others=co_actors)
    if found is None:
        return []
    meant = named_in_full(evolve(actor, name=found.name, title=found.title), people)
    return [meant]


def _group_meant(actor: Actor, people: PeopleIndex) -> list[Actor]:
    """ "Иван Петров и Олег Сидоров прилетели в Казань. Они встретились": "они" among an
    event's participants stands for every member of the group it points back to, each
    named as the document names them in full. A plural noun ("родители") stays one."""
    if actor.text.lower() not in PLURAL_FORMS:
        return []
    group = people.plural_group(actor.start)
    if len(group) < 2 or not all(m.kind == "PER" and m.name[:1].isupper() for m in group):
        return []
    return [
        evolve(
            _resolve_actor(m.as_actor(), people, ()),
            text=actor.text,
            start=actor.start,
            end=actor.end,
        )
        for m in group
    ]


# Words for two people together: "пара", "супруги", "молодожёны".
_COUPLE_WORDS = frozenset(["пара", "супруг", "молодожён", "молодожен", "партнёр", "партнер"])
# "родители": the two people the document made a child's parents (``parents_before``).
_PARENTS = "родитель"
_COUPLE_OR_PARENTS: Final = _COUPLE_WORDS | {_PARENTS}
# Words whose possessor ("её родители", "их партнёры") makes them someone else's.
_OWNED = frozenset([_PARENTS, "партнёр", "партнер"])
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:его|её|ее|их|мои|наши|ваши|твои|свои|своих|своими|своим)\s*$", re.IGNORECASE
)


def _couple_meant(actor: Actor, people: PeopleIndex) -> list[Actor]:
    """ "Пара объявила", "супруги заявили": the two people the document named together
    just before ("Сергей Белов и Анна Котова поженились"). A couple word with no pair
    before it stays; so does "супруг" in the singular (one of them)."""
    words = actor.name.lower().split()
    # the grammar may read "пара" as a body ("ORG"), like "группа"
    if actor.kind not in ("PER", "ORG") or not words or len(words) > 2:
        return []
    if actor.title not in (None, actor.name):
        return []
    parses = get_morph().parses(words[-1])
    if not parses or parses[0].normal_form not in _COUPLE_OR_PARENTS:
        return []
    if parses[0].normal_form != "пара" and parses[0].tag.number != "plur":
        return []
    if len(words) == 2 and not _adjective(words[0]):
        return []
    before = people.between(max(0, actor.start - 12), actor.start)
    if parses[0].normal_form in _OWNED and _POSSESSIVE_BEFORE.search(before):
        return []  # "её родители", "их партнёры" are someone's own
    if parses[0].normal_form == _PARENTS:
        # "родители": the mother and the father the document named, never a couple guessed
        pair = people.parents_before(actor.start)
    else:
        pair = people.couple_before(actor.start)
    return [evolve(m.as_actor(), text=actor.text, start=actor.start, end=actor.end) for m in pair]


def _adjective(word: str) -> bool:
    parses = get_morph().parses(word)
    return bool(parses) and "ADJF" in parses[0].tag.grammemes


def _said_of_a_woman(event: Event) -> bool:
    """Whether the event's verb is in the feminine past ("посоветовала", "не исключила"):
    its subject, the actor of a single-actor field, is a woman."""
    for word in event.trigger.text.split():
        gender = get_morph().past_gender(word)
        if gender is not None:
            return gender == "femn"
    return False


def _resolve_actor(
    actor: Actor,
    people: PeopleIndex,
    earlier: Sequence[Event],
    *,
    woman: bool = False,
    said: str = "",
) -> Actor:
    couple = _couple_meant(actor, people)
    if couple:
        # one actor for a field of one: the first of the two, as for "они"
        return couple[0]
    if actor.kind == "ORG":
        found = (
            _authorities_of(actor, people)
            or defence_counsel(actor, people)
            or organization_named(actor, people, earlier)
            or organ_of_named(actor, people, earlier)
            or organ_named_before(actor, people)
            or outlets_named(actor, people, earlier)
            or abbreviation_expanded(actor, people)
            or document_author(actor, people, earlier)
            or actor
        )
        # "В пресс-релизе, выпущенном Вороновым": a person found for a document, named in full
        return named_in_full(found, people) if found.kind == "PER" else found
    if actor.kind != "PER" or is_first_person(actor):
        return actor  # "я" waits for the statements that quote it (``first_person``)
    relative = _relative_of_named(actor, people)
    if relative is not None:
        return relative
    repeated = source_repeated(actor, people, earlier)
    if repeated is not None:
        return repeated
    counterpart = _counterpart(actor, earlier) or _family_meant(actor, people)
    if counterpart is not None:
        return counterpart
    if is_pronoun(actor):
        organization = organization_antecedent(actor, people)
        if organization is not None:
            meant = evolve(actor, name=organization.name, kind="ORG", title=None)
            return _resolve_actor(meant, people, earlier)
        antecedent = pronoun_antecedent(actor, people, earlier)
        if antecedent is None:
            return actor
        # The antecedent may itself be a short form ("Стивен … он встречался").
        return named_in_full(evolve(actor, name=antecedent.name, title=antecedent.title), people)
    if is_offender(actor):
        # "Злоумышленник утверждал": the one the document names as the offender, never
        # the story's victim; with nobody so named the word stays.
        offender = offender_named(actor, people, woman=woman)
        if offender is None:
            return actor
        return named_in_full(evolve(actor, name=offender.name, title=offender.title), people)
    outlets = outlets_named(actor, people, earlier)
    if outlets is not None:
        return outlets
    appointed = newly_appointed(actor, people, woman=woman)
    if appointed is not None and not _named_in(appointed, said):
        # "новый глава компании" for "Компанию возглавил Иван Дронов"
        found = evolve(actor, name=appointed.name, title=appointed.title or actor.name)
        return named_in_full(found, people)
    if actor.title is not None and actor.name == actor.title:
        if not get_morph().is_singular_noun(title_head(actor.title)):
            # "министры иностранных дел ЕС" stand for themselves; "активисты" for the
            # "химкинские активисты" just before
            group = group_qualified(actor, people)
            return actor if group is None else evolve(actor, name=group, title=group)
        # A title stands for the person the document named with that title ("прокурор" for
        # "федеральный прокурор Прит Бхарара"); with no such person it stays a title.
        holders = people.holding_title(office_words(actor.title))
        if woman:
            holders = [m for m in holders if fits_gender(m, True, people)]
        given = _given_name_titled(actor, people)
        if given is not None:
            return given
        holder = (
            title_holder(actor, holders)
            or titled_across(actor, people, woman=woman)
            or state_leader(actor, people)
            or office_by_complement(actor, people, woman=woman)
            or spokesman_of(actor, people, woman=woman)
            or aide_of(actor, people, woman=woman)
        )
        if holder is not None:
            found = evolve(actor, name=holder.name, title=holder.title or actor.title)
            # "Картер" given the title alone: the fullest form of a surname
            return named_in_full(found, people) if len(holder.name.split()) == 1 else found
        # "Монарх также призвал": a bare title nobody was given stands for the person
        # the story is about, as a description does.
        # "в телеграмме Президента": a title capitalized inside a sentence names the office
        # itself, whose holder is no description's guess (the story's protagonist)
        honorific = actor.text[:1].isupper() and not people.opens_sentence(actor.start)
        named = (None if honorific else protagonist(actor, people, woman=woman)) or headliner(
            actor, people, woman=woman
        )
        if named is not None and not _named_in(named, said):
            found = evolve(actor, name=named.name, title=named.title or actor.title)
            return named_in_full(found, people)
        return actor
    given = _given_this_title(actor, people)
    if given is not None:
        return given
    if actor.title is None and titled_by_organization(actor):
        # "ветеран НХЛ признался": the story's person the document ties to the league
        named = protagonist(actor, people, woman=woman)
        if named is not None and not _named_in(named, said):
            found = evolve(actor, name=named.name, title=named.title or actor.name)
            return named_in_full(found, people)
        return actor
    if actor.title is None:
        group = group_qualified(actor, people)
        if group is not None:
            return evolve(actor, name=group)
    maker = work_maker(actor, people, woman=woman)
    if maker is not None and not _named_in(maker, said):
        # "автор «Тихой реки» сказал": the story's person named by their work
        return named_in_full(evolve(actor, name=maker.name, title=maker.title), people)
    if is_description(actor):
        if _possessed(actor, people):
            # "сообщает его друг": someone's friend is not the story's person; only one
            # the document introduced as "его друг Олег Сомов" is meant
            named = described(actor, people)
        else:
            named = (
                described(actor, people)
                or titled_across(actor, people, woman=woman)
                or titled_after(actor, people, woman=woman)
                or work_author(actor, people, woman=woman)
                or recent_person(actor, people, woman=woman)
            )
        if named is not None and not _named_in(named, said):
            return named_in_full(evolve(actor, name=named.name, title=named.title), people)
        return actor
    return named_in_full(actor, people)


def _relative_of_named(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "подтвердила мать Дурново": a kin word read as the title of the name after it,
    whose gender the person named cannot have (the "Олег Дурново" of the story is no
    mother, by his first name), is that person's relative, unnamed: the actor is the words
    themselves, not the person."""
    words = actor.text.split()
    if actor.title is None or len(words) < 2 or not words[1][:1].isupper():
        return None
    kin = get_morph().lemmas(words[0].lower()) & KIN_WORDS
    if not kin or kin != get_morph().lemmas(actor.title.lower()) & KIN_WORDS:
        return None
    # the gender the dictionary gives the first name of the fullest form: a name it does
    # not know ("Гвиневра Лин", "жена Гвиневра Лин") tells nothing
    given = get_morph().name_gender(named_in_full(actor, people).name.split()[0])
    if given is None or (given == "femn") == get_morph().is_feminine(words[0].lower()):
        return None
    return evolve(actor, name=f"{words[0].lower()} {' '.join(words[1:])}", title=None)


def _given_this_title(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "По словам аспиранта МГУ" after "аспирант МГУ Иван Котов": a title with its
    complement, standing without a name, is the one person the document gave exactly that
    title before it; with none or several so titled, None."""
    words = actor.name.split()
    if actor.title is not None or not 2 <= len(words) <= 4 or not actor.name[:1].islower():
        return None
    wanted = actor.name.lower().replace("ё", "е")
    holders = {
        surname_stem(m.name): m
        for m in people.holding_title(get_morph().lemmas(title_head(actor.name)))
        if m.end <= actor.start
        and m.name[:1].isupper()
        and (m.title or "").lower().replace("ё", "е") == wanted
    }
    if len(holders) != 1:
        return None
    [holder] = holders.values()
    return named_in_full(evolve(actor, name=holder.name, title=holder.title), people)


def _given_name_titled(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "Шейх Хамад заявил" after "эмир шейх Хамад бен Рашид": a title read with
    the given name after it stands for the one person named in full with that given name
    before it; with none or several, None."""
    words = actor.name.split()
    if len(words) < 2 or not words[0][:1].islower() or not words[-1][:1].isupper():
        return None
    named = {
        m.name: m
        for m in people.with_given_name(words[-1], before=actor.start)
        if m.kind == "PER" and m.end <= actor.start
    }
    if len(named) != 1:
        return None
    [person] = named.values()
    return evolve(actor, name=person.name, title=person.title or " ".join(words[:-1]))


_POSSESSIVE_BEFORE = re.compile(r"(?:^|[^\w-])(?:его|ее|её|их)\s+$", re.IGNORECASE)


def _possessed(actor: Actor, people: PeopleIndex) -> bool:
    """Whether a possessive pronoun stands right before the description ("его друг",
    "её коллега"): it then names someone of another person, never that person."""
    return bool(_POSSESSIVE_BEFORE.search(people.between(max(0, actor.start - 8), actor.start)))


# Words for the other one in a conversation, when they stand alone ("визави ответил"):
# "собеседник агентства" is whom an outlet spoke to, another matter.
_COUNTERPART_WORDS = frozenset({"визави", "собеседник", "собеседница"})


def _counterpart(actor: Actor, earlier: Sequence[Event]) -> Actor | None:
    """ "Путин предложил Воробьёву пост во время встречи. В ответ визави подтвердил
    согласие": the other participant of the nearest earlier meeting of two, the one who
    did not speak last; nobody when the last speaker was not one of the two."""
    if actor.name.lower() not in _COUNTERPART_WORDS:
        return None
    near = [
        e for e in earlier if e.trigger.start < actor.start and actor.start - e.trigger.end <= 1000
    ]
    speakers = [s for e in near if isinstance(s := getattr(e, "speaker", None), Actor)]
    meetings = [e for e in near if e.type == "Meeting"]
    if not speakers or not meetings:
        return None
    two = meetings[-1].actors()
    if len(two) != 2 or not all(a.kind == "PER" and a.name[:1].isupper() for a in two):
        return None
    others = [a for a in two if a.name != speakers[-1].name]
    if len(others) != 1:
        return None
    return evolve(actor, name=others[0].name, title=others[0].title)


# Plural kin words a family is named by: "дети журналистки Анны Кравцовой".
_FOLLOWING_NAME = re.compile(r" ((?:[А-ЯЁ][а-яё-]+ ?){1,3})")
_FAMILY_WORDS = frozenset("дети сыновья дочери братья сестры сёстры внуки".split())


def _family_meant(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "Дети журналистки Анны Кравцовой заявили …" with "Вера и Илья Кравцовы"
    named in the document: the one group of that family the document names. A kin word
    whose family the document names no group of stays as it is."""
    words = actor.name.split()
    if len(words) < 2 or words[0].lower() not in _FAMILY_WORDS:
        return None
    # whose kin: the name ending the words, or the name right after them
    # ("дети журналистки | Анны Кравцовой")
    named = [w for w in actor.text.split()[1:] if w[:1].isupper()]
    after = _FOLLOWING_NAME.match(people.between(actor.end, actor.end + 80))
    family = named[-1] if named else after.group(1).split()[-1] if after else None
    if family is None:
        return None
    stem = surname_stem(family)
    groups = {
        m.name: m
        for m in people.with_surname(family)
        if m.number == "plur" and " и " in m.name and surname_stem(m.name) == stem
    }
    if len(groups) != 1:
        return None
    [group] = groups.values()
    return evolve(actor, name=group.name, title=actor.title)


def _parties_meant(actor: Actor, earlier: Sequence[Event]) -> list[Actor]:
    """ "стороны" / "обе стороны": the participants of the nearest earlier meeting; "они"
    right after a meeting ("во время встречи с X они договорились"): its participants."""
    word = actor.text.lower()
    if not word.endswith("стороны") and word != "они":
        return []
    for event in reversed(earlier):
        if word == "они" and actor.start - event.trigger.end > 300:
            break  # "они" points back only a little way
        if event.trigger.start < actor.start and event.type in ("Meeting", "Agreement"):
            found = [
                evolve(a, text=actor.text, start=actor.start, end=actor.end) for a in event.actors()
            ]
            if len(found) > 1:
                return found
    return []


def _opponents(actor: Actor, people: PeopleIndex) -> list[Actor]:
    """ "по иску Opera против Хансена …, если стороны не придут к соглашению", "спор между
    X и Y, … стороны договорились": with no meeting before them, "стороны" are the two
    the sentence sets against each other."""
    if not actor.text.lower().endswith("стороны"):
        return []
    found = [
        m
        for m in people.in_sentence(actor.start)
        if m.end <= actor.start and m.kind in ("PER", "ORG") and not m.pronoun
    ]
    for a, b in pairwise(found):
        between = people.between(a.end, b.start).strip().lower()
        before = people.between(max(0, a.start - 7), a.start).strip().lower()
        if between == "против":
            pair = [a, b.in_case("gent")]  # "против Хансена": a genitive
        elif between == "и" and before.endswith("между"):
            pair = [a.in_case("ablt"), b.in_case("ablt")]
        else:
            continue
        return [
            evolve(
                _resolve_actor(m.as_actor(), people, ()),
                start=actor.start,
                end=actor.end,
                text=actor.text,
            )
            for m in pair
        ]
    return []


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        key = a.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
