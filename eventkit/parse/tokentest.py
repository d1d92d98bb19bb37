"""Token tests as yargy predicates: a test sees the whole token (its forms), not only its text.

The parser calls a ``TokenTest``'s function directly (``chartloop._plain_test``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from yargy.predicates.constructors import Predicate

from eventkit.text.protocols import Token


class TokenTest(Predicate):  # type: ignore[misc]
    """A yargy predicate over the whole token (yargy's ``custom`` only sees its text).

    A test that holds exactly when one of ``keys(token)`` is in ``wanted`` (a lemma test)
    may say so: the parser then answers every such test of its grammar with the same
    ``keys`` in one look-up per key (``chartloop.Lookahead``), instead of calling each
    function.

    A test that can hold only where a cheaper test holds (a test of names or places, only
    for a word that may be capitalized) may name that test as ``only_if``: where it fails,
    the parser turns down every test of its grammar with the same ``only_if`` at once,
    without calling them."""

    __attributes__ = ("function", "name")

    def __init__(
        self,
        function: Callable[[Token], bool],
        name: str | None = None,
        *,
        keys: Callable[[Token], Iterable[str]] | None = None,
        wanted: frozenset[str] | None = None,
        only_if: Callable[[Token], bool] | None = None,
    ) -> None:
        self.function = function
        self.name: str = name or str(getattr(function, "__name__", "test"))
        self.keys = keys
        self.wanted = wanted
        self.only_if = only_if

    def __call__(self, token: Token) -> bool:
        return bool(self.function(token))

    @property
    def label(self) -> str:
        return self.name


def token_test(
    function: Callable[[Token], bool],
    name: str | None = None,
    *,
    only_if: Callable[[Token], bool] | None = None,
) -> TokenTest:
    return TokenTest(function, name, only_if=only_if)
