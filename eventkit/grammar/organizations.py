"""Organizations: "МИД Казахстана", "пресс-служба Кремля", "компания «Газпром»", "ШОС"."""

from __future__ import annotations

from typing import Final

from yargy import or_, rule
from yargy.predicates import eq

from eventkit.grammar.dates import MONTHS
from eventkit.grammar.lexicon import CURRENT_LEXICONS, HOUSE_KINDS, HOUSE_NOUN
from eventkit.grammar.titles import (
    ADJECTIVE_RUN,
    COMPLEMENT_RUN,
    STRAIGHT_QUOTED_NAME,
    TITLE_COMPLEMENT,
)
from eventkit.grammar.tokens import (
    ORG_ABBREVIATION,
    TokenTest,
    forms,
    has_gram,
    lemmas,
    token_test,
)
from eventkit.text.protocols import Token
from eventkit.text.quotes import GUILLEMETS, marks

# Sets of grammemes, built once (compiled code builds a set literal at every use).
_SINGULAR_ADJECTIVE: Final = frozenset({"ADJF", "sing"})
_INDICATIVE: Final = frozenset({"VERB", "indc"})

# Read at run time: packs extend the organization nouns through the eventkit_lexicons hook.
# ``isdisjoint`` with the current lexicons' own set: no set built, no ``Words`` operator.
ORG_HEAD = token_test(
    lambda t: not lemmas(t).isdisjoint(CURRENT_LEXICONS.get().org_nouns), "org-head"
)


# "аукционный дом", "издательском доме": a house of a kind that has a staff.
def _house_kind(token: Token) -> bool:
    words = lemmas(token)
    return not words.isdisjoint(HOUSE_KINDS) or (
        # "в Белом доме": the White House, capitalized ("в белом доме" is a building)
        "белый" in words
        and token.value[:1].isupper()
        and any(f.grams.values >= _SINGULAR_ADJECTIVE for f in forms(token))
    )


_HOUSE_KIND = token_test(_house_kind, "house-kind")
_HOUSE = token_test(lambda t: HOUSE_NOUN in lemmas(t), "house")
_ORGN = token_test(lambda t: has_gram(t, "Orgn") and t.value[:1].isupper())
# "«Интерфакс»", "«Лента.ру»" (a sentence never ends inside a name: the splitter has cut
# sentences before, so a dot here belongs to the name).
_GUILLEMETS = marks([GUILLEMETS])


def _name_word(token: Token) -> bool:
    """A word a quoted name may hold: no quote mark, and no past or present verb, which
    makes the quoted words a sentence someone said ("«Вчера я встретилась с ним»")."""
    if token.value in _GUILLEMETS:
        return False
    found = forms(token)
    return not (
        found and found[0].grams.values >= _INDICATIVE and "futr" not in found[0].grams.values
    )


_QUOTED_NAME = rule(
    eq(GUILLEMETS.opening),
    token_test(_name_word, "quoted-name-word").repeatable(max=6),
    eq(GUILLEMETS.closing),
)

# Names written in Latin letters: "Forbes", "Us Weekly", "New York Times".
LATIN_NAME = token_test(
    lambda t: t.type == "LATIN" and t.value[:1].isupper() and len(t.value) > 1, "latin-name"
)
# Small words inside a Latin name: "Times of India", "Bank of America", "Folha de Sao
# Paulo".
_LATIN_JOINER = token_test(
    lambda t: t.value in ("of", "de", "and", "for", "du", "des", "del", "da", "do", "la", "&"),
    "latin-joiner",
)
# A joined name is a second alternative, for the reason ORGANIZATION's comment gives.
_LATIN_RUN = LATIN_NAME.repeatable(max=4)
LATIN_ORGANIZATION = or_(
    rule(_LATIN_RUN),
    rule(_LATIN_RUN, _LATIN_JOINER, _LATIN_RUN),
)

# An outlet's noun with the outlet's name after it, unquoted: "агентство Рейтер",
# "агентство Франс Пресс", "телеканал Euronews" (a first name there begins a person).
OUTLET_NOUNS = frozenset(
    "агентство информагентство газета издание телеканал телекомпания радиостанция журнал".split()
)
# A lemma test: the parser answers it with the grammar's other lemma tests, one look-up per
# lemma (``TokenTest``'s ``keys`` and ``wanted``).
_OUTLET_HEAD = TokenTest(
    lambda t: not lemmas(t).isdisjoint(OUTLET_NOUNS),
    "outlet-head",
    keys=lemmas,
    wanted=OUTLET_NOUNS,
)
_OUTLET_NAME_WORD = token_test(
    lambda t: (
        t.value[:1].isupper()
        and t.value.isalpha()
        and not has_gram(t, "Name")
        and not has_gram(t, "Geox")
        and not has_gram(t, "PREP")
    ),
    "outlet-name",
)

# "агентство Франс Пресс": a word the dictionary knows as a first name opens an outlet's
# name when a word that is no name at all follows it ("агентству Иван Петров" is a person).
_NAME_LIKE_WORD = token_test(
    lambda t: t.value[:1].isupper() and t.value.isalpha() and has_gram(t, "Name"), "name-like"
)
_NO_NAME_WORD = token_test(
    lambda t: (
        t.value[:1].isupper()
        and t.value.isalpha()
        and not any(has_gram(t, g) for g in ("Name", "Surn", "Patr", "Geox", "PREP"))
    ),
    "no-name",
)

# Adjectives before a head are a second alternative, not an optional part: an optional
# part is a rule of its own the chart predicts, and completes empty, before every head.
# The alternative without them comes first, as the empty reading of an optional part does.
_OUTLET_NAME = _OUTLET_NAME_WORD.repeatable(max=3)
# "газета 7Плюс", "журнал 7 Дней": a number opens an outlet's name before a capitalized word.
_OUTLET_NUMBER = token_test(lambda t: t.type == "INT" and len(t.value) <= 3, "outlet-number")
# ... any capitalized word but a person's name part ("Плюс" may be a preposition elsewhere)
_NUMBERED_NAME_WORD = token_test(
    lambda t: (
        t.value[:1].isupper()
        and t.value.isalpha()
        and not any(has_gram(t, g) for g in ("Name", "Surn", "Patr"))
        and lemmas(t).isdisjoint(MONTHS)  # "газета 12 Июня" is a date
    ),
    "numbered-name",
)
ORGANIZATION = or_(
    rule(_OUTLET_HEAD, _OUTLET_NAME),
    rule(ADJECTIVE_RUN, _OUTLET_HEAD, _OUTLET_NAME),
    rule(_OUTLET_HEAD, _NAME_LIKE_WORD, _NO_NAME_WORD),
    rule(_OUTLET_HEAD, _OUTLET_NUMBER, _NUMBERED_NAME_WORD),
    rule(ADJECTIVE_RUN, _OUTLET_HEAD, _NAME_LIKE_WORD, _NO_NAME_WORD),
    LATIN_ORGANIZATION,
    rule(ORG_HEAD, COMPLEMENT_RUN.optional()),
    rule(ADJECTIVE_RUN, ORG_HEAD, COMPLEMENT_RUN.optional()),
    rule(_HOUSE_KIND, _HOUSE, COMPLEMENT_RUN.optional()),
    rule(ORG_ABBREVIATION.repeatable(max=3), TITLE_COMPLEMENT.repeatable(max=3).optional()),
    rule(_ORGN, TITLE_COMPLEMENT.repeatable(max=2).optional()),
    _QUOTED_NAME,
    STRAIGHT_QUOTED_NAME,
).named("ORG")
