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
