"""Reading yargy match trees: the tokens under each named part of a match."""

from __future__ import annotations

from typing import Any

from yargy.tree.constructors import Leaf


def named_parts(match: Any) -> dict[str, list[list[Any]]]:
    """Walk a yargy match tree and collect the leaf tokens under every named rule."""
    found: dict[str, list[list[Any]]] = {}
    _visit(match.tree.root, found)
    return found


# Module functions, not closures: a closure that calls itself is a reference cycle, garbage
# only the collector frees, at every call.
def _leaves(node: Any) -> list[Any]:
    if isinstance(node, Leaf):
        return [node.token]
    out: list[Any] = []
    for child in node.children:
        out.extend(_leaves(child))
    return out


def _visit(node: Any, found: dict[str, list[list[Any]]]) -> None:
    if isinstance(node, Leaf):
        return
    name = getattr(node.rule, "name", None)
    if name and name.isupper():
        tokens = _leaves(node)
        if tokens:
            found.setdefault(name, []).append(tokens)
    for child in node.children:
        _visit(child, found)
