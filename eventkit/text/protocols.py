"""What eventkit reads of a token, its analyses and a sentence, as protocols.

The tokens are yargy's (``MorphToken`` with pymorphy analyses as ``forms``); yargy ships no
type information, so these protocols say what our code relies on, and ``mypy`` checks it.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Protocol


class Grams(Protocol):
    """The grammemes of one analysis ("NOUN", "gent", "Surn", ...)."""

    @property
    def values(self) -> Set[str]: ...

    def __contains__(self, value: object, /) -> bool: ...


class Parse(Protocol):
    """pymorphy's parse behind an analysis: whether the dictionary knows the word (else the
    analysis is a guess from its ending)."""

    @property
    def is_known(self) -> bool: ...


class Form(Protocol):
    """One morphological analysis of a word: its lemma (``normalized``), grammemes and
    pymorphy's parse (``raw``; None for analyses made without pymorphy)."""

    @property
    def normalized(self) -> str: ...

    @property
    def grams(self) -> Grams: ...

    @property
    def raw(self) -> Parse | None: ...


class TokenSpan(Protocol):
    """A token's character offsets in the text (``stop`` is exclusive)."""

    @property
    def start(self) -> int: ...

    @property
    def stop(self) -> int: ...


class Token(Protocol):
    """A word, number or punctuation mark with its offsets and, for words, its analyses
    (most probable first; punctuation and numbers have none)."""

    @property
    def value(self) -> str: ...

    @property
    def span(self) -> TokenSpan: ...

    @property
    def type(self) -> str: ...

    @property
    def forms(self) -> Sequence[Form]: ...


# The tokens of a sentence, or of a window of one, in text order.
Tokens = Sequence[Token]
