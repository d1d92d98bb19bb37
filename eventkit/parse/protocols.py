"""What eventkit reads of yargy's match trees, as protocols (yargy ships no types)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from eventkit.text.protocols import Token


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
