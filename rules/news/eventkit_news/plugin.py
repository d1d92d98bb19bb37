"""The pack's plugin module: the entry point ``news`` names it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from eventkit import RulePack, hookimpl
from eventkit_news import __version__, agreements, meetings, statements


@hookimpl
def eventkit_rule_packs() -> Sequence[RulePack]:
    return [
        RulePack(
            name="news",
            version=__version__,
            description="Meetings, statements and agreements in Russian news",
            requires_eventkit=">=0.1,<0.2",
            rules=(*meetings.RULES, *statements.RULES, *agreements.RULES),
        )
    ]


@hookimpl
def eventkit_lexicons() -> Mapping[str, Iterable[str]]:
    # "охарактеризовал его как сильного стратега": the object and its "как" are what was said
    return {"object_content_verbs": ("охарактеризовать", "характеризовать")}
