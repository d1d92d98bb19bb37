"""Tests on a word and on an actor mention, for the checks and roles of a pack.

A pack asks these instead of reading pymorphy's analyses (``token.forms``, ``grams``) or a
mention's ``kind`` code itself.
"""

from __future__ import annotations

from collections.abc import Set

from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import forms
from eventkit.text.protocols import Token


def grammemes(token: Token) -> frozenset[str]:
    """The grammemes of the token's most probable analysis ("INFN", "ablt", "plur", ...);
    empty for punctuation and numbers, which have none."""
    found = forms(token)
    return frozenset(found[0].grams.values) if found else frozenset()


def has_grammeme(token: Token, grammeme: str, lemmas: Set[str] | None = None) -> bool:
    """Whether any analysis of the token has ``grammeme`` (and, with ``lemmas``, a lemma
    among them, spelt with "е" for "ё"): "подписан" has "PRTS" with the lemma "подписать"."""
    for form in forms(token):
        if grammeme in form.grams.values and (
            lemmas is None or form.normalized.replace("ё", "е") in lemmas
        ):
            return True
    return False


def is_person(mention: Mention) -> bool:
    """A person: named ("Путин"), described ("девушка") or a pronoun ("он")."""
    return mention.kind == "PER"


def is_organization(mention: Mention) -> bool:
    """An organization: "МИД Казахстана", "компания «Газпром»"."""
    return mention.kind == "ORG"


def is_place(mention: Mention) -> bool:
    """A country, region or city acting as a party ("Россия и Китай подписали")."""
    return mention.kind == "GPE"


def is_named(mention: Mention) -> bool:
    """Named by a name or title, not only by a pronoun ("он") or a description ("девушка")."""
    return not mention.pronoun and not mention.description
