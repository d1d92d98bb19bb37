"""A headline announces what the story reports: its events are the story's, whether the
story repeats them with other actors or not at all. A first line that ends like a sentence
is the story's lead, and its events stay. Our own sentences."""

from __future__ import annotations

import pytest

from eventkit import Extractor

HEADLINES = [
    # the story reports it again, with another actor ("суд" above, "судья" below)
    pytest.param(
        "Суд постановил выплатить компенсацию\n"
        "В Техасе судья окружного суда постановил, что город должен выплатить семье "
        "погибшего 2 млн долларов.",
        ["постановил"],
        id="repeated-with-another-actor",
    ),
    # the story does not repeat it: the headline's wording is a summary
    pytest.param(
        "Жители района соберутся у мэрии\n"
        "Жители района Северный протестуют против вырубки сквера. Активисты заявили, что "
        "соберут подписи.",
        ["заявили"],
        id="not-repeated",
    ),
    # a headline with the same actor, as before
    pytest.param(
        "Министр заявил о повышении пошлин\n"
        "Министр финансов Иван Петров заявил, что пошлины вырастут с января.",
        ["заявил"],
        id="repeated-with-the-same-actor",
    ),
]

LEADS = [
    # a first line that ends like a sentence is the lead, not a headline
    pytest.param(
        "Министр финансов Иван Петров заявил, что пошлины вырастут.\n"
        "Эксперты сказали, что цены поднимутся.",
        ["заявил", "сказали"],
        id="lead-with-a-full-stop",
    ),
]


def _triggers(extractor: Extractor, text: str) -> list[str]:
    return [e.trigger.text for e in extractor.extract(text).events]


@pytest.mark.parametrize(("text", "triggers"), HEADLINES)
def test_headline_events_are_the_story(
    extractor: Extractor, text: str, triggers: list[str]
) -> None:
    assert _triggers(extractor, text) == triggers


@pytest.mark.parametrize(("text", "triggers"), LEADS)
def test_a_lead_keeps_its_events(extractor: Extractor, text: str, triggers: list[str]) -> None:
    assert _triggers(extractor, text) == triggers
