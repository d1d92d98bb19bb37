"""Agreement rules: подписали/заключили/парафировали/продлили соглашение (договор, контракт,
меморандум), "договорились о", "достигли договоренности", joint declarations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from yargy import or_, rule
from yargy.predicates import caseless, gram

from eventkit import Agreement, Event, RuleMatch, Span
from eventkit.grammar.actors import Mention, mentions
from eventkit.grammar.clauses import (
    coordinated,
    modality,
    objects_after,
    subject_candidates,
    token_index,
)
from eventkit.grammar.lexicon import PLANNED_MARKERS
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, forms, lemma_in, lemmas, token_test
from eventkit.packs import EventRule

SIGN_VERBS = {
    "подписать": "signed", "подписывать": "signed", "заключить": "signed",
    "заключать": "signed", "парафировать": "signed", "продлить": "signed",
    "продлевать": "signed", "расторгнуть": "terminated",
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
AGREE_VERBS = frozenset(["договориться", "условиться", "согласиться"])
REACH_VERBS = frozenset(["достигнуть", "достичь", "достигать"])
REACHED_NOUNS = frozenset(["договоренность", "соглашение", "консенсус", "компромисс"])
ANNOUNCE_VERBS = frozenset(["объявить", "заявить"])

NOT_PUNCTUATION = token_test(lambda t: t.type != "PUNCT", "word")
PASSIVE_SIGN = token_test(
    lambda t: any("PRTS" in f.grams.values and f.normalized in SIGN_VERBS for f in forms(t)),
    "passive-sign",
)

AGREEMENT = or_(
    rule(
        lemma_in(SIGN_VERBS),
        # "подписал с коллегой из Египта протокол"
        rule(caseless("с"), NOT_PUNCTUATION.repeatable(max=4)).optional(),
        or_(gram("ADJF"), gram("NUMR"), gram("PRTF")).repeatable(max=3).optional(),
        lemma_in(DEAL_NOUNS),
    ),
    rule(lemma_in(REACH_VERBS), gram("ADJF").repeatable(max=2).optional(), lemma_in(REACHED_NOUNS)),
    rule(lemma_in(AGREE_VERBS)),
    rule(lemma_in({"совместно"}), lemma_in(ANNOUNCE_VERBS)),
    # "договор был подписан Медведевым и Обамой", "соглашение должно быть подписано"
    rule(PASSIVE_SIGN),
    # "рассказал о предварительной договоренности с Россией"
    rule(
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        lemma_in({"договоренность"}),
        caseless("с"),
    ),
).named("TRIGGER")
# Verbs and nouns whose infinitive complement is a demand or a wish, not an agreement:
# "требуют разорвать соглашение", "с требованиями разорвать договор".
DEMAND_WORDS = frozenset(
    "требовать потребовать требование призывать призвать призыв хотеть".split()
)


def _agreement(match: RuleMatch) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    trigger = match.role("TRIGGER")
    first = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    tokens = sentence.tokens
    verb_at = last if lemmas(trigger[0]) & {"совместно"} else first
    verb_lemmas = lemmas(tokens[verb_at])
    if _demanded(tokens, verb_at):
        return []
    noun_trigger = bool(lemmas(trigger[-1]) & {"с"})
    if noun_trigger:
        trigger = [t for t in trigger if t.value.lower() not in ("с", "со")]
        last = token_index(sentence, trigger[-1])
        governing = _governing_verb(tokens, first)
        if governing is None:
            return []
        verb_at = governing
        verb_lemmas = {"договориться"}
    passive = any("PRTS" in f.grams.values for f in forms(tokens[first])) and not noun_trigger
    if passive:
        # The subject is the document signed; the parties are the agents after the verb.
        if not sentence.lemmas & DEAL_NOUNS:
            return []
        parties = _agents_after(sentence, text, last)
    else:
        parties = subject_candidates(sentence, text, verb_at)
    partners = objects_after(
        sentence, text, last - (1 if noun_trigger else 0), ["с", "со", "между"]
    )
    seen = {(m.start, m.end) for m in parties}
    parties = [*parties, *(m for m in partners if (m.start, m.end) not in seen)]
    if not parties and not passive:
        return []
    mood = modality(sentence, verb_at)
    if verb_lemmas & AGREE_VERBS and mood == "planned":
        mood = "asserted"  # "договорились" is itself the agreement, not a plan
    status = _status(verb_lemmas, mood)
    subject = _subject(match, last)
    if verb_lemmas & AGREE_VERBS and subject is None and len(parties) < 2:
        return []  # "договорился" with no one and about nothing
    if "согласиться" in verb_lemmas and len(parties) < 2:
        return []  # "согласился с доводами", "согласилась выйти замуж": consent, no deal
    if sentence.lemmas & NOT_DEAL_CONTEXT:
        return []
    return [
        Agreement(
            trigger=match.span_of(trigger),
            sentence=match.sentence_span,
            modality=mood,  # type: ignore[arg-type]
            parties=[m.as_actor() for m in parties],
            subject=subject,
            status=status,  # type: ignore[arg-type]
            pack=match.pack,
            rule=match.rule,
        )
    ]


def _demanded(tokens: list[Any], verb_at: int) -> bool:
    """An infinitive that is demanded or wished for ("требуют разорвать соглашение")."""
    if not any("INFN" in f.grams.values for f in forms(tokens[verb_at])[:1]):
        return False
    before = tokens[max(0, verb_at - 3) : verb_at]
    return any(lemmas(t) & DEMAND_WORDS for t in before) or not any(
        lemmas(t) & PLANNED_MARKERS for t in before
    )


def _governing_verb(tokens: list[Any], index: int) -> int | None:
    """The finite verb of the clause a noun trigger sits in (before it, else after)."""
    order = [
        *range(index - 1, max(-1, index - 8), -1),
        *range(index + 1, min(len(tokens), index + 6)),
    ]
    for i in order:
        found = forms(tokens[i])
        if found and "VERB" in found[0].grams.values:
            return int(i)
    return None


def _agents_after(sentence: Any, text: str, index: int) -> list[Mention]:
    """Agents of a passive verb, in the instrumental ("подписан Медведевым и Обамой")."""
    found = mentions(sentence, text)
    for m in found:
        if index < m.first_token <= index + 2 and "ablt" in m.cases:
            return [g for g in coordinated(sentence, found, m, forward=True) if "ablt" in g.cases]
    return []


def _status(verb_lemmas: set[str], mood: str) -> str:
    if mood == "planned":
        return "planned"
    for verb, status in SIGN_VERBS.items():
        if verb in verb_lemmas:
            return status
    if verb_lemmas & ANNOUNCE_VERBS:
        return "announced"
    return "reached"


def _subject(match: RuleMatch, last: int) -> Span | None:
    """What was agreed: "о …" / "что …" / an infinitive after the trigger, up to a
    participle clause or the end of the sentence."""
    tokens = match.sentence.tokens
    start = None
    for i in range(last + 1, min(len(tokens), last + 4)):
        value = tokens[i].value.lower()
        if value in ("о", "об", "обо", "по"):
            start = i
            break
        if value == "что" and i + 1 < len(tokens):
            start = i + 1
            break
        if any("INFN" in f.grams.values for f in getattr(tokens[i], "forms", [])):
            start = i
            break
    if start is None:
        return None
    end = len(tokens)
    for i in range(start + 1, len(tokens)):
        if tokens[i].value in (";", ".", "!", "?"):
            end = i
            break
        if tokens[i - 1].value == "," and any(
            "GRND" in f.grams.values for f in getattr(tokens[i], "forms", [])
        ):
            end = i - 1
            break
    if end <= start:
        return None
    return match.span(tokens[start].span.start, tokens[end - 1].span.stop)


RULES = (
    EventRule(
        name="agreement.sign-or-agree",
        event_type=Agreement,
        triggers=frozenset(SIGN_VERBS)
        | AGREE_VERBS
        | REACH_VERBS
        | {"совместно", "договоренность"},
        grammar=lambda: AGREEMENT,
        interpret=_agreement,
        window=5,
    ),
)
