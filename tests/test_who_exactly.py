"""Who, exactly (round two): a title nobody in the story was given stands for the person
the headline names. Our own sentences; rows that must stay unresolved are in the same
tables."""

from __future__ import annotations

import pytest

from eventkit import Extractor

SPEAKERS = [
    # the headline names one person, given no office anywhere: a state's office with a
    # proper-name complement, or a bare president, is theirs
    pytest.param(
        "Олег Ветров распустил парламент Молдавии\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "Олег Ветров",
        id="office-with-a-country-to-the-headliner",
    ),
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента. Спикер Иван Гусев выступил "
        "против. Президент заявил, что выборы пройдут весной.",
        "Олег Ветров",
        id="bare-president-beside-a-person-with-another-office",
    ),
    # nobody named in the headline: the title stays
    pytest.param(
        "Парламент распущен\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "президент Молдавии",
        id="no-headliner-stays-a-title",
    ),
    # the headliner was given another office: not the president
    pytest.param(
        "Спикер Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "президент Молдавии",
        id="headliner-with-another-office-stays-a-title",
    ),
    # another person near, given no office either: who is meant cannot be told
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ. С ним не согласился Иван Гусев.\n"
        "Президент заявил, что выборы пройдут весной.",
        "президент",
        id="an-officeless-rival-keeps-the-title",
    ),
    # not an office of a state: a group's head, a coach
    pytest.param(
        "Олег Ветров выиграл бой\n"
        "Олег Ветров выиграл бой в пятом раунде.\n"
        "Тренер заявил, что бой был тяжёлым.",
        "тренер",
        id="a-coach-is-no-headliners-office",
    ),
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Глава группы наблюдателей заявил, что выборы пройдут честно.",
        "глава группы наблюдателей",
        id="head-of-a-group-stays-a-title",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    document = extractor.extract(text)
    found = [e.speaker.name for e in document.events if e.type == "Statement"]
    assert found[-1:] == [speaker]
