"""A document that speaks resolved to its author: "В указе отмечается, что …" for the
"Президент подписал указ …" of the story. The author is who the document says issued that
very document (the same noun): the subject of a verb of issuing ("подписал указ", "указ
подписал глава республики") or the one who acted "своим указом". A statement's record
("В заявлении говорится", "В публикации утверждается") with no issuer named is the
record of the statement told just before it ("Партия подтвердила уход лидера. В
заявлении говорится …"). Where nothing in the document says who issued it, the document
stays the speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import evolve

from eventkit.clause.speech_source import DOCUMENT_NOUNS
from eventkit.grammar.lexicon import ISSUING_VERBS
from eventkit.grammar.mention import Mention
from eventkit.model.events import Actor, Event, Statement
from eventkit.resolve.descriptions import author_of_a_work, work_noun
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.analysis import Sentence
from eventkit.text.morph import get_morph

# A statement's own verb issues it too: "Х сообщил … В сообщении говорится".
_TOLD_BY = {
    "сообщение": frozenset(["сообщить", "сообщать"]),
    "заявление": frozenset(["заявить", "заявлять"]),
    "обращение": frozenset(["обратиться", "обращаться"]),
}
_OWN = frozenset("своим своей своём своем своими".split())
# Records of a statement: with no issuer named, the last statement before them made them.
_STATEMENT_RECORDS = frozenset(
    "заявление сообщение коммюнике обращение публикация пресс-релиз релиз".split()
)
# How many sentences back that statement may be told.
_RECORD_REACH = 2
# How many sentences back the issuing may be told.
_REACH = 6
# ... and the statement a "сообщение" is: right before it.
_TOLD_REACH = 2


def document_author(
    actor: Actor, people: PeopleIndex, earlier: Sequence[Event] = ()
) -> Actor | None:
    """The author of the document ``actor`` names ("указ", "этот указ", "новое
    постановление"), or None when the document does not say who issued it. ``earlier``
    are the events before it, resolved."""
    noun = _document_noun(actor)
    if noun is None:
        return None
    annotated = _authors_annotation(actor, people) if noun in _ABOUT_A_WORK else None
    if annotated is not None:
        return annotated
    told = _TOLD_BY.get(noun, frozenset())
    # "документ" is any of them: "Президент подписал указ … В документе говорится"
    nouns = sorted(_ISSUED_DOCUMENTS) if noun == _ANY_DOCUMENT else [noun]
    sentences = {
        (s.index, word if word in nouns else noun): s
        for word in (*nouns, *told)
        for s in people.sentences_holding(
            word, before=actor.start, reach=_REACH if word in nouns else _TOLD_REACH
        )
    }
    for index, said in sorted(sentences, reverse=True):
        author = _issuer(sentences[index, said], said, people, before=actor.start)
        if author is not None:
            return evolve(actor, name=author.name, kind=author.kind, title=author.title)
        if noun == _ANY_DOCUMENT and _names_before(sentences[index, said], said, actor.start):
            # "документ" is the document named last: "Госдума одобрила законопроект", no
            # one issuing it, leaves it unsaid who wrote it
            return None
    return _recorded_speaker(actor, noun, people, earlier) or _outlet_writing(
        actor, noun, people, earlier
    )


# Nouns for what an outlet publishes, and the verb by which the document says it wrote.
_PUBLISHED = frozenset(["публикация", "статья"])
_WRITING = frozenset(["писать", "написать"])
# How many sentences back the outlet may have been quoted.
_WRITING_REACH = 12


def _outlet_writing(
    actor: Actor, noun: str, people: PeopleIndex, earlier: Sequence[Event]
) -> Actor | None:
    """ "В публикации говорится" after "…, пишет «Вечерний город»": the outlet the document
    quoted last as writing ("пишет", "написала") is the one whose publication it is. The
    last writer a person ("пишет в блоге Иван Петров"), a description, a law's article
    ("в статье 5") or no writer at all: None."""
    if noun not in _PUBLISHED or re.match(r"\s*\d", people.between(actor.end, actor.end + 4)):
        return None
    for event in statements_within(actor.start, people, earlier, _WRITING_REACH):
        if not get_morph().lemmas(event.trigger.text.split()[0].lower()) & _WRITING:
            continue
        speaker = event.speaker
        if speaker.kind != "ORG" or not any(c.isupper() for c in speaker.name):
            return None
        return evolve(actor, name=speaker.name, kind=speaker.kind, title=speaker.title)
    return None


def _names_before(sentence: Sentence, noun: str, before: int) -> bool:
    """Whether ``sentence`` names the document ``noun`` before ``before``."""
    return any(
        noun in lemmas and sentence.tokens[i].span.start < before
        for i, lemmas in enumerate(sentence.token_lemmas)
    )


# The noun for any document, and the documents it may stand for.
_ANY_DOCUMENT = "документ"
_ISSUED_DOCUMENTS = frozenset(
    "указ постановление распоряжение закон законопроект приказ послание письмо резолюция "
    "декларация меморандум доклад отчет документ".split()
)


# Documents that present a work: "аннотация к книге".
_ABOUT_A_WORK = frozenset(["аннотация"])
_TO_A_WORK = re.compile(r"\s+к\s+(\w+)")


def _authors_annotation(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "В аннотации к книге говорится" after "вышла книга Юлии Сырых": the work's author
    the document named by that work; with no work after the document noun, or no author
    named, None."""
    after = _TO_A_WORK.match(people.between(actor.end, actor.end + 40))
    work = work_noun(after.group(1)) if after else None
    if work is None:
        return None
    author = author_of_a_work(people, before=actor.start, works=frozenset([work]))
    if author is None:
        return None
    return evolve(actor, name=author.name, kind="PER", title=None)


def _recorded_speaker(
    actor: Actor, noun: str, people: PeopleIndex, earlier: Sequence[Event]
) -> Actor | None:
    """The named speaker of the last statement told in the sentence of the record
    ``actor`` or the two before it: whose statement "В заявлении говорится" records."""
    if noun not in _STATEMENT_RECORDS:
        return None
    for event in statements_within(actor.start, people, earlier, _RECORD_REACH):
        speaker = event.speaker
        if _document_noun(speaker) is not None:
            continue  # a record before a record: look further back
        if _pronoun(speaker):
            return None
        return evolve(actor, name=speaker.name, kind=speaker.kind, title=speaker.title)
    return None


def statements_within(
    start: int, people: PeopleIndex, earlier: Sequence[Event], reach: int
) -> Iterator[Statement]:
    """The statements told before ``start``, the latest first, in its sentence or the
    ``reach`` sentences before it."""
    here = people.sentence_number(start)
    if here is None:
        return
    for event in reversed(earlier):
        if not isinstance(event, Statement) or event.trigger.start >= start:
            continue
        there = people.sentence_number(event.trigger.start)
        if there is None or here - there > reach:
            return
        yield event


def _pronoun(actor: Actor) -> bool:
    """Whether the actor is a pronoun left unresolved ("он", "мы"): it names nobody."""
    words = actor.name.split()
    if len(words) != 1:
        return False
    parses = get_morph().parses(words[0].lower())
    return bool(parses) and "NPRO" in parses[0].tag.grammemes


def _document_noun(actor: Actor) -> str | None:
    """The lemma of the document noun an unnamed document actor ends in."""
    words = actor.name.split()
    if actor.kind != "ORG" or not words or len(words) > 3:
        return None
    # "пресс-релиз" has a hyphen
    if not all(w.replace("-", "").isalpha() and w[1:].islower() for w in words):
        return None
    parses = get_morph().parses(words[-1].lower())
    if not parses or "NOUN" not in parses[0].tag.grammemes:
        return None
    lemma = str(parses[0].normal_form)
    return lemma if lemma in DOCUMENT_NOUNS else None


def _issuer(sentence: Sentence, noun: str, people: PeopleIndex, *, before: int) -> Mention | None:
    """The one ``sentence`` says issued the document ``noun``: the only named person or
    organization in the nominative of a sentence where the document is issued ("подписал
    указ", "своим указом") or, for a statement, made ("сообщил" for "сообщение")."""
    tokens = sentence.tokens
    at = [
        i
        for i, lemmas in enumerate(sentence.token_lemmas)
        if noun in lemmas and tokens[i].span.start < before
    ]
    owner = _owner(sentence, at, people)
    if owner is not None:
        return owner
    told = _TOLD_BY.get(noun, frozenset())
    issued = (
        (bool(at) and any(lemmas & ISSUING_VERBS for lemmas in sentence.token_lemmas))
        or any(i > 0 and tokens[i - 1].value.lower() in _OWN for i in at)
        or any(
            lemmas & told and tokens[i].span.start < before
            for i, lemmas in enumerate(sentence.token_lemmas)
        )
    )
    if not issued:
        return None
    candidates = [
        m
        for m in people.in_sentence(sentence.start)
        if m.kind in ("PER", "ORG")
        and m.end <= before
        and not m.pronoun
        and not m.description
        and m.name != m.title
        and m.cases
        and "nomn" in m.cases
        and not any(m.first_token <= i <= m.last_token for i in at)
    ]
    names = {m.name for m in candidates}
    return candidates[0] if len(names) == 1 else None


def _owner(sentence: Sentence, at: Sequence[int], people: PeopleIndex) -> Mention | None:
    """ "В заявлении МВД, опубликованном в сети, говорится": a named person or organization
    in the genitive right after the document noun is whose document it is. A description
    ("в заявлении ведомства") or a pronoun names nobody yet."""
    follow = {i + 1 for i in at}
    for m in people.in_sentence(sentence.start):
        if (
            m.first_token in follow
            and m.kind in ("PER", "ORG")
            and not m.pronoun
            and not m.description
            and m.name != m.title
            and m.name[:1].isupper()
            and "gent" in m.cases
        ):
            return m
    return None
