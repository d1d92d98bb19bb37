"""Who, exactly (round seven): a first name with a patronymic stands for the full name the
document gave before ("Олег Петрович" -> "Олег Петрович Сомов"); the past-tense verb after a
name tells a later pronoun the person's gender; a capitalized adjective with its genitive
noun belongs to the title before a name ("прокурор Гродского района"); an organization's
noun keeps the plural its verb shows ("Власти заявили"), and bare authorities are those of
the one place named just before. Our own sentences; rows that must stay as written or
unresolved are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor, Statement

FIRST_NAME_AND_PATRONYMIC = [
    pytest.param(
        "Вчера Олега Петровича Сомова выписали из больницы. Вечером Олег Петрович "
        "рассказал, что чувствует себя хорошо.",
        "рассказал",
        "Олег Петрович Сомов",
        id="full-name-before-in-genitive",
    ),
    pytest.param(
        "Директор школы Анна Ивановна Котова открыла музей. По словам Анны Ивановны, "
        "музей будет работать каждый день.",
        "По словам",
        "Анна Ивановна Котова",
        id="according-to-first-name-and-patronymic",
    ),
    # another patronymic is another person: the words stay as written
    pytest.param(
        "Олег Петрович Сомов открыл выставку. Олег Иванович рассказал, что выставка "
        "продлится месяц.",
        "рассказал",
        "Олег Иванович",
        id="other-patronymic-stays",
    ),
    # two people with the same first name and patronymic: no guess
    pytest.param(
        "Олег Петрович Сомов и Олег Петрович Ланин открыли выставку. Олег Петрович "
        "рассказал, что выставка продлится месяц.",
        "рассказал",
        "Олег Петрович",
        id="two-candidates-stay",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), FIRST_NAME_AND_PATRONYMIC)
def test_first_name_and_patronymic(
    extractor: Extractor, text: str, trigger: str, speaker: str
) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


PAST_VERB_GENDER = [
    # a foreign first name the dictionary does not know: the verb after the name tells
    pytest.param(
        "Министр Кэтлин Морт провела совещание штаба. После совещания она заявила, что план готов.",
        "Кэтлин Морт",
        id="feminine-verb-after-foreign-name",
    ),
    pytest.param(
        "Вчера Кэтлин Морт открыла выставку в музее. Вечером она заявила, что выставка "
        "продлится месяц.",
        "Кэтлин Морт",
        id="feminine-verb-without-event",
    ),
    # a masculine verb after the name: "она" does not point to him
    pytest.param(
        "Вчера Эрнест Морт открыл выставку в музее. Вечером она заявила, что выставка "
        "продлится месяц.",
        "она",
        id="masculine-verb-stays-unresolved",
    ),
    # a masculine description after a woman the verb shows: she is not the one meant
    pytest.param(
        "Вчера Кэтлин Морт получила письмо с угрозами. Злоумышленник заявил, что знает её адрес.",
        "злоумышленник",
        id="masculine-description-not-the-woman",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PAST_VERB_GENDER)
def test_past_verb_gives_the_gender(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("заявила", "заявил")) == [speaker]


TITLE_WITH_A_NAMED_PLACE = [
    pytest.param(
        "Дело передано в суд, - сообщил Прокурор Гродского района Пётр Вакулин.",
        "сообщил",
        ("Пётр Вакулин", "прокурор Гродского района"),
        id="capitalized-title-after-a-dash",
    ),
    pytest.param(
        "Прокурор Дзержинского района Олег Сомов заявил, что дело передано в суд.",
        "заявил",
        ("Олег Сомов", "прокурор Дзержинского района"),
        id="district-adjective-before-name",
    ),
    pytest.param(
        "Губернатор Тверской области Олег Сомов заявил, что дело передано в суд.",
        "заявил",
        ("Олег Сомов", "губернатор Тверской области"),
        id="region-adjective-before-name",
    ),
    # a surname in the genitive before a verb stays the owner of the description
    pytest.param(
        "Адвокат Ковальского заявил, что дело передано в суд.",
        "заявил",
        ("адвокат Ковальского", "адвокат Ковальского"),
        id="surname-in-genitive-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TITLE_WITH_A_NAMED_PLACE)
def test_title_with_a_named_place(
    extractor: Extractor, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    found = [
        (e.speaker.name, e.speaker.title)
        for e in extractor.extract(text).events
        if isinstance(e, Statement) and e.trigger.text == trigger
    ]
    assert found == [expected]


AUTHORITIES = [
    # the one state named just before: its authorities
    pytest.param(
        "Вчера в Вильнюсе прошёл митинг, сообщила полиция Литвы.\n\nВласти назвали митинг "
        "незаконным.",
        "назвали",
        "Власти Литвы",
        id="bare-authorities-of-the-state-named-before",
    ),
    # no state named: the authorities stay, in the plural the verb tells
    pytest.param(
        "Власти заявили, что опасности нет.",
        "заявили",
        "Власти",
        id="bare-authorities-stay-plural",
    ),
    pytest.param(
        "Местные власти заявили, что опасности нет.",
        "заявили",
        "Местные власти",
        id="local-authorities-stay-plural",
    ),
    # two states named: no guess
    pytest.param(
        "Польша и Литва подписали договор. Власти заявили, что договор выгоден.",
        "заявили",
        "Власти",
        id="two-states-no-guess",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), AUTHORITIES)
def test_authorities(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]
