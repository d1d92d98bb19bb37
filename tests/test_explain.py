"""``eventkit explain``: triggers, matches with their parts and events, and where a grammar
that almost matched stopped (from yargy's chart)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventkit import Extractor
from eventkit.cli import main
from eventkit.views.explain import explain, format_text

NEAR_MISS = "Группа ВТБ выкупила у «Сбербанка» за 138 млрд рублей."


@pytest.fixture(scope="module")
def deals() -> Extractor:
    return Extractor(["deals"])


def test_near_miss_shows_where_the_match_stopped(deals: Extractor) -> None:
    [report] = explain(NEAR_MISS, deals)
    [rule] = report.rules
    assert (rule.pack, rule.rule) == ("deals", "deal.acquisition")
    assert [(t.text, t.lemma) for t in rule.triggers] == [("выкупила", "выкупить")]
    assert rule.matches == []
    best = rule.partials[0]
    # The verb and "у «Сбербанка»" matched; the asset the grammar wants next is missing.
    assert best.text == "выкупила у «Сбербанка»"
    assert NEAR_MISS[best.start : best.end] == best.text
    assert best.stopped_at == "за"
    assert best.expected == "ASSET"
    assert best.rule == "deal.acquisition"
    text = format_text([report])
    assert "stopped before 'за', expected ASSET" in text


def test_a_match_shows_its_parts_and_event(deals: Extractor) -> None:
    [report] = explain("Microsoft купила LinkedIn за $26,2 млрд.", deals)
    [rule] = report.rules
    [match] = rule.matches
    assert match.text == "купила LinkedIn"
    assert match.parts["TRIGGER"] == ["купила"]
    assert match.parts["ASSET"] == ["LinkedIn"]
    assert not any(name.startswith("R") and name[1:].isdigit() for name in match.parts)
    [event] = match.events
    assert (event["type"], event["buyer"]["name"]) == ("Deal", "Microsoft")
    assert rule.partials == []


def test_unselected_sentences_say_so(deals: Extractor) -> None:
    reports = explain("Погода была хорошей. Microsoft купила LinkedIn.", deals)
    assert [len(r.rules) for r in reports] == [0, 1]
    assert "no rule's trigger words here" in format_text(reports)


def test_cli_json_and_pack_selection(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", NEAR_MISS, "--format", "json", "--no-pack", "news"]) == 0
    [sentence] = json.loads(capsys.readouterr().out)
    assert {r["pack"] for r in sentence["rules"]} == {"deals"}
    partial = sentence["rules"][0]["partials"][0]
    assert (partial["stopped_at"], partial["expected"]) == ("за", "ASSET")


def test_cli_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Иван Петров встретился с Анной Смирновой.", encoding="utf-8")
    assert main(["explain", str(path), "--packs", "news"]) == 0
    out = capsys.readouterr().out
    assert "news/meeting" in out
    assert "-> Meeting 'встретился'" in out
