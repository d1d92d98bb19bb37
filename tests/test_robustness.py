"""Hostile input through the real command line: every case ends with valid JSON Lines or a
one-line error, never a traceback, within a subprocess timeout. Also pack isolation and the
switches that keep a pack's code from being imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _cli import ENTRY, check_offsets, corpus_line, json_lines, run_eventkit
from _installed import environment, install_pack, meeting_pack

from eventkit.model.events import Actor

LIMIT = 20  # seconds each hostile input may take, including interpreter start-up
MEETING = "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Индии."


def _one_document(result: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    [document] = json_lines(result.stdout)
    return document


def test_empty_file(tmp_path: Path) -> None:
    file = tmp_path / "empty.txt"
    file.write_bytes(b"")
    document = _one_document(run_eventkit("extract", file, timeout=LIMIT))
    assert document == {"id": "empty", "events": [], "errors": []}


def test_invalid_utf8_is_a_one_line_error_or_replaced(tmp_path: Path) -> None:
    file = tmp_path / "latin1.txt"
    prefix = "Токаев встретился с ".encode()
    file.write_bytes(prefix + "Mañana".encode("latin-1"))
    result = run_eventkit("extract", file, timeout=LIMIT)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert message.count("\n") == 1
    assert f"{file}: not valid UTF-8 at byte offset {len(prefix) + 2}" in message
    replaced = _one_document(
        run_eventkit("extract", file, "--encoding-errors", "replace", timeout=LIMIT)
    )
    assert replaced["errors"] == []


def test_five_thousand_capitalized_words(tmp_path: Path) -> None:
    words = ["Иван", "Петров", "Встретился", "Москва", "Заявил", "Министр", "Анна", "Глава"]
    text = " ".join(words[(i * 7 + i // 3) % len(words)] for i in range(5000))
    file = tmp_path / "caps.txt"
    file.write_text(text)
    document = _one_document(run_eventkit("extract", file, timeout=LIMIT))
    check_offsets(document, text)
    budget = [e for e in document["errors"] if e["kind"] == "budget"]
    assert budget  # the cut is reported, with where it happened
    assert budget[0]["start"] == 0
    assert budget[0]["end"] == len(text)


def test_said_that_three_thousand_times(tmp_path: Path) -> None:
    text = "Он сказал, что " * 3000
    file = tmp_path / "said.txt"
    file.write_text(text)
    document = _one_document(run_eventkit("extract", file, timeout=LIMIT))
    check_offsets(document, text)
    assert any(e["kind"] == "budget" for e in document["errors"])


def test_two_hundred_nested_quotes(tmp_path: Path) -> None:
    text = "Петров заявил: " + "«" * 200 + "мы договорились" + "»" * 200 + "."
    file = tmp_path / "quotes.txt"
    file.write_text(text)
    document = _one_document(run_eventkit("extract", file, timeout=LIMIT))
    check_offsets(document, text)


def test_control_characters(tmp_path: Path) -> None:
    text = "\ufeffТокаев\x00 встретился\x0b с\x1b[31m Моди.\u2028Лавров заявил,\x7f что\r\rвсё\x0c."
    file = tmp_path / "control.txt"
    file.write_text(text)
    document = _one_document(run_eventkit("extract", file, timeout=LIMIT))
    check_offsets(document, text)


def test_long_document_without_sentence_ends(tmp_path: Path) -> None:
    # ~2 MB: a log-like text with no full stop anywhere, plus one real event at the end.
    text = "поступили данные, " * 60_000 + MEETING
    file = tmp_path / "long.txt"
    file.write_text(text)
    document = _one_document(run_eventkit("extract", file, timeout=120))
    check_offsets(document, text)
    assert [e["type"] for e in document["events"]] == ["Meeting"]


def test_corpus_with_one_broken_line(tmp_path: Path) -> None:
    lines = [corpus_line(f"news-{i}", f"{i}. {MEETING}") for i in range(20)]
    lines[12] = lines[12].replace('"text"', '"text" ', 1)[:-10]  # torn mid-string
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    result = run_eventkit("extract", corpus, timeout=LIMIT)
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    out = json_lines(result.stdout)
    assert [d["id"] for d in out] == [f"news-{i}" for i in range(20)]
    broken = out.pop(12)
    assert broken["events"] == []
    assert "line 13: not valid JSON" in broken["errors"][0]["message"]
    assert all(d["events"] and d["errors"] == [] for d in out)


# --- packs ------------------------------------------------------------------------------

BROKEN_PACK = meeting_pack(
    "broken",
    {"explode": ("_meeting_grammar", "_explode"), "no-grammar": ("_no_grammar", "_explode")},
    """
import os
from pathlib import Path

if os.environ.get("BROKEN_PACK_MARKER"):
    Path(os.environ["BROKEN_PACK_MARKER"]).write_text("imported")


def _explode(match):
    raise RuntimeError("interpretation exploded")


def _no_grammar():
    raise ValueError("grammar exploded")
""",
)


@pytest.fixture
def broken_pack(tmp_path: Path) -> dict[str, str]:
    """An installed third-party pack (a module and its dist-info with an ``eventkit`` entry
    point on the path) that fails; returns the environment that makes it visible."""
    site = tmp_path / "site"
    install_pack(
        site, dist="eventkit-broken", module="eventkit_broken", source=BROKEN_PACK, entry="broken"
    )
    return environment(site, BROKEN_PACK_MARKER=str(tmp_path / "imported"))


def _extract(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    """``eventkit extract -`` on MEETING; stderr's last line says which pack modules loaded."""
    code = (
        f"{ENTRY.rsplit(';', 1)[0]}; rc = run(); "
        "print('modules', 'eventkit_news.plugin' in sys.modules, "
        "'eventkit_broken' in sys.modules, file=sys.stderr); sys.exit(rc)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "extract", "-", *args],
        input=MEETING.encode(),
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_failing_pack_is_reported_and_others_still_work(broken_pack: dict[str, str]) -> None:
    result = _extract(broken_pack)
    document = _one_document(result)
    assert [(e["type"], e["pack"]) for e in document["events"]] == [("Meeting", "news")]
    failures = {(e["pack"], e["rule"], e["kind"]) for e in document["errors"]}
    assert failures == {("broken", "explode", "pack"), ("broken", "no-grammar", "pack")}
    messages = " ".join(e["message"] for e in document["errors"])
    assert "interpretation exploded" in messages
    assert "grammar exploded" in messages


def test_strict_stops_on_a_failing_pack(broken_pack: dict[str, str]) -> None:
    result = _extract(broken_pack, "--strict")
    assert result.returncode == 2
    error = result.stderr.decode().splitlines()[0]
    assert error.startswith("eventkit: error: pack 'broken', rule ")
    assert b"Traceback" not in result.stderr


def test_allow_list_keeps_other_packs_unimported(
    broken_pack: dict[str, str], tmp_path: Path
) -> None:
    result = _extract(broken_pack, "--packs", "news")
    assert _one_document(result)["errors"] == []
    assert result.stderr.decode().splitlines()[-1] == "modules True False"
    assert not (tmp_path / "imported").exists()
    result = _extract(broken_pack, "--packs", "broken")
    assert result.stderr.decode().splitlines()[-1] == "modules False True"


def test_autoload_switch_imports_no_pack(broken_pack: dict[str, str], tmp_path: Path) -> None:
    env = {**broken_pack, "EVENTKIT_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = _extract(env)
    assert _one_document(result) == {"id": "stdin", "events": [], "errors": []}
    assert result.stderr.decode().splitlines()[-1] == "modules False False"
    assert not (tmp_path / "imported").exists()


def test_the_broken_pack_is_really_installed(broken_pack: dict[str, str], tmp_path: Path) -> None:
    # The isolation tests above mean something only if the pack loads when allowed.
    _extract(broken_pack)
    assert (tmp_path / "imported").read_text() == "imported"


def test_json_errors_name_the_pack(broken_pack: dict[str, str]) -> None:
    document = json.loads(_extract(broken_pack).stdout)
    assert all(error["pack"] == "broken" for error in document["errors"])


# --- very long documents ------------------------------------------------------------------


def test_split_blocks_cuts_at_line_breaks() -> None:
    from eventkit.extract.blocks import split_blocks

    text = "abc def\n" * 10
    blocks = split_blocks(text, size=20)
    assert blocks[0] == (0, 16)
    assert all(text[end - 1] == "\n" for _, end in blocks[:-1])
    assert "".join(text[s:e] for s, e in blocks) == text
    assert split_blocks("x" * 50, size=20) == [(0, 20), (20, 40), (40, 50)]


def test_long_document_is_extracted_in_blocks(extractor: Any) -> None:
    from eventkit.extract.blocks import MAX_BLOCK_CHARS, shifted, split_blocks

    lines = [
        MEETING,
        "Сергей Лавров заявил, что диалог будет продолжен.",
        "Стороны подписали соглашение о сотрудничестве.",
        "В пятницу в городе прошел дождь.",
    ]
    text = "".join(f"{lines[i % 4]}\n" for i in range(MAX_BLOCK_CHARS // 30))
    document = extractor.extract(text, doc_id="long")
    check_offsets(extractor.converter.document_to_dict(document), text)
    assert [(e.rule, e.kind) for e in document.errors] == [("blocks", "budget")]
    # Exactly the events of each block extracted on its own, moved to the block's offset.
    blocks = split_blocks(text)
    assert len(blocks) == 2
    expected = [
        shifted(event, start)
        for start, end in blocks
        for event in extractor.extract(text[start:end]).events
    ]
    assert [_unlinked(e) for e in document.events] == [_unlinked(e) for e in expected]
    assert {e.trigger.start < blocks[1][0] for e in document.events} == {True, False}
    # One entity per name across the blocks, every actor linked to it.
    names = [(e.name, e.kind, e.named) for e in document.entities]
    assert len(names) == len(set(names))
    assert "Сергей Лавров" in [name for name, _, _ in names]
    for event in document.events:
        for actor in event.actors():
            entity = document.entity_of(actor)
            assert entity is not None
            assert entity.name == actor.name


def _unlinked(event: Any) -> Any:
    """An event with its actors' links to entities taken off (they index the whole
    document's entities, not a block's)."""
    import attrs

    changes = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            changes[field.name] = attrs.evolve(value, entity=None)
        elif isinstance(value, tuple) and value and isinstance(value[0], Actor):
            changes[field.name] = tuple(attrs.evolve(a, entity=None) for a in value)
    return attrs.evolve(event, **changes)
