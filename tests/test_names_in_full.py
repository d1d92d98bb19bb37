"""Who, exactly: the name an actor gets is the fullest form the document gives the person.
Our own sentences; rows that must stay as they are read are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

FIRST_NAME_AND_PATRONYMIC = [
    # a first name with a patronymic is the person named in full with both before
    pytest.param(
        "Композитор Олег Игоревич Ракитин поссорился с соседом. Позже Олег Игоревич "
        "заявил, что ни о чём не жалеет.",
        "заявил",
        ["Олег Игоревич Ракитин"],
        id="after-the-full-name",
    ),
    pytest.param(
        "Судья Марина Андреевна Ковалёва отложила заседание. Марина Андреевна сказала, "
        "что решение будет в понедельник.",
        "сказала",
        ["Марина Андреевна Ковалёва"],
        id="feminine-after-the-full-name",
    ),
    # a headline names the person short and the story in full after it
    pytest.param(
        "Как Олег Игоревич спорил с редакцией\n\nОлег Игоревич заявил, что уходит из "
        "журнала. Композитор Олег Игоревич Ракитин работал там десять лет.",
        "заявил",
        ["Олег Игоревич Ракитин"],
        id="full-name-only-later",
    ),
    # in an oblique case
    pytest.param(
        "Художник Олег Игоревич Ракитин открыл выставку. По словам Олега Игоревича, "
        "картины писались три года.",
        "По словам",
        ["Олег Игоревич Ракитин"],
        id="oblique-case",
    ),
    # two people share the first name and patronymic: which one is not said
    pytest.param(
        "Братья Олег Игоревич Ракитин и Олег Игоревич Самсонов открыли выставку. Олег "
        "Игоревич заявил, что картины писались три года.",
        "заявил",
        ["Олег Игоревич"],
        id="two-people-so-named-stay-unresolved",
    ),
    # another patronymic is another person
    pytest.param(
        "Композитор Олег Игоревич Ракитин открыл выставку. Олег Петрович заявил, что "
        "картины писались три года.",
        "заявил",
        ["Олег Петрович"],
        id="another-patronymic-is-not-joined",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "names"), FIRST_NAME_AND_PATRONYMIC)
def test_first_name_and_patronymic(
    extractor: Extractor, text: str, trigger: str, names: list[str]
) -> None:
    assert speakers(extractor, text, trigger) == names
