"""A verb after "и"/"а" shares the subject of the verb before it also past a prepositional
adverbial (issue 20, corpus-dev-6): "отметили, что …, и в связи с этим высказали
озабоченность", "в первой песне объявляет …, а во второй спрашивает". A name after "и"
is the new clause's own subject, and "и в которой сообщается" opens a relative clause,
no adverbial. Our own sentences.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_statement, describe

from eventkit import Extractor

STATEMENTS = [
    (
        "Читатели блога отметили, что штраф ничтожен, и в связи с этим высказали "
        "сомнение, что его заплатят.",
        "читатели",
        "его заплатят",
    ),
    (
        "В первом интервью певица Анна Лыкова объявила, что уходит со сцены, а во втором "
        "призналась, что передумала.",
        "лыкова",
        "передумала",
    ),
]

# (text, the speech verb, a name that must not be its speaker)
NOT_SHARED = [
    (
        "Мэр Пётр Горин открыл мост, и в Казани губернатор Олег Сомов заявил, что дорогу достроят.",
        "заявил",
        "горин",
    ),
    (
        "Адвокат Игорь Рябов показал записку, которую передал ему клиент, и в которой "
        "сообщается, что дело закрыто.",
        "сообщается",
        "рябов",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    ("text", "verb", "name"), NOT_SHARED, ids=[f"n{i:02d}" for i in range(len(NOT_SHARED))]
)
def test_not_shared(news: Extractor, text: str, verb: str, name: str) -> None:
    document = news.extract(text)
    wrong = [
        e
        for e in document.events
        if e.trigger.text.startswith(verb)
        and getattr(e, "speaker", None) is not None
        and name in e.speaker.name.lower()
    ]
    assert not wrong, describe(document)
