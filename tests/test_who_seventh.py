"""Who, exactly (round seven): a first name with a patronymic stands for the full name the
document gave before ("Олег Петрович" -> "Олег Петрович Сомов"). Our own sentences; rows
that must stay as written are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

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
