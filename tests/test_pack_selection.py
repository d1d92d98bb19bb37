"""Choosing packs (--packs, --pack, --no-pack on every command that runs packs), pack
metadata, and one event kept with the provenance of both when two packs report it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from yargy import rule

from eventkit import Event, EventRule, Extractor, Meeting, RuleMatch, RulePack, Source, hookimpl
from eventkit.cli import build_parser, main
from eventkit.grammar.tokens import lemma_in

TEXT = "Иван Петров встретился с Анной Смирновой. Microsoft купила LinkedIn за $26,2 млрд."


def _echo(match: RuleMatch) -> Event:
    """A second pack's view of the same meeting: the trigger, no participants."""
    return Meeting(
        trigger=match.span_of(match.tokens),
        sentence=match.sentence_span,
        pack=match.pack,
        rule=match.rule,
    )


ECHO = SimpleNamespace(
    __name__="echo_plugin",
    eventkit_rule_packs=hookimpl(
        lambda: [
            RulePack(
                name="echo",
                version="1.0",
                rules=[
                    EventRule(
                        name="echo.met",
                        event_type=Meeting,
                        triggers={"встретиться"},
                        grammar=lambda: rule(lemma_in({"встретиться"})),
                        interpret=_echo,
                    )
                ],
            )
        ]
    ),
)


def test_two_packs_one_event_with_both_provenances() -> None:
    extractor = Extractor(["news", "echo"], plugins=[ECHO])
    document = extractor.extract("Иван Петров встретился с Анной Смирновой.")
    [meeting] = document.events
    assert isinstance(meeting, Meeting)
    # The news pack's event has the participants, so it is the one kept.
    assert (meeting.pack, len(meeting.participants)) == ("news", 2)
    assert [s.pack for s in meeting.provenance] == ["news", "echo"]
    assert meeting.provenance[1] == Source(pack="echo", rule="echo.met")
    data = extractor.converter.event_to_dict(meeting)
    assert data["provenance"] == [
        {"pack": "news", "rule": meeting.rule},
        {"pack": "echo", "rule": "echo.met"},
    ]
    assert extractor.converter.event_from_dict(data) == meeting


def test_single_pack_events_have_no_provenance_key() -> None:
    extractor = Extractor(["news"])
    [meeting] = extractor.extract("Иван Петров встретился с Анной Смирновой.").events
    assert meeting.provenance == ()
    assert "provenance" not in extractor.converter.event_to_dict(meeting)


def test_selecting_and_excluding_installed_packs() -> None:
    assert [p.name for p in Extractor(["deals"]).packs] == ["deals"]
    assert "deals" not in [p.name for p in Extractor(exclude=["deals"]).packs]
    types = {e.type for e in Extractor(["deals"]).extract(TEXT).events}
    assert types == {"Deal"}
    assert {e.type for e in Extractor(exclude=["deals"]).extract(TEXT).events} == {"Meeting"}


def test_a_pack_left_out_is_never_imported() -> None:
    code = (
        "import sys; from eventkit import Extractor; Extractor(['news']);"
        "print(any(m.startswith('eventkit_deals') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["False"], out.stderr


def test_packs_declare_their_metadata() -> None:
    for pack in Extractor().packs:
        assert pack.version, pack.name
        assert pack.requires_eventkit, pack.name
        assert pack.event_types, pack.name


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "x.txt"],
        ["explain", "text"],
        ["show", "x.txt", "-o", "out.html"],
        ["evaluate", "gold.jsonl"],
        ["packs"],
    ],
    ids=lambda argv: argv[0],
)
def test_every_command_that_runs_packs_takes_the_same_flags(argv: list[str]) -> None:
    args = build_parser().parse_args([*argv, "--packs", "news,deals", "--no-pack", "deals"])
    assert args.packs == "news,deals"
    assert args.no_pack == ["deals"]


def test_cli_no_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["packs", "--no-pack", "news", "--json"]) == 0
    assert [p["name"] for p in json.loads(capsys.readouterr().out)] == ["deals"]
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--no-pack", "news"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [e["type"] for e in document["events"]] == ["Deal"]
