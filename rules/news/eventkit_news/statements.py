"""Statement rules: speech verbs with a "что"-clause, a colon and a quote, content before the
verb ("…, — сказал он"), "по словам X", "как сообщает X", "говорится в заявлении X"."""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import caseless

from eventkit import Statement
from eventkit.grammar.lexicon import EXPRESS_NOUNS, SOURCE_WORDS, SPEECH_VERBS
from eventkit.grammar.speech import POSSESSIVES
from eventkit.grammar.tokens import PLAIN_ADJECTIVE, lemma_in, lemmas, token_test
from eventkit.packs import EventRule
from eventkit.roles import Content, Fixed, Role, Speaker, SpeechKind

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


# Who spoke, what was said and how: the core's speech readings (eventkit.grammar.speech).
ROLES: dict[str, Role] = {"speaker": Speaker(), "content": Content(), "speech": SpeechKind()}

RULES = (
    EventRule(
        name="statement.speech-verb",
        event_type=Statement,
        triggers=SPEECH_VERBS | {"дать", "давать"},
        grammar=lambda: VERB_CLAUSE,
        roles=ROLES,
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
