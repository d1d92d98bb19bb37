"""Helpers of the "who" tests (test_who_*.py): the speakers a text's statements get, and the
mentions the actor grammar finds in it."""

from __future__ import annotations

from collections.abc import Collection

from eventkit import Extractor
from eventkit.grammar.actors import mentions
from eventkit.grammar.mention import Mention
from eventkit.text.analysis import analyse


def speakers(extractor: Extractor, text: str, triggers: str | Collection[str] = ()) -> list[str]:
    """The speakers' names of the text's statements, in order; only those whose trigger is
    ``triggers`` (one trigger or several) when given."""
    wanted = {triggers} if isinstance(triggers, str) else set(triggers)
    return [
        e.speaker.name
        for e in extractor.extract(text).events
        if e.type == "Statement" and (not wanted or e.trigger.text in wanted)
    ]


def found_mentions(text: str) -> list[Mention]:
    """Every mention the actor grammar finds in the text, sentence by sentence."""
    return [m for s in analyse(text).sentences for m in mentions(s, text)]
