"""Events reported twice in a document: a headline's event the story repeats, a meeting
mentioned again ("в ходе встречи с ...")."""

from __future__ import annotations

from eventkit.model.events import Event
from eventkit.text.morph import get_morph


def drop_headline_repeats(events: list[Event], text: str) -> list[Event]:
    """A headline ("Путин и Си Цзиньпин провели переговоры" on the first line, with the
    story below) announces what the story reports: its events are the story's, reported
    with their context there ("Суд постановил выплатить компенсацию" above "судья
    федерального суда постановил, что …"), and a headline's own wording ("Защитники леса
    соберутся, чтобы подать обращение") is a summary, not a report of its own."""
    first_line = text.find("\n")
    headline = text[:first_line].strip()
    if first_line < 0 or not text[first_line:].strip() or not headline:
        return events
    if headline[-1] in '.!?…»":' or len(headline) > 200:
        return events  # a lead paragraph or a line introducing a quote, not a headline
    return [e for e in events if e.trigger.start > first_line]


def _nominal(event: Event) -> bool:
    """Whether the trigger has no verb in it ("встречи", not "провели переговоры")."""
    verbal = {"VERB", "INFN", "PRTF", "PRTS", "GRND"}
    return not any(
        parses and parses[0].tag.grammemes & verbal
        for parses in (get_morph().parses(w) for w in event.trigger.text.split())
    )


def drop_repeated_meetings(events: list[Event]) -> list[Event]:
    """A later mention of a meeting between the same people ("в ходе встречи с президентом
    Януковичем" after "Эрдоган встретился с Януковичем") is the same meeting, not a new one."""
    kept: list[Event] = []
    seen: list[tuple[set[str], str]] = []
    for event in events:
        if event.type == "Meeting":
            people = {a.name.lower() for a in event.actors()}
            # A planned meeting after a held one (or the reverse) is another meeting; a
            # meeting called off is the one a later noun speaks of ("формат встречи").
            modality = getattr(event, "modality", "")
            # A verb reports a meeting of its own ("увидятся" after "встретится"); a noun
            # ("в ходе встречи с X") refers back to one.
            if (
                _nominal(event)
                and len(people) >= 2
                and any(people <= earlier and how in (modality, "negated") for earlier, how in seen)
            ):
                continue
            seen.append((people, modality))
        kept.append(event)
    return kept
