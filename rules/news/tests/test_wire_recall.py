"""Recall on wire copy (issue 21, second round): event nouns that take their modality from
the verb of their clause, bodies that gather, speech verbs of reporting and the dash after
an unquoted question. Our own sentences, and sentences that must give nothing."""

from __future__ import annotations

import pytest
from tables import describe, has_keys, names, of_type

from eventkit import Extractor, Meeting

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
