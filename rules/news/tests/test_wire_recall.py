"""Recall on wire copy (issue 21, second round): event nouns that take their modality from
the verb of their clause, bodies that gather, speech verbs of reporting and the dash after
an unquoted question. Our own sentences, and sentences that must give nothing."""

from __future__ import annotations

import pytest
from tables import (
    assert_no_statement,
    assert_statement,
    describe,
    has_keys,
    names,
    of_type,
)

from eventkit import Extractor, Meeting, Statement

NOUN_MODALITY = [
    pytest.param("В пятницу пройдёт заседание правительства области.", "planned", id="will-pass"),
    pytest.param(
        "Решение о бюджете будет принимать съезд партии в марте.", "planned", id="will-decide"
    ),
    pytest.param(
        "Через неделю губернатор посетит саммит лидеров регионов.", "planned", id="will-visit"
    ),
    pytest.param("Встреча министров финансов не состоится.", "negated", id="will-not-happen"),
    pytest.param("Вчера прошло заседание правительства области.", "asserted", id="passed"),
    # a meeting held before what will be done after it
    pytest.param(
        "После встречи с министром Олегом Петровым губернатор посетит завод.",
        "asserted",
        id="after-the-meeting",
    ),
]


@pytest.mark.parametrize(("text", "modality"), NOUN_MODALITY)
def test_an_event_noun_takes_the_modality_of_its_verb(
    news: Extractor, text: str, modality: str
) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert len(found) == 1, describe(document)
    assert found[0].modality == modality, describe(document)


GATHERINGS = [
    pytest.param(
        "Завтра Госдума соберётся для утверждения нового министра.", ["госдума"], id="for"
    ),
    pytest.param("Совет директоров банка соберётся в понедельник.", ["совет"], id="weekday"),
    pytest.param("Городская дума соберётся на внеочередное заседание.", ["дума"], id="on"),
]
NOT_GATHERINGS = [
    pytest.param("Компания собралась с силами и выплатила долги.", id="with-strength"),
    pytest.param("Правительство собирается в отпуск.", id="imperfective-going"),
    pytest.param("Компания собралась в дорогу.", id="a-trip"),
    pytest.param("Иван Петров соберётся на рыбалку.", id="one-person"),
]


@pytest.mark.parametrize(("text", "keys"), GATHERINGS)
def test_a_body_gathers(news: Extractor, text: str, keys: list[str]) -> None:
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert isinstance(meeting, Meeting)
    assert has_keys(names(meeting.participants), keys), describe(document)


@pytest.mark.parametrize("text", NOT_GATHERINGS)
def test_no_gathering(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Meeting), describe(document)


def test_a_meeting_called_off_is_the_one_a_later_noun_means(news: Extractor) -> None:
    document = news.extract(
        "Встреча Путина и Трампа не состоится. Перенос встречи Путина и Трампа удивил экспертов."
    )
    [meeting] = of_type(document, Meeting)
    assert isinstance(meeting, Meeting)
    assert meeting.modality == "negated", describe(document)


REPORTING = [
    # verbs of summing up and quoting
    pytest.param(
        "Аналитик резюмировал: «Спрос восстановится к лету».", "аналитик", "спрос", id="sum-up"
    ),
    pytest.param(
        "Подводя итоги года, ректор подытожил, что набор вырос.", "ректор", "набор", id="wrap-up"
    ),
    pytest.param(
        "Сенатор процитировал поэта: «Поэтом можешь ты не быть».", "сенатор", "поэтом", id="cite"
    ),
    # a possibility admitted, with its clause or after its quote
    pytest.param("Глава банка допустил, что ставку снизят.", "глава банка", "ставку", id="admit"),
    pytest.param("«Сроки сдвинутся», — допустил прораб.", "прораб", "сроки", id="admit-quote"),
    pytest.param("«Игра окончена», — заключил тренер.", "тренер", "игра", id="conclude-quote"),
    # the words a verb of memory, shouting or joking gives after a colon
    pytest.param("Ветеран вспоминал: «Зима была лютой».", "ветеран", "зима", id="remember-colon"),
    pytest.param("Фанат крикнул: «Верим в победу!»", "фанат", "верим", id="shout-colon"),
    pytest.param(
        "Певица отшутилась: «Возраст мне не помеха».", "певица", "возраст", id="joke-colon"
    ),
    # a question with no quote marks, and the dash after it
    pytest.param(
        "Кто ответит за сорванные сроки? - вопрошал депутат Сидоров.",
        "сидоров",
        "кто ответит",
        id="question-dash",
    ),
    pytest.param(
        "Куда смотрела мэрия? — спросил пенсионер Карпов.",
        "карпов",
        "куда смотрела",
        id="question-dash-ask",
    ),
    # a name or a legal reading given
    pytest.param(
        "Журналисты окрестили новый мост «музыкальным».", "журналист", "новый мост", id="nickname"
    ),
    pytest.param(
        "Следователи квалифицировали поджог как хулиганство.",
        "следовател",
        "поджог",
        id="qualify",
    ),
    # attention drawn to words quoted
    pytest.param(
        "Тренер обратил внимание, что «команда устала к концу сезона».",
        "тренер",
        "команда",
        id="attention-quote",
    ),
    # an Arabic name with its particle
    pytest.param(
        "По словам аль-Рашида, переговоры продолжатся.", "рашид", "переговоры", id="particle-name"
    ),
]
NOT_REPORTING = [
    pytest.param("Бухгалтер допустил ошибку в расчётах.", id="admit-a-mistake"),
    pytest.param("Ветеран вспомнил о своей юности.", id="remember-about"),
    pytest.param("Он вспомнил, что оставил ключи дома.", id="remember-that"),
    pytest.param("Ребёнок кричал от боли всю ночь.", id="shout-in-pain"),
    pytest.param("Певица отшутилась и ушла со сцены.", id="joke-alone"),
    pytest.param("Инспектор обратил внимание на состояние дорог.", id="attention-to"),
    pytest.param("Власти обратили внимание, что цены растут.", id="attention-noticed"),
    pytest.param("Автор сравнивает реформу с революцией.", id="compare"),
    pytest.param("Он считает, что реформа провалится.", id="opinion"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), REPORTING)
def test_reporting(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize("text", NOT_REPORTING)
def test_not_reporting(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


ONE_OF = [
    pytest.param(
        "Один из депутатов заявил, что закон примут осенью.", "депутат", "закон", id="one-of"
    ),
    pytest.param(
        "Некоторые из экспертов заявили, что кризис позади.", "эксперт", "кризис", id="some-of"
    ),
    pytest.param(
        "«Мы пришли ради музыки», — сказал один из зрителей.",
        "зрител",
        "мы пришли",
        id="after-dash",
    ),
    pytest.param(
        "Кто-то из делегатов ответил: «Всё решено».", "делегат", "всё решено", id="someone-of"
    ),
    pytest.param(
        "По словам одного из советников мэра, отставка неизбежна.",
        "советник",
        "отставка",
        id="according-to-one-of",
    ),
]
NOT_ONE_OF = [
    # nobody of them spoke; one of them is spoken to
    pytest.param("Никто из депутатов не заявил о поддержке.", id="nobody-of"),
    pytest.param("Многие из депутатов пришли на заседание.", id="no-speech"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), ONE_OF)
def test_one_of_them_speaks(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize("text", NOT_ONE_OF)
def test_one_of_them_does_not_speak(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


def test_one_addressed_is_not_the_speaker(news: Extractor) -> None:
    document = news.extract("Вице-премьер сообщил одному из журналистов, что закон примут.")
    [statement] = of_type(document, Statement)
    assert isinstance(statement, Statement)
    assert "премьер" in statement.speaker.name.lower(), describe(document)


HELD_SESSIONS = [
    pytest.param(
        "Губернатор провёл совещание с главами районов.", ["губернатор", "глав"], id="with"
    ),
    pytest.param("Мэр провёл совещание по вопросам транспорта.", ["мэр"], id="alone"),
    pytest.param(
        "Полпред должен был провести сразу три выездных совещания.", ["полпред"], id="numbered"
    ),
]
NOT_HELD_SESSIONS = [
    # a court's session is a hearing
    pytest.param("Судья провёл заседание без присяжных.", id="court"),
    pytest.param("Мэр провёл выходные на даче.", id="weekend"),
]


@pytest.mark.parametrize(("text", "keys"), HELD_SESSIONS)
def test_a_session_held(news: Extractor, text: str, keys: list[str]) -> None:
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert isinstance(meeting, Meeting)
    assert has_keys(names(meeting.participants), keys), describe(document)


@pytest.mark.parametrize("text", NOT_HELD_SESSIONS)
def test_no_session_held(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Meeting), describe(document)


def test_the_first_verb_after_the_dash_says_it(news: Extractor) -> None:
    # "МОК" reads as a past tense of "мокнуть": a capitalized word is no verb of speech
    document = news.extract(
        "«Проба оказалась положительной», – переводит заявление МОК британская газета."
    )
    triggers = [s.trigger.text for s in of_type(document, Statement)]
    assert "переводит" in triggers, describe(document)
    assert "МОК" not in triggers, describe(document)
