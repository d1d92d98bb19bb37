"""Actors: every person, organization, country or pronoun a sentence mentions.

``ACTOR`` is the yargy rule; ``mentions(sentence)`` runs it once per sentence (cached on the
sentence, shared by all packs) and returns ``Mention``s with the name in the nominative,
the title, the kind, and the grammatical cases the mention can be in, which the event rules
use to tell a subject ("Токаев заявил") from an object ("встретился с Токаевым").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from attrs import field, frozen
from yargy import or_, rule
from yargy.predicates import eq
from yargy.tokenizer import LATIN, RUSSIAN

from eventkit.grammar.lexicon import (
    CAPITAL_STATES,
    KIN_WORDS,
    ORG_NOUNS,
    PARTY_WORDS,
    PRONOUNS_PERSONAL,
    RELATIONAL_TITLES,
    TITLE_NOUNS,
    current_lexicons,
)
from eventkit.grammar.organizations import ORGANIZATION
from eventkit.grammar.persons import PERSON, name_nominative
from eventkit.grammar.places import PLACE, place_nominative
from eventkit.grammar.surnames import introduced_surnames, stem
from eventkit.grammar.titles import TITLE, TITLE_COMPLEMENT, title_nominative
from eventkit.grammar.tokens import (
    CASE_GRAMS,
    PLAIN_ADJECTIVE,
    cases,
    forms,
    is_name_word,
    is_strong_name_word,
    join_tokens,
    lemma_in,
    lemmas,
    per_form,
    token_test,
)
from eventkit.model.events import Actor, ActorKind
from eventkit.parse.fastparse import FastParser
from eventkit.parse.trees import named_parts
from eventkit.text.morph import get_morph


def _plural_party_word(token: Any) -> bool:
    return any(
        f.normalized in PARTY_WORDS and "plur" in f.grams.values and "nomn" in f.grams.values
        for f in forms(token)
    )


PRONOUN = or_(
    rule(lemma_in(PRONOUNS_PERSONAL)),
    rule(lemma_in({"оба"}).optional(), token_test(_plural_party_word)),
).named("PRONOUN")


@per_form
def _is_people_noun(token: Any) -> bool:
    """A common noun for people: "девушка", "музыкант", "кардиналы", "иорданцы"; never a
    word that can be a preposition ("После" is not "посол")."""
    found = forms(token)
    if any("PREP" in f.grams.values for f in found):
        return False
    if found and "VERB" in found[0].grams.values:
        return False  # "жил" is a verb, not the plural of "жила"
    return any(
        {"NOUN", "anim"} <= f.grams.values
        and not f.grams.values & {"Name", "Surn", "Patr", "Abbr"}
        and f.raw is not None
        and f.raw.is_known
        for f in forms(token)
    )


def _is_substantive(token: Any) -> bool:
    """An adjective or participle used as a noun for a person, opening its sentence or
    after a comma ("Дежурный сказал", "Пострадавшие рассказали"): the dictionary marks them
    (Subx)."""
    found = forms(token)
    return bool(found) and {"Subx", "nomn"} <= found[0].grams.values and token.value[:1].isupper()


PEOPLE_NOUN = token_test(_is_people_noun, "people-noun")
SUBSTANTIVE = token_test(_is_substantive, "substantive")
# Descriptions of people as actors: "американские правозащитные организации" is an ORG,
# but "молодой нападающий сборной", "кардиналы в возрасте менее 80 лет" are people.
PEOPLE = or_(
    rule(
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        PEOPLE_NOUN,
        # "автор российского закона о запрете «…»"
        TITLE_COMPLEMENT.repeatable(max=5).optional(),
    ),
    rule(SUBSTANTIVE),
).named("PEOPLE")

# A description before a name serves as its title: "украинский режиссёр Олег Сенцов".
_TITLE_LIKE = or_(TITLE, PEOPLE.named("TITLE"))
TITLES = rule(_TITLE_LIKE, rule(eq(","), _TITLE_LIKE).repeatable(max=2).optional())

# The pronoun comes first: where a capitalized "Стороны" could also be read as a name,
# the first alternative's reading is the one yargy keeps.
ACTOR = or_(
    rule(PRONOUN),
    rule(TITLES, PERSON),
    rule(PERSON, rule(eq(","), TITLE, eq(",")).optional()),
    rule(TITLE),
    ORGANIZATION,
    PLACE,
    rule(PEOPLE),
).named("ACTOR")

_CACHE_KEY = "eventkit.actors"


@frozen(kw_only=True, eq=False, repr=False)
class Mention:
    """One actor mention in a sentence.

    ``name`` and ``title`` are given, or computed on first use from ``naming`` and
    ``titling``: putting words into the nominative is the dearest part of finding a
    mention, and most mentions a parse finds are never asked for their name.
    """

    start: int
    end: int
    text: str
    kind: ActorKind
    # Cases the mention's head can be in (nominative = can be a subject).
    cases: frozenset[str]
    gender: str | None = None
    number: str | None = None
    pronoun: bool = False
    # A description ("девушка", "музыкант") rather than a name.
    description: bool = False
    first_token: int = 0
    last_token: int = 0
    _name: str | None = field(default=None, alias="name")
    _naming: Callable[[], str] | None = field(default=None, alias="naming")
    _title: str | None = field(default=None, alias="title")
    _titling: Callable[[], str | None] | None = field(default=None, alias="titling")

    def __attrs_post_init__(self) -> None:
        if self._name is None and self._naming is None:
            raise TypeError("Mention needs a name or a naming")

    @property
    def name(self) -> str:
        if self._name is None:
            assert self._naming is not None
            object.__setattr__(self, "_name", self._naming())
            object.__setattr__(self, "_naming", None)
        assert self._name is not None
        return self._name

    @property
    def title(self) -> str | None:
        if self._titling is not None:
            object.__setattr__(self, "_title", self._titling())
            object.__setattr__(self, "_titling", None)
        return self._title

    def _key(self) -> tuple[Any, ...]:
        return (
            self.start,
            self.end,
            self.text,
            self.name,
            self.kind,
            self.title,
            self.cases,
            self.gender,
            self.number,
            self.pronoun,
            self.description,
            self.first_token,
            self.last_token,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Mention(start={self.start}, end={self.end}, text={self.text!r}, "
            f"name={self.name!r}, kind={self.kind!r}, title={self.title!r}, "
            f"cases={sorted(self.cases)}, gender={self.gender!r}, number={self.number!r}, "
            f"pronoun={self.pronoun}, description={self.description}, "
            f"first_token={self.first_token}, last_token={self.last_token})"
        )

    def as_actor(self, *, name: str | None = None, title: str | None = None) -> Actor:
        return Actor(
            name=name or self.name,
            text=self.text,
            start=self.start,
            end=self.end,
            kind=self.kind,
            title=title if title is not None else self.title,
        )

    @property
    def can_be_subject(self) -> bool:
        return not self.cases or "nomn" in self.cases


def _actor_parser() -> Any:
    """The actor parser of the current lexicons: a parser remembers its predicates' answers
    per word form, and those depend on the lexicons' words."""
    return current_lexicons().cached(_actor_parser, _new_actor_parser)


def _new_actor_parser() -> Any:
    from eventkit.text.analysis import PretokenizedTokenizer

    return FastParser(ACTOR, tokenizer=PretokenizedTokenizer(), name="actors")


def mentions(sentence: Any, document_text: str) -> list[Mention]:
    """Actor mentions of a sentence, left to right (computed once per sentence)."""
    found: list[Mention] = sentence.cached(_CACHE_KEY, lambda: _find(sentence, document_text))
    return found


def may_name_a_person(tokens: Sequence[Any]) -> bool:
    """False only where ``mentions`` surely finds no named person (a cheap scan, no parse).

    A named person needs a name word; a lone name word that opens the sentence, is no sure
    name and has neither an apposition (",") nor a regnal number after it is read as a
    common word or a description (see ``_mention``).
    """
    if any(is_name_word(t) for t in tokens[1:]):
        return True
    if not tokens or not is_name_word(tokens[0]) or len(tokens) < 2:
        return bool(tokens) and is_strong_name_word(tokens[0])
    return is_strong_name_word(tokens[0]) or tokens[1].value == "," or tokens[1].type == "LATIN"


def _find(sentence: Any, text: str) -> list[Mention]:
    tokens = sentence.tokens
    by_start = {t.span.start: i for i, t in enumerate(tokens)}
    found = []
    # The words of a name cut off a longer run ("с Олегом Смирновым Иван | Петров") wait
    # here to be joined with the name that follows them.
    carry: list[Any] = []
    for match in _actor_parser().findall(tokens):
        parts = named_parts(match)
        matched = list(match.tokens)
        person = parts.get("PERSON", [[]])[0]
        if person and person[0] is tokens[0] and len(person) > 1 and _common_noun(person[0]):
            # "Встреча Владимира Путина …": a capitalized first word of the sentence.
            person = person[1:]
            matched = matched[matched.index(person[0]) :]
            parts = {**parts, "PERSON": [person]}
        if person and _named_after(tokens, by_start[person[0].span.start]):
            # "РГУ им. Косыгина", "театр имени Акимова": a name inside an institution's.
            continue
        if carry and person and matched[0] is person[0] and _adjacent(carry[-1], person[0]):
            person = [*carry, *person]
            matched = [*carry, *matched]
            parts = {**parts, "PERSON": [person]}
        elif carry:
            found.extend(_mentions_of(carry, {"PERSON": [carry]}, text, tokens, by_start))
        carry = []
        split = _case_break(person)
        if split:
            # "с Олегом Смирновым Иван Петров": two names side by side, not one.
            head, carry = person[:split], person[split:]
            matched = matched[: matched.index(carry[0])]
            parts = {**parts, "PERSON": [head]}
        found.extend(_mentions_of(matched, parts, text, tokens, by_start))
    if carry:
        found.extend(_mentions_of(carry, {"PERSON": [carry]}, text, tokens, by_start))
    return found


def _mentions_of(
    tokens: list[Any],
    parts: dict[str, list[list[Any]]],
    text: str,
    sentence: list[Any],
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
            *_mentions_of(title, {"TITLE": [title]}, text, sentence, by_start),
            *_mentions_of(person, {"PERSON": [person]}, text, sentence, by_start),
        ]
    mention = _mention(tokens, parts, text)
    if mention is None or _place_like(mention, sentence, first, len(tokens)):
        return []
    return [_with_positions(mention, first, first + len(tokens) - 1)]


def _ends_at_latin_name(
    tokens: list[Any], parts: dict[str, list[list[Any]]]
) -> tuple[list[Any], dict[str, list[list[Any]]]]:
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


def _subject_apart(
    tokens: list[Any], parts: dict[str, list[list[Any]]], sentence: list[Any], first: int
) -> int:
    """Where the title ends and the name begins when they are two people: "по словам
    врачей Ричард Бах" (a plural title in another case), "с агентом Джеймсон говорил" (a
    title in an oblique case, then a name that can be nominative right before a finite
    verb: "Родригес" may be a woman's indeclinable name). 0 when they are one mention."""
    titles, person = parts.get("TITLE", []), parts.get("PERSON", [[]])[0]
    if not titles or not person or person[0] is tokens[0]:
        return 0
    split = next(i for i, t in enumerate(tokens) if t is person[0])
    head = _head(titles[-1], TITLE_NOUNS)
    head_cases, name_cases = cases(head), _name_cases(person)
    if _plural_only(head) and name_cases and not head_cases & name_cases:
        # people in the plural title no one ("сенаторы Джон Маккейн и …" do: same case)
        return split
    if name_cases and "nomn" not in name_cases:
        return 0  # "с министром Лавровым": the name shares the title's case
    if not head_cases or head_cases & {"nomn", "accs"}:
        return 0  # a nominative title and its name are one person ("министр Джеймсон")
    after = first + len(tokens)
    verb = forms(sentence[after]) if after < len(sentence) else []
    if not verb or not {"VERB", "indc"} <= verb[0].grams.values:
        return 0
    return split


def _place_like(mention: Mention, sentence: list[Any], first: int, size: int) -> bool:
    """ "в Модесто": one capitalized word of no known case after "в/на/из" is a place
    the dictionary does not know, not a person ("верит в Путина" has a case)."""
    if mention.kind != "PER" or size != 1 or mention.title or mention.pronoun:
        return False
    if mention.cases or mention.description or first == 0:
        return False
    return sentence[first - 1].value.lower() in ("в", "во", "на", "из")


def _age_before(sentence: list[Any], first: int) -> list[Any]:
    """The number and hyphen of an age written "79-летний" (the tokenizer splits it in
    three) when the word at ``first`` is the adjective; empty otherwise."""
    if first < 2 or not sentence[first].value.startswith("летн"):
        return []
    number, hyphen = sentence[first - 2], sentence[first - 1]
    if number.type != "INT" or hyphen.value != "-":
        return []
    if not (_adjacent(number, hyphen) and _adjacent(hyphen, sentence[first])):
        return []
    return [number, hyphen]


def _named_after(tokens: list[Any], index: int) -> bool:
    before = [t.value.lower() for t in tokens[max(0, index - 2) : index]]
    return bool(before) and (before[-1] in ("им", "имени") or before[-2:] == ["им", "."])


def _adjacent(left: Any, right: Any) -> bool:
    return bool(0 <= right.span.start - left.span.stop <= 1)


def _common_noun(token: Any) -> bool:
    """Most probably an inanimate common noun ("Встреча", "Переговоры")."""
    found = forms(token)
    return (
        bool(found)
        and found[0].raw is not None
        and found[0].raw.is_known  # an unknown "Мигель" is only guessed to be a noun
        and {"NOUN", "inan"} <= found[0].grams.values
        and not (found[0].grams.values & {"Name", "Surn", "Patr", "Geox", "Orgn"})
    )


def _case_break(person: Sequence[Any]) -> int:
    """Where a run of name words stops agreeing in case (0 when it agrees throughout)."""
    shared: set[str] | None = None
    for i, token in enumerate(person):
        found = _proper_cases(token)
        if not found:
            continue
        if shared is not None and not shared & found:
            return i
        shared = found if shared is None else shared & found
    return 0


_NOMINATIVE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
_OBLIQUE_ENDINGS = ("ой", "ей", "ого", "его", "ому", "ему", "ым", "им", "ыми", "ых")


def _proper_cases(token: Any) -> set[str]:
    """Cases a name word can be in: from its dictionary readings, or, for a surname the
    dictionary does not know, from an ending no nominative has ("Алёхиной")."""
    known = _dictionary_cases(token)
    if known:
        return known
    value = token.value.lower()
    unknown = not any(f.raw is not None and f.raw.is_known for f in forms(token))
    if unknown and len(value) > 4 and value.endswith(_OBLIQUE_ENDINGS):
        return {"gent", "datv", "accs", "ablt", "loct"}
    if unknown and len(value) > 4 and value.endswith(_NOMINATIVE_ENDINGS):
        # "Пшихачев": a man's surname in -ов/-ин with no ending added is nominative.
        return {"nomn"}
    return set()


def _dictionary_cases(token: Any) -> set[str]:
    return {
        c
        for f in forms(token)
        if f.grams.values & {"Name", "Surn", "Patr"}
        and "Fixd" not in f.grams.values
        and f.raw is not None
        and f.raw.is_known
        for c in CASE_GRAMS
        if c in f.grams.values
    }


def _with_positions(mention: Mention, first: int, last: int) -> Mention:
    from attrs import evolve

    return evolve(mention, first_token=first, last_token=last)


def _mention(tokens: list[Any], parts: dict[str, list[list[Any]]], text: str) -> Mention | None:
    start, end = tokens[0].span.start, tokens[-1].span.stop
    at: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
    titles = parts.get("TITLE", [])
    person = parts.get("PERSON", [[]])[0]
    if person and titles:
        person, titles = _rebalance(person, titles)

    if person and titles and (_genitive_complement(titles[-1], person) or _common_word(person)):
        # "пресс-агент Гибсона": the actor is the agent, named by whose agent they are.
        titles = [*titles[:-1], [*titles[-1], *person]]
        person = []
    introduced = False
    if person and not titles and len(person) == 1 and not is_strong_name_word(person[0]):
        # A lone capitalized common word ("Комиссия") is no name, unless the document gave
        # it after a first name ("Эмманюэль Макрон … Макрону"); "Иорданцы" are people.
        introduced = stem(person[0].value) in introduced_surnames(text)
        if not introduced:
            if not _is_people_noun(person[0]):
                return None
            parts = {"PEOPLE": [person]}
            person = []
    if person:
        named, titled = list(person), list(titles)

        def naming() -> str:
            name = name_nominative(named, _title_case(titled))
            if introduced and name == named[0].value:
                # the dictionary declines it as the common noun it also is
                name = _phrase_nominative(named, named[0])
            return name

        gender, number = _name_gender(person)
        if gender is None and titles:
            # "дочь Шэрон", "горничная Нафиссатоу Диалло": a kin word or a noun only a
            # woman is called tells what the dictionary cannot ("президент" tells nothing).
            head = _head(titles[-1], KIN_WORDS | TITLE_NOUNS)
            if lemmas(head) & KIN_WORDS:
                gender = _gender(head)
            elif any(_feminine_noun(t) for t in titles[-1]):
                gender = "femn"
        return Mention(
            **at,
            naming=naming,
            kind="PER",
            titling=lambda: ", ".join(title_nominative(t) for t in titled) or None,
            cases=_name_cases(person),
            gender=gender,
            number=number,
        )
    if "PRONOUN" in parts:
        token = parts["PRONOUN"][0][-1]
        personal = lemmas(token) & set(PRONOUNS_PERSONAL)
        number, gender = PRONOUNS_PERSONAL[next(iter(personal))] if personal else ("plur", None)
        return Mention(
            **at,
            name=token.value,
            kind="PER",
            title=None,
            cases=frozenset(cases(token)),
            gender=gender,
            number=number,
            pronoun=True,
        )
    if titles:
        head = _head(titles[0], TITLE_NOUNS)
        title = _once(lambda: title_nominative(titles[0]))
        return Mention(
            **at,
            naming=title,
            kind="PER",
            titling=title,
            cases=frozenset(cases(head)),
            gender=None,  # titles take either gender ("глава МИД заявила")
            number=_number(head),
        )
    if "PEOPLE" in parts:
        group = parts["PEOPLE"][0]
        head = next((t for t in group if _is_people_noun(t)), group[0])
        return Mention(
            **at,
            naming=lambda: _lower_first(_phrase_nominative(group, head)),
            kind="PER",
            title=None,
            cases=frozenset(cases(head)),
            gender=_gender(head),
            number=_number(head),
            description=True,
        )
    if "ORG" in parts:
        org = parts["ORG"][0]
        if _quoted_phrase(org):
            return None
        head = _head(org, ORG_NOUNS)
        if head is org[0] and head.value == "«":
            # "по данным «Базы»": a name in quotes alone is declined by its first noun.
            head = next((t for t in org[1:] if _noun(t)), head)
        org_head = head
        return Mention(
            **at,
            naming=lambda: _phrase_nominative(org, org_head),
            kind="ORG",
            title=None,
            cases=_org_cases(org, head),
            gender=_gender(head),
            number=_number(head),
        )
    if "PLACE" in parts:
        place = parts["PLACE"][0]
        head = place[-1]
        return Mention(
            **at,
            naming=lambda: _state_of(place_nominative(place)),
            kind="GPE",
            title=None,
            cases=frozenset(cases(head)) if forms(head) else frozenset(),
            gender=_gender(head),
            number=_number(head),
        )
    return None


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


def _org_cases(org: Sequence[Any], head: Any) -> frozenset[str]:
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


def _noun(token: Any) -> bool:
    found = forms(token)
    return bool(found) and "NOUN" in found[0].grams.values


def _common_word(person: Sequence[Any]) -> bool:
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


def _plural_only(token: Any) -> bool:
    found = forms(token)
    return (
        bool(found)
        and all("plur" in f.grams.values for f in found if f.grams.values & {"NOUN", "ADJF"})
        and any(f.grams.values & {"NOUN"} for f in found)
    )


def _feminine_noun(token: Any) -> bool:
    """A noun (or a noun-like adjective, "горничная") that names a woman only."""
    found = forms(token)
    return (
        bool(found)
        and {"femn", "anim"} <= found[0].grams.values
        and "Name" not in (found[0].grams.values)
    )


def _quoted_phrase(org: Sequence[Any]) -> bool:
    """A quotation rather than a quoted name: «отдать Аль-Кудс евреям», «Я счастлив»
    (names in quotes open with a capital and not with a pronoun: «Газпром»)."""
    if len(org) < 2 or org[0].value != "«":
        return False
    first = org[1]
    readings = forms(first)
    return first.value[:1].islower() or bool(readings and "NPRO" in readings[0].grams.values)


def _genitive_complement(title: list[Any], person: list[Any]) -> bool:
    head = _head(title, TITLE_NOUNS)
    if not lemmas(head) & RELATIONAL_TITLES or head is not title[-1]:
        return False
    person_cases = _name_cases(person)
    if len(person) == 1 and "gent" in person_cases and not lemmas(head) & KIN_WORDS:
        # "Представитель Путина": a bare surname that can be a genitive is whose
        # representative, even when it could also be a woman's surname in the nominative.
        return True
    if person_cases:
        return person_cases <= {"gent", "accs"}
    # A name the dictionary does not know: "пресс-агент Гибсона" is whose agent, but
    # "дочь Шэрон" is the daughter herself.
    return len(person) == 1 and not lemmas(head) & KIN_WORDS


def _title_case(titles: list[list[Any]]) -> str | None:
    """The case of the title's head noun when it has only one reading ("послом" -> ablt)."""
    if not titles:
        return None
    head = _head(titles[-1], TITLE_NOUNS)
    found = cases(head)
    return found.pop() if len(found) == 1 else None


def _rebalance(person: list[Any], titles: list[list[Any]]) -> tuple[list[Any], list[list[Any]]]:
    """Move capitalized words the title swallowed back into the name that follows it
    ("председатель КНР Си | Цзиньпин" -> "председатель КНР | Си Цзиньпин")."""
    last = list(titles[-1])
    moved: list[Any] = []
    while (
        len(last) > 1
        and len(person) + len(moved) < 3
        and last[-1].value[:1].isupper()
        and not (len(last[-1].value) > 1 and last[-1].value.isupper())
        and last[-1].span.stop < person[0].span.start
        # "основатель Microsoft Билл Гейтс": a Latin name is the title's, not his
        and (last[-1].type != LATIN or all(t.type == LATIN for t in person))
        and not lemmas(last[-1]) & TITLE_NOUNS
        # "матерью девушки Яффой Иссахар": a word in no genitive is no complement
        and (_no_genitive(last[-1]) or _gentive_only_by_accident(last[-1]))
        and (
            _no_genitive(last[-1])
            or not any(f.grams.values & {"Geox", "Orgn"} for f in forms(last[-1]))
        )
    ):
        moved.insert(0, last.pop())
    return moved + list(person), [*titles[:-1], last]


def _no_genitive(token: Any) -> bool:
    """A noun in no genitive reading ("Яффой"); adjectives ("Римский") are the title's."""
    found = forms(token)
    return (
        bool(found)
        and "NOUN" in found[0].grams.values
        and not any("gent" in f.grams.values for f in found)
    )


def _gentive_only_by_accident(token: Any) -> bool:
    # A known common noun in the genitive is a real complement ("Комиссии"); an unknown
    # or indeclinable one right before a name is a name word ("Си").
    known = [f for f in forms(token) if f.raw is not None and f.raw.is_known]
    return not known or all("Fixd" in f.grams.values for f in known)


def _head(tokens: Sequence[Any], nouns: AbstractSet[str]) -> Any:
    return next((t for t in tokens if lemmas(t) & nouns), tokens[0])


def _phrase_nominative(tokens: Sequence[Any], head: Any) -> str:
    if not forms(head):
        return join_tokens(tokens, [t.value for t in tokens])
    words = [t.value for t in tokens]
    i = list(tokens).index(head)
    return join_tokens(tokens, get_morph().phrase_nominative(words, i))


def _name_cases(person: Sequence[Any]) -> frozenset[str]:
    """Cases every declined word of the name allows (unknown words allow any). A name of
    several words is one person: plural readings ("Панайотов" as "of the Panayots") are
    left out."""
    result: set[str] | None = None
    several = len([t for t in person if len(t.value) > 1]) > 1
    for token in person:
        if len(token.value) < 2:
            continue
        proper = [
            f
            for f in forms(token)
            if f.grams.values & {"Name", "Surn", "Patr"}
            and f.raw is not None
            and f.raw.is_known
            and not (several and "plur" in f.grams.values)
        ]
        if not proper or all("Fixd" in f.grams.values for f in proper):
            continue
        found = {c for f in proper for c in CASE_GRAMS if c in f.grams.values}
        result = found if result is None else (result & found) or result
    return frozenset(result or ())


def _name_gender(person: Sequence[Any]) -> tuple[str | None, str | None]:
    """The gender all the name's dictionary readings agree on ("Григорьева" may be a
    woman's surname or a man's in the genitive: no single gender)."""
    genders: set[str] | None = None
    for token in person:
        found = {
            g
            for f in forms(token)
            if f.grams.values & {"Name", "Surn"}
            and "Fixd" not in f.grams.values  # indeclinable readings say little
            and f.raw is not None
            and f.raw.is_known
            for g in ("masc", "femn")
            if g in f.grams.values
        }
        if found:
            genders = found if genders is None else (genders & found) or genders
    if genders is not None and len(genders) == 1:
        return next(iter(genders)), "sing"
    return None, "sing"


def _gender(token: Any) -> str | None:
    for f in forms(token):
        for g in ("masc", "femn", "neut"):
            if g in f.grams.values:
                return g
    return None


def _number(token: Any) -> str | None:
    for f in forms(token):
        for n in ("sing", "plur"):
            if n in f.grams.values:
                return n
    return None
