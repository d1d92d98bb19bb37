"""Descriptions of people as actors: "девушка", "молодой нападающий сборной",
"Пострадавшие" (``PEOPLE``), and the word tests they are built from."""

from __future__ import annotations

from yargy import or_, rule

from eventkit.grammar.titles import ADJECTIVE_RUN, COMPLEMENT_RUN
from eventkit.grammar.tokens import forms, per_form, token_test
from eventkit.text.protocols import Token


@per_form
def is_people_noun(token: Token) -> bool:
    """A common noun for people: "девушка", "музыкант", "кардиналы", "иорданцы"; never a
    word that can be a preposition ("После" is not "посол")."""
    found = forms(token)
    if any("PREP" in f.grams.values for f in found):
        return False
    if found and "VERB" in found[0].grams.values:
        return False  # "жил" is a verb, not the plural of "жила"
    if token.value[:1].isupper() and found and "Name" in found[0].grams.values:
        return False  # "Муртаза Рахимов": a first name first, whatever else it may mean
    return any(
        {"NOUN", "anim"} <= f.grams.values
        and not f.grams.values & {"Name", "Surn", "Patr", "Abbr"}
        and f.raw is not None
        and f.raw.is_known
        for f in forms(token)
    )


def is_substantive(token: Token) -> bool:
    """An adjective or participle used as a noun for a person ("Дежурный сказал",
    "на допросе задержанный заявил"): the dictionary marks them (Subx); a pronoun
    ("который", "каждый") is no person of its own."""
    found = forms(token)
    grams = found[0].grams.values if found else frozenset()
    return {"Subx", "nomn"} <= grams and "Apro" not in grams


PEOPLE_NOUN = token_test(is_people_noun, "people-noun")


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
