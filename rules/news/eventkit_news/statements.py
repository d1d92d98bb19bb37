"""Statement rules: speech verbs with a "что"-clause, a colon and a quote, content before the
verb ("…, — сказал он"), "по словам X", "как сообщает X", "говорится в заявлении X"."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from yargy import or_, rule
from yargy.predicates import caseless

from eventkit import Statement
from eventkit.clause.clauses import token_index
from eventkit.engine.packs import EventRule
from eventkit.engine.roles import (
    ClauseSubject,
    Complement,
    Content,
    Fixed,
    Frame,
    Owner,
    Role,
    Speaker,
    SpeechKind,
)
from eventkit.grammar.lexicon import EXPRESS_NOUNS, SOURCE_WORDS, SPEECH_VERBS
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, forms, lemma_in, lemmas, token_test

SPEECH_VERB = lemma_in(SPEECH_VERBS)
# Read when the rule runs: packs may add nouns through the eventkit_lexicons hook.
EXPRESS_NOUN = token_test(lambda t: bool(lemmas(t) & EXPRESS_NOUNS), "express-noun")
VERB_CLAUSE = or_(
    # "выразил уверенность", "выразили глубокие соболезнования"
    rule(SPEECH_VERB, PLAIN_ADJECTIVE.repeatable(max=2).optional(), EXPRESS_NOUN),
    rule(SPEECH_VERB),
    # "давал понять, что …", "дали ему четко понять"
    rule(
        lemma_in({"дать", "давать"}),
        token_test(lambda t: t.value.lower() not in (",", "."), "word")
        .repeatable(max=2)
        .optional(),
        caseless("понять"),
    ),
).named("TRIGGER")
POSSESSIVE = token_test(lambda t: t.value.lower() in POSSESSIVES, "possessive")
ACCORDING_TO = or_(
    # "по словам X", "по его словам", "по первоначальным словам X", "по данным X",
    # "по версии следствия", "по их информации"
    rule(
        caseless("по"),
        POSSESSIVE.optional(),
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        lemma_in({"слово", *SOURCE_WORDS}),
    ),
    # "с его слов", "со слов очевидцев"
    rule(or_(caseless("с"), caseless("со")), POSSESSIVE.optional(), caseless("слов")),
    rule(
        caseless("согласно"),
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        lemma_in(
            {
                "заявление",
                "отчет",
                "данные",
                "сообщение",
                "информация",
                "доклад",
                "исследование",
            }
        ),
    ),
).named("TRIGGER")


# "объявление Майка Комри об уходе", "Ватикан опубликовал заявление о том, что …": a
# statement noun whose owner or clause subject spoke, and whose "о"/"что" phrase says what.
STATEMENT_NOUNS = frozenset("заявление объявление".split())
STATEMENT_NOUN = rule(
    PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(STATEMENT_NOUNS)
).named("TRIGGER")


def _not_a_source(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """ "в заявлении МИД говорится": the document is where a speech verb's words stand
    (the speech-verb rule reports them), not a statement of its own."""
    if frame.predicate.in_phrase():
        return False
    # "опубликовал заявление о …": the speech verb's statement (that rule reports it).
    i = token_index(frame.sentence, frame.trigger[0]) - 1
    return i < 0 or not lemmas(frame.sentence.tokens[i]) & SPEECH_VERBS


# What a court sentences someone to.
_SENTENCES = frozenset("срок лишение год заключение штраф".split())


def _not_a_ruling(frame: Frame, _values: Mapping[str, Any]) -> bool:
    """ "суд признал его виновным", "признали выборы законными": declaring something to be
    so, with an adjective in the instrumental, is a ruling, not a report of speech; so is
    a sentence ("осудили на 10 лет")."""
    end = token_index(frame.sentence, frame.trigger[-1])
    if frame.trigger_lemmas & {"осудить", "осуждать"}:
        # "Овьедо осудили на 10 лет", "осуждён к лишению свободы": a sentence, not words
        after = frame.sentence.tokens[end + 1 : end + 5]
        return not any(
            t.value.lower() in ("на", "к") and (nxt.type == "INT" or lemmas(nxt) & _SENTENCES)
            for t, nxt in pairwise(after)
        )
    if not frame.trigger_lemmas & {"признать", "признавать"}:
        return True
    for token in frame.sentence.tokens[end + 1 : end + 6]:
        found = forms(token)
        if (
            found
            and {"ablt"} <= found[0].grams.values
            and found[0].grams.values
            & {
                "ADJF",
                "PRTF",
            }
        ):
            return False
    return True


# Who spoke, what was said and how: the core's speech readings (eventkit.grammar.speech).
ROLES: dict[str, Role] = {"speaker": Speaker(), "content": Content(), "speech": SpeechKind()}

RULES = (
    EventRule(
        name="statement.noun",
        event_type=Statement,
        triggers=STATEMENT_NOUNS,
        grammar=lambda: STATEMENT_NOUN,
        head="last",
        roles={
            "speaker": Owner() | ClauseSubject(),
            "content": Complement(reach=5),
            "modality": Fixed("asserted"),
        },
        accept=_not_a_source,
        window=3,
    ),
    EventRule(
        name="statement.speech-verb",
        event_type=Statement,
        triggers=SPEECH_VERBS | {"дать", "давать"},
        grammar=lambda: VERB_CLAUSE,
        roles=ROLES,
        accept=_not_a_ruling,
        window=2,
    ),
    EventRule(
        name="statement.according-to",
        event_type=Statement,
        triggers={"слово", "согласно", *SOURCE_WORDS},
        grammar=lambda: ACCORDING_TO,
        roles={**ROLES, "modality": Fixed("asserted")},
        head="first",
        window=3,
    ),
)
