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


_GUILLEMET_MARKS = re.compile(f"[{re.escape(GUILLEMETS.opening + GUILLEMETS.closing)}]")
_BLOCK_QUOTE = re.compile(r":[ \t]*\n(?![ \t]*\n)(.+?)(?=\n[ \t]*\n|\Z)", re.DOTALL)


def quotations(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone, as offsets in text order: each outermost «…», and
    each block quote, the lines after a line that ends with a colon up to a blank line
    ("Композитор ответил:\\nЯ не давал интервью…")."""
    spans: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for found in _GUILLEMET_MARKS.finditer(text):  # no other character counts
        i, char = found.start(), found.group()
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


# A straight mark opens a quote after these (or at the start of a line), else it closes one.
_BEFORE_OPENING = frozenset(" \t\n\r([{—–-:;/\u00a0") | OPENING - {STRAIGHT.opening}


def as_guillemets(text: str) -> str:
    """``text`` with each straight double mark replaced by the guillemet it stands for,
    every other character at its place: agency copy quotes with "…" where newspapers use
    «…», and names, quotes and their nesting ('ОАО "Газпром"', '"…", — сказал он') are read
    the same either way. A mark opens at the start, after a space, a bracket or a dash,
    and closes elsewhere ('"ОАО "Банк""' is «ОАО «Банк»»)."""
    mark = STRAIGHT.opening
    if mark not in text:
        return text
    chars = list(text)
    for i, char in enumerate(chars):
        if char == mark:
            opens = i == 0 or text[i - 1] in _BEFORE_OPENING
            chars[i] = GUILLEMETS.opening if opens else GUILLEMETS.closing
    return "".join(chars)
