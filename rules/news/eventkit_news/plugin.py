"""The pack's plugin module: the entry point ``news`` names it."""

from __future__ import annotations

from collections.abc import Sequence

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
