"""Speech constructions of Wikinews-style copy (issue 21): documents that speak for an
author the text does not name, gerund clauses of speech, requests and rulings, and the
look-alikes that are no statement. Our own sentences, one construction each.

Each row: text, the key the speaker's name or text must contain, and how the content starts.
"""

from __future__ import annotations

import pytest
from tables import describe, of_type

from eventkit import Extractor, Statement

STATEMENTS = [
    # an impersonal verb whose source is a document with no owner in the text: the
    # document speaks
    ("В этой статье утверждается, что мэр знал о подлоге.", "стать", "мэр знал"),
    ("Фильм снят без бюджета, указывается в пресс-релизе.", "пресс-релиз", "фильм снят"),
    ("В аннотации к сборнику сказано: «Эти стихи писались ночами».", "аннотаци", "эти стихи"),
    ("В письме сказано, что музей закроется на ремонт.", "письм", "музей закроется"),
    # a document with its owner after it: the owner speaks, a parenthetical between
    (
        "В приветственной телеграмме губернатора, в частности, говорится: «Вы гордость края».",
        "губернатор",
        "вы гордость",
    ),
    ("В сообщении городской полиции приводится: «Пострадавших нет».", "полици", "пострадавших"),
]

NOT_STATEMENTS = [
    # an impersonal verb with no document to speak for it
    "Утверждается, что мэр знал о подлоге.",
    "Ниже приводится список победителей конкурса.",
    # a document that is where something stands, with no speech verb
    "В письме лежали две фотографии.",
    # "как говорится" is a saying, not a source
    "Депутаты, как говорится, не спят.",
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    document = news.extract(text)
    found = of_type(document, Statement)
    assert any(
        speaker in (s.speaker.text + " " + s.speaker.name).lower().replace("ё", "е")
        and s.content.text.lower().startswith(content)
        for s in found
        if isinstance(s, Statement)
    ), describe(document)


@pytest.mark.parametrize(
    "text", NOT_STATEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_STATEMENTS))]
)
def test_not_a_statement(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Statement), describe(document)
