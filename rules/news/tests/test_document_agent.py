"""Who issued the document an impersonal verb quotes (issue 20, corpus-dev-6): the agent of
the passive participle after the document noun speaks for it ("говорится в пресс-релизе,
выпущенном прокурором"), and a passive participle before an organization's noun in
another case is no part of its name ("опубликованном министерством": "министерство", not
"опубликованное министерство"). Without an agent the document itself stays the source.
Our own sentences.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_statement, describe, speaker_names

from eventkit import Extractor

STATEMENTS = [
    (
        "Двое задержаны в Праге, говорится в пресс-релизе, выпущенном прокурором Олегом Сомовым.",
        "сомов",
        "двое",
    ),
    (
        "В заявлении, опубликованном министерством обороны, говорится, что учения завершены.",
        "министерство обороны",
        "учения",
    ),
    (
        "Рейсы отменены до пятницы, сообщается в письме, разосланном вчера компанией.",
        "компания",
        "рейсы",
    ),
    # no agent: the document is the source
    ("В заявлении, опубликованном вчера, говорится, что учения завершены.", "заявлени", "учения"),
]

# (text, a word no speaker's name may contain)
NOT_IN_THE_NAME = [
    (
        "В заявлении, опубликованном министерством обороны, говорится, что учения завершены.",
        "опубликован",
    ),
    ("Рейсы отменены до пятницы, сообщается в письме, разосланном вчера компанией.", "письм"),
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    ("text", "word"), NOT_IN_THE_NAME, ids=[f"n{i:02d}" for i in range(len(NOT_IN_THE_NAME))]
)
def test_not_in_the_name(news: Extractor, text: str, word: str) -> None:
    document = news.extract(text)
    names = [name.lower() for name in speaker_names(document)]
    assert names, describe(document)
    assert not any(word in name for name in names), describe(document)
