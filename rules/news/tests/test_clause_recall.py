"""General clause machinery that unseen news exercises (issue 20, corpus-dev-5): a gerund
phrase with a clause of its own between a subject and its verb, a subject after a plural
verb that the dictionary reads as a singular too, news outlets named by a common noun,
marks written close inside a word or number (a web address, a time) that neither end a
sentence nor open a quote, "дать" with a noun of ordering, and an object before a plural
verb. Our own sentences; each reading has rows that must match and rows that must not.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_no_statement, assert_statement, describe, speaker_names

from eventkit import Extractor

STATEMENTS = [
    # a gerund phrase with its own "что"-clause between the subject and the verb
    (
        "Адвокат, ссылаясь на то, что его клиент болен, попросил перенести заседание.",
        "адвокат",
        "перенести",
    ),
    (
        "Губернатор, напомнив, что дорогу строят третий год, пообещал открыть её весной.",
        "губернатор",
        "открыть",
    ),
    (
        "Тренер, признав, что команда устала, заявил, что отпуск не отменят.",
        "тренер",
        "отпуск",
    ),
    # after a plural verb: a description whose plural is spelled like a singular's
    # oblique case, and a name the dictionary does not know
    ("Актриса скончалась в больнице, сообщили ее дочери.", "доч", "актриса"),
    ("Фермер пропал в тайге, рассказали его соседи.", "сосед", "фермер"),
    ("Как ранее сообщали Горновести, завод закрыт на ремонт.", "горновести", "завод"),
    # television and news agencies named by their common noun
    (
        "Государственное телевидение Ирана сообщило, что выборы прошли спокойно.",
        "телевидение",
        "выборы",
    ),
    ("Китайское информагентство заявило, что переговоры продолжатся.", "информагентство", "пе"),
    # a web address of whom it was told to between the verb and its clause
    ("Певица рассказала Lenta.ru, что тур отменён.", "певица", "тур отменён"),
    ("Режиссер сообщил kino.ru, что съемки начнутся летом.", "режиссер", "съемки"),
    # an object with its genitive before a plural verb whose subject follows, also after
    # a comma: a singular noun is no plural verb's subject
    ("Факт подкупа подтвердили члены комиссии.", "члены комиссии", "факт подкупа"),
    (
        "Склад сгорел ночью, причину пожара назвали сотрудники МЧС.",
        "сотрудники мчс",
        "причину пожара",
    ),
    # an order given in words: "дать" with a noun of ordering
    ("Мэр дал поручение возобновить работу метро.", "мэр", "возобновить"),
    ("Президент дал правительству указание подготовить доклад.", "президент", "подготовить"),
    ("Прокурор дал распоряжение о проверке всех складов.", "прокурор", "о проверке"),
    # a time inside the content stays in it
    ("Мэр сообщил, что совещание начнётся в 9:30.", "мэр", "совещание начнётся в 9:30"),
]

NOT_STATEMENTS = [
    # a colon inside a time opens no quote: "продолжит работу" says nothing
    "Совет продолжит работу завтра в 10:00, и неизвестно, что решат депутаты.",
    "Сессия продолжится в 12:00 по местному времени, и многие надеются, что она будет короткой.",
    # an order with nothing said of what was ordered, and a word of no order
    "Министр дал распоряжение.",
    "Тренер дал команде выходной.",
    # a dative after a plural verb with no nominative reading is told, not telling
    "Завод закрыт, сообщили директору.",
    "Рейс отменён, сообщили пассажиру.",
]

# The clause inside the gerund phrase has a subject of its own, which never speaks for the
# main verb: (text, the speaker, the subject of the inner clause).
INNER_SUBJECT = [
    ("Адвокат, узнав, что свидетель уехал, заявил, что процесс сорван.", "адвокат", "свидетель"),
    (
        "Министр, сославшись на то, что губернатор болен, отказался от поездки и сообщил, "
        "что визит перенесён.",
        "министр",
        "губернатор",
    ),
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
    ("text", "speaker", "inner"),
    INNER_SUBJECT,
    ids=[f"i{i:02d}" for i in range(len(INNER_SUBJECT))],
)
def test_inner_clause_subject_does_not_speak(
    news: Extractor, text: str, speaker: str, inner: str
) -> None:
    document = news.extract(text)
    found = [name.lower() for name in speaker_names(document)]
    assert any(speaker in name for name in found), describe(document)
    assert not any(inner in name for name in found), describe(document)
