"""``eventkit evaluate`` scores a pack's own event type (the deals pack's ``Deal``) like a
built-in one: its actors are read through ``Deal.roles``, from a live extractor and from a
predictions file alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventkit import Extractor
from eventkit.evaluate import evaluate

pytestmark = pytest.mark.eventkit_packs("deals")


TWO_DEALS = (
    "«Газпром нефть» подписала контракт с компанией «Шелл» на сумму 2,5 млрд рублей. "
    "Сбербанк купил 51% акций компании «Рамблер» за 60 млн долларов."
)


def _gold_deal(trigger: str, *parties: tuple[str, str, str]) -> dict[str, Any]:
    """A gold Deal: parties as (words in the text, name, key)."""

    def at(part: str) -> dict[str, Any]:
        start = TWO_DEALS.index(part)
        return {"text": part, "start": start, "end": start + len(part)}

    actors = [{"name": name, "key": key, "kind": "ORG", **at(part)} for part, name, key in parties]
    return {"type": "Deal", "trigger": at(trigger), "parties": actors, "date": None, "place": None}


def test_the_pack_event_type_is_scored(eventkit_extractor: Extractor, tmp_path: Path) -> None:
    """evaluate reads a Deal's actors through Deal.roles, like a built-in type's."""
    contract = _gold_deal(
        "подписала контракт",
        ("«Газпром нефть»", "Газпром нефть", "газпром нефть"),
        ("компанией «Шелл»", "Шелл", "шелл"),
    )
    # The gold names the company whose shares were bought as a party; the pack does not.
    purchase = _gold_deal(
        "купил", ("Сбербанк", "Сбербанк", "сбербанк"), ("«Рамблер»", "Рамблер", "рамблер")
    )
    gold = tmp_path / "deals.gold.jsonl"
    record = {"id": "d", "text": TWO_DEALS, "events": [contract, purchase]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")

    direct = evaluate(gold, extractor=eventkit_extractor)
    predictions = tmp_path / "out.jsonl"
    found = eventkit_extractor.converter.document_to_dict(
        eventkit_extractor.extract(TWO_DEALS, doc_id="d")
    )
    predictions.write_text(json.dumps(found, ensure_ascii=False) + "\n", "utf-8")
    from_file = evaluate(gold, predictions_path=predictions)

    for report in (direct, from_file):
        deals = report.for_type("Deal")
        assert (deals.events.tp, deals.events.fp, deals.events.fn) == (2, 0, 0)
        assert (deals.arguments.tp, deals.arguments.fp, deals.arguments.fn) == (3, 0, 1)
        assert (deals.complete.tp, deals.complete.fp, deals.complete.fn) == (1, 1, 1)
        assert report.for_type("Meeting").events.gold == 0
