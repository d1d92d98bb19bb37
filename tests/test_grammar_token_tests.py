"""The token tests' shortcuts give the answers of their plain definitions: the analyses
of a token by its kind, the cases read once per analysis, the title head's one lemma
look-up."""

from __future__ import annotations

from yargy.token import Token as PlainToken

from eventkit.grammar.lexicon import current_lexicons
from eventkit.grammar.titles import TITLE_HEAD
from eventkit.grammar.tokens import (
    CASE_GRAMS,
    cases,
    former_title,
    forms,
    is_russian,
    lemmas,
)
from eventkit.text.analysis import tokenize

_TEXT = (
    "Экс-министр Иван Петров и бывший посол Италии заявили: 12 «Газпром» (Gazprom), "
    "После встречи президента с министрами, мэр Берлина и замминистра ответили."
)


def test_a_plain_token_has_no_analyses() -> None:
    tokens = tokenize(_TEXT)
    plain = [t for t in tokens if type(t) is PlainToken]
    assert plain, "the text has numbers, punctuation and Latin words"
    for token in plain:
        assert forms(token) == ()
        assert not is_russian(token)
    for token in tokens:
        assert tuple(forms(token)) == tuple(getattr(token, "forms", None) or ())
        assert is_russian(token) == bool(getattr(token, "forms", None))


def test_cases_as_defined() -> None:
    for token in tokenize(_TEXT):
        expected = {c for f in forms(token) for c in CASE_GRAMS if c in f.grams.values}
        assert cases(token) == expected


def test_title_head_as_defined() -> None:
    title_nouns = current_lexicons().title_nouns
    found = []
    for token in tokenize(_TEXT):
        expected = (not lemmas(token).isdisjoint(title_nouns) or former_title(token)) and not any(
            "PREP" in f.grams.values for f in forms(token)
        )
        assert TITLE_HEAD(token) == expected, token.value
        if expected:
            found.append(token.value)
    # "После" may be "посол" to the dictionary: a preposition first
    assert found == ["Экс-министр", "посол", "президента", "министрами", "мэр", "замминистра"]
