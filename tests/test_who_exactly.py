"""Who, exactly (round two): a title nobody in the story was given stands for the person
the headline names. Our own sentences; rows that must stay unresolved are in the same
tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

SPEAKERS = [
    # the headline names one person, given no office anywhere: a state's office with a
    # proper-name complement, or a bare president, is theirs
    pytest.param(
        "Олег Ветров распустил парламент Молдавии\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "заявил",
        "Олег Ветров",
        id="office-with-a-country-to-the-headliner",
    ),
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента. Спикер Иван Гусев выступил "
        "против. Президент заявил, что выборы пройдут весной.",
        "заявил",
        "Олег Ветров",
        id="bare-president-beside-a-person-with-another-office",
    ),
    # nobody named in the headline: the title stays
    pytest.param(
        "Парламент распущен\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "заявил",
        "президент Молдавии",
        id="no-headliner-stays-a-title",
    ),
    # the headliner was given another office: not the president
    pytest.param(
        "Спикер Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Накануне президент Молдавии заявил, что выборы пройдут весной.",
        "заявил",
        "президент Молдавии",
        id="headliner-with-another-office-stays-a-title",
    ),
    # another person near, given no office either: who is meant cannot be told
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ. С ним не согласился Иван Гусев.\n"
        "Президент заявил, что выборы пройдут весной.",
        "заявил",
        "президент",
        id="an-officeless-rival-keeps-the-title",
    ),
    # not an office of a state: a group's head, a coach
    pytest.param(
        "Олег Ветров выиграл бой\n"
        "Олег Ветров выиграл бой в пятом раунде.\n"
        "Тренер заявил, что бой был тяжёлым.",
        "заявил",
        "тренер",
        id="a-coach-is-no-headliners-office",
    ),
    # the story's protagonist is who a description stands for, unless what is said names
    # them: then the description speaks about them
    pytest.param(
        "Олег Ветров отметит юбилей. Олег Ветров родился в Самаре. Ветров написал сто "
        "книг. Поэт сообщил, что торжества пройдут в мае.",
        "сообщил",
        "Олег Ветров",
        id="poet-is-the-protagonist",
    ),
    pytest.param(
        "Олег Ветров отметит юбилей. Олег Ветров родился в Самаре. Ветров написал сто "
        "книг. Как сообщает продюсер, Ветров просил провести торжества без него.",
        "сообщает",
        "продюсер",
        id="producer-speaks-about-the-protagonist",
    ),
    pytest.param(
        "Олег Ветров распустил парламент\n"
        "Олег Ветров подписал указ о роспуске парламента.\n"
        "Глава группы наблюдателей заявил, что выборы пройдут честно.",
        "заявил",
        "глава группы наблюдателей",
        id="head-of-a-group-stays-a-title",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), SPEAKERS)
def test_speaker(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


ORGANIZATIONS = [
    # adjectives before the noun, the name after it
    pytest.param(
        "Американская нефтяная компания Petrox наняла нового инженера. "
        "Компания заявляет, что ущерб составил миллиард долларов.",
        "Petrox",
        id="company-named-after-adjectives",
    ),
    # the name right after the noun, in straight quotes
    pytest.param(
        "Шведская группа ''Northern Lights'' выпустила альбом. Группа анонсировала мировой тур.",
        "Northern Lights",
        id="band-named-in-straight-quotes",
    ),
    # a company the document never names stays a description
    pytest.param(
        "Китайская компания предложила ему работу. Компания заявляет, что ущерба нет.",
        "Компания",
        id="unnamed-company-stays",
    ),
    # an abbreviation for the full name the document spells out
    pytest.param(
        "Он раскрыл программы Агентства национальной безопасности США. "
        "АНБ утверждает, что программы помогли предотвратить теракты.",
        "Агентство национальной безопасности США",
        id="abbreviation-spelt-out-earlier",
    ),
    pytest.param(
        "АНБ утверждает, что программы помогли предотвратить теракты. Об этом говорится "
        "в докладе Агентства национальной безопасности (АНБ).",
        "Агентство национальной безопасности",
        id="abbreviation-spelt-out-later-in-parentheses",
    ),
    # initials that spell another organization's words do not make it the same
    pytest.param(
        "Он раскрыл программы Агентства национальной безопасности США. "
        "ФСБ утверждает, что программы помогли предотвратить теракты.",
        "ФСБ",
        id="other-abbreviation-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANIZATIONS)
def test_organization(extractor: Extractor, text: str, speaker: str) -> None:
    found = speakers(extractor, text, ("заявляет", "утверждает", "анонсировала"))
    assert found == [speaker]
