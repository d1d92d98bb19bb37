"""The subject of a verb in a subordinate clause that has none of its own (issue 20,
corpus-dev-6): a relative clause in an oblique case ("обращение, в котором призвал") and a
clause of time or cause ("после того, как признал", "когда заявил") share the subject of
the verb they hang on. An impersonal verb there ("в котором сообщается") has no subject, a
clause with a subject of its own keeps it, and "Более того, как сообщает X" stays a source.
Our own sentences.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_statement, describe

from eventkit import Extractor

STATEMENTS = [
    # a relative clause in an oblique case
    (
        "Губернатор Олег Сомов выступил с обращением, в котором призвал жителей не выходить "
        "из домов.",
        "сомов",
        "жителей",
    ),
    (
        "Тренер Анна Лыкова дала интервью радиостанции, в котором рассказала, что покидает клуб.",
        "лыкова",
        "покидает",
    ),
    (
        "Мэр Пётр Горин разослал депутатам письмо, в котором сообщил, что бюджет будет "
        "пересмотрен.",
        "горин",
        "бюджет",
    ),
    # a clause of time or cause
    (
        "Министр Игорь Рябов ушёл в отставку после того, как признал, что знал о взятках.",
        "рябов",
        "знал",
    ),
    (
        "Судья Вера Климова прервала заседание, когда заявила, что свидетелю угрожают.",
        "климова",
        "свидетелю",
    ),
    # "Более того, как сообщает X": "того" here ends no conjunction of time
    ("Более того, как сообщает агентство Синьхуа, мост закроют на год.", "синьхуа", "мост"),
]

# (text, the speech verb, a name that must not be its speaker)
NOT_THE_SUBJECT = [
    # an impersonal verb in the relative clause has no subject to share
    (
        "Депутат Семён Ершов опубликовал доклад, в котором сообщается, что завод опасен.",
        "сообщается",
        "ершов",
    ),
    (
        "Актриса Нина Белова получила письмо, в котором говорилось, что её снимки украдены.",
        "говорилось",
        "белова",
    ),
    # the clause names its own subject
    (
        "Фермер Илья Зотов продал землю после того, как губернатор Олег Сомов заявил, что "
        "трассу построят рядом.",
        "заявил",
        "зотов",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    NOT_THE_SUBJECT,
    ids=[f"n{i:02d}" for i in range(len(NOT_THE_SUBJECT))],
)
def test_not_the_main_subject(news: Extractor, text: str, verb: str, name: str) -> None:
    document = news.extract(text)
    wrong = [
        e
        for e in document.events
        if e.trigger.text.startswith(verb)
        and getattr(e, "speaker", None) is not None
        and name in e.speaker.name.lower()
    ]
    assert not wrong, describe(document)
