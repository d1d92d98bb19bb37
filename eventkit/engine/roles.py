"""Declarative roles: an ``EventRule`` says what fills each field of its event, the core
fills it.

    EventRule(
        name="meeting.verb",
        event_type=Meeting,
        triggers=MEET_VERBS,
        grammar=lambda: MEETING,
        roles={"participants": Subject() | Partners("с", "со", "между")},
    )

Each role reads the clause layer (``eventkit.clause.predicate``) at the rule's trigger
(``eventkit.engine.frame``): ``Subject``, ``Partners``, ``Owner``, ``Agent``,
``ClauseSubject`` give actors; ``Speaker``, ``Content`` and ``SpeechKind`` the speech act of
a speech verb (``eventkit.clause.speech``); ``Complement`` what was agreed or announced;
``Matched`` a named part of the grammar; ``ByLemma`` a value chosen by the trigger word;
``PredicateModality`` the modality at the predicate.
``a | b`` (``AnyOf``) joins the actors of two roles. A pack writes its own role as any object
with a ``fill(frame)`` method; ``interpret=`` stays for the rule that needs a whole function.
The rules themselves (``eventkit.engine.packs``) import this module, not the other way round:
``fill_roles`` reads a rule through the ``DeclaredRule`` protocol.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import Protocol

from attrs import frozen

from eventkit.engine.frame import Check, Frame, Head, frame_of
from eventkit.engine.match import RuleMatch
from eventkit.engine.words import has_grammeme
from eventkit.grammar.mention import Mention
from eventkit.model.events import Actor, Event, Span


class Role(Protocol):
    """Anything that fills one field of an event from a ``Frame``."""

    def fill(self, frame: Frame) -> object: ...


class ActorRole(Protocol):
    """A role that gives actors: what ``a | b`` joins."""

    def fill(self, frame: Frame) -> list[Mention]: ...


class DeclaredRule(Protocol):
    """What ``fill_roles`` reads of a rule (``eventkit.engine.packs.EventRule``)."""

    @property
    def event_type(self) -> type[Event]: ...

    @property
    def roles(self) -> Mapping[str, Role]: ...

    @property
    def optional(self) -> frozenset[str]: ...

    @property
    def head(self) -> Head: ...

    @property
    def accept(self) -> Check | None: ...

    @property
    def check(self) -> Check | None: ...


class _Joinable:
    """An actor role: ``a | b`` gives the actors of both."""

    def fill(self, frame: Frame) -> list[Mention]:
        raise NotImplementedError

    def __or__(self, other: ActorRole) -> AnyOf:
        return AnyOf((self, other))


@frozen
class AnyOf(_Joinable):
    """The actors of several roles, each once, in the order of the roles (``a | b``)."""

    roles: tuple[ActorRole, ...]

    def __or__(self, other: ActorRole) -> AnyOf:
        return AnyOf((*self.roles, other))

    def fill(self, frame: Frame) -> list[Mention]:
        seen: set[tuple[int, int]] = set()
        out: list[Mention] = []
        for role in self.roles:
            for mention in role.fill(frame) or []:
                if (mention.start, mention.end) not in seen:
                    seen.add((mention.start, mention.end))
                    out.append(mention)
        return out


@frozen
class Subject(_Joinable):
    """The subject of the trigger's predicate (``eventkit.grammar.predicate``)."""

    allow_after: bool = True
    prefer_after: bool = False

    def fill(self, frame: Frame) -> list[Mention]:
        return frame.predicate.subject(allow_after=self.allow_after, prefer_after=self.prefer_after)


class Partners(_Joinable):
    """Actors introduced after the trigger by one of the prepositions ("с X", "между X")."""

    def __init__(self, *prepositions: str, span: int = 12) -> None:
        self.prepositions: tuple[str, ...] = prepositions or ("с", "со")
        self.span = span

    def __repr__(self) -> str:
        return f"Partners{self.prepositions!r}"

    def fill(self, frame: Frame) -> list[Mention]:
        return frame.predicate.partners(self.prepositions, span=self.span)


@frozen
class Owner(_Joinable):
    """The genitive right after a noun trigger ("переговоры делегаций России и Китая"), or
    else a possessive pronoun before it ("после его встречи с послом")."""

    def fill(self, frame: Frame) -> list[Mention]:
        return in_cases(frame.predicate.owner(), ["gent"]) or frame.predicate.possessor()


@frozen
class Agent(_Joinable):
    """The instrumental agent of a passive ("подписан Медведевым и Обамой")."""

    def fill(self, frame: Frame) -> list[Mention]:
        return in_cases(frame.predicate.agent(), ["ablt"])


@frozen
class ClauseSubject(_Joinable):
    """For a noun trigger inside a phrase ("во время встречи с X, Y заявил"): the subject
    of the finite verb of its clause. With ``in_phrase`` only where a preposition governs
    the noun ("после переговоров с X", not "переговоры X с Y завершились")."""

    in_phrase: bool = False

    def fill(self, frame: Frame) -> list[Mention]:
        if self.in_phrase and not frame.predicate.in_phrase():
            return []
        return frame.predicate.clause_subject()


@frozen
class RelativeSubject(_Joinable):
    """For a noun a relative clause is about ("круглый стол, на котором X обсуждали"): the
    subject of that clause's verb."""

    def fill(self, frame: Frame) -> list[Mention]:
        return frame.predicate.relative_subject()


@frozen
class ClauseObject(_Joinable):
    """For a noun trigger inside a phrase: the person the clause's verb is done to ("в
    телефонном разговоре Путин поздравил Диас-Канеля")."""

    def fill(self, frame: Frame) -> list[Mention]:
        if not frame.predicate.in_phrase():
            return []
        return in_cases(frame.predicate.clause_object(), ["accs", "datv"])


@frozen
class Object(_Joinable):
    """The actor right after the trigger in one of ``cases`` ("позвонил Путину": "datv";
    "навестил отца": "accs"), named in the nominative of that reading ("принял Александра
    Ведяхина": "Александр Ведяхин")."""

    cases: frozenset[str] = frozenset({"accs"})
    reach: int = 4

    def fill(self, frame: Frame) -> list[Mention]:
        found = frame.predicate.direct_object(self.cases, reach=self.reach)
        return in_cases(found, sorted(self.cases))


def in_cases(mentions: list[Mention], cases: list[str]) -> list[Mention]:
    """Each mention read in the one of ``cases`` (the cases the role looks for) it can be
    in, so that its name is the nominative of that reading, not of another case the same
    words spell; a mention that can be in several of them is left as it is ("Александру
    Ведяхину" is a man's dative or a woman's accusative)."""
    out = []
    for mention in mentions:
        possible = [c for c in cases if c in mention.cases]
        out.append(mention.in_case(possible[0]) if len(possible) == 1 else mention)
    return out


@frozen
class Speaker(_Joinable):
    """Who spoke, from the speech act at the trigger."""

    def fill(self, frame: Frame) -> list[Mention]:
        act = frame.speech
        return act.speakers if act else []


@frozen
class Content:
    """What was said: the reported clause or quote, without the verb and "что"."""

    def fill(self, frame: Frame) -> Span | None:
        act = frame.speech
        return frame.match.span(*act.content) if act else None


@frozen
class SpeechKind:
    """ "direct" for a quote, "indirect" for a clause."""

    def fill(self, frame: Frame) -> str | None:
        act = frame.speech
        return act.speech if act else None


@frozen
class Complement:
    """What follows the trigger as its complement: an "о …" phrase, a "что"-clause or an
    infinitive, up to a gerund clause or the end of the sentence ("договорились о …")."""

    reach: int = 3

    def fill(self, frame: Frame) -> Span | None:
        tokens = frame.tokens
        last = frame.end
        start = None
        for i in range(last + 1, min(len(tokens), last + 1 + self.reach)):
            value = tokens[i].value.lower()
            if value in ("о", "об", "обо", "по", "на"):
                start = i
                break
            if value == "что" and i + 1 < len(tokens):
                start = i + 1
                break
            if has_grammeme(tokens[i], "INFN"):
                start = i
                break
        if start is None:
            return None
        end = len(tokens)
        for i in range(start + 1, len(tokens)):
            if tokens[i].value in (";", ".", "!", "?"):
                end = i
                break
            if tokens[i - 1].value == "," and has_grammeme(tokens[i], "GRND"):
                end = i - 1
                break
        if end <= start:
            return None
        return frame.match.span(tokens[start].span.start, tokens[end - 1].span.stop)


@frozen
class Matched:
    """The words of a named part of the rule's grammar as a span ("OBJECT" in
    ``rule(VERB.named("TRIGGER"), NOUN.named("OBJECT"))``); None when the match has none."""

    part: str

    def fill(self, frame: Frame) -> Span | None:
        tokens = frame.match.part(self.part)
        return frame.match.span_of(tokens) if tokens else None


@frozen
class ByLemma:
    """A value chosen by the trigger's lemma (the first of ``table`` found), else ``default``."""

    table: Mapping[str, object]
    default: object = None

    def fill(self, frame: Frame) -> object:
        found = frame.trigger_lemmas
        return next((value for lemma, value in self.table.items() if lemma in found), self.default)


@frozen
class Fixed:
    """The same value for every match."""

    value: object

    def fill(self, frame: Frame) -> object:
        return self.value


@frozen
class PredicateModality:
    """ "asserted", "planned", "negated" or "hypothetical" at the predicate (the default
    for every rule; ``extra_planned`` adds the pack's own markers of intention)."""

    extra_planned: tuple[str, ...] = ()

    def fill(self, frame: Frame) -> str:
        return frame.predicate.modality(extra_planned=self.extra_planned)


def fill_roles(rule: DeclaredRule, match: RuleMatch) -> list[Event]:
    """The event a declarative rule makes of one match, or none when a required role is
    empty or the rule's ``accept`` check turns it down."""
    frame = frame_of(match, rule.head)
    if rule.accept is not None and not rule.accept(frame, {}):
        return []
    values: dict[str, object] = {}
    for name, role in rule.roles.items():
        value = role.fill(frame)
        if (value is None or value == []) and name not in rule.optional:
            return []
        values[name] = value
    if "modality" not in values:
        values["modality"] = PredicateModality().fill(frame)
    if rule.check is not None and not rule.check(frame, values):
        return []
    fields = _actor_fields(rule.event_type)
    for name, many in fields.items():
        found = values.get(name)
        if isinstance(found, list) and (not found or isinstance(found[0], Mention)):
            if many:
                values[name] = [m.as_actor() for m in found]
            else:
                values[name] = found[0].as_actor() if found else None
    # The values' types vary by field: the event class checks them (attrs validators, and
    # the entry check on every event), so it is called untyped here.
    make: Callable[..., Event] = rule.event_type
    event = make(
        trigger=match.span_of(frame.trigger),
        sentence=match.sentence_span,
        pack=match.pack,
        rule=match.rule,
        **{k: v for k, v in values.items() if v is not None},
    )
    return [event]


_ACTOR_FIELDS: dict[type[Event], dict[str, bool]] = {}


def _actor_fields(event_type: type[Event]) -> dict[str, bool]:
    """The event type's actor fields: name -> whether it holds several actors."""
    if event_type in _ACTOR_FIELDS:
        return _ACTOR_FIELDS[event_type]
    hints = typing.get_type_hints(event_type)
    out: dict[str, bool] = {}
    for name, hint in hints.items():
        if hint is Actor or (
            typing.get_origin(hint) is not None and Actor in typing.get_args(hint)
        ):
            out[name] = typing.get_origin(hint) is tuple
    _ACTOR_FIELDS[event_type] = out
    return out
