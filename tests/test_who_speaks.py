"""Who speaks, exactly: a representative named by whose representative they are, a
possessive before a title, a title whose complement is in Latin letters, an outlet whose
name opens with a word the dictionary knows as a first name. Our own sentences; rows that
must stay unresolved or keep a name as the actor are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in found_mentions(text)]


MENTIONS = [
    # after a relational title and its complement, one word in no case a holder's name
    # can be in is whose party or president: the representative is the actor
    pytest.param(
        "Вчера представитель движения Нкомо выступил с речью.",
        [("представитель движения Нкомо", "представитель движения Нкомо")],
        id="whose-party-representative",
    ),
    pytest.param(
        "Советник президента Обамы рассказал о планах.",
        [("советник президента Обамы", "советник президента Обамы")],
        id="whose-governor-adviser",
    ),
    # ... but a name that can be a nominative is the holder ("Сидорова" may be a woman)
    pytest.param(
        "Советник губернатора Сидорова рассказала о планах.",
        [("Сидорова", "советник губернатора")],
        id="holder-whose-surname-may-be-a-genitive",
    ),
    pytest.param(
        "Советник губернатора Иван Сидоров рассказал о планах.",
        [("Иван Сидоров", "советник губернатора")],
        id="holder-with-first-name",
    ),
    pytest.param(
        "Встреча с советником губернатора Сидоровым прошла вчера.",
        [("Сидоров", "советник губернатора")],
        id="holder-in-the-titles-case",
    ),
    # a name in Latin letters completes a title
    pytest.param(
        "Пресс-секретарь NDM-KA Анна Орлова ответила на вопросы.",
        [("Анна Орлова", "пресс-секретарь NDM-KA")],
        id="latin-complement-then-name",
    ),
    pytest.param(
        "Неназванный представитель NDM-KA опроверг слухи.",
        [("неназванный представитель NDM-KA", "неназванный представитель NDM-KA")],
        id="latin-complement-no-name",
    ),
    # an outlet whose name opens with a first name's word; a real name stays a person
    pytest.param(
        "Новость передало агентство Франс Пресс.",
        [("агентство Франс Пресс", None)],
        id="outlet-opening-with-a-first-name",
    ),
    pytest.param(
        "Об этом рассказал агентству Олег Смирнов.",
        [("агентство", None), ("Олег Смирнов", None)],
        id="outlet-then-a-person",
    ),
    # a number opens an outlet's name, glued to its word or not
    pytest.param(
        "Об этом сообщает газета 5Неделя.",
        [("газета 5Неделя", None)],
        id="outlet-name-with-a-glued-number",
    ),
    pytest.param(
        "Об этом сообщает журнал 9 Звёзд.",
        [("журнал 9 Звёзд", None)],
        id="outlet-name-with-a-number",
    ),
    # ... but a date after the outlet's noun is no name
    pytest.param(
        "Об этом сообщила газета 12 Июня.",
        [("газета", None)],
        id="outlet-then-a-date",
    ),
]


@pytest.mark.parametrize(("text", "found"), MENTIONS)
def test_mentions(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _mentions(text) == found


def test_a_possessive_is_no_subject() -> None:
    """ "его" before a title is whose trainer, in no nominative: never the subject."""
    text = "Об этом рассказал его бывший тренер Олег Смирнов."
    pronoun = next(m for m in found_mentions(text) if m.pronoun)
    assert not pronoun.can_be_subject
    text = "Он рассказал об этом."
    pronoun = next(m for m in found_mentions(text) if m.pronoun)
    assert pronoun.can_be_subject


SPEAKERS = [
    pytest.param(
        "Об этом рассказал его бывший тренер Олег Смирнов: «Он всегда много работал».",
        "Олег Смирнов",
        id="possessive-before-a-title",
    ),
    # a noun only a woman is called makes the person a woman, whatever gender the
    # dictionary gives her first name, so the feminine verb finds her
    pytest.param(
        "Певица скончалась вчера. Об этом сообщила её крестница Габриэль Лоран.",
        "Габриэль Лоран",
        id="a-woman-by-her-title",
    ),
    # the representative stays a description: nobody in the text is named so
    pytest.param(
        "Лидер оппозиции Джозеф Нкомо проиграл выборы. В ответ представитель партии Нкомо "
        "назвал выборы подлогом.",
        "представитель партии Нкомо",
        id="representative-stays-unresolved",
    ),
    pytest.param(
        "Высокопоставленный представитель NDM-KA заявил о скором запуске.",
        "высокопоставленный представитель NDM-KA",
        id="representative-of-a-latin-name",
    ),
    # a source with the outlet it told: the outlet is not whose source it is
    pytest.param(
        "«Министр подал в отставку», — сообщил источник агентства Франс Пресс.",
        "источник агентства Франс Пресс",
        id="source-of-an-outlet",
    ),
    pytest.param(
        "По информации агентства Франс Пресс, министр подал в отставку.",
        "агентство Франс Пресс",
        id="outlet-as-source",
    ),
    # "цитирует ТАСС Лукашенко": the outlet that quotes, then the quoted, who speaks
    pytest.param(
        "«Нас никто не запугает», — цитирует ТАСС Ивана Соколова.",
        "Иван Соколов",
        id="quoted-after-the-outlet",
    ),
    pytest.param(
        "«Нас никто не запугает», — цитирует газета «Вечер» министра обороны Ивана Соколова.",
        "Иван Соколов",
        id="quoted-with-his-title-after-the-outlet",
    ),
    # ... read in the accusative the verb governs ("Александра" is also a woman's name)
    pytest.param(
        "«Нас никто не запугает», — цитирует ТАСС Александра Ведяхина.",
        "Александр Ведяхин",
        id="quoted-in-the-accusative",
    ),
    # ... the quoted first, the outlet after
    pytest.param(
        "«Нас никто не запугает», — цитирует Ивана Соколова газета «Вечер».",
        "Иван Соколов",
        id="quoted-before-the-outlet",
    ),
    # a name after the medium a preposition governs is where the words were posted
    pytest.param(
        "Вчера певица в своём аккаунте в соцсети Weibo заявила, что уходит со сцены.",
        "певица",
        id="a-medium-after-in-a-network",
    ),
    pytest.param(
        "Вчера футболист на платформе YouTube сообщил, что завершает карьеру.",
        "футболист",
        id="a-medium-on-a-platform",
    ),
    # ... but a company after a word of time is a subject
    pytest.param(
        "В среду Google заявила, что закрывает сервис.",
        "Google",
        id="a-company-after-a-time-word",
    ),
    pytest.param(
        "Сервис YouTube сообщил, что меняет правила.",
        "YouTube",
        id="a-medium-as-the-subject",
    ),
    # "на странице X в LinkedIn": the page's owner speaks, not the medium it is in
    pytest.param(
        "В блоге Ивана Смирнова в Telegram говорится, что он уехал из страны.",
        "Иван Смирнов",
        id="the-owner-of-a-page-in-a-medium",
    ),
    # ... with no owner, the medium stays
    pytest.param(
        "На сайте в Telegram говорится, что он уехал из страны.",
        "Telegram",
        id="a-medium-with-no-owner-stays",
    ),
    # the outlet quotes nobody named: it stays the speaker
    pytest.param(
        "«Нас никто не запугает», — цитирует газета «Вечер».",
        "газета «Вечер»",
        id="an-outlet-alone-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]
