"""Names and titles (round seven of the actor grammar).

A capitalized word after a first name is its surname even where the dictionary reads it as
a verb ("Том Бей", not "бить"); the compound names of supervising agencies
("Ростехнадзор") are organizations, not surnames; a title's genitive complements may be
joined by "и" ("министр науки и технологий"), never its head ("музеев и залов" are two);
after the place of an office, a capitalized common noun in the name's case is the first
name ("мэра Берлина Садика Бейга"); an abbreviation's name ends where a genitive
description of a person begins ("цитирует ТАСС белорусского лидера"); a titled name
with an apposition after it is one mention ("сенатор Джейсон Миллс, член комитета,"),
not the title's first name and a surname with the apposition.

Our own sentences; rows that must stay as they are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in found_mentions(text) if m.kind == "PER" and not m.pronoun]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in found_mentions(text)]


SURNAME_READ_AS_A_VERB = [
    pytest.param(
        "Глава казначейства Том Бей заявил, что долг будет сокращён.",
        "Том Бей",
        id="short-surname-a-verb-form",
    ),
    pytest.param(
        "Вчера судья Альфонс Пою сообщил, что слушания отложены.",
        "Альфонс Пою",
        id="surname-a-verb-of-singing",
    ),
    # the verb after a first name is written small: it stays the verb
    pytest.param(
        "Как сообщил Иван, поют все.",
        "Иван",
        id="small-verb-after-a-name-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SURNAME_READ_AS_A_VERB)
def test_surname_read_as_a_verb(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


SUPERVISING_AGENCIES = [
    pytest.param(
        "Ростехнадзор заявил, что проверка шахты закончена.",
        [("Ростехнадзор", "ORG")],
        id="agency-alone",
    ),
    pytest.param(
        "Руководитель Ространснадзора Виктор Басов заявил, что рейсы возобновят.",
        [("Руководитель Ространснадзора Виктор Басов", "PER")],
        id="agency-in-a-title",
    ),
    # an unknown surname the dictionary guesses like an organization stays a person
    pytest.param(
        "Тренер Макгирт заявил, что бой остановят.",
        [("Тренер Макгирт", "PER")],
        id="unknown-surname-stays-a-person",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), SUPERVISING_AGENCIES)
def test_supervising_agencies(text: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(text)[: len(kinds)] == kinds


COORDINATED_GENITIVES = [
    pytest.param(
        "Министр науки и технологий страны Пабло Рамос заявил, что план утверждён.",
        [("Пабло Рамос", "министр науки и технологий страны")],
        id="title-with-two-genitives",
    ),
    pytest.param(
        "Директор департамента культуры и массовых коммуникаций Ольга Лисова заявила, что "
        "театр откроют.",
        [("Ольга Лисова", "директор департамента культуры и массовых коммуникаций")],
        id="adjective-in-the-second-genitive",
    ),
    # two people joined by "и" stay two
    pytest.param(
        "Встреча министра обороны и министра финансов прошла в Минске.",
        [("министр обороны", "министр обороны"), ("министр финансов", "министр финансов")],
        id="two-titles-stay-two",
    ),
    pytest.param(
        "Директор школы и учителя заявили, что ремонт закончен.",
        [("директор школы", "директор школы"), ("учитель", None)],
        id="title-and-people-stay-two",
    ),
]


@pytest.mark.parametrize(("text", "people"), COORDINATED_GENITIVES)
def test_coordinated_genitives(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


def test_head_joins_no_genitive() -> None:
    # "музеев и залов": a genitive joins the one of a complement, not the head's own
    found = found_mentions("Предложение музеев и залов поддержали.")
    assert [m.text for m in found if m.kind == "ORG"] == ["музеев"]


FIRST_NAME_AFTER_A_PLACE = [
    pytest.param(
        "Проект ждёт одобрения мэра Берлина Садика Бейга, сообщил Иван Петров.",
        ("Садик", "мэр Берлина"),
        id="first-name-a-common-noun",
    ),
    # a first name the dictionary knows: as before
    pytest.param(
        "Проект ждёт одобрения мэра Берлина Пола Смита, сообщил Иван Петров.",
        ("Пол Смит", "мэр Берлина"),
        id="known-first-name-unchanged",
    ),
    pytest.param(
        "Мэр Рима Роберто Гуальтьери заявил, что метро откроют.",
        ("Роберто Гуальтьери", "мэр Рима"),
        id="dictionary-first-name-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "person"), FIRST_NAME_AFTER_A_PLACE)
def test_first_name_after_a_place(text: str, person: tuple[str, str]) -> None:
    name, title = person
    found = _people(text)[0]
    assert found[0].startswith(name)
    assert found[1] == title


DESCRIPTION_AFTER_AN_ABBREVIATION = [
    pytest.param(
        "Как цитирует ТАСС белорусского лидера, встреча пройдёт в мае.",
        [("ТАСС", "ORG"), ("белорусского лидера", "PER")],
        id="leader-after-an-outlet",
    ),
    pytest.param(
        "Как цитирует РИА бывшего министра, переговоры продолжатся.",
        [("РИА", "ORG"), ("бывшего министра", "PER")],
        id="title-with-adjective",
    ),
    # a place or an organization after an abbreviation is its name's part
    pytest.param(
        "МИД Казахстана заявил, что встреча пройдёт в мае.",
        [("МИД Казахстана", "ORG")],
        id="place-stays-in-the-name",
    ),
    pytest.param(
        "ЦИК республики подтвердил итоги.",
        [("ЦИК республики", "ORG")],
        id="common-noun-stays-in-the-name",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), DESCRIPTION_AFTER_AN_ABBREVIATION)
def test_description_after_an_abbreviation(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [k for k in _kinds(text) if k[1] in ("ORG", "PER")] == kinds


def test_outlet_quoting_a_leader_is_the_speaker(extractor: Extractor) -> None:
    text = "Как цитирует ТАСС белорусского лидера, встреча пройдёт в мае."
    assert speakers(extractor, text) == ["ТАСС"]


TITLED_NAME_WITH_AN_APPOSITION = [
    pytest.param(
        "Как заявил газете «Вести» сенатор Джейсон Миллс, член комитета по обороне, закон "
        "примут осенью.",
        "Джейсон Миллс",
        id="title-name-and-apposition",
    ),
    pytest.param(
        "Депутат Марк Шуллер, глава фракции, сообщил, что голосование перенесли.",
        "Марк Шуллер",
        id="apposition-before-the-verb",
    ),
    # a name with an apposition and no title before it: as before
    pytest.param(
        "Марк Шуллер, глава фракции, сообщил, что голосование перенесли.",
        "Марк Шуллер",
        id="apposition-without-a-title",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED_NAME_WITH_AN_APPOSITION)
def test_titled_name_with_an_apposition(text: str, speaker: str) -> None:
    assert [name for name, _ in _people(text)] == [speaker]
