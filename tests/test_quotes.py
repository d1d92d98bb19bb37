"""The one table of quote marks, and the readers that count quote depth with it."""

from __future__ import annotations

import pytest

from eventkit.text.analysis import analyse
from eventkit.text.quotes import (
    CLOSING,
    OPENING,
    ROLES,
    RUSSIAN_CLOSING,
    RUSSIAN_OPENING,
    Role,
    as_guillemets,
)


@pytest.mark.parametrize(
    ("mark", "role"),
    [
        pytest.param("«", Role.OPENS, id="left-guillemet"),
        pytest.param("»", Role.CLOSES, id="right-guillemet"),
        pytest.param("„", Role.OPENS, id="low-double"),
        pytest.param("“", Role.BOTH, id="high-double-opens-english-closes-russian"),
        pytest.param("”", Role.CLOSES, id="english-closing"),
        pytest.param('"', Role.BOTH, id="straight"),
    ],
)
def test_each_mark_says_what_it_can_do(mark: str, role: Role) -> None:
    assert ROLES[mark] is role


def test_russian_marks_never_both_open_and_close() -> None:
    assert not RUSSIAN_OPENING & RUSSIAN_CLOSING
    assert RUSSIAN_OPENING <= OPENING
    assert RUSSIAN_CLOSING <= CLOSING
    assert {"“", '"'} == OPENING & CLOSING


def test_content_in_low_high_quotes_is_stripped() -> None:
    from eventkit.clause.clauses import content_after

    text = "Он сказал: „Мы придём завтра“."
    sentence = analyse(text).sentences[0]
    colon = [t.value for t in sentence.tokens].index(":")
    span = content_after(sentence, colon)
    assert span is not None
    assert text[span[0] : span[1]] == "Мы придём завтра"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param('пишет "Коммерсантъ".', "пишет «Коммерсантъ».", id="name"),
        pytest.param('ОАО "Банк "Восток""', "ОАО «Банк «Восток»»", id="nested"),
        pytest.param('"Да", - сказал он.', "«Да», - сказал он.", id="quote-and-dash"),
        pytest.param('(газета "Вести")', "(газета «Вести»)", id="in-brackets"),
        pytest.param("«Уже» и „ещё“", "«Уже» и „ещё“", id="other-marks-kept"),
    ],
)
def test_straight_marks_read_as_guillemets(text: str, read: str) -> None:
    assert as_guillemets(text) == read
    assert len(as_guillemets(text)) == len(text)  # every offset stays where it was


def test_straight_quotes_keep_the_original_text_and_offsets() -> None:
    text = 'Завод закроют, пишет "Вечерний Саратов".'
    analysed = analyse(text)
    values = [t.value for t in analysed.sentences[0].tokens]
    assert "«" in values
    assert "»" in values
    assert analysed.text == text
    [opening] = [t for t in analysed.sentences[0].tokens if t.value == "«"]
    assert text[opening.span.start] == '"'
