"""Actors: every person, organization, country or pronoun a sentence mentions.

``ACTOR`` is the yargy rule; ``mentions(sentence)`` runs it once per sentence (cached on the
sentence, shared by all packs) and returns ``Mention``s with the name in the nominative,
the title, the kind, and the grammatical cases the mention can be in, which the event rules
use to tell a subject ("Токаев заявил") from an object ("встретился с Токаевым").
The grammar is here; a match becomes ``Mention``s in ``mention_builder``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Final, cast

from attrs import evolve
from yargy import or_, rule
from yargy.predicates import eq

from eventkit.grammar.cases import case_break, common_noun
from eventkit.grammar.lexicon import current_lexicons
from eventkit.grammar.mention import Mention
from eventkit.grammar.mention_builder import adjacent, mentions_of
from eventkit.grammar.organizations import ORGANIZATION
from eventkit.grammar.people import PEOPLE, is_people_noun
from eventkit.grammar.persons import PERSON
from eventkit.grammar.places import PLACE
from eventkit.grammar.pronouns import PRONOUN
from eventkit.grammar.titles import TITLE
from eventkit.grammar.tokens import (
    CASE_GRAMS,
    cases,
    forms,
    is_first_name,
    is_geo,
    is_name_word,
    is_org_abbreviation,
    is_plain_adjective,
    is_strong_name_word,
    lemmas,
    token_test,
)
from eventkit.parse.fastparse import FastParser
from eventkit.parse.protocols import Match
from eventkit.parse.trees import Parts, named_parts
from eventkit.text.morph import get_morph, restore_case
from eventkit.text.protocols import Token, Tokens

if TYPE_CHECKING:
    from eventkit.text.analysis import Sentence

# A description before a name serves as its title: "украинский режиссёр Олег Сенцов".
_TITLE_LIKE = or_(TITLE, PEOPLE.named("TITLE"))
# Spelled out rather than with ``repeatable``: with it yargy misses "советник башкирского
# президента Иван Петров" (a complement of an adjective and a title word) as one match.
TITLES = or_(
    rule(_TITLE_LIKE),
    rule(_TITLE_LIKE, eq(","), _TITLE_LIKE),
    rule(_TITLE_LIKE, eq(","), _TITLE_LIKE, eq(","), _TITLE_LIKE),
)


# "Сяомин Бор (Xiaoming Bor)": a name's spelling in Latin letters, in brackets after it,
# belongs to the name (read apart, "Бор (Xiaoming Bor)" would be a common noun glossed).
_LATIN_GLOSS_WORD = token_test(
    lambda t: t.type == "LATIN" or t.value in (".", "-", "'"), "latin-gloss-word"
)
_LATIN_GLOSS = rule(eq("("), _LATIN_GLOSS_WORD.repeatable(max=8), eq(")"))

# The pronoun comes first: where a capitalized "Стороны" could also be read as a name,
# the first alternative's reading is the one yargy keeps.
ACTOR = or_(
    rule(PRONOUN),
    rule(TITLES, PERSON, _LATIN_GLOSS.optional()),
    # "конгрессмен Джейсон Миллс, член комитета,": longer than the name with its
    # apposition alone, which would take the surname from the title's name
    rule(TITLES, PERSON, eq(","), TITLE, eq(",")),
    rule(PERSON, rule(eq(","), TITLE, eq(",")).optional()),
    rule(PERSON, _LATIN_GLOSS),
    rule(TITLE),
    ORGANIZATION,
    PLACE,
    rule(PEOPLE),
).named("ACTOR")


_CACHE_KEY = "eventkit.actors"


def actor_parser() -> FastParser:
    """The actor parser of the current lexicons, built on first use (``Extractor.warm_up``
    builds it ahead): a parser remembers its predicates' answers per word form, and those
    depend on the lexicons' words."""
    return current_lexicons().cached(actor_parser, _new_actor_parser)


def _new_actor_parser() -> FastParser:
    from eventkit.text.analysis import PretokenizedTokenizer

    return FastParser(ACTOR, tokenizer=PretokenizedTokenizer(), name="actors")


def mentions(sentence: Sentence, document_text: str) -> list[Mention]:
    """Actor mentions of a sentence, left to right (computed once per sentence)."""
    found: list[Mention] = sentence.cached(_CACHE_KEY, lambda: _find(sentence, document_text))
    return found


def found_mentions(sentence: Sentence) -> list[Mention] | None:
    """The actor mentions of a sentence if some step already asked for them, else None:
    what the document's entities are built from, without parsing anything more."""
    found = sentence.cache.get(_CACHE_KEY)
    return None if found is None else list(cast("list[Mention]", found))


def may_name_a_person(tokens: Tokens) -> bool:
    """False only where ``mentions`` surely finds no named person (a cheap scan, no parse).

    A named person needs a name word; a lone name word that opens the sentence, is no sure
    name and has neither an apposition (",") nor a regnal number after it is read as a
    common word or a description (see ``mention_builder``).
    """
    if any(is_name_word(t) for t in tokens[1:]):
        return True
    if not tokens or not is_name_word(tokens[0]) or len(tokens) < 2:
        return bool(tokens) and is_strong_name_word(tokens[0])
    return is_strong_name_word(tokens[0]) or tokens[1].value == "," or tokens[1].type == "LATIN"


def _find(sentence: Sentence, text: str) -> list[Mention]:
    tokens = sentence.tokens
    by_start = {t.span.start: i for i, t in enumerate(tokens)}
    found: list[Mention] = []
    # The words of a name cut off a longer run ("с Олегом Смирновым Иван | Петров") wait
    # here to be joined with the name that follows them.
    carry: list[Token] = []
    for parts, matched in _surname_rejoined(actor_parser().findall(tokens)):
        person = parts.get("PERSON", [[]])[0]
        if person and matched[-1].value == ")" and matched[-1] is not person[-1]:
            # the Latin spelling in brackets confirmed the name; it is no part of it
            opening = max(i for i, t in enumerate(matched) if t.value == "(")
            matched = matched[:opening]
        if (
            person
            and person[0] is tokens[0]
            and len(person) > 1
            and common_noun(person[0])
            and not _first_name_of(person[0], person[1])
            # "Ф.Олесси рассказал": an initial, not a word
            and not (len(person[0].value) == 1 and person[1].value == ".")
        ):
            # "Встреча Владимира Путина …": a capitalized first word of the sentence.
            person = person[1:]
            matched = matched[matched.index(person[0]) :]
            parts = {**parts, "PERSON": [person]}
        if person and _named_after(tokens, by_start[person[0].span.start]):
            # "РГУ им. Косыгина", "театр имени Акимова": a name inside an institution's.
            continue
        if carry and person and matched[0] is person[0] and adjacent(carry[-1], person[0]):
            person = [*carry, *person]
            matched = [*carry, *matched]
            parts = {**parts, "PERSON": [person]}
        elif carry:
            found.extend(mentions_of(carry, {"PERSON": [carry]}, text, tokens, by_start))
        carry = []
        place = parts.get("PLACE", [[]])[0]
        if len(place) >= 2 and not _same_case(place[-2], place[-1]) and matched[-1] is place[-1]:
            # "в Украине | Москва и Киев": two places side by side in different cases
            found.extend(mentions_of(matched[:-1], {"PLACE": [place[:-1]]}, text, tokens, by_start))
            found.extend(mentions_of(matched[-1:], {"PLACE": [place[-1:]]}, text, tokens, by_start))
            continue
        split = case_break(person)
        if split:
            # "с Олегом Смирновым Иван Петров": two names side by side, not one.
            head, carry = person[:split], person[split:]
            matched = matched[: matched.index(carry[0])]
            parts = {**parts, "PERSON": [head]}
        person = parts.get("PERSON", [[]])[0]
        titles = parts.get("TITLE", [])
        before = next((i for i, t in enumerate(titles) if _first_name_in_title(t, person)), None)
        if before is not None:
            # "мэра Берлина Садика Бейга": after the place of an office, a capitalized
            # common noun in the name's case is its first name, no part of the title
            title = titles[before]
            parts = {**parts, "TITLE": [*titles[:before], title[:-1], *titles[before + 1 :]]}
            parts["PERSON"] = [[title[-1], *person]]
        group = parts.get("PEOPLE", [[]])[0]
        if group and group[0] is matched[0]:
            # "Позднее Белых", "поддержанной читателями": adjectives before the people's
            # noun that do not agree with it are no part of the description
            kept = _agreeing_from(group)
            if kept:
                matched, parts = matched[kept:], {**parts, "PEOPLE": [group[kept:]]}
        organization = parts.get("ORG", [[]])[0]
        if organization and organization[0] is matched[0] and not group:
            # "в заявлении, опубликованном министерством": a participle before an
            # organization's noun that does not agree with it is no part of its name
            kept = _disagreeing_participles(organization)
            if kept:
                matched, parts = matched[kept:], {**parts, "ORG": [organization[kept:]]}
            cut = _someone_after_abbreviation(organization)
            if cut and matched[-1] is organization[-1]:
                # "цитирует ТАСС белорусского лидера": the abbreviation's name ends where
                # a description of a person in the genitive begins; that one is its own
                rest = organization[cut:]
                title_words = current_lexicons().title_nouns
                kind = "PEOPLE" if all(lemmas(t).isdisjoint(title_words) for t in rest) else "TITLE"
                found.extend(
                    mentions_of(
                        organization[:cut], {"ORG": [organization[:cut]]}, text, tokens, by_start
                    )
                )
                found.extend(mentions_of(rest, {kind: [rest]}, text, tokens, by_start))
                continue
        found.extend(mentions_of(matched, parts, text, tokens, by_start))
    if carry:
        found.extend(mentions_of(carry, {"PERSON": [carry]}, text, tokens, by_start))
    found = _complement_before_title(found, tokens, text)
    found = _named_after_someone(found, tokens, text)
    return _shared_surname(_named_after_dash(found, tokens), tokens, text)


def _someone_after_abbreviation(organization: list[Token]) -> int:
    """Where a genitive description of a person begins after an abbreviation that opens an
    organization's name ("ТАСС | российского министра"), its adjectives with it; 0 when
    the name holds none ("МИД Казахстана", "ФСБ России")."""
    if len(organization) < 2 or not is_org_abbreviation(organization[0]):
        return 0
    start = 1
    while start < len(organization) and is_org_abbreviation(organization[start]):
        start += 1
    for i in range(start, len(organization)):
        token = organization[i]
        if token.value[:1].isupper() or not any(
            {"NOUN", "anim", "gent"} <= f.grams.values for f in forms(token)
        ):
            continue
        if lemmas(token).isdisjoint(current_lexicons().title_nouns) and not is_people_noun(token):
            return 0
        cut = i
        while cut > start and is_plain_adjective(organization[cut - 1]):
            cut -= 1
        return cut if cut == start else 0
    return 0


def _first_name_in_title(title: list[Token], person: list[Token]) -> bool:
    """Whether the title's last word is the first name of the one-word name after it: a
    capitalized word the dictionary knows only as a common noun ("Садика", a form of
    "садик"), after a place's name that closes the office ("мэра Берлина") and in a case
    the name can be in. "директора Эрмитажа Пиотровского" has no place before it."""
    if len(person) != 1 or len(title) < 3 or not adjacent(title[-1], person[0]):
        return False
    word = title[-1]
    if not (is_name_word(word) and is_geo(title[-2]) and not is_geo(word)):
        return False
    known = [f.grams.values for f in forms(word) if f.raw is not None and f.raw.is_known]
    if not known or any(g & {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} for g in known):
        return False
    return all("NOUN" in g for g in known) and bool(cases(word) & cases(person[0]))


def _disagreeing_participles(group: list[Token]) -> int:
    """How many lower-case passive participles opening an organization's name agree in
    case with none of its noun's readings ("опубликованном | министерством": the
    organization is the participle's agent); 0 when the name opens otherwise."""
    org_nouns = current_lexicons().org_nouns
    head = next((i for i, t in enumerate(group) if not lemmas(t).isdisjoint(org_nouns)), None)
    if not head:
        return 0
    nouns = [f.grams.values for f in forms(group[head]) if "NOUN" in f.grams.values]
    kept = 0
    for i in range(head):
        token = group[i]
        readings = [f.grams.values for f in forms(token)]
        if not token.value[:1].islower() or not any({"PRTF", "pssv"} <= r for r in readings):
            break  # an active participle's object is no name: "имеющих представительство"
        if any(_agree(r, noun) for r in readings for noun in nouns):
            break
        kept = i + 1
    return kept


def _agreeing_from(group: list[Token]) -> int:
    """How many adjectives opening a people's description agree with none of its noun's
    readings in case and number (and gender, in the singular); 0 when all agree or when
    the noun is not after them."""
    head = next((i for i, t in enumerate(group) if is_people_noun(t)), None)
    if not head:
        return 0
    nouns = [  # the common noun's readings ("Белых" as a surname agrees with anything)
        f.grams.values
        for f in forms(group[head])
        if "NOUN" in f.grams.values and not f.grams.values & {"Name", "Surn", "Patr"}
    ]
    first = head
    for i in range(head - 1, -1, -1):
        if not any(_agree(f.grams.values, noun) for f in forms(group[i]) for noun in nouns):
            break
        first = i
    return first


_AGREEING: Final = frozenset({"ADJF", "PRTF", "NUMR"})


def _agree(adjective: AbstractSet[str], noun: AbstractSet[str]) -> bool:
    """Whether an adjective's reading and a noun's share case and number (and gender in the
    singular, where the noun has one)."""
    if _AGREEING.isdisjoint(adjective):
        return False
    case = next((c for c in CASE_GRAMS if c in noun), None)
    if case is None or case not in adjective:
        return False
    if "plur" in noun:
        return "plur" in adjective
    gender = next((g for g in ("masc", "femn", "neut") if g in noun), None)
    return "sing" in adjective and (gender is None or gender in adjective)


def _same_case(a: Token, b: Token) -> bool:
    """Whether two words can be in one case (a word whose case is unknown can be in any)."""
    first, second = cases(a), cases(b)
    return not first or not second or bool(first & second)


def _named_after_someone(found: list[Mention], tokens: Tokens, text: str) -> list[Mention]:
    """ "ГКБ им. С. Боткина", "МГУ имени Ломоносова": an organization named after
    someone takes the name in (what it is named, as written), and the words of it are no
    mentions of their own ("им" is no pronoun here)."""
    result: list[Mention] = []
    skip_until = -1
    for mention in found:
        if mention.first_token <= skip_until:
            continue
        last = _name_after(tokens, mention.last_token) if mention.kind == "ORG" else None
        if last is None:
            result.append(mention)
            continue
        end = tokens[last].span.stop
        words = text[tokens[mention.last_token + 1].span.start : end]
        result.append(
            evolve(
                mention,
                end=end,
                text=text[mention.start : end],
                last_token=last,
                name=f"{mention.name} {words}",
            )
        )
        skip_until = last
    return result


def _name_after(tokens: Tokens, last: int) -> int | None:
    """The last token of "им. С. Боткина" or "имени Ломоносова" after token ``last``:
    initials and at most two capitalized words; None when no such name follows."""
    i = last + 1
    if i < len(tokens) and tokens[i].value.lower() == "имени":
        i += 1
    elif i + 1 < len(tokens) and tokens[i].value.lower() == "им" and tokens[i + 1].value == ".":
        i += 2
    else:
        return None
    while i + 1 < len(tokens) and len(tokens[i].value) == 1 and tokens[i + 1].value == ".":
        i += 2  # initials: "А. С."
    words = 0
    while (
        i < len(tokens)
        and words < 2
        and tokens[i].value[:1].isupper()
        and tokens[i].type != "PUNCT"
    ):
        i += 1
        words += 1
    return i - 1 if words else None


def _surname_rejoined(matches: Iterable[Match]) -> Iterator[tuple[Parts, list[Token]]]:
    """Each match's parts and tokens, with a titled name of three words cut before its
    surname joined to it again: "президент Института | Гоголя Андрей Петрович |
    Ланской" gives "Гоголя Андрей Петрович Ланской" (``mentions_of`` moves
    "Гоголя" back into the title). A name runs to three words, so a complement that
    looks like a surname, a first name and a patronymic take the surname's place."""
    pending: tuple[Parts, list[Token]] | None = None
    for match in matches:
        parts: Parts = named_parts(match)
        matched = list(match.tokens)
        if pending is not None:
            before, words = pending
            pending = None
            person = before.get("PERSON", [[]])[0]
            following = parts.get("PERSON", [[]])[0]
            if (
                len(following) == 1
                and matched[0] is following[0]
                and not parts.get("TITLE")
                and adjacent(person[-1], following[0])
            ):
                yield {**before, "PERSON": [[*person, *following]]}, [*words, *matched]
                continue
            yield before, words
        person = parts.get("PERSON", [[]])[0]
        if (
            parts.get("TITLE")
            and len(person) == 3
            and person[-1] is matched[-1]
            and not is_first_name(person[0])
            and is_first_name(person[1])
            and _patronymic(person[2])
        ):
            pending = (parts, matched)
            continue
        yield parts, matched
    if pending is not None:
        yield pending


def _patronymic(token: Token) -> bool:
    return any("Patr" in f.grams.values for f in forms(token))


def _shared_surname(found: list[Mention], tokens: Tokens, text: str) -> list[Mention]:
    """ "Вера и Илья Кравцовы", "с Анной и Петром Смирновыми": first names joined by
    "и" before a surname in the plural are one group of that family, named as written
    ("Вера и Илья Кравцовы"). A singular surname ("Анной и Петром Ивановым") is the
    second person's alone, and the two stay apart."""
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            before is not None
            and m.kind == before.kind == "PER"
            and not (m.pronoun or before.pronoun or m.description or before.description)
            and before.first_token == before.last_token
            and m.last_token - m.first_token == 1
            and m.first_token - before.last_token == 2
            and tokens[before.last_token + 1].value.lower() == "и"
            and is_first_name(tokens[before.first_token])
            and is_first_name(tokens[m.first_token])
            and _plural_surname(tokens[m.last_token])
            and (not m.cases or not before.cases or bool(m.cases & before.cases))
        ):
            surname = tokens[m.last_token].value
            family = restore_case(surname, get_morph().inflect_word(surname, {"nomn", "plur"}))
            given = m.name.split()[:-1]
            out[-1] = Mention(
                start=before.start,
                end=m.end,
                text=text[before.start : m.end],
                kind="PER",
                cases=m.cases,
                number="plur",
                first_token=before.first_token,
                last_token=m.last_token,
                name=" ".join([before.name, "и", *given, family]),
                title=before.title,
            )
            continue
        out.append(m)
    return out


def _plural_surname(token: Token) -> bool:
    found = forms(token)
    return bool(found) and {"Surn", "plur"} <= found[0].grams.values


def _complement_before_title(found: list[Mention], tokens: Tokens, text: str) -> list[Mention]:
    """ "эксперт лаборатории Университета Оксфорда доктор Джон Смит": a title with one
    name word, right before another title with a name, is no person of its own. The word
    is whose the first title is (a genitive: "Оксфорда"), and both titles are the named
    person's."""
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            before is not None
            and m.kind == "PER"
            and before.kind == "PER"
            and m.first_token == before.last_token + 1
            and m.title is not None
            and m.title != m.name
            and not (m.pronoun or m.description or before.pronoun or before.description)
            and before.title is not None
            and before.title != before.name
            and before.first_token < before.last_token
            and len(before.name.split()) == 1
            # "Оксфорда" can be no subject; "министр Петров президент Иванов" are two
            and "nomn" not in before.cases
        ):
            word = tokens[before.last_token].value
            out[-1] = evolve(
                m,
                start=before.start,
                text=text[before.start : m.end],
                first_token=before.first_token,
                title=f"{before.title} {word}, {m.title}",
                titling=None,
            )
            continue
        out.append(m)
    return out


_DASHES = frozenset("-–—")
_PHRASE_ENDS = frozenset(".,;:!?)")


def _named_after_dash(found: list[Mention], tokens: Tokens) -> list[Mention]:
    """ "не был допущен наблюдатель от кандидата Ивана Семёнова – Рамиль Айзатов": a name
    after a dash that closes the phrase is the person the description before the dash
    means, and gets it as a title (so that "Наблюдатель заявил" later finds him)."""
    out = list(found)
    for i, m in enumerate(out):
        dash = m.first_token - 1
        if (
            m.kind != "PER"
            or m.pronoun
            or m.description
            or dash < 1
            or tokens[dash].value not in _DASHES
            or (
                m.last_token + 1 < len(tokens)
                and tokens[m.last_token + 1].value not in _PHRASE_ENDS
            )
            # last: asking for the title puts it into the nominative (``Mention.title``)
            or m.title is not None
        ):
            continue
        for before in reversed(out[:i]):
            between = tokens[before.last_token + 1 : dash]
            if any(t.value in _PHRASE_ENDS or t.value in _DASHES or _finite(t) for t in between):
                break
            if m.cases and before.cases and not m.cases & before.cases:
                continue  # a complement in another case: "от кандидата", "ректора"
            if before.kind != "PER":
                continue  # "от партии": an organization the description belongs to
            if before.pronoun or before.number != "sing":
                break
            if before.description or before.name == before.title:
                out[i] = evolve(m, title=before.name, titling=None)
                break
    return out


def _finite(token: Token) -> bool:
    found = forms(token)
    return bool(found) and bool(found[0].grams.values & {"VERB", "PRTS"})


def _first_name_of(first: Token, second: Token) -> bool:
    """ "Вера Ракова", "Надежда Сидорова": a common noun that is also a first name, in the
    case the next word is in ("Слава Петрову" is no name)."""
    if not is_first_name(first):
        return False
    named = {
        c
        for f in forms(first)
        if "Name" in f.grams.values
        for c in CASE_GRAMS
        if c in f.grams.values
    }
    if named & cases(second):
        return True
    # a surname the dictionary reads as a common noun's oblique form ("Ракова" of "рак")
    return "nomn" in named and second.value.lower().endswith(_NOMINATIVE_SURNAME)


_NOMINATIVE_SURNAME = ("ов", "ев", "ин", "ова", "ева", "ина", "ская", "цкая", "ский", "цкий")


def _named_after(tokens: Tokens, index: int) -> bool:
    before = [t.value.lower() for t in tokens[max(0, index - 2) : index]]
    return bool(before) and (before[-1] in ("им", "имени") or before[-2:] == ["им", "."])
