"""``eventkit extract`` over corpora: order, workers, input errors, durability and resume."""

from __future__ import annotations

import gc
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _cli import corpus_line, eventkit_command, json_lines, run_eventkit

from eventkit.batch.extracting import CHUNK_DOCS, Options, chunked, get_extractor
from eventkit.batch.readers import InputDoc, read_jsonl_documents
from eventkit.batch.run import run_batch
from eventkit.batch.writers import OutputFile, StdoutOutput
from eventkit.errors import InputError

SENTENCES = [
    "Москва, 12 апреля -- Министр иностранных дел России Сергей Лавров провел переговоры "
    "с госсекретарем США Энтони Блинкеном.",
    "Лавров заявил, что диалог будет продолжен.",
    "Президент Казахстана Касым-Жомарт Токаев встретился с премьер-министром Индии.",
    "Стороны подписали соглашение о сотрудничестве в области энергетики.",
    "В пятницу в городе прошел дождь.",
]


def _text(i: int) -> str:
    """A small document; documents differ so that order mistakes show."""
    picked = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 4)]
    return " ".join(picked)


def _corpus(path: Path, count: int) -> list[str]:
    ids = [f"doc-{i:04d}" for i in range(count)]
    path.write_text("".join(corpus_line(d, _text(i)) + "\n" for i, d in enumerate(ids)))
    return ids


def test_jsonl_corpus_keeps_input_order_with_two_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    ids = _corpus(corpus, 60)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = run_eventkit("extract", corpus, "-o", one)
    second = run_eventkit("extract", corpus, "-o", two, "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert second.stderr == b""  # not a terminal, and shorter than the plain line's interval
    assert [d["id"] for d in json_lines(one.read_bytes())] == ids
    assert two.read_bytes() == one.read_bytes()
    assert sum(len(d["events"]) for d in json_lines(one.read_bytes())) > 60


def test_a_parallel_run_ends_in_finer_chunks() -> None:
    """Workers fed in parallel finish within a small chunk of each other: the last
    ``tail`` chunks' documents come in chunks an eighth the size, in order, none lost or
    repeated."""
    assert CHUNK_DOCS == 32  # the sizes below
    docs = [InputDoc(id=f"d{i}", text="Слово. " * (1 + i % 5)) for i in range(100)]
    assert [len(c) for c in chunked(docs)] == [32, 32, 32, 4]
    ends_finer = list(chunked(iter(docs), tail=2))
    assert [len(c) for c in ends_finer] == [32, 32] + [4] * 9
    assert [d.id for c in ends_finer for d in c] == [d.id for d in docs]
    assert [len(c) for c in chunked(docs[:10], tail=2)] == [4, 4, 2]
    assert list(chunked([], tail=2)) == []
    # chunks of long documents end finer too (by characters: four then one)
    long = [InputDoc(id=f"l{i}", text="а" * 60_000) for i in range(10)]
    assert [len(c) for c in chunked(long, tail=1)] == [4, 4, 1, 1]


def test_the_start_up_garbage_is_collected_with_the_start_up() -> None:
    """Building an Extractor leaves a full collection due; ``get_extractor`` makes it then,
    so that it does not fall on the start of a pool (which its workers wait for) or on
    forked workers: nothing has been counted towards the next one when it returns."""
    get_extractor(Options(strict=True))  # options no other test builds an Extractor for
    _, middle, oldest = gc.get_count()
    assert (middle, oldest) == (0, 0)


def test_broken_lines_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    lines = [corpus_line(f"d{i}", _text(i)) for i in range(6)]
    lines[1] = lines[1][:40]  # cut in the middle of the text
    lines[2] = json.dumps({"id": "no-text", "body": "x"})
    lines[3] = "[1, 2]"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n\n")
    result = run_eventkit("extract", corpus)
    assert result.returncode == 0
    out = json_lines(result.stdout)
    assert [d["id"] for d in out] == ["d0", "d1", "no-text", "line-4", "d4", "d5"]
    assert [e["kind"] for e in out[1]["errors"]] == ["input"]
    assert "line 2: not valid JSON" in out[1]["errors"][0]["message"]
    assert "line 3 (id 'no-text'): no 'text' field" in out[2]["errors"][0]["message"]
    assert "expected a JSON object" in out[3]["errors"][0]["message"]
    assert out[0]["errors"] == []
    assert out[0]["events"]
    assert b"3 of 6 documents could not be read" in result.stderr


def test_custom_fields_and_stdin(tmp_path: Path) -> None:
    records = [{"key": 7, "body": SENTENCES[0]}, {"key": "x", "body": SENTENCES[2]}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    result = run_eventkit("extract", "-", "--id-field", "key", "--text-field", "body", stdin=data)
    assert result.returncode == 0, result.stderr
    out = json_lines(result.stdout)
    assert [d["id"] for d in out] == ["7", "x"]
    assert all(d["events"] for d in out)


def test_plain_text_on_stdin_is_one_document() -> None:
    result = run_eventkit("extract", "-", stdin=SENTENCES[2].encode())
    assert result.returncode == 0, result.stderr
    [document] = json_lines(result.stdout)
    assert document["id"] == "stdin"
    assert document["events"][0]["type"] == "Meeting"


def test_directory_of_text_files(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "2016" / "03").mkdir(parents=True)
    (root / "a.txt").write_text(SENTENCES[0])
    (root / "2016" / "03" / "b.txt").write_text(SENTENCES[2])
    (root / "2016" / "bad.txt").write_bytes("Лавров заявил".encode() + b"\xff\xfe tail")
    (root / "notes.md").write_text("not a document")
    result = run_eventkit("extract", root)
    assert result.returncode == 0, result.stderr
    out = {d["id"]: d for d in json_lines(result.stdout)}
    assert list(out) == ["2016/03/b", "2016/bad", "a"]
    assert out["a"]["events"]
    assert out["2016/03/b"]["events"]
    assert "not valid UTF-8 at byte offset 25" in out["2016/bad"]["errors"][0]["message"]
    replaced = json_lines(run_eventkit("extract", root, "--encoding-errors", "replace").stdout)
    assert [d["errors"] for d in replaced] == [[], [], []]


def test_single_text_file_prints_one_line(tmp_path: Path) -> None:
    file = tmp_path / "one.txt"
    file.write_text(SENTENCES[0] + " " + SENTENCES[1])
    result = run_eventkit("extract", file, "--format", "jsonl")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["id"] == "one"


def test_output_file_drops_a_partial_last_line_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "events": []}\n{"id": "b", "events": []}\n{"id": "c", "ev')
    writer = OutputFile(out, resume=True)
    writer.write(['{"id": "c", "events": []}'])
    writer.close()
    assert writer.done_ids == ["a", "b"]
    assert [d["id"] for d in json_lines(out.read_bytes())] == ["a", "b", "c"]


def test_resume_refuses_an_output_of_another_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "zzz", "events": [], "errors": []}\n')
    docs = [InputDoc(id="a", text=SENTENCES[0])]
    with pytest.raises(InputError, match="does not continue this input"):
        run_batch(docs, OutputFile(out, resume=True), Options())


def test_resume_skips_what_is_done(tmp_path: Path) -> None:
    docs = [InputDoc(id=f"d{i}", text=_text(i)) for i in range(5)]
    out = tmp_path / "out.jsonl"
    run_batch(docs[:2], OutputFile(out), Options())
    writer = OutputFile(out, resume=True)
    assert run_batch(docs, writer, Options()) == 3
    writer.close()
    assert [d["id"] for d in json_lines(out.read_bytes())] == [d.id for d in docs]


def test_reader_names_lines_and_byte_offsets(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    good = corpus_line("a", "текст") + "\n"
    corpus.write_bytes(good.encode() + b'{"id": "b", "text": "\xff"}\n')
    with corpus.open("rb") as stream:
        docs = list(read_jsonl_documents(stream, source="c.jsonl"))
    assert docs[1].id == "b"
    offset = len(good.encode()) + len(b'{"id": "b", "text": "')
    assert docs[1].error is not None
    assert f"c.jsonl, line 2: not valid UTF-8 at byte offset {offset}" in docs[1].error
    with corpus.open("rb") as stream:
        replaced = list(read_jsonl_documents(stream, encoding_errors="replace"))
    assert replaced[1].text == "\ufffd"


def test_lone_surrogates_are_replaced_and_reported() -> None:
    line = json.dumps({"id": "s", "text": "Лавров заявил\ud800, что всё хорошо."})
    result = run_eventkit("extract", "-", stdin=line.encode() + b"\n")
    assert result.returncode == 0, result.stderr
    [document] = json_lines(result.stdout)
    assert "lone surrogate" in document["errors"][0]["message"]


def test_stdout_output_has_nothing_to_resume() -> None:
    assert StdoutOutput().done_ids == []


def _complete_ids(path: Path) -> list[str]:
    data = path.read_bytes() if path.exists() else b""
    complete = data[: data.rfind(b"\n") + 1]
    return [d["id"] for d in json_lines(complete)]


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    ids = _corpus(corpus, 400)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.part"  # the run writes here until it is complete
    command = eventkit_command("extract", corpus, "-o", out, "--workers", "2")
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(_complete_ids(partial)) < 20 and process.poll() is None:
            assert time.monotonic() < deadline, "no output after 120 s"
            time.sleep(0.02)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the CLI and its workers, for real
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()  # an unfinished run never looks finished
    done = _complete_ids(partial)
    assert 20 <= len(done) < len(ids), "the run was not interrupted mid-way"
    assert done == ids[: len(done)]  # what is there is whole, valid and in order
    resumed = run_eventkit("extract", corpus, "-o", out, "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert [d["id"] for d in json_lines(out.read_bytes())] == ids
    clean = tmp_path / "clean.jsonl"
    assert run_eventkit("extract", corpus, "-o", clean).returncode == 0
    assert out.read_bytes() == clean.read_bytes()


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 5)
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            eventkit_command("extract", corpus, "-o", tmp_path / "out.jsonl"),
            stderr=follower,
            stdout=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert result.returncode == 0
    # tqdm's bar: done of total, percentage, rate and the characters per second.
    assert b"5/5" in shown
    assert b"100%" in shown
    assert b"docs/s" in shown
    assert b"chars/s" in shown


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    result = run_eventkit("extract", tmp_path / "missing.jsonl", "-o", tmp_path / "o.jsonl")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert b"Traceback" not in result.stderr
    assert run_eventkit("extract", "x.txt", "--resume").returncode == 2


def test_the_command_leaves_its_heap_to_the_system_at_exit(tmp_path: Path) -> None:
    """``eventkit`` (the script and ``python -m eventkit``) runs ``main`` and then freezes
    the heap it built, so the interpreter's last collections do not walk it; what it
    writes and its exit code are main's."""
    import importlib.metadata

    (script,) = importlib.metadata.entry_points(group="console_scripts", name="eventkit")
    assert script.value == "eventkit.cli:run"
    text = tmp_path / "one.txt"
    text.write_text("Иван Петров встретился в Казани с Анной Смирновой.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    program = (
        "import gc, sys; from eventkit.cli import run; before = gc.get_freeze_count(); "
        "code = run(sys.argv[1:]); print(code, gc.get_freeze_count() > before, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, "extract", str(text), "-o", str(out)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.stderr.decode().split()[-2:] == ["0", "True"], done.stderr
    (document,) = json_lines(out.read_bytes())
    assert document["events"]
