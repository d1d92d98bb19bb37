"""Token-level tests shared by the building blocks (plain functions and yargy predicates).

Each test takes a yargy token; Russian tokens carry pymorphy forms (``token.forms``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

from yargy.token import MorphToken
from yargy.token import Token as PlainToken

from eventkit.caches import Generations
from eventkit.grammar.lexicon import (
    BASE_LEXICONS,
    CURRENT_LEXICONS,
    NON_NAME_CAPITALIZED,
)
from eventkit.parse.tokentest import TokenTest as TokenTest
from eventkit.parse.tokentest import token_test as token_test
from eventkit.speedups import reference_on
from eventkit.text.analysis import FORM_LEMMAS, lemmas_of, token_lemmas
from eventkit.text.morph import CACHE_LIMIT
from eventkit.text.protocols import Token as Token

PROPER_GRAMS: Final = frozenset({"Name", "Surn", "Patr"})

# ``Final``: compiled code reads them as constants, not as look-ups of module globals.
# yargy's two kinds of token: a Russian word with its analyses, and any other token
# (numbers, punctuation, Latin words), which has none.
_MORPH_TOKEN: Final = MorphToken
_PLAIN_TOKEN: Final = PlainToken
_reference_on: Final = reference_on
_current_lexicons: Final = CURRENT_LEXICONS.get
_BASE_LEXICONS: Final = BASE_LEXICONS

CASE_GRAMS: Final = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
# Set once, not built at every call (compiled code builds a set literal each time).
_ADVERB_GRAMS: Final = frozenset({"ADVB", "COMP"})
_NO_NAME_GRAMS: Final = frozenset({"PREP", "CONJ", "PRCL", "VERB", "NPRO", "ADJF", "PRTF", "ADVB"})
_ADJECTIVE_GRAMS: Final = frozenset({"ADJF", "PRTF"})
_ANIMATE_NOUN: Final = frozenset({"NOUN", "anim"})
_NOT_COMMON_GRAMS: Final = PROPER_GRAMS | {"Geox", "Orgn"}


def forms(token: Token) -> Sequence[Any]:
    """The token's analyses, most probable first (the token's own list: not to be changed)."""
    kind = type(token)
    if kind is _MORPH_TOKEN:  # the common case, without a failed attribute lookup
        return token.forms or ()
    if kind is _PLAIN_TOKEN:  # no analyses (a failed look-up raises and clears an error)
        return ()
    found: Sequence[Any] = getattr(token, "forms", None) or ()
    return found


# the lemmas table's current generation (one dict for the life of the table)
_lemmas_now: Final = FORM_LEMMAS.current


def lemmas(token: Token) -> frozenset[str]:
    """The lemmas of the token's analyses, spelled with "е" for "ё", else the word
    lowercased (cached per form, in the shared pass's table: a form's analyses, from the
    morphology cache, do not change)."""
    value: str = token.value
    if _reference_on():  # the reference path: no cache
        return lemmas_of(token)
    found = _lemmas_now.get(value)
    if found is None:  # a miss: the shared pass's own look-up fills the table
        found = token_lemmas(token)
    return found


Answers = Generations[tuple[str, int], bool]


def _no_answers() -> Answers:
    return Generations(CACHE_LIMIT)


def per_form(
    test: Callable[[Token], bool], possible: Callable[[Token], bool] | None = None
) -> Callable[[Token], bool]:
    """``test`` answered once per word form: a token's analyses are the morphology cache's
    list for its text, so the text and that list decide the answer. The grammars, the
    resolver and the packs ask the same tests of the same forms again and again. A test may
    read the extensible lexicons, so the answers are kept per lexicons: those of the base
    lexicons here, those of lexicons packs extended with those lexicons (``cached``), so
    that Extractors with different packs never see each other's answers. A store keeps at
    most two generations of ``CACHE_LIMIT`` answers (``eventkit.caches.Generations``).

    ``possible``, if given, is a cheap test that holds wherever ``test`` can: a word form it
    turns down gets False at once, without a look-up in the store (most words are
    lowercase, and the tests of names and places turn every one of them down)."""
    base_answers: Answers = _no_answers()
    base_now = base_answers.current

    def remembered(token: Token) -> bool:
        if possible is not None and not possible(token):
            return False
        if _reference_on():  # the reference path: ask every time
            return test(token)
        lexicons = _current_lexicons()
        if lexicons is _BASE_LEXICONS:
            answers, now = base_answers, base_now
        else:
            answers = lexicons.cached(remembered, _no_answers)
            now = answers.current
        kind = type(token)
        found_forms = (
            token.forms
            if kind is _MORPH_TOKEN
            else None
            if kind is _PLAIN_TOKEN
            else getattr(token, "forms", None)
        )
        key = (token.value, id(found_forms))
        found = now.get(key)
        if found is None:  # ``Generations.recall`` and ``remember``, inlined
            found = answers.previous.pop(key, None)
            if found is None:
                found = test(token)
            if len(now) >= answers.limit:
                answers.rotate()
            now[key] = found
        return found

    remembered.__name__ = getattr(test, "__name__", "test")
    remembered.__doc__ = test.__doc__
    return remembered


def has_gram(token: Token, gram: str) -> bool:
    return any(gram in f.grams.values for f in forms(token))


def is_russian(token: Token) -> bool:
    return bool(forms(token))


def is_capitalized(token: Token) -> bool:
    value: str = token.value
    return value[:1].isupper() and not (len(value) > 1 and value.isupper())


# Particles of Arabic names written in lower case before a hyphen: "аль-Хашими",
# "эль-Сиси", "ас-Саид".
_NAME_PARTICLES = frozenset("аль эль ал ад ас аш ат ар ан аз уль ибн бен бин".split())
_PARTICLE_INITIALS = frozenset(p[0] for p in _NAME_PARTICLES)


def particle_name(value: str) -> bool:
    """ "аль-Хашими": a lower-case particle, a hyphen and a capitalized name."""
    if value[:1] not in _PARTICLE_INITIALS:
        return False  # most words: no particle can start them
    particle, hyphen, rest = value.partition("-")
    return bool(hyphen) and particle in _NAME_PARTICLES and rest[:1].isupper()


def may_be_capitalized(token: Token) -> bool:
    """Whether ``is_capitalized`` or ``is_abbreviation`` can hold: the per-form stores of
    the tests of names and places (and the grammars' tests over them) ask it first, which
    turns down a lowercase word before a look-up."""
    value: str = token.value
    if not value:
        return False
    # The first letter's code, read in place (compiled code makes a new string for a slice
    # or an index of a Cyrillic letter).
    code = ord(value[0])
    if 0x430 <= code <= 0x44F:  # most words: a lowercase Russian letter first ("а" to "я")
        return "-" in value and particle_name(value)
    if 0x410 <= code <= 0x42F:  # a capital Russian letter ("А" to "Я") is upper case
        return True
    return value[:1].isupper() or value.isupper() or ("-" in value and particle_name(value))


def _may_be_capitalized_word(token: Token) -> bool:
    """Whether ``is_capitalized`` can hold (a cheap test before a per-form store)."""
    value: str = token.value
    return value[:1].isupper()


def per_form_if(
    possible: Callable[[Token], bool],
) -> Callable[[Callable[[Token], bool]], Callable[[Token], bool]]:
    """``per_form`` as a decorator, with its ``possible`` test."""
    return lambda test: per_form(test, possible)


def is_abbreviation(token: Token) -> bool:
    """All-caps word of 2-7 letters: МИД, ООН, КПК, США."""
    value: str = token.value
    return 2 <= len(value) <= 7 and value.isupper() and value.isalpha()


@per_form_if(may_be_capitalized)
def is_geo(token: Token) -> bool:
    """Capitalized, and its most probable dictionary reading is a place name (Казахстана,
    России, Франция; "франций" the element loses to the country)."""
    if not is_capitalized(token) and not is_abbreviation(token):
        return False
    for f in forms(token):  # the first known reading decides
        if f.raw is not None and f.raw.is_known:
            return "Geox" in f.grams.values
    return False


def is_org_abbreviation(token: Token) -> bool:
    return is_abbreviation(token) and not is_geo(token)


def former_title(token: Token) -> bool:
    """ "экс-министр", "Экс-губернатора": a title noun after the prefix "экс-" (the
    dictionary reads the whole word as a noun of its own)."""
    title_nouns = _current_lexicons().title_nouns
    return any(lemma.startswith("экс-") and lemma[4:] in title_nouns for lemma in lemmas(token))


# The last part of the Russian names of supervising agencies ("Ростехнадзор").
_SUPERVISION = "надзор"


@per_form_if(may_be_capitalized)
def is_name_word(token: Token) -> bool:
    """A capitalized word that may be part of a personal name.

    Dictionary names and surnames qualify; so does any capitalized word that is not a known
    place, organization, title or function word, because most foreign surnames (Токаев,
    Цзиньпин, Макрон) are either unknown to the dictionary or misread as common nouns.
    """
    if not is_russian(token) or not (is_capitalized(token) or particle_name(token.value)):
        return False
    words = lemmas(token)
    if not words.isdisjoint(NON_NAME_CAPITALIZED) or token.value.lower() in NON_NAME_CAPITALIZED:
        return False
    if _adjective_first(token):
        return False  # "Казанского университета": an adjective that is also a rare surname
    if is_geo(token):
        return False  # "Франция" (not the element francium)
    if any(not PROPER_GRAMS.isdisjoint(f.grams.values) for f in forms(token)):
        return True
    lexicons = _current_lexicons()
    if not (words.isdisjoint(lexicons.title_nouns) and words.isdisjoint(lexicons.org_nouns)):
        return False
    if former_title(token):
        return False  # "Экс-министр заявил"
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    if known and all(
        "Geox" in f.grams.values or "Orgn" in f.grams.values or "Abbr" in f.grams.values
        for f in known
    ):
        return False
    if not known and any(w.endswith(_SUPERVISION) and len(w) > len(_SUPERVISION) for w in words):
        return False  # "Ростехнадзор", "Ространснадзора": a supervising agency's compound
    if known and not _ADVERB_GRAMS.isdisjoint(known[0].grams.values):
        return False  # "Потом", "Позже" opening a sentence: adverbs before a name
    # Known adjectives ("Казанского"), function words and verbs are not names.
    return not (known and all(not _NO_NAME_GRAMS.isdisjoint(f.grams.values) for f in known))


SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "цкой", "ова", "ева", "ина", "ына",
    "ская", "цкая", "ян", "янц", "швили", "дзе", "енко", "ук", "юк", "ич", "ко", "ых", "их",
    "ову", "еву", "ину", "овым", "евым", "иным", "овой", "евой", "иной", "ого", "ому", "ым",
)  # fmt: skip


def _adjective_first(token: Token) -> bool:
    found = forms(token)
    return (
        bool(found)
        and not _ADJECTIVE_GRAMS.isdisjoint(found[0].grams.values)
        and (found[0].raw is not None and found[0].raw.is_known)
    )


def is_first_name(token: Token) -> bool:
    """A capitalized word the dictionary reads as a first name: "Анастасия", "Дмитрий",
    "Вере" (capitalized, "вере" is the name before the common noun)."""
    if not is_capitalized(token) or len(token.value) < 3:
        return False  # most words: the cheapest test first
    if token.value.lower() in NON_NAME_CAPITALIZED:
        return False
    return any(
        "Name" in f.grams.values and f.raw is not None and f.raw.is_known for f in forms(token)
    )


# No finite verb here: a capitalized word after a first name is no verb ("Том Бей" is not
# a form of "бить"; the verb after a name is written small).
_NO_SURNAME_GRAMS: Final = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INFN", "ADVB", "INTJ"})


@per_form_if(_may_be_capitalized_word)
def is_surname_after_first_name(token: Token) -> bool:
    """A capitalized word after a first name is its surname, whatever else the dictionary
    reads it as: "Дмитрий Ливанов" (not the genitive of "Ливан"), "Анастасия Ракова"
    (not the genitive of "рак"), "Мартин Куба"; but no function word, title or organization
    noun ("Анна в", "Мария Президент")."""
    if not is_russian(token) or not is_capitalized(token) or len(token.value) < 3:
        return False
    words = lemmas(token)
    if not words.isdisjoint(NON_NAME_CAPITALIZED) or token.value.lower() in NON_NAME_CAPITALIZED:
        return False
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    lexicons = _current_lexicons()
    if not (
        words.isdisjoint(lexicons.title_nouns) and words.isdisjoint(lexicons.org_nouns)
    ) and not any("Surn" in f.grams.values for f in known):
        return False  # "Мария Президент"; but "Ирина Белых" (not "белый", as in "Белый дом")
    return all(_NO_SURNAME_GRAMS.isdisjoint(f.grams.values) for f in known)


@per_form_if(may_be_capitalized)
def is_strong_name_word(token: Token) -> bool:
    """A name word that is surely a name: a dictionary name or surname, a word the
    dictionary does not know, or one with a surname ending (Токаев, Тлеуберди, Цзечи)."""
    if not is_name_word(token):
        return False
    if any(not PROPER_GRAMS.isdisjoint(f.grams.values) and f.raw.is_known for f in forms(token)):
        return True
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    if not known:
        return True
    if any(not _ADJECTIVE_GRAMS.isdisjoint(f.grams.values) for f in known):
        return False  # "Казанского", "Российской": adjectives with surname-like endings
    if any(f.grams.values >= _ANIMATE_NOUN for f in known):
        return False  # "Внук", "Паук": words for people or animals, not surnames
    return bool(token.value.lower().endswith(SURNAME_ENDINGS))


def _is_plain_adjective(token: Token) -> bool:
    """An adjective or participle that is not a pronoun ("тем", "этот", "свой" are not)."""
    for f in forms(token)[:2]:
        values = f.grams.values
        if ("ADJF" in values or "PRTF" in values) and "Apro" not in values:
            return True
    return False


# Asked again by the grammars' code of the words their matches hold: once per form.
is_plain_adjective = per_form(_is_plain_adjective)


def is_known_common_word(token: Token) -> bool:
    """In the dictionary, and none of its readings is a name, surname or place."""
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    return bool(known) and all(_NOT_COMMON_GRAMS.isdisjoint(f.grams.values) for f in known)


def is_initial(token: Token) -> bool:
    value: str = token.value
    return len(value) == 1 and value.isupper()


def has_lemma(*words: str) -> TokenTest:
    """A yargy predicate: one of the token's lemmas is among ``words``."""
    wanted = frozenset(w.replace("ё", "е") for w in words)
    label = "lemma(" + ",".join(sorted(wanted)[:3]) + (",..)" if len(wanted) > 3 else ")")
    return TokenTest(lambda token: bool(lemmas(token) & wanted), label, keys=lemmas, wanted=wanted)


def lemma_in(words: Iterable[str]) -> TokenTest:
    return has_lemma(*words)


def cases(token: Token) -> set[str]:
    found: set[str] = set()
    for f in forms(token):
        values = f.grams.values  # read once per analysis, not once per case
        for c in CASE_GRAMS:
            if c in values:
                found.add(c)
    return found


def join_tokens(tokens: Iterable[Token], words: Iterable[str]) -> str:
    """``words`` (one per token) joined with a space wherever the text had one."""
    out = ""
    previous = None
    for token, word in zip(tokens, words, strict=True):
        if previous is not None and token.span.start > previous.span.stop:
            out += " "
        out += word
        previous = token
    return out


# The grammars' tests of name words and places (their per-form stores turn a lowercase word
# down before a look-up).
def _name_word(token: Token) -> bool:
    return is_name_word(token)


def _geo(token: Token) -> bool:
    return is_geo(token)


# The tests of names and places hold only for a word that ``may_be_capitalized``: they say so
# (``only_if``), and a parser turns them all down for a lowercase word with one call of it.
NAME_WORD = token_test(_name_word, "is_name_word", only_if=may_be_capitalized)
FIRST_NAME = token_test(is_first_name, "first-name", only_if=may_be_capitalized)
SURNAME_AFTER_FIRST_NAME = token_test(is_surname_after_first_name, "surname-after-first-name")
# Each parser keeps its tests' answers per form itself: no per-form store in between.
PLAIN_ADJECTIVE = token_test(_is_plain_adjective, "adjective")
INITIAL = token_test(is_initial, only_if=may_be_capitalized)
ABBREVIATION = token_test(is_abbreviation, only_if=may_be_capitalized)
ORG_ABBREVIATION = token_test(is_org_abbreviation, only_if=may_be_capitalized)
GEO = token_test(_geo, "is_geo", only_if=may_be_capitalized)
