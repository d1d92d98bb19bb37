"""Records of the JSON contract written by hand, for the corpus tests: each helper gives what
``eventkit extract`` prints for one event or document, with only the fields that matter set."""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]


def actor(name: str, kind: str = "PER", *, text: str | None = None, start: int = 10) -> Record:
    """An actor inside its sentence (``start`` > 0: not the sentence's first word)."""
    text = name if text is None else text
    return {
        "name": name,
        "text": text,
        "start": start,
        "end": start + len(text),
        "kind": kind,
        "title": None,
    }


def _event(kind: str, trigger: str, date: str | None, **roles: Any) -> Record:
    return {
        "type": kind,
        "trigger": {"text": trigger, "start": 5, "end": 5 + len(trigger)},
        "sentence": {"start": 0, "end": 200},
        "modality": roles.pop("modality", "asserted"),
        "date": None if date is None else {"text": date, "start": 0, "end": 4, "value": date},
        "place": None,
        "pack": roles.pop("pack", "news"),
        "rule": "test",
        **roles,
    }


def meeting(*participants: Record, date: str | None = None, **more: Any) -> Record:
    return _event("Meeting", "встретился", date, participants=list(participants), **more)


def statement(speaker: Record, content: str, *, date: str | None = None, **more: Any) -> Record:
    span = {"text": content, "start": 100, "end": 100 + len(content)}
    return _event(
        "Statement", "заявил", date, speaker=speaker, content=span, speech="indirect", **more
    )


def agreement(*parties: Record, subject: str | None = None, status: str = "signed") -> Record:
    span = None if subject is None else {"text": subject, "start": 50, "end": 50 + len(subject)}
    return _event(
        "Agreement", "подписали", None, parties=list(parties), subject=span, status=status
    )


def document(doc_id: str, *events: Record) -> Record:
    return {"id": doc_id, "events": list(events), "errors": []}
