"""Places and countries: "Казахстан", "в Москве", "Нур-Султан", "Соединенные Штаты"."""

from __future__ import annotations

from yargy import rule
from yargy.predicates import gram

from eventkit.grammar.tokens import GEO
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Tokens

PLACE = rule(gram("ADJF").optional(), GEO, GEO.optional()).named("PLACE")


def place_nominative(tokens: Tokens) -> str:
    """ "в Москве" -> "Москва"; abbreviations and indeclinables stay as written."""
    morph = get_morph()
    words = []
    for token in tokens:
        value = token.value
        if len(value) > 1 and value.isupper():
            words.append(value)
            continue
        words.append(morph.inflect_word(value, {"nomn"}, prefer={"Geox"}))
    return " ".join(words)
