"""A speech verb right after "в котором" / "в которой" with no subject of its own: the one
who wrote or published the text speaks in it ("опубликовал эссе, в котором призвал …"),
when the two verbs agree and no person stands between them. Our own sentences, with rows
that must keep another speaker or none.
"""

from __future__ import annotations

import pytest

from eventkit import Extractor, Statement

ROWS = [
    pytest.param(
        "Писатель Олег Воронов опубликовал статью, в которой призвал к новым реформам.",
        "призвал",
        "Олег Воронов",
        id="essay-author",
    ),
    pytest.param(
        "Губернатор разместил на сайте обращение, в котором пообещал отремонтировать школы.",
        "пообещал",
        "губернатор",
        id="address-with-a-place-between",
    ),
    # the relative clause names its own speaker
    pytest.param(
        "Редакция получила письмо, в котором читатель сообщил, что мост закрыт.",
        "сообщил",
        "читатель",
        id="own-subject",
    ),
]

NONE = [
    # a person between the verb and the relative: it may be theirs, so nobody is guessed
    pytest.param(
        "Депутат упомянул доклад Петрова, в котором предложил закрыть завод.",
        "предложил",
        id="person-between",
    ),
    # the two verbs do not agree: not the same subject
    pytest.param(
        "Министры получили письмо, в котором призвал к отставке.",
        "призвал",
        id="no-agreement",
    ),
]


def _speakers(extractor: Extractor, text: str, trigger: str) -> list[str]:
    return [
        e.speaker.name
        for e in extractor.extract(text).events
        if isinstance(e, Statement) and e.trigger.text == trigger
    ]


@pytest.mark.parametrize(("text", "trigger", "speaker"), ROWS)
def test_relative_speaker(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert _speakers(extractor, text, trigger) == [speaker]


@pytest.mark.parametrize(("text", "trigger"), NONE)
def test_no_speaker_guessed(extractor: Extractor, text: str, trigger: str) -> None:
    assert _speakers(extractor, text, trigger) == []
