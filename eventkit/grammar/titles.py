"""Titles: a position with what it belongs to.

"Президент Казахстана", "глава МИД Казахстана", "председатель КНР", "член Политбюро ЦК КПК",
"главой канцелярии Комиссии ЦК КПК по иностранным делам", "официальный представитель МИД".
"""

from __future__ import annotations

from typing import Final

from yargy import or_, rule
from yargy.predicates import eq, gram

from eventkit.grammar.lexicon import CURRENT_LEXICONS
from eventkit.grammar.tokens import (
    ABBREVIATION,
    PLAIN_ADJECTIVE,
    cases,
    former_title,
    forms,
    is_capitalized,
    is_geo,
    is_strong_name_word,
    join_tokens,
    lemmas,
    token_test,
)
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Token, Tokens
from eventkit.text.quotes import GUILLEMETS, STRAIGHT, marks


def _title_head(token: Token) -> bool:
    """A title noun ("президент", "экс-министр"); a word that can be a preposition is read
    as one: "После встречи" is not "посол"."""
    words = lemmas(token)
    title_nouns = CURRENT_LEXICONS.get().title_nouns
    if (
        words.isdisjoint(title_nouns)
        and not any(  # ``former_title``, on these lemmas
            w.startswith("экс-") and w[4:] in title_nouns for w in words
        )
    ):
        return False
    return not any("PREP" in f.grams.values for f in forms(token))


TITLE_HEAD = token_test(_title_head, "title-head")
# Capitalized words inside a title ("Комиссии", "Политбюро"), but not a surname that follows.
WEAK_CAPITALIZED = token_test(
    lambda t: is_capitalized(t) and not is_strong_name_word(t) and not _nominative_place(t)
)


def _nominative_place(token: Token) -> bool:
    """ "власти в Украине | Москва и Киев": a place that can only be a nominative starts
    a new phrase; it is no complement of the title before it."""
    return is_geo(token) and cases(token) == {"nomn"}


_FUNCTION_GRAMS: Final = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ"})
_GENITIVE_HOLDERS: Final = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_GENITIVE_ADJECTIVE: Final = frozenset({"ADJF", "gent"})
_GENITIVE_THING: Final = frozenset({"NOUN", "gent", "inan"})


def _is_genitive_word(token: Token) -> bool:
    """A word that can continue a title in the genitive ("канцелярии", "Политбюро"), but
    not a function word nor the surname or first name that follows the title."""
    found = forms(token)
    if any(not _FUNCTION_GRAMS.isdisjoint(f.grams.values) for f in found):
        return False
    if is_capitalized(token) and is_strong_name_word(token):
        return False
    if found and "VERB" in found[0].grams.values and not is_capitalized(token):
        return False  # "Эксперты стали говорить": the verb, not the genitive of "сталь"
    for f in found:
        values = f.grams.values
        if ("gent" in values or "Fixd" in values) and not _GENITIVE_HOLDERS.isdisjoint(values):
            return True
    return False


_GENITIVE_WORD = token_test(_is_genitive_word)


def _capitalized_genitive_adjective(token: Token) -> bool:
    """A capitalized word the dictionary reads as an adjective in the genitive, even when it
    may also be a surname: "Гродского" (района), "Тверской" (области)."""
    return is_capitalized(token) and any(
        f.grams.values >= _GENITIVE_ADJECTIVE and "Apro" not in f.grams.values for f in forms(token)
    )


def _common_genitive_noun(token: Token) -> bool:
    """A lower-case noun for a thing or place in the genitive: "района", "области"."""
    return token.value[:1].islower() and any(
        f.grams.values >= _GENITIVE_THING for f in forms(token)
    )


# "прокурор Гродского района Пётр Вакулин": a capitalized adjective before the noun it
# agrees with belongs to the title, not to the name after it (a surname stands alone).
_NAMED_PLACE = rule(
    token_test(_capitalized_genitive_adjective, "capitalized-genitive-adjective"),
    token_test(_common_genitive_noun, "common-genitive-noun"),
)
_GUILLEMETS_OR_DOT = marks([GUILLEMETS]) | {"."}
# Straight quotes both open and close: a name in them starts with a capital or a digit and
# holds no mark a clause would ("ФК "Тамбов"", "газета "Коммерсантъ"").
_NOT_IN_STRAIGHT_NAME = marks([GUILLEMETS, STRAIGHT]) | frozenset(",:;!?—–()")
STRAIGHT_QUOTED_NAME = rule(
    eq(STRAIGHT.opening),
    token_test(lambda t: t.value[:1].isupper() or t.value[:1].isdigit(), "name-start"),
    token_test(lambda t: t.value not in _NOT_IN_STRAIGHT_NAME).repeatable(max=5).optional(),
    eq(STRAIGHT.closing),
)
_QUOTED = or_(
    rule(
        eq(GUILLEMETS.opening),
        token_test(lambda t: t.value not in _GUILLEMETS_OR_DOT).repeatable(max=6),
        eq(GUILLEMETS.closing),
    ),
    STRAIGHT_QUOTED_NAME,
)
# "по иностранным делам", "по правам человека", "(автор закона) о запрете …"
_PREPOSITIONAL = rule(
    or_(eq("по"), eq("о"), eq("об")),
    gram("ADJF").repeatable(max=2).optional(),
    gram("NOUN"),
    _GENITIVE_WORD.optional(),
)
# "посол Италии в Грузии", "коллега из Белоруссии", "полпред в СКФО", "постпред при ООН"
_POSTED_IN = rule(or_(eq("в"), eq("из"), eq("при")), or_(token_test(is_geo, "geo"), ABBREVIATION))
# "президент Фонда прав человека (Human Rights Foundation)"
_GLOSS = rule(
    eq("("),
    token_test(lambda t: t.value not in ("(", ")", "."), "gloss").repeatable(max=6),
    eq(")"),
)
# "представитель ZANU-PF", "основатель Microsoft": a name in Latin letters.
_LATIN_WORD = token_test(lambda t: t.type == "LATIN" and t.value[:1].isupper(), "latin-word")
_LATIN_COMPLEMENT = rule(_LATIN_WORD, rule(eq("-"), _LATIN_WORD).optional())
# "министр науки и технологий", "министерство культуры и массовых коммуникаций": a
# second genitive joined by "и" — a thing's noun, small, never a person ("министра обороны
# и министра финансов" are two).
_COORDINATED_GENITIVE = rule(
    eq("и"),
    token_test(
        lambda t: (
            t.value[:1].islower()
            and any(
                f.grams.values >= _GENITIVE_ADJECTIVE and "Apro" not in f.grams.values
                for f in forms(t)
            )
        ),
        "small-genitive-adjective",
    )
    .repeatable(max=2)
    .optional(),
    token_test(_common_genitive_noun, "common-genitive-noun"),
)
TITLE_COMPLEMENT = or_(
    _NAMED_PLACE,
    _POSTED_IN,
    _LATIN_COMPLEMENT,
    _GLOSS,
    rule(_GENITIVE_WORD),
    # after a genitive of the title's, never after its head ("музеев и залов" are two)
    rule(_GENITIVE_WORD, _COORDINATED_GENITIVE),
    rule(ABBREVIATION),
    rule(WEAK_CAPITALIZED),
    _QUOTED,
    _PREPOSITIONAL,
)

# The adjectives before a head noun and the complements after it, one rule object each
# that titles, organizations and descriptions of people share: the chart predicts and
# completes a rule once per position for all who wait for it, where equal copies are each
# predicted and completed again. Only a rule that matches at least one token is shared:
# the completion of an empty match reaches only the states already waiting for it, so a
# rule that can match nothing keeps a copy per use (``.optional()`` at each use).
ADJECTIVE_RUN = PLAIN_ADJECTIVE.repeatable(max=2)
COMPLEMENT_RUN = TITLE_COMPLEMENT.repeatable(max=5)

TITLE = rule(
    # "чрезвычайный и полномочный посол"
    rule(PLAIN_ADJECTIVE, eq("и")).optional(),
    ADJECTIVE_RUN.optional(),
    TITLE_HEAD,
    TITLE_COMPLEMENT.repeatable(max=7).optional(),
).named("TITLE")


def title_nominative(tokens: Tokens) -> str:
    """The title in the nominative, its head lower-cased: "главой МИД" -> "глава МИД"."""
    words = [t.value for t in tokens]
    # the lexicon's own frozenset: the key of the nominatives' table holds it as it is (a
    # ``Words`` view would be copied into a new frozenset for every phrase), and a plain
    # set's intersection skips the view's Python-level ``__rand__``
    nouns = CURRENT_LEXICONS.get().title_nouns
    head = next((i for i, t in enumerate(tokens) if lemmas(t) & nouns or former_title(t)), 0)
    words = get_morph().phrase_nominative(words, head, lemmas=nouns)
    for i in range(head + 1):
        if not (len(words[i]) > 1 and words[i].isupper()):
            words[i] = words[i].lower()
    return join_tokens(tokens, words)
