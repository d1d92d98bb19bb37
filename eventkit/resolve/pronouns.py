"""Pronouns ("он", "по её словам", "они") -> the person or the group they point back to."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import FEMININE_FORMS, PERSONAL_FORMS, PLURAL_FORMS
from eventkit.model.events import Actor, Event, Span
from eventkit.resolve.descriptions import title_head
from eventkit.resolve.names import fits_gender, name_fits_gender, surname_stem
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph


def is_pronoun(actor: Actor) -> bool:
    return actor.text.lower() in PERSONAL_FORMS


def pronoun_antecedent(
    actor: Actor,
    people: PeopleIndex,
    earlier: Sequence[Event],
    *,
    others: Collection[str] = (),
) -> Actor | None:
    """The person a pronoun refers to: the nearest named person before it with a compatible
    gender, preferring one that can be a subject; else the main actor of an earlier event.
    Never one whose surname (``surname_stem``) is in ``others``: the pronoun's co-actors
    ("Сидоров встретился с ним" is no meeting of Сидоров with himself)."""
    word = actor.text.lower()
    feminine = word in FEMININE_FORMS
    if word in PLURAL_FORMS:
        plural = people.plural_antecedent(actor.start)
        return plural.as_actor() if plural is not None else None
    # "… говорил Иван Петров:\nОн говорил, что …": "он" in someone's own words is not the
    # one whose words they are (who would say "я").
    quoting = _quoting(actor, people, earlier) | set(others)

    def other(candidate: Mention | Actor) -> bool:
        return surname_stem(candidate.name) not in quoting

    # The nearest person that can be a subject, else the nearest person.
    nearest: Mention | None = None
    for sentence, found in people.backwards(actor.start):
        end = min(sentence.end, actor.start)
        # "Политик заявил, что сам Сальвини осудил …. По его словам": a person named inside
        # what someone said is not the one the story goes on about; the one who said it is.
        reported = _reported_spans(earlier, sentence.start, end)
        if not people.quoted(actor.start, actor.end):
            # "… свои слова:\nМой друг Джузеппе позвонил.\n\nОн отметил": a person named
            # inside a quotation is not the one the narrative's pronoun points to.
            reported.extend(people.quotations_between(sentence.start, end))
        before = [
            m
            for m in found
            if m.end <= actor.start and fits_gender(m, feminine, people) and other(m)
        ]
        subjects = [m for m in before if m.can_be_subject and not _inside(m, reported)]
        # "Об отречении монарх заявил … Своё решение он объяснил": the speaker of an earlier
        # event in the sentence, named, or a title or pronoun resolved to a name, comes first.
        acting = [
            a
            for a, gender in _named_actors(earlier, sentence.start, end)
            if (gender == ("femn" if feminine else "masc") if gender else _fits(a, feminine))
            and not _inside(a, reported)
            and other(a)
        ]
        if acting:
            return acting[-1]
        if subjects:
            return subjects[-1].as_actor()
        if before and nearest is None:
            nearest = before[-1]
            if sentence.start <= actor.start < sentence.end and _clause_opens_between(
                people, nearest, actor
            ):
                # "инаугурация президента Петра Орлова, где он заявил": the person of
                # the clause the pronoun's clause hangs on, before anyone further back
                return nearest.as_actor()
    if nearest is not None:
        if word in ("он", "она") and not nearest.can_be_subject:
            # "… письмо олигарха президенту Ивану Орлову:\nОн говорил …": a subject
            # pronoun goes on with the story's person who acted last, not with a person
            # named in passing in an oblique case
            acted = _protagonist_acting(actor, nearest, people, earlier, feminine, other)
            if acted is not None:
                return acted
        return nearest.as_actor()
    for event in reversed(earlier):
        if event.trigger.start >= actor.start:
            continue
        for candidate in _main_actors(event):
            if (
                candidate.kind == "PER"
                and not is_pronoun(candidate)
                and name_fits_gender(candidate.name, feminine)
                and other(candidate)
            ):
                return candidate
    return None


# How many sentences back the story's person may have acted for a subject pronoun.
_ACTED_REACH = 10


def _protagonist_acting(
    actor: Actor,
    passing: Mention,
    people: PeopleIndex,
    earlier: Sequence[Event],
    feminine: bool,
    other: Callable[[Mention | Actor], bool],
) -> Actor | None:
    """The named main actor of the latest earlier event within ``_ACTED_REACH`` sentences
    that fits the pronoun, when the document names that person in more sentences than the
    person ``passing`` named in an oblique case nearer to the pronoun."""
    here = people.sentence_number(actor.start)
    if here is None:
        return None
    for event in reversed(earlier):
        if event.trigger.start >= actor.start:
            continue
        there = people.sentence_number(event.trigger.start)
        if there is None or here - there > _ACTED_REACH:
            return None
        for candidate in _main_actors(event):
            if (
                candidate.kind == "PER"
                and candidate.name[:1].isupper()
                and candidate.name != candidate.title
                and name_fits_gender(candidate.name, feminine)
                and other(candidate)
                and surname_stem(candidate.name) != surname_stem(passing.name)
            ):
                if people.salience(candidate.name) > people.salience(passing.name):
                    return candidate
                return None
    return None


# Words that open a clause hanging on what comes before it: "…, где он заявил".
_CLAUSE_OPENERS = frozenset("где когда куда откуда".split())


def _clause_opens_between(people: PeopleIndex, named: Mention, pronoun: Actor) -> bool:
    """Whether only ", где" / ", когда" stands between a name and the pronoun after it."""
    words = people.between(named.end, pronoun.start).split()
    return len(words) == 2 and words[0] == "," and words[1].lower() in _CLAUSE_OPENERS


_GENDER_OF = {"он": "masc", "она": "femn", "оно": "neut"}


def organization_antecedent(actor: Actor, people: PeopleIndex) -> Mention | None:
    """ "Компания извинилась за рекламу. Она заявила …": a pronoun opening a sentence
    goes on with the organization that opened the sentence before, when that sentence
    names no person and the organization's noun has the pronoun's gender; "они", with
    nothing plural before it, when the people that sentence names are no subjects ("Клуб
    продлил контракт с Иваном Петровым. Они заявили …")."""
    word = actor.text.lower()
    gender = _GENDER_OF.get(word)
    plural = word == "они"
    if (gender is None and not plural) or people.quoted(actor.start, actor.end):
        return None
    here = people.in_sentence(actor.start)
    if not here or (here[0].start, here[0].end) != (actor.start, actor.end):
        return None
    if here[0].first_token != 0:
        return None
    opening, named = people.opening_before(actor.start)
    if opening is None or opening.kind != "ORG" or "nomn" not in opening.cases:
        return None
    if plural:
        # "«Зенит» продлил контракт с Иваном Петровым. Они заявили": the club, its staff,
        # when nothing plural came before and the people named are not subjects
        if people.plural_antecedent(actor.start) is not None or any(
            "nomn" in m.cases for m in named
        ):
            return None
        return opening
    if named:
        return None
    head = next((w for w in opening.name.split() if get_morph().is_noun(w.lower())), None)
    if head is None:
        return None
    parses = get_morph().parses(head.lower())
    if not parses or parses[0].tag.gender != gender or parses[0].tag.number != "sing":
        return None
    return opening


def _quoting(actor: Actor, people: PeopleIndex, earlier: Sequence[Event]) -> set[str]:
    """The surnames (``surname_stem``) of whoever is quoted in the quotation that holds
    ``actor``: the speakers, standing outside it, of the earlier statements whose content
    lies in it. Empty outside a quotation."""
    holding = [
        (lo, hi)
        for lo, hi in people.quotations_between(actor.start, actor.end)
        if lo <= actor.start and actor.end <= hi
    ]
    if not holding:
        return set()
    lo, hi = holding[0]
    found = set()
    for event in earlier:
        speaker = getattr(event, "speaker", None)
        content = getattr(event, "content", None)
        if not isinstance(speaker, Actor) or not isinstance(content, Span):
            continue
        if lo <= content.start < hi and not lo <= speaker.start < hi:
            found.add(surname_stem(speaker.name))
    return found


def _named_actors(events: Sequence[Event], start: int, end: int) -> list[tuple[Actor, str | None]]:
    """The main actors of ``events`` standing between ``start`` and ``end`` that are
    people with a name (as written, or a title, a description or a pronoun resolved to
    one), in text order, each with the gender its event's verb gives it (None when the
    verb shows none)."""
    found = [
        (a, _subject_gender(event, a))
        for event in events
        for a in _main_actors(event)
        if start <= a.start
        and a.end <= end
        and a.kind == "PER"
        and a.name.lower() not in PERSONAL_FORMS
        and ((a.name[:1].isupper() and a.name != a.title) or _singular_description(a))
    ]
    return sorted(found, key=lambda pair: pair[0].start)


def _subject_gender(event: Event, actor: Actor) -> str | None:
    """The gender a singular past-tense verb opening the event's trigger gives the actor
    before it, its subject ("Кэтлин Морт провела заседание": a woman, whatever her first
    name); None for any other trigger or an actor after it."""
    if actor.end > event.trigger.start or " и " in actor.text:
        return None
    words = event.trigger.text.split()
    return get_morph().past_gender(words[0].lower()) if words else None


def _singular_description(actor: Actor) -> bool:
    """ "Его отец сказал, что …, — он назвал": a speaker the document names by a singular
    description only (a kin word, "источник") is whom the next "он" means."""
    words = actor.name.split()
    return (
        bool(words)
        and actor.name[:1].islower()
        and get_morph().is_singular_noun(title_head(actor.name))
    )


def _fits(actor: Actor, feminine: bool) -> bool:
    """Whether a named speaker, or one described by a noun, fits a pronoun's gender."""
    if actor.name[:1].islower():
        return get_morph().is_feminine(title_head(actor.name)) == feminine
    return name_fits_gender(actor.name, feminine)


def _reported_spans(events: Sequence[Event], start: int, end: int) -> list[tuple[int, int]]:
    """What the statements between ``start`` and ``end`` report, as offsets: the content
    of each whose speaker stands outside it."""
    spans = []
    for event in events:
        speaker = getattr(event, "speaker", None)
        content = getattr(event, "content", None)
        if not isinstance(speaker, Actor) or not isinstance(content, Span):
            continue
        if start <= event.trigger.start < end and not (
            content.start <= speaker.start < content.end
        ):
            spans.append((content.start, content.end))
    return spans


def _inside(mention: Mention | Actor, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= mention.start and mention.end <= hi for lo, hi in spans)


def _main_actors(event: Event) -> Iterable[Actor]:
    speaker = getattr(event, "speaker", None)
    if speaker is not None:
        return [speaker]
    return event.actors()[:1]
