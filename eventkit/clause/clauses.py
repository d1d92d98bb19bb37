"""Clause-level helpers for event rules: who is the subject of a verb, where the reported
content of a speech verb starts and ends, which actors a preposition introduces, and the
modality of a trigger. They work on a sentence's tokens and actor mentions, so a pack's
grammar only needs to match the trigger and its close context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from eventkit.grammar.actors import mentions
from eventkit.grammar.cases import preceded_by_preposition
from eventkit.grammar.lexicon import HYPOTHETICAL_MARKERS, PLANNED_MARKERS
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.tokens import cases, forms, lemmas
from eventkit.text.analysis import Sentence
from eventkit.text.protocols import Form, Token, Tokens
from eventkit.text.quotes import (
    CLOSING,
    GUILLEMETS,
    OPENING,
    RUSSIAN_CLOSING,
    RUSSIAN_OPENING,
    marks,
)

DASHES = ("—", "–", "-")
# Quote marks a name may stand in: "с «Зенитом»", "с ''Sharks''" (two apostrophes).
_NAME_QUOTES = OPENING | {"'"}
_LEADING = frozenset(DASHES) | OPENING
_GUILLEMETS = marks([GUILLEMETS])
_CLAUSE_BREAKS = frozenset({";"})
# Words between "и" and a coordinated name that do not break the coordination.
_HONORIFICS = frozenset({"г-н", "г-жа", "господин", "госпожа", "товарищ", "сам", "сама", "сами"})


# Linking phrases between "и" and a verb that goes on from the clause before: "и в связи
# с этим высказали озабоченность", "и при этом добавил", "и в свою очередь заявил".
_LINKING_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "в связи с этим",
        "в связи с чем",
        "при этом",
        "в свою очередь",
        "кроме того",
        "в ответ",
        "после этого",
        "в итоге",
    )
)


def past_linking_phrase(tokens: Tokens, at: int) -> int:
    """The index after a linking phrase that starts at ``at`` ("в связи с этим"), or
    ``at`` when none does."""
    for phrase in _LINKING_PHRASES:
        words = [t.value.lower() for t in tokens[at : at + len(phrase)]]
        if tuple(words) == phrase:
            return at + len(phrase)
    return at


def token_index(sentence: Sentence, token: Token) -> int:
    """Position of ``token`` in ``sentence.tokens`` (tokens are matched by offset).

    A sentence's tokens are in text order, so a binary search finds the first one at the
    offset; tokens out of order are still scanned one by one when it finds none."""
    start = token.span.start
    tokens = sentence.tokens
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].span.start < start:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(tokens) and tokens[lo].span.start == start:
        return lo
    for i, candidate in enumerate(tokens):
        if candidate.span.start == start:
            return i
    raise ValueError(f"token at {start} is not in the sentence")


def verb_agreement(token: Token) -> tuple[str | None, str | None]:
    """(number, gender) a past-tense verb demands of its subject (None where free).
    Indicative readings come first: "пришли" is "they came" before "send!"."""
    found = forms(token)
    ordered = sorted(found, key=lambda f: "impr" in f.grams.values)
    for f in ordered:
        grams = f.grams.values
        if "VERB" in grams or "PRTS" in grams or "INFN" in grams:
            number = "plur" if "plur" in grams else "sing" if "sing" in grams else None
            gender = next((g for g in ("masc", "femn", "neut") if g in grams), None)
            return number, gender
    return None, None


def agrees(mention: Mention, number: str | None, gender: str | None) -> bool:
    """Whether a verb of this number and gender can have ``mention`` as its subject."""
    if number is None or mention.kind == "ORG":
        return True  # organizations take any agreement ("МИД заявил", "ЦИК сообщила")
    if mention.kind == "GPE":
        # "Франция заявила" but not "Нью-Мексико встретился".
        return not (number == "sing" and gender and mention.gender and mention.gender != gender)
    if mention.number and mention.number != number and mention.subject_number != number:
        return False  # "сообщили его дочери": a plural as a nominative
    if mention.description and gender == "femn" and mention.gender == "masc":
        return True  # "констатировала педагог": a profession noun names a woman too
    # "после известия о смерти Смирнова заявил": a name whose only nominative reading is
    # a woman's is no masculine verb's subject, and the other way round.
    own = mention.gender or mention.subject_gender
    return not (gender and own and number == "sing" and own != gender)


def subject_candidates(
    sentence: Sentence,
    text: str,
    verb_index: int,
    *,
    allow_after: bool = True,
    prefer_after: bool = False,
) -> list[Mention]:
    """The subject of the verb at ``verb_index``, with coordinated subjects ("X и Y").

    Looks left first (nearest nominative mention not governed by a preposition and not inside
    a quote or the verb's content), then right for an inverted subject ("сказал Ян Цзечи").
    A subject alone that agrees with the verb only as a nominative of another number is
    named in that nominative ("сообщили его дочери": "дочери").
    """
    found = _subject_candidates(
        sentence, text, verb_index, allow_after=allow_after, prefer_after=prefer_after
    )
    if len(found) == 1 and found[0].subject_number is not None:
        number, _ = verb_agreement(sentence.tokens[verb_index])
        if number == found[0].subject_number:
            return [found[0].in_case("nomn")]
    return found


def _subject_candidates(
    sentence: Sentence,
    text: str,
    verb_index: int,
    *,
    allow_after: bool,
    prefer_after: bool,
) -> list[Mention]:
    verb = sentence.tokens[verb_index]
    number, gender = verb_agreement(verb)
    found = mentions(sentence, text)
    if verb_index and sentence.tokens[verb_index - 1].value.lower() in _DEMONSTRATIVE_SUBJECTS:
        return _demonstrative_antecedent(sentence, found, verb_index - 1)
    if verb_index and sentence.tokens[verb_index - 1].value in DASHES:
        prefer_after = True  # "«…», — сказал глава государства": the subject follows
    if _about_which(sentence.tokens, verb_index):
        # "…, о чём объявил постпред Виталий Чуркин": the clause's subject can only follow
        return _subject_after(sentence, found, verb_index, number, gender, reach=10)
    if prefer_after:
        # "«…», — сказал в интервью каналу «Вести» руководитель дирекции Сергей Архипов":
        # after a quote the speaker may stand behind a few adverbials.
        after = _subject_after(sentence, found, verb_index, number, gender, reach=10)
        if after:
            return after
    antecedent = _relative_antecedent(sentence, found, verb_index)
    if antecedent:
        return antecedent
    left = [
        m
        for m in found
        if m.last_token < verb_index
        and (m.can_be_subject or _quantified(sentence, m) or one_of(sentence, m))
        and not _object_of_verb(sentence, m)
        and (not preceded_by_preposition(sentence, m) or one_of(sentence, m))
        and not _genitive_in_a_phrase(sentence, m, number, gender)
        and (
            not _inside_quotes(sentence, m.first_token, verb_index)
            or _predicate_quoted(sentence, m, verb_index)
        )
        and not _clause_break_between(sentence, m.last_token, verb_index)
        and not _in_insertion(sentence, m, verb_index)
        and not _clause_boundary_between(sentence, m.last_token, verb_index)
        and not _new_subject_between(sentence, m.last_token, verb_index)
        and not _in_parentheses(sentence, m)
        and not (number != "plur" and _listed_with_a_quoted_complement(sentence, found, m))
    ]
    if left:
        chosen = [
            m for m in left if agrees(m, number, gender) or one_of(sentence, m) == number
        ] or (
            [m for m in left if len(coordinated(sentence, found, m)) > 1]
            if number == "plur"
            # A name whose dictionary gender disagrees is more likely misread than wrong,
            # unless it may be a noun's genitive ("назвал отставку Гурьева потерей").
            else [
                m
                for m in left
                if m.kind == "PER"
                and not m.pronoun
                and m.number != "plur"
                and not noun_attribute(sentence, m)
            ]
        )
        if chosen:
            # "Карло за несколько часов до заявления Риччи сообщил": a name that
            # may be the genitive of the common noun before it yields to a subject before.
            head = chosen[-1]
            if noun_attribute(sentence, head):
                named = [
                    m
                    for m in chosen
                    if m.kind in ("PER", "ORG")
                    and not (m.pronoun or m.description or m.title == m.name)
                    and not noun_attribute(sentence, m)
                ]
                head = named[-1] if named else head
            apposed = _named_in_apposition(sentence, found, head)
            if apposed is not None and apposed.last_token < verb_index:
                # "Один из рабочих, слесарь Иван Петров, сказал": the one named spoke
                return [apposed]
            inverted = _plain_subject_after(sentence, found, head, verb_index, number, gender)
            if inverted:
                return inverted
            group = coordinated(sentence, found, head, subject=True)
            if number == "plur" or len(group) == 1 or not agrees(head, "sing", None):
                return group
            return [head]
    if allow_after:
        return _subject_after(sentence, found, verb_index, number, gender)
    return []


def _listed_with_a_quoted_complement(
    sentence: Sentence, found: Sequence[Mention], mention: Mention
) -> bool:
    """ "автор «Бега», «Шоссе» и «Северного Берега» сказал": a name in quotes listed
    after a quoted name that closes a person's description or title is one more of that
    person's works, not a subject of its own."""
    tokens = sentence.tokens
    while mention.kind == "ORG" and tokens[mention.first_token].value in RUSSIAN_OPENING:
        joint = mention.first_token - 1
        if joint < 2 or tokens[joint].value.lower() not in (",", "и"):
            return False
        closing = joint - 1
        if tokens[closing].value not in RUSSIAN_CLOSING:
            return False
        before = next((m for m in found if m.last_token == closing), None)
        if before is None:
            return False
        if before.kind == "PER" and before.first_token < closing - 1:
            return tokens[before.first_token].value not in RUSSIAN_OPENING
        mention = before
    return False


def _genitive_in_a_phrase(
    sentence: Sentence, mention: Mention, number: str | None, gender: str | None
) -> bool:
    """ "не пустит в стены академии": an organization right after a noun a preposition
    governs is that noun's genitive, no subject (an organization's name agrees with any
    verb, so agreement does not rule it out). A common noun that agrees with a singular
    verb stays its subject ("В мае пара объявила"): there agreement does tell."""
    if mention.kind != "ORG" or "gent" not in mention.cases or mention.first_token < 2:
        return False
    tokens = sentence.tokens
    if (
        number == "sing"
        and gender
        and not tokens[mention.first_token].value[:1].isupper()
        and any(
            {"NOUN", "nomn", "sing", gender} <= f.grams.values
            for f in forms(tokens[mention.first_token])
        )
    ):
        return False
    noun = forms(tokens[mention.first_token - 1])
    before = forms(tokens[mention.first_token - 2])
    return (
        bool(noun)
        and "NOUN" in noun[0].grams.values
        and not tokens[mention.first_token - 1].value[:1].isupper()
        and bool(before)
        and "PREP" in before[0].grams.values
    )


def _plain_subject_after(
    sentence: Sentence,
    found: Sequence[Mention],
    head: Mention,
    verb_index: int,
    number: str | None,
    gender: str | None,
) -> list[Mention]:
    """ "Петра Иванова поздравил его учитель Олег Смирнов", "Сообщение Петра Иванова
    подтвердил его адвокат": words right before the verb that may as well be its object
    (or a genitive of one) are no subject when a mention that can only be a nominative
    follows the verb (past a possessive "его" and an adverbial or two)."""
    if head.cases <= {"nomn"} or head.last_token != verb_index - 1:
        return []
    tokens = sentence.tokens
    for m in found:
        if m.first_token <= verb_index or m.first_token - verb_index > 4:
            continue
        if any(t.value in (",", ".", ";", ":") for t in tokens[verb_index + 1 : m.first_token]):
            return []
        if m.pronoun:
            continue  # "его учитель": a possessive before the subject
        if m.cases == {"nomn"} and not m.description and agrees(m, number, gender):
            return coordinated(sentence, found, m, forward=True)
        return []
    return []


def _relative_antecedent(
    sentence: Sentence, found: Sequence[Mention], verb_index: int
) -> list[Mention]:
    """ "Миллер и Озерец, которые сегодня встречаются": the subject of a verb in a relative
    clause is what "которые" refers to, the mentions before its comma."""
    tokens = sentence.tokens
    for i in range(verb_index - 1, max(-1, verb_index - 5), -1):
        if "который" in lemmas(tokens[i]) and "nomn" in {
            c for f in forms(tokens[i]) for c in ("nomn",) if c in f.grams.values
        }:
            if i == 0 or tokens[i - 1].value != ",":
                return []
            before = [m for m in found if m.last_token == i - 2]
            if not before:
                return []
            earlier = _past_a_participle_phrase(sentence, found, before[0], tokens[i])
            if earlier is not None:
                return [earlier]
            if _singular_relative(tokens[i]):
                # "композитор и эксперт Анна Орлова, которая подтвердила": a singular
                # "который" stands for the one mention before its comma, not the list.
                return [before[0]]
            return coordinated(sentence, found, before[0])
        if tokens[i].value in (",", ".", ";"):
            return []
    return []


def _past_a_participle_phrase(
    sentence: Sentence, found: Sequence[Mention], nearest: Mention, relative: Token
) -> Mention | None:
    """ "человеку, преследуемому соотечественниками, который рассказал": when the mention
    right before "который" does not agree with it and closes a participle phrase, the
    relative stands for the mention that phrase qualifies (if that one agrees)."""
    number, gender = _relative_agreement(relative)
    if number is None or agrees(nearest, number, gender):
        return None
    tokens = sentence.tokens
    comma = next(
        (j for j in range(nearest.first_token - 1, 0, -1) if tokens[j].value in (",", ";")),
        None,
    )
    if comma is None or tokens[comma].value != "," or not opens_insertion(tokens, comma):
        return None
    if not any("PRTF" in f.grams.values for f in forms(tokens[comma + 1])):
        return None
    earlier = next((m for m in found if m.last_token == comma - 1), None)
    if earlier is None or not agrees(earlier, number, gender):
        return None
    return earlier


def _relative_agreement(token: Token) -> tuple[str | None, str | None]:
    """(number, gender) of a nominative "который" when its form tells them at once
    ("который": singular masculine; "которые": plural), else (None, None)."""
    readings = [f.grams.values for f in forms(token) if "nomn" in f.grams.values]
    numbers = {n for g in readings for n in ("sing", "plur") if n in g}
    genders = {n for g in readings for n in ("masc", "femn", "neut") if n in g}
    if len(numbers) != 1:
        return None, None
    number = next(iter(numbers))
    gender = next(iter(genders)) if number == "sing" and len(genders) == 1 else None
    return number, gender


def _singular_relative(token: Token) -> bool:
    """Whether this form of "который" can only be singular ("которая", "который")."""
    numbers = {
        n
        for f in forms(token)
        if "nomn" in f.grams.values
        for n in ("sing", "plur")
        if n in f.grams.values
    }
    return numbers == {"sing"}


def _subject_after(
    sentence: Sentence,
    found: Sequence[Mention],
    verb_index: int,
    number: str | None,
    gender: str | None,
    *,
    reach: int = 4,
) -> list[Mention]:
    """An inverted subject right after the verb ("сказал Ян Цзечи", "заявили в МИД")."""
    right = [
        m
        for m in found
        if m.first_token > verb_index
        and m.first_token - verb_index <= reach
        and not any(t.value == "," for t in sentence.tokens[verb_index + 1 : m.first_token])
        and (
            (
                (m.can_be_subject or _quantified(sentence, m))
                and not preceded_by_preposition(sentence, m)
                and not _genitive_in_a_phrase(sentence, m, number, gender)
                and (
                    agrees(m, number, gender)
                    or (number == "plur" and _plural_reading(sentence, m))
                    # "встретились Иван Смирнов и Олег Петров": singulars joined make a plural
                    or (number == "plur" and len(coordinated(sentence, found, m, forward=True)) > 1)
                )
                and not (
                    m.cases
                    and m.cases <= {"datv", "gent", "ablt", "loct"}
                    and not _quantified(sentence, m)
                )
            )
            # "— сказал один из зрителей"
            or (number is not None and one_of(sentence, m) == number)
        )
    ]
    # "переводит заявление УЕФА испанская «Марка»", "процитировал Петрова его
    # собеседник": a name that may be a noun's genitive or the verb's object yields to a
    # subject after it.
    plain = [m for m in right if not _object_or_attribute(sentence, found, m, verb_index)]
    if plain and plain[0] is not right[0]:
        right = plain
    # A dative addressee may come first ("сообщил «Интерфаксу» координатор …"): prefer
    # a person to an organization whose case cannot be told.
    people = [m for m in right if m.kind == "PER"]
    chosen = people[0] if people and right[0].kind != "PER" else right[0] if right else None
    if chosen is None:
        return []
    named = _named_in_apposition(sentence, found, chosen)
    if named is not None:
        return [named]
    return coordinated(sentence, found, chosen, forward=True)


def _plural_reading(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention read as a singular may be a plural subject: a description whose
    head noun has a nominative plural reading ("сообщили его дочери": "дочери" is a
    genitive singular too), or a name the dictionary does not know ("сообщали
    Викиновости": its number is a guess)."""
    if mention.pronoun or mention.number != "sing":
        return False
    if not mention.cases:
        return mention.kind in ("PER", "ORG") and not mention.description
    if not mention.description or "nomn" not in mention.cases:
        return False
    head = forms(sentence.tokens[mention.first_token])
    return any({"NOUN", "nomn", "plur"} <= f.grams.values for f in head)


def _about_which(tokens: Tokens, verb_index: int) -> bool:
    """ "…, о чём объявил постпред": a verb right after a relative "о чём" opening its
    clause, whose subject can only follow it."""
    if verb_index < 3 or tokens[verb_index - 3].value != ",":
        return False
    return tokens[verb_index - 2].value.lower() == "о" and tokens[verb_index - 1].value.lower() in (
        "чём",
        "чем",
    )


def noun_attribute(sentence: Sentence, mention: Mention) -> bool:
    """ "отставку Гурьева", "до заявления Риччи", "заявление УЕФА": a name right after an
    inanimate common noun, in a case that may be the genitive (or not known), may be that noun's
    attribute rather than a subject. A noun that is only an adverbial of time or manner
    ("утром", "вечером") governs no name."""
    if mention.first_token == 0 or mention.pronoun or mention.description:
        return False
    # An abbreviation ("ФИФА") is any case, whatever case its reading was given.
    if mention.cases and "gent" not in mention.cases and not mention.name.isupper():
        return False
    before = sentence.tokens[mention.first_token - 1]
    if not before.value[:1].islower() or not before.value.isalpha():
        return False
    found = forms(before)
    if not found or "NOUN" not in found[0].grams.values:
        return False
    nouns = [f.grams.values for f in found if "NOUN" in f.grams.values]
    if any("anim" in g for g in nouns):
        return False  # "посол Анри Мартен": a person's noun is a title, no governor
    if all("ablt" in g for g in nouns):
        return False
    # "В свою очередь Иванов", "в среду Риччи": a noun a preposition governs in another
    # case than the genitive is an adverbial of the verb.
    i = mention.first_token - 2
    while (
        i >= 0
        and forms(sentence.tokens[i])
        and (forms(sentence.tokens[i])[0].grams.values & {"ADJF", "APRO", "NUMR"})
    ):
        i -= 1
    if i >= 0 and forms(sentence.tokens[i]) and "PREP" in forms(sentence.tokens[i])[0].grams.values:
        return any("gent" in g for g in nouns)
    return True


def _object_or_attribute(
    sentence: Sentence, found: Sequence[Mention], mention: Mention, verb_index: int
) -> bool:
    """A mention after a verb that is more likely its object or a noun's genitive than
    its subject: a name that may be a noun's genitive, or a name right after the verb
    whose case is not known while a nominative-only mention follows it at once."""
    if noun_attribute(sentence, mention):
        return True
    if mention.first_token != verb_index + 1 or mention.cases or mention.kind != "PER":
        return False
    return any(m.first_token == mention.last_token + 1 and m.cases == {"nomn"} for m in found)


def _named_in_apposition(
    sentence: Sentence, found: Sequence[Mention], chosen: Mention
) -> Mention | None:
    """ "— сказал один из зрителей, пенсионер Иван Петров": the person named after a comma
    right behind "один из X" is the one of them who spoke."""
    if one_of(sentence, chosen) is None:
        return None
    tokens = sentence.tokens
    comma = chosen.last_token + 1
    if comma >= len(tokens) or tokens[comma].value != ",":
        return None
    named = next((m for m in found if m.first_token == comma + 1), None)
    at = comma + 1
    while named is None and at + 1 < len(tokens) and at - comma <= _APPOSED_WORDS:
        # "один из рабочих, слесарь Иван Петров", "один из зрителей, 62-летний Иван
        # Петров": words the title grammar does not know (an age, adjectives, a common
        # noun) stand before the name
        if not (_nominative_noun(tokens[at]) or _nominative_attribute(tokens[at])):
            break
        at += 1
        named = next((m for m in found if m.first_token == at), None)
    if named is None or named.kind != "PER" or named.pronoun or named.description:
        return None
    if named.cases and "nomn" not in named.cases:
        return None
    after = named.last_token + 1
    if after < len(tokens) and tokens[after].value not in (".", "!", "?", ",", ";"):
        return None
    return named


# How many tokens may stand between "один из X," and the name of the one.
_APPOSED_WORDS = 4
_AGE = re.compile(r"\d+|-|(?:\d+-)?летн\w+")


def _nominative_attribute(token: Token) -> bool:
    """A piece of an age ("62", "-", "летний") or a lower-case adjective in the nominative
    ("пожилой")."""
    if _AGE.fullmatch(token.value):
        return True
    return token.value[:1].islower() and any(
        {"ADJF", "nomn"} <= f.grams.values for f in forms(token)
    )


def _nominative_noun(token: Token) -> bool:
    """A lower-case word that can be a noun in the nominative ("слесарь", though its first
    reading is a verb's imperative)."""
    return token.value[:1].islower() and any(
        {"NOUN", "nomn"} <= f.grams.values for f in forms(token)
    )


def coordinated(
    sentence: Sentence,
    found: Sequence[Mention],
    head: Mention,
    *,
    forward: bool = False,
    subject: bool = False,
) -> list[Mention]:
    """``head`` with the mentions joined to it by "и" / "," ("Путин и Си Цзиньпин").
    A list joined by commas ends with "и" ("Путин, Моди и Си"): "пресс-служба Кремля,
    Дмитрий Медведев подписал" is two clauses, not two subjects."""
    group = [head]
    ordered = list(found)
    position = _position(ordered, head)
    step = 1 if forward else -1
    current = head
    joins: list[str] = []
    while 0 <= position + step < len(ordered):
        candidate = ordered[position + step]
        # "Олег Сомов и его заместитель Анна Лыкова": a possessive right before a member
        # belongs to it
        nearer = _possessive_of(sentence, candidate, current, forward)
        if nearer is not None and 0 <= position + 2 * step < len(ordered):
            position += step
            candidate = ordered[position + step]
            if forward and candidate.first_token != nearer.last_token + 1:
                break
        left, right = (current, candidate) if forward else (candidate, current)
        if nearer is not None:
            left, right = (current, nearer) if forward else (candidate, nearer)
        between = sentence.tokens[left.last_token + 1 : right.first_token]
        words = [t.value.lower() for t in between]
        words = [w for w in words if w not in _HONORIFICS]
        if words not in (["и"], [","], ["а", "также"]):
            break
        if not forward and not joins and words == [","]:
            break  # the join nearest a list's last member is "и"
        if not forward and words == [","] and _genitive_of_a_noun(sentence, candidate):
            # "о победе на выборах главы государства, противники и правозащитники
            # заявляют": a noun's genitive before the comma ends another clause
            break
        if subject and not candidate.can_be_subject:
            break
        # "делегациями России и Китая": the second country joins the first one's case.
        tail = cases(sentence.tokens[current.last_token])
        if not _cases_compatible(head, candidate) and not candidate.cases & tail:
            break
        group.append(candidate)
        joins.append(words[0])
        current = candidate
        position += step
    if forward:
        while joins and joins[-1] == ",":
            joins.pop()
            group.pop()
    return group if forward else group[::-1]


def _position(found: list[Mention], mention: Mention) -> int:
    """``found.index(mention)``, without testing unlike mentions for equality: ``==``
    compares every field, names included, and putting a name into the nominative is dear.
    Equal mentions have the same offsets, so those are compared first."""
    start, end = mention.start, mention.end
    for i, m in enumerate(found):
        if m is mention or (m.start == start and m.end == end and m == mention):
            return i
    raise ValueError("the mention is not in the list")


def _possessive_of(
    sentence: Sentence, candidate: Mention, current: Mention, forward: bool
) -> Mention | None:
    """``candidate`` when it is a possessive pronoun standing right before the member it
    belongs to: before ``current`` when going back, before the next mention going on."""
    if not candidate.pronoun or candidate.first_token != candidate.last_token:
        return None
    if sentence.tokens[candidate.first_token].value.lower() not in POSSESSIVES:
        return None
    if not forward and candidate.last_token + 1 != current.first_token:
        return None
    return candidate


def _genitive_of_a_noun(sentence: Sentence, mention: Mention) -> bool:
    """ "на выборах главы государства": a mention that may be a genitive, right after a
    common noun, is that noun's attribute."""
    if mention.first_token == 0 or (mention.cases and "gent" not in mention.cases):
        return False
    before = sentence.tokens[mention.first_token - 1]
    found = forms(before)
    return (
        before.value[:1].islower()
        and bool(found)
        and "NOUN" in found[0].grams.values
        and "anim" not in found[0].grams.values
    )


def _cases_compatible(a: Mention, b: Mention) -> bool:
    return not a.cases or not b.cases or bool(a.cases & b.cases)


def objects_after(
    sentence: Sentence, text: str, start_index: int, prepositions: Sequence[str], *, span: int = 12
) -> list[Mention]:
    """Mentions introduced by one of ``prepositions`` after ``start_index`` ("с Токаевым",
    "между делегациями России и Китая"), with their coordinated partners."""
    found = mentions(sentence, text)
    wanted = {p.lower() for p in prepositions}
    tokens = sentence.tokens
    for i in range(start_index + 1, min(len(tokens), start_index + 1 + span)):
        value = tokens[i].value.lower()
        if value in (".", ";") or (value in OPENING and i > start_index + 1):
            break
        if value in wanted:
            # Right after the preposition, or after one adjective ("со своими детьми");
            # "с доводами Эндрюс" governs a noun that is no actor.
            first = next(
                (
                    m
                    for m in found
                    if m.first_token == i + 1
                    or (m.first_token == i + 2 and _adjective(tokens[i + 1]))
                    or (
                        m.first_token > i + 1
                        and all(t.value in _NAME_QUOTES for t in tokens[i + 1 : m.first_token])
                    )
                ),
                None,
            )
            if first is None:
                # "встретился с одним из лидеров оппозиции": the group one of whom it was
                first = partitive_group(sentence, found, i + 1)
            if first is not None:
                return coordinated(sentence, found, first, forward=True)
    return []


def partitive_group(sentence: Sentence, found: Sequence[Mention], at: int) -> Mention | None:
    """ "одним из лидеров", "кого-то из своих дальних родственников": the group a word of
    part (at token ``at``) takes one or some of, in the genitive after "из" with only
    adjectives or a possessive between; None when the words do not stand so."""
    tokens = sentence.tokens
    if at + 2 >= len(tokens) or tokens[at + 1].value.lower() not in ("из", "изо"):
        return None
    word = tokens[at]
    if word.value.lower() not in _ONE_OF and not lemmas(word) & (set(_ONE_OF) | _SOME_OF):
        return None
    for m in found:
        if at + 2 <= m.first_token <= at + 4 and all(
            _adjective(t) or t.value.lower() in ("своих", "их", "его", "её", "ее")
            for t in tokens[at + 2 : m.first_token]
        ):
            return m if "gent" in m.cases else None
    return None


def _adjective(token: Token) -> bool:
    found = forms(token)
    return bool(found) and bool(found[0].grams.values & {"ADJF", "PRTF", "NUMR"})


def content_after(sentence: Sentence, index: int) -> tuple[int, int] | None:
    """Character span of the clause after token ``index`` to the end of the sentence,
    without the closing punctuation; None when nothing is left."""
    tokens = sentence.tokens[index + 1 :]
    while tokens and tokens[0].value in (",", ":", "—", "-", "что"):
        tokens = tokens[1:]
    while tokens and tokens[-1].value in (".", "!", "?", ";", "…"):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].span.start, tokens[-1].span.stop
    if tokens[0].value in OPENING and tokens[-1].value in CLOSING and len(tokens) > 2:
        start, end = tokens[1].span.start, tokens[-2].span.stop
    return start, end


def content_before(sentence: Sentence, index: int) -> tuple[int, int] | None:
    """Character span of what precedes the ", — сказал" at token ``index``: the quote or
    clause from the sentence start (or the opening quote) to the comma or dash."""
    tokens = sentence.tokens[:index]
    while tokens and tokens[-1].value in (",", "—", "–", "-"):
        tokens = tokens[:-1]
    if tokens and tokens[-1].value in CLOSING:
        close = len(tokens) - 1
        opening = next((i for i in range(close - 1, -1, -1) if tokens[i].value in OPENING), None)
        opens_clause = opening is not None and (
            opening == 0 or tokens[opening - 1].value in (":", "—", "–", "-")
        )
        if opening is not None and close - opening > 1 and opens_clause:
            return tokens[opening + 1].span.start, tokens[close - 1].span.stop
        if opening is None:
            tokens = tokens[:-1]
        # else: a quoted word ending a longer clause ("по программе «реновации»"),
        # which is the content as a whole
    while tokens and tokens[0].value in _LEADING:
        tokens = tokens[1:]
    if len(tokens) < 2:
        return None
    return tokens[0].span.start, tokens[-1].span.stop


def modality(sentence: Sentence, index: int, *, extra_planned: Sequence[str] = ()) -> str:
    """ "negated", "planned", "hypothetical" or "asserted" for the trigger at token ``index``."""
    tokens = sentence.tokens
    before = tokens[max(0, index - 4) : index]
    before_words = [t.value.lower() for t in before]
    if not _SAID_BY_NEGATION.isdisjoint(lemmas(tokens[index])):
        before_words = [w for w in before_words if w != "не"]  # "не исключил, что …"
    if (before_words and before_words[-1] == "не") or (
        # "не будет подписано"; but "чуть ли не хором ответили" is no negation
        before_words[-2:-1] == ["не"] and before_words[-3:-2] != ["ли"]
    ):
        return "negated"
    if _refused_or_failed(tokens, index):
        return "negated"
    if _any_lemma_in(tokens[max(0, index - 5) : index + 1], HYPOTHETICAL_MARKERS) and any(
        t.value.lower() == "бы" for t in tokens
    ):
        return "hypothetical"
    after = [t.value.lower() for t in tokens[index + 1 : index + 2]]
    if "бы" in before_words or after == ["бы"]:
        return "hypothetical"  # "бы сказал", "сказал бы"
    # A word of planning marks the verb it governs, not itself: "пообещал помочь" is a
    # promise made (asserted), "планирует встретиться" a meeting to come.
    if _plans(before[-4:], extra_planned):
        return "planned"
    verbal = [f for f in forms(tokens[index]) if "VERB" in f.grams.values]
    if (
        verbal
        and all("futr" in f.grams.values for f in verbal)
        and not _noun_after_preposition(tokens, index)
    ):
        return "planned"  # "подпишет"; "считает" is also a rare future ("count off")
    if any(
        t.value.lower() in ("будет", "будут", "состоится", "пройдет", "пройдут")
        for t in tokens[max(0, index - 3) : index + 1]
    ):
        return "planned"
    return "asserted"


def _any_lemma_in(tokens: Tokens, words: frozenset[str]) -> bool:
    """Whether a lemma of one of ``tokens`` is among ``words`` (no union of their lemmas
    built: each token's lemmas are met with ``words`` in turn)."""
    for token in tokens:  # noqa: SIM110 (a loop: no generator per call)
        if not words.isdisjoint(lemmas(token)):
            return True
    return False


def _plans(tokens: Tokens, extra_planned: Sequence[str]) -> bool:
    """Whether a lemma of ``tokens`` is a marker of planning (``PLANNED_MARKERS`` or one of
    ``extra_planned``) other than "договориться" (an agreement reached, not a plan)."""
    for token in tokens:
        for lemma in lemmas(token):
            if lemma != "договориться" and (lemma in PLANNED_MARKERS or lemma in extra_planned):
                return True
    return False


def _noun_after_preposition(tokens: Tokens, index: int) -> bool:
    """ "На встречу с министром пришли": a word right after a preposition that may be a
    noun is one, whatever verb its form also spells ("встречу", "I shall meet")."""
    return (
        index > 0
        and any("PREP" in f.grams.values for f in forms(tokens[index - 1])[:1])
        and any("NOUN" in f.grams.values for f in forms(tokens[index]))
    )


# Verbs whose negation is what was said: "не исключил, что уйдет" says that he may.
_SAID_BY_NEGATION = frozenset("исключить исключать".split())
# "отказался встречаться": the event refused did not happen.
_REFUSAL = frozenset("отказаться отказываться".split())
# "безуспешно пытались дозвониться", "пытались дозвониться, но безуспешно".
_FAILED = frozenset("безуспешно тщетно безрезультатно напрасно".split())
_TRYING = frozenset("пытаться попытаться".split())


def _refused_or_failed(tokens: Tokens, index: int) -> bool:
    """An infinitive governed by a refusal ("отказался подписывать"), or an attempt that
    failed ("безуспешно пытались дозвониться", "пытались дозвониться, однако безуспешно")."""
    infinitive = any("INFN" in f.grams.values for f in forms(tokens[index])[:1])
    governing = tokens[max(0, index - 3) : index]
    if infinitive and any(not _REFUSAL.isdisjoint(lemmas(t)) for t in governing):
        return True
    words = {t.value.lower() for t in tokens[max(0, index - 4) : index]}
    if words & _FAILED:
        return True
    if not (infinitive and any(lemmas(t) & _TRYING for t in governing)):
        return False
    for i in range(index + 1, min(len(tokens), index + 14)):
        value = tokens[i].value.lower()
        if value in (".", ";", "!", "?"):
            break
        if value in _FAILED and tokens[i - 1].value.lower() in ("но", "однако", "а", ","):
            return True
    return False


_QUANTIFIERS = frozenset(
    "несколько много немало ряд часть большинство двое трое четверо пятеро сотни тысячи".split()
)


def _quantified(sentence: Sentence, mention: Mention) -> bool:
    """A genitive after a quantifier is a subject: "несколько членов ЕС", "восемь сенаторов"."""
    if mention.first_token == 0 or "gent" not in mention.cases:
        return False
    before = sentence.tokens[mention.first_token - 1]
    return (
        bool(lemmas(before) & _QUANTIFIERS)
        or any("NUMR" in f.grams.values for f in forms(before)[:1])
        or before.type == "INT"
    )


# "один из депутатов", "кто-то из делегатов" speak for one of them; "некоторые из
# экспертов", "многие из них" for several ("никто из" says no one did).
_ONE_OF = {"один": "sing", "кто-то": "sing", "каждый": "sing", "кое-кто": "sing"}
_SOME_OF = frozenset("некоторый многие многий несколько двое трое часть большинство".split())


def one_of(sentence: Sentence, mention: Mention) -> str | None:
    """The number a verb takes with "один из X" ("sing") or "некоторые из X" ("plur"), when
    ``mention`` is that X in the genitive; None otherwise."""
    at = mention.first_token
    tokens = sentence.tokens
    if at < 2 or not ("gent" in mention.cases or _genitive_in_apposition(tokens, mention)):
        return None
    if tokens[at - 1].value.lower() not in ("из", "изо"):
        return None
    word = tokens[at - 2]
    if at > 2 and any("PREP" in f.grams.values for f in forms(tokens[at - 3])[:1]):
        return None  # "спросил у одной из девочек": the group a preposition governs
    if word.value.lower() in _ONE_OF:
        return _ONE_OF[word.value.lower()]
    found = lemmas(word)
    if found & {"один", "каждый"}:
        return "sing"
    return "plur" if found & _SOME_OF else None


def _genitive_in_apposition(tokens: Tokens, mention: Mention) -> bool:
    """ "один из зрителей, пенсионер Иван Петров" read as one mention: its first word, in
    the genitive, is the group; the name after the comma is the one of them."""
    at = mention.first_token
    if at + 1 >= mention.last_token or tokens[at + 1].value != ",":
        return False
    return any("gent" in f.grams.values for f in forms(tokens[at]))


def _object_of_verb(sentence: Sentence, mention: Mention) -> bool:
    """Right after a finite verb or an infinitive: its object ("покинул Ватикан")."""
    if mention.first_token == 0:
        return False
    found = forms(sentence.tokens[mention.first_token - 1])
    return bool(found) and bool(found[0].grams.values & {"VERB", "INFN"})


def _in_insertion(sentence: Sentence, mention: Mention, verb_index: int) -> bool:
    """Inside a comma-bounded relative or participle clause before the verb: "Мартин, на
    ноге у которого есть татуировка с образом Бибера, сообщил", "Мартин, содержащийся в
    тюрьме в Лас-Крусес, штат Нью-Мексико, встретился"."""
    tokens = sentence.tokens
    commas = [i for i in range(verb_index) if tokens[i].value == ","]
    if len(commas) < 2 or commas[-1] < mention.last_token:
        return False
    for comma in commas[:-1]:
        if comma >= mention.first_token:
            break
        opener = tokens[comma + 1 : comma + 2]
        gerund = bool(opener) and any("GRND" in f.grams.values for f in forms(opener[0]))
        if gerund or opens_insertion(tokens, comma):
            return True
    return False


def _inside_quotes(sentence: Sentence, start: int, end: int) -> bool:
    depth = 0
    opening, closing = RUSSIAN_OPENING, RUSSIAN_CLOSING  # looked up once, not per token
    for token in sentence.tokens[start:end]:
        value = token.value
        if value in opening:
            depth += 1
        elif value in closing and depth:
            depth -= 1
    return depth > 0


def _predicate_quoted(sentence: Sentence, mention: Mention, verb_index: int) -> bool:
    """ "Березовский «часами обсуждал идею»": a quotation that opens right after the
    mention, in lower case, with no other opening before the verb, quotes the mention's
    own predicate; the mention stays its subject."""
    tokens = sentence.tokens
    opening = mention.last_token + 1
    if opening + 1 > verb_index or tokens[opening].value not in RUSSIAN_OPENING:
        return False
    first = tokens[opening + 1].value
    return first[:1].islower() and not any(
        t.value in RUSSIAN_OPENING for t in tokens[opening + 1 : verb_index]
    )


_SUBORDINATORS = frozenset("что чтобы который если когда поскольку потому хотя пока".split())


def _clause_boundary_between(sentence: Sentence, start: int, end: int) -> bool:
    """A subordinate clause starts between the mention and the verb ("Он отметил, что в
    полиции объяснили": "Он" is not the subject of "объяснили"). A relative or participle
    clause closed by a comma before the verb is skipped ("Гергиев, который является
    артдиректором театра, подписал"); so is a gerund's or participle's phrase that runs up
    to a comma right before the verb, a clause of its own inside it included ("Адвокат,
    ссылаясь на то, что подзащитный раскаялся, попросил")."""
    tokens = sentence.tokens
    i = start + 1
    while i < end:
        token = tokens[i]
        if token.value == "," and (opens_insertion(tokens, i) or _opens_gerund_phrase(tokens, i)):
            if i == start + 1 and tokens[end - 1].value == "," and end - 1 > i:
                i = end
                continue
            commas = [j for j in range(i + 1, end) if tokens[j].value == ","]
            if commas:
                # a gerund's phrase may hold a clause of its own ("ссылаясь на то, что
                # подсудимый раскаялся,"): it runs to the last comma before the verb
                i = (commas[-1] if _opens_gerund_phrase(tokens, i) else commas[0]) + 1
                continue
        if token.value.lower() in _SUBORDINATORS or "который" in lemmas(token):
            return True
        i += 1
    return False


def _opens_gerund_phrase(tokens: Tokens, comma: int) -> bool:
    """A comma followed by a gerund, directly or after one adverb: ", ссылаясь на …",
    ", вновь ссылаясь на …"."""
    for token in tokens[comma + 1 : comma + 3]:
        found = forms(token)
        if found and "GRND" in found[0].grams.values:
            return True
        if not found or "ADVB" not in found[0].grams.values:
            return False
    return False


def opens_insertion(tokens: Tokens, comma: int) -> bool:
    """A comma followed by "который"/"чей" (after a preposition and a noun or two: "на
    ноге у которого") or a participle: a clause about the noun."""
    opener = tokens[comma + 1 : comma + 5]
    return (
        bool(opener)
        and (
            # ", бывший министр …": the participle of "быть" is the adjective "former",
            # opening a noun phrase, not a participle's clause
            any("PRTF" in f.grams.values and f.normalized != "быть" for f in forms(opener[0]))
            # "Министр, знакомый с ситуацией,": an adjective with its prepositional complement
            or (
                len(opener) > 1
                and any("ADJF" in f.grams.values for f in forms(opener[0]))
                and any("PREP" in f.grams.values for f in forms(opener[1])[:1])
            )
            or any(not _RELATIVES.isdisjoint(lemmas(t)) for t in opener[:2])
            or (
                any(not _RELATIVES.isdisjoint(lemmas(t)) for t in opener[2:])
                and any("PREP" in f.grams.values for f in forms(opener[0])[:1])
                and not any(t.value == "," or t.value in _GUILLEMETS for t in opener)
            )
        )
    )


_COORDINATORS = frozenset(",".split()) | {"однако", "но", "а", "и"}
# The relative pronouns that open a clause about a noun.
_RELATIVES: Final = frozenset({"который", "чей"})


# Demonstratives that stand for someone named before as a clause's subject: "и тот сообщил".
_DEMONSTRATIVE_SUBJECTS = frozenset({"тот", "та", "те"})


def _demonstrative_antecedent(
    sentence: Sentence, found: Sequence[Mention], at: int
) -> list[Mention]:
    """ "спросил у Зотова, …, на что тот ответил": a "тот" before the verb stands for
    the last person named before it in another case than the nominative (the one the
    clause before spoke to or about, not its subject), if that one agrees with it."""
    word = sentence.tokens[at].value.lower()
    number = "plur" if word == "те" else "sing"
    gender = {"тот": "masc", "та": "femn"}.get(word)
    before = [
        m
        for m in found
        if m.last_token < at and m.kind == "PER" and not m.pronoun and m.cases != {"nomn"}
    ]
    if not before:
        return []
    last = before[-1]
    if last.number != number or (gender and last.gender and last.gender != gender):
        return []
    if "nomn" in last.cases and not preceded_by_preposition(sentence, last):
        return []  # it may have been the clause's subject: "тот" is someone else
    if gender and last.gender is None and last.subject_gender not in (None, gender):
        # "у Зотова … тот": a man's genitive, not the woman's nominative it also spells
        oblique = next((c for c in _OBLIQUE if c in last.cases), None)
        return [last.in_case(oblique)] if oblique else []
    return [last]


_OBLIQUE = ("gent", "accs", "datv", "ablt", "loct")


def _new_subject_between(sentence: Sentence, start: int, end: int) -> bool:
    """After a comma or conjunction between the mention and the verb, a noun in the
    nominative starts a clause of its own ("Суд приговорил …, однако защита утверждает")."""
    tokens = sentence.tokens
    depth, boundaries = 0, []
    for i in range(start + 1, end):
        value = tokens[i].value.lower()
        if value == "(":
            depth += 1
        elif value == ")":
            depth -= 1
        if depth == 0 and value in _COORDINATORS:
            boundaries.append(i)
    if not boundaries:
        return False
    for i in range(boundaries[-1] + 1, end):
        if i == boundaries[-1] + 1 and tokens[i].value.lower() in _DEMONSTRATIVE_SUBJECTS:
            return True  # "обратился к одному из депутатов, и тот сообщил"
        found = forms(tokens[i])
        if not found or not {"NOUN", "nomn"} <= found[0].grams.values:
            continue
        before = forms(tokens[i - 1])
        governed = bool(before) and "PREP" in before[0].grams.values
        if before and _genitive_head(before):
            # "из Университета Колорадо": an indeclinable word after a noun that can only be
            # a genitive is that noun's complement, no new clause's subject
            continue
        if _joined_to_an_oblique(tokens, i):
            # "вслед за коллегами из Венесуэлы и Никарагуа сообщил": the word after "и"
            # goes on the phrase of the oblique word before it
            continue
        if not governed and not found[0].grams.values & {"Name", "Surn", "Patr"}:
            return True
    return False


def _joined_to_an_oblique(tokens: Tokens, at: int) -> bool:
    """Whether the word at ``at`` follows "и" after a noun with no nominative reading and
    shares one of that noun's oblique cases ("Венесуэлы и Никарагуа")."""
    if at < 2 or tokens[at - 1].value.lower() != "и":
        return False
    before = forms(tokens[at - 2])
    if not before or not all("NOUN" in f.grams.values for f in before):
        return False
    oblique = cases(tokens[at - 2])
    return "nomn" not in oblique and bool(oblique & cases(tokens[at]) - {"nomn"})


def _genitive_head(found: Sequence[Form]) -> bool:
    """Whether every reading of a word is a noun in the genitive ("Университета")."""
    return all({"NOUN", "gent"} <= f.grams.values for f in found)


def _in_parentheses(sentence: Sentence, mention: Mention) -> bool:
    """ "назвали дочь Рэддикс (Raddix Madden)": a gloss, not a participant."""
    tokens = sentence.tokens
    before = [t.value for t in tokens[: mention.first_token]]
    return before.count("(") > before.count(")")


def _clause_break_between(sentence: Sentence, start: int, end: int) -> bool:
    return any(t.value in _CLAUSE_BREAKS for t in sentence.tokens[start + 1 : end])
