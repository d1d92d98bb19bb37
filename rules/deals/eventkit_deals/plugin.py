"""The pack's plugin module: the entry point ``deals`` names it."""

from __future__ import annotations

from collections.abc import Sequence

from eventkit import Event, RulePack, hookimpl
from eventkit_deals import __version__, rules
from eventkit_deals.events import Deal

PACK = RulePack(
    name="deals",
    version=__version__,
    description="Corporate deals: acquisitions, sales, contracts, investments",
    requires_eventkit=">=0.1,<0.2",
    rules=rules.RULES,
)


@hookimpl
def eventkit_event_types() -> Sequence[type[Event]]:
    return [Deal]


@hookimpl
def eventkit_rule_packs() -> Sequence[RulePack]:
    return [PACK]
