"""Personal names: "Касым-Жомарт Токаев", "К.-Ж. Токаев", "Си Цзиньпин", "Мухтаром Тлеуберди".

The rule only finds the words; ``name_nominative`` puts them into the nominative with their
gender (see ``Morph.person_nominative``).
"""

from __future__ import annotations

import re
from typing import Final

from yargy import or_, rule
from yargy.predicates import eq
from yargy.tokenizer import RUSSIAN

from eventkit.grammar.tokens import (
    FIRST_NAME,
    INITIAL,
    NAME_WORD,
    SURNAME_AFTER_FIRST_NAME,
    forms,
    is_name_word,
    join_tokens,
    may_be_capitalized,
    token_test,
)
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Token, Tokens

# "К." or "К.-Ж." (initials of a hyphenated first name).
INITIALS = or_(
    rule(INITIAL, eq("."), eq("-"), INITIAL, eq(".")),
    rule(INITIAL, eq(".")),
)

# Regnal numbers: "Бенедикт XVI", "Карл III".
ROMAN = token_test(lambda t: t.type == "LATIN" and set(t.value) <= set("IVXLC"), "roman")

# An Arabic name's last part with its article: "аль-Хашими", "ас-Сиси", "эль-Баради".
_ARTICLE_NAME = re.compile(r"(?:аль|ал|ас|ад|ар|аз|ат|ан|аш|эль|эд|эс|эр|эт|эш)-[А-ЯЁ][а-яё]+")
ARTICLE_NAME = token_test(lambda t: bool(_ARTICLE_NAME.fullmatch(t.value)), "article-name")
# Small words inside a name: "Мухаммед ибн Салман", "Людвиг ван Бетховен", "Урсула фон дер
# Ляйен", "Шарль де Голль".
_PARTICLES = frozenset("ибн бин бен ван фон дер де ди дель ле ла дю дос делла".split())
# ... capitalized in some names: "Марин Ле Пен", "Лана Дель Рей", "Кристина Де Лука"
_CAPITALIZED_PARTICLES = frozenset(p.capitalize() for p in _PARTICLES)
PARTICLE = token_test(
    lambda t: t.value in _PARTICLES or t.value in _CAPITALIZED_PARTICLES, "name-particle"
)

# After a particle any capitalized word goes on the name: "бен Насер" ("Насер" is a lake to
# the dictionary, no name word).
_CAPITALIZED = token_test(
    lambda t: (
        t.type == RUSSIAN and len(t.value) > 1 and t.value[0].isupper() and t.value[1:].islower()
    ),
    "capitalized",
)
_AFTER_PARTICLE = or_(NAME_WORD, _CAPITALIZED)

# An Arabic article written apart, before a family name: "Юсуф бен Рашид Аль Мансури".
_ARTICLES_APART = frozenset("Аль аль Эль эль".split())
ARTICLE_APART = token_test(lambda t: t.value in _ARTICLES_APART, "article-apart")

# A name word that no verb form spells: before a particle, a sentence's first word
# ("Поддержать де Ниро пришли …") is no first name.
_NAME_BEFORE_PARTICLE = token_test(
    lambda t: _name_before_particle(t), "name-before-particle", only_if=may_be_capitalized
)


def _name_before_particle(token: Token) -> bool:
    found = forms(token)[:1]  # the dictionary's first reading: "Фейсал" is no verb
    return is_name_word(token) and all(_VERB_GRAMS.isdisjoint(f.grams.values) for f in found)


_VERB_GRAMS: Final = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


PERSON = or_(
    rule(INITIALS, INITIALS.optional(), NAME_WORD),
    rule(NAME_WORD, NAME_WORD.optional(), NAME_WORD.optional()),
    rule(_NAME_BEFORE_PARTICLE, NAME_WORD.optional(), ARTICLE_NAME),
    rule(
        _NAME_BEFORE_PARTICLE,
        NAME_WORD.optional(),
        PARTICLE.repeatable(max=2),
        _AFTER_PARTICLE,
        ARTICLE_APART,
        _AFTER_PARTICLE,
    ),
    rule(_NAME_BEFORE_PARTICLE, NAME_WORD.optional(), PARTICLE.repeatable(max=2), _AFTER_PARTICLE),
    rule(NAME_WORD, ROMAN),
    # "Дмитрий Ливанов", "Анастасия Ракова": a first name makes the next word a surname.
    rule(FIRST_NAME, SURNAME_AFTER_FIRST_NAME),
).named("PERSON")


def name_nominative(tokens: Tokens, hint_case: str | None = None) -> str:
    """The nominative of a name as written: initials kept, the words inflected together.

    ``hint_case`` is the case the context demands (from a title before the name), used
    for foreign names the dictionary does not know.
    """
    words = [t.value for t in tokens]
    full = [i for i, w in enumerate(words) if len(w) > 1 and w not in (".", "-")]
    nominative = get_morph().person_nominative([words[i] for i in full], hint_case)
    for i, word in zip(full, nominative, strict=True):
        words[i] = word
    return join_tokens(tokens, words)
