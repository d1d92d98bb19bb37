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
    return found


# Module functions, not closures: a closure that calls itself is a reference cycle, garbage
# only the collector frees, at every call.
def _leaves(node: Node | LeafShape) -> list[Token]:
    if isinstance(node, Leaf):
        return [cast(LeafShape, node).token]
    out: list[Token] = []
    for child in cast(Node, node).children:
        out.extend(_leaves(child))
    return out


def _visit(node: Node | LeafShape, found: Parts) -> None:
    if isinstance(node, Leaf):
        return
    node = cast(Node, node)
    name = getattr(node.rule, "name", None)
    if name and name.isupper():
        tokens = _leaves(node)
        if tokens:
            found.setdefault(name, []).append(tokens)
    for child in node.children:
        _visit(child, found)
