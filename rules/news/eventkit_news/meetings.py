"""Meeting rules: "встретился с", "провел переговоры с", "поговорил по телефону с",
"позвонил X", "встреча X с Y", "во время встречи с X" (the main clause's subject took part),
"на совещании с", "принимает в Кремле X", gatherings ("собрались для обсуждения"). Sports
matches and dating are not meetings.

Every rule is declared as roles over the core clause layer (``eventkit.roles``); the checks
below only turn readings down.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Meeting
from eventkit.engine.packs import EventRule
from eventkit.engine.roles import (
    ClauseObject,
    ClauseSubject,
    Frame,
    Object,
    Owner,
    Partners,
    RelativeSubject,
    Subject,
)
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, forms, lemma_in, lemmas

# Verbs that are a meeting with whoever "с" introduces.
MEET_VERBS = frozenset(
    """
    встретиться встречаться переговорить побеседовать беседовать созвониться пообщаться
    общаться увидеться поговорить повстречаться
    """.split()
)
# Verbs that are a meeting only with a partner: "обсудил вопросы с X".
DISCUSS_VERBS = frozenset("обсудить обсуждать".split())
# Verbs whose object is the one met: "позвонил Путину", "навестил отца", "повстречает X".
CALL_VERBS = frozenset("позвонить звонить".split())
VISIT_VERBS = frozenset("навестить навещать повстречать встретить".split())
GATHER_VERBS = frozenset("собраться собираться съехаться".split())
MEET_NOUNS = frozenset(
    "встреча переговоры беседа разговор консультация саммит самит аудиенция".split()
)
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
    """
    провести проводить состояться проходить пройти вести иметь начать продолжить давать
    дать
    """.split()
)
# "принял участие в круглом столе / во встрече": the subject took part in a gathering.
GATHERING_NOUNS = VENUE_NOUNS | frozenset("стол конференция форум совет".split())
# Sentences about sports or private life use "встретиться" for something else.
NOT_MEETING_CONTEXT = frozenset(
    """
    матч турнир чемпионат сборная гол тайм финал полуфинал четвертьфинал соперник лига
    кубок свидание романтический поединок бой жениться замуж развод роман бойфренд сцена
    концерт шайба овертайм проигрывать проиграть обыграть
    """.split()
)
# A session of a court is a hearing, which the guidelines do not count as a meeting.
HEARING_NOUNS = frozenset("заседание слушание".split())
COURT_WORDS = frozenset("суд судья присяжный прокурор адвокат подсудимый".split())

MEETING = or_(
    rule(lemma_in(SUPPORT_VERBS), gram("ADJF").repeatable(max=2).optional(), lemma_in(MEET_NOUNS)),
    rule(lemma_in(MEET_VERBS)),
).named("TRIGGER")
NOUN = rule(
    PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(MEET_NOUNS - {"консультация"})
).named("TRIGGER")
TOOK_PART = rule(
    lemma_in({"принять", "принимать"}),
    lemma_in({"участие"}),
    or_(caseless("в"), caseless("во")),
    rule(PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(GATHERING_NOUNS)).named("TRIGGER"),
)
AT_MEETING = rule(
    or_(rule(caseless("на")), rule(caseless("в"), lemma_in({"ход"}))),
    gram("ADJF").repeatable(max=2).optional(),
    lemma_in(VENUE_NOUNS).named("TRIGGER"),
)


def _meeting_context(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """Not about sports or private life; a conversation is a meeting in person or by phone,
    not "разговор о погоде" with nobody named (the roles require someone)."""
    if frame.sentence.lemmas & NOT_MEETING_CONTEXT:
        return False
    if lemmas(frame.trigger[-1]) & HEARING_NOUNS and frame.sentence.lemmas & COURT_WORDS:
        return False  # "в ходе заседания сторона обвинения расскажет суду"
    grams = frame.predicate.grams
    if grams & {"1per", "2per"}:
        return False  # "увижусь с детьми": a speaker's own words, no one to name
    if "INFN" in grams:
        tokens = frame.sentence.tokens
        at = frame.predicate.at
        governing = frame.predicate.governing_verb()
        asked = governing is not None and lemmas(tokens[governing]) & ASKED_FOR
        if asked or any(lemmas(t) & ASKED_FOR for t in tokens[max(0, at - 3) : at]):
            # "попросил не проводить встречу", "попросил Москву и Вашингтон не проводить
            # переговоры": asked for, not held
            return False
    return not _dating(frame)


# Verbs whose infinitive is asked or called for, not done.
ASKED_FOR = frozenset("просить попросить призвать призывать требовать потребовать".split())


def _dating(frame: Frame) -> bool:
    """ "встречается с моделью", "встречались три года": a relationship, not a meeting."""
    tokens = frame.sentence.tokens
    at = frame.predicate.at
    if "встречаться" not in lemmas(tokens[at]):
        return False
    if frame.sentence.lemmas & {"девушка", "подруга", "парень", "модель", "отношение", "пара"}:
        return True
    if at and lemmas(tokens[at - 1]) & {"стать", "начать"}:
        return True  # "стал встречаться с актёром"
    # "встречались три года": a duration right after the verb.
    after = tokens[at + 1 : at + 4]
    return any(lemmas(t) & {"год", "месяц"} for t in after) and any(
        t.type == "INT" or "NUMR" in (forms(t)[0].grams.values if forms(t) else ()) for t in after
    )


def _gathering(frame: Frame, values: Mapping[str, Any]) -> bool:
    """ "лидеры собрались в Брюсселе": several people gather; "собирается подписать" is an
    intention."""
    tokens = frame.sentence.tokens
    end = frame.predicate.end
    if any("INFN" in f.grams.values for t in tokens[end + 1 : end + 3] for f in forms(t)):
        return False
    return _meeting_context(frame, values) and any(
        m.number == "plur" for m in values["participants"]
    )


def _named_partner(frame: Frame, values: Mapping[str, Any]) -> bool:
    """A meeting noun names a meeting when it says with whom: an owner or a partner."""
    if not _meeting_context(frame, values):
        return False
    return bool(
        frame.predicate.owner()
        or frame.predicate.partners(("с", "со", "между"), span=4)
        or (frame.predicate.in_phrase() and len(values["participants"]) > 1)
        # "встреча, на которой министр и посол обсудили …"
        or len(frame.predicate.relative_subject()) > 1
    )


def _at_meeting(frame: Frame, values: Mapping[str, Any]) -> bool:
    """ "сказал глава государства на совещании" reports the speaker taking part; "был
    избран на заседании парламента" does not make a meeting of its own; a visit alone,
    with no one met, is no meeting."""
    if not _meeting_context(frame, values):
        return False
    partners = frame.predicate.partners(("с", "со", "между"), span=4)
    if lemmas(frame.trigger[0]) & {"визит"}:
        return bool(partners)
    if all(m.pronoun for m in values["participants"]):
        return False  # "на встрече стороны обсудили": the meeting reported before
    governing = frame.predicate.governing_verb()
    if governing is None:
        return False
    return bool(partners) or bool(lemmas(frame.sentence.tokens[governing]) & SPEAKING_AT_MEETING)


def _named_after(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """A cheap test before any actor is looked for: "принимает коллегу Саркози" names its
    guest with a capital letter; "принял решение" names no one."""
    tokens = frame.sentence.tokens
    end = frame.predicate.end
    return any(t.value[:1].isupper() for t in tokens[end + 1 : end + 9])


def _receive(frame: Frame, values: Mapping[str, Any]) -> bool:
    """ "Обама принимает в Белом доме своего коллегу Саркози": a named person is received
    by someone who is not a country."""
    guests = values["participants"][1:]
    return (
        bool(guests)
        and all(m.kind == "PER" and not m.pronoun and not m.description for m in guests)
        and values["participants"][0].kind != "GPE"
    )


_WITH = Partners("с", "со", "между")

RULES = (
    EventRule(
        name="meeting.verb",
        event_type=Meeting,
        triggers=MEET_VERBS | MEET_NOUNS,
        grammar=lambda: MEETING,
        roles={"participants": Subject() | _WITH | Owner()},
        accept=_meeting_context,
        window=4,
    ),
    EventRule(
        name="meeting.discuss",
        event_type=Meeting,
        triggers=DISCUSS_VERBS,
        grammar=lambda: rule(lemma_in(DISCUSS_VERBS)).named("TRIGGER"),
        roles={"participants": Subject() | Partners("с", "со", span=8)},
        check=lambda frame, values: (
            bool(frame.predicate.partners(("с", "со"), span=8)) and _meeting_context(frame, values)
        ),
        window=1,
    ),
    EventRule(
        name="meeting.call",
        event_type=Meeting,
        triggers=CALL_VERBS | VISIT_VERBS,
        grammar=lambda: rule(lemma_in(CALL_VERBS | VISIT_VERBS)).named("TRIGGER"),
        roles={
            "participants": Subject(allow_after=False)
            | Object(frozenset({"datv", "accs"}))
            | Partners("с", "со", span=4)
        },
        check=lambda frame, values: (
            len(values["participants"]) > 1 and _meeting_context(frame, values)
        ),
        window=1,
    ),
    EventRule(
        name="meeting.gather",
        event_type=Meeting,
        triggers=GATHER_VERBS,
        grammar=lambda: rule(lemma_in(GATHER_VERBS)).named("TRIGGER"),
        roles={"participants": Subject()},
        check=_gathering,
        window=1,
    ),
    EventRule(
        name="meeting.noun",
        event_type=Meeting,
        triggers=MEET_NOUNS,
        grammar=lambda: NOUN,
        head="last",
        roles={
            "participants": Owner()
            | Partners("с", "со", "между", span=4)
            | ClauseSubject(in_phrase=True)
            | ClauseObject()
            | RelativeSubject()
        },
        check=_named_partner,
        window=3,
    ),
    EventRule(
        name="meeting.receive",
        event_type=Meeting,
        triggers=RECEIVE_VERBS,
        grammar=lambda: rule(lemma_in(RECEIVE_VERBS)).named("TRIGGER"),
        roles={"participants": Subject(allow_after=False) | Object(frozenset({"accs"}), reach=8)},
        accept=_named_after,
        check=_receive,
        window=1,
    ),
    EventRule(
        name="meeting.took-part",
        event_type=Meeting,
        triggers={"участие"},
        grammar=lambda: TOOK_PART,
        head="last",
        roles={"participants": ClauseSubject() | Partners("с", "со", span=4) | RelativeSubject()},
        accept=_meeting_context,
        window=6,
    ),
    EventRule(
        name="meeting.at-meeting",
        event_type=Meeting,
        triggers=VENUE_NOUNS,
        grammar=lambda: AT_MEETING,
        head="last",
        roles={
            "participants": ClauseSubject()
            | Partners("с", "со", "между", span=4)
            | RelativeSubject()
        },
        check=_at_meeting,
        window=4,
    ),
)
