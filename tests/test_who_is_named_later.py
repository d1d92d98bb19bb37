"""Who, exactly: a quoted title named only later. "«…», — сказал глава государства, — «…», —
напомнил Соколов": the continued quote names its speaker. Our own sentences; rows that must
stay unresolved are in the same table."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

CONTINUED = [
    # the quote goes on after the title's verb and a named person closes it
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал глава "
        "государства, — «так было всегда», — напомнил Соколов.",
        ["Соколов", "Соколов"],
        id="the-continued-quote-names-its-speaker",
    ),
    # ... with a phrase after the title and a pronoun inside the second quote
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал министр на "
        "заседании по закону «О транспорте» — «их так звали всегда, — отметил Иван Орлов.",
        ["Иван Орлов", "Иван Орлов"],
        id="a-phrase-after-the-title",
    ),
    # the quotes are in two sentences: whether one person said both is not told
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал глава "
        "государства. «Так было всегда», — напомнил Соколов.",
        ["глава государства", "Соколов"],
        id="two-sentences-stay",
    ),
    # "возразил ему": an answer, another person's words
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал глава "
        "государства, — «так было всегда», — возразил ему Иван Орлов.",
        ["глава государства", "Иван Орлов"],
        id="an-answer-stays",
    ),
    # the verbs tell a woman and a man
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказала глава "
        "комитета, — «так было всегда», — напомнил Иван Орлов.",
        ["глава комитета", "Иван Орлов"],
        id="another-gender-stays",
    ),
    # another person is named between the two quotes
    pytest.param(
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал министр "
        "после беседы с Петром Соколовым, — «так было всегда», — напомнил Иван Орлов.",
        ["министр", "Иван Орлов"],
        id="someone-named-between-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_a_quoted_title_named_later(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert speakers(extractor, text) == expected


def test_the_meeting_at_the_title_gets_the_name_too(extractor: Extractor) -> None:
    text = (
        "Закон обсуждают уже месяц. «Пора вернуть полиции прежнее имя», — сказал глава "
        "государства на совещании по закону «О транспорте» — «так было всегда, — "
        "напомнил Соколов."
    )
    meetings = [e for e in extractor.extract(text).events if e.type == "Meeting"]
    assert [[a.name for a in e.participants] for e in meetings] == [["Соколов"]]
