"""Bounded memo tables for the caches that grow with the words of a stream.

The per-form caches (pymorphy's analyses, lemmas, the word tests' answers, the parsers'
guard results) and the nominatives of names and phrases are kept for the life of the
process, but a stream of news brings new word forms and names without end: unbounded, they
would grow with every document. A ``Generations`` table keeps two generations of entries.
A hit is a plain ``dict.get`` on ``current`` (one dict for the life of the table, so a
caller may hold on to it; no bookkeeping per hit). On a miss the caller asks ``recall``,
which finds the entry in the previous generation and carries it over; when the current
generation holds ``limit`` entries, its entries become the previous generation and the
ones before are dropped. So an entry asked for at least once in every ``limit`` new
entries is never dropped, rare ones go after two generations, and the table never holds
more than ``2 * limit`` entries.

Every table memoizes a pure function of its key, so what is dropped is only computed again.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Generations(Generic[K, V]):
    """A memo table of at most ``2 * limit`` entries (see the module's docstring).

    Use: ``found = table.current.get(key)``; on None, ``found = table.recall(key)``; on
    None again, compute the value and ``table.remember(key, value)``. The hottest callers
    inline the miss (``table.previous.pop(key, None)``, else compute; ``rotate()`` when
    ``current`` holds ``limit`` entries; store in ``current``): two method calls per new
    word form are a measurable share of a first pass. ``limit`` may be
    changed at any time (it applies from the next entry on).
    """

    __slots__ = ("current", "limit", "previous")

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"a cache's limit must be at least 1, not {limit}")
        self.limit = limit
        # a plain dict (``dict.get`` on a subclass is a slower call), never replaced
        self.current: dict[K, V] = {}
        self.previous: dict[K, V] = {}

    def recall(self, key: K) -> V | None:
        """The entry of ``key`` in the previous generation, carried over into the current
        one; None when there is none."""
        found = self.previous.pop(key, None)
        if found is not None:
            self.remember(key, found)
        return found

    def remember(self, key: K, value: V) -> V:
        """Store ``value`` for ``key`` in the current generation, starting a new one first
        when the current one is full; returns ``value``."""
        current = self.current
        if len(current) >= self.limit:
            self.rotate()
        current[key] = value
        return value

    def rotate(self) -> None:
        """Start a new generation: the current entries become the previous generation, and
        the one before is dropped."""
        self.previous = {}  # the generation before goes first: never three at once
        self.previous = self.current.copy()
        self.current.clear()

    def lookup(self, key: K) -> V | None:
        """The entry of ``key`` in either generation (``get`` and then ``recall``)."""
        found = self.current.get(key)
        return self.recall(key) if found is None else found

    def __contains__(self, key: object) -> bool:
        return key in self.current or key in self.previous

    def entries(self) -> int:
        """The entries held in both generations."""
        return len(self.current) + len(self.previous)

    def drop(self) -> None:
        """Drop both generations."""
        self.previous = {}
        self.current.clear()
