"""Third-person pronouns: their lemmas, the forms that point back to a person, the
possessives, and ``PRONOUN``, the yargy rule that finds a pronoun acting ("он заявил",
"обе стороны договорились").

The one definition the actor grammar, the speech readings and the resolver's antecedent
search read.
"""

from __future__ import annotations

from yargy import or_, rule

from eventkit.grammar.lexicon import PARTY_WORDS
from eventkit.grammar.tokens import forms, lemma_in, lemmas, token_test
from eventkit.text.protocols import Token

# pronoun lemma (pymorphy) -> (number, gender or None)
PRONOUNS_PERSONAL = {
    "он": ("sing", "masc"),
    "она": ("sing", "femn"),
    "они": ("plur", None),
    # "я" in someone's own words: the resolver makes it the one quoted, or drops it
    "я": ("sing", None),
}

# The forms of each personal pronoun a mention's text is read back from ("ним", "нём" and
# "ней" after a preposition are not among them: the resolver leaves them as written).
PRONOUN_FORMS = {
    "он": frozenset(["он", "его", "ему", "него"]),
    "она": frozenset(["она", "ее", "её", "ей", "нее", "неё"]),
    "они": frozenset(["они", "их", "им", "них"]),
}
PERSONAL_FORMS = frozenset().union(*PRONOUN_FORMS.values())
# The forms of "я": in a quotation, the person quoted; nobody the narrative names otherwise.
FIRST_PERSON_FORMS = frozenset(["я", "меня", "мне", "мной", "мною"])
FEMININE_FORMS = PRONOUN_FORMS["она"]
PLURAL_FORMS = PRONOUN_FORMS["они"]

# The nominative personal pronouns of every person: a word that names nobody.
NOMINATIVE_PRONOUNS = frozenset(["я", "мы", "ты", "вы", "он", "она", "оно", "они"])

# The genitive forms that also serve as possessives: "по его словам", "в их заявлении".
POSSESSIVES = frozenset({"его", "ее", "её", "их"})


# The lemmas a party word's analysis has (``lemmas`` spells "ё" as "е"): a word with none
# of them is turned down by one look at the form's lemmas, shared with the other tests.
_PARTY_LEMMAS = frozenset(w.replace("ё", "е") for w in PARTY_WORDS)


def _plural_party_word(token: Token) -> bool:
    if lemmas(token).isdisjoint(_PARTY_LEMMAS):
        return False
    return any(
        f.normalized in PARTY_WORDS and "plur" in f.grams.values and "nomn" in f.grams.values
        for f in forms(token)
    )


PRONOUN = or_(
    rule(lemma_in(PRONOUNS_PERSONAL)),
    rule(lemma_in({"оба"}).optional(), token_test(_plural_party_word)),
).named("PRONOUN")
