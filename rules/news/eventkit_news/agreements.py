"""Agreement rules: подписали/заключили/парафировали/продлили соглашение (договор, контракт,
меморандум), "договорились о", "достигли договоренности", joint declarations."""

from __future__ import annotations

from collections.abc import Iterable

from yargy import or_, rule
from yargy.predicates import gram

from eventkit import Agreement, Event, RuleMatch, Span
from eventkit.grammar.clauses import modality, objects_after, subject_candidates, token_index
from eventkit.grammar.tokens import lemma_in, lemmas
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
AGREE_VERBS = frozenset(["договориться", "условиться", "согласиться"])
REACH_VERBS = frozenset(["достигнуть", "достичь", "достигать"])
REACHED_NOUNS = frozenset(["договоренность", "соглашение", "консенсус", "компромисс"])
ANNOUNCE_VERBS = frozenset(["объявить", "заявить"])

AGREEMENT = or_(
    rule(
        lemma_in(SIGN_VERBS),
        or_(gram("ADJF"), gram("NUMR"), gram("PRTF")).repeatable(max=3).optional(),
        lemma_in(DEAL_NOUNS),
    ),
    rule(lemma_in(REACH_VERBS), gram("ADJF").repeatable(max=2).optional(), lemma_in(REACHED_NOUNS)),
    rule(lemma_in(AGREE_VERBS)),
    rule(lemma_in({"совместно"}), lemma_in(ANNOUNCE_VERBS)),
).named("TRIGGER")


def _agreement(match: RuleMatch) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    trigger = match.role("TRIGGER")
    first = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    verb_at = last if lemmas(trigger[0]) & {"совместно"} else first
    verb_lemmas = lemmas(sentence.tokens[verb_at])
    parties = subject_candidates(sentence, text, verb_at)
    partners = objects_after(sentence, text, last, ["с", "со", "между"])
    seen = {(m.start, m.end) for m in parties}
    parties = [*parties, *(m for m in partners if (m.start, m.end) not in seen)]
    if not parties:
        return []
    mood = modality(sentence, verb_at)
    if verb_lemmas & AGREE_VERBS and mood == "planned":
        mood = "asserted"  # "договорились" is itself the agreement, not a plan
    status = _status(verb_lemmas, mood)
    subject = _subject(match, last)
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
        triggers=frozenset(SIGN_VERBS) | AGREE_VERBS | REACH_VERBS | {"совместно"},
        grammar=lambda: AGREEMENT,
        interpret=_agreement,
        window=5,
    ),
)
