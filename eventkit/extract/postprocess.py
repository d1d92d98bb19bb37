"""The ``eventkit_postprocess`` hook over one document.

The hook is called through pluggy (see ``eventkit.engine.hookcall``); each implementation
sees the document as the previous one left it, and its result is checked as ``interpret``'s
are. A failing implementation is recorded in ``Document.errors`` (``kind="postprocess"``,
the plugin as ``pack``) and the next one still runs; with ``strict`` it raises. A hook
wrapper sees the list of the implementations' results; when the last item of the list it
returns is one it made, that item is the document's events.
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy
from attrs import evolve

from eventkit.engine.guard import is_pack_failure
from eventkit.engine.hookcall import HookFailure, Invoke, call_hook
from eventkit.engine.validate import checked_events
from eventkit.errors import RulePackError
from eventkit.model.events import Document, Event, ExtractionError


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Events in text order (by trigger, then type): the order of ``Document.events``."""
    return sorted(events, key=lambda e: (e.trigger.start, e.trigger.end, e.type))


def postprocessed(pm: pluggy.PluginManager, document: Document, *, strict: bool) -> Document:
    """``document`` as the ``eventkit_postprocess`` implementations of ``pm`` leave it."""
    chain = _Chain(document, strict=strict)
    try:
        results = call_hook(pm, "eventkit_postprocess", each=chain.run, document=document)
    except HookFailure as failure:  # an implementation (strict) or a wrapper raised
        chain.fail(failure.plugin or "?", failure.error)
        return chain.document
    if results:
        plugin, last = results[-1]
        if last is not chain.last_applied:  # a wrapper's own result
            try:
                chain.apply(last)
            except BaseException as error:
                if not is_pack_failure(error):
                    raise
                chain.fail(plugin, error)
    return chain.document


class _Chain:
    """The document as the implementations so far left it."""

    def __init__(self, document: Document, *, strict: bool) -> None:
        self.document = document
        self.strict = strict
        self.last_applied: object = None

    def run(self, plugin: str, invoke: Invoke) -> object:
        try:
            returned = invoke(document=self.document)
            self.apply(returned)
        except BaseException as error:
            if self.strict or not is_pack_failure(error):
                raise
            self.fail(plugin, error)
            return None
        return returned

    def apply(self, returned: object) -> None:
        if returned is None:
            return
        events = sorted_events(checked_events(returned, self.document.text))
        self.document = evolve(self.document, events=events)
        self.last_applied = returned

    def fail(self, plugin: str, error: BaseException) -> None:
        if self.strict:
            raise RulePackError(
                f"plugin {plugin!r}: eventkit_postprocess failed: {error!r}", plugin=plugin
            ) from error
        failure = ExtractionError(
            pack=plugin, kind="postprocess", message=f"eventkit_postprocess failed: {error!r}"
        )
        self.document = evolve(self.document, errors=[*self.document.errors, failure])
