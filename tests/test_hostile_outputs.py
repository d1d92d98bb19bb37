"""Reliability, round three: what `corpus`, `evaluate`, `extract`, `show` and `explain` do with
hostile predictions, concurrent runs, unusual encodings and a full disk
(docs/robustness.md, "Outputs and predictions"). Each test names its case of issue 22."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest
from _browser import checked_verdict, chromium_or_skip
from _cli import eventkit_command, json_lines, run_eventkit
from _corpus import actor, agreement, document, meeting, statement

from eventkit import Actor, Event, EventRule, Extractor, RulePack, RulePackError, hookimpl
from eventkit.batch.readers import open_input
from eventkit.batch.writers import OutputFile
from eventkit.corpus import Corpus, corpus_html
from eventkit.corpus.export import write_corpus

IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">'
SCRIPT = "</script><script>window.__pwned=(window.__pwned||0)+1</script><!--"
# What a spreadsheet reads as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULAS = ["=1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "+1", "\t=1", "\r=1"]
MEETING_TEXT = "Иван Петров встретился с Анной Смирновой в Москве."
PAGE_FILES = {
    "entities.csv",
    "meetings.csv",
    "statements.csv",
    "agreements.csv",
    "events.csv",
    "corpus.json",
    "network.graphml",
    "corpus.html",
}


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def hostile_records() -> list[dict[str, Any]]:
    """Predictions whose every string is an attack: on the page, in CSV, in XML."""
    return [
        document(
            IMG,
            meeting({**actor("Иван Петров"), "title": IMG}, actor("Анна Смирнова")),
            statement(actor("Анна Смирнова"), SCRIPT),
        ),
        document(
            "=1+1",
            meeting(actor("Иван Петров"), actor("Анна Смирнова"), date="2016-03-30"),
            meeting(actor("@SUM(A1)", "ORG", text="«@SUM(A1)»"), actor("Олег \x01Сидоров")),
        ),
        document(
            SCRIPT,
            agreement(
                actor("-2+3+cmd|' /C calc'!A0", "ORG", text="«-2+3+cmd|' /C calc'!A0»"),
                actor("Анна Смирнова"),
                subject='=HYPERLINK("http://evil","x")',
            ),
        ),
    ]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "hostile.jsonl", hostile_records())


# Case 1: script injection on the corpus page and in network.graphml -----------------------


_NO_SCRIPT_JS = """
(function () {
  var rows = document.querySelectorAll('#ek-entities .ek-row'), opened = 0;
  Array.prototype.forEach.call(rows, function (row) {
    row.click(); opened++;
  });
  var pre = document.createElement('pre');
  pre.id = 'ek-check';
  pre.textContent = JSON.stringify({
    ready: typeof window.ekReady,
    opened: opened,
    pwned: window.__pwned || 0,
    images: document.images.length,
    scripts: document.scripts.length,
    details: document.getElementById('ek-details').textContent
  });
  document.body.appendChild(pre);
})();
"""


def test_a_page_of_hostile_predictions_runs_no_injected_script(
    hostile: Path, tmp_path: Path
) -> None:
    chromium = chromium_or_skip()
    result = run_eventkit("corpus", hostile, "-o", tmp_path / "site", "--title", IMG)
    assert result.returncode == 0, result.stderr.decode()
    page = (tmp_path / "site" / "corpus.html").read_text("utf-8")
    # A kind that is not PER/ORG/GPE never reaches a file; here it is put in by hand, to
    # check the page's own escaping too.
    corpus = Corpus.from_jsonl(hostile)
    entity = corpus.entities[0]
    forged = attrs.evolve(corpus, entities=(attrs.evolve(entity, kind=IMG), *corpus.entities[1:]))
    for number, html in enumerate((page, corpus_html(forged, title=SCRIPT))):
        workdir = tmp_path / f"browser{number}"
        workdir.mkdir()
        verdict = checked_verdict(chromium, html, _NO_SCRIPT_JS, workdir)
        assert verdict["ready"] == "number", verdict  # the page's script ran to its end
        assert verdict["opened"] >= 3
        assert verdict["pwned"] == 0
        assert verdict["images"] == 0
        assert verdict["scripts"] == 3  # the data, the page's script, the check
    assert IMG in verdict["details"] or "window.__pwned" in verdict["details"]  # shown as text


def test_graphml_of_hostile_names_is_well_formed(tmp_path: Path) -> None:
    corpus = Corpus.from_jsonl(_write_jsonl(tmp_path / "in.jsonl", hostile_records()))
    entity = corpus.entities[0]
    forged = attrs.evolve(corpus, entities=(attrs.evolve(entity, kind=IMG), *corpus.entities[1:]))
    for number, each in enumerate((corpus, forged)):
        write_corpus(each, tmp_path / str(number))
        root = ET.parse(tmp_path / str(number) / "network.graphml").getroot()
        values = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")]
        assert "Иван Петров" in values
    assert IMG in values  # the forged kind, escaped and read back as it was


# Case 2: CSV formula injection -------------------------------------------------------------


def test_no_csv_cell_starts_a_formula(hostile: Path, tmp_path: Path) -> None:
    result = run_eventkit("corpus", hostile, "-o", tmp_path / "site")
    assert result.returncode == 0, result.stderr.decode()
    cells = []
    for name in ("events", "statements", "entities", "agreements", "meetings"):
        with (tmp_path / "site" / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            cells += [(name, cell) for row in csv.reader(f) for cell in row]
    assert [c for c in cells if c[1].startswith(FORMULA_STARTS)] == []
    # Neutralized, not dropped: the value is there after a "'".
    texts = {cell for _, cell in cells}
    assert "'=1+1" in texts
    assert any(cell.startswith("'-2+3+cmd") for cell in texts)
    assert '\'=HYPERLINK("http://evil","x")' in texts
    assert "2016-03-30" in texts  # an ordinary value is left alone


# Case 3: two runs on one -o --------------------------------------------------------------------


def test_a_second_run_on_the_same_output_stops_at_once(tmp_path: Path) -> None:
    source = tmp_path / "small.jsonl"
    _write_jsonl(source, [{"id": "s", "text": MEETING_TEXT}])
    out = tmp_path / "same.jsonl"
    first = OutputFile(out, force=False)  # what a running `extract -o same.jsonl` holds
    first.write([json.dumps({"id": "big-1", "events": [], "errors": []})])
    for extra in ((), ("--force",), ("--resume",)):
        second = run_eventkit("extract", source, "-o", out, *extra)
        assert second.returncode == 2, extra
        err = second.stderr.decode()
        assert "being written by another eventkit run" in err, err
        assert err.count("\n") == 1
    first.close()
    assert [d["id"] for d in json_lines(out.read_bytes())] == ["big-1"]  # nothing lost


def test_two_corpus_runs_into_one_folder(hostile: Path, tmp_path: Path) -> None:
    from eventkit.batch.safeio import FolderLock

    site = tmp_path / "site"
    site.mkdir()
    with FolderLock(site):
        result = run_eventkit("corpus", hostile, "-o", site)
    assert result.returncode == 2
    assert "being written by another eventkit run" in result.stderr.decode()
    assert list(site.iterdir()) == []


# Case 4: corpus and evaluate on bad predictions ----------------------------------------------

GOLD = {
    "id": "a",
    "text": MEETING_TEXT,
    "events": [
        {
            "type": "Meeting",
            "trigger": {"text": "встретился", "start": 12, "end": 22},
            "participants": [{"name": "Иван Петров"}, {"name": "Анна Смирнова"}],
        }
    ],
}
_EVENT = '{"type":"Meeting","trigger":{"text":"x","start":%s,"end":2},"participants":[%s]}'
_ACTOR = '{"name":"Иван Петров","kind":%s,"text":"Иван Петров","start":%s,"end":2,"title":%s}'


def _line(start: str = "1", kind: str = '"PER"', title: str = "null", doc: str = '"a"') -> str:
    actors = ",".join(_ACTOR % (kind, start, title) for _ in range(2))
    return f'{{"id":{doc},"events":[{_EVENT % (start, actors)}]}}'


BAD_LINES = {
    "infinite-offset": _line(start="1e999"),
    "list-title": _line(title='["x"]'),
    "object-kind": _line(kind='{"a":1}'),
    "script-kind": _line(kind=json.dumps(IMG)),
    "surrogate-id": _line(doc='"\\ud800"'),
    "deep-nesting": '{"id":"a","events":[' + "[" * 3000 + "]" * 3000 + "]}",
    "huge-int": _line(start="9" * 4400),
    "bom": "\ufeff" + _line(),
    "string-event": '{"id":"a","events":["Meeting"]}',
}


@pytest.mark.parametrize("case", BAD_LINES)
def test_corpus_on_bad_predictions(case: str, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(_line(doc='"ok"') + "\n" + BAD_LINES[case] + "\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_eventkit("corpus", source, "-o", site)
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert result.returncode in (0, 2), err
    if result.returncode == 2:  # stopped with one line, and nothing written
        assert err.count("\n") == 1, err
        assert err.startswith("eventkit: error: "), err
        assert not site.exists()
    else:  # went on: each bad event one warning line, every file written
        assert {p.name for p in site.iterdir()} == PAGE_FILES
        data = json.loads((site / "corpus.json").read_text("utf-8"))
        assert data["documents"][0] == "ok"
        assert all(line.startswith("eventkit: ") for line in err.splitlines())


@pytest.mark.parametrize("case", BAD_LINES)
def test_evaluate_on_bad_predictions(case: str, tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [GOLD])
    source = tmp_path / "bad.jsonl"
    source.write_text(BAD_LINES[case] + "\n", encoding="utf-8")
    for extra in ((), ("--json", "--show")):
        result = run_eventkit("evaluate", gold, "--predictions", source, *extra)
        err = result.stderr.decode()
        assert "Traceback" not in err
        assert result.returncode in (0, 2), err
        if result.returncode == 2:
            assert [line for line in err.splitlines() if "error" in line] == [err.strip()]


def test_kinds_and_types_are_checked_on_read(tmp_path: Path, caplog: Any) -> None:
    records = [
        document("a", meeting(actor("Иван Петров", kind=IMG), actor("Анна Смирнова"))),
        document("b", {**meeting(actor("Иван Петров"), actor("Анна Смирнова")), "type": IMG}),
        document("c", meeting(actor("Иван Петров"), actor("Анна Смирнова"))),
    ]
    corpus = Corpus.from_jsonl(_write_jsonl(tmp_path / "in.jsonl", records))
    assert [corpus.documents[e.document] for e in corpus.events] == ["c"]
    assert corpus.skipped == 2
    warnings = [r.getMessage() for r in caplog.records]
    assert any("participants[0].kind" in w and "PER, ORG, GPE" in w for w in warnings)
    assert any("unknown event type" in w for w in warnings)


# Case 5: corpus -o has extract's protections ------------------------------------------------


def test_corpus_output_needs_force_and_is_never_an_input(hostile: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_eventkit("corpus", hostile, "-o", site).returncode == 0
    again = run_eventkit("corpus", hostile, "-o", site)
    assert again.returncode == 2
    assert "exists: use --force to overwrite it" in again.stderr.decode()
    assert run_eventkit("corpus", hostile, "-o", site, "--force").returncode == 0
    # Its own output as its input: refused even with --force, and the input is untouched.
    (site / "events.jsonl").write_bytes(hostile.read_bytes())
    before = hostile.read_bytes()
    copy = site / "entities.csv"
    copy.unlink()
    copy.symlink_to(site / "events.jsonl")
    mine = run_eventkit("corpus", site / "events.jsonl", "-o", site, "--force")
    assert mine.returncode == 2
    assert "is also an input" in mine.stderr.decode()
    assert (site / "events.jsonl").read_bytes() == before


def test_corpus_replaces_a_planted_link_and_never_follows_it(hostile: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    site = tmp_path / "site"
    site.mkdir()
    (site / "entities.csv").symlink_to(victim)
    assert run_eventkit("corpus", hostile, "-o", site, "--force").returncode == 0
    assert victim.read_text() == "keep me"
    assert not (site / "entities.csv").is_symlink()


def _limited(size: int, umask: int | None = None) -> Callable[[], None]:
    """For a subprocess: files may grow to ``size`` bytes (then writes fail with EFBIG,
    as on a full disk: Python ignores SIGXFSZ); and a umask."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        if umask is not None:
            os.umask(umask)

    return apply


def _run_limited(
    *args: str | Path, size: int, umask: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        eventkit_command(*args),
        capture_output=True,
        timeout=300,
        check=False,
        preexec_fn=_limited(size, umask),
    )


def test_corpus_on_a_full_disk_leaves_the_folder_as_it_was(hostile: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.txt").write_text("mine")
    result = _run_limited("corpus", hostile, "-o", site, size=4000)  # the page is bigger
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert "cannot write" in err
    assert err.count("\n") == 1
    assert [p.name for p in site.iterdir()] == ["notes.txt"]  # no file, no temporary


# Case 6: a pack cannot take over a built-in event type --------------------------------------


@attrs.frozen(kw_only=True)
class Impostor(Event):
    type: ClassVar[str] = "Meeting"
    roles: ClassVar[tuple[str, ...]] = ("who",)
    who: Actor | None = None


@attrs.frozen(kw_only=True)
class Unregistered(Event):
    type: ClassVar[str] = "Parade"


def _pack_plugin(event_type: type[Event]) -> object:
    class Plugin:
        @hookimpl
        def eventkit_rule_packs(self) -> list[RulePack]:
            rule = EventRule(
                name="impostor.rule",
                event_type=event_type,
                triggers={"встретиться"},
                grammar=lambda: None,
                interpret=lambda match: [],
            )
            return [RulePack(name="impostor", version="1.0", rules=[rule])]

    return Plugin()


def test_a_pack_claiming_meeting_without_the_hook_is_refused() -> None:
    with pytest.raises(RulePackError) as caught:
        Extractor(plugins=[_pack_plugin(Impostor)])
    message = str(caught.value)
    assert "'impostor'" in message
    assert "'Meeting'" in message
    assert "eventkit.model.events.Meeting" in message  # the class that holds the type
    assert caught.value.pack == "impostor"


def test_a_new_type_only_through_the_hook() -> None:
    with pytest.raises(RulePackError, match=r"'Parade'.*eventkit_event_types"):
        Extractor(plugins=[_pack_plugin(Unregistered)], load_entrypoints=False)


def test_the_news_meetings_keep_their_class() -> None:
    extractor = Extractor(["news"])
    [event] = extractor.extract(MEETING_TEXT).events
    assert type(event).__module__ == "eventkit.model.events"
    assert len(event.participants) == 2


# Case 7: encodings -----------------------------------------------------------------------------

ENCODINGS = [
    pytest.param(codec, bom, id=f"{codec}{'-bom' if bom else ''}")
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for bom in (True, False)
]


def _encoded(text: str, codec: str, bom: bool) -> bytes:
    return ("\ufeff" if bom else "").encode(codec) + text.encode(codec)


@pytest.mark.parametrize(("codec", "bom"), ENCODINGS)
def test_a_text_file_in_utf16_or_utf32(codec: str, bom: bool, tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(_encoded(MEETING_TEXT, codec, bom))
    [doc] = open_input(str(source))
    assert doc.error is None
    assert doc.text == MEETING_TEXT
    # Guessed without a mark: said so, never silently.
    assert [w for w in doc.warnings if codec.upper() in w] == ([] if bom else list(doc.warnings))
    assert bool(doc.warnings) is not bom


@pytest.mark.parametrize(("codec", "bom"), ENCODINGS)
def test_jsonl_in_utf16_or_utf32(codec: str, bom: bool, tmp_path: Path) -> None:
    texts = {"a": MEETING_TEXT, "b": "Он сказал:\u2028«Нет».", "c": "Пётр Иванов уехал."}
    lines = "".join(
        json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items()
    )
    source = tmp_path / "docs.jsonl"
    source.write_bytes(_encoded(lines, codec, bom))
    docs = list(open_input(str(source)))
    assert {d.id: d.text for d in docs} == texts
    assert all(d.error is None for d in docs)


def test_utf16_corpus_through_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    line = json.dumps({"id": "a", "text": MEETING_TEXT}, ensure_ascii=False) + "\n"
    source.write_bytes((line * 2).replace('"a"', '"b"', 1).encode("utf-16-le"))
    result = run_eventkit("extract", source)
    assert result.returncode == 0, result.stderr.decode()
    docs = json_lines(result.stdout)
    assert [(d["id"], len(d["events"])) for d in docs] == [("b", 1), ("a", 1)]


def test_utf8_with_stray_nuls_stays_utf8(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    text = "Иван\x00 Петров встретился с Анной Смирновой.\x00"
    source.write_bytes(text.encode("utf-8"))
    [doc] = open_input(str(source))
    assert (doc.text, doc.warnings) == (text, ())


# Case 8: explain, a full disk during extract, show's file modes, evaluate without gold ------


def test_explain_takes_a_long_sentence_as_text() -> None:
    sentence = (
        "Министр иностранных дел Российской Федерации Сергей Лавров встретился в Москве "
        "с государственным секретарём Соединённых Штатов Энтони Блинкеном."
    )
    assert len(sentence.encode()) > 255  # longer than any file name may be
    result = run_eventkit("explain", sentence)
    assert result.returncode == 0, result.stderr.decode()
    assert "встретился" in result.stdout.decode()


def test_a_full_disk_during_extract_is_one_line(tmp_path: Path) -> None:
    source = _write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"d{i}", "text": MEETING_TEXT} for i in range(40)]
    )
    out = tmp_path / "out.jsonl"
    result = _run_limited("extract", source, "-o", out, size=3000)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert "cannot write" in err
    assert "--resume" in err
    assert not out.exists()
    resumed = run_eventkit("extract", source, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert [d["id"] for d in json_lines(out.read_bytes())] == [f"d{i}" for i in range(40)]


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_show_pages_get_the_umask_mode(umask: int, tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": MEETING_TEXT}])
    pages = tmp_path / "pages"
    result = _run_limited("show", source, "-o", pages, size=resource.RLIM_INFINITY, umask=umask)
    assert result.returncode == 0, result.stderr.decode()
    modes = {p.name: p.stat().st_mode & 0o777 for p in pages.iterdir()}
    assert modes == {"a.html": 0o666 & ~umask, "index.html": 0o666 & ~umask}


def test_corpus_files_get_the_umask_mode(hostile: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = _run_limited("corpus", hostile, "-o", site, size=resource.RLIM_INFINITY, umask=0o027)
    assert result.returncode == 0, result.stderr.decode()
    assert {p.stat().st_mode & 0o777 for p in site.iterdir()} == {0o640}


def test_evaluate_warns_on_a_gold_file_without_annotations(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"id": "a", "text": MEETING_TEXT, "events": []}])
    predictions = _write_jsonl(
        tmp_path / "pred.jsonl",
        [document("a", meeting(actor("Иван Петров"), actor("Анна Смирнова")))],
    )
    result = run_eventkit("evaluate", str(gold), "--predictions", predictions)
    assert result.returncode == 0
    err = result.stderr.decode()
    assert "has no annotated events" in err
    assert "gold.jsonl" in err


def test_csv_neutralizing_keeps_the_value(tmp_path: Path) -> None:
    records = [document(f, statement(actor("Анна Смирнова"), f)) for f in FORMULAS]
    write_corpus(Corpus.from_documents([]), tmp_path / "empty")
    corpus = Corpus.from_jsonl(_write_jsonl(tmp_path / "in.jsonl", records))
    write_corpus(corpus, tmp_path / "out")
    text = (tmp_path / "out" / "events.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [row["document"] for row in rows] == ["'" + f for f in FORMULAS]
