"""The hook specifications plugins and rule packs implement.

Hooks are called through pluggy with keyword arguments (``eventkit.engine.hookcall``), so
hook wrappers and call monitoring work; arguments may be added in later versions, never
renamed, so implementations may accept only the ones they need.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from eventkit.engine.packs import RulePack
    from eventkit.model.events import Document, Event

PROJECT = "eventkit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def eventkit_rule_packs() -> Sequence[RulePack]:
    """Contribute rule packs.

    :return: a sequence of :class:`eventkit.packs.RulePack`; every pack name must be unique
        across all plugins.
    """


@hookspec
def eventkit_event_types() -> Sequence[type[Event]]:
    """Contribute event classes beyond Meeting, Statement and Agreement.

    :return: a sequence of attrs classes derived from :class:`eventkit.events.Event`, each
        with a distinct ``type`` class variable; they become known to the JSON converter.
    """


@hookspec
def eventkit_lexicons() -> Mapping[str, Iterable[str]]:
    """Add words (lemmas) to the core's word lists, which every pack's building blocks
    read: ``title_nouns`` ("штурман"), ``org_nouns`` ("кооператив"),
    ``object_content_verbs`` (verbs whose object is what was said), ``express_nouns``
    ("выразил X"), ``source_nouns`` (documents that speak: "в бюллетене говорится"),
    ``unnamed_people`` (descriptions never resolved to a named person: "очевидец").

    The words serve every pack of the Extractor that loaded the plugin, and no other
    Extractor (see ``eventkit.grammar.lexicon.Lexicons``).

    :return: a mapping of lexicon name to the lemmas to add.
    """


@hookspec
def eventkit_postprocess(document: Document) -> Sequence[Event] | None:
    """Post-process the events of one document after resolution.

    Called for each plugin in turn; each implementation sees the document as the previous
    one left it (see ``eventkit.extract.postprocess``).

    :param document: the document with its resolved events.
    :return: the new list of events, or None to leave them unchanged.
    """
