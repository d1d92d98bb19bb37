"""Mentions from the named parts of an ``ACTOR`` match: which words name the actor and
which describe it, the cases it can be in, its gender and number, and its name in the
nominative (computed on first use).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypedDict, TypeVar

from attrs import evolve
from yargy.tokenizer import LATIN, RUSSIAN

from eventkit.caches import Generations
from eventkit.grammar.cases import (
    cases_of_name,
    common_word,
    feminine_noun,
    gender_of,
    head_word,
    is_noun,
    name_gender,
    nominative_gender,
    nominative_number,
    number_of,
    org_cases,
    plural_only,
)
from eventkit.grammar.lexicon import (
    CAPITAL_STATES,
    CURRENT_LEXICONS,
    HOUSE_NOUN,
    KIN_WORDS,
    NAMED_THING_KINDS,
    PLACE_KIND_NOUNS,
    RELATIONAL_TITLES,
)
from eventkit.grammar.mention import Mention
from eventkit.grammar.people import is_people_noun, prefixed_people_noun
from eventkit.grammar.persons import name_nominative
from eventkit.grammar.places import place_nominative
from eventkit.grammar.pronouns import PRONOUNS_PERSONAL
from eventkit.grammar.surnames import introduced_surnames, stem
from eventkit.grammar.titles import title_nominative
from eventkit.grammar.tokens import (
    CASE_GRAMS,
    PROPER_GRAMS,
    cases,
    forms,
    is_capitalized,
    is_first_name,
    is_strong_name_word,
    join_tokens,
    lemmas,
)
from eventkit.parse.trees import Parts
from eventkit.speedups import reference_on
from eventkit.text.morph import CACHE_LIMIT, PHRASE_LIMIT, get_morph
from eventkit.text.protocols import Form, Token, Tokens
from eventkit.text.quotes import GUILLEMETS, STRAIGHT

# The marks a name in quotes opens with: «Газпром», "Газпром".
_NAME_QUOTES = frozenset([GUILLEMETS.opening, STRAIGHT.opening])
# Sets of grammemes, built once (compiled code builds a set literal at every use).
_ADJECTIVE_GRAMS: Final = frozenset({"ADJF", "PRTF"})
_ANIMATE_NOUN: Final = frozenset({"NOUN", "anim"})


class _Place(TypedDict):
    """Where a mention is: its offsets, its text, and its first and last token's index in
    the sentence."""

    start: int
    end: int
    text: str
    first_token: int
    last_token: int


def mentions_of(
    tokens: list[Token],
    parts: Parts,
    text: str,
    sentence: Tokens,
    by_start: dict[int, int],
) -> list[Mention]:
    first = by_start[tokens[0].span.start]
    age = _age_before(sentence, first)
    if age and len(tokens) > 1:
        # "79-летний монарх": the age belongs to the mention's text, not to its name.
        opening = tokens[0]
        parts = {k: [[t for t in p if t is not opening] for p in ps] for k, ps in parts.items()}
        tokens = [*age, *tokens]
        first -= len(age)
    if "ORG" in parts:
        tokens, parts = _ends_at_latin_name(tokens, parts)
    split = _subject_apart(tokens, parts, sentence, first)
    if split:
        # "До встречи с футболистом Родригес работала": the name is the next verb's
        # subject, the title before it someone else in another case.
        title, person = tokens[:split], tokens[split:]
        return [
            *mentions_of(title, {"TITLE": [title]}, text, sentence, by_start),
            *mentions_of(person, {"PERSON": [person]}, text, sentence, by_start),
        ]
    last = first + len(tokens) - 1
    mention = _mention(tokens, parts, text, first, last)
    if mention is None or _place_like(mention, sentence, first, len(tokens)):
        return []
    person = parts.get("PERSON", [[]])[0]
    if (
        person
        and mention.kind == "PER"
        and mention.gender != "femn"
        and _feminine_agreement(mention, sentence, by_start[person[0].span.start], last)
    ):
        mention = evolve(mention, gender="femn")
    return [mention]


# A name's words and, for each, the identity of its analyses (the morphology cache's list
# for the word: the text and that list decide every answer about the form, as in
# ``grammar.tokens.per_form``).
_NameKey = tuple[tuple[str, int], ...]
# ``cases_of_name`` and ``name_gender`` of the names seen: the same names come back
# sentence after sentence, and each asks every analysis of every word again. Bounded as
# the nominatives of names are.
_NAME_CASES: Generations[_NameKey, frozenset[str]] = Generations(PHRASE_LIMIT)
_NAME_GENDERS: Generations[_NameKey, tuple[str | None, str | None]] = Generations(PHRASE_LIMIT)
# One object for each set of cases the tables hold (there are few), so that they cost
# memory for their keys only.
_CASE_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared(found: frozenset[str]) -> frozenset[str]:
    return _CASE_SETS.setdefault(found, found)


def _name_key(person: Tokens) -> _NameKey:
    return tuple([(t.value, id(forms(t))) for t in person])


_T = TypeVar("_T")


def _per_name(table: Generations[_NameKey, _T], person: Tokens, compute: Callable[[], _T]) -> _T:
    """``compute()`` once per name in ``table`` (every time on the reference path)."""
    if reference_on():
        return compute()
    key = _name_key(person)
    found = table.current.get(key)
    if found is None:
        found = table.recall(key)
        if found is None:
            found = table.remember(key, compute())
    return found


def _cases_of_name(person: Tokens) -> frozenset[str]:
    """``cases_of_name``, once per name."""
    return _per_name(_NAME_CASES, person, lambda: _shared(cases_of_name(person)))


def _name_gender(person: Tokens) -> tuple[str | None, str | None]:
    """``name_gender``, once per name."""
    return _per_name(_NAME_GENDERS, person, lambda: name_gender(person))


# The cases of the word forms seen, as ``cases`` gives them (kept per form, as the answers
# of ``grammar.tokens.per_form``: the text and its analyses' list decide them).
_FORM_CASES: Generations[tuple[str, int], frozenset[str]] = Generations(CACHE_LIMIT)


def _cases(token: Token) -> frozenset[str]:
    """``cases`` of a word form, kept per form (computed every time on the reference path);
    a frozenset, as every caller here only reads it."""
    if reference_on():
        return frozenset(cases(token))
    key = (token.value, id(forms(token)))
    found = _FORM_CASES.current.get(key)
    if found is None:
        found = _FORM_CASES.recall(key)
        if found is None:
            found = _FORM_CASES.remember(key, _shared(frozenset(cases(token))))
    return found


def _feminine_agreement(mention: Mention, sentence: Tokens, name: int, last: int) -> bool:
    """Whether a word agreeing with the name says a woman bears it, where the name alone
    does not: an adjective right before it ("61-летняя Мартин Обри", a woman with a name
    the dictionary gives men) or, for a name the dictionary does not know, a participle or
    adjective after a comma ("Нафиссатоу Диалло, утверждающая …") in a case the name may
    be in ("встреча с Иваном Петровым, прошедшая вчера" is the meeting's)."""
    candidates = []
    if name > 0:
        candidates.append(sentence[name - 1])
    if mention.gender is None and last + 2 < len(sentence) and sentence[last + 1].value == ",":
        candidates.append(sentence[last + 2])
    for word in candidates:
        agreeing = [f for f in forms(word) if not _ADJECTIVE_GRAMS.isdisjoint(f.grams.values)]
        if not agreeing or not all(
            "femn" in f.grams.values and "sing" in f.grams.values for f in agreeing
        ):
            continue
        if not mention.cases or _cases(word) & mention.cases:
            return True
    return False


def _ends_at_latin_name(tokens: list[Token], parts: Parts) -> tuple[list[Token], Parts]:
    """ "по сообщению портала Ivanovo News работы участников оценивали": a name in Latin
    letters ends the organization's name; lower-case words after it are the sentence's."""
    latin = [i for i, t in enumerate(tokens) if t.type == LATIN]
    if not latin or latin[-1] == len(tokens) - 1:
        return tokens, parts
    rest = tokens[latin[-1] + 1 :]
    if not all(t.type == RUSSIAN and t.value[:1].islower() for t in rest):
        return tokens, parts
    kept = tokens[: latin[-1] + 1]
    return kept, {**parts, "ORG": [[t for t in parts["ORG"][0] if t in kept]]}


def _subject_apart(tokens: list[Token], parts: Parts, sentence: Tokens, first: int) -> int:
    """Where the title ends and the name begins when they are two people: "по словам
    врачей Ричард Бах" (a plural title in another case), "с агентом Джеймсон говорил" (a
    title in an oblique case, then a name that can be nominative right before a finite
    verb: "Родригес" may be a woman's indeclinable name). 0 when they are one mention."""
    titles, person = parts.get("TITLE", []), parts.get("PERSON", [[]])[0]
    if not titles or not person or person[0] is tokens[0]:
        return 0
    split = next(i for i, t in enumerate(tokens) if t is person[0])
    head = head_word(titles[-1], _title_nouns())
    head_cases, name_cases = _cases(head), _cases_of_name(person)
    if plural_only(head) and name_cases and not head_cases & name_cases:
        # people in the plural title no one ("сенаторы Джон Маккейн и …" do: same case)
        return split
    if name_cases and "nomn" not in name_cases:
        return 0  # "с министром Лавровым": the name shares the title's case
    # "Указом президента Сергей Шойгу назначен": a first name only a nominative can be is
    # not the holder of a title in another case, whatever follows it.
    only_nominative = _cases(person[0]) == {"nomn"} and is_first_name(person[0])
    if head_cases and "nomn" not in head_cases and only_nominative:
        return split
    after = first + len(tokens)
    verb = forms(sentence[after]) if after < len(sentence) else []
    if not verb or not {"VERB", "indc"} <= verb[0].grams.values:
        return 0
    if first > 0 and _preposition(sentence[first - 1]) and not name_cases & head_cases:
        # "После боя Матиас сказал": a title governed by a preposition is in no subject's
        # case, whatever else its word may be ("боя" is also the accusative of "бой", boy),
        # and a name in none of its cases is apart from it
        return split
    if not head_cases or head_cases & {"nomn", "accs"}:
        return 0  # a nominative title and its name are one person ("министр Джеймсон")
    return split


def _preposition(token: Token) -> bool:
    found = forms(token)
    return bool(found) and "PREP" in found[0].grams.values


def _place_like(mention: Mention, sentence: Tokens, first: int, size: int) -> bool:
    """ "в Модесто": one capitalized word of no known case after "в/на/из" is a place
    the dictionary does not know, not a person ("верит в Путина" has a case)."""
    if mention.kind != "PER" or size != 1 or mention.pronoun or mention.description:
        return False
    if first == 0:
        return False
    if _after_place_kind(sentence, first):
        pass  # "в городе Хала провинции Синд"
    elif mention.cases or sentence[first - 1].value.lower() not in ("в", "во", "на", "из"):
        return False
    # last: asking for the title puts it into the nominative (``Mention.title``)
    return not mention.title


_KIND_NOUNS = PLACE_KIND_NOUNS | NAMED_THING_KINDS


def _after_place_kind(sentence: Tokens, first: int) -> bool:
    """Whether the word at ``first`` follows a kind of place ("провинции", "штата") or of
    another named thing ("праздника", "урагана") and no other name word follows it: the
    place's or thing's name ("Синд", "Песах"), not a person's."""
    if first == 0 or not lemmas(sentence[first - 1]) & _KIND_NOUNS:
        return False
    following = sentence[first + 1] if first + 1 < len(sentence) else None
    return following is None or not (
        is_capitalized(following)
        and following.value[:1].isalpha()
        and adjacent(sentence[first], following)
    )


def _age_before(sentence: Tokens, first: int) -> list[Token]:
    """The number and hyphen of an age written "79-летний" (the tokenizer splits it in
    three) when the word at ``first`` is the adjective; empty otherwise."""
    if first < 2 or not sentence[first].value.startswith("летн"):
        return []
    number, hyphen = sentence[first - 2], sentence[first - 1]
    if number.type != "INT" or hyphen.value != "-":
        return []
    if not (adjacent(number, hyphen) and adjacent(hyphen, sentence[first])):
        return []
    return [number, hyphen]


def adjacent(left: Token, right: Token) -> bool:
    return bool(0 <= right.span.start - left.span.stop <= 1)


def _title_nouns() -> frozenset[str]:
    """The current lexicons' title nouns as the plain frozenset: intersected with a word's
    lemmas without the Python-level ``__rand__`` of the ``TITLE_NOUNS`` view."""
    return CURRENT_LEXICONS.get().title_nouns


def _kin_or_title_head(title: list[Token]) -> Token:
    """``head_word(title, KIN_WORDS | TITLE_NOUNS)`` without building the union."""
    nouns = _title_nouns()
    return next(
        (
            t
            for t in title
            if not lemmas(t).isdisjoint(KIN_WORDS) or not lemmas(t).isdisjoint(nouns)
        ),
        title[0],
    )


def _mention(tokens: list[Token], parts: Parts, text: str, first: int, last: int) -> Mention | None:
    start, end = tokens[0].span.start, tokens[-1].span.stop
    at: _Place = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "first_token": first,
        "last_token": last,
    }
    titles = parts.get("TITLE", [])
    person = parts.get("PERSON", [[]])[0]
    if person and titles:
        person, titles = _rebalance(person, titles)
        person, titles = _complement_back(person, titles)

    if (
        person
        and titles
        and (
            _genitive_complement(titles[-1], person)
            or _companion_of(titles[-1], person)
            or common_word(person)
            or _compound_place(titles[-1], person)
        )
    ):
        # "пресс-агент Гибсона": the actor is the agent, named by whose agent they are.
        titles = [*titles[:-1], [*titles[-1], *person]]
        person = []
    introduced = False
    if (
        person
        and not titles
        and len(person) == 1
        and (not is_strong_name_word(person[0]) or prefixed_people_noun(person[0]))
    ):
        # A lone capitalized common word ("Комиссия") is no name, unless the document gave
        # it after a first name ("Эмманюэль Макрон … Макрону"); "Иорданцы" are people.
        introduced = stem(person[0].value) in introduced_surnames(text)
        if not introduced:
            if not is_people_noun(person[0]):
                return None
            parts = {"PEOPLE": [person]}
            person = []
    if person:
        named, titled = list(person), list(titles)

        def naming(case: str | None = None) -> str:
            # a name opening the sentence with no title is a nominative ("Валентина
            # Матвиенко заявила"), as far as a surname of both genders is concerned
            opening = "nomn" if first == 0 and not titled else None
            name = name_nominative(named, case or _title_case(titled) or opening)
            if introduced and name == named[0].value:
                # the dictionary declines it as the common noun it also is
                name = _phrase_nominative(named, named[0])
            return name

        gender, number = _name_gender(person)
        if titles:
            # "дочь Шэрон", "горничная Нафиссатоу Диалло": a kin word or a noun only a
            # woman is called tells what the dictionary cannot ("президент" tells nothing);
            # "крестница Габриэль Лоран": a woman, whatever gender the dictionary gives
            # the name.
            head = _kin_or_title_head(titles[-1])
            if lemmas(head) & KIN_WORDS and (gender is None or gender_of(head) == "femn"):
                gender = gender_of(head)
            elif any(feminine_noun(t) for t in titles[-1]):
                gender = "femn"
        return Mention(
            **at,
            naming=naming,
            naming_in=naming,
            kind="PER",
            titling=lambda: ", ".join(title_nominative(t) for t in titled) or None,
            cases=_cases_of_name(person),
            gender=gender,
            subject_gender=nominative_gender(person) if gender is None else None,
            number=number,
        )
    if "PRONOUN" in parts:
        token = parts["PRONOUN"][0][-1]
        # "им", "ним" are "он" and "они" alike: the dictionary's likelier reading decides,
        # not the order of a set (which changes with the hash seed from run to run)
        personal = next(
            (f.normalized for f in forms(token) if f.normalized in PRONOUNS_PERSONAL), None
        )
        number, gender = PRONOUNS_PERSONAL[personal] if personal else ("plur", None)
        return Mention(
            **at,
            name=token.value,
            kind="PER",
            title=None,
            cases=_pronoun_cases(token),
            gender=gender,
            number=number,
            pronoun=True,
        )
    if titles:
        head = head_word(titles[0], _title_nouns())
        title = _once(lambda: title_nominative(titles[0]))
        subject_number = _other_nominative_number(head, number_of(head))
        return Mention(
            **at,
            naming=title,
            # "Судьи заявили": the subject is named in its own number ("судьи")
            naming_in=(
                (lambda case: _lower_first(_phrase_nominative(titles[0], head, case)))
                if subject_number is not None
                else None
            ),
            kind="PER",
            titling=title,
            cases=_cases(head),
            gender=None,  # titles take either gender ("глава МИД заявила")
            number=number_of(head),
            # "Судьи заявили", "Главы регионов договорились": a singular genitive first
            # in the dictionary, a plural nominative as the verb's subject
            subject_number=subject_number,
        )
    if "PEOPLE" in parts:
        group = parts["PEOPLE"][0]
        head = next((t for t in group if is_people_noun(t)), group[0])
        agreed = _agreed_case(group, head)
        reading = _person_reading(head)
        named_as = agreed or (_gram_of(reading, ("nomn",)) if reading is not None else None)
        if agreed == "nomn":
            # "добавили высокопоставленные лица": a nominative by its adjectives, so the
            # nominative's number
            number = nominative_number(head)
        elif reading is not None:
            # "политики заявили": the people's reading's number, not the one of
            # "политика" the dictionary puts first
            number = _gram_of(reading, _NUMBERS)
        else:
            number = number_of(head)
        return Mention(
            **at,
            naming=lambda: _lower_first(_phrase_nominative(group, head, named_as)),
            # "по словам девушки": the genitive the context tells is singular
            naming_in=lambda case: _lower_first(_phrase_nominative(group, head, case)),
            kind="PER",
            title=None,
            cases=_cases(head),
            gender=gender_of(head) if reading is None else _gram_of(reading, _GENDERS),
            number=number,
            subject_number=_other_nominative_number(head, number),
            description=True,
        )
    if "ORG" in parts:
        org = parts["ORG"][0]
        if _quoted_phrase(org):
            return None
        org_nouns = CURRENT_LEXICONS.get().org_nouns
        head = head_word(org, org_nouns)
        if head is org[0] and not lemmas(head) & org_nouns:
            # "аукционный дом": the house is the head after the adjective of its kind
            head = next((t for t in org if HOUSE_NOUN in lemmas(t)), head)
        if head is org[0] and head.value in _NAME_QUOTES:
            # "по данным «Базы»": a name in quotes alone is declined by its first noun.
            head = next((t for t in org[1:] if is_noun(t)), head)
        org_head = head
        # "Британские власти": adjectives that agree with the head only as a nominative
        # tell its case and number (no singular genitive "власти")
        org_case = _agreed_case(org, head) if head in org else None
        if org_case is None and head is org[0] and first == 0 and "nomn" in _cases(head):
            # "Власти страны заявили": nothing before a sentence's first word governs it,
            # so a head that can be a nominative is one
            org_case = "nomn"
        return Mention(
            **at,
            naming=lambda: _phrase_nominative(org, org_head, org_case),
            kind="ORG",
            title=None,
            cases=org_cases(org, head),
            gender=gender_of(head),
            number=nominative_number(head) if org_case else number_of(head),
        )
    if "PLACE" in parts:
        place = parts["PLACE"][0]
        head = place[-1]
        return Mention(
            **at,
            naming=lambda: _state_of(place_nominative(place)),
            kind="GPE",
            title=None,
            cases=_cases(head) if forms(head) else frozenset(),
            gender=gender_of(head),
            number=number_of(head),
        )
    return None


def _pronoun_cases(token: Token) -> frozenset[str]:
    """The cases a pronoun acting can be in: "его" is a genitive or an accusative, never
    the nominative its possessive reading has ("рассказал его тренер Иван Петров": the
    trainer is the subject, not "его"). Party words ("стороны") keep all their cases.
    Kept per form, as ``_cases`` (computed every time on the reference path)."""
    if reference_on():
        return _pronoun_cases_of(token)
    key = (token.value, id(forms(token)))
    found = _PRONOUN_CASES.current.get(key)
    if found is None:
        found = _PRONOUN_CASES.recall(key)
        if found is None:
            found = _PRONOUN_CASES.remember(key, _shared(_pronoun_cases_of(token)))
    return found


_PRONOUN_CASES: Generations[tuple[str, int], frozenset[str]] = Generations(CACHE_LIMIT)


def _pronoun_cases_of(token: Token) -> frozenset[str]:
    personal = [f for f in forms(token) if "NPRO" in f.grams.values]
    return frozenset(
        c for f in (personal or forms(token)) for c in CASE_GRAMS if c in f.grams.values
    )


def _once(compute: Callable[[], str]) -> Callable[[], str]:
    """``compute`` run at most once, for a name that is also the title."""
    found: list[str] = []

    def answer() -> str:
        if not found:
            found.append(compute())
        return found[0]

    return answer


def _lower_first(name: str) -> str:
    """ "Пострадавшие" -> "пострадавшие": a description is no proper name (an acronym
    stays as it is)."""
    return name[:1].lower() + name[1:] if not name[:2].isupper() else name


def _state_of(name: str) -> str:
    # "Москва и Киев не смогли договориться": a capital acting stands for its state.
    return CAPITAL_STATES.get(name, name)


_GENDERS = ("masc", "femn", "neut")
_NUMBERS = ("sing", "plur")


def _other_nominative_number(head: Token, number: str | None) -> str | None:
    """The number of the head's nominative when it is not ``number`` ("дочери", "матери":
    a singular genitive or dative, a plural nominative); None when they agree."""
    if "nomn" not in _cases(head):
        return None
    nominative = nominative_number(head)
    return nominative if nominative != number else None


def _person_reading(head: Token) -> Form | None:
    """The reading of a noun for people when the dictionary puts another first: "политики"
    is "политика" (a genitive) first and "политик" (a plural) after; None when the first
    reading is the people's own."""
    found = forms(head)
    if not found or found[0].grams.values >= _ANIMATE_NOUN:
        return None
    return next((f for f in found if f.grams.values >= _ANIMATE_NOUN), None)


def _gram_of(form: Form, options: tuple[str, ...]) -> str | None:
    return next((g for g in options if g in form.grams.values), None)


def _quoted_phrase(org: Tokens) -> bool:
    """A quotation rather than a quoted name: «отдать Аль-Кудс евреям», «Я счастлив»
    (names in quotes open with a capital and not with a pronoun: «Газпром»)."""
    if len(org) < 2 or org[0].value not in _NAME_QUOTES:
        return False
    first = org[1]
    readings = forms(first)
    return first.value[:1].islower() or bool(readings and "NPRO" in readings[0].grams.values)


def _genitive_complement(title: list[Token], person: list[Token]) -> bool:
    head = head_word(title, _title_nouns())
    if not lemmas(head) & RELATIONAL_TITLES:
        return False
    person_cases = _cases_of_name(person)
    if "gent" in person_cases and "nomn" not in person_cases and _plural_only(head):
        # "со ссылкой на представителей администрации президента Барака Обамы": many
        # representatives are no one person's title; the name in the genitive is whose.
        return True
    if head is not title[-1]:
        # "представитель партии Нкомо", "советник президента Трампа": after a
        # complement, one word in no case a holder's name can be in, or in none the
        # dictionary knows, is whose party or president, not the holder.
        return (
            len(person) == 1
            and not lemmas(head) & KIN_WORDS
            and person_cases <= {"gent", "accs"}
            and not person_cases & _cases(head)
        )
    if len(person) == 1 and "gent" in person_cases and not lemmas(head) & KIN_WORDS:
        # "Представитель Путина": a bare surname that can be a genitive is whose
        # representative, even when it could also be a woman's surname in the nominative.
        return True
    if person_cases:
        return person_cases <= {"gent", "accs"}
    # A name the dictionary does not know: "пресс-агент Гибсона" is whose agent, but
    # "дочь Шэрон" is the daughter herself.
    return len(person) == 1 and not lemmas(head) & KIN_WORDS


def _companion_of(title: list[Token], person: list[Token]) -> bool:
    """ "бывший соратник Мартинеса", "сторонники Навального", "близкая подруга Анны
    Петровой": a noun for people that is no title, before a name whose words can only be
    a genitive (or accusative) and are in none of the noun's cases, names whose companion
    the actor is, not the actor."""
    head = title[-1]
    nouns = _title_nouns()
    if any(lemmas(t) & nouns for t in title) or lemmas(head) & RELATIONAL_TITLES:
        return False  # titles and kin words: ``_genitive_complement``
    if len(person) > 3 or not is_people_noun(head):
        return False
    person_cases = _cases_of_name(person)
    return (
        "gent" in person_cases
        and person_cases <= {"gent", "accs"}
        and not person_cases & _cases(head)
    )


def _compound_place(title: list[Token], person: list[Token]) -> bool:
    """ "шеф полиции Сан-Диего", "мэр Санта-Фе": after a title that already has a
    complement, one hyphenated word whose first part is no name ("Сан", "Лос") is where
    the title is held, even when its last part spells a first name ("Диего"); "Анна-Мария"
    and "Касым-Жомарт" start with a name and stay names."""
    if len(person) != 1 or head_word(title, _title_nouns()) is title[-1]:
        return False
    first, dash, rest = person[0].value.partition("-")
    if not dash or not rest or "gent" not in _cases(person[0]):
        return False
    return not any(PROPER_GRAMS & set(p.tag.grammemes) for p in get_morph().parses(first))


def _plural_only(token: Token) -> bool:
    """Whether every reading of ``token`` is a plural ("представителей", "советники")."""
    found = forms(token)
    return bool(found) and all("plur" in f.grams.values for f in found)


def _title_case(titles: list[list[Token]]) -> str | None:
    """The case of the title's head noun when it has only one reading ("послом" -> ablt);
    "gent" for an animate title whose genitive and accusative are one form ("президента"):
    a name after it is in one of them, and the name's own readings tell which."""
    if not titles:
        return None
    head = head_word(titles[-1], _title_nouns())
    found = cases(head)
    if found == {"gent", "accs"} and _heads_its_title(titles[-1], head):
        return "gent"
    return found.pop() if len(found) == 1 else None


def _heads_its_title(title: list[Token], head: Token) -> bool:
    """Whether ``head`` is the title's own noun, only adjectives before it: not the
    complement of another noun ("дочь капитана", whose case is the genitive anyway)."""
    for token in title:
        if token is head:
            return True
        found = forms(token)
        if found and "NOUN" in found[0].grams.values:
            return False
    return False


def _rebalance(
    person: list[Token], titles: list[list[Token]]
) -> tuple[list[Token], list[list[Token]]]:
    """Move capitalized words the title swallowed back into the name that follows it
    ("председатель КНР Си | Цзиньпин" -> "председатель КНР | Си Цзиньпин")."""
    last = list(titles[-1])
    moved: list[Token] = []
    nouns = _title_nouns()
    while (
        len(last) > 1
        and len(person) + len(moved) < 3
        and last[-1].value[:1].isupper()
        and not (len(last[-1].value) > 1 and last[-1].value.isupper())
        and last[-1].span.stop < person[0].span.start
        # "основатель Microsoft Билл Гейтс": a Latin name is the title's, not his
        and (last[-1].type != LATIN or all(t.type == LATIN for t in person))
        and not lemmas(last[-1]) & nouns
        # "матерью девушки Яффой Иссахар": a word in no genitive is no complement
        and (_no_genitive(last[-1]) or _gentive_only_by_accident(last[-1]))
        and (
            _no_genitive(last[-1])
            or not any(f.grams.values & {"Geox", "Orgn"} for f in forms(last[-1]))
        )
    ):
        moved.insert(0, last.pop())
    return moved + list(person), [*titles[:-1], last]


def _complement_back(
    person: list[Token], titles: list[list[Token]]
) -> tuple[list[Token], list[list[Token]]]:
    """Move a capitalized genitive the name swallowed back into the title before it
    ("председатель | Сбербанка Герман Греф" -> "председатель Сбербанка | Герман Греф"): a
    word that can only be a genitive, before a first name that can be a nominative; or
    a surname before a first name and a surname ("эксперт по творчеству | Пушкина Ольга
    Белова"): no one's name runs surname, first name, surname."""
    moved: list[Token] = []
    while (
        len(person) > 2
        and person[0].value[:1].isupper()
        and (
            _genitive_only(person[0])
            or _surname_before_full_name(person)
            or _genitive_before_patronymic(person)
        )
        and is_first_name(person[1])
        and ("nomn" in _cases(person[1]) or _name_in_a_case_apart(person))
    ):
        moved.append(person.pop(0))
    if not moved:
        return person, titles
    return person, [*titles[:-1], [*titles[-1], *moved]]


def _name_in_a_case_apart(person: list[Token]) -> bool:
    """ "главой Росавиации | Александром Нерадько": the first name and the surname share a
    case the word before them cannot be in."""
    first_name, surname = _cases(person[1]), _cases(person[2])
    shared = first_name & surname if surname else first_name
    return bool(shared - _cases(person[0]))


def _surname_before_full_name(person: list[Token]) -> bool:
    """ "Пушкина Ольга Белова", "Оксфорда Джон Смит": a word that is no first name
    and may be a genitive, before a first name and a word that is no patronymic ("Иванова
    Мария Петровна" is one name, surname first)."""
    first, third = forms(person[0]), forms(person[2])
    return (
        bool(first)
        and bool(third)
        and not any(f.grams.values & {"Name", "Patr"} for f in first)
        and any("gent" in f.grams.values for f in first)
        and not any("Patr" in f.grams.values for f in third)
        and not is_first_name(person[2])
    )


def _genitive_before_patronymic(person: list[Token]) -> bool:
    """ "Гоголя Андрей Петрович Ланской": a word that is no first name and may be
    a genitive, before a first name, a patronymic and a surname; no one's name runs to
    four such words."""
    if len(person) != 4:
        return False
    first, third = forms(person[0]), forms(person[2])
    return (
        not any(f.grams.values & {"Name", "Patr"} for f in first)
        and any("gent" in f.grams.values for f in first)
        and any("Patr" in f.grams.values for f in third)
    )


def _genitive_only(token: Token) -> bool:
    found = forms(token)
    return bool(found) and all(
        "gent" in f.grams.values and not f.grams.values & {"Name", "Surn", "Patr"} for f in found
    )


def _no_genitive(token: Token) -> bool:
    """A noun in no genitive reading ("Яффой"); adjectives ("Римский") are the title's."""
    found = forms(token)
    return (
        bool(found)
        and "NOUN" in found[0].grams.values
        and not any("gent" in f.grams.values for f in found)
    )


def _gentive_only_by_accident(token: Token) -> bool:
    # A known common noun in the genitive is a real complement ("Комиссии"); an unknown
    # or indeclinable one right before a name is a name word ("Си").
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    return not known or all("Fixd" in f.grams.values for f in known)


def _phrase_nominative(tokens: Tokens, head: Token, case: str | None = None) -> str:
    if not forms(head):
        return join_tokens(tokens, [t.value for t in tokens])
    words = [t.value for t in tokens]
    i = list(tokens).index(head)
    return join_tokens(tokens, get_morph().phrase_nominative(words, i, case=case))


def _agreed_case(tokens: Tokens, head: Token) -> str | None:
    """ "nomn" when the adjectives before the head agree with it only as a nominative
    ("высокопоставленные лица" is no genitive singular "лица"); None when they tell
    nothing."""
    before = list(tokens)[: list(tokens).index(head)]
    if not before:
        return None
    shared = set(_cases(head))
    for token in before:
        found = forms(token)
        if not found or _ADJECTIVE_GRAMS.isdisjoint(found[0].grams.values):
            return None
        shared &= set(_cases(token))
    return "nomn" if "nomn" in shared and "gent" not in shared else None
