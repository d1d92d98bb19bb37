"""Speech acts: who said what at a speech verb or a "по словам"-type phrase.

The readings of a speech verb: a "что"-clause or a colon and quote after it, its content
before it ("…, — сказал он"), "как сообщает X, …", "говорится в заявлении X", "цитирует X",
"обратился с просьбой", a direct object that is what was said ("назвал шаг ошибкой"), an
"о"-phrase before the verb ("об этом сообщил суд"). Every pack that reports speech uses them
through the ``Speaker``/``Content`` roles (``eventkit.roles``).

The readings are in ``speech_readings``; where the content is, in ``speech_content``; the
source of a verb without a subject, in ``speech_source``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from attrs import define, evolve

from eventkit.clause.clauses import content_after, content_before, one_of, verb_agreement
from eventkit.clause.predicate import Predicate
from eventkit.clause.speech_content import (
    QUOTED_CLOSING,
    QUOTED_OPENING,
    introduces_content,
    quote_in_next_sentences,
    until_next_clause,
)
from eventkit.clause.speech_readings import READINGS
from eventkit.clause.speech_source import (
    SOURCE_PEOPLE,
    document_source,
    impersonal_source,
    owns_a_document,
    source_mention,
    unnamed_source,
)
from eventkit.clause.speech_verb import (
    NEWS_ARRIVED_VERBS,
    REPORT_OBJECT_VERBS,
    REPORT_VERBS,
    REPORT_VERBS_WITH_AS,
    REPORT_VERBS_WITH_CLAUSE,
    REPORT_VERBS_WITH_LINK,
    REPORT_VERBS_WITH_QUOTE,
    VIEW_VERBS,
    Reading,
    SpeechVerb,
)
from eventkit.grammar.actors import mentions
from eventkit.grammar.lexicon import (
    EXPRESS_NOUNS,
    OBJECT_CONTENT_VERBS,
    ORDER_NOUNS,
    REQUEST_NOUNS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    UNNAMED_PEOPLE,
)
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Token, Tokens

_CONDITIONS = frozenset({"пока", "если", "чтобы", "пусть"})


@define
class SpeechAct:
    """The speakers (the first is the one reported), the content's character span, and
    whether it is a quote ("direct") or a clause ("indirect")."""

    speakers: list[Mention]
    content: tuple[int, int]
    speech: str = "indirect"


def speech_act(where: Predicate) -> SpeechAct | None:
    """Who said what at the speech verb ``where``; None when the words around it do not
    report speech (no content, no speaker, "так называемый", a gerund framing a verb)."""
    if _first_word(where) in ("по", "согласно", "с", "со"):
        return _according_to(where)
    verb = _verb(where)
    if verb is None:
        return None
    reading = _read(verb)
    if reading is None or reading.content is None:
        return None
    content = reading.content
    if "PRTF" in verb.grams:
        # "X, заявивший, что …, обсуждал …": the participle's clause ends at the main verb
        content = until_next_clause(verb.tokens, verb.end, content)
    # "«Хамдалла подал прошение», — сообщил источник": a quote the actor grammar read as
    # a quoted name is what was said, never who said it
    speakers = [m for m in reading.speakers if not _overlap(m, content)]
    unnamed = unnamed_source(where, verb.at)
    if unnamed and (
        not speakers
        or unnamed[0].start <= speakers[0].start < unnamed[0].end
        # "Об этом сообщил РБК источник в правительстве": the outlet told stands between
        # the verb and the source
        or verb.at < speakers[0].first_token <= speakers[0].last_token < unnamed[0].first_token
        # "Источник в мэрии сообщил ТАСС": the source before the verb is its subject
        or unnamed[0].last_token < verb.at < speakers[0].first_token
        # "Источник, знакомый с ситуацией, сообщил": a word of the phrase about it
        or (
            unnamed[0].last_token < speakers[0].first_token < verb.at
            and verb.tokens[unnamed[0].last_token + 1].value == ","
        )
    ):
        # "Источник «Интерфакса» утверждает": the source speaks, not the outlet it serves
        speakers = unnamed
    if verb.lemmas & NEWS_ARRIVED_VERBS:
        speakers = []  # "информация" is the subject: the source is a phrase by the verb
    if (
        speakers
        and _impersonal_verb(verb)
        and owns_a_document(verb.tokens, speakers[0].first_token)
    ):
        # "В заявлении Путина говорится": whose statement, no subject of "говорится"
        speakers = []
    if not speakers or _overlap(speakers[0], content):
        # "Президент подписал закон, сообщается на сайте Кремля": the subject found is
        # the content's own; the source is the phrase by the verb.
        speakers = impersonal_source(where, verb.at) or document_source(where, verb.at)
    # "…, и предположили, что …": a verb of speculation goes on from the source too
    first = where.continued_speech_verb(REPORT_VERBS) if not speakers else None
    if first is not None:
        # "В полиции сообщили, что …, и предположили, что …": the first verb's source
        speakers = impersonal_source(where, first) or document_source(where, first)
    if not speakers or _overlap(speakers[0], content):
        return None
    joint = _joint_speakers(where, verb.at, speakers)
    return SpeechAct(joint, _strip_quotes(where.text, content), reading.speech)


def _joint_speakers(where: Predicate, verb_at: int, speakers: list[Mention]) -> list[Mention]:
    """ "Родители певца и его продюсер заявили": speakers joined by "и" (and commas) speak
    as one group, named as the text joins them. A singular verb has one speaker ("сказал
    директор музея и археолог Иван Петров": one man, two titles), and a lone title in
    the group ("президент и госпожа Обама") is left for resolution to name: the first
    speaker alone then."""
    if len(speakers) < 2 or any(m.pronoun for m in speakers):
        return speakers
    if verb_agreement(where.sentence.tokens[verb_at])[0] == "sing":
        return speakers
    if any(
        m.kind == "PER" and m.number != "plur" and (m.description or m.title == m.name)
        for m in speakers
    ):
        return speakers
    tokens = where.sentence.tokens
    for left, right in pairwise(speakers):
        between = [t.value.lower() for t in tokens[left.last_token + 1 : right.first_token]]
        if between not in (["и"], [","]):
            return speakers
    first, last = speakers[0], speakers[-1]
    names = [m.name for m in speakers]
    name = ", ".join(names[:-1]) + " и " + names[-1]
    kinds = {m.kind for m in speakers}
    return [
        Mention(
            start=first.start,
            end=last.end,
            text=where.text[first.start : last.end],
            name=name,
            kind=first.kind if len(kinds) == 1 else "ORG",
            cases=first.cases,
            number="plur",
            description=all(m.description for m in speakers),
            first_token=first.first_token,
            last_token=last.last_token,
        )
    ]


def _impersonal_verb(verb: SpeechVerb) -> bool:
    """ "говорится", "сообщается", "сказано": a verb of speech with no subject."""
    return any(lemma.endswith(("ся", "сь")) for lemma in verb.lemmas) or {"PRTS", "neut"} <= set(
        verb.grams
    )


# How far before a verb of expressing its noun may open the clause: "Соболезнования семье
# погибшего выразил …".
_EXPRESSED_REACH = 8


def _expressed_before(tokens: Tokens, at: int) -> bool:
    """Whether a noun of expressing in the accusative stands before the verb at ``at`` in
    its clause ("Соболезнования семье погибшего выразил министр")."""
    for i in range(at - 1, max(-1, at - 1 - _EXPRESSED_REACH), -1):
        if tokens[i].value in (",", ";", ":", "—", "«", "»"):
            return False
        if lemmas(tokens[i]) & EXPRESS_NOUNS and any(
            {"NOUN", "accs"} <= f.grams.values for f in forms(tokens[i])
        ):
            return True
    return False


def _overlap(speaker: Mention, content: tuple[int, int]) -> bool:
    return speaker.start <= content[0] < speaker.end or content[0] <= speaker.start < content[1]


def _first_word(where: Predicate) -> str:
    return str(where.sentence.tokens[where.at].value).lower()


def _verb(where: Predicate) -> SpeechVerb | None:
    """The speech verb of a match, or None when the word cannot report speech here."""
    tokens = where.sentence.tokens
    at, end = where.at, where.end
    found = lemmas(tokens[at])
    grams = _verb_grams(tokens[at])
    lead = _manner_before(tokens, at, grams)
    previous = tokens[lead - 1].value.lower() if lead else ""
    following = list(tokens[end + 1 : end + 13])
    if "дать" in found or "давать" in found:
        if "показание" in lemmas(tokens[end]) and not _that_follows(following):
            return None  # "дал показания против соседа": testimony, its words not given
        if end > at and lemmas(tokens[end]) & ORDER_NOUNS:
            # "дал распоряжение возобновить работу": ordered, in words
            found = found | {"поручить"}
        else:
            found = found | {"дать понять"}
    if found & _DRAWING and end > at and "внимание" in lemmas(tokens[end]):
        if not _quoted_that_follows(following):
            # "обратил внимание на дороги": where one looked; "власти обратили внимание,
            # что …" may be what they noticed: only the words quoted are said
            return None
        found = found | {"обратить внимание"}
    if found & NEWS_ARRIVED_VERBS:
        if end == at or not lemmas(tokens[end]) & SOURCE_WORDS:
            return None
        # reported, with no subject of its own: the source is a phrase by the verb
        found = found | {"сообщаться"}
    if not _EXPRESSING.isdisjoint(found) and at == end and not _expressed_before(tokens, at):
        return None  # "выразил" needs its noun: "выразил уверенность"
    said = (
        "PRTS" in grams
        and "neut" in grams
        and (_that_follows(following) or _colon(following) or _after_quote_and_dash(tokens, at))
    )
    # "Иван Петров, заявивший, что …": an active participle with its "что"-clause reports
    # what the actor it qualifies said ("объявившая минуту молчания" reports nothing)
    said = said or (
        {"PRTF", "actv"} <= grams and previous == "," and at == end and _that_follows(following)
    )
    if not ("VERB" in grams or "GRND" in grams or "INFN" in grams or said) or (
        "1per" in grams or "2per" in grams
    ):
        # "так называемый", "осужденных"; "я призываю" is a quoted speaker; a passive
        # speaks only as "в сообщении X сказано, что …" (its source is looked for)
        return None
    if "INFN" in grams and not _infinitive_governed(tokens, at):
        return None  # "можно назвать", "с просьбой передать": nobody said anything yet
    if "GRND" in grams and (
        _finite_speech_verb_after(tokens, end)
        or not (
            introduces_content(following)
            or "INFN" in _next_grams(tokens, end)
            # "…, назвав их «пугалками»": the gerund's object is what was said
            or (found & (OBJECT_CONTENT_VERBS | REPORT_OBJECT_VERBS) and previous == ",")
        )
    ):
        return None  # "говоря о геноциде, отметил": the gerund only frames the statement
    speech_word = found & _SPEECH_WORDS
    if (
        speech_word
        and speech_word <= VIEW_VERBS
        and not _view_after_content(tokens, at, grams)
        and not _speech_by_position(tokens, at, lead, frozenset(), grams)
    ):
        return None  # "Власти считают, что …", "считает его героем": a view, not words
    if not speech_word and not _speech_by_position(tokens, at, lead, found, grams):
        return None  # a verb that is not one of speech reports speech only after a quote
    by_position = _speech_by_position(tokens, at, lead, frozenset(), grams)
    if (
        speech_word
        and speech_word <= REPORT_VERBS_WITH_CLAUSE
        and not _that_follows(following)
        and not _not_ruled_out(tokens, at, speech_word)
        and not by_position
    ):
        return None  # "заключили контракт": a deal, not a conclusion
    if (
        speech_word
        and speech_word <= _ASKING_OR_QUOTING
        and not _quoted_question_after(following)
        and not (speech_word <= _ASKING and _indirect_question_after(following))
        and not by_position
        and not _after_a_question(where, lead)
    ):
        return None  # "спросил совета", "об этом его спросили": no question given
    if (
        speech_word
        and speech_word <= REPORT_VERBS_WITH_LINK
        and _no_view_linked(tokens[at + 1 : end + 13])
    ):
        return None  # "связали руки", "связал жизнь с театром": nothing said
    if speech_word and speech_word <= REPORT_VERBS_WITH_AS and not _in_clause(following, "как"):
        return None  # "оценил ущерб в миллион": an amount, not a view
    if speech_word and speech_word <= _GOING_ON and _infinitive_next(tokens, end):
        return None  # "продолжит выступать в лиге": going on, not speaking on
    if previous == "не" and found & _NAMING and not _calls_it_something(tokens, end):
        return None  # "канал не называет имя участника": a name withheld, nothing said
    if found & _NAMING and _naming_not_saying(where, grams, following):
        return None  # "его называют «королём»", "назвали в честь деда": a name, not words
    if found & _ASKING_FOR and _an_amount(previous, following, bool(found & _ASKING_PRICE)):
        return None  # "просит больше", "меньше, чем требовало обвинение": a price asked
    if found & _TURNING and _turned_to_a_thing(where, end):
        return None  # "обратился к творчеству писателя": a subject taken up, no addressee
    if found & _REQUIRING and _a_requirement(where, previous, grams, following):
        return None  # "ремонт не требует затрат": what a thing needs, not a demand
    if found & _APOLOGY and not (following and following[0].value.lower() in ("за", "перед")):
        return None  # "извинился и ушёл": an apology says something only for what or to whom
    if previous == "совместно":
        return None  # "совместно объявили о …" is a joint declaration (Agreement rules)
    if {t.value.lower() for t in tokens[max(0, at - 4) : at]} & _CONDITIONS:
        return None  # "пока Турция не признает …": a condition, not a report
    if previous == "это" and "sing" in grams and following and following[0].value == ",":
        # "а это гарантирует, что …": the demonstrative is the subject (a verb with its
        # clause at once has no other), and a fact speaks for nobody ("Это подтвердил
        # министр" has its speaker after the verb)
        return None
    if previous == "что":
        # "…, что напоминает поведение": a clause about the one before, not a speech act;
        # "…, который назвал …" speaks for the word "который" stands for
        return None
    return SpeechVerb(where, at, end, found, grams, previous, following, lead)


def _view_after_content(tokens: Tokens, at: int, grams: set[str]) -> bool:
    """ "…, полагают собеседники издания.": a finite verb of a view after a comma (a
    clause before it), followed by its holder, a noun in the nominative, and nothing after
    the holder's phrase but the sentence's end."""
    if "VERB" not in grams or at < 3 or tokens[at - 1].value != ",":
        return False
    if not any(_finite(t) for t in tokens[: at - 1]):
        return False  # "Многие, считают …": no clause before the comma
    following = tokens[at + 1 :]
    if not following:
        return False
    head = forms(following[0])
    first = head[0].grams.values if head else frozenset()
    if not ({"NOUN", "nomn"} <= first or following[0].value[:1].isupper()):
        return False  # "…, считает нужным", "…, полагают, что": no holder right after
    return not any(
        t.value in (",", ":", ";") or t.value.lower() == "что" or _finite(t) for t in following
    )


def _finite(token: Token) -> bool:
    found = forms(token)
    return bool(found) and "VERB" in found[0].grams.values


# "обратил внимание, что «…»", "обращает внимание на то, что «…»": drawing attention to
# words quoted is saying them.
_DRAWING = frozenset({"обратить", "обращать"})


def _quoted_that_follows(following: Tokens) -> bool:
    """ "…, что «…»", "на то, что «…»", ": «…»": a quote opens the clause after the verb."""
    if _colon(following):
        return len(following) > 1 and following[1].value in QUOTED_OPENING
    if not _that_follows(following):
        return False
    that = next(i for i, t in enumerate(following) if t.value.lower() == "что")
    return len(following) > that + 1 and following[that + 1].value in QUOTED_OPENING


# Verbs that after a quote and a dash still do not say it: a copula or a list's verb
# ("«Зенит», — стал чемпионом" is no attribution). Without a quote before the dash no
# such verb reports speech ("Он вошёл — улыбнулся и сел").
NOT_SPEECH_BY_POSITION = frozenset(
    """
    быть являться стать становиться оказаться остаться составить составлять начаться
    начинаться получить получать занять занимать
    """.split()
)


# Words that may stand between a quote's dash and a passive that reports it: "«…», — это
# было отмечено в заявлении группы".
_PASSIVE_LEAD = frozenset({"это", "было", "так", "и", "также", "уже", "ранее"})


def _after_quote_and_dash(tokens: Tokens, at: int) -> bool:
    """ "«…», — отмечено в заявлении группы": a passive right after the dash that closes a
    quote (its source is the document phrase after it)."""
    i = at - 1
    while i >= 0 and tokens[i].value.lower() in _PASSIVE_LEAD:
        i -= 1
    if i < 2 or tokens[i].value not in ("—", "–", "-"):
        return False
    before, mark = tokens[i - 1].value, tokens[i - 2].value
    if before == "," and mark in QUOTED_CLOSING:
        return True
    return before in QUOTED_CLOSING and mark in ("?", "!", "…", ".")


def _speech_by_position(
    tokens: Tokens, at: int, lead: int, found: frozenset[str], grams: set[str]
) -> bool:
    """ "«…», — вздохнул он", "«…?» — парировали журналисты": a finite verb in the third
    person after a dash that closes a quote reports speech, whatever its lemma."""
    if (
        not NOT_SPEECH_BY_POSITION.isdisjoint(found)
        or "VERB" not in grams
        or "1per" in grams
        or "2per" in grams
    ):
        return False
    if "impr" in grams or lead < 3 or tokens[lead - 1].value not in ("—", "–", "-"):
        return False
    before, mark = tokens[lead - 2].value, tokens[lead - 3].value
    if before == "," and mark in QUOTED_CLOSING:
        return True  # "«…», — …"
    return before in QUOTED_CLOSING and mark in ("?", "!", "…", ".")  # "«…?» — …"


_NAMING = frozenset({"назвать", "называть"})
_APOLOGY = frozenset({"извиниться", "извиняться"})
# Verbs of expressing, which need their noun ("выразил уверенность").
_EXPRESSING: Final = frozenset({"выразить", "высказать", "выражать", "высказывать"})


def _calls_it_something(tokens: Tokens, end: int) -> bool:
    """ "не назвал это ошибкой": a word in the instrumental says what something was called
    (a statement, negated); without one a name or a figure is given or withheld."""
    for token in tokens[end + 1 : end + 7]:
        if token.value in (".", ";", ",", ":") or token.value in QUOTED_OPENING:
            return token.value in QUOTED_OPENING or token.value == ":"
        found = forms(token)
        if found and "ablt" in found[0].grams.values:
            return True
    return False


def _naming_not_saying(where: Predicate, grams: set[str], following: Tokens) -> bool:
    """A name given or in use, not words said: "назвали корабль в честь лётчика" names a
    thing after someone; "его называют «королём»", "как называют себя гуглеры" (a present
    plural with no subject of its own, or with "себя") say what a name is in general use."""
    words = [t.value.lower() for t in following]
    for first, second in pairwise(words):
        if first in (".", ";", ":") or first in QUOTED_OPENING:
            break
        if (first, second) == ("в", "честь"):
            return True
    if not {"pres", "plur", "3per", "impf"} <= grams:
        return False
    if any(t.value.lower() == "себя" for t in following[:3]):
        return True
    # a single subject in the singular is the object the name is given to ("Союз и
    # называют «зерновым клубом»"): a plural verb agrees with a plural or coordinated one
    if _singular_relative_before(where.sentence.tokens, where.at):
        return True  # "Союз, который часто называют …": "который" is what is named
    subject = where.subject()
    return len(subject) < 2 and all(m.number != "plur" for m in subject)


def _singular_relative_before(tokens: Tokens, at: int) -> bool:
    """A singular "который" opening the clause of a plural verb is its object, when no
    plural noun between them is the subject ("которого журналисты называют …")."""
    for token in reversed(tokens[max(0, at - 6) : at]):
        if token.value in (",", "(", ";"):
            return False
        found = forms(token)
        grams = found[0].grams.values if found else frozenset()
        if {"NOUN", "plur", "nomn"} <= grams:
            return False
        if "который" in lemmas(token) and "sing" in grams:
            return True
    return False


# "обратился к жителям: «…»" addresses people; "обратился к творчеству Солженицына",
# "обратился к опыту прошлых лет" takes up a subject, with nobody addressed.
_TURNING = frozenset({"обратиться", "обращаться"})


def _turned_to_a_thing(where: Predicate, end: int) -> bool:
    """ "к" and a noun that names no actor: a subject taken up, not someone addressed."""
    tokens = where.sentence.tokens
    if end + 2 >= len(tokens) or tokens[end + 1].value.lower() not in ("к", "ко"):
        return False
    i = end + 2
    while i < len(tokens) and i < end + 5:
        grams = forms(tokens[i])[0].grams.values if forms(tokens[i]) else frozenset()
        if "NOUN" in grams:
            break
        if not grams & {"ADJF", "ADVB"}:
            return False  # "к собравшимся", "к нему": people, or not a noun at all
        i += 1
    else:
        return False
    if i >= len(tokens) or "inan" not in forms(tokens[i])[0].grams.values:
        return False
    for first, second in pairwise(tokens[i : i + 10]):
        if first.value in (".", ";", ":"):
            break
        if first.value.lower() in ("с", "со") and lemmas(second) & REQUEST_NOUNS:
            return False  # "обратился к российской стороне с просьбой …": a request
    return not any(m.first_token <= i <= m.last_token for m in mentions(where.sentence, where.text))


# Asking for an amount is a price: "клуб просит больше", "просил 5 млн"; so is what was
# demanded in a comparison: "меньше, чем требовало обвинение".
_ASKING_FOR = frozenset("просить попросить требовать потребовать".split())
_ASKING_PRICE = frozenset("просить попросить".split())
_REQUIRING = frozenset({"требовать"})


def _an_amount(previous: str, following: Tokens, price: bool) -> bool:
    if previous == "чем":
        return True
    if not price:
        return False  # "требуют более высоких зарплат" is a demand
    what = False  # "просил за дом 12 млн": what the price is for, before it
    for token in following[:5]:
        found = forms(token)
        grams = found[0].grams.values if found else frozenset()
        if token.type == "INT" or grams & {"COMP", "NUMR"}:
            return True
        if token.value.lower() == "за":
            what = True
        elif not ("ADVB" in grams or (what and grams & {"NOUN", "ADJF"})):
            return False
    return False


def _a_requirement(where: Predicate, previous: str, grams: set[str], following: Tokens) -> bool:
    """ "метод не требует хирургического вмешательства": a present tense denied of a noun
    in the genitive, with no named speaker as its subject, says what a thing needs, not
    what anyone demands ("профсоюз не требует отставки", "не требовал отставки",
    "требует отставки", "не требует, чтобы …" still report a demand)."""
    if previous != "не" or "pres" not in grams or not following:
        return False
    if any(not m.pronoun for m in where.subject()):
        return False
    found = forms(following[0])
    first = found[0].grams.values if found else frozenset()
    return "gent" in first and bool(first & {"NOUN", "ADJF", "PRTF"})


# Asking reports speech when the question itself is given: after a colon ("спросил у неё:
# «…»") or before the verb, closed by a quote and a dash ("«…?» — спросил он").
_ASKING = frozenset({"спросить", "спрашивать"})


def _quoted_question_after(following: Tokens) -> bool:
    """A colon after the verb or its addressee ("спросил у одной из девочек: …")."""
    for token in following[:8]:
        if token.value == ":":
            return True
        if token.type == "PUNCT" and token.value not in ("-", "–"):
            return False
    return False


# Words that open an indirect question: "спросил у министра, когда откроют мост".
_ASKED_WORDS = frozenset(
    """
    что как почему когда где кто какой какая какое какие каким какую сколько зачем куда
    откуда чем чего кого ли
    """.split()
)


def _indirect_question_after(following: Tokens) -> bool:
    """A comma and a question word after the verb or its addressee ("спросил у Петрова,
    что …", "спросила министра, когда …"): the question asked is what was said."""
    for i, token in enumerate(following[:8]):
        if token.value == ",":
            return i + 1 < len(following) and following[i + 1].value.lower() in _ASKED_WORDS
        if token.type == "PUNCT" and token.value not in ("-", "–"):
            return False
    return False


def _after_a_question(where: Predicate, lead: int) -> bool:
    """ "Кто за это заплатит? — вопрошал он": a dash after a question with no quote marks,
    in the sentence or closing the one before."""
    tokens = where.sentence.tokens
    if lead < 1 or tokens[lead - 1].value not in ("—", "–", "-"):
        return False
    if lead >= 2:
        return tokens[lead - 2].value in ("?", "!")
    if where.sentence.index == 0:
        return False
    before = where.document.sentences[where.sentence.index - 1].tokens
    return bool(before) and before[-1].value in ("?", "!")


# "продолжил" reports speech after a quote or before one, not with an infinitive.
_GOING_ON = frozenset("продолжить продолжать".split())


def _infinitive_next(tokens: Tokens, end: int) -> bool:
    return end + 1 < len(tokens) and "INFN" in _verb_grams(tokens[end + 1])


def _not_ruled_out(tokens: Tokens, at: int, speech_word: frozenset[str]) -> bool:
    """ "не исключил отставки", "…, не исключает газета": a possibility not ruled out is
    said, with or without a "что"-clause ("исключили из партии" is an expulsion)."""
    if not speech_word & {"исключить", "исключать"} or at == 0:
        return False
    if tokens[at - 1].value.lower() != "не":
        return False
    following = tokens[at + 1 : at + 2]
    return not (following and following[0].value.lower() in ("из", "изо"))


# "связывает большие надежды с …", "связал свою судьбу с театром": hopes and a life tied
# to something, not a cause named.
_LINKED_NOT_SAID = frozenset("надежда ожидание жизнь судьба карьера будущее".split())


def _no_view_linked(following: Tokens) -> bool:
    """ "связывают отставку с проверкой" names a cause; without "с" nothing is linked, and
    hopes or a life tied to something are no view."""
    if not _in_clause(following, "с"):
        return True
    if following and following[0].value[:1].isupper():
        return True  # "связывают Рахами со взрывом": a suspect tied to a crime, no view
    return any(lemmas(t) & _LINKED_NOT_SAID for t in following[:4])


def _in_clause(following: Tokens, word: str) -> bool:
    """Whether ``word`` (or its "-о" form) comes after the verb before the clause ends."""
    for token in following[:10]:
        value = token.value.lower()
        if value in (",", ".", ";", ":", "—", "–"):
            return False
        if value in (word, word + "о"):
            return True
    return False


def _colon(following: Tokens) -> bool:
    """ "в аннотации сказано: …": a colon right after the verb."""
    return bool(following) and following[0].value == ":"


def _that_follows(following: Tokens) -> bool:
    """ "заключили, что …": a comma and "что" right after the verb."""
    words = [t.value.lower() for t in following[:4]]
    # "мотивировал тем, что …", "упирая на то, что …": the clause a pronoun announces
    return (
        words[:2] == [",", "что"]
        or words[:3] == ["тем", ",", "что"]
        or words
        == [
            "на",
            "то",
            ",",
            "что",
        ]
    )


def _manner_before(tokens: Tokens, at: int, grams: set[str]) -> int:
    """Where a manner adverbial between a dash and the verb starts ("«…», — упавшим голосом
    сказала она", "— тихо добавил он"); ``at`` when there is none. ``grams`` are the verb's
    (``_verb_grams``)."""
    i = at
    if "PRTS" in grams and "neut" in grams:
        # "«…», — это было отмечено в заявлении": the passive's "это было" leads like
        # a manner adverbial
        while i > 0 and at - i < 3 and tokens[i - 1].value.lower() in _PASSIVE_LEAD:
            i -= 1
    while i > 0 and at - i < 4 and _manner_word(tokens[i - 1]):
        i -= 1
    if i == at - 1 > 0 and tokens[i].value.lower() == "не" and tokens[i - 1].value == ",":
        return i  # "…, не исключает газета": the negated verb after its content
    return i if i < at and i > 0 and tokens[i - 1].value in ("—", "–", "-") else at


# Words of a manner adverbial: "с улыбкой", "чуть ли не хором", "в ответ".
_MANNER_PARTICLES = frozenset("с со в ли не же чуть".split())


def _manner_word(token: Token) -> bool:
    found = forms(token)
    if token.value.lower() in _MANNER_PARTICLES:
        return True
    if not found:
        return False
    grams = found[0].grams.values
    if "Name" in grams or "Surn" in grams or "Patr" in grams or "NPRO" in grams:
        return False
    return "ADVB" in grams or (
        ("ablt" in grams or "accs" in grams) and ("NOUN" in grams or "ADJF" in grams)
    )


def _read(verb: SpeechVerb) -> Reading | None:
    """The first reading that fits the words around the verb."""
    for reading in READINGS:
        found = reading(verb)
        if found is not None:
            return found
    return None


# Words that make an infinitive speech verb a statement of their subject:
# "решил заявить", "намерен сообщить", "считает нужным отметить", "хочу сказать".
_INFINITIVE_GOVERNORS = frozenset(
    "решить намереваться намерен хотеть счесть считать нужный необходимый поспешить "
    "попросить попытаться пытаться стать начать успеть должный собираться планировать "
    "предпочесть".split()
)


def _infinitive_governed(tokens: Tokens, index: int) -> bool:
    before = tokens[max(0, index - 3) : index]
    governors = set().union(*(lemmas(t) & _INFINITIVE_GOVERNORS for t in before))
    if governors == {"должный"}:
        return _one_act_due(tokens, index)
    return bool(governors)


# "мы должны сказать", "вы должны сообщить": the speaker's own duty, in a quote
_FIRST_PERSONS = frozenset("я мы ты вы".split())


def _one_act_due(tokens: Tokens, index: int) -> bool:
    """ "власти должны были объявить о …": one act due of the subject is reported speech
    (planned); "водители должны подтверждать права" (an imperfective) is a standing duty
    and "мы должны сказать" the quoted speaker's own: no speech act."""
    if "perf" not in _verb_grams(tokens[index]):
        return False
    return not any(t.value.lower() in _FIRST_PERSONS for t in tokens[max(0, index - 5) : index])


def _finite_speech_verb_after(tokens: Tokens, index: int) -> bool:
    """A finite speech verb later in the gerund's clause ("говоря о войне, отметил"); a
    clause opened by ", а"/", но" has a subject and a verb of its own ("…, сообщив о
    краже, а Тан сказал …")."""
    for previous, token in pairwise(tokens[index:]):
        if previous.value == "," and token.value.lower() in ("а", "но", "однако"):
            return False
        if token.value in (";", ":"):
            return False
        found = getattr(token, "forms", None) or []
        if found and "VERB" in found[0].grams.values and lemmas(token) & SPEECH_VERBS:
            return True
    return False


def _verb_grams(token: Token) -> set[str]:
    """Grammemes of the token's first verbal reading (finite, gerund, infinitive,
    participle); empty when it has none."""
    for f in getattr(token, "forms", None) or []:
        if not _VERBAL_GRAMS.isdisjoint(f.grams.values):
            return set(f.grams.values)
    return set()


_VERBAL_GRAMS: Final = frozenset({"VERB", "GRND", "INFN", "PRTF", "PRTS"})


def _next_grams(tokens: Tokens, index: int) -> set[str]:
    found: set[str] = set()
    for token in tokens[index + 1 : index + 3]:
        for f in getattr(token, "forms", None) or []:
            found |= set(f.grams.values)
    return found


def _according_to(where: Predicate) -> SpeechAct | None:
    """ "по словам X, …", "согласно заявлению X, …", "по данным X …"."""
    sentence, text = where.sentence, where.text
    tokens = sentence.tokens
    first, last = where.at, where.end
    if _ranking(tokens, first, last):
        return None
    found = mentions(sentence, text)
    speaker: Mention | None = None
    owner = next(
        (i for i in range(first + 1, last) if tokens[i].value.lower() in POSSESSIVES), None
    )
    if owner is not None:
        # "по его словам", "по их информации": the pronoun is the speaker
        speaker = next((m for m in found if m.first_token == owner), None)
    else:
        # "по словам самого Лукашенко": an emphatic pronoun may stand before the name.
        skip = 1 if tokens[last + 1 : last + 2] and "сам" in lemmas(tokens[last + 1]) else 0
        speaker = next((m for m in found if m.first_token == last + 1 + skip), None)
        if speaker is not None:
            # "по словам девушки": the genitive singular, not the plural it also spells
            speaker = speaker.in_case("gent")
        if speaker is None:
            # "по словам одного из советников губернатора": one of them spoke
            speaker = next(
                (m for m in found if m.first_token == last + 3 and one_of(sentence, m)), None
            )
    if speaker is None and last + 1 < len(tokens) and lemmas(tokens[last + 1]) & SOURCE_PEOPLE:
        speaker = source_mention(where, last + 1)  # "по данным источника в мэрии"
    if speaker is None or _no_witness(tokens, first, last, speaker):
        return None
    if speaker.kind == "ORG" and speaker.first_token == speaker.last_token == last + 1:
        # "по версии обвинения": the source is in the genitive, not a plural.
        word = tokens[speaker.first_token].value
        speaker = evolve(speaker, name=get_morph().phrase_nominative([word], 0, case="gent")[0])
    after = max(last, speaker.last_token)
    comma = next((i for i in range(after + 1, len(tokens)) if tokens[i].value == ","), None)
    if comma is not None and comma == after + 1:
        content = content_after(sentence, comma)
    elif after + 2 == len(tokens) and tokens[after + 1].value == ":":
        # "По её словам:" closing its sentence: what she said is the next one
        content = quote_in_next_sentences(where)
    elif first > 0 and not _opening_words(tokens[:first]):
        content = content_before(sentence, first)
    elif after + 2 < len(tokens):
        # "По словам очевидцев пешеходы стояли …": no comma, the clause follows at once.
        content = content_after(sentence, after)
    else:
        content = None
    if content is None:
        return None
    return SpeechAct([speaker], content, "indirect")


def _opening_words(tokens: Tokens) -> bool:
    """ "Однако", "А также": a conjunction or an adverb opening the sentence before "по
    словам X", no clause of its own that could be what was said."""
    if len(tokens) > 2:
        return False
    for token in tokens:
        found = forms(token)
        if not found or not found[0].grams.values & {"CONJ", "PRCL", "ADVB"}:
            return False
    return True


def _no_witness(tokens: Tokens, first: int, last: int, speaker: Mention) -> bool:
    """ "по показаниям свидетелей", "согласно показаниям агента ФБР": testimony speaks for
    a person named or titled, or a witness; "по показаниям счётчика" are a meter's
    readings, whatever the dictionary says of the word."""
    if not any("показание" in lemmas(t) for t in tokens[first : last + 1]):
        return False
    return speaker.description and not lemmas(tokens[speaker.last_token]) & UNNAMED_PEOPLE


def _ranking(tokens: Tokens, first: int, last: int) -> bool:
    """ "отборочный поединок по версии IBF", "игрок года по версии журнала": "по версии"
    right after the noun it qualifies names whose title or ranking it is, not a source
    of words ("Подсудимый, по версии следствия, …" is one)."""
    if first == 0 or not any("версия" in lemmas(t) for t in tokens[first : last + 1]):
        return False
    found = forms(tokens[first - 1])
    return (
        bool(found)
        and bool(found[0].grams.values & {"NOUN", "ADJF"})
        and not (found[0].grams.values & {"NPRO", "Apro"})
    )


def _strip_quotes(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if end - start > 2 and text[start] in QUOTED_OPENING and text[end - 1] in QUOTED_CLOSING:
        return start + 1, end - 1
    return span


# The unions ``_verb`` tests a word's lemmas against, built once (each is a frozenset).
_SPEECH_WORDS = SPEECH_VERBS | REPORT_VERBS | VIEW_VERBS | {"дать понять", "обратить внимание"}
_ASKING_OR_QUOTING = _ASKING | REPORT_VERBS_WITH_QUOTE
