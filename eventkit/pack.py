"""The pack-author API: everything a rule pack imports from eventkit, in one module.

A pack (``rules/news``, ``rules/deals``, what ``eventkit new-pack`` writes) imports from
``eventkit`` and ``eventkit.pack`` only. The names below are the stable surface: they keep
their meaning across minor versions, and ``eventkit.pack`` re-exports them from wherever
they live. Every other module of eventkit (``eventkit.engine.roles``,
``eventkit.grammar.tokens``, ...) is internal and may move; import from here instead.

- Events: ``Event`` to derive a pack's own type from, the built-in ``Meeting``,
  ``Statement``, ``Agreement``, the values in their fields (``Actor``, ``Span``, ``Place``,
  ``DateValue``, ``Money``) and ``actor_tuple`` for a field of several actors.
- Rules: ``EventRule`` (one grammar and what fills each field), ``RulePack``, ``RuleMatch``
  (what an ``interpret`` function receives), and ``hookimpl`` to contribute them.
- Roles: what fills a field, read at the trigger (``Subject``, ``Partners``, ``Owner``,
  ``Speaker``, ``Matched``, ``Fixed``, ...; ``a | b`` is ``AnyOf``), ``Role`` for a pack's
  own, and ``Frame``, what a role or a ``Check`` reads: the trigger, its predicate, the
  words ``before``/``after`` it.
- Word and mention tests: ``lemmas``, ``grammemes``, ``has_grammeme``, ``is_person``,
  ``is_organization``, ``is_place``, ``is_named``.
- Grammar blocks for yargy rules: ``lemma_in``, ``token_test``, ``PLAIN_ADJECTIVE``,
  ``PERSON``, ``TITLE``, ``ORGANIZATION``, ``PLACE``, ``DATE``, ``MONEY``, ``COMPANY``,
  ``ACTOR`` and the functions that read them; shared word lists (``SPEECH_VERBS``, ...).
- Tools: ``analyse`` (a text as the grammars see it) and ``explain`` (why a rule did or did
  not match).
"""

from eventkit.clause.predicate import Predicate
from eventkit.clause.speech import SpeechAct
from eventkit.clause.speech_verb import REPORT_VERBS, VIEW_VERBS
from eventkit.engine.fields import actor_tuple
from eventkit.engine.frame import Check, Frame, Head, RoleValues, frame_of
from eventkit.engine.hookspecs import hookimpl
from eventkit.engine.match import RuleMatch
from eventkit.engine.packs import EventRule, Grammar, Interpretation, RulePack
from eventkit.engine.roles import (
    ActorRole,
    Agent,
    AnyOf,
    ByLemma,
    ClauseObject,
    ClauseSubject,
    Complement,
    Content,
    Fixed,
    Matched,
    Object,
    Owner,
    Partners,
    PredicateModality,
    RelativeSubject,
    Role,
    Speaker,
    SpeechKind,
    Subject,
)
from eventkit.engine.words import (
    grammemes,
    has_grammeme,
    is_named,
    is_organization,
    is_person,
    is_place,
)
from eventkit.grammar.actors import ACTOR, mentions
from eventkit.grammar.companies import COMPANY, company_mentions, party_after, party_before
from eventkit.grammar.dates import DATE, date_value
from eventkit.grammar.lexicon import (
    EXPRESS_NOUNS,
    ORDER_NOUNS,
    ORG_NOUNS,
    PLANNED_MARKERS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    TITLE_NOUNS,
)
from eventkit.grammar.mention import Mention
from eventkit.grammar.money import MONEY, Money, money_mentions
from eventkit.grammar.organizations import ORGANIZATION
from eventkit.grammar.persons import PERSON, name_nominative
from eventkit.grammar.places import PLACE, place_nominative
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.titles import TITLE, title_nominative
from eventkit.grammar.tokens import (
    ABBREVIATION,
    GEO,
    NAME_WORD,
    PLAIN_ADJECTIVE,
    cases,
    lemma_in,
    lemmas,
    token_test,
)
from eventkit.model.events import (
    Actor,
    ActorKind,
    Agreement,
    DateValue,
    Event,
    Meeting,
    Place,
    SentenceSpan,
    Source,
    Span,
    Statement,
)
from eventkit.text.analysis import AnalysedText, Sentence, analyse
from eventkit.text.protocols import Token, Tokens
from eventkit.views.explain import explain

__all__ = [
    "ABBREVIATION",
    "ACTOR",
    "COMPANY",
    "DATE",
    "EXPRESS_NOUNS",
    "GEO",
    "MONEY",
    "NAME_WORD",
    "ORDER_NOUNS",
    "ORGANIZATION",
    "ORG_NOUNS",
    "PERSON",
    "PLACE",
    "PLAIN_ADJECTIVE",
    "PLANNED_MARKERS",
    "POSSESSIVES",
    "REPORT_VERBS",
    "SOURCE_WORDS",
    "SPEECH_VERBS",
    "TITLE",
    "TITLE_NOUNS",
    "VIEW_VERBS",
    "Actor",
    "ActorKind",
    "ActorRole",
    "Agent",
    "Agreement",
    "AnalysedText",
    "AnyOf",
    "ByLemma",
    "Check",
    "ClauseObject",
    "ClauseSubject",
    "Complement",
    "Content",
    "DateValue",
    "Event",
    "EventRule",
    "Fixed",
    "Frame",
    "Grammar",
    "Head",
    "Interpretation",
    "Matched",
    "Meeting",
    "Mention",
    "Money",
    "Object",
    "Owner",
    "Partners",
    "Place",
    "Predicate",
    "PredicateModality",
    "RelativeSubject",
    "Role",
    "RoleValues",
    "RuleMatch",
    "RulePack",
    "Sentence",
    "SentenceSpan",
    "Source",
    "Span",
    "Speaker",
    "SpeechAct",
    "SpeechKind",
    "Statement",
    "Subject",
    "Token",
    "Tokens",
    "actor_tuple",
    "analyse",
    "cases",
    "company_mentions",
    "date_value",
    "explain",
    "frame_of",
    "grammemes",
    "has_grammeme",
    "hookimpl",
    "is_named",
    "is_organization",
    "is_person",
    "is_place",
    "lemma_in",
    "lemmas",
    "mentions",
    "money_mentions",
    "name_nominative",
    "party_after",
    "party_before",
    "place_nominative",
    "title_nominative",
    "token_test",
]
