"""``quotations`` looks only at guillemets and block quotes: the same spans as a walk over
every character of the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventkit.text.quotes import quotations


def _walked(text: str) -> list[tuple[int, int]]:
    """Each outermost «…», found by looking at every character."""
    spans, depth, opened = [], 0, 0
    for i, char in enumerate(text):
        if char == "«":
            opened = i if depth == 0 else opened
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i + 1))
    return spans


@given(st.text(alphabet='«»„“"аб :\n', max_size=40))
def test_guillemet_spans_are_those_of_every_character(text: str) -> None:
    if ":" not in text:  # no block quote: only the guillemets' spans
        assert quotations(text) == _walked(text)


def test_nested_and_unclosed_quotes() -> None:
    text = "Он сказал: «Мы «Газпром» не продаём» и ушёл, а «потом"
    assert quotations(text) == _walked(text) == [(11, 36)]
