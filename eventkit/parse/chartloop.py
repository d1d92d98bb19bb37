"""The chart loop of ``FastParser`` (see ``eventkit.parse.fastparse`` for what it does and
why it gives yargy's matches): FIRST-set lookahead, the per-form guard results, the chart
filled with tuple states, and the match trees of the spans kept.

It is plain Python and the path that always works. It is also the one module the optional
compiled accelerator builds with mypyc (``eventkit.accel``); the types below are written
for that too: the links of a tree and a position's next position are typed loosely on
purpose (see ``Tree`` and ``Position``), as mypyc stores a value of a fixed-length tuple
type unboxed and boxes it again as a new tuple, which would break the identities the
chart's de-duplication keys and ``Trees`` rely on (and it cannot compile a recursive tuple
type at all).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, cast

from yargy.morph import Grams
from yargy.parser import Match
from yargy.predicates.bank import GramPredicate, caseless, eq, in_, in_caseless
from yargy.predicates.constructors import OrPredicate
from yargy.predicates.constructors import Predicate as BasePredicate
from yargy.rule.bnf import BNFRule
from yargy.token import MorphToken, Token, get_tokens_span
from yargy.tokenizer import RUSSIAN
from yargy.tree.constructors import Leaf, Node, Tree

from eventkit.parse.protocols import (
    ChartColumn,
    Nonterminal,
    ParseNode,
    Predicate,
    Production,
    Term,
)
from eventkit.parse.protocols import Leaf as LeafShape
from eventkit.parse.protocols import Match as MatchShape
from eventkit.parse.tokentest import TokenTest
from eventkit.text.protocols import Token as TokenShape

# (parser, word form) pairs per generation of the parsers' guard results, one bound for
# every parser of the process (``GuardResults``: at most two generations are kept).
# Shared, so that the bound does not grow with the number of grammars: a stream's new
# names reach every rule whose trigger they stand near. The news corpus has ~72,000
# pairs (the actor grammar's ~20,000 forms the most).
TOKEN_CACHE_LIMIT = 30_000
# Token classes without a ``tag``: yargy's tagger adds tags to other classes of token.
_TOKEN: Final = Token
# yargy's type of Russian words, as a static of compiled code (a ``str``: compared as one)
_RUSSIAN: Final[str] = RUSSIAN
# What a chart state waits for (see ``Position``).
# ``Final``: compiled code uses them as constants, not as look-ups of module globals.
# yargy's morphological tokens and their grammemes' class, as statics of compiled code
_GRAMS: Final = Grams
_MORPH_TOKEN: Final = MorphToken
DONE: Final = 0
RULE: Final = 1
PREDICATE: Final = 2


class Lookahead:
    """FIRST sets of every production reachable from a BNF start rule.

    A FIRST set holds "guards": the predicates a production's first token must pass, or,
    for rules that choose their productions themselves (yargy's dictionary pipelines, any
    ``predict`` that is not ``BNFRule.predict``), the rule itself, asked whether it
    predicts anything for the token.
    """

    def __init__(self, start: Nonterminal, name: str = "") -> None:
        # id(rule) -> the rule's number, the key of the chart's tables (see ``ident``)
        self.ids: dict[int, Any] = {}
        self.guards: dict[int, Guard] = {}
        self.opaque: set[int] = set()
        self.opaque_rules: set[int] = set()  # the numbers (``ident``) of those of ``opaque``
        rules = self.rules = self._reachable(start)
        first: dict[int, set[int]] = {id(r): set() for r in rules}
        nullable: dict[int, bool] = {id(r): False for r in rules}
        for r in rules:
            if id(r) in self.opaque:
                self.guards[id(r)] = r
                first[id(r)] = {id(r)}
        changed = True
        while changed:
            changed = False
            for r in rules:
                if id(r) in self.opaque:
                    continue
                for production in r.productions:
                    ids, empty = self._first_of(production.terms, first, nullable)
                    if not ids <= first[id(r)]:
                        first[id(r)] |= ids
                        changed = True
                    if empty and not nullable[id(r)]:
                        nullable[id(r)] = True
                        changed = True
        # The guards every word form is asked about are numbered first: the start rule's
        # FIRST set (the start rule is predicted at every position) and the tests answered
        # by the same look-up as one of them (``_group_keyed``); the others are asked only
        # where a rule that holds them is predicted or a state waits for them. A form's
        # masks then stay below 2**62 in a grammar of more guards than that (the actor
        # grammar has 68): compiled code keeps such an int unboxed, and a test of one of
        # its bits allocates nothing. The order the tests are asked in changes nothing else.
        self.guards = self._asked_first(first[id(start)])
        # Guards are numbered; a rule's productions are stored with the bit mask of their
        # guards, or None when a production may match the empty string (or holds a term we
        # do not understand): such a production is always predicted.
        self.guard_list = list(self.guards.values())
        # each guard as a plain test of a token (a dictionary pipeline: whether it predicts
        # anything for it; a token test: its function, one call less)
        self.tests: list[TokenCheck] = [
            _pipeline_test(cast(Nonterminal, g))
            if id(g) in self.opaque
            else _plain_test(cast(Predicate, g))
            for g in self.guard_list
        ]
        self.bit: dict[int, int] = {g: i for i, g in enumerate(self.guards)}
        self.entries: dict[int, list[tuple[Production, int | None]]] = {}
        self.union: dict[int, int] = {}  # rule number -> the bits of its productions' guards
        # rule number (``ident``) -> the rule's guard bits that hold (-1: the end of the
        # input) -> its predictions; nested, as a tuple key would be built and hashed
        self.chosen: dict[int, dict[int, list[Prediction]]] = {}
        self.serial = next(_serial_numbers)  # its key in ``WARM_NAMES``
        # its guard results, in ``GUARD_RESULTS``' two generations
        self.results = GuardSlot(self.serial)
        # its key in a warm start's guard results: the same in every process with the same
        # grammar (its name and the guards, each as its text without addresses, in order)
        self.warm_name = warm_name(name, self.guard_list)
        WARM_NAMES[self.serial] = self.warm_name
        # Tests answered by look-ups: (their bits, their key function, key -> the bits of
        # those that hold for it), for each key function shared by two tests or more.
        self.keyed: list[tuple[int, KeyFunction, dict[str, int]]] = []
        self.keyed_bits = 0
        self._group_keyed()
        # Tests that hold only where a cheaper one holds (``TokenTest.only_if``): (their
        # bits, that test), for each such test shared by two tests or more.
        self.conditional: list[tuple[int, TokenCheck]] = []
        self.conditional_bits = 0
        self._group_conditional()
        # (id(rule), id(production)) -> the production's first position (see ``Position``)
        self.positions: dict[tuple[int, int], Position] = {}
        for r in rules:
            for production in r.productions:
                self.position_of(r, production)
            if id(r) in self.opaque:
                continue
            entries: list[tuple[Production, int | None]] = []
            union: set[int] = set()
            for production in r.productions:
                ids, empty = self._first_of(production.terms, first, nullable)
                unknown = any(not (isinstance(t, BNFRule) or callable(t)) for t in production.terms)
                if empty or unknown:
                    entries.append((production, None))
                    continue
                bits = [self.bit[g] for g in ids]
                union.update(bits)
                entries.append((production, sum(1 << b for b in bits)))
            self.entries[self.ident(r)] = entries
            self.union[self.ident(r)] = sum(1 << b for b in union)

    def ident(self, rule: object) -> Any:
        """The number of ``rule`` in this parser (0, 1, ... in the order first asked), one
        object for every use: the key of the chart's tables of rules (waiting states,
        predictions, rules predicted). A dictionary finds a key that is the object it holds
        by identity, where an equal int made apart costs a comparison; a small number is its
        own hash, where ids (multiples of 16) collide in a small table. (Compiled code would
        make a new int object of an ``int`` at each use as a key.)"""
        number = id(rule)
        found = self.ids.get(number)
        if found is None:
            boxed: Any = len(self.ids)
            self.ids[number] = boxed
            found = boxed
        return found

    def _asked_first(self, always: set[int]) -> dict[int, Guard]:
        """``self.guards`` in the order they are numbered: those of ``always`` and those
        that share a key function with one of them first, each part in its old order."""
        keyed = {
            g: found[0]
            for g, guard in self.guards.items()
            if g not in self.opaque and (found := _keyed(cast(Predicate, guard))) is not None
        }
        asked = {id(keyed[g]) for g in always if g in keyed}
        early = {g for g in self.guards if g in always or (g in keyed and id(keyed[g]) in asked)}
        first = {g: guard for g, guard in self.guards.items() if g in early}
        return first | {g: guard for g, guard in self.guards.items() if g not in early}

    def _group_keyed(self) -> None:
        """Group the tests that hold exactly when one of a token's keys (its text, its text
        lowercased, its lemmas) is among their words (see ``_keyed``), by key function: a new
        word form then answers all tests of a group with one look-up per key, instead of a
        call per test. A grammar's words and lemma lists are most of its tests."""
        groups: dict[int, tuple[KeyFunction, list[tuple[int, frozenset[str]]]]] = {}
        for bit, guard in enumerate(self.guard_list):
            if id(guard) in self.opaque:
                continue
            found = _keyed(cast(Predicate, guard))
            if found is not None:
                keys, wanted = found
                groups.setdefault(id(keys), (keys, []))[1].append((bit, wanted))
        for keys, members in groups.values():
            if len(members) < 2:
                continue
            index: dict[str, int] = {}
            mask = 0
            for bit, wanted in members:
                mask |= 1 << bit
                for word in wanted:
                    index[word] = index.get(word, 0) | 1 << bit
            self.keyed.append((mask, keys, index))
            self.keyed_bits |= mask

    def _group_conditional(self) -> None:
        """Group the tests by their ``only_if`` test (see ``TokenTest``): where it fails,
        the whole group is turned down with one call (``ruled_out``). The tests of names
        and places hold only for a word that may be capitalized, and most new word forms
        are lowercase."""
        groups: dict[int, tuple[TokenCheck, int]] = {}
        for bit, guard in enumerate(self.guard_list):
            if id(guard) in self.opaque:
                continue
            condition = _condition(cast(Predicate, guard))
            if condition is not None:
                _, mask = groups.get(id(condition), (condition, 0))
                groups[id(condition)] = (condition, mask | 1 << bit)
        for condition, mask in groups.values():
            if mask & (mask - 1):  # two bits or more
                self.conditional.append((mask, condition))
                self.conditional_bits |= mask

    def ruled_out(self, token: TokenShape, missing: int) -> int:
        """The bits of the groups of ``conditional`` that hold a bit of ``missing`` and
        whose ``only_if`` test fails for ``token``: their tests do not hold for it. A
        group whose test raises is left to its tests, asked one by one."""
        out = 0
        for mask, condition in self.conditional:
            if missing & mask:
                try:
                    if not condition(token):
                        out |= mask
                except Exception:
                    continue
        return out

    def keyed_answers(self, token: TokenShape, missing: int) -> tuple[int, int]:
        """(the bits answered, the bits among them that hold) of the look-up tests of the
        groups that hold a bit of ``missing``; a group whose key function raises is left to
        its tests, asked one by one."""
        answered = accepted = 0
        for mask, keys, index in self.keyed:
            if missing & mask:
                found = 0
                try:
                    for key in keys(token):
                        found |= index.get(key, 0)
                except Exception:
                    continue
                answered |= mask
                accepted |= found
        return answered, accepted

    def _reachable(self, start: Nonterminal) -> list[Nonterminal]:
        seen: dict[int, Nonterminal] = {}
        stack = [start]
        while stack:
            r = stack.pop()
            if id(r) in seen:
                continue
            seen[id(r)] = r
            if type(r).predict is not BNFRule.predict:
                self.opaque.add(id(r))
                self.opaque_rules.add(self.ident(r))
            for production in r.productions:
                for term in production.terms:
                    if isinstance(term, BNFRule):
                        stack.append(term)
                    else:
                        self.guards.setdefault(id(term), term)
        return list(seen.values())

    @staticmethod
    def _first_of(
        terms: Sequence[Term], first: dict[int, set[int]], nullable: dict[int, bool]
    ) -> tuple[set[int], bool]:
        ids: set[int] = set()
        for term in terms:
            if isinstance(term, BNFRule):
                ids |= first[id(term)]
                if not nullable[id(term)]:
                    return ids, False
            else:
                ids.add(id(term))
                return ids, False
        return ids, True

    def token_guards(self, token: TokenShape) -> TokenGuards:
        """The guard results of a word form (kept in ``GUARD_RESULTS``, bounded)."""
        # yargy's plain and morphological tokens have no tag: asking for a missing "tag"
        # (an exception caught) would cost more than the rest of the lookup
        kind = token.type
        value = token.value
        cls = type(token)
        tag = None if cls is _MORPH_TOKEN or cls is _TOKEN else getattr(token, "tag", None)
        # a Russian word without a tag (nearly all) by its text, a string whose hash is
        # kept; any other by (type, text, tag): a string never equals a tuple
        key: object = value if tag is None and kind == _RUSSIAN else (kind, value, tag)
        results = self.results
        found = results.now.get(key)
        if found is None:  # carried over from the previous generation, or new
            before = results.before
            # ``pop(key, None)`` as ``get`` and ``del`` (a generic method call compiled)
            found = before.get(key)
            if found is not None:
                del before[key]
            else:
                found = TokenGuards(token)
                if WARM_GUARDS and tag is None:
                    _warm_guards(found, self.warm_name, kind, value)
            table = GUARD_RESULTS
            if table.size >= table.limit:
                if WARM_RECORDING:
                    _keep_dropped()
                table.rotate()
            now = results.now
            if not now:  # the parser's first entry in this generation
                table.current.append(results)
            now[key] = found
            table.size += 1
        return found

    def productions(self, rule: Nonterminal, guards: TokenGuards | None) -> list[Prediction]:
        """(rank, production, node, first, position) of ``rule``'s productions worth
        predicting before the token ``guards`` describes (None: the end of the input, where
        only empty productions can complete); ``node`` is the one tree node every prediction
        of the production shares (see ``_predicted_node``), or None; ``first`` the id of the
        rule the production starts with (its predictions wait for it), or None; ``position``
        the production's first position (see ``Position``)."""
        rule_id = self.ident(rule)
        if guards is not None:
            chosen = guards.chosen.get(rule_id)
            if chosen is not None:
                return chosen
        return self.choose(rule, guards, rule_id)

    def choose(
        self, rule: Nonterminal, guards: TokenGuards | None, rule_id: Any
    ) -> list[Prediction]:
        """``productions`` where ``guards.chosen`` holds nothing for ``rule`` (the chart
        loop looks there first itself); ``rule_id`` is ``ident(rule)``."""
        key = -1
        if guards is not None:
            union = self.union[rule_id]
            missing = union & ~guards.evaluated
            if missing:  # the guards not yet asked about this word form, in bit order
                token, tests, accepted = guards.token, self.tests, guards.accepted
                if missing & self.keyed_bits:
                    answered, found = self.keyed_answers(token, missing)
                    accepted |= found
                    guards.evaluated |= answered
                    missing &= ~answered
                if missing & self.conditional_bits:
                    answered = self.ruled_out(token, missing)
                    guards.evaluated |= answered
                    missing &= ~answered
                while missing:
                    lowest = missing & -missing
                    try:
                        if tests[lowest.bit_length() - 1](token):
                            accepted |= lowest
                    except Exception:  # as in ``TokenGuards.accepts``
                        accepted |= lowest
                    missing ^= lowest
                guards.accepted = accepted
                guards.evaluated |= union
            key = guards.accepted & union
        by_key = self.chosen.get(rule_id)
        if by_key is None:
            by_key = self.chosen[rule_id] = {}
        chosen = by_key.get(key)
        if chosen is None:
            chosen = [
                (
                    rank,
                    production,
                    _predicted_node(rule, production, rank),
                    self._first_rule(production),
                    self.position_of(rule, production),
                )
                for rank, (production, mask) in enumerate(self.entries[rule_id])
                if mask is None or (key >= 0 and mask & key)
            ]
            by_key[key] = chosen
        if guards is not None:
            guards.chosen[rule_id] = chosen
        return chosen

    def position_of(self, rule: Nonterminal, production: Production) -> Position:
        """The first position (dot before the first term) of ``rule``'s ``production``; each
        position links to the next, up to the one past the last term."""
        found = self.positions.get((id(rule), id(production)))
        if found is None:
            terms = production.terms
            following: Position | None = None
            rule_id = self.ident(rule)
            position: Position = (
                DONE,
                None,
                -1,
                None,
                rule_id,
                None,
                rule,
                production,
                len(terms),
            )
            for dot in reversed(range(len(terms))):
                following = position
                term = terms[dot]
                if isinstance(term, BNFRule):
                    kind, target, target_id = RULE, term, self.ident(term)
                else:
                    kind, target, target_id = PREDICATE, self.bit[id(term)], -1
                position = (
                    kind,
                    target,
                    target_id,
                    following,
                    rule_id,
                    term,
                    rule,
                    production,
                    dot,
                )
            found = self.positions[(id(rule), id(production))] = position
        return found

    def _first_rule(self, production: Production) -> Any:
        """``ident`` of the rule ``production`` starts with, or None."""
        terms = production.terms
        return self.ident(terms[0]) if terms and isinstance(terms[0], BNFRule) else None

    def can_go_on(self, position: Position, guards: TokenGuards | None) -> bool:
        """Whether a state at ``position`` can go on before the token ``guards`` describes
        (None: the end of the input): it is complete, or what it waits for can start there.
        The answers are the ones the chart asks anyway when it comes to the state (the same
        cached guard tests and predictions)."""
        waits: int = position[0]  # unboxed: compared without a generic call
        if waits == DONE:
            return True
        if waits == RULE:
            what_id = position[2]  # ``ident(what)``, made once with the position
            if what_id in self.opaque_rules:
                return True
            chosen = None if guards is None else guards.chosen.get(what_id)
            return bool(self.choose(position[1], guards, what_id) if chosen is None else chosen)
        if guards is None:
            return False
        bit: int = position[1]
        if guards.evaluated >> bit & 1:
            return bool(guards.accepted >> bit & 1)
        return guards.accepts(self, bit)


# A guard: a predicate, or a rule that chooses its productions itself (see ``Lookahead``).
Guard = Predicate | Nonterminal
# A guard as a plain test of a token (a true value: it accepts the token).
TokenCheck = Callable[[TokenShape], object]
# The keys of a token that look-up tests compare with their words (see ``_keyed``).
KeyFunction = Callable[[TokenShape], Iterable[str]]
# What a state waits for at a position: the rule for ``RULE``, the guard's bit for
# ``PREDICATE``, None for ``DONE``. Left untyped: the chart reads it as a rule or a bit by
# the kind it was unpacked with, and mypy cannot narrow one by the other.
Target = Any
# A position in a production (the dot before one of its terms, or past the last), what a
# chart state stands at, built once with the parser: (kind, target, number of the target
# rule or -1, the next position or None, number of the production's rule (numbers: see
# ``Lookahead.ident``), the term after the dot or None, the rule, the production, the dot).
# The kind says what a state there waits for (``RULE``, ``PREDICATE``, or ``DONE`` past the
# last term). A tuple of any length: the
# precise type is recursive (the next position), which mypyc cannot compile, and a
# fixed-length tuple type makes compiled code unpack each position and pack it again as a
# new tuple for every state; as a tuple, compiled code reads an item by its index without
# a generic look-up.
Position = tuple[Any, ...]
# (rank, production, shared node or None, id of the rule the production starts with or
# None, the production's first position)
Prediction = tuple[int, Production, ParseNode | None, int | None, Position]
# A tree node as the chart builds it: a yargy node (a prediction's, without children), a
# ``Predicted`` (an empty production's prediction), or,
# for a state that moved past a term, its tree so far and what it moved past, as a link of
# a chain: (the node before, the completed node) or (the node before, the predicate, the
# token it matched). ``Trees`` makes yargy nodes of the chains a match needs. Untyped, as
# the identity of a link matters (``Trees`` and the de-duplication keys use ``id``): compiled
# code would store a value of a tuple type unpacked and pack it again as a new object.
ChartTree = Any
# A chart state: its position, the column where it started, its tree so far. The column it
# stands in is the one that holds it.
Item = tuple[Position, "LoopColumn", ChartTree]


class TokenGuards:
    """Which guards accept one word form, each evaluated at most once, and the productions
    each rule predicts before it."""

    __slots__ = ("accepted", "chosen", "evaluated", "token")

    def __init__(self, token: TokenShape) -> None:
        self.token = token
        self.evaluated = 0
        self.accepted = 0
        self.chosen: dict[int, list[Prediction]] = {}

    def accepts(self, lookahead: Lookahead, index: int) -> bool:
        bit = 1 << index
        if not self.evaluated & bit:
            if bit & lookahead.keyed_bits:
                answered, accepted = lookahead.keyed_answers(self.token, bit)
                if answered:
                    self.evaluated |= answered
                    self.accepted |= accepted
                    return bool(self.accepted & bit)
            elif bit & lookahead.conditional_bits:
                answered = lookahead.ruled_out(self.token, bit)
                if answered:
                    self.evaluated |= answered
                    return False
            try:
                found = bool(lookahead.tests[index](self.token))
            except Exception:  # the stock parser meets (and raises) the same error in scan
                found = True
            self.evaluated |= bit
            if found:
                self.accepted |= bit
        return bool(self.accepted & bit)


class GuardSlot:
    """One parser's guard results in the two generations of ``GUARD_RESULTS``, by word
    form: a Russian word without a tag by its text, any other by (type, text, tag)."""

    __slots__ = ("before", "now", "serial")

    def __init__(self, serial: int) -> None:
        self.serial = serial  # the parser's (see ``WARM_NAMES``)
        self.now: dict[object, TokenGuards] = {}
        self.before: dict[object, TokenGuards] = {}


class GuardResults:
    """The guard results of every parser, a two-generation table (as
    ``eventkit.caches.Generations``, whose contract it keeps: at most ``limit`` entries in
    the current generation, all parsers' together, and one previous generation), held in
    the parsers' ``GuardSlot``s: a parser looks up a word form in its own table, by a key
    without its serial number. ``current`` and ``previous`` list the slots with entries in
    each generation, in the order of their first entry there (the order a single table's
    entries would have, parser by parser). A slot outlives its parser until its entries age
    out; a parser's entries are never read by another."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"a cache's limit must be at least 1, not {limit}")
        self.limit = limit
        self.size = 0  # entries of the current generation
        self.current: list[GuardSlot] = []
        self.previous: list[GuardSlot] = []

    def rotate(self) -> None:
        """Start a new generation: the current entries become the previous generation, and
        the one before is dropped."""
        for slot in self.previous:  # the generation before goes first
            slot.before = {}
        for slot in self.current:
            slot.before = slot.now
            slot.now = {}
        self.previous = self.current
        self.current = []
        self.size = 0

    def entries(self) -> int:
        """The entries held in both generations."""
        return sum(len(slot.now) for slot in self.current) + sum(
            len(slot.before) for slot in self.previous
        )

    def drop(self) -> None:
        """Drop both generations."""
        for slot in self.previous:
            slot.before = {}
        for slot in self.current:
            slot.now = {}
        self.previous = []
        self.current = []
        self.size = 0


# The guard results of every parser, in one bound. Shared by every parser, not one per
# parser: a parser's entries outlive it until they age out, and the bound does not grow
# with the number of grammars.
GUARD_RESULTS: Final = GuardResults(TOKEN_CACHE_LIMIT)
_serial_numbers = itertools.count()

# A warm start (``eventkit.extract.warm``): the guard results an earlier process with the
# same grammars stored, {warm name: (number of guards, {text of a Russian word, else token
# type NUL text: evaluated | accepted << number of guards})}, read when a word form is new
# to a parser, while ``WARM_SCOPE[0]()`` says the stored answers hold (the words the tests
# read are those the table was made with).
WARM_GUARDS: Final[dict[str, tuple[int, dict[str, int]]]] = {}
WARM_SCOPE: list[Callable[[], bool]] = []
# serial number -> warm name of every parser built (to store their results)
WARM_NAMES: dict[int, str] = {}
# While a process records a table (it started without one): the results a rotation of
# ``GUARD_RESULTS`` drops, kept for the table ({warm name: (width, {key: packed})}), at most
# ``WARM_KEPT_LIMIT`` of them; so the table holds the results of a whole run, not only of
# the last generation or two.
WARM_RECORDING: Final[list[bool]] = []
WARM_KEPT: dict[str, tuple[int, dict[str, int]]] = {}
WARM_KEPT_LIMIT = 120_000
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def warm_name(name: str, guards: Sequence[Guard]) -> str:
    """A parser's key in stored guard results: its name, its number of guards and a digest
    of their texts (addresses left out) and lemma lists, in bit order."""
    digest = hashlib.sha256()
    for guard in guards:
        digest.update(_ADDRESS.sub("", repr(guard)).encode("utf-8", "replace"))
        wanted = getattr(guard, "wanted", None)
        if wanted:
            digest.update("\x00".join(sorted(wanted)).encode("utf-8", "replace"))
        digest.update(b"\x01")
    return f"{name}|{len(guards)}|{digest.hexdigest()[:24]}"


def _warm_guards(guards: TokenGuards, name: str, kind: str, value: str) -> None:
    """``guards`` (new) with the stored results of its word form, if any."""
    table = WARM_GUARDS.get(name)
    if table is None or not WARM_SCOPE or not WARM_SCOPE[0]():
        return
    packed = table[1].get(value if kind == RUSSIAN else kind + "\x00" + value)
    if packed is not None:
        width = table[0]
        guards.evaluated = packed & ((1 << width) - 1)
        guards.accepted = packed >> width


def _keep_dropped() -> None:
    """Keep the results of the generation a rotation is about to drop (``WARM_KEPT``)."""
    kept = sum(len(table) for _, table in WARM_KEPT.values())
    if kept < WARM_KEPT_LIMIT:
        _pack_into(WARM_KEPT, [[(slot.serial, slot.before) for slot in GUARD_RESULTS.previous]])


def stored_guards() -> dict[str, tuple[int, dict[str, int]]]:
    """The guard results held now, as ``WARM_GUARDS`` takes them: the loaded ones not asked
    for again, those a recording process kept (``WARM_KEPT``), then those of the cache; the
    results of parsers whose warm names are not unique (two parsers of one grammar, for
    different lexicons) are left out."""
    out: dict[str, tuple[int, dict[str, int]]] = {
        name: (width, dict(table)) for name, (width, table) in WARM_GUARDS.items()
    }
    for name, (width, table) in WARM_KEPT.items():
        out.setdefault(name, (width, {}))[1].update(table)
    results = GUARD_RESULTS
    _pack_into(
        out,
        [
            [(slot.serial, slot.before) for slot in results.previous],
            [(slot.serial, slot.now) for slot in results.current],
        ],
    )
    return out


def _pack_into(
    out: dict[str, tuple[int, dict[str, int]]],
    generations: list[list[tuple[int, dict[object, TokenGuards]]]],
) -> None:
    """Add the results of ``generations`` (each the (serial number, results) of its
    parsers, see ``GuardSlot``) to ``out``, packed."""
    counts = Counter(WARM_NAMES.values())
    for generation in generations:
        for serial, results in generation:
            name = WARM_NAMES.get(serial)
            if name is None or counts[name] != 1:
                continue
            width = int(name.split("|")[-2])
            table: dict[str, int] | None = None
            for key, guards in list(results.items()):
                if isinstance(key, str):  # a Russian word without a tag
                    word = key
                else:
                    kind, value, tag = cast(tuple[str, str, object], key)
                    if tag is not None:
                        continue
                    word = value if kind == RUSSIAN else kind + "\x00" + value
                if table is None:
                    table = out.setdefault(name, (width, {}))[1]
                table[sys.intern(word)] = guards.evaluated | guards.accepted << width


class State:
    """yargy's chart state (the same attributes), without a ``__dict__``: what ``chart``
    returns (the chart loop itself works on ``Item`` tuples)."""

    __slots__ = ("dot_index", "node", "production", "rule", "start_column", "stop_column")

    def __init__(
        self,
        rule: Nonterminal,
        production: Production,
        dot_index: int,
        start_column: ChartColumn,
        stop_column: ChartColumn,
        node: ParseNode,
    ) -> None:
        self.rule = rule
        self.production = production
        self.dot_index = dot_index
        self.start_column = start_column
        self.stop_column = stop_column
        self.node = node

    @property
    def completed(self) -> bool:
        return self.dot_index >= len(self.production.terms)

    @property
    def next_term(self) -> Term:
        return self.production.terms[self.dot_index]

    @property
    def range(self) -> tuple[int, int]:
        return self.start_column.index, self.stop_column.index


class LoopColumn:
    """A position of the chart loop (0: before the first token), the token that ends it,
    its states, those waiting there for a rule (by the rule's number, ``Lookahead.ident``),
    and the de-duplication keys of the predictions of dictionary pipelines there (the hashes
    of whole states)."""

    __slots__ = ("hashes", "index", "states", "states_index", "token")

    def __init__(self, index: int, token: TokenShape | None) -> None:
        self.index = index
        self.token = token
        self.states: list[Item] = []
        # a plain dictionary (compiled code reads an exact dict without a generic call)
        self.states_index: dict[int, list[Item]] = {}
        self.hashes: set[int] | None = None  # made by the first prediction that needs it


class Predicted:
    """The tree node of an empty production's prediction, made for that prediction alone:
    its identity tells it apart as a child, as yargy's node would (its comparison of trees
    passes over children that are one object). It is complete at once and has no children.
    A native object is cheaper to make than a yargy ``Node`` (whose ``__init__`` is Python);
    ``Trees.node`` makes the yargy node, once per ``Predicted``, where one is needed, and
    normalizing drops it (a node without children)."""

    __slots__ = ("production", "rank", "rule")

    def __init__(self, rule: Nonterminal, production: Production, rank: int) -> None:
        self.rule = rule
        self.production = production
        self.rank = rank


class Shape:
    """What yargy's ``Node.__lt__`` reads of a node: its rule, its rank, and its children
    (a leaf as None), read from the chart's links only when a comparison comes to the node
    (``expanded``): a comparison goes down one path of the two trees, and most nodes of a
    tree are never reached."""

    __slots__ = ("children", "rank", "rule", "tree", "trees")

    def __init__(self, tree: ChartTree, trees: Trees) -> None:
        self.tree = tree
        self.trees = trees
        # read with the children (``expanded``)
        self.rule: object = None
        self.rank = 0
        self.children: list[Shape | None] | None = None

    def expanded(self) -> list[Shape | None]:
        """The children's shapes (each made once per tree, by ``Trees.shape``), with the
        rule and the rank read on the way."""
        children = self.children
        if children is None:
            children = []
            trees = self.trees
            link: ChartTree = self.tree
            while type(link) is tuple:
                children.append(trees.shape(link[1]) if len(link) == 2 else None)
                link = link[0]
            children.reverse()
            # the prediction's node (rule, production and rank), without children
            base = cast(ParseNode, link)
            self.rule = base.rule
            self.rank = base.rank
            self.children = children
        return children


class Trees:
    """yargy nodes of the chart's trees, each made once: a node that is a child of several
    trees is one object in all of them, as in yargy's chart, where the node a completed
    state built is attached to every state that moves past it (``Node.__lt__`` compares
    children by identity first). Each leaf is made once too, with the token its predicate
    keeps (``constrain``)."""

    def __init__(self) -> None:
        self.nodes: dict[int, ParseNode] = {}
        self.leaves: dict[int, LeafShape] = {}
        self.shapes: dict[int, Shape] = {}

    def node(self, tree: ChartTree) -> ParseNode:
        if type(tree) is not tuple and type(tree) is not Predicted:
            made: ParseNode = cast(ParseNode, tree)
            return made
        found = self.nodes.get(id(tree))
        if found is None and type(tree) is Predicted:
            found = self.nodes[id(tree)] = Node(tree.rule, tree.production, tree.rank, [])
        elif found is None:
            children: list[ParseNode | LeafShape] = []
            link: ChartTree = tree
            while type(link) is tuple:
                if len(link) == 2:
                    children.append(self.node(link[1]))
                else:
                    children.append(self.leaf(link))
                link = link[0]
            children.reverse()
            base = cast(ParseNode, link)  # the prediction's node: rule, production and rank
            found = self.nodes[id(tree)] = Node(base.rule, base.production, base.rank, children)
        return found

    def shape(self, tree: ChartTree) -> Shape:
        """The ``Shape`` of the node ``node(tree)`` would make, made once per tree (so
        shapes are one object exactly where nodes would be). Cheaper than a yargy node,
        whose ``__init__`` is Python, for the trees that are only compared; its children
        are read when a comparison needs them."""
        found = self.shapes.get(id(tree))
        if found is None:
            found = Shape(tree, self)
            self.shapes[id(tree)] = found
        return found

    def leaf(self, link: ChartTree) -> LeafShape:
        """The leaf of a link (the node before, the predicate, the token it matched)."""
        found = self.leaves.get(id(link))
        if found is None:
            predicate, token = link[1], link[2]
            # yargy's base predicate keeps the token as it is: no call of its Python code
            if type(predicate).constrain is not _KEEPS_TOKEN:
                token = predicate.constrain(token)
            found = self.leaves[id(link)] = Leaf(predicate, token)
        return found


def fill(
    lookahead: Lookahead,
    start_rule: Nonterminal,
    tokens: list[TokenShape],
    all: bool,
    max_states: int,
) -> tuple[list[LoopColumn], int, int]:
    """The chart loop over ``tokens`` from ``start_rule``: the columns of their chart (whose
    states are ``Item``s), and, when it stopped at ``max_states``, the states built and the
    index of the token it stopped at (else 0 and -1); the columns past it are dropped."""
    columns: list[LoopColumn] = [LoopColumn(0, None)]
    for i, token in enumerate(tokens, 1):  # a loop: compiled, a generator is an object
        columns.append(LoopColumn(i, token))
    built = 0
    start_id = lookahead.ident(start_rule)  # one object (see ``Lookahead.ident``)
    # a column's lists
    states: list[Item]
    waiting: dict[int, list[Item]]
    waiters: list[Item] | None
    position: Position
    # a tuple, not ``Position | None``: compiled code reads a tuple's items directly, an
    # optional one's by a generic look-up (a waiting or scanning state's position always has
    # a next one)
    following: Position
    tree: ChartTree
    node: ParseNode | None
    chosen: list[Prediction] | None
    # what a state waits for, unboxed in compiled code (a position is untyped, above)
    kind: int
    waits: int
    bit: int  # a token test's bit, where a state waits for one
    guards = None if not tokens else lookahead.token_guards(tokens[0])
    # the rules predicted in the column at hand: one set, emptied for each column
    predicted: set[int] = set()
    for index, column in enumerate(columns):
        # None past the last token, where ``guards`` is None and nothing scans
        next_column = columns[index + 1] if index + 1 < len(columns) else None
        # the guards of the token after the next one: what a scanned state waits for
        after = None if index + 2 >= len(columns) else lookahead.token_guards(tokens[index + 1])
        predicted.clear()
        if index == 0 or all:
            predict(lookahead, column, start_rule, start_id, predicted, guards)
        states, waiting = column.states, column.states_index
        for position, start, tree in states:  # grows while we walk it, as in yargy
            # items read by index where they are needed (compiled, an unpacking of all
            # nine is an iteration)
            kind = position[0]
            if kind == DONE:
                # yargy's ``complete``: every state waiting for the completed rule where
                # it started moves past it. yargy drops a new state equal to one in the
                # column (same rule, production, dot, start and children); here none can
                # be: the new state's children are its parent's and the completed node,
                # and the completed node is new (every completed state's tree is a link
                # or node made for it alone: ``_predicted_node`` shares only the nodes of
                # productions with terms, which are never complete when predicted), and
                # each parent waits once in the list, so no pair of parent and completed
                # node is met twice. (An earlier check by the pair's identities never
                # found one over the corpus and the shared sets.)
                parents = start.states_index.get(position[4])
                if not parents:
                    continue
                for parent_position, parent_start, parent_tree in parents:
                    following = parent_position[3]
                    waits, what, what_id = following[0], following[1], following[2]
                    # ``can_go_on``, inlined for a token test answered already and for
                    # a rule whose predictions here are known
                    if waits == PREDICATE:
                        if guards is None:
                            continue
                        bit = what
                        if guards.evaluated >> bit & 1:
                            if not guards.accepted >> bit & 1:
                                continue
                        elif not guards.accepts(lookahead, bit):
                            continue
                    elif waits == RULE:
                        chosen = None if guards is None else guards.chosen.get(what_id)
                        if chosen is None:
                            if not lookahead.can_go_on(following, guards):
                                continue
                        elif not chosen:
                            continue
                    advanced = (following, parent_start, (parent_tree, tree))
                    states.append(advanced)
                    if waits == RULE:
                        waiters = waiting.get(what_id)
                        if waiters is None:
                            waiting[what_id] = [advanced]
                        else:
                            waiters.append(advanced)
            elif kind == RULE:
                target_id = position[2]
                if target_id in predicted:
                    continue
                chosen = None if guards is None else guards.chosen.get(target_id)
                if chosen is None:  # not known yet, or a dictionary pipeline
                    predict(lookahead, column, position[1], target_id, predicted, guards)
                    continue
                # ``_predict``, inlined for a rule known to predict ``chosen`` here
                predicted.add(target_id)
                for rank, production, node, first, first_position in chosen:
                    prediction = (
                        first_position,
                        column,
                        Predicted(position[1], production, rank) if node is None else node,
                    )
                    states.append(prediction)
                    if first is not None:
                        waiters = waiting.get(first)
                        if waiters is None:
                            waiting[first] = [prediction]
                        else:
                            waiters.append(prediction)
            elif guards is not None:  # a predicate: scan the next token
                bit = position[1]
                if guards.evaluated >> bit & 1:  # known: a bit test
                    if not guards.accepted >> bit & 1:
                        continue
                elif not guards.accepts(lookahead, bit):
                    continue
                # the new state ends in a new leaf, so it equals no state of the next
                # column: no de-duplication
                following = position[3]
                waits, what, what_id = following[0], following[1], following[2]
                if waits == PREDICATE:
                    if after is None:
                        continue
                    bit = what
                    if after.evaluated >> bit & 1:
                        if not after.accepted >> bit & 1:
                            continue
                    elif not after.accepts(lookahead, bit):
                        continue
                elif waits == RULE and not lookahead.can_go_on(following, after):
                    continue
                assert next_column is not None  # a token follows: ``guards`` is not None
                scanned = (following, start, (tree, position[5], next_column.token))
                next_column.states.append(scanned)
                if waits == RULE:
                    waiters = next_column.states_index.get(what_id)
                    if waiters is None:
                        next_column.states_index[what_id] = [scanned]
                    else:
                        waiters.append(scanned)
        built += len(states)
        if built > max_states and next_column is not None:
            del columns[index + 1 :]
            return columns, built, index
        guards = after
    return columns, 0, -1


def predict(
    lookahead: Lookahead,
    column: LoopColumn,
    rule: Nonterminal,
    rule_id: Any,
    predicted: set[int],
    guards: TokenGuards | None,
) -> None:
    """yargy's ``predict``: the states of ``rule``'s productions worth predicting in
    ``column`` before the token ``guards`` describes (see ``Lookahead.productions``).
    ``rule_id`` is ``lookahead.ident(rule)``."""
    predicted.add(rule_id)
    states, waiting = column.states, column.states_index
    if rule_id in lookahead.opaque_rules:  # a dictionary pipeline: it chooses, as in yargy
        if guards is None:
            alternatives = enumerate(rule.productions)
        else:
            alternatives = enumerate(rule.predict(guards.token))
        for rank, production in alternatives:
            # yargy's ``Column.append``: a state equal to one in the column (the hash of
            # rule, production, dot, start, stop and children) is dropped
            key = hash((id(rule), id(production), 0, column.index, column.index, ()))
            hashes = column.hashes
            if hashes is None:
                hashes = column.hashes = set()
            elif key in hashes:
                continue
            hashes.add(key)
            position = lookahead.position_of(rule, production)
            state = (position, column, Node(rule, production, rank, []))
            states.append(state)
            if position[0] == RULE:
                waiters = waiting.get(position[2])
                if waiters is None:
                    waiting[position[2]] = [state]
                else:
                    waiters.append(state)
        return
    # A rule is predicted once per column, so its new states (dot at 0) can equal no
    # state there: they skip the de-duplication and only need indexing.
    chosen = None if guards is None else guards.chosen.get(rule_id)
    if chosen is None:
        chosen = lookahead.choose(rule, guards, rule_id)
    for rank, production, node, first, first_position in chosen:
        state = (
            first_position,
            column,
            Predicted(rule, production, rank) if node is None else node,
        )
        states.append(state)
        if first is not None:
            waiters = waiting.get(first)
            if waiters is None:
                waiting[first] = [state]
            else:
                waiters.append(state)


def _pipeline_test(rule: Nonterminal) -> TokenCheck:
    """Whether a dictionary pipeline predicts anything for a token."""
    return lambda token: next(iter(rule.predict(token)), None) is not None


def _plain_test(predicate: Predicate) -> TokenCheck:
    """A predicate's test of a token; for eventkit's token tests, the function they wrap
    (their ``__call__`` only passes the token on); for yargy's gram tests, the test without
    its wrappers (``_gram_test``)."""
    if type(predicate).__call__ is TokenTest.__call__:
        return cast(TokenTest, predicate).function
    if type(predicate) is GramPredicate:
        grammeme = getattr(predicate, "value", None)
        if isinstance(grammeme, str):
            return _gram_test(grammeme)
    return predicate


def _gram_test(grammeme: str) -> TokenCheck:
    """yargy's ``gram(grammeme)`` without its wrappers (a decorator, a generator): a
    morphological token one of whose analyses has the grammeme."""

    def test(token: TokenShape) -> bool:
        if not isinstance(token, _MORPH_TOKEN):
            return False
        for form in token.forms:
            grams = form.grams
            if type(grams) is _GRAMS:  # yargy's: its ``in`` is one of its values
                if grammeme in grams.values:
                    return True
            elif grammeme in grams:
                return True
        return False

    return test


def _condition(predicate: Predicate) -> TokenCheck | None:
    """The ``only_if`` test of an eventkit token test, if it has one."""
    if isinstance(predicate, TokenTest) and type(predicate).__call__ is TokenTest.__call__:
        return predicate.only_if
    return None


def _text(token: TokenShape) -> tuple[str]:
    return (token.value,)


def _lowered(token: TokenShape) -> tuple[str]:
    return (token.value.lower(),)


def _keyed(predicate: Predicate) -> tuple[KeyFunction, frozenset[str]] | None:
    """(key function, words) when ``predicate`` holds exactly when one of the token's keys
    is among the words: yargy's ``eq``, ``in_``, ``caseless``, ``in_caseless`` of strings, a
    ``TokenTest`` that says so (lemma tests), an ``or_`` of such with one key function."""
    kind = type(predicate)
    if isinstance(predicate, TokenTest) and kind.__call__ is TokenTest.__call__:
        keys, wanted = predicate.keys, predicate.wanted
        if keys is None or wanted is None:
            return None
        return keys, wanted
    if kind is eq or kind is caseless:
        value = getattr(predicate, "value", None)
        if not isinstance(value, str):
            return None
        return (_text if kind is eq else _lowered), frozenset([value])
    if kind is in_ or kind is in_caseless:
        values = getattr(predicate, "value", None)
        if not isinstance(values, (set, frozenset, list, tuple)):
            return None
        words: set[str] = set()
        for value in values:
            if not isinstance(value, str):
                return None
            words.add(value)
        return (_text if kind is in_ else _lowered), frozenset(words)
    if kind is OrPredicate:
        found: list[tuple[KeyFunction, frozenset[str]]] = []
        for part in getattr(predicate, "predicates", ()):
            answer = _keyed(part)
            if answer is None or (found and answer[0] is not found[0][0]):
                return None
            found.append(answer)
        if not found:
            return None
        union: set[str] = set()
        for _, part_words in found:
            union |= part_words
        return found[0][0], frozenset(union)
    return None


def _predicted_node(rule: Nonterminal, production: Production, rank: int) -> ParseNode | None:
    """The tree node of a prediction, shared by every prediction of a production that has
    terms: a predicted node is never changed (advancing builds a new node with one more
    child) and never becomes a child itself (only completed nodes do, and one with terms is
    completed only after advancing). An empty production's prediction is complete at once,
    and its node a child: it gets a node of its own (None here; a ``Predicted``), as in
    yargy, where the comparison of trees tells such children apart by identity."""
    return Node(rule, production, rank, []) if production.terms else None


def completed(
    columns: list[LoopColumn], rule: Nonterminal
) -> list[tuple[tuple[int, int], ChartTree]]:
    """``chart.matches(rule)``: the span and tree of every completed state of ``rule`` (the
    start rule), in chart order."""
    # the rule first: a test of identity, where a test of the kind is a generic comparison
    # (the position is untyped), and few states are the start rule's
    return [
        ((start.index, column.index), tree)
        for column in columns
        for position, start, tree in column.states
        if position[6] is rule and position[0] == DONE
    ]


def kept_matches(done: list[tuple[tuple[int, int], ChartTree]], trees: Trees) -> list[MatchShape]:
    """``prepare_resolved_matches`` for a grammar without relations, where every tree makes
    a match: the first tree of each span (in yargy's order of trees), spans chosen first,
    trees prepared only for them.

    ``done`` holds the span and tree of each completed state of the start rule, in chart
    order. yargy sorts their trees; trees of different spans compare by their spans alone,
    so only the trees of a span with several get their shapes for the sort (what yargy's
    comparison of their nodes reads, ``Trees.shape``; the others are never compared): the
    sort compares the same pairs with the same answers as yargy's. The match of a span is
    made from its first tree's links (``_match``), as yargy makes it from that tree's node."""
    # counted in a plain dictionary and ordered as a list: compiled, without ``Counter``'s
    # Python code or a generator
    shared: dict[tuple[int, int], int] = {}
    for span, _ in done:
        shared[span] = shared.get(span, 0) + 1
    ordered = [
        Ranked(span, tree, trees.shape(tree) if shared[span] > 1 else None) for span, tree in done
    ]
    ordered.sort()
    # the shapes hold ``trees``, which holds them: no cycle left to the garbage collector
    trees.shapes.clear()
    first: dict[tuple[int, int], ChartTree] = {}
    for tree in ordered:
        first.setdefault(tree.range, tree.root)
    # Without relations yargy's checks pass and its constraints change nothing: the match
    # is the normalized tree's.
    return [_match(first[span], span, trees) for span in resolved_spans(list(first))]


def resolved_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """yargy's ``resolve_spans`` (the non-overlapping spans that cover the most tokens),
    step for step, as a list: ``spans`` in yargy's order of trees, one of each."""
    size = len(spans)
    if size < 2:
        return list(spans)
    # The first span starting at or after each one's end (-1: none), as yargy's scan from
    # the first finds it, found by halving: the largest start up to each index never
    # decreases, and the first index where it reaches an end is that first span.
    peaks: list[int] = []
    peak = spans[0][0]
    for start, _ in spans:
        if start > peak:
            peak = start
        peaks.append(peak)
    nexts: list[int] = []
    for _, stop in spans:
        low, high = 0, size
        while low < high:
            middle = (low + high) // 2
            if peaks[middle] >= stop:
                high = middle
            else:
                low = middle + 1
        nexts.append(low if low < size else -1)
    covers = [0] * size
    # yargy's sets of indexes as bit masks (bit i: index i), read in order at the end
    pointers = [0] * size
    last = size - 1
    covers[last] = spans[last][1] - spans[last][0]
    pointers[last] = 1 << last
    for index in range(size - 2, -1, -1):
        start, stop = spans[index]
        previous = covers[index + 1]
        cover = stop - start
        indexes = 1 << index
        following = nexts[index]
        if following > 0:  # yargy's ``if next:`` passes over none and the first span alike
            cover += covers[following]
            indexes |= pointers[following]
        if cover < previous:
            cover = previous
            indexes = pointers[index + 1]
        covers[index] = cover
        pointers[index] = indexes
    kept = pointers[0]
    return [spans[index] for index in range(size) if kept >> index & 1]


class Ranked:
    """A tree of the chart with its span, ordered as yargy's ``Tree``: by span (earlier
    start first, then the longer), a span's trees by ``Node.__lt__`` (``shape_precedes``
    on their shapes, ``Trees.shape``: only a span with several trees has them). Each
    comparison answers what yargy's would, so the sort makes the same comparisons and the
    same order; it runs as compiled code where yargy's methods run as Python."""

    __slots__ = ("range", "root", "shape", "start", "stop")

    def __init__(self, span: tuple[int, int], root: ChartTree, shape: Shape | None) -> None:
        self.range = span
        self.root = root
        self.shape = shape
        self.start: int = span[0]
        self.stop: int = span[1]

    def __lt__(self, other: Ranked) -> bool:
        start, other_start = self.start, other.start
        if start != other_start:
            return start < other_start
        stop, other_stop = self.stop, other.stop
        if stop != other_stop:
            return stop > other_stop
        shape, other_shape = self.shape, other.shape
        # trees of one span: a span with several, whose trees have shapes
        assert shape is not None
        assert other_shape is not None
        return shape_precedes(shape, other_shape)


def node_precedes(node: Any, other: Any) -> bool:
    """yargy's ``Node.__lt__`` (nodes of one rule: by rank, then by the first pair of
    children, left to right, that are neither leaves nor one object), step for step."""
    if node.rule is not other.rule:
        raise TypeError("Node() < Node() with different rules")
    if node is other:
        return False
    if node.rank == other.rank:
        for child, other_child in zip(node.children, other.children, strict=False):
            if isinstance(child, Leaf):  # the other is a leaf too
                continue
            if child is other_child:
                continue
            if child.rank < other_child.rank:
                return True
            if child.rank > other_child.rank:
                return False
            if child.rank == other_child.rank:
                return node_precedes(child, other_child)
        return False
    return bool(node.rank < other.rank)


def shape_precedes(shape: Shape, other: Shape) -> bool:
    """``node_precedes`` of the nodes two shapes (``Trees.shape``) stand for: by rank,
    then by the first pair of children, left to right, that are neither leaves nor one
    object (shapes are one object where the nodes would be)."""
    children, other_children = shape.expanded(), other.expanded()
    if shape.rule is not other.rule:
        raise TypeError("Node() < Node() with different rules")
    if shape is other:
        return False
    rank, other_rank = shape.rank, other.rank
    if rank == other_rank:
        # as ``zip`` would pair them (up to the shorter list), without building a ``zip``
        # with a keyword argument, a generic call in compiled code
        for index in range(min(len(children), len(other_children))):
            child, other_child = children[index], other_children[index]
            if child is None:  # a leaf; the other is a leaf too
                continue
            if child is other_child:
                continue
            if other_child is None:  # as yargy's comparison meets it: a leaf has no rank
                raise AttributeError("'Leaf' object has no attribute 'rank'")
            child.expanded()  # their ranks, read from the chart's links
            other_child.expanded()
            if child.rank < other_child.rank:
                return True
            if child.rank > other_child.rank:
                return False
            return shape_precedes(child, other_child)
        return False
    return rank < other_rank


def _match(tree: ChartTree, span: tuple[int, int], trees: Trees) -> MatchShape:
    """``Match(Tree(trees.node(tree), span).normalized)``, without yargy's generic visitor
    (which looks up a method by class name for every node), with the leaves collected in
    the same walk, and without the yargy nodes of a chart tree that normalizing copies."""
    leaves: list[LeafShape] = []
    root = _normalized(tree, trees, leaves)
    match = Match.__new__(Match)
    match.tree = Tree(root, span)
    match.tokens = [leaf.token for leaf in leaves]
    match.span = get_tokens_span(match.tokens)
    made: MatchShape = match
    return made


def _normalized(tree: ChartTree, trees: Trees, leaves: list[LeafShape]) -> Any:
    """``_without_empty(trees.node(tree), leaves)``, made from the chart's links directly.
    The leaves are ``trees``' (one per link, its token constrained once)."""
    if type(tree) is Predicted:  # an empty production's: no children, dropped
        return None
    if type(tree) is not tuple:  # a yargy node already
        return _without_empty(tree, leaves)
    links: list[Any] = []
    link: ChartTree = tree
    while type(link) is tuple:
        links.append(link)
        link = link[0]
    base = cast(ParseNode, link)  # the prediction's node: rule, production and rank
    children: list[Any] = []
    for index in range(len(links) - 1, -1, -1):
        step = links[index]
        if len(step) == 2:
            kept = _normalized(step[1], trees, leaves)
            if kept:
                children.append(kept)
        else:
            leaf = trees.leaf(step)
            leaves.append(leaf)
            children.append(leaf)
    if children:
        branch: ParseNode = Node(base.rule, base.production, base.rank, children)
        return branch
    return None


# yargy's ``Predicate.constrain``, which returns the token as it is
_KEEPS_TOKEN: Final = BasePredicate.constrain


def _without_empty(node: Any, leaves: list[LeafShape]) -> ParseNode | LeafShape | None:
    """yargy's ``PropogateEmptyTransformator`` on one node: a leaf stays, a node keeps its
    non-empty children and is dropped (None) when it has none. ``leaves`` gets the leaves
    kept, left to right (the order of ``Tree.walk``).

    ``node`` is a ``ParseNode`` or a leaf, left untyped: yargy's ``Leaf`` class is, so the
    ``isinstance`` that tells them apart cannot narrow the union for mypy."""
    if isinstance(node, Leaf):
        leaf: LeafShape = node
        leaves.append(leaf)
        return leaf
    children = [kept for kept in (_without_empty(c, leaves) for c in node.children) if kept]
    if children:
        branch: ParseNode = Node(node.rule, node.production, node.rank, children)
        return branch
    return None


def free(columns: list[LoopColumn]) -> None:
    """Drop the chart's states, so they go with their last reference, not with the next
    run of the garbage collector."""
    for column in columns:  # the de-duplication keys hold numbers only: no cycle
        column.states.clear()
        column.states_index.clear()
