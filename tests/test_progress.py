"""Batch progress (``eventkit.progress``): a tqdm bar with total, rate and ETA on a terminal;
plain periodic lines when stderr is not one; totals counted before the run."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

from _cli import corpus_line, eventkit_command

from eventkit.batch.progress import Progress, count_documents
from eventkit.batch.readers import InputDoc


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _docs(count: int, size: int = 10) -> list[InputDoc]:
    return [InputDoc(id=str(n), text="я" * size) for n in range(count)]


def test_bar_on_a_terminal_shows_total_percentage_and_eta() -> None:
    stream = _Terminal()
    progress = Progress(8, stream=stream)
    progress.update(_docs(2))
    progress.update(_docs(2))
    progress.finish()  # the bar is redrawn at most 5 times a second, and when closed
    shown = stream.getvalue().split("\r")[-1]
    assert "4/8" in shown
    assert "50%" in shown
    assert "<" in shown  # tqdm's "[elapsed<remaining"
    assert "docs/s" in shown
    assert "k chars/s" in shown
    assert progress.docs == 4


def test_plain_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(4, stream=stream, interval=0)
    progress.update(_docs(1))
    progress.update([InputDoc(id="bad", error="not UTF-8")])
    progress.finish()
    first, second, last = stream.getvalue().splitlines()
    assert first.startswith("eventkit: 1/4 docs (25%), ")
    assert first.endswith(" left")
    assert "docs/s" in first
    assert "1 unreadable" in second
    assert last.startswith("eventkit: 2/4 docs (50%)")
    assert "done in " in last


def test_plain_lines_wait_for_the_interval() -> None:
    stream = io.StringIO()
    progress = Progress(4, stream=stream, interval=3600)
    progress.update(_docs(4))
    progress.finish()
    assert stream.getvalue() == ""


def test_disabled_and_resumed() -> None:
    stream = _Terminal()
    off = Progress(3, stream=stream, enabled=False)
    off.update(_docs(3))
    off.finish()
    assert stream.getvalue() == ""
    lines = io.StringIO()
    resumed = Progress(10, stream=lines, interval=0, initial=6)
    resumed.update(_docs(1))
    assert lines.getvalue().startswith("eventkit: 7/10 docs (70%)")


def test_count_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 1, "text": "a"}\n\n{"id": 2, "text": "b"}\n')
    folder = tmp_path / "texts"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "c.md"):
        (folder / name).write_text("текст")
    assert count_documents([str(corpus)]) == 2
    assert count_documents([str(folder)]) == 2
    assert count_documents([str(corpus), str(folder), str(folder / "c.md")]) == 5
    assert count_documents([str(folder / "c.md")], "jsonl") == 1
    assert count_documents(["-"]) is None
    assert count_documents([str(tmp_path / "missing.jsonl")]) is None


def test_extract_writes_plain_lines_to_a_log(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [corpus_line(f"d{n}", "Иван Петров встретился с Анной Смирновой.") for n in range(3)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "EVENTKIT_PROGRESS_SECONDS": "0"}
    result = subprocess.run(
        eventkit_command("extract", corpus, "-o", tmp_path / "out.jsonl"),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    log = result.stderr.splitlines()
    assert log[0].startswith("eventkit: 3/3 docs (100%), ")
    assert log[-1].startswith("eventkit: 3/3 docs (100%)")
    assert "done in" in log[-1]
