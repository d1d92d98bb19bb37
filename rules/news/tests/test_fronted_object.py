"""An object before its verb with the subject after it (issue 20, corpus-dev-6): a noun of
expressing opening the clause before "выразил" ("Соболезнования семье погибшего выразил
министр"), and a plural object before a singular verb ("Эти данные подтвердил адвокат"):
the noun cannot be the verb's subject, so the speaker is the one after the verb. A hope
with nothing hoped and a word of no expressing say nothing. Our own sentences.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_no_statement, assert_statement, describe

from eventkit import Extractor

STATEMENTS = [
    (
        "Соболезнования семье погибшего выразил губернатор области Олег Сомов.",
        "сомов",
        "соболезнования",
    ),
    ("Свои соболезнования выразил мэр города Пётр Горин.", "горин", "свои соболезнования"),
    ("Благодарность спасателям выразила министр Анна Лыкова.", "лыкова", "благодарность"),
    ("Озабоченность ситуацией выразили представители ОБСЕ.", "обсе", "озабоченность"),
    ("Эти сведения подтвердил адвокат Игорь Рябов.", "рябов", "эти сведения"),
    # an adverb before the noun or the verb, a prepositional phrase after the noun
    (
        "Ранее озабоченность в связи с итогами выборов выражали и наблюдатели ОБСЕ.",
        "обсе",
        "озабоченность в связи",
    ),
    ("Соболезнования родным погибших уже выразил мэр Пётр Горин.", "горин", "соболезнования"),
]

# (text, a name that must not be the speaker of "выразил"): the noun's genitive before
# the verb, whatever other reading the sentence has
NOT_THE_SPEAKER = [
    (
        "Соболезнования семье господина Рябова уже выразил мэр Пётр Горин, в пресс-службе "
        "которого сообщили: «Мэр скорбит».",
        "рябов",
    ),
]

NOT_STATEMENTS = [
    # a hope with nothing after it, and a noun of no expressing
    "Надежду выразил мэр города Пётр Горин.",
    "Руки выразил мэр города Пётр Горин.",
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    "text", NOT_STATEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_STATEMENTS))]
)
def test_not_a_statement(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


@pytest.mark.parametrize(
    ("text", "name"), NOT_THE_SPEAKER, ids=[f"w{i:02d}" for i in range(len(NOT_THE_SPEAKER))]
)
def test_not_the_speaker(news: Extractor, text: str, name: str) -> None:
    document = news.extract(text)
    wrong = [
        e
        for e in document.events
        if e.trigger.text == "выразил"
        and getattr(e, "speaker", None) is not None
        and name in e.speaker.name.lower()
    ]
    assert not wrong, describe(document)
