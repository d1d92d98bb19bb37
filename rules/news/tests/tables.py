"""Helpers for the grammar tables: short, readable summaries of what the pack found."""

from __future__ import annotations

from eventkit import Agreement, Document, Event, Extractor, Meeting, Statement


def _norm(text: str) -> str:
    return text.lower().replace("ё", "е")


def names(actors: object) -> list[str]:
    return [_norm(a.name) for a in actors]  # type: ignore[attr-defined]


def has_keys(found: list[str], keys: list[str]) -> bool:
    """Every key in exactly one name, and no name left over."""
    left = list(found)
    for key in keys:
        hit = next((n for n in left if key in n), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def of_type(document: Document, cls: type[Event]) -> list[Event]:
    return [e for e in document.events if isinstance(e, cls)]


def has_statement(document: Document, speaker: str, content: str) -> bool:
    """A statement whose speaker (as written or named) holds ``speaker`` and whose content
    begins with ``content`` (both lower case, "ё" as "е")."""
    return any(
        speaker in _norm(s.speaker.text + " " + s.speaker.name)
        and s.content.text.lower().startswith(content)
        for s in document.events
        if isinstance(s, Statement)
    )


def speaker_names(document: Document) -> list[str]:
    """The speakers' names of a document's statements, in text order."""
    return [e.speaker.name for e in document.events if isinstance(e, Statement)]


def describe(document: Document) -> str:
    """All events of a document, one per line, for assertion messages."""
    lines = []
    for e in document.events:
        if isinstance(e, Statement):
            lines.append(
                f"Statement[{e.trigger.text}] {e.speaker.name!r} ({e.modality}): "
                f"{e.content.text[:60]!r}"
            )
        elif isinstance(e, Meeting):
            lines.append(f"Meeting[{e.trigger.text}] {names(e.participants)} ({e.modality})")
        elif isinstance(e, Agreement):
            subject = e.subject.text[:40] if e.subject else None
            lines.append(
                f"Agreement[{e.trigger.text}] {names(e.parties)} {e.status} ({e.modality}) "
                f"{subject!r}"
            )
        else:
            lines.append(f"{e.type}[{e.trigger.text}]")
    return "\n".join(lines) or "(no events)"


def assert_statement(extractor: Extractor, text: str, speaker: str, content: str) -> None:
    """``text`` gives a statement of ``speaker`` with ``content`` (see ``has_statement``)."""
    document = extractor.extract(text)
    assert has_statement(document, speaker, content), describe(document)


def assert_no_statement(extractor: Extractor, text: str) -> None:
    """``text`` gives no statement at all."""
    document = extractor.extract(text)
    assert not of_type(document, Statement), describe(document)


def assert_no_statement_at(extractor: Extractor, text: str, trigger: str) -> None:
    """``text`` gives no statement triggered by ``trigger`` (others may be there)."""
    document = extractor.extract(text)
    triggers = [s.trigger.text for s in of_type(document, Statement)]
    assert trigger not in triggers, describe(document)
