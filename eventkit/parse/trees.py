"""Reading yargy match trees: the tokens under each named part of a match."""

from __future__ import annotations

from typing import cast

from yargy.tree.constructors import Leaf

from eventkit.parse.protocols import Leaf as LeafShape
from eventkit.parse.protocols import Match, Node
from eventkit.text.protocols import Token

# The tokens under each named part of a match: "PERSON" -> [[tokens], ...].
Parts = dict[str, list[list[Token]]]


def named_parts(match: Match) -> Parts:
    """Walk a yargy match tree and collect the leaf tokens under every named rule."""
    found: Parts = {}
    _visit(match.tree.root, found)
    if all(p for parts in found.values() for p in parts):
        return found
    # a named node without leaves (none in a normalized tree) is no part
    return {name: [p for p in parts if p] for name, parts in found.items() if any(parts)}


# A module function, not a closure: a closure that calls itself is a reference cycle,
# garbage only the collector frees, at every call.
def _visit(node: Node | LeafShape, found: Parts) -> list[Token]:
    """The leaf tokens under ``node``, in order; each named node's list goes into ``found``
    where the node stands in a walk from the top (a named node before those inside it), so
    every leaf is visited once however deep the names nest."""
    if isinstance(node, Leaf):
        return [cast(LeafShape, node).token]
    node = cast(Node, node)
    name = getattr(node.rule, "name", None)
    tokens: list[Token] = []
    if name and name.isupper():
        found.setdefault(name, []).append(tokens)
    for child in node.children:
        tokens.extend(_visit(child, found))
    return tokens
