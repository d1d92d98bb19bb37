"""Meeting rules: "встретился с", "провел встречу с", "провели переговоры", "переговоры между
делегациями", "соберутся для обсуждения", "на совещании с", phone calls ("телефонный
разговор"). Sports matches and dating are not meetings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Event, Meeting, RuleMatch
from eventkit.grammar.actors import Mention, mentions
from eventkit.grammar.clauses import (
    coordinated,
    modality,
    objects_after,
    subject_candidates,
    token_index,
)
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, forms, lemma_in, lemmas, token_test
from eventkit.packs import EventRule

MEET_VERBS = frozenset(
    "встретиться встречаться переговорить побеседовать созвониться пообщаться увидеться".split()
)
GATHER_VERBS = frozenset("собраться собираться съехаться".split())
MEET_NOUNS = frozenset("встреча переговоры беседа разговор консультация".split())
# Nouns that name a meeting only when someone is said to take part in it.
VENUE_NOUNS = frozenset("совещание заседание брифинг саммит встреча переговоры визит".split())
# Verbs that, with "на совещании/встрече", show their subject took part in it.
SPEAKING_AT_MEETING = frozenset(
    """
    сказать заявить отметить сообщить подчеркнуть выступить обсудить заметить напомнить
    добавить пояснить рассказать предложить обсуждать говорить выступать
    """.split()
)
# "принимает в Белом доме французского коллегу": receiving a named guest.
RECEIVE_VERBS = frozenset("принимать принять".split())
SUPPORT_VERBS = frozenset(
    "провести проводить состояться проходить пройти вести иметь начать продолжить".split()
)
# Sentences about sports or private life use "встретиться" for something else.
NOT_MEETING_CONTEXT = frozenset(
    """
    матч турнир чемпионат сборная гол тайм финал полуфинал четвертьфинал соперник лига
    кубок свидание романтический поединок бой жениться замуж развод роман бойфренд сцена
    концерт
    """.split()
)

MEETING = or_(
    rule(lemma_in(SUPPORT_VERBS), gram("ADJF").repeatable(max=2).optional(), lemma_in(MEET_NOUNS)),
    rule(lemma_in(MEET_VERBS)),
    rule(lemma_in(GATHER_VERBS)),
).named("TRIGGER")
# "Встреча Путина и Трампа состоялась в Хельсинки": the noun is the subject.
HELD_VERBS = frozenset("состояться пройти проходить продлиться завершиться начаться".split())
NOUN_SUBJECT = rule(
    PLAIN_ADJECTIVE.repeatable(max=2).optional(),
    token_test(
        lambda t: any(f.normalized in MEET_NOUNS and "nomn" in f.grams.values for f in forms(t)),
        "meeting-noun",
    ),
).named("TRIGGER")
AT_MEETING = rule(
    or_(rule(caseless("на")), rule(caseless("в"), lemma_in({"ход"}))),
    gram("ADJF").repeatable(max=2).optional(),
    lemma_in(VENUE_NOUNS).named("TRIGGER"),
)


def _meeting(match: RuleMatch) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    if sentence.lemmas & NOT_MEETING_CONTEXT:
        return []
    trigger = match.role("TRIGGER")
    first = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    tokens = sentence.tokens
    if lemmas(trigger[-1]) & {"разговор"} and not sentence.lemmas & {"телефонный", "телефон"}:
        return []
    if _dating(tokens[first], sentence):
        return []
    gathering = bool(lemmas(trigger[0]) & GATHER_VERBS)
    if gathering and _infinitive_next(tokens, last):
        return []  # "собирается подписать": an intention, not a gathering
    subjects = subject_candidates(sentence, text, first)
    if gathering and not any(_plural(m) for m in subjects):
        return []
    partners = objects_after(sentence, text, last, ["с", "со", "между"])
    if not partners and len(trigger) > 1:
        partners = _genitive_after(sentence, text, last)
    participants = _unique([*subjects, *partners])
    if not participants:
        return []
    return [_meeting_event(match, trigger, participants, first)]


def _at_meeting(match: RuleMatch) -> Iterable[Event]:
    """ "сказал глава государства на совещании", "заявил в ходе брифинга с X": the
    subject of the sentence's verb took part, with whoever "с" introduces."""
    sentence, text = match.sentence, match.text
    if sentence.lemmas & NOT_MEETING_CONTEXT:
        return []
    trigger = match.role("TRIGGER")
    at = token_index(sentence, trigger[0])
    tokens = sentence.tokens
    nearby = sorted(
        [*range(max(0, at - 8), at), *range(at + 1, min(len(tokens), at + 14))],
        key=lambda i: abs(i - at),
    )
    verb_at = next((i for i in nearby if "VERB" in _first_grams(tokens[i])), None)
    if verb_at is None:
        return []
    subjects = subject_candidates(sentence, text, verb_at)
    partners = objects_after(sentence, text, at, ["с", "со", "между"], span=4)
    if lemmas(trigger[0]) & {"визит"}:
        # "в ходе визита в Украину договорился с президентом Януковичем": the talks
        # partner follows the verb; a visit alone, with no one met, is not a meeting.
        partners = partners or objects_after(sentence, text, verb_at, ["с", "со"], span=5)
        if not partners:
            return []
    participants = _unique([*subjects, *partners])
    if not participants:
        return []
    if not partners and not lemmas(tokens[verb_at]) & SPEAKING_AT_MEETING:
        # "сказал глава государства на совещании" reports the speaker taking part; "был
        # избран на заседании парламента" does not make a meeting of its own.
        return []
    return [_meeting_event(match, trigger, participants, verb_at)]


def _first_grams(token: Any) -> frozenset[str]:
    found = forms(token)
    return found[0].grams.values if found else frozenset()


def _receive(match: RuleMatch) -> Iterable[Event]:
    """ "Обама принимает в Белом доме своего французского коллегу Николя Саркози"."""
    sentence, text = match.sentence, match.text
    trigger = match.role("TRIGGER")
    at = token_index(sentence, trigger[0])
    guest = next(
        (
            m
            for m in mentions(sentence, text)
            if at < m.first_token <= at + 8
            and m.kind == "PER"
            and not m.pronoun
            and not m.description
            and "accs" in m.cases | ({"accs"} if not m.cases else set())
        ),
        None,
    )
    if guest is None or not _only_adverbials(sentence.tokens[at + 1 : guest.first_token]):
        return []
    hosts = [
        m for m in subject_candidates(sentence, text, at, allow_after=False) if m.kind != "GPE"
    ]
    if not hosts:
        return []
    return [_meeting_event(match, trigger, _unique([*hosts, guest]), at)]


def _only_adverbials(tokens: list[Any]) -> bool:
    """Nothing but a place phrase or adjectives between the verb and its guest ("принимает
    в Белом доме своего коллегу"); a direct object ("приняли обращение") rules it out."""
    governed = False
    for token in tokens:
        grams = _first_grams(token)
        if token.value in (",", ".", ";"):
            return False
        if "PREP" in grams:
            governed = True
        elif "NOUN" in grams and not governed:
            return False
    return True


def _noun_subject(match: RuleMatch) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    if sentence.lemmas & NOT_MEETING_CONTEXT:
        return []
    trigger = match.role("TRIGGER")
    last = token_index(sentence, trigger[-1])
    tokens = sentence.tokens
    held = next(
        (i for i in range(last + 1, min(len(tokens), last + 10)) if lemmas(tokens[i]) & HELD_VERBS),
        None,
    )
    if held is None or any(t.value in (".", ";") for t in tokens[last:held]):
        return []
    participants = _genitive_after(sentence, text, last)
    partners = objects_after(sentence, text, last, ["с", "со", "между"], span=held - last)
    participants = _unique([*participants, *partners])
    if not participants:
        return []
    return [_meeting_event(match, trigger, participants, held)]


def _dating(verb: Any, sentence: Any) -> bool:
    """ "встречается с моделью", "встречались три года": a relationship, not a meeting."""
    found = forms(verb)
    if not found or "встречаться" not in lemmas(verb):
        return False
    if {"pres", "sing"} <= found[0].grams.values:
        return True  # "форвард встречается с моделью"; "они встречаются для обсуждения" is talks
    return bool(sentence.lemmas & {"год", "месяц"}) and any(
        t.type == "INT" or "NUMR" in (forms(t)[0].grams.values if forms(t) else ())
        for t in sentence.tokens
    )


def _meeting_event(
    match: RuleMatch, trigger: list[Any], participants: list[Mention], verb_at: int
) -> Meeting:
    return Meeting(
        trigger=match.span_of(trigger),
        sentence=match.sentence_span,
        modality=modality(match.sentence, verb_at),  # type: ignore[arg-type]
        participants=[m.as_actor() for m in participants],
        pack=match.pack,
        rule=match.rule,
    )


def _infinitive_next(tokens: list[Any], index: int) -> bool:
    return any("INFN" in f.grams.values for t in tokens[index + 1 : index + 3] for f in forms(t))


def _plural(mention: Mention) -> bool:
    return mention.number == "plur"


def _genitive_after(sentence: Any, text: str, index: int) -> list[Mention]:
    """ "переговоры делегаций России и Китая": participants in the genitive."""
    found = mentions(sentence, text)
    for m in found:
        if m.first_token == index + 1 and "gent" in m.cases:
            return coordinated(sentence, found, m, forward=True)
    return []


def _unique(found: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in found:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


RULES = (
    EventRule(
        name="meeting.verb",
        event_type=Meeting,
        triggers=MEET_VERBS | MEET_NOUNS | GATHER_VERBS,
        grammar=lambda: MEETING,
        interpret=_meeting,
        window=4,
    ),
    EventRule(
        name="meeting.noun-subject",
        event_type=Meeting,
        triggers=MEET_NOUNS,
        grammar=lambda: NOUN_SUBJECT,
        interpret=_noun_subject,
        window=3,
    ),
    EventRule(
        name="meeting.receive",
        event_type=Meeting,
        triggers=RECEIVE_VERBS,
        grammar=lambda: rule(lemma_in(RECEIVE_VERBS)).named("TRIGGER"),
        interpret=_receive,
        window=1,
    ),
    EventRule(
        name="meeting.at-meeting",
        event_type=Meeting,
        triggers=VENUE_NOUNS,
        grammar=lambda: AT_MEETING,
        interpret=_at_meeting,
        window=4,
    ),
)
