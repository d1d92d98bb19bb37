"""Agreement rules: подписали/заключили/парафировали/продлили соглашение (договор, контракт,
меморандум), "договорились о", "достигли договоренности", joint declarations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from attrs import frozen
from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Agreement
from eventkit.pack import (
    PLAIN_ADJECTIVE,
    PLANNED_MARKERS,
    Agent,
    Check,
    ClauseSubject,
    Complement,
    EventRule,
    Fixed,
    Frame,
    Grammar,
    Head,
    Mention,
    Owner,
    Partners,
    Role,
    RoleValues,
    Subject,
    Token,
    grammemes,
    has_grammeme,
    lemma_in,
    lemmas,
    token_test,
)

SIGN_VERBS = {
    "подписать": "signed", "подписывать": "signed", "заключить": "signed",
    "заключать": "signed", "парафировать": "signed", "продлить": "signed",
    "продлевать": "signed", "перезаключить": "signed", "перезаключать": "signed",
    "расторгнуть": "terminated",
    "разорвать": "terminated", "денонсировать": "terminated", "аннулировать": "terminated",
}  # fmt: skip
DEAL_NOUNS = frozenset(
    """
    соглашение договор контракт меморандум договоренность пакт декларация сделка
    протокол хартия конвенция коммюнике
    """.split()
)
# "заключил сделку со следствием" is a plea bargain, not an agreement between parties.
NOT_DEAL_CONTEXT = frozenset("следствие правосудие".split())
AGREE_VERBS = frozenset(["договориться", "условиться", "согласиться", "согласовать", "сойтись"])
REACH_VERBS = frozenset(["достигнуть", "достичь", "достигать", "прийти", "приходить"])
REACHED_NOUNS = frozenset(["договоренность", "соглашение", "консенсус", "компромисс"])
ANNOUNCE_VERBS = frozenset(["объявить", "заявить"])

NOT_PUNCTUATION = token_test(lambda t: t.type != "PUNCT", "word")
PASSIVE_SIGN = token_test(lambda t: has_grammeme(t, "PRTS", SIGN_VERBS.keys()), "passive-sign")

# Between the verb and its object: a partner ("с коллегой из Египта"), a place or a time
# ("в Пекине", "во вторник", "на полях саммита") or an adverb ("официально", "вчера").
_BETWEEN = or_(
    rule(caseless("с"), NOT_PUNCTUATION.repeatable(max=4)),
    rule(or_(caseless("в"), caseless("во"), caseless("на")), NOT_PUNCTUATION.repeatable(max=3)),
    rule(gram("ADVB")),
)
# "подписали соглашение", "подписал с коллегой из Египта протокол", "заключил контракт",
# "подписали в Пекине соглашение"
SIGN = rule(
    lemma_in(SIGN_VERBS),
    _BETWEEN.repeatable(max=2).optional(),
    or_(gram("ADJF"), gram("NUMR"), gram("PRTF")).repeatable(max=3).optional(),
    lemma_in(DEAL_NOUNS),
).named("TRIGGER")
# The object first: "Документ подписали глава «Газпрома» и председатель CNPC", "Соглашение
# продлили стороны": the signers follow the verb.
OBJECT_NOUNS = DEAL_NOUNS | {"документ"}
OBJECT_FIRST = rule(
    lemma_in(OBJECT_NOUNS),
    rule(lemma_in(SIGN_VERBS)).named("TRIGGER"),
)
# "достигли договоренности", "пришли к соглашению"
REACH = rule(
    lemma_in(REACH_VERBS),
    caseless("к").optional(),
    gram("ADJF").repeatable(max=2).optional(),
    lemma_in(REACHED_NOUNS),
).named("TRIGGER")
AGREE = rule(lemma_in(AGREE_VERBS)).named("TRIGGER")
JOINT = rule(lemma_in({"совместно"}), lemma_in(ANNOUNCE_VERBS)).named("TRIGGER")
# "договор был подписан Медведевым и Обамой", "соглашение должно быть подписано"
PASSIVE = rule(PASSIVE_SIGN).named("TRIGGER")
# "рассказал о предварительной договоренности с Россией"
AGREEMENT_WITH = rule(
    rule(PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in({"договоренность"})).named(
        "TRIGGER"
    ),
    caseless("с"),
)
# "договорённость о … была достигнута между X и Y": the agreement noun and its passive verb.
REACHED_PASSIVE = token_test(lambda t: has_grammeme(t, "PRTS", REACH_VERBS), "reached-passive")
NOUN_REACHED = rule(
    lemma_in(REACHED_NOUNS),
    NOT_PUNCTUATION.repeatable(max=6).optional(),
    REACHED_PASSIVE,
).named("TRIGGER")
# "в договоре между Россией и Осетией …, заключённом в Москве": a participle after the
# document names its signing; the parties follow the document's noun.
SIGNED_PARTICIPLE = token_test(
    lambda t: has_grammeme(t, "PRTF", SIGN_VERBS.keys()), "signed-participle"
)
PARTICIPLE = rule(caseless(","), SIGNED_PARTICIPLE.named("TRIGGER"))
# Consent given to what the other side asked: "парламент дал согласие на назначение",
# "было получено согласие Орловой". The giver is the subject of "дать", the owner of
# the noun after a passive "получено/дано".
CONSENT_VERBS = frozenset("дать давать получить получать".split())
CONSENT_NOUNS = frozenset({"согласие"})
CONSENT = rule(lemma_in(CONSENT_VERBS), PLAIN_ADJECTIVE.optional(), lemma_in(CONSENT_NOUNS)).named(
    "TRIGGER"
)
CONSENT_PASSIVE = rule(
    token_test(lambda t: has_grammeme(t, "PRTS", CONSENT_VERBS), "consent-passive"),
    gram("ADVB").optional(),
    rule(lemma_in(CONSENT_NOUNS)).named("TRIGGER"),
)
# A deal noun with both its parties: the owner in the genitive and a partner after "с"
# ("контракт тренера с клубом", "соглашение «Северстали» с профсоюзом"): the noun names
# an agreement between them, whatever verb the clause has.
_IN_A_PHRASE = token_test(lambda t: t.value not in (".", ",", ";", ":", "—", "(", ")"), "in-phrase")
NOUN_PARTIES = rule(
    rule(PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(DEAL_NOUNS)).named("TRIGGER"),
    _IN_A_PHRASE.repeatable(max=6),
    or_(caseless("с"), caseless("со")),
)
# "сошлись на том, что …", "сошлись на кандидатуре Петрова": agreeing on what "на" names
# (a clause or a person); "сошлись на ринге" is a fight.
CONVERGE_VERBS = frozenset({"сойтись", "сходиться"})
CONVERGE = rule(rule(lemma_in(CONVERGE_VERBS)).named("TRIGGER"), caseless("на"))
# Verbs and nouns whose infinitive complement is a demand or a wish, not an agreement:
# "требуют разорвать соглашение", "с требованиями разорвать договор".
DEMAND_WORDS = frozenset(
    "требовать потребовать требование призывать призвать призыв хотеть".split()
)
# Verbs that make an infinitive agreement real or failed: "смогли договориться".
MODAL_VERBS = frozenset("мочь смочь суметь удаться отказаться".split())


@frozen
class AgreementModality:
    """ "договорились о встрече" is itself the agreement, not a plan."""

    def fill(self, frame: Frame) -> str:
        mood = frame.predicate.modality()
        if any(lemmas(t) & {"отказаться"} for t in frame.before(3)):
            return "negated"  # "отказался подписывать соглашение"
        if frame.trigger_lemmas & AGREE_VERBS and mood == "planned" and _past(frame.head):
            return "asserted"
        return mood


def _past(token: Token) -> bool:
    """ "договорились" (the agreement is made) but "договорятся" (still to come)."""
    return "past" in grammemes(token)


@frozen
class DocumentParties:
    """For a participle after a comma ("договор между X и Y о …, заключённый в Москве"):
    the parties named after the document's noun it qualifies, else its agent."""

    def fill(self, frame: Frame) -> list[Mention]:
        # Back from the word before the comma, up to 14 words.
        for token in reversed(frame.before(15)[:-1]):
            if token.value in (".", ";", "—"):
                break
            if lemmas(token) & DEAL_NOUNS:
                found = frame.predicate_at(token).partners(("между", "с", "со"), span=3)
                return found or frame.predicate.agent()
        return []


# The words that end the clause a passive's document is looked for in.
_CLAUSE_ENDS = frozenset({".", ";", ":", "—", "!", "?"})


@frozen
class PassiveParties:
    """For a passive "подписан": the parties named after the document's noun in the same
    clause, before the verb ("договор между X и Y был подписан", "соглашение с X было
    продлено") or right after it ("был подписан договор между X и Y")."""

    def fill(self, frame: Frame) -> list[Mention]:
        for token in reversed(frame.before(10)):
            if token.value in _CLAUSE_ENDS:
                break
            if lemmas(token) & DEAL_NOUNS:
                return frame.predicate_at(token).partners(("между", "с", "со"), span=3)
        for token in frame.after(3):
            if token.value in _CLAUSE_ENDS or token.value == ",":
                break
            if lemmas(token) & DEAL_NOUNS:
                return frame.predicate_at(token).partners(("между", "с", "со"), span=3)
        return []


@frozen
class Status:
    """signed / terminated by the verb, announced for joint declarations, planned when the
    agreement is still to come, else reached."""

    def fill(self, frame: Frame) -> str:
        if AgreementModality().fill(frame) == "planned":
            return "planned"
        found = frame.trigger_lemmas
        for verb, status in SIGN_VERBS.items():
            if verb in found:
                return status
        return "announced" if found & ANNOUNCE_VERBS else "reached"


def _deal_context(frame: Frame, _values: RoleValues) -> bool:
    """Not a plea deal, and not an agreement someone only demands ("требуют разорвать")."""
    if frame.sentence.lemmas & NOT_DEAL_CONTEXT:
        return False
    return not _demanded(frame)


def _demanded(frame: Frame) -> bool:
    """An infinitive that is demanded or wished for, or governed by nothing that makes it
    an agreement ("требуют разорвать соглашение" but "решили продлить", "смогли
    договориться")."""
    if "INFN" not in grammemes(frame.head):
        return False
    before = frame.before(3)
    if any(lemmas(t) & DEMAND_WORDS for t in before):
        return True
    return not any(lemmas(t) & (PLANNED_MARKERS | MODAL_VERBS) for t in before)


def _agreed(frame: Frame, values: RoleValues) -> bool:
    """ "договорился" with no one and about nothing, and "согласился с доводами",
    "согласилась выйти замуж" (consent) are no agreements; "согласилась на это" (to what
    the other side proposed) is, and so is a group that agreed among itself ("стороны
    договорились", "руководство партии договорилось")."""
    parties = values["parties"]
    if frame.trigger_lemmas & CONVERGE_VERBS:
        return _converged(frame, values)  # "сошлись на ринге" is a fight
    # "члены партии, согласившиеся на посты": a participle describes, an infinitive is
    # still to be agreed; only a finite verb makes one party's agreement
    finite = not grammemes(frame.head) & {"PRTF", "INFN"}
    if "согласиться" in frame.trigger_lemmas and len(parties) < 2:
        return len(parties) == 1 and finite and _agreed_to(frame)
    if len(parties) == 1 and _a_group(parties[0]) and finite:
        return True
    return values.get("subject") is not None or len(parties) >= 2


def _both_parties(frame: Frame, values: RoleValues) -> bool:
    """The noun's owner and its partner after "с" are two different actors."""
    return bool(frame.predicate.owner()) and len(values.get("parties") or []) >= 2


# "сошлись во мнении": views that meet are an agreement
_VIEWS = frozenset("мнение оценка взгляд позиция".split())


def _converged(frame: Frame, values: RoleValues) -> bool:
    """ "сошлись на том, что …", on a person named, or in their views ("во мнении"): what
    they met on was agreed; "сошлись на ринге" is a fight."""
    after = frame.after(4)
    if len(after) >= 2 and after[0].value.lower() in ("в", "во"):
        return bool(lemmas(after[1]) & _VIEWS)  # "сошлись во мнении", "… в оценках"
    if len(after) < 2 or after[0].value.lower() != "на":
        return False
    if after[1].value.lower() == "том":
        return _deal_context(frame, values)
    named = frame.predicate.partners(("на",), span=3)
    return any(m.kind == "PER" and not m.description for m in named) and _deal_context(
        frame, values
    )


def _agreed_to(frame: Frame) -> bool:
    """ "согласилась на это", "согласился на условия": "на" and no infinitive after it
    ("согласился на то, чтобы уйти" is his own step)."""
    after = frame.after(6)
    return (
        bool(after)
        and after[0].value.lower() == "на"
        and not any("INFN" in grammemes(t) or t.value.lower() == "чтобы" for t in after[1:])
    )


def _a_group(party: Mention) -> bool:
    """A party that is many: "стороны", "лидеры фракций", "руководство партии"."""
    return party.number == "plur" or (party.kind == "ORG" and not party.pronoun)


def _consent(frame: Frame, values: RoleValues) -> bool:
    """ "дал согласие" needs its giver: an active verb, not "получил согласие" (the one who
    asked is its subject) nor a participle ("давший согласие" describes someone)."""
    head = frame.head
    if "PRTF" in grammemes(head) or (lemmas(head) & {"получить", "получать"}):
        return False
    return _deal_context(frame, values)


def _passive(frame: Frame, _values: RoleValues) -> bool:
    """A passive "подписан" is an agreement when the sentence names the document."""
    return bool(frame.sentence.lemmas & DEAL_NOUNS) and _deal_context(frame, _values)


def _object_first(frame: Frame, values: RoleValues) -> bool:
    """ "Документ подписали X и Y": the noun opens the clause (the sentence or after a comma)
    and is no subject ("Стороны подписали" is the plain rule's); not a demand."""
    before = list(frame.before(4, anchor="trigger"))[:-1]  # the words before the noun
    while before and grammemes(before[-1]) & {"ADJF", "PRTF", "NUMR"}:
        before.pop()  # "Этот документ", "Новое соглашение"
    opens = not before or before[-1].value.lower() in (",", ";", ":", "—", "а", "но", "и")
    return opens and "plur" in grammemes(frame.head) and _deal_context(frame, values)


# What every agreement rule fills; a row of the table below replaces some of them.
_ROLES: dict[str, Role] = {
    "parties": Subject() | Partners("с", "со", "между"),
    "subject": Complement(),
    "status": Status(),
    "modality": AgreementModality(),
}
_OPTIONAL = frozenset({"subject"})


def _agreement(
    name: str,
    triggers: Iterable[str],
    grammar: Grammar,
    window: int,
    *,
    head: Head = "verb",
    roles: Mapping[str, Role] | None = None,
    optional: Iterable[str] = _OPTIONAL,
    accept: Check = _deal_context,
    check: Check | None = None,
) -> EventRule:
    """One row of the table: an Agreement rule with the common roles and checks."""
    return EventRule(
        name=name,
        event_type=Agreement,
        triggers=triggers,
        grammar=lambda: grammar,
        head=head,
        roles={**_ROLES, **(roles or {})},
        optional=optional,
        accept=accept,
        check=check,
        window=window,
    )


# (name, trigger lemmas, grammar, tokens each side of the trigger, what differs)
RULES = (
    _agreement("agreement.sign", SIGN_VERBS, SIGN, 5),
    _agreement("agreement.reach", REACH_VERBS, REACH, 5),
    _agreement("agreement.agree", AGREE_VERBS, AGREE, 1, check=_agreed),
    _agreement("agreement.joint", {"совместно"}, JOINT, 2, head="last"),
    _agreement(
        "agreement.passive",
        SIGN_VERBS,
        PASSIVE,
        1,
        roles={"parties": Agent() | PassiveParties()},
        optional={"subject", "parties"},
        accept=_passive,
    ),
    _agreement(
        "agreement.noun-reached",
        REACHED_NOUNS,
        NOUN_REACHED,
        8,
        head="last",
        roles={"parties": Partners("между", "с", "со", span=4)},
    ),
    _agreement(
        "agreement.object-first",
        SIGN_VERBS,
        OBJECT_FIRST,
        1,
        roles={"parties": Subject(prefer_after=True)},
        accept=_object_first,
    ),
    _agreement(
        "agreement.participle",
        SIGN_VERBS,
        PARTICIPLE,
        2,
        roles={"parties": DocumentParties(), "status": Fixed("signed")},
    ),
    _agreement(
        "agreement.consent",
        CONSENT_NOUNS,  # the rare noun, not the common verbs, selects the sentences
        CONSENT,
        3,
        roles={"parties": Subject(), "status": Fixed("reached")},
        accept=_consent,
    ),
    _agreement(
        "agreement.consent-passive",
        CONSENT_NOUNS,
        CONSENT_PASSIVE,
        2,
        head="last",
        roles={"parties": Owner(), "status": Fixed("reached")},
    ),
    _agreement(
        "agreement.noun-parties",
        DEAL_NOUNS,
        NOUN_PARTIES,
        8,
        head="last",
        roles={"parties": Owner() | Partners("с", "со", span=6)},
        check=_both_parties,
    ),
    _agreement(
        "agreement.converge",
        CONVERGE_VERBS,
        CONVERGE,
        2,
        roles={"subject": Complement()},
        optional={"subject", "parties"},
        accept=_converged,
    ),
    _agreement(
        "agreement.with",
        {"договоренность"},
        AGREEMENT_WITH,
        4,
        head="last",
        roles={"parties": ClauseSubject() | Partners("с", "со")},
    ),
)
