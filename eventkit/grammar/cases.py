"""What the dictionary readings of a word or a name say about it: its case, gender and
number, whether it is a common noun, and whether a preposition governs a mention.

The actor grammar reads a mention's cases from these (a subject is nominative:
"Токаев заявил", "встретился с Токаевым" is not); the clause layer and the company
finder ask ``preceded_by_preposition``.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Final

from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import CASE_GRAMS, cases, forms, lemmas
from eventkit.text.morph import surname_readings
from eventkit.text.protocols import Token, Tokens

if TYPE_CHECKING:
    from eventkit.text.analysis import Sentence

# Sets of grammemes, built once (compiled code builds a set literal at every use).
_PROPER: Final = frozenset({"Name", "Surn", "Patr"})
_NAME_OR_SURNAME: Final = frozenset({"Name", "Surn"})
_PLURAL_OR_RARE: Final = frozenset({"plur", "Infr"})
_FIRST_NAME_SINGULAR: Final = frozenset({"Name", "sing"})
_GENDERS: Final = ("masc", "femn")


def common_noun(token: Token) -> bool:
    """Most probably an inanimate common noun ("Встреча", "Переговоры")."""
    found = forms(token)
    return (
        bool(found)
        and found[0].raw is not None
        and found[0].raw.is_known  # an unknown "Мигель" is only guessed to be a noun
        and {"NOUN", "inan"} <= found[0].grams.values
        and not (found[0].grams.values & {"Name", "Surn", "Patr", "Geox", "Orgn"})
    )


def case_break(person: Tokens) -> int:
    """Where a run of name words stops agreeing in case (0 when it agrees throughout)."""
    shared: set[str] | None = None
    woman = bool(person) and _womans_first_name(person[0])
    for i, token in enumerate(person):
        if token.value in _ARABIC_LINKS or (i and person[i - 1].value in _ARABIC_LINKS):
            # "Юсуф бен Рашид Аль Мансури": the words a particle or an article joins keep
            # their own forms ("Тани" is no genitive of "Таня")
            continue
        found = _proper_cases(token)
        if not found or _indeclinable_name(token):
            continue  # "Ксенией Собчак": a name that does not decline takes any case
        if i and woman and found == {"nomn"} and token.value[-1:].lower() not in _VOWELS:
            continue  # "Джессикой Альварес": a woman's surname in a consonant does not decline
        if shared is not None and not shared & found:
            return i
        shared = found if shared is None else shared & found
    return 0


_VOWELS = frozenset("аеёиоуыэюяй")
# Words that link the parts of an Arabic name: "бен", "ибн", and an article written apart.
_ARABIC_LINKS = frozenset("бен бин ибн Аль аль Эль эль".split())


def _womans_first_name(token: Token) -> bool:
    """Whether every dictionary reading of the word as a first name is a woman's."""
    names = [f for f in forms(token) if "Name" in f.grams.values]
    return bool(names) and all("femn" in f.grams.values for f in names)


def _indeclinable_name(token: Token) -> bool:
    """Whether the dictionary reads the word as an indeclinable name ("Собчак" of a woman)."""
    for f in forms(token):
        values = f.grams.values
        if "Fixd" in values and not _NAME_OR_SURNAME.isdisjoint(values):
            return True
    return False


_NOMINATIVE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


_OBLIQUE_ENDINGS = ("ой", "ей", "ого", "его", "ому", "ему", "ым", "им", "ыми", "ых")


def _proper_cases(token: Token) -> set[str]:
    """Cases a name word can be in: from its dictionary readings and the surname paradigm
    ("Ракова" a woman's nominative too), or, for a surname the dictionary does not know,
    from an ending no nominative has ("Алёхиной")."""
    known = _dictionary_cases(token)
    if known:
        return known | _paradigm_cases(token)
    value = token.value.lower()
    unknown = not any(f.raw is not None and f.raw.is_known for f in forms(token))
    if unknown and len(value) > 4 and value.endswith(_OBLIQUE_ENDINGS):
        return {"gent", "datv", "accs", "ablt", "loct"}
    if unknown and len(value) > 4 and value.endswith(_NOMINATIVE_ENDINGS):
        # "Пшихачев": a man's surname in -ов/-ин with no ending added is nominative.
        return {"nomn"}
    return set()


def _paradigm_cases(token: Token) -> set[str]:
    """Cases a capitalized word can be in as a Russian-type surname ("Ракова": nominative,
    genitive, accusative); none for a word a first name reads first."""
    found = forms(token)
    # "Хасанов" read first as the plural of the first name "Хасан" is a surname all the same
    first_name = found and found[0].grams.values >= _FIRST_NAME_SINGULAR
    if not token.value[:1].isupper() or first_name:
        return set()
    return {case for case, _ in surname_readings(token.value)}


def _dictionary_cases(token: Token) -> set[str]:
    # One person's name is singular: "Фань" read only as the plural of "Фаня" tells no
    # case of the name "Фань Мэйлин", nor "Аль" read as the vocative "Аля" of "Аль Мансури".
    found: set[str] = set()
    for values in _declined_known(token):
        if _PROPER.isdisjoint(values) or not _PLURAL_OR_RARE.isdisjoint(values):
            continue
        for c in CASE_GRAMS:
            if c in values:
                found.add(c)
    return found


def _declined_known(token: Token) -> list[AbstractSet[str]]:
    """The grammemes of the token's analyses that the dictionary knows and that decline."""
    return [
        f.grams.values
        for f in forms(token)
        if "Fixd" not in f.grams.values and f.raw is not None and f.raw.is_known
    ]


def cases_of_name(person: Tokens) -> frozenset[str]:
    """Cases every declined word of the name allows (unknown words allow any). A name of
    several words is one person: plural readings ("Панайотов" as "of the Panayots") are
    left out."""
    result: set[str] | None = None
    several = len([t for t in person if len(t.value) > 1]) > 1
    for token in person:
        if len(token.value) < 2:
            continue
        proper = []  # the grammemes of the name readings
        for f in forms(token):
            values = f.grams.values
            if (
                not _PROPER.isdisjoint(values)
                and f.raw is not None
                and f.raw.is_known
                and not (several and "plur" in values)
                and "Infr" not in values  # "Лёв": no vocative of "Лёва" in a name
            ):
                proper.append(values)
        paradigm = _paradigm_cases(token)
        if (not proper or all("Fixd" in values for values in proper)) and not paradigm:
            continue
        found = {c for values in proper for c in CASE_GRAMS if c in values} | paradigm
        result = found if result is None else (result & found) or result
    return frozenset(result or ())


def name_gender(person: Tokens) -> tuple[str | None, str | None]:
    """The gender all the name's dictionary readings agree on ("Григорьева" may be a
    woman's surname or a man's in the genitive: no single gender)."""
    genders: set[str] | None = None
    for token in person:
        found: set[str] = set()
        for f in forms(token):
            values = f.grams.values
            if (
                _NAME_OR_SURNAME.isdisjoint(values)
                or "Fixd" in values  # indeclinable readings say little
                # nor do a plural's or a vocative's: "Илон" (of "Илона") in "Илон Маск"
                or not _PLURAL_OR_RARE.isdisjoint(values)
                or f.raw is None
                or not f.raw.is_known
            ):
                continue
            for g in _GENDERS:
                if g in values:
                    found.add(g)
        if found:
            genders = found if genders is None else (genders & found) or genders
    if genders is not None and len(genders) == 1:
        return next(iter(genders)), "sing"
    return None, "sing"


def nominative_gender(person: Tokens) -> str | None:
    """The gender the name has read as a subject, in the nominative, when its readings in
    all cases do not agree on one: "Смирнова" is a man's genitive or a woman's nominative,
    so as a subject it names a woman. None when the nominative readings do not agree."""
    genders: set[str] | None = None
    for token in person:
        found: set[str] = set()
        for values in _declined_known(token):
            if _NAME_OR_SURNAME.isdisjoint(values) or "nomn" not in values:
                continue
            for g in _GENDERS:
                if g in values:
                    found.add(g)
        if not found and token.value[:1].isupper():
            found = {g for case, g in surname_readings(token.value) if case == "nomn"}
        if found:
            genders = found if genders is None else (genders & found) or genders
    return next(iter(genders)) if genders is not None and len(genders) == 1 else None


def gender_of(token: Token) -> str | None:
    for f in forms(token):
        for g in ("masc", "femn", "neut"):
            if g in f.grams.values:
                return g
    return None


def number_of(token: Token) -> str | None:
    for f in forms(token):
        for n in ("sing", "plur"):
            if n in f.grams.values:
                return n
    return None


def nominative_number(token: Token) -> str | None:
    """The number of the word's first nominative reading ("лица" is a plural there, though
    its first reading is a singular genitive); the first reading's number when it has no
    nominative one."""
    for f in forms(token):
        if "nomn" in f.grams.values:
            for n in ("sing", "plur"):
                if n in f.grams.values:
                    return n
    return number_of(token)


def org_cases(org: Tokens, head: Token) -> frozenset[str]:
    """The cases of an organization's head; for an indeclinable head ("СМИ"), those its
    adjectives allow ("французским СМИ" is no subject)."""
    if not forms(head):
        return frozenset()
    found = set(cases(head))
    for token in org[: list(org).index(head)] if head in org else []:
        readings = forms(token)
        if readings and readings[0].grams.values & {"ADJF", "PRTF"}:
            found = (found & set(cases(token))) or found
    return frozenset(found)


def is_noun(token: Token) -> bool:
    found = forms(token)
    return bool(found) and "NOUN" in found[0].grams.values


def common_word(person: Tokens) -> bool:
    """ "президента Соединённых Штатов", "Форвард Реала": one capitalized word the
    dictionary knows only as an inanimate common noun completes the title, it names no one."""
    if len(person) != 1:
        return False
    found = forms(person[0])
    return bool(found) and all(
        f.raw is not None
        and f.raw.is_known
        and {"NOUN", "inan"} <= f.grams.values
        and not f.grams.values & {"Name", "Surn", "Patr"}
        for f in found
    )


def plural_only(token: Token) -> bool:
    found = forms(token)
    return (
        bool(found)
        and all("plur" in f.grams.values for f in found if f.grams.values & {"NOUN", "ADJF"})
        and any(f.grams.values & {"NOUN"} for f in found)
    )


def feminine_noun(token: Token) -> bool:
    """A noun (or a noun-like adjective, "горничная") that names a woman only."""
    found = forms(token)
    return (
        bool(found)
        and {"femn", "anim"} <= found[0].grams.values
        and "Name" not in (found[0].grams.values)
    )


def head_word(tokens: Tokens, nouns: AbstractSet[str]) -> Token:
    return next((t for t in tokens if lemmas(t) & nouns), tokens[0])


# Where words are posted: a name right after one, inside a prepositional phrase, names the
# place ("в соцсети Weibo", "на платформе YouTube"), not who posted.
_MEDIUM_NOUNS = frozenset(
    """
    соцсеть сеть аккаунт страница блог микроблог мессенджер платформа приложение сервис
    видеохостинг видеоблог канал сайт портал
    """.split()
)


def preceded_by_preposition(sentence: Sentence, mention: Mention) -> bool:
    """Governed by a preposition, possibly across adjectives ("от Северной Каролины"), or
    named after a medium a preposition governs ("в соцсети Weibo")."""
    return _governed(
        sentence, mention.first_token, nominative="nomn" in mention.cases
    ) or _in_medium_phrase(sentence, mention)


def _in_medium_phrase(sentence: Sentence, mention: Mention) -> bool:
    """ "в соцсети Weibo", "в своём аккаунте в сети Instagram": an indeclinable name right
    after a medium's noun that a preposition governs."""
    i = mention.first_token - 1
    if mention.cases or i < 1 or not lemmas(sentence.tokens[i]) & _MEDIUM_NOUNS:
        return False
    return _governed(sentence, i, nominative=False)


def _governed(sentence: Sentence, first: int, *, nominative: bool) -> bool:
    """Whether a preposition governs the word at ``first``, across adjectives."""
    i = first - 1
    while i >= 0 and any(
        f.grams.values & {"ADJF", "PRTF"} and not f.grams.values & {"PREP"}
        for f in forms(sentence.tokens[i])[:1]
    ):
        if "который" in lemmas(sentence.tokens[i]):
            return False  # "на котором представители обсуждали": "на" governs "котором"
        i -= 1
    if i < 0:
        return False
    found = forms(sentence.tokens[i])[:2]
    if found and "PREP" not in found[0].grams.values:
        if nominative:
            return False  # "Накануне представители встретились": an adverb before a subject
        if i + 1 < len(sentence.tokens) and not _governable(sentence.tokens[i + 1]):
            # "Накануне посол Айвор Дейл провел": an adverb that may be a preposition
            # ("накануне", "около", "вокруг" take a genitive) governs no word that has no
            # oblique reading but the accusative of another sense ("посол" as "salting")
            return False
    return any("PREP" in f.grams.values for f in found)


def _governable(token: Token) -> bool:
    """Whether a word has a genitive, dative, instrumental or prepositional reading, or is
    unknown to the dictionary (a name whose case cannot be told)."""
    found = forms(token)
    if not found or any(f.raw is None or not f.raw.is_known for f in found):
        return True
    return bool(cases(token) - {"nomn", "accs"})
