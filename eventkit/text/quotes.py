"""Quotation marks: the pairs they form and what each mark can do (open, close or both).

Russian typography quotes with «…» and, inside them, „…“; English-style text (and much of
the web) uses “…”, and typewriters "…". So “ opens a quote in “…” and closes one in „…“,
and " does both. Each reader of quotes takes the pairs it trusts from here: counting how
deep a quote goes needs marks that cannot both open and close.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from attrs import frozen


@frozen
class QuotePair:
    opening: str
    closing: str


GUILLEMETS = QuotePair("«", "»")
LOW_HIGH = QuotePair("„", "“")  # Russian quotes inside quotes
ENGLISH = QuotePair("“", "”")
STRAIGHT = QuotePair('"', '"')
PAIRS = (GUILLEMETS, LOW_HIGH, ENGLISH, STRAIGHT)
# The marks of Russian typography: none of them both opens and closes.
RUSSIAN = (GUILLEMETS, LOW_HIGH)


class Role(enum.Flag):
    OPENS = enum.auto()
    CLOSES = enum.auto()
    BOTH = OPENS | CLOSES


def openings(pairs: Iterable[QuotePair]) -> frozenset[str]:
    return frozenset(p.opening for p in pairs)


def closings(pairs: Iterable[QuotePair]) -> frozenset[str]:
    return frozenset(p.closing for p in pairs)


def marks(pairs: Iterable[QuotePair]) -> frozenset[str]:
    return openings(pairs) | closings(pairs)


OPENING = openings(PAIRS)
CLOSING = closings(PAIRS)
RUSSIAN_OPENING = openings(RUSSIAN)
RUSSIAN_CLOSING = closings(RUSSIAN)
# Every quote mark -> what it can do ("“" and '"': both).
ROLES: Mapping[str, Role] = MappingProxyType(
    {
        mark: (Role.OPENS if mark in OPENING else Role(0))
        | (Role.CLOSES if mark in CLOSING else Role(0))
        for mark in sorted(OPENING | CLOSING)
    }
)


_BLOCK_QUOTE = re.compile(r":[ \t]*\n(?![ \t]*\n)(.+?)(?=\n[ \t]*\n|\Z)", re.DOTALL)


def quotations(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone, as offsets in text order: each outermost «…», and
    each block quote, the lines after a line that ends with a colon up to a blank line
    ("Композитор ответил:\\nЯ не давал интервью…")."""
    spans: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for i, char in enumerate(text):
        if char == GUILLEMETS.opening:
            if depth == 0:
                opened = i
            depth += 1
        elif char == GUILLEMETS.closing and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i + 1))
    spans.extend(m.span(1) for m in _BLOCK_QUOTE.finditer(text))
    return sorted(spans)
