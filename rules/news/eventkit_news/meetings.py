"""Meeting rules: "встретился с", "провел переговоры с", "поговорил по телефону с",
"позвонил X", "встреча X с Y", "во время встречи с X" (the main
clause's subject took part), "на совещании с", "принимает в Кремле X", gatherings
("собрались для обсуждения"). Sports matches, dating and getting acquainted are not meetings.

Every rule is a row of the table at the end: roles over the core clause layer
(``eventkit.pack``); the checks only turn readings down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Meeting
from eventkit.pack import (
    PLAIN_ADJECTIVE,
    ActorRole,
    Check,
    ClauseObject,
    ClauseSubject,
    EventRule,
    Frame,
    Grammar,
    Head,
    Mention,
    Object,
    Owner,
    Partners,
    RelativeSubject,
    RoleValues,
    Subject,
    grammemes,
    has_grammeme,
    is_named,
    is_person,
    is_place,
    lemma_in,
    lemmas,
)

# Verbs that are a meeting with whoever "с" introduces. "общаться" is not: the
# imperfective is contact that goes on ("общалась со сторонниками", "общаясь с коллегами
# по Skype"), while "пообщался с X" is one occasion.
MEET_VERBS = frozenset(
    """
    встретиться встречаться переговорить побеседовать беседовать созвониться пообщаться
    увидеться поговорить повстречаться
    """.split()
)
# Verbs that are a meeting only with a partner: "обсудил вопросы с X".
DISCUSS_VERBS = frozenset("обсудить обсуждать".split())
# Verbs whose object is the one met: "позвонил Путину", "навестил отца", "повстречает X".
CALL_VERBS = frozenset("позвонить звонить".split())
# "дозвонился до министра": a call that got through to whom "до" names.
CALL_THROUGH_VERBS = frozenset("дозвониться дозваниваться".split())
VISIT_VERBS = frozenset("навестить навещать повстречать встретить".split())
GATHER_VERBS = frozenset("собраться собираться съехаться".split())
MEET_NOUNS = frozenset(
    "встреча переговоры беседа разговор консультация саммит самит аудиенция общение".split()
)
# Nouns of contact that goes on ("для общения с верующими", "в процессе общения с
# командой"): a meeting only when whose it was is said, "после его общения с детьми".
OWNED_MEET_NOUNS = frozenset({"общение"})
# Nouns that name a meeting only when someone is said to take part in it.
VENUE_NOUNS = frozenset("совещание заседание брифинг саммит встреча переговоры визит".split())
# Verbs that, with "на совещании/встрече", show their subject took part in it.
SPEAKING_AT_MEETING = frozenset(
    """
    сказать заявить отметить сообщить подчеркнуть выступить обсудить заметить напомнить
    добавить пояснить рассказать предложить обсуждать говорить выступать
    """.split()
)
# What is done at a session that makes it a meeting of those present.
DISCUSSED_AT = SPEAKING_AT_MEETING | frozenset("рассмотреть рассматривать обсуждаться".split())
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
    кубок свидание романтический поединок бой жениться замуж развод роман бойфренд
    концерт шайба овертайм проигрывать проиграть обыграть
    """.split()
)
# A session of a court is a hearing, which the guidelines do not count as a meeting.
HEARING_NOUNS = frozenset("заседание слушание".split())
COURT_WORDS = frozenset("суд судья присяжный прокурор адвокат подсудимый".split())

# The sessions of a body: "заседание исполнительного комитета", "коллегия МВД", "съезд
# партии", "конференция работников": the body that meets is named after the noun.
SESSION_NOUNS = frozenset("заседание коллегия съезд конференция пленум совещание собрание".split())
SESSION = rule(PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(SESSION_NOUNS)).named(
    "TRIGGER"
)

# "провёл совещание с главами районов", "должен был провести два окружных совещания": a
# session someone holds is a meeting they take part in.
HELD_SESSION_NOUNS = frozenset("совещание заседание планерка планёрка".split())
HELD_SESSION = rule(
    lemma_in({"провести", "проводить"}),
    or_(gram("NUMR"), gram("ADJF"), gram("ADVB")).repeatable(max=3).optional(),
    lemma_in(HELD_SESSION_NOUNS),
).named("TRIGGER")

MEETING = or_(
    rule(
        lemma_in(SUPPORT_VERBS),
        gram("ADJF").repeatable(max=2).optional(),
        lemma_in(MEET_NOUNS - OWNED_MEET_NOUNS),
    ),
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


def _meeting_context(frame: Frame, _values: RoleValues) -> bool:
    """Not about sports or private life; a conversation is a meeting in person or by phone,
    not "разговор о погоде" with nobody named (the roles require someone)."""
    if _private_or_sports(frame) or _on_stage(frame):
        return False
    if lemmas(frame.trigger[-1]) & HEARING_NOUNS and frame.sentence.lemmas & COURT_WORDS:
        return False  # "в ходе заседания сторона обвинения расскажет суду"
    grams = frame.predicate.grams
    if grams & {"1per", "2per"} and not _after_preposition(frame):
        return False  # "увижусь с детьми": a speaker's own words, no one to name
    if "INFN" in grams:
        governing = frame.predicate.governing_verb()
        asked = governing is not None and lemmas(frame.tokens[governing]) & ASKED_FOR
        if asked or any(lemmas(t) & ASKED_FOR for t in frame.before(3)):
            # "попросил не проводить встречу", "попросил Москву и Вашингтон не проводить
            # переговоры": asked for, not held
            return False
    return not _dating(frame)


def _private_or_sports(frame: Frame) -> bool:
    """A word of sports or private life in the sentence; a capitalized one the dictionary
    also reads as a first name is a person's name ("с Романом Абрамовичем")."""
    if not frame.sentence.lemmas & NOT_MEETING_CONTEXT:
        return False
    return any(
        lemmas(t) & NOT_MEETING_CONTEXT and not (t.value[:1].isupper() and has_grammeme(t, "Name"))
        for t in frame.tokens
    )


def _after_preposition(frame: Frame) -> bool:
    """ "на встречу": a word right after a preposition is a noun, whatever verb its form
    also spells ("встречу" is also "I shall meet")."""
    before = frame.before(1, anchor="trigger")
    return bool(before) and has_grammeme(before[0], "PREP")


def _on_stage(frame: Frame) -> bool:
    """ "встретятся на одной сцене": performers sharing a stage; a stage named as a
    building ("в зале новой сцены встретился с артистами") is a venue like any other."""
    if "сцена" not in frame.sentence.lemmas:
        return False
    tokens = frame.tokens
    for i, token in enumerate(tokens):
        if lemmas(token) & {"сцена"} and (
            has_grammeme(token, "loct") or has_grammeme(token, "accs")
        ):
            before = [t.value.lower() for t in tokens[max(0, i - 3) : i]]
            if "на" in before:
                return True
    return False


WEEKDAYS = frozenset("понедельник вторник среда четверг пятница суббота воскресенье".split())


# Verbs whose infinitive is asked or called for, not done.
ASKED_FOR = frozenset("просить попросить призвать призывать требовать потребовать".split())


def _dating(frame: Frame) -> bool:
    """ "встречается с моделью", "встречались три года": a relationship, not a meeting."""
    if "встречаться" not in lemmas(frame.head):
        return False
    if frame.sentence.lemmas & {"девушка", "подруга", "парень", "модель", "отношение", "пара"}:
        return True
    if any(lemmas(t) & {"стать", "начать"} for t in frame.before(1)):
        return True  # "стал встречаться с актёром"
    # "встречались три года": a duration right after the verb.
    after = frame.after(3)
    return any(lemmas(t) & {"год", "месяц"} for t in after) and any(
        t.type == "INT" or "NUMR" in grammemes(t) for t in after
    )


def _gathering(frame: Frame, values: RoleValues) -> bool:
    """ "лидеры собрались в Брюсселе": several people gather; "собирается подписать" is an
    intention."""
    if any(has_grammeme(t, "INFN") for t in frame.after(2)):
        return False
    if _relative_of_meeting(frame):
        return False
    if not _meeting_context(frame, values):
        return False
    if any(m.number == "plur" for m in values["participants"]):
        return True
    # "Госдума соберётся для утверждения премьера", "совет соберётся на заседание": a body
    # meets; "компания собралась с силами" does not, nor "правительство собирается в
    # отпуск" (the imperfective of a body is going somewhere)
    after = [t.value.lower() for t in frame.after(1)]
    if not lemmas(frame.trigger[0]) & {"собраться"}:
        return False
    # "соберётся на заседание", "для утверждения", "в понедельник" ("в дорогу" is a trip)
    after_two = frame.after(2)
    on_a_day = after[:1] == ["в"] and any(lemmas(t) & WEEKDAYS for t in after_two[1:])
    return (after[:1] in (["на"], ["для"]) or on_a_day) and any(
        m.kind == "ORG" and not m.pronoun for m in values["participants"]
    )


def _named_partner(frame: Frame, values: RoleValues) -> bool:
    """A meeting noun names a meeting when it says with whom: an owner or a partner."""
    if not _meeting_context(frame, values) or _told_by_its_verb(frame):
        return False
    if lemmas(frame.trigger[-1]) & OWNED_MEET_NOUNS:
        owners = frame.predicate.owner() or frame.predicate.possessor()
        return bool(owners) and bool(frame.predicate.partners(("с", "со"), span=4))
    return bool(
        frame.predicate.owner()
        or frame.predicate.partners(("с", "со", "между"), span=4)
        or (frame.predicate.in_phrase() and len(values["participants"]) > 1)
        # "встреча, на которой министр и посол обсудили …", "на встречу, где собрались
        # ветераны": the relative clause names who met
        or _a_group_met(frame.predicate.relative_subject())
        or _done_during(frame, values)
    )


def _a_group_met(found: Sequence[Mention]) -> bool:
    """Several actors, or one that is many ("ветераны", "совет директоров"), not a pronoun."""
    if len(found) > 1:
        return True
    return (
        len(found) == 1
        and not found[0].pronoun
        and (found[0].number == "plur" or found[0].kind == "ORG")
    )


def _relative_of_meeting(frame: Frame) -> bool:
    """ "на встречу, где собрались …", "встреча, на которой собрались …": the verb opens
    a relative clause of a meeting noun, which reports the meeting (``meeting.noun``)."""
    before = frame.before(4)
    words = [t.value.lower() for t in before]
    for i in range(len(before) - 1, 0, -1):
        if words[i] == "," and lemmas(before[i - 1]) & MEET_NOUNS:
            opener = words[i + 1 :]
            return opener == ["где"] or (
                len(opener) == 2
                and opener[0] in ("на", "в", "во")
                and bool(lemmas(before[-1]) & {"который"})
            )
    return False


def _told_by_its_verb(frame: Frame) -> bool:
    """ "обсудил в ходе двухчасовой беседы с президентом": a meeting verb just before the
    noun's phrase reports the same meeting, with the noun's partner as its own."""
    governing = frame.predicate.governing_verb()
    if governing is None or not frame.start - 4 <= governing < frame.start:
        return False
    return bool(lemmas(frame.tokens[governing]) & (MEET_VERBS | DISCUSS_VERBS))


def _done_during(frame: Frame, values: RoleValues) -> bool:
    """ "похитители выдвинули требования в ходе телефонных переговоров": what the clause's
    subject did during talks it took part in, even when no one else is named. Not a
    pronoun or "стороны" (the talks reported before), and not a noun after a verb of
    asking or planning ("попросил не проводить")."""
    tokens = frame.tokens
    i = frame.start - 1
    while i >= 0 and grammemes(tokens[i]) & {"ADJF", "PRTF"}:
        i -= 1
    if i < 1 or not lemmas(tokens[i]) & {"ход", "время"}:
        return False
    if tokens[i - 1].value.lower() not in ("в", "во"):
        return False
    subject = frame.predicate.clause_subject()
    if len(subject) != 1 or subject[0].pronoun or subject[0] not in values["participants"]:
        return False
    return is_named(subject[0]) or subject[0].number == "plur"


def _at_meeting(frame: Frame, values: RoleValues) -> bool:
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
    return bool(partners) or bool(lemmas(frame.tokens[governing]) & SPEAKING_AT_MEETING)


def _session_of_a_body(frame: Frame, values: RoleValues) -> bool:
    """ "заседание комитета", "коллегия МВД", "конференция работников": a body or a group
    meets; "собрание сочинений", "коллегия адвокатов" in court, a court's session are no
    meetings; the body must be an organization or people in the plural."""
    if not _meeting_context(frame, values) or frame.sentence.lemmas & COURT_WORDS:
        return False
    if lemmas(frame.trigger[-1]) & {"собрание", "коллегия"} and any(
        lemmas(t) & {"сочинение", "адвокат", "присяжный"} for t in frame.after(2)
    ):
        return False
    before = [t.value.lower() for t in frame.before(3, anchor="trigger")]
    if before[-1:] == ["из"] or {"член", "состав", "делегат"} & {
        w for t in frame.before(3) for w in lemmas(t)
    }:
        return False  # "вышел из коллегии", "член коллегии", "делегат съезда": a membership
    before_trigger = frame.tokens[: frame.start]
    for i in range(len(before_trigger) - 1, -1, -1):
        token = before_trigger[i]
        grams = grammemes(token)
        if "VERB" in grams or "PRTS" in grams or token.value in (",", ";", "—"):
            break
        if "INFN" in grams:
            if i and before_trigger[i - 1].value.lower() in ("будет", "будут"):
                break  # "решение будет принимать съезд партии": a future, the session acts
            return False  # "рассмотреть на заседании решено": what is to be done there
    if _a_venue(frame):
        # "на заседании комиссии рассмотрены меры": a venue is a meeting where something is
        # discussed or said there ("избран на заседании парламента" is not); a session
        # someone goes to or is kept from ("не допущен на конференцию работников"), or one
        # that something is for or after, takes place all the same.
        governing = frame.predicate.governing_verb()
        if governing is None or not lemmas(frame.tokens[governing]) & DISCUSSED_AT:
            return False
    owners = frame.predicate.owner()
    return bool(owners) and all(
        m.kind == "ORG" or (m.kind == "PER" and m.number == "plur" and not m.pronoun)
        for m in owners
    )


def _a_venue(frame: Frame) -> bool:
    """The session noun is where something happens: "в"/"на" and the locative ("на
    заседании", "в собрании"), not a direction ("на заседание") or another preposition
    ("для заседания", "после съезда")."""
    if not frame.predicate.in_phrase():
        return False
    before = [t for t in frame.tokens[: frame.start] if not grammemes(t) & {"ADJF", "PRTF"}]
    if not before or before[-1].value.lower() not in ("в", "во", "на"):
        return False  # "в ходе заседания", "после съезда": the session took place
    noun = frame.trigger[-1]
    return has_grammeme(noun, "loct") or has_grammeme(noun, "loc2")


def _named_after(frame: Frame, _values: RoleValues) -> bool:
    """A cheap test before any actor is looked for: "принимает коллегу Саркози" names its
    guest with a capital letter; "принял решение" names no one."""
    return any(t.value[:1].isupper() for t in frame.after(8))


def _receive(frame: Frame, values: RoleValues) -> bool:
    """ "Обама принимает в Белом доме своего коллегу Саркози": a named person is received
    by someone who is not a country."""
    guests = values["participants"][1:]
    return (
        bool(guests)
        and all(is_person(m) and is_named(m) for m in guests)
        and not is_place(values["participants"][0])
    )


def _discussed(frame: Frame, values: RoleValues) -> bool:
    """ "обсудил вопросы" is a meeting only with a partner: "обсудил с X", or two parties
    named as its subject ("Путин и Токаев обсудили", "президенты России и Казахстана
    обсудили"); "министры обсудили бюджет" names no parties."""
    if not frame.predicate.partners(("с", "со"), span=8) and not _parties(
        frame, values["participants"]
    ):
        return False
    return _meeting_context(frame, values)


def _parties(frame: Frame, subject: Sequence[Mention]) -> bool:
    """Two or more named actors (persons one by one, states, bodies), or a plural
    description of two states or bodies
    ("президенты России и Казахстана": the second one in the genitive after "и")."""
    if len(subject) > 1:
        # "эксперты и журналисты обсудили фильм" names groups, not parties
        return all(
            m.kind in ("GPE", "ORG") or (is_named(m) and m.number != "plur") for m in subject
        )
    if len(subject) != 1 or subject[0].kind != "PER" or subject[0].number != "plur":
        return False
    after = subject[0].last_token + 1
    tokens = frame.tokens
    if after >= len(tokens) or tokens[after].value.lower() != "и":
        return False
    return any(
        m.first_token == after + 1 and m.kind in ("GPE", "ORG") and "gent" in m.cases
        for m in frame.predicate.mentions
    )


def _called(frame: Frame, values: RoleValues) -> bool:
    """ "позвонил Путину": someone called and someone was called; "позвонил в полицию"
    calls an organization ("позвонил в дверь", "звонили в колокола", "позвонил в Москву"
    name none)."""
    if _after_preposition(frame):
        return False  # "на встречу" is the noun, not "встречу" (I shall meet)
    tokens = frame.tokens
    called_in = [
        m
        for m in values["participants"]
        if m.first_token and tokens[m.first_token - 1].value.lower() in ("в", "во")
    ]
    if any(m.kind != "ORG" or m.pronoun for m in called_in):
        return False
    return len(values["participants"]) > 1 and _meeting_context(frame, values)


def _verb(words: frozenset[str]) -> Grammar:
    """A one-word trigger: any of ``words``."""
    return rule(lemma_in(words)).named("TRIGGER")


def _meeting(
    name: str,
    triggers: Iterable[str],
    grammar: Grammar,
    window: int,
    participants: ActorRole,
    *,
    head: Head = "verb",
    accept: Check | None = None,
    check: Check | None = None,
) -> EventRule:
    """One row of the table: a Meeting rule and who its participants are."""
    return EventRule(
        name=name,
        event_type=Meeting,
        triggers=triggers,
        grammar=lambda: grammar,
        head=head,
        roles={"participants": participants},
        accept=accept,
        check=check,
        window=window,
    )


_WITH = Partners("с", "со", "между")
_WITH_NEAR = Partners("с", "со", "между", span=4)

# (name, trigger lemmas, grammar, tokens each side of the trigger, participants, checks)
RULES = (
    _meeting(
        "meeting.verb",
        MEET_VERBS | MEET_NOUNS - OWNED_MEET_NOUNS,
        MEETING,
        4,
        Subject() | _WITH | Owner(),
        accept=_meeting_context,
    ),
    _meeting(
        "meeting.discuss",
        DISCUSS_VERBS,
        _verb(DISCUSS_VERBS),
        1,
        Subject() | Partners("с", "со", span=8),
        check=_discussed,
    ),
    _meeting(
        "meeting.call",
        CALL_VERBS | VISIT_VERBS,
        _verb(CALL_VERBS | VISIT_VERBS),
        1,
        Subject(allow_after=False)
        | Object(frozenset({"datv", "accs"}))
        | Partners("с", "со", span=4)
        | Partners("в", "во", span=2),
        check=_called,
    ),
    _meeting(
        "meeting.call-through",
        CALL_THROUGH_VERBS,
        _verb(CALL_THROUGH_VERBS),
        1,
        Subject(allow_after=False) | Partners("до", span=4),
        check=_called,
    ),
    _meeting("meeting.gather", GATHER_VERBS, _verb(GATHER_VERBS), 1, Subject(), check=_gathering),
    _meeting(
        "meeting.noun",
        MEET_NOUNS,
        NOUN,
        3,
        Owner() | _WITH_NEAR | ClauseSubject(in_phrase=True) | ClauseObject() | RelativeSubject(),
        head="last",
        check=_named_partner,
    ),
    _meeting(
        "meeting.held-session",
        HELD_SESSION_NOUNS,
        HELD_SESSION,
        4,
        Subject() | _WITH_NEAR | Owner(),
        head="verb",
        accept=_meeting_context,
    ),
    _meeting(
        "meeting.session",
        SESSION_NOUNS,
        SESSION,
        3,
        Owner(),
        head="last",
        check=_session_of_a_body,
    ),
    _meeting(
        "meeting.receive",
        RECEIVE_VERBS,
        _verb(RECEIVE_VERBS),
        1,
        Subject(allow_after=False) | Object(frozenset({"accs"}), reach=8),
        accept=_named_after,
        check=_receive,
    ),
    _meeting(
        "meeting.took-part",
        {"участие"},
        TOOK_PART,
        6,
        ClauseSubject() | Partners("с", "со", span=4) | RelativeSubject(),
        head="last",
        accept=_meeting_context,
    ),
    _meeting(
        "meeting.at-meeting",
        VENUE_NOUNS,
        AT_MEETING,
        4,
        ClauseSubject() | _WITH_NEAR | RelativeSubject(),
        head="last",
        check=_at_meeting,
    ),
)
