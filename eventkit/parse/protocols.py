"""What eventkit reads of yargy's grammars, charts and match trees, as protocols (yargy ships
no types).

A grammar in BNF (what ``yargy.Parser`` compiles a rule to) is made of ``Nonterminal``s, each
with its ``Production``s, whose terms are nonterminals or ``Predicate``s (tests of one token).
A parse is a ``ParseChart``: a ``ChartColumn`` per token, each with the ``ChartState``s that
end there; a state's ``ParseNode`` is the tree it has built so far.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping, Sequence
from typing import Protocol

from eventkit.text.protocols import Token, Tokens


class Leaf(Protocol):
    """A token a predicate matched."""

    @property
    def token(self) -> Token: ...


class Node(Protocol):
    """A rule's part of a match: its rule and the nodes and leaves under it."""

    @property
    def rule(self) -> object: ...

    @property
    def children(self) -> Sequence[Node | Leaf]: ...


class MatchTree(Protocol):
    @property
    def root(self) -> Node: ...


class Match(Protocol):
    """A match of a grammar: its tokens, in text order, and its tree."""

    @property
    def tokens(self) -> Sequence[Token]: ...

    @property
    def tree(self) -> MatchTree: ...


class Rule(Protocol):
    """A yargy rule, as grammars build on it."""

    def named(self, name: str) -> Rule: ...

    def optional(self) -> Rule: ...

    def repeatable(self, min: int | None = None, max: int | None = None) -> Rule: ...


class Predicate(Protocol):
    """A term that matches one token: its test (a true value: it matches) and the token the
    leaf keeps (``constrain``: the token, or a copy with only the forms that passed)."""

    def __call__(self, token: Token, /) -> object: ...

    def constrain(self, token: Token, /) -> Token: ...


class Production(Protocol):
    """One alternative of a nonterminal: its terms, in order (none: it matches nothing)."""

    @property
    def terms(self) -> Sequence[Term]: ...


class Nonterminal(Protocol):
    """A rule of a BNF grammar (``yargy.rule.bnf.BNFRule`` or a dictionary pipeline's): its
    productions, and those it predicts before a token (all of them, for a plain rule)."""

    @property
    def productions(self) -> Sequence[Production]: ...

    def predict(self, token: Token, /) -> Iterable[Production]: ...


# A term of a production: a nonterminal, or a predicate the next token must pass.
Term = Nonterminal | Predicate


class ParseNode(Node, Protocol):
    """A node as the chart builds it: also the production it matches and its rank (its
    index among the rule's alternatives, which decides between equally long readings)."""

    @property
    def production(self) -> Production: ...

    @property
    def rank(self) -> int: ...


class ParseTree(MatchTree, Protocol):
    """A completed state's tree, with the token range it covers (columns, end exclusive)."""

    @property
    def range(self) -> tuple[int, int]: ...


class ChartState(Protocol):
    """An Earley state: a production of a rule with a dot before the term it waits for,
    from the column where it started to the one where it stands, and its tree so far."""

    @property
    def rule(self) -> Nonterminal: ...

    @property
    def production(self) -> Production: ...

    @property
    def dot_index(self) -> int: ...

    @property
    def start_column(self) -> ChartColumn: ...

    @property
    def stop_column(self) -> ChartColumn: ...

    @property
    def node(self) -> ParseNode: ...

    @property
    def completed(self) -> bool: ...

    @property
    def next_term(self) -> Term: ...

    @property
    def range(self) -> tuple[int, int]: ...


class ChartColumn(Protocol):
    """A position of the chart (0: before the first token), the token that ends it, its
    states and those waiting there for a rule (by the rule's id)."""

    @property
    def index(self) -> int: ...

    @property
    def token(self) -> Token | None: ...

    @property
    def states(self) -> list[ChartState]: ...

    @property
    def states_index(self) -> MutableMapping[int, list[ChartState]]: ...


class ParseChart(Protocol):
    """yargy's chart of a parse: the tokens and a column per position (the parser fills
    them in)."""

    tokens: Tokens
    columns: Sequence[ChartColumn]


class Tokenizer(Protocol):
    """What a parser splits its input with: a text, or tokens already made."""

    def __call__(self, text: str | Tokens, /) -> Iterable[Token]: ...


class Tagger(Protocol):
    """What a parser passes its tokens through before parsing (yargy's default: unchanged)."""

    def __call__(self, tokens: Iterable[Token], /) -> Iterable[Token]: ...
