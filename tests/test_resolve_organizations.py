"""An organization's description ("издание", "агентство", "компания") stands for the one the
document named before it, of a kind that fits; with none, it stays as written."""

from __future__ import annotations

import pytest

from eventkit import Extractor


def _speakers(extractor: Extractor, text: str) -> list[str]:
    document = extractor.extract(text)
    return [e.speaker.name for e in document.events if e.type == "Statement"]


RESOLVED = [
    # an outlet quoted by name, then "газета" / "издание": the outlet
    pytest.param(
        'Об этом пишет "Вечерний курьер". Газета отмечает, что мост откроют в мае.',
        ["«Вечерний курьер»", "Вечерний курьер"],
        id="outlet-quoted-then-gazeta",
    ),
    pytest.param(
        "Как сообщает «Северная звезда», мэр ушёл в отставку. "
        "По данным издания, его преемник уже известен.",
        ["«Северная звезда»", "Северная звезда"],
        id="outlet-guillemets-then-izdanie",
    ),
    # an outlet named with its noun and an unquoted name; then its noun alone
    pytest.param(
        "Как сообщило агентство Блумберг, сделка сорвалась. "
        "Агентство отмечает, что переговоры продолжатся.",
        ["агентство Блумберг", "агентство Блумберг"],
        id="agency-unquoted-name",
    ),
    # "министерство" for a ministry the document named by its abbreviation or short name
    pytest.param(
        "Вечером в центре Минска прогремел взрыв, сообщило МВД Белоруссии. Возбуждено "
        "уголовное дело, сообщило министерство.",
        ["МВД Белоруссии", "МВД Белоруссии"],
        id="ministry-abbreviation",
    ),
    pytest.param(
        "Цены на лекарства вырастут, сообщил Минздрав Казахстана. Министерство отмечает, "
        "что запасы есть.",
        ["Минздрав Казахстана", "Минздрав Казахстана"],
        id="ministry-short-name",
    ),
    # "ведомство" for a ministry named in full
    pytest.param(
        "Министерство финансов Армении сообщило о росте доходов. Ведомство отмечает, что "
        "налоги не повысят.",
        ["Министерство финансов Армении", "Министерство финансов Армении"],
        id="department-for-a-ministry",
    ),
    # "компания" for the company the document named with that noun
    pytest.param(
        'Компания "Северсталь" заявила о росте выпуска. Компания сообщила, что цены вырастут.',
        ["Компания «Северсталь»", "Северсталь"],
        id="company",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), RESOLVED)
def test_a_description_is_the_organization_named_before(
    extractor: Extractor, text: str, speakers: list[str]
) -> None:
    assert _speakers(extractor, text) == speakers


UNRESOLVED = [
    # nothing named before: the description stays
    pytest.param(
        "Газета отмечает, что мост откроют в мае.",
        ["Газета"],
        id="nothing-named",
    ),
    # the outlet named before is another kind of outlet ("портал" is no "агентство")
    pytest.param(
        'Ранее портал "Новый день" сообщал, что мэр уйдёт. Агентство отмечает, что мэр остаётся.',
        ["портал «Новый день»", "Агентство"],
        id="another-kind-of-outlet",
    ),
    # a city's name in "Мин-" is no ministry; a police force is none either
    pytest.param(
        "Вечером в Минске прогремел взрыв, сообщила полиция. Возбуждено уголовное дело, "
        "сообщило министерство.",
        ["полиция", "министерство"],
        id="no-ministry-named",
    ),
    # an outlet named only after the description is not taken back
    pytest.param(
        'Газета отмечает, что мост откроют в мае. Об этом пишет "Вечерний курьер".',
        ["Газета", "«Вечерний курьер»"],
        id="named-only-after",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), UNRESOLVED)
def test_a_description_with_no_fitting_organization_stays(
    extractor: Extractor, text: str, speakers: list[str]
) -> None:
    assert _speakers(extractor, text) == speakers


def test_a_person_named_with_an_unknown_surname_is_the_speaker(extractor: Extractor) -> None:
    # after a first name, a word the dictionary reads as a common noun's form is a surname
    text = "Ксения Ракова заявила, что школу откроют. Ракова добавила, что ремонт закончен."
    assert _speakers(extractor, text) == ["Ксения Ракова", "Ксения Ракова"]
