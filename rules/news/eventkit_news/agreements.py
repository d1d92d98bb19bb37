"""Agreement rules: подписали/заключили/парафировали/продлили соглашение (договор, контракт,
меморандум), "договорились о", "достигли договоренности", joint declarations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen
from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Agreement
from eventkit.clause.predicate import predicate_at
from eventkit.engine.packs import EventRule
from eventkit.engine.roles import (
    Agent,
    ClauseSubject,
    Complement,
    Fixed,
    Frame,
    Partners,
    Role,
    Subject,
)
from eventkit.grammar.actors import Mention
from eventkit.grammar.lexicon import PLANNED_MARKERS
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, forms, lemma_in, lemmas, token_test

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
PASSIVE_SIGN = token_test(
    lambda t: any("PRTS" in f.grams.values and f.normalized in SIGN_VERBS for f in forms(t)),
    "passive-sign",
)

# "подписали соглашение", "подписал с коллегой из Египта протокол", "заключил контракт"
SIGN = rule(
    lemma_in(SIGN_VERBS),
    rule(caseless("с"), NOT_PUNCTUATION.repeatable(max=4)).optional(),
    or_(gram("ADJF"), gram("NUMR"), gram("PRTF")).repeatable(max=3).optional(),
    lemma_in(DEAL_NOUNS),
).named("TRIGGER")
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
REACHED_PASSIVE = token_test(
    lambda t: any("PRTS" in f.grams.values and f.normalized in REACH_VERBS for f in forms(t)),
    "reached-passive",
)
NOUN_REACHED = rule(
    lemma_in(REACHED_NOUNS),
    NOT_PUNCTUATION.repeatable(max=6).optional(),
    REACHED_PASSIVE,
).named("TRIGGER")
# "в договоре между Россией и Осетией …, заключённом в Москве": a participle after the
# document names its signing; the parties follow the document's noun.
SIGNED_PARTICIPLE = token_test(
    lambda t: any("PRTF" in f.grams.values and f.normalized in SIGN_VERBS for f in forms(t)),
    "signed-participle",
)
PARTICIPLE = rule(caseless(","), SIGNED_PARTICIPLE.named("TRIGGER"))
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
        tokens = frame.sentence.tokens
        at = frame.predicate.at
        if any(lemmas(t) & {"отказаться"} for t in tokens[max(0, at - 3) : at]):
            return "negated"  # "отказался подписывать соглашение"
        if frame.trigger_lemmas & AGREE_VERBS and mood == "planned":
            return "asserted"
        return mood


@frozen
class DocumentParties:
    """For a participle after a comma ("договор между X и Y о …, заключённый в Москве"):
    the parties named after the document's noun it qualifies, else its agent."""

    def fill(self, frame: Frame) -> list[Mention]:
        tokens = frame.sentence.tokens
        at = frame.predicate.at
        for i in range(at - 2, max(-1, at - 16), -1):
            if tokens[i].value in (".", ";", "—"):
                break
            if lemmas(tokens[i]) & DEAL_NOUNS:
                found = predicate_at(frame.sentence, frame.match.document, i).partners(
                    ("между", "с", "со"), span=3
                )
                return found or frame.predicate.agent()
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


def _deal_context(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """Not a plea deal, and not an agreement someone only demands ("требуют разорвать")."""
    if frame.sentence.lemmas & NOT_DEAL_CONTEXT:
        return False
    return not _demanded(frame.sentence.tokens, frame.predicate.at)


def _demanded(tokens: list[Any], verb_at: int) -> bool:
    """An infinitive that is demanded or wished for, or governed by nothing that makes it
    an agreement ("требуют разорвать соглашение" but "решили продлить", "смогли
    договориться")."""
    if not any("INFN" in f.grams.values for f in forms(tokens[verb_at])[:1]):
        return False
    before = tokens[max(0, verb_at - 3) : verb_at]
    if any(lemmas(t) & DEMAND_WORDS for t in before):
        return True
    return not any(lemmas(t) & (PLANNED_MARKERS | MODAL_VERBS) for t in before)


def _agreed(frame: Frame, values: Mapping[str, Any]) -> bool:
    """ "договорился" with no one and about nothing, and "согласился с доводами",
    "согласилась выйти замуж" (consent) are no agreements."""
    parties = values["parties"]
    if "согласиться" in frame.trigger_lemmas and len(parties) < 2:
        return False
    return values.get("subject") is not None or len(parties) >= 2


def _passive(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """A passive "подписан" is an agreement when the sentence names the document."""
    return bool(frame.sentence.lemmas & DEAL_NOUNS) and _deal_context(frame, _values)


_PARTIES = Subject() | Partners("с", "со", "между")
_ROLES: dict[str, Role] = {
    "parties": _PARTIES,
    "subject": Complement(),
    "status": Status(),
    "modality": AgreementModality(),
}
_OPTIONAL = {"subject"}

RULES = (
    EventRule(
        name="agreement.sign",
        event_type=Agreement,
        triggers=frozenset(SIGN_VERBS),
        grammar=lambda: SIGN,
        roles=_ROLES,
        optional=_OPTIONAL,
        accept=_deal_context,
        window=5,
    ),
    EventRule(
        name="agreement.reach",
        event_type=Agreement,
        triggers=REACH_VERBS,
        grammar=lambda: REACH,
        roles=_ROLES,
        optional=_OPTIONAL,
        accept=_deal_context,
        window=5,
    ),
    EventRule(
        name="agreement.agree",
        event_type=Agreement,
        triggers=AGREE_VERBS,
        grammar=lambda: AGREE,
        roles=_ROLES,
        optional=_OPTIONAL,
        accept=_deal_context,
        check=_agreed,
        window=1,
    ),
    EventRule(
        name="agreement.joint",
        event_type=Agreement,
        triggers={"совместно"},
        grammar=lambda: JOINT,
        head="last",
        roles=_ROLES,
        optional=_OPTIONAL,
        accept=_deal_context,
        window=2,
    ),
    EventRule(
        name="agreement.passive",
        event_type=Agreement,
        triggers=frozenset(SIGN_VERBS),
        grammar=lambda: PASSIVE,
        roles={**_ROLES, "parties": Agent()},
        optional={"subject", "parties"},
        accept=_passive,
        window=1,
    ),
    EventRule(
        name="agreement.noun-reached",
        event_type=Agreement,
        triggers=REACHED_NOUNS,
        grammar=lambda: NOUN_REACHED,
        head="last",
        roles={**_ROLES, "parties": Partners("между", "с", "со", span=4)},
        optional=_OPTIONAL,
        accept=_deal_context,
        window=8,
    ),
    EventRule(
        name="agreement.participle",
        event_type=Agreement,
        triggers=frozenset(SIGN_VERBS),
        grammar=lambda: PARTICIPLE,
        roles={**_ROLES, "parties": DocumentParties(), "status": Fixed("signed")},
        optional=_OPTIONAL,
        accept=_deal_context,
        window=2,
    ),
    EventRule(
        name="agreement.with",
        event_type=Agreement,
        triggers={"договоренность"},
        grammar=lambda: AGREEMENT_WITH,
        head="last",
        roles={**_ROLES, "parties": ClauseSubject() | Partners("с", "со")},
        optional=_OPTIONAL,
        accept=_deal_context,
        window=4,
    ),
)
