"""Agency copy (issue 21): what a newcomer wrote first, datelines in wire formats, and
relative dates against the date the copy was filed."""

from __future__ import annotations

import pytest
from tables import describe, has_keys, names, of_type

from eventkit import Agreement, Extractor, Meeting


def test_a_place_between_the_verb_and_its_object(news: Extractor) -> None:
    document = news.extract("«Газпром» и CNPC подписали в Пекине соглашение о поставках газа.")
    [agreement] = of_type(document, Agreement)
    assert isinstance(agreement, Agreement)
    assert has_keys(names(agreement.parties), ["газпром", "cnpc"]), describe(document)
    assert agreement.status == "signed"
    assert agreement.place is not None
    assert agreement.place.name == "Пекин"


def test_the_object_first_and_its_signers_after_the_verb(news: Extractor) -> None:
    document = news.extract(
        "Документ подписали глава «Газпрома» Алексей Миллер и председатель CNPC Ван Илинь."
    )
    [agreement] = of_type(document, Agreement)
    assert isinstance(agreement, Agreement)
    assert has_keys(names(agreement.parties), ["миллер", "илинь"]), describe(document)


def test_a_dateline_and_a_weekday(news: Extractor) -> None:
    document = news.extract(
        "Москва, 3 октября. Президент России Владимир Путин в четверг провел переговоры с "
        "премьер-министром Индии Нарендрой Моди."
    )
    [meeting] = of_type(document, Meeting)
    assert has_keys(names(meeting.participants), ["путин", "моди"]), describe(document)
    assert meeting.place is not None
    assert meeting.place.name == "Москва"
    # the dateline gives no year: the weekday is the date, its day cannot be told
    assert meeting.date is not None
    assert meeting.date.text == "в четверг"


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        pytest.param(
            "МОСКВА, 3 октября 2019 г. /корр. ИТАР-ТАСС/. Министр Олег Петров в четверг "
            "встретился с послом Иваном Смирновым.",
            "2019-10-03",
            "Москва",
            id="upper-case-place-weekday-that-day",
        ),
        pytest.param(
            "КАЗАНЬ, 10 октября 2019 г. /корр. ИТАР-ТАСС/. Министр Олег Петров во вторник "
            "встретился с послом Иваном Смирновым.",
            "2019-10-08",
            "Казань",
            id="a-weekday-before-the-dateline",
        ),
        pytest.param(
            "КАЗАНЬ, 10 октября 2019 г. /корр. ИТАР-ТАСС/. Министр Олег Петров в субботу "
            "встретится с послом Иваном Смирновым.",
            "2019-10-12",
            "Казань",
            id="a-weekday-after-the-dateline-for-a-planned-meeting",
        ),
        pytest.param(
            "05/08/2008 10:35 Министр Олег Петров накануне встретился с послом Иваном Смирновым.",
            "2008-08-04",
            None,
            id="numeric-dateline-the-day-before",
        ),
    ],
)
def test_wire_datelines(news: Extractor, text: str, date: str, place: str | None) -> None:
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert meeting.date is not None, describe(document)
    assert meeting.date.value == date, describe(document)
    assert (meeting.place.name if meeting.place else None) == place


def test_a_weekday_without_a_dateline_has_no_value(news: Extractor) -> None:
    document = news.extract("Министр Олег Петров в четверг встретился с послом Иваном Смирновым.")
    [meeting] = of_type(document, Meeting)
    assert meeting.date is None or meeting.date.value is None
    assert meeting.place is None
