"""A second verb after ", и" and a linking phrase ("в связи с этим", "при этом", "в свою
очередь") goes on from the first: the first one's "что"-clause ends before it, and it
shares the first one's subject unless it has its own. Our own sentences."""

from __future__ import annotations

import pytest

from eventkit import Extractor, Statement

ROWS = [
    pytest.param(
        "Аналитики заявили, что спрос упадёт, и в связи с этим высказали озабоченность тем, что "
        "цены вырастут.",
        [("заявили", "аналитики", "спрос упадёт"), ("высказали", "аналитики", "цены")],
        id="in-connection-with-this",
    ),
    pytest.param(
        "Мэр сообщил, что мост откроют в мае, и при этом добавил, что проезд будет платным.",
        [("сообщил", "мэр", "мост откроют в мае"), ("добавил", "мэр", "проезд")],
        id="at-that",
    ),
    # the second verb has a subject of its own
    pytest.param(
        "Мэр сообщил, что мост откроют в мае. В свою очередь депутаты заявили, что проезд "
        "будет платным.",
        [("сообщил", "мэр", "мост откроют в мае"), ("заявили", "депутаты", "проезд")],
        id="own-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_second_verb_goes_on(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (e.trigger.text.split()[0], e.speaker.name.lower(), e.content.text)
        for e in extractor.extract(text).events
        if isinstance(e, Statement)
    ]
    assert [(t, s) for t, s, _ in found] == [(t, s) for t, s, _ in expected]
    # the first verb's "что"-clause ends before the second verb
    assert found[0][2] == expected[0][2]
    for (_, _, content), (_, _, start) in zip(found, expected, strict=True):
        assert content.startswith(start)
