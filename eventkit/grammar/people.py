"""Descriptions of people as actors: "девушка", "молодой нападающий сборной",
"Пострадавшие" (``PEOPLE``), and the word tests they are built from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from yargy import or_, rule

from eventkit.grammar.titles import ADJECTIVE_RUN, COMPLEMENT_RUN
from eventkit.grammar.tokens import forms, per_form, token_test
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Form, Token

_NOT_COMMON: Final = frozenset({"Name", "Surn", "Patr", "Abbr"})
# Sets of grammemes, built once (compiled code builds a set literal at every use).
_ANIMATE_NOUN: Final = frozenset({"NOUN", "anim"})
_PEOPLE_PLURAL: Final = frozenset({"NOUN", "anim", "plur", "nomn"})
_SUBSTANTIVE: Final = frozenset({"Subx", "nomn"})


def _is_people_noun(token: Token) -> bool:
    """A common noun for people: "девушка", "музыкант", "кардиналы", "иорданцы"; never a
    word that can be a preposition ("После" is not "посол")."""
    found = forms(token)
    # One pass over the analyses: most words have no animate noun among them and are
    # turned down at the end of it.
    animate = False
    for f in found:
        values = f.grams.values
        if "PREP" in values:
            return False
        if (
            not animate
            and "anim" in values
            and "NOUN" in values
            and values.isdisjoint(_NOT_COMMON)
            and f.raw is not None
            and f.raw.is_known
        ):
            animate = True
    if not animate:
        return _people_compound(token) or _prefixed_people_noun(token, found)
    first = found[0].grams.values
    if "VERB" in first:
        return False  # "жил" is a verb, not the plural of "жила"
    # "Муртаза Рахимов": a first name first, whatever else it may mean
    return not (token.value[:1].isupper() and "Name" in first)


def _people_compound(token: Token) -> bool:
    """ "шпионы-предатели", "журналисты-расследователи": a hyphenated word the dictionary
    does not know whose first part is a known noun for people in the same number; or
    whose second part is, after a prefix ("экс-руководительница")."""
    value = token.value
    if value.count("-") != 1 or not value.islower():
        return False
    head, tail = value.split("-")
    if len(head) < 3 or len(tail) < 3 or not head.isalpha() or not tail.isalpha():
        return False
    if head in _FORMER_PREFIXES:
        # "экс-руководительница", "лже-целитель": what the person was or poses as
        found = get_morph()(tail)
        return bool(found) and _known_people_reading(found[0])
    found = get_morph()(head)
    return bool(found) and _known_people_reading(found[0])


# Prefixes written with a hyphen before a noun for people that leave it one.
_FORMER_PREFIXES = frozenset({"экс", "лже", "псевдо"})


def _prefixed_people_noun(token: Token, found: Sequence[Form]) -> bool:
    """ "Евроскептики", "неоконсерваторы": a word the dictionary does not know that is a
    known plural noun for people ("центристы", "скептики") after a prefix of three letters
    or more (a plural: a lone unknown word in the singular is rather a surname)."""
    value = token.value.lower()
    # the cheap tests first: a long word guessed an animate plural noun, known in no form
    if len(value) < 8 or value[-1] not in "ыи" or not found:
        return False
    if not found[0].grams.values >= _PEOPLE_PLURAL:
        return False
    if any(f.raw is not None and f.raw.is_known for f in found) or not value.isalpha():
        return False
    morph = get_morph()
    for cut in range(3, len(value) - 4):
        tail = morph(value[cut:])
        if tail and _known_people_reading(tail[0]) and "plur" in tail[0].grams.values:
            return True
    return False


def _known_people_reading(form: Form) -> bool:
    values = form.grams.values
    return (
        values >= _ANIMATE_NOUN
        and values.isdisjoint(_NOT_COMMON)
        and form.raw is not None
        and form.raw.is_known
    )


# The mention builder asks again of the words a match holds: answered once per form.
is_people_noun = per_form(_is_people_noun)


def prefixed_people_noun(token: Token) -> bool:
    """ "Евроскептики": a word the dictionary does not know (so a strong name word)
    that is a plural noun for people after a prefix."""
    return _prefixed_people_noun(token, forms(token))


def is_substantive(token: Token) -> bool:
    """An adjective or participle used as a noun for a person ("Дежурный сказал",
    "на допросе задержанный заявил"): the dictionary marks them (Subx); a pronoun
    ("который", "каждый") is no person of its own."""
    found = forms(token)
    grams = found[0].grams.values if found else frozenset()
    return grams >= _SUBSTANTIVE and "Apro" not in grams


# Only the actor grammar's parser asks this test of every word, and it keeps the answer
# per form itself: without the per-form store of ``is_people_noun`` in between.
PEOPLE_NOUN = token_test(_is_people_noun, "people-noun")


SUBSTANTIVE = token_test(is_substantive, "substantive")


# Descriptions of people as actors: "американские правозащитные организации" is an ORG,
# but "молодой нападающий сборной", "кардиналы в возрасте менее 80 лет" are people.
# The adjectives as a second alternative, as in ``ORGANIZATION``; "автор российского закона
# о запрете «…»" has complements.
PEOPLE = or_(
    rule(PEOPLE_NOUN, COMPLEMENT_RUN.optional()),
    rule(ADJECTIVE_RUN, PEOPLE_NOUN, COMPLEMENT_RUN.optional()),
    rule(SUBSTANTIVE),
).named("PEOPLE")
