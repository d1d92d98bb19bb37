"""The reference news text yields exactly the events a careful reader finds in it.

Reads ../shared/examples (the text and its expected events); the matching mirrors the
project's scorer: same type, each expected actor's key in exactly one predicted name,
Statement content starting as expected, and the dateline's place and date on meetings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventkit import Extractor


def _norm(value: str | None) -> str:
    return (value or "").lower().replace("ё", "е").strip()


def _actor_names(event: dict[str, Any]) -> list[str]:
    actors = event.get("participants") or event.get("parties") or [event.get("speaker")]
    return [_norm(a["name"]) for a in actors if a]


def _matches(gold: dict[str, Any], predicted: dict[str, Any], actors: dict[str, Any]) -> bool:
    if gold["type"] != predicted["type"]:
        return False
    if gold["type"] == "Statement":
        content = _norm(predicted["content"]["text"])
        return actors[gold["speaker"]]["key"] in _actor_names(predicted)[0] and content.startswith(
            _norm(gold["content_starts"])[:25]
        )
    keys = [actors[a]["key"] for a in gold.get("participants") or gold.get("parties")]
    names = _actor_names(predicted)
    return len(keys) == len(names) and all(any(k in n for n in names) for k in keys)


def test_reference_text(news: Extractor, shared: Path) -> None:
    examples = shared / "examples"
    text = (examples / "xinhua-kz-cn-meeting.txt").read_text(encoding="utf-8")
    expected = json.loads((examples / "xinhua-kz-cn-meeting.expected.json").read_text("utf-8"))
    predicted = news.extract(text).to_dict()["events"]
    left = list(predicted)
    missed = []
    for gold in expected["events"]:
        hit = next((p for p in left if _matches(gold, p, expected["actors"])), None)
        if hit is None:
            missed.append((gold["type"], gold["trigger"]))
            continue
        left.remove(hit)
        if "place" in gold:
            assert hit["place"]["name"] == gold["place"], gold["trigger"]
        if str(gold.get("date", "")).startswith("--"):
            assert hit["date"]["value"].endswith(gold["date"][2:]), gold["trigger"]
    optional = [o["trigger"] for o in expected.get("optional", [])]
    extra = [p for p in left if not any(o in p["trigger"]["text"] for o in optional)]
    assert not missed, f"missed: {missed}"
    assert not extra, f"extra: {[(p['type'], p['trigger']['text']) for p in extra]}"
    assert len(predicted) - len(extra) >= len(expected["events"])
