"""Speakers joined by "и" speak as one group (issue 20): "Правозащитники и журналисты
заявляют" gives the speaker "правозащитники и журналисты", not the first of them. A
singular verb has one speaker however many titles it has, and a group with a lone title
in it ("президент и госпожа Обама") keeps its first member for resolution to name. Our
own sentences.

Each row: text and the speaker's exact name.
"""

from __future__ import annotations

import pytest
from tables import describe, speaker_names

from eventkit import Extractor

JOINT = [
    ("Правозащитники и журналисты заявляют о давлении на прессу.", "правозащитники и журналисты"),
    (
        "Пожарные и спасатели сообщили, что огонь потушен.",
        "пожарные и спасатели",
    ),
    (
        "Олег Сомов и Анна Лыкова заявили, что покидают группу.",
        "Олег Сомов и Анна Лыкова",
    ),
    (
        "Компания «Вектор» и банк «Заря» сообщили, что сделка закрыта.",
        "«Вектор» и банк «Заря»",
    ),
]

# one speaker, no group
SINGLE = [
    # a singular verb: one man with two titles
    "Находка уникальна, сказал директор музея и археолог из Томска Пётр Горин.",
    # a lone title in the group: resolution names it
    "Премьер-министр и госпожа Лыкова сегодня объявили, что ждут ребёнка.",
]


@pytest.mark.parametrize(("text", "name"), JOINT, ids=[f"j{i:02d}" for i in range(len(JOINT))])
def test_joint_speaker(news: Extractor, text: str, name: str) -> None:
    document = news.extract(text)
    assert any(name.lower() in found.lower() for found in speaker_names(document)), describe(
        document
    )
    assert all(" и " in found for found in speaker_names(document)), describe(document)


@pytest.mark.parametrize("text", SINGLE, ids=[f"s{i:02d}" for i in range(len(SINGLE))])
def test_single_speaker(news: Extractor, text: str) -> None:
    document = news.extract(text)
    names = speaker_names(document)
    assert names, describe(document)
    assert not any(" и " in name for name in names), describe(document)
