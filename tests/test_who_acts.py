"""Who acts, exactly: the clause-level choices that decide which mention of a sentence is a
verb's subject. Our own sentences; rows where the reading must not change are in the same
tables."""

from __future__ import annotations

import pytest

from eventkit import Extractor
from eventkit.text.morph import get_morph


def _actors(extractor: Extractor, text: str, trigger: str) -> list[list[str]]:
    return [
        [a.name for a in event.actors()]
        for event in extractor.extract(text).events
        if event.trigger.text == trigger
    ]


RELATIVE = [
    # a singular "который" stands for the one mention before its comma
    pytest.param(
        "Программист и автор книги Анна Белова, которая заявила, что уходит, не пришла.",
        "заявила",
        [["Анна Белова"]],
        id="singular-which-after-two-titles",
    ),
    pytest.param(
        "Иван Петров и Олег Смирнов, который заявил, что уходит, не пришли.",
        "заявил",
        [["Олег Смирнов"]],
        id="singular-which-after-two-names",
    ),
    pytest.param(
        "Профессор и советник министра Анна Белова, которая встретилась вчера с Иваном "
        "Петровым, ушла.",
        "встретилась",
        [["Анна Белова", "Иван Петров"]],
        id="singular-which-meeting",
    ),
    # a plural "которые" still stands for the whole list
    pytest.param(
        "Иван Петров и Олег Смирнов, которые встретились вчера в Москве, обсудили поставки.",
        "встретились",
        [["Иван Петров", "Олег Смирнов"]],
        id="plural-which-keeps-the-list",
    ),
]

GERUND = [
    # the subject, a gerund phrase between commas, then the verb: no content before it
    pytest.param(
        "Директор завода Иван Орлов, выступая перед рабочими, пообещал повысить зарплаты.",
        "пообещал",
        [["Иван Орлов"]],
        id="subject-gerund-verb",
    ),
    pytest.param(
        "Главный режиссёр театра Олег Рябов, отвечая на вопросы зрителей (спектакль "
        "ставят в «Современнике»), анонсировал пять премьер.",
        "анонсировал",
        [["Олег Рябов"]],
        id="subject-gerund-brackets-numeral-object",
    ),
    # a clause with a finite verb before the comma is the content, the speaker follows
    pytest.param(
        "Завод закроется, выступая перед рабочими, сказал Иван Орлов.",
        "сказал",
        [["Иван Орлов"]],
        id="content-then-gerund-then-verb",
    ),
    pytest.param(
        "«Завод не закроется», — сказал директор Иван Орлов.",
        "сказал",
        [["Иван Орлов"]],
        id="quote-dash-verb",
    ),
]

INVERTED = [
    # an object (or an object's genitive) before the verb, the nominative subject after it
    pytest.param(
        "Петра Иванова поздравил его учитель Олег Смирнов.",
        "поздравил",
        [["Олег Смирнов"]],
        id="object-verb-possessive-subject",
    ),
    # a gerund opening the sentence has its subject after it and its object after itself
    pytest.param(
        "Предложив соседу купить машину и получив отказ, Олег Смирнов уехал домой.",
        "Предложив",
        [["Олег Смирнов"]],
        id="sentence-opening-gerund-subject-after",
    ),
    pytest.param(
        "Сообщение Петра Иванова подтвердил его адвокат Олег Смирнов.",
        "подтвердил",
        [["Олег Смирнов"]],
        id="object-with-genitive-verb-subject",
    ),
    pytest.param(
        "Петрова поблагодарил за помощь Иван Смирнов.",
        "поблагодарил",
        [["Иван Смирнов"]],
        id="object-verb-adverbial-subject",
    ),
    # the subject before the verb stays: what follows is an accusative
    pytest.param(
        "Иван Петров поздравил учителя Олега Смирнова с победой.",
        "поздравил",
        [["Иван Петров"]],
        id="subject-verb-object",
    ),
    pytest.param(
        "Смирнова поздравила вчера Олега Петрова с победой.",
        "поздравила",
        [["Смирнова"]],
        id="ambiguous-subject-verb-object",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), RELATIVE + GERUND + INVERTED)
def test_subject(extractor: Extractor, text: str, trigger: str, expected: list[list[str]]) -> None:
    assert _actors(extractor, text, trigger) == expected


FIRST_PERSON = [
    # "я" in someone's quoted words is the one quoted
    pytest.param(
        "«Сколько раз я говорил, что игра не окончена», — сказал тренер Иван Петров.",
        "говорил",
        [["Иван Петров"]],
        id="i-in-the-quote-before-the-verb",
    ),
    pytest.param(
        "Анна Белова рассказала: «Вчера я встретилась с министром Олегом Смирновым».",
        "встретилась",
        [["Анна Белова", "Олег Смирнов"]],
        id="i-in-the-quote-after-the-colon",
    ),
    pytest.param(
        "Анна Белова рассказала: «Вчера я встретилась с Олегом Смирновым».",
        "встретилась",
        [["Анна Белова", "Олег Смирнов"]],
        id="i-in-a-short-quote-ending-with-a-name",
    ),
    pytest.param(
        "Тренер сборной Иван Петров сказал после матча:\n"
        "Было трудно. Сколько раз я говорил, что победы нет до последнего укола.",
        "говорил",
        [["Иван Петров"]],
        id="i-in-the-paragraph-after-the-colon",
    ),
    # an "я" nobody is quoted for names nobody: it leaves the event, or the event goes
    pytest.param(
        "«Я говорил, что игра не окончена».",
        "говорил",
        [],
        id="i-quoted-for-nobody",
    ),
    pytest.param(
        "Вчера я встретился с Олегом Смирновым.",
        "встретился",
        [["Олег Смирнов"]],
        id="i-in-the-narrative-leaves-the-meeting",
    ),
    pytest.param(
        "Иван Петров сказал, что я ошибаюсь.",
        "сказал",
        [["Иван Петров"]],
        id="i-in-indirect-speech-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FIRST_PERSON)
def test_first_person(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _actors(extractor, text, trigger) == expected


def test_first_person_never_left_as_an_actor(extractor: Extractor) -> None:
    """No event of a text full of unquoted "я" has "я" (or "мне") for an actor."""
    text = (
        "Я встретился с Олегом Смирновым. Мне позвонил Иван Петров. "
        "«Я заявил, что уйду», — написал блогер."
    )
    names = {a.name.lower() for e in extractor.extract(text).events for a in e.actors()}
    assert not names & {"я", "мне", "меня", "мной"}


COUNTERPART = [
    # "визави" alone: the one of a meeting of two who did not speak last
    pytest.param(
        "Губернатор Андрей Воробьёв встретился с президентом Владимиром Путиным. Президент "
        "сообщил губернатору о новом назначении. В ответ визави подтвердил согласие: "
        "«Спасибо за доверие».",
        "подтвердил",
        [["Андрей Воробьёв"]],
        id="counterpart-of-the-last-speaker",
    ),
    pytest.param(
        "Министр Олег Смирнов встретился с послом Иваном Петровым. Посол заявил, что "
        "переговоры продолжатся. Его собеседник сказал, что согласен.",
        "сказал",
        [["Олег Смирнов"]],
        id="interlocutor-of-the-last-speaker",
    ),
    # no one spoke before: nobody to tell which of the two is meant
    pytest.param(
        "Губернатор Андрей Воробьёв встретился с президентом Владимиром Путиным. В ответ "
        "визави подтвердил согласие: «Спасибо за доверие».",
        "подтвердил",
        [["визави"]],
        id="counterpart-with-no-speaker-stays",
    ),
    # an outlet's "собеседник" is whom the outlet spoke to, not a meeting's participant
    pytest.param(
        "Министр Олег Смирнов встретился с послом Иваном Петровым. Посол заявил, что "
        "переговоры продолжатся. Собеседник агентства сказал, что сделка близка.",
        "сказал",
        [["собеседник агентства"]],
        id="outlets-interlocutor-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTERPART)
def test_counterpart(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _actors(extractor, text, trigger) == expected


FAMILY = [
    # first names joined before a plural surname are one family group
    pytest.param(
        "В заявлении Вера и Илья Смирновы выражают протест против решения суда.",
        "выражают протест",
        [["Вера и Илья Смирновы"]],
        id="first-names-and-a-plural-surname",
    ),
    pytest.param(
        "Вчера адвокат Олег Петров встретился с Анной и Петром Смирновыми.",
        "встретился",
        [["Олег Петров", "Анна и Пётр Смирновы"]],
        id="family-group-in-the-instrumental",
    ),
    # a singular surname is the second person's: two people
    pytest.param(
        "Вчера адвокат Олег Петров встретился с Анной и Петром Ивановым.",
        "встретился",
        [["Олег Петров", "Анна", "Пётр Иванов"]],
        id="singular-surname-two-people",
    ),
    # "дети X" is the group of X's family the document names
    pytest.param(
        "Дети журналистки Анны Смирновой заявили, что не придут в суд. В заявлении Вера "
        "и Илья Смирновы выражают протест против решения.",
        "заявили",
        [["Вера и Илья Смирновы"]],
        id="children-of-a-named-family",
    ),
    # ... and stays "дети" where no group of that family is named
    pytest.param(
        "Дети журналистки Анны Смирновой заявили, что не придут в суд. Вера и Илья "
        "Петровы выражают протест против решения.",
        "заявили",
        [["дети журналистки"]],
        id="children-of-another-family-stay",
    ),
    pytest.param(
        "Дети заявили, что не придут в суд. Вера и Илья Петровы выражают протест.",
        "заявили",
        [["дети"]],
        id="children-of-nobody-named-stay",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FAMILY)
def test_family(extractor: Extractor, text: str, trigger: str, expected: list[list[str]]) -> None:
    assert _actors(extractor, text, trigger) == expected


def test_a_headline_by_the_same_words_is_a_repeat(extractor: Extractor) -> None:
    """The headline's "дети журналистки" event is the story's, whose actor the story
    resolved to the children's names."""
    text = (
        "Дети журналистки заявляют о давлении\n"
        "Дети журналистки Анны Смирновой заявили о давлении на семью. В заявлении Вера и "
        "Илья Смирновы выражают протест против решения суда."
    )
    statements = [e for e in extractor.extract(text).events if e.type == "Statement"]
    assert [e.trigger.text for e in statements] == ["заявили", "выражают протест"]


DOCUMENT_OWNER = [
    # a capitalized genitive after the document noun is whose document it is
    pytest.param(
        "Об этом говорится в сообщении Зимнего дворца.",
        "говорится",
        [["Зимний дворец"]],
        id="genitive-owner-not-in-the-lexicon",
    ),
    # a surname after the document noun is a genitive, so the man's name
    pytest.param(
        "В заявлении Петрова говорится, что переговоры продолжатся.",
        "говорится",
        [["Петров"]],
        id="owner-surname-in-the-genitive",
    ),
    pytest.param(
        "В заявлении Анны Смирновой говорится, что переговоры продолжатся.",
        "говорится",
        [["Анна Смирнова"]],
        id="owner-full-name",
    ),
    # a small-letter word after the document is no owner: the document stays
    pytest.param(
        "В сообщении прямо говорится, что переговоры продолжатся.",
        "говорится",
        [["сообщение"]],
        id="no-owner-the-document-speaks",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DOCUMENT_OWNER)
def test_document_owner(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _actors(extractor, text, trigger) == expected


@pytest.mark.parametrize(
    ("words", "nominative"),
    [
        pytest.param(["Зимнего", "дворца"], "Зимний дворец", id="masculine-head"),
        pytest.param(["Первого", "канала"], "Первый канал", id="masculine-head-2"),
        pytest.param(["Нового", "времени"], "Новое время", id="neuter-head"),
        pytest.param(["Государственной", "думы"], "Государственная дума", id="feminine-head"),
    ],
)
def test_genitive_phrase_agrees_with_its_head(words: list[str], nominative: str) -> None:
    """An adjective whose genitive is both masculine and neuter takes the head's gender."""
    assert " ".join(get_morph().phrase_nominative(words, 1, case="gent")) == nominative


OFFICE = [
    # "глава кабинета" is the prime minister the document named
    pytest.param(
        "Премьер-министр Марио Росси подал прошение об отставке. Эти вопросы глава кабинета "
        "обсудил с президентом Карло Бьянки.",
        "обсудил",
        [["Марио Росси", "Карло Бьянки"]],
        id="head-of-cabinet-is-the-prime-minister",
    ),
    # ... and stays a title where no prime minister is named
    pytest.param(
        "Министр Марио Росси подал прошение об отставке. Эти вопросы глава кабинета "
        "обсудил с президентом Карло Бьянки.",
        "обсудил",
        [["глава кабинета", "Карло Бьянки"]],
        id="head-of-cabinet-unnamed-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OFFICE)
def test_office(extractor: Extractor, text: str, trigger: str, expected: list[list[str]]) -> None:
    assert _actors(extractor, text, trigger) == expected


SIDES = [
    # with no meeting before them, "стороны" are the two the sentence sets apart
    pytest.param(
        "Суд рассмотрит иск компании Vostok против Петрова в мае, если стороны до этого не "
        "придут к соглашению.",
        "придут к соглашению",
        [["компания Vostok", "Петров"]],
        id="sides-of-a-claim",
    ),
    pytest.param(
        "Суд рассмотрит спор между Газпромом и Нафтогазом, если стороны не договорятся.",
        "договорятся",
        [["Газпром", "Нафтогаз"]],
        id="sides-of-a-dispute",
    ),
    # a meeting before them still tells who they are
    pytest.param(
        "Иван Петров встретился с Олегом Смирновым. Стороны договорились о поставках.",
        "договорились",
        [["Иван Петров", "Олег Смирнов"]],
        id="sides-of-a-meeting",
    ),
    # nobody set apart, no meeting: "стороны" stay
    pytest.param(
        "Стороны договорились о перемирии.",
        "договорились",
        [["Стороны"]],
        id="sides-unnamed-stay",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SIDES)
def test_sides(extractor: Extractor, text: str, trigger: str, expected: list[list[str]]) -> None:
    assert _actors(extractor, text, trigger) == expected


GENITIVE_IN_A_PHRASE = [
    # an organization after a noun a preposition governs is that noun's genitive
    pytest.param(
        "Утром, по данным ОВД-Инфо, в центре задержали 40 человек, многие рассказывали о побоях.",
        "рассказывали",
        [],
        id="org-in-a-source-phrase-is-no-subject",
    ),
    pytest.param(
        "Вчера на вахте академии висело объявление о переносе занятий.",
        "объявление",
        [],
        id="org-in-a-place-phrase-is-no-subject",
    ),
    # an organization right after a preposition's noun in the nominative is still one
    pytest.param(
        "На заседании правительства министерство сообщило, что бюджет принят.",
        "сообщило",
        [["министерство"]],
        id="nominative-org-after-a-phrase",
    ),
    # a common noun with a genitive reading that agrees with the singular verb is its subject
    pytest.param(
        "В мае пара объявила, что ждёт второго ребёнка.",
        "объявила",
        [["пара"]],
        id="agreeing-group-noun-after-a-time-phrase",
    ),
    pytest.param(
        "Охранник на вахте академии заявил, что никого не пустит.",
        "заявил",
        [["охранник"]],
        id="disagreeing-org-after-a-phrase-stays-a-genitive",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), GENITIVE_IN_A_PHRASE)
def test_genitive_in_a_phrase(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _actors(extractor, text, trigger) == expected
