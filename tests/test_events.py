"""The attrs schemas and the JSON contract."""

from __future__ import annotations

import json
from typing import ClassVar

import attrs
import pytest

from eventkit import (
    Actor,
    Agreement,
    Document,
    Event,
    Meeting,
    SentenceSpan,
    SerializationError,
    Span,
    Statement,
)
from eventkit.model.serialize import EventConverter

TEXT = "Иван Петров встретился с Анной Ивановой."
PETROV = Actor(name="Иван Петров", text="Иван Петров", start=0, end=11, kind="PER", title=None)
IVANOVA = Actor(name="Анна Иванова", text="Анной Ивановой", start=25, end=39, kind="PER")
MEETING = Meeting(
    trigger=Span(text="встретился", start=12, end=22),
    sentence=SentenceSpan(start=0, end=40),
    participants=[PETROV, IVANOVA],
    pack="news",
    rule="meeting.verb",
)

EVENT_KEYS = {"type", "trigger", "sentence", "modality", "date", "place", "pack", "rule"}


def test_meeting_json_has_exactly_the_contract_keys() -> None:
    data = EventConverter().event_to_dict(MEETING)
    assert set(data) == EVENT_KEYS | {"participants"}
    assert data["type"] == "Meeting"
    assert data["trigger"] == {"text": "встретился", "start": 12, "end": 22}
    assert data["participants"][1] == {
        "name": "Анна Иванова",
        "text": "Анной Ивановой",
        "start": 25,
        "end": 39,
        "kind": "PER",
        "title": None,
    }


def test_statement_and_agreement_keys() -> None:
    statement = Statement(
        trigger=Span(text="сказал", start=0, end=6),
        sentence=SentenceSpan(start=0, end=10),
        speaker=PETROV,
        content=Span(text="да", start=7, end=9),
    )
    agreement = Agreement(
        trigger=Span(text="подписали", start=0, end=9), sentence=SentenceSpan(start=0, end=9)
    )
    converter = EventConverter()
    assert set(converter.event_to_dict(statement)) == EVENT_KEYS | {"speaker", "content", "speech"}
    assert set(converter.event_to_dict(agreement)) == EVENT_KEYS | {"parties", "subject", "status"}


@pytest.mark.parametrize("event", [MEETING], ids=["meeting"])
def test_round_trip_through_json(event: Meeting) -> None:
    converter = EventConverter()
    document = Document(id="d1", text=TEXT, events=[event])
    line = converter.dumps(document)
    back = converter.document_from_dict(json.loads(line), text=TEXT)
    assert back == document


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(SerializationError, match=r"unknown event type 'Party'.*Meeting"):
        EventConverter().event_from_dict({"type": "Party"})


def test_invalid_value_is_reported_with_its_path() -> None:
    data = EventConverter().event_to_dict(MEETING)
    data["modality"] = "perhaps"
    with pytest.raises(SerializationError, match=r"\$\.modality"):
        EventConverter().event_from_dict(data)


def test_validators_reject_bad_offsets_and_kinds() -> None:
    with pytest.raises(ValueError, match=r"offsets"):
        Span(text="x", start=5, end=2)
    with pytest.raises(ValueError):
        Actor(name="x", text="x", start=0, end=1, kind="ANIMAL")  # type: ignore[arg-type]


def test_events_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        MEETING.pack = "other"  # type: ignore[misc]


@attrs.frozen(kw_only=True)
class Handover(Event):
    """A test type whose actors sit in a single, an optional and a tuple field."""

    type: ClassVar[str] = "Handover"
    roles: ClassVar[tuple[str, ...]] = ("giver", "taker", "witnesses")

    giver: Actor
    taker: Actor | None = None
    witnesses: tuple[Actor, ...] = ()


def test_actors_are_read_from_the_roles_in_order() -> None:
    where = {"trigger": MEETING.trigger, "sentence": MEETING.sentence}
    both = Handover(giver=IVANOVA, taker=None, witnesses=(PETROV,), **where)
    assert both.actors() == (IVANOVA, PETROV)
    assert Handover(giver=PETROV, taker=IVANOVA, **where).actors() == (PETROV, IVANOVA)
    assert MEETING.actors() == (PETROV, IVANOVA)
    assert Event.roles == ()
