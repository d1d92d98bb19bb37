"""Meeting rules: "встретился с", "провел встречу с", "провели переговоры", "переговоры между
делегациями", phone calls ("телефонный разговор"). Sports matches and dates are not meetings."""

from __future__ import annotations

from collections.abc import Iterable

from yargy import or_, rule
from yargy.predicates import gram

from eventkit import Event, Meeting, RuleMatch
from eventkit.grammar.actors import Mention, mentions
from eventkit.grammar.clauses import modality, objects_after, subject_candidates, token_index
from eventkit.grammar.tokens import cases, lemma_in, lemmas
from eventkit.packs import EventRule

MEET_VERBS = frozenset(
    ["встретиться", "встречаться", "переговорить", "побеседовать", "созвониться"]
)
MEET_NOUNS = frozenset(["встреча", "переговоры", "беседа", "разговор", "консультация"])
SUPPORT_VERBS = frozenset(
    """
    провести проводить состояться проходить пройти вести иметь начать продолжить
    """.split()
)
# Sentences about sports or private life use "встретиться" for something else.
NOT_MEETING_CONTEXT = frozenset(
    """
    матч турнир чемпионат сборная гол тайм финал полуфинал четвертьфинал соперник лига
    кубок свидание романтический поединок бой
    """.split()
)

MEET_VERB = lemma_in(MEET_VERBS)
MEET_NOUN = lemma_in(MEET_NOUNS)
SUPPORT_VERB = lemma_in(SUPPORT_VERBS)

MEETING = or_(
    rule(SUPPORT_VERB, gram("ADJF").repeatable(max=2).optional(), MEET_NOUN),
    rule(MEET_VERB),
).named("TRIGGER")


def _meeting(match: RuleMatch) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    if sentence.lemmas & NOT_MEETING_CONTEXT:
        return []
    trigger = match.role("TRIGGER")
    first = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    noun = trigger[-1]
    if lemmas(noun) & {"разговор"} and not _phone_call(sentence):
        return []
    verb_at = first
    subjects = subject_candidates(sentence, text, verb_at)
    partners = objects_after(sentence, text, last, ["с", "со", "между"])
    if not partners and len(trigger) > 1:
        partners = _genitive_after(sentence, text, last)
    participants = _unique([*subjects, *partners])
    if not participants:
        return []
    return [
        Meeting(
            trigger=match.span_of(trigger),
            sentence=match.sentence_span,
            modality=modality(sentence, verb_at),  # type: ignore[arg-type]
            participants=[m.as_actor() for m in participants],
            pack=match.pack,
            rule=match.rule,
        )
    ]


def _phone_call(sentence: object) -> bool:
    found: frozenset[str] = sentence.lemmas  # type: ignore[attr-defined]
    return bool(found & {"телефонный", "телефон"})


def _genitive_after(sentence: object, text: str, index: int) -> list[Mention]:
    """ "переговоры делегаций России и Китая": participants in the genitive."""
    found = mentions(sentence, text)
    for m in found:
        if m.first_token == index + 1 and "gent" in m.cases:
            from eventkit.grammar.clauses import coordinated

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
        triggers=MEET_VERBS | MEET_NOUNS,
        grammar=lambda: MEETING,
        interpret=_meeting,
        window=4,
    ),
)

_ = cases
