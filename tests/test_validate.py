"""The checks on what a pack returns: the fast answer (a checker per type, no messages)
turns down every event the field-by-field check does, with the same message."""

from __future__ import annotations

import attrs
import pytest

from eventkit import Actor, Meeting, SentenceSpan, Span
from eventkit.engine.validate import InvalidResult, checked_events
from eventkit.speedups import reference_path

TEXT = "Ольга Сергеева провела встречу с Павлом Зуевым."
SERGEEVA = Actor(name="Ольга Сергеева", text="Ольга Сергеева", start=0, end=14, kind="PER")
ZUEV = Actor(name="Павел Зуев", text="Павлом Зуевым", start=33, end=46, kind="PER")
MEETING = Meeting(
    trigger=Span(text="провела", start=15, end=22),
    sentence=SentenceSpan(start=0, end=47),
    participants=[SERGEEVA, ZUEV],
    pack="news",
    rule="meeting.test",
)


def _smuggled(value: object, name: str, bad: object) -> object:
    """``value`` with ``bad`` in the field ``name``, past the attrs validators (as a pack's
    own code can build it)."""
    copy = attrs.evolve(value)  # type: ignore[misc]
    object.__setattr__(copy, name, bad)
    return copy


BAD = {
    "modality": _smuggled(MEETING, "modality", "perhaps"),
    "string participant": _smuggled(MEETING, "participants", ["Ольга Сергеева"]),
    "name an int": _smuggled(MEETING, "participants", [_smuggled(SERGEEVA, "name", 7)]),
    "name a bool": _smuggled(MEETING, "participants", [_smuggled(ZUEV, "name", True)]),
    "kind": _smuggled(MEETING, "participants", [_smuggled(ZUEV, "kind", "ANIMAL")]),
    "participants a string": _smuggled(MEETING, "participants", "Зуев"),
    "trigger text": _smuggled(MEETING, "trigger", _smuggled(MEETING.trigger, "text", "вела")),
    "trigger past the end": _smuggled(
        MEETING, "trigger", _smuggled(MEETING.trigger, "end", len(TEXT) + 5)
    ),
    "trigger bytes": _smuggled(MEETING, "trigger", _smuggled(MEETING.trigger, "text", b"x")),
    "title a list": _smuggled(MEETING, "participants", [_smuggled(ZUEV, "title", ["x"])]),
    "rule an object": _smuggled(MEETING, "rule", object()),
}


def test_a_valid_event_passes_both_ways() -> None:
    assert checked_events(MEETING, TEXT) == [MEETING]
    with reference_path():
        assert checked_events(MEETING, TEXT) == [MEETING]


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_event_is_turned_down_with_the_same_message(case: str) -> None:
    with reference_path(), pytest.raises(InvalidResult) as plain:
        checked_events(BAD[case], TEXT)
    with pytest.raises(InvalidResult) as fast:
        checked_events(BAD[case], TEXT)
    assert str(fast.value) == str(plain.value)


@attrs.frozen(kw_only=True)
class _Wide(Meeting):
    """A pack's own event with a field of each kind the checks know."""

    score: float = 0.0
    flag: bool = False
    tags: list[str] = attrs.Factory(list)
    pair: tuple[int, str] = (0, "")
    extra: object = None
    span: Span | None = None


WIDE = _Wide(trigger=MEETING.trigger, sentence=MEETING.sentence, participants=[ZUEV])
WIDE_VALUES: dict[str, list[object]] = {
    "score": [1.5, 2, True, "1", None],
    "flag": [True, 1, None],
    "tags": [["a"], ("a", "b"), [1], "ab", [], None],
    "pair": [(1, "x"), (1, 2), (1, "x", {"a": [1]}), (1, "x", object()), [True, "x"], None],
    "extra": [None, 1, {"a": [1.5]}, {1: 2}, object(), SERGEEVA, b""],
    "span": [None, MEETING.trigger, _smuggled(MEETING.trigger, "start", -1), "x"],
    "date": [None, "2020", MEETING.trigger],
}


def _message(event: object) -> str | None:
    """What ``checked_events`` says of ``event``, or None where it passes."""
    try:
        checked_events(event, TEXT)
    except InvalidResult as problem:
        return str(problem)
    return None


@pytest.mark.parametrize("name", sorted(WIDE_VALUES))
def test_the_generated_validator_passes_what_the_field_checks_pass(name: str) -> None:
    for value in WIDE_VALUES[name]:
        event = _smuggled(WIDE, name, value)
        with reference_path():
            plain = _message(event)
        assert _message(event) == plain, (name, value)
