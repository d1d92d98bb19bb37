"""Who said it when the verb has no subject: the organization or state of a source
phrase by the verb ("заявили в МИД", "сообщается на сайте Кремля") or the owner of the
document it names ("говорится в заявлении МЧС")."""

from __future__ import annotations

from collections.abc import Sequence

from eventkit.clause.clauses import objects_after, verb_agreement
from eventkit.clause.predicate import Predicate
from eventkit.grammar.actors import mentions
from eventkit.grammar.cases import preceded_by_preposition
from eventkit.grammar.lexicon import ISSUING_VERBS, SOURCE_NOUNS
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Token, Tokens
from eventkit.text.quotes import GUILLEMETS, marks

_GUILLEMETS = marks([GUILLEMETS])


def impersonal_source(where: Predicate, verb_at: int) -> list[Mention]:
    """A verb with no subject names its source in a phrase: "в полиции объяснили",
    "заявили в МИД", "сообщается на сайте Верховной Рады", "в заявлении Ватикана
    говорится": a plural or impersonal ("-ся") verb, and the organization or state in the
    "в/на/из" phrase next to it (or owning the document it names) is the speaker."""
    sentence = where.sentence
    tokens = sentence.tokens
    number, _ = verb_agreement(tokens[verb_at])
    impersonal = any(lemma.endswith(("ся", "сь")) for lemma in lemmas(tokens[verb_at])) or (
        _passive_neuter(tokens[verb_at])  # "в сообщении компании сказано"
    )
    if number != "plur" and not impersonal:
        return []
    reach = 6 if impersonal else 3
    found = mentions(sentence, where.text)
    # "В мэрии «Ъ» сообщили", "в пресс-службе РИА Новости сообщили": the outlet told
    # (a dative, or a name whose case cannot be told) stands between the source and the verb
    told = {
        i
        for m in found
        if not m.cases or "datv" in m.cases
        for i in range(m.first_token, m.last_token + 1)
    }
    for mention in sorted(found, key=lambda m: _distance(m, verb_at, told, tokens)):
        if _distance(mention, verb_at, told, tokens) > reach:
            continue
        if mention.kind == "PER" and not owns_a_document(tokens, mention.first_token):
            continue  # a person speaks through a document only ("в представлении генпрокурора")
        if mention.first_token > verb_at:
            span = range(verb_at + 1, mention.first_token)
        elif _relative_clause(tokens, mention.last_token + 1, verb_at):
            span = range(0)  # "В больнице, где его оперировали, рассказали"
        else:
            span = range(mention.last_token + 1, verb_at)
        between = [tokens[i] for i in span if i not in told]
        if any(t.value in (",", ";", ":") or t.value in _GUILLEMETS for t in between):
            continue
        if _in_source_phrase(tokens, mention.first_token):
            owner = _page_owner(found, mention, tokens)
            if owner is not None:
                return [owner]
            if owns_a_document(tokens, mention.first_token) and "gent" in mention.cases:
                # "в заявлении Путина": whose document, a genitive ("Путин", not "Путина")
                return [mention.in_case("gent")]
            return [mention]
    return []


# Words that open a relative clause of place or of a noun: "в больнице, где …, сообщили".
_RELATIVE_OPENERS = frozenset("где куда откуда".split())


def _relative_clause(tokens: Tokens, first: int, verb_at: int) -> bool:
    """Whether tokens ``first`` to the verb are one relative clause set off by commas
    (", где поэт был прооперирован,", ", в которой он лечился,")."""
    if verb_at - first < 4 or verb_at - first > 14:
        return False
    if tokens[first].value != "," or tokens[verb_at - 1].value != ",":
        return False
    opener = [t.value.lower() for t in tokens[first + 1 : first + 3]]
    relative = opener[0] in _RELATIVE_OPENERS or any(
        "который" in lemmas(t) for t in tokens[first + 1 : first + 3]
    )
    inside = tokens[first + 1 : verb_at - 1]
    return relative and not any(
        t.value in (",", ";", ":", ".") or t.value in _GUILLEMETS for t in inside
    )


def _page_owner(found: Sequence[Mention], medium: Mention, tokens: Tokens) -> Mention | None:
    """ "На странице Ли Мина в LinkedIn говорится": a medium's name with no case, right after
    the owner of a page in it, is where the owner's page is; the owner speaks."""
    if (
        medium.cases
        or medium.first_token < 2
        or tokens[medium.first_token - 1].value.lower() not in ("в", "на")
    ):
        return None
    before = [m for m in found if m.last_token == medium.first_token - 2]
    if not before or "gent" not in before[0].cases:
        return None
    if not owns_a_document(tokens, before[0].first_token):
        return None
    return before[0].in_case("gent")


def _distance(mention: Mention, verb_at: int, told: set[int], tokens: Tokens) -> int:
    """Words from the verb to the mention's first word; none for a long name that ends
    right before the verb, or before the outlet told ("В Министерстве иностранных дел
    России сообщили", "В мэрии «Ъ» сообщили"), or before a relative clause ("В
    больнице, где его оперировали, рассказали")."""
    if mention.first_token < verb_at and (
        all(i in told for i in range(mention.last_token + 1, verb_at))
        or _relative_clause(tokens, mention.last_token + 1, verb_at)
    ):
        return 0
    return abs(mention.first_token - verb_at)


# Where a text is published: "на сайте", "в Twitter", "в заявлении", "в указе", "в
# докладе", "в представлении генпрокурора".
_PUBLISHED_IN = frozenset(
    """
    сайт страница блог микроблог указ публикация обращение телеобращение эфир доклад отчет
    представление статья материал справка заключение
    """.split()
)


def owns_a_document(tokens: Tokens, first: int) -> bool:
    """Whether the words at ``first`` follow a document or source noun ("заявлении
    Путина"): whose document it is, a genitive."""
    return first > 0 and bool(lemmas(tokens[first - 1]) & (_PUBLISHED_IN | SOURCE_NOUNS))


def _in_source_phrase(tokens: Tokens, first: int) -> bool:
    """The mention at ``first`` follows "в/во/на/из" (across adjectives), or a document
    noun that does ("в заявлении Ватикана")."""
    i = first - 1
    while i >= 0 and (adjective_like(tokens[i]) or tokens[i].value in _GUILLEMETS):
        i -= 1  # "в публикации «НГ»": the mark that opens the name
    if i >= 0 and lemmas(tokens[i]) & (_PUBLISHED_IN | SOURCE_NOUNS):
        i -= 1
        # "в опубликованном сегодня пресс-релизе": adjectives and their adverbs
        while i >= 0 and (adjective_like(tokens[i]) or _adverb(tokens[i])):
            i -= 1
    return i >= 0 and tokens[i].value.lower() in ("в", "во", "на", "из")


def _adverb(token: Token) -> bool:
    found = forms(token)
    return bool(found) and "ADVB" in found[0].grams.values


def _passive_neuter(token: Token) -> bool:
    found = forms(token)
    return bool(found) and {"PRTS", "neut"} <= found[0].grams.values


# Documents that speak for their author when the text does not name one: "в публикации
# утверждается", "в аннотации к книге сказано", "указывается в пресс-релизе".
DOCUMENT_NOUNS = frozenset(
    """
    публикация статья аннотация пресс-релиз релиз телеграмма послание письмо заявление
    сообщение коммюнике доклад отчет указ представление справка заключение обращение
    документ резолюция постановление приговор меморандум декларация записка
    """.split()
)
# Parentheticals an impersonal verb may be set off by: "в телеграмме, в частности,
# говорится".
_PARENTHETICALS = frozenset("частность частности том числе также кроме того".split())


def document_source(where: Predicate, verb_at: int) -> list[Mention]:
    """The document an impersonal verb of speech quotes when no organization owns it in
    the text: "В этой публикации утверждается, что …", "…, указывается в пресс-релизе",
    "В телеграмме Президента, в частности, говорится: …". Its owner named right after it
    speaks ("Президента"); otherwise the document itself, named in the nominative."""
    sentence = where.sentence
    tokens = sentence.tokens
    if not _impersonal(tokens[verb_at]):
        return []
    noun = _document_after(tokens, verb_at) or _document_before(tokens, verb_at)
    if noun is None:
        return []
    found = mentions(sentence, where.text)
    owner = next((m for m in found if m.first_token == noun + 1 and m.last_token != verb_at), None)
    if owner is not None and not (owner.cases and "nomn" in owner.cases and owner.kind != "ORG"):
        return [owner]
    if owner is not None and "gent" in owner.cases and not owner.pronoun:
        # "в заявлении Путина": whose document, so a genitive ("Путин", not a "Путина")
        return [owner.in_case("gent")]
    if owner is None:
        named = _named_owner(where, noun) or _participle_agent(where, found, noun)
        if named is not None:
            return [named]
    head = tokens[noun]
    words = [t.value for t in tokens[_modifiers_start(tokens, noun) : noun + 1]]
    name = " ".join(get_morph().phrase_nominative(words, len(words) - 1, case="loct"))
    return [
        Mention(
            start=head.span.start,
            end=head.span.stop,
            text=head.value,
            name=name.split()[-1] if name else head.value,
            kind="ORG",
            cases=frozenset({"loct"}),
            number="sing",
            description=True,
            first_token=noun,
            last_token=noun,
        )
    ]


def _named_owner(where: Predicate, noun: int) -> Mention | None:
    """ "в сообщении Букингемского дворца", "в заявлении Белого дома": a capitalized noun
    phrase in the genitive right after the document noun, which the actor grammar does not
    know as an organization, is whose document it is, named in the nominative."""
    tokens = where.sentence.tokens
    first = noun + 1
    if first >= len(tokens) or not tokens[first].value[:1].isupper():
        return None
    i = first
    while i < len(tokens) and i < first + 3 and adjective_like(tokens[i]):
        i += 1
    if i >= len(tokens) or not {"NOUN", "gent"} <= _grams(tokens[i]):
        return None
    if any("gent" not in _grams(t) for t in tokens[first:i]):
        return None
    words = [t.value for t in tokens[first : i + 1]]
    name = " ".join(get_morph().phrase_nominative(words, len(words) - 1, case="gent"))
    return Mention(
        start=tokens[first].span.start,
        end=tokens[i].span.stop,
        text=where.text[tokens[first].span.start : tokens[i].span.stop],
        name=name,
        kind="ORG",
        cases=frozenset({"gent"}),
        number="sing",
        first_token=first,
        last_token=i,
    )


# How far after a document noun the agent of the participle qualifying it may stand:
# "в пресс-релизе, выпущенном вчера окружным прокурором".
_AGENT_REACH = 6


def _participle_agent(where: Predicate, found: Sequence[Mention], noun: int) -> Mention | None:
    """ "говорится в пресс-релизе, выпущенном прокурором", "В заявлении, опубликованном
    министерством, говорится": the one who issued the document, the agent (instrumental)
    of the passive participle of an issuing verb after its comma, speaks for it."""
    tokens = where.sentence.tokens
    comma, participle = noun + 1, noun + 2
    if participle >= len(tokens) or tokens[comma].value != ",":
        return None
    if not {"PRTF", "pssv"} <= _grams(tokens[participle]):
        return None
    if not lemmas(tokens[participle]) & ISSUING_VERBS:  # "найденном X": X found it, not wrote it
        return None
    for m in found:
        # (the title grammar may take the participle in: "выпущенном прокурором Петровым")
        if not participle <= m.first_token <= participle + _AGENT_REACH:
            continue
        if any(t.value in (",", ".", ";", ":") for t in tokens[participle : m.first_token]):
            return None
        if m.pronoun or preceded_by_preposition(where.sentence, m):
            return None
        if "ablt" in m.cases:
            return m.in_case("ablt")
        # a name the dictionary does not decline: "выпущенном Брэддоком"
        return m if not m.cases and m.kind == "PER" else None
    return None


def _impersonal(token: Token) -> bool:
    return any(lemma.endswith(("ся", "сь")) for lemma in lemmas(token)) or _passive_neuter(token)


def _document_after(tokens: Tokens, verb_at: int) -> int | None:
    """ "указывается в пресс-релизе", "говорится в опубликованном сегодня докладе"."""
    i = verb_at + 1
    if i >= len(tokens) or tokens[i].value.lower() not in ("в", "во"):
        return None
    i += 1
    while i < len(tokens) and i < verb_at + 6 and (adjective_like(tokens[i]) or _adverb(tokens[i])):
        i += 1
    if i < len(tokens) and lemmas(tokens[i]) & DOCUMENT_NOUNS:
        return i
    return None


def _document_before(tokens: Tokens, verb_at: int) -> int | None:
    """ "В этой публикации утверждается", "В аннотации к книге сказано": the phrase opens
    the clause of the verb, with its complement and a parenthetical between."""
    i = verb_at
    stop = max(-1, verb_at - 10)
    while i - 1 > stop:
        i -= 1
        value = tokens[i].value.lower()
        if value in (".", ";", ":", "что") or "VERB" in _grams(tokens[i]):
            return None
        if value == "," and i == verb_at - 1:
            opening = _participle_phrase_opening(tokens, i)
            if opening is not None:
                # "В заявлении, направленном в СМИ, говорится", "В заявлении МВД,
                # опубликованном в Facebook, говорится": past the participle phrase
                stop = max(-1, opening - 6)
                i = opening
                continue
        if value == "," and not _parenthetical_comma(tokens, i, verb_at):
            return None
        if lemmas(tokens[i]) & DOCUMENT_NOUNS and "loct" in _all_cases(tokens[i]):
            start = _modifiers_start(tokens, i)
            if start > 0 and tokens[start - 1].value.lower() in ("в", "во"):
                return i
    return None


def _participle_phrase_opening(tokens: Tokens, closing: int) -> int | None:
    """The comma that opens a participle phrase closed at ``closing`` right after a
    document noun ("заявлении, направленном в СМИ,"); None when there is none."""
    for j in range(closing - 1, max(0, closing - 12), -1):
        value = tokens[j].value
        if value in (".", ";", ":") or value in _GUILLEMETS or "VERB" in _grams(tokens[j]):
            return None
        if value != ",":
            continue
        if "PRTF" not in _grams(tokens[j + 1]) or not _document_or_its_owner(tokens, j - 1):
            return None
        return j
    return None


def _document_or_its_owner(tokens: Tokens, last: int) -> bool:
    """Whether the words ending at ``last`` are a document noun or a document noun and its
    owner ("заявлении", "заявлении МВД", "сообщении пресс-службы компании"): a short run of
    genitives, abbreviations and Latin names after the noun."""
    for i in range(last, max(-1, last - 5), -1):
        if lemmas(tokens[i]) & DOCUMENT_NOUNS:
            return True
        token = tokens[i]
        if token.value in _GUILLEMETS or token.type == "LATIN":
            continue
        grams = _grams(token)
        if not ("gent" in grams or "Abbr" in grams) or grams & {"PREP", "VERB"}:
            return False
    return False


def _parenthetical_comma(tokens: Tokens, comma: int, verb_at: int) -> bool:
    """A comma that opens or closes "в частности", "в том числе", "кроме того"."""
    words = {t.value.lower() for t in tokens[max(0, comma - 3) : min(verb_at, comma + 4)]}
    return bool(words & _PARENTHETICALS)


def _modifiers_start(tokens: Tokens, noun: int) -> int:
    i = noun
    while i > 0 and (adjective_like(tokens[i - 1]) or tokens[i - 1].value.lower() in _THIS):
        i -= 1
    return i


_THIS = frozenset("этой этом том данной данном".split())


def _all_cases(token: Token) -> set[str]:
    return {c for f in forms(token) for c in ("loct", "ablt", "datv") if c in f.grams.values}


def adjective_like(token: Token) -> bool:
    found = getattr(token, "forms", None) or []
    return bool(found) and bool(found[0].grams.values & {"ADJF", "PRTF"})


def source_after(where: Predicate, index: int) -> list[Mention]:
    """ "говорится в заявлении МИД": the organization after the document noun."""
    tokens = where.sentence.tokens
    for i in range(index + 1, min(len(tokens), index + 4)):
        if lemmas(tokens[i]) & SOURCE_NOUNS:
            if tokens[i - 1].value.lower() in POSSESSIVES:
                # "говорится в их заявлении": whose document it is
                owner = [m for m in mentions(where.sentence, where.text) if m.first_token == i - 1]
                if owner:
                    return owner
            found = objects_after(where.sentence, where.text, i - 1, [tokens[i].value.lower()])
            return found[:1]
    return []


# Unnamed sources: "источник в правительстве", "источники издания", "источник «Интерфакса»".
SOURCE_PEOPLE = frozenset({"источник"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "что", "который"})


def unnamed_source(where: Predicate, verb_at: int) -> list[Mention]:
    """The unnamed source that says what the verb reports: "Источник в правительстве
    сообщил", "Как сообщил источник", "Источник «Интерфакса» утверждает". An actor of its
    own kind (a person the text does not name), with what the text says of it."""
    tokens = where.sentence.tokens
    for i in range(verb_at - 1, max(-1, verb_at - 9), -1):
        value = tokens[i].value.lower()
        if value == "," and i == verb_at - 1:
            # "Источник, знакомый с ходом переговоров, сообщил": past the phrase about it
            head = _before_participle_phrase(tokens, i)
            if head is not None:
                found = source_mention(where, head)
                return [found] if found.last_token < verb_at else []
        if value in _CLAUSE_END or "VERB" in _grams(tokens[i]):
            break
        if not SOURCE_PEOPLE.isdisjoint(lemmas(tokens[i])) and "nomn" in _cases(tokens[i]):
            found = source_mention(where, i)
            return [found] if found.last_token < verb_at else []
    # "сообщил «Известиям» источник": the quote marks of the outlet told add no words
    reach = 4 + sum(t.value in _GUILLEMETS for t in tokens[verb_at + 1 : verb_at + 6])
    for i in range(verb_at + 1, min(len(tokens), verb_at + reach)):
        if tokens[i].value in _CLAUSE_END:
            break
        if not SOURCE_PEOPLE.isdisjoint(lemmas(tokens[i])) and "nomn" in _cases(tokens[i]):
            return [source_mention(where, i)]
    return []


def _before_participle_phrase(tokens: Tokens, closing: int) -> int | None:
    """The "источник" right before a comma-bounded participle or adjective phrase that the
    comma at ``closing`` ends ("источник, знакомый с ситуацией,"); None when there is none."""
    for j in range(closing - 1, max(0, closing - 10), -1):
        value = tokens[j].value
        if value in (".", ";", ":") or value in _GUILLEMETS or "VERB" in _grams(tokens[j]):
            return None
        if value != ",":
            continue
        if j < 1 or not any(f.grams.values & {"PRTF", "ADJF"} for f in forms(tokens[j + 1])):
            return None
        # "источник в мэрии, пожелавший …": across the source's own phrase
        for k in range(j - 1, max(-1, j - 5), -1):
            if not SOURCE_PEOPLE.isdisjoint(lemmas(tokens[k])) and "nomn" in _cases(tokens[k]):
                return k
            if not _grams(tokens[k]) & {"NOUN", "ADJF", "PREP", "Abbr"}:
                return None
        return None
    return None


def source_mention(where: Predicate, head: int) -> Mention:
    """ "источник" at token ``head`` with its complement: a genitive name right after it
    ("источник «Интерфакса»", "источники издания") and a "в/на"-phrase ("в правительстве
    Белоруссии"), named in the nominative of its head."""
    tokens = where.sentence.tokens
    last = head
    found = mentions(where.sentence, where.text)
    owner = next(
        (
            m
            for m in found
            if m.first_token == head + 1
            and ("nomn" not in m.cases or m.kind == "ORG")
            # "сообщил источник агентству Рейтер": the outlet told is no owner
            and not (m.cases and m.cases <= {"datv"})
        ),
        None,
    )  # "источник «Интерфакса»", "источники РБК" (an abbreviation takes every case)
    if owner is not None:
        last = owner.last_token
        also = next(
            (
                m
                for m in found
                if last + 2 < len(tokens)
                and tokens[last + 1].value.lower() == "и"
                and m.first_token == last + 2
                and (m.kind == "ORG" or "gent" in m.cases)
                and not (m.kind == "PER" and "nomn" in m.cases)
            ),
            None,
        )
        if also is not None:
            last = also.last_token  # "источники Интерфакса и РБК": the sources of both
    elif head + 1 < len(tokens) and {"NOUN", "gent"} <= _grams(tokens[head + 1]):
        last = head + 1  # "источники издания"
    if last + 1 < len(tokens) and tokens[last + 1].value.lower() in ("в", "во", "на"):
        phrase = last + 1
        for i in range(phrase + 1, min(len(tokens), phrase + 5)):
            grams = _grams(tokens[i])
            if not grams & {"NOUN", "ADJF", "PRTF", "Abbr"} and tokens[i].type != "LATIN":
                break
            last = i
    plural = "plur" in _grams(tokens[head])
    text = where.text
    start, end = tokens[head].span.start, tokens[last].span.stop
    rest = text[tokens[head].span.stop : end]
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        name=("источники" if plural else "источник") + rest,
        kind="PER",
        cases=frozenset({"nomn"}),
        number="plur" if plural else "sing",
        description=True,
        first_token=head,
        last_token=last,
    )


def _grams(token: Token) -> frozenset[str]:
    found = forms(token)
    return frozenset(found[0].grams.values) if found else frozenset()


def _cases(token: Token) -> set[str]:
    return {c for f in forms(token) for c in ("nomn", "gent", "accs") if c in f.grams.values}
