"""Compact one-line-per-role descriptions of events (as contract dicts), for failure
reports (``eventkit.testing``) and ``eventkit explain``; needs nothing beyond the standard
library, so the command line works without pytest installed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

# Keys every event has that say little in a failure report.
_QUIET_KEYS = frozenset({"type", "trigger", "sentence", "pack", "rule"})


def describe_event(event: Mapping[str, Any], *, full: bool = True) -> list[str]:
    """Lines that show an event (or an expected one) compactly: type and trigger first,
    then one line per role with names for actors and text for spans."""
    trigger = event.get("trigger")
    head = str(event.get("type", "?"))
    if trigger is not None:
        head += f" {_short(trigger)}"
    lines = [head]
    for key, value in event.items():
        if key in _QUIET_KEYS or value is None or value == [] or value == ():
            continue
        if full and key == "modality" and value == "asserted":
            continue
        lines.append(f"  {key}: {_short(value)}")
    if full and event.get("pack"):
        lines.append(f"  ({event['pack']}/{event.get('rule', '')})")
    return lines


def _short(value: object) -> str:
    if isinstance(value, Mapping):
        if "name" in value:
            return str(value["name"])
        if "text" in value and "value" in value:
            return f"{value['text']!r} = {value['value']}"
        if "text" in value:
            return repr(value["text"])
        return ", ".join(f"{k}={_short(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
