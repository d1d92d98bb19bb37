"""Rule packs: what a plugin contributes, and the checks on what hooks return.

A pack is a named, versioned set of ``EventRule``s. Each rule says which lemmas select a
sentence for it (``triggers``), how to build its yargy grammar (lazily, once per process),
how many tokens around a trigger its grammar needs (``window``), and how to turn a yargy
match into events (``interpret``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial

from attrs import Attribute, evolve, field, fields_dict, frozen

from eventkit.engine.frame import Check, Head
from eventkit.engine.match import RuleMatch
from eventkit.engine.roles import Role, fill_roles
from eventkit.errors import RulePackError
from eventkit.model.events import Event, Source

__all__ = [
    "EventRule",
    "Grammar",
    "Interpretation",
    "RuleMatch",
    "RulePack",
    "merge_overlapping",
    "validate_event_types",
    "validate_packs",
]

Interpretation = Event | Iterable[Event] | None
# A yargy rule (yargy is untyped): what ``EventRule.grammar`` builds and the parser runs.
Grammar = object

_NAME = re.compile(r"^[a-z][a-z0-9_.-]*$")


def _lemmas(items: Iterable[str]) -> frozenset[str]:
    if isinstance(items, str):
        # frozenset("subject") would be its letters
        raise RulePackError(f"expected a set of strings, not the string {items!r}: {{{items!r}}}")
    return frozenset(items)


def _rules(items: Iterable[EventRule]) -> tuple[EventRule, ...]:
    return tuple(items)


def _valid_name(_instance: object, attribute: Attribute[str], value: str) -> None:
    if not _NAME.match(value):
        raise RulePackError(
            f"{attribute.name} {value!r} must be lower-case ASCII: letters, digits, '_', '-', '.'"
        )


@frozen(kw_only=True)
class EventRule:
    """One grammar of a pack and the way its matches become events.

    Either ``roles`` declares what fills each field of the event (``eventkit.pack``: the
    core reads them from the clause around the trigger), or ``interpret`` builds the events
    of a match itself. ``optional`` names roles that may stay empty; ``head`` picks the word
    of the trigger whose clause the roles read ("verb": its first verbal word, "first",
    "last"); ``accept`` may turn a match down before its roles are filled, ``check`` after.
    """

    name: str = field(validator=_valid_name)
    event_type: type[Event]
    triggers: frozenset[str] = field(converter=_lemmas)
    grammar: Callable[[], Grammar]
    roles: Mapping[str, Role] = field(factory=dict)
    optional: frozenset[str] = field(converter=_lemmas, factory=frozenset)
    head: Head = "verb"
    accept: Check | None = None
    check: Check | None = None
    interpret: Callable[[RuleMatch], Interpretation] = field()
    # Tokens kept on each side of a trigger word; 0 parses the whole sentence.
    window: int = 12

    @interpret.default
    def _fill_roles(self) -> Callable[[RuleMatch], Interpretation]:
        if not self.roles:
            raise RulePackError(f"rule {self.name!r} needs roles= or interpret=")
        unknown = set(self.roles) - set(fields_dict(self.event_type))
        if unknown:
            raise RulePackError(
                f"rule {self.name!r}: {self.event_type.__name__} has no field "
                + ", ".join(sorted(unknown))
            )
        return partial(fill_roles, self)


@frozen(kw_only=True)
class RulePack:
    """A named, versioned set of rules, contributed through ``eventkit_rule_packs``."""

    name: str = field(validator=_valid_name)
    version: str = "0.0.0"
    rules: tuple[EventRule, ...] = field(converter=_rules)
    description: str = ""
    # The eventkit versions the pack supports, as a PEP 440 specifier (">=0.1,<0.2").
    requires_eventkit: str = ""

    @property
    def event_types(self) -> tuple[type[Event], ...]:
        seen: dict[str, type[Event]] = {}
        for rule in self.rules:
            seen.setdefault(rule.event_type.type, rule.event_type)
        return tuple(seen.values())

    @property
    def triggers(self) -> frozenset[str]:
        return frozenset().union(*(r.triggers for r in self.rules))


def validate_packs(results: Sequence[tuple[str, object]]) -> list[RulePack]:
    """Flatten ``eventkit_rule_packs`` results, checking types and unique names.

    ``results`` pairs each plugin's name with what its hook returned.
    """
    packs: list[RulePack] = []
    owners: dict[str, str] = {}
    for plugin, returned in results:
        if returned is None:
            continue
        items = [returned] if isinstance(returned, RulePack) else returned
        if not isinstance(items, Iterable) or isinstance(items, str | bytes):
            raise RulePackError(
                f"plugin {plugin!r}: eventkit_rule_packs must return a sequence of RulePack, "
                f"got {type(returned).__name__}",
                plugin=plugin,
            )
        for pack in items:
            if not isinstance(pack, RulePack):
                raise RulePackError(
                    f"plugin {plugin!r}: eventkit_rule_packs returned a {type(pack).__name__}, "
                    "expected eventkit.RulePack",
                    plugin=plugin,
                )
            if pack.name in owners:
                raise RulePackError(
                    f"two plugins provide a rule pack named {pack.name!r}: "
                    f"{owners[pack.name]!r} and {plugin!r}",
                    pack=pack.name,
                    plugin=plugin,
                )
            owners[pack.name] = plugin
            packs.append(pack)
    return packs


def validate_event_types(results: Sequence[tuple[str, object]]) -> list[type[Event]]:
    """Flatten ``eventkit_event_types`` results, checking each is an Event subclass."""
    types: list[type[Event]] = []
    owners: dict[str, str] = {}
    for plugin, returned in results:
        if returned is None:
            continue
        if not isinstance(returned, Iterable):
            raise RulePackError(
                f"plugin {plugin!r}: eventkit_event_types must return a sequence of classes",
                plugin=plugin,
            )
        for cls in returned:
            if not (isinstance(cls, type) and issubclass(cls, Event)) or cls is Event:
                raise RulePackError(
                    f"plugin {plugin!r}: eventkit_event_types returned {cls!r}, "
                    "expected a subclass of eventkit.Event",
                    plugin=plugin,
                )
            if cls.type in owners and owners[cls.type] != plugin:
                raise RulePackError(
                    f"two plugins define event type {cls.type!r}: {owners[cls.type]!r} "
                    f"and {plugin!r}",
                    plugin=plugin,
                )
            owners[cls.type] = plugin
            if cls not in types:
                types.append(cls)
    return types


def merge_overlapping(events: Sequence[Event]) -> list[Event]:
    """One event where several are reported for the same thing: same type, overlapping
    triggers (two packs, or two rules of one pack reading the same words).

    The event with more actors is kept (the first reported on a tie). When the reports come
    from different packs, ``provenance`` records every pack and rule that made them.
    """
    kept: list[Event] = []
    for event in events:
        twin = next(
            (
                k
                for k in kept
                if k.type == event.type
                and k.trigger.start < event.trigger.end
                and event.trigger.start < k.trigger.end
            ),
            None,
        )
        if twin is None:
            kept.append(event)
            continue
        winner = event if len(event.actors()) > len(twin.actors()) else twin
        loser = twin if winner is event else event
        packs = {s.pack for s in _provenance(winner)}
        if any(s.pack not in packs for s in _provenance(loser)):
            winner = evolve(winner, provenance=[*_provenance(winner), *_provenance(loser)])
        kept[kept.index(twin)] = winner
    return kept


def _provenance(event: Event) -> tuple[Source, ...]:
    return event.provenance or (Source(pack=event.pack, rule=event.rule),)
