"""What a new user reaches for in the first hour: ``extractor(text)``, ``pipe`` with a
progress bar, worker pools without a fork warning on Python 3.12+, names in the nominative
from every role, ``explain`` naming the empty role, ``tasks.py`` refusing a typo."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

from eventkit import Extractor, Progress
from eventkit.extract.pipe import pool_context, running_threads
from eventkit.views.explain import explain

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ["Иван Петров встретился с Анной Смирновой.", "Погода была хорошей."]


def test_extractor_is_callable(extractor: Extractor) -> None:
    assert extractor(TEXTS[0], doc_id="a") == extractor.extract(TEXTS[0], doc_id="a")


def test_pipe_shows_progress_of_a_sized_input(extractor: Extractor) -> None:
    stream = io.StringIO()
    bar = Progress(len(TEXTS), enabled=False, stream=stream)
    assert [len(d.events) for d in extractor.pipe(TEXTS, progress=bar)] == [1, 0]
    assert (bar.docs, bar.chars) == (2, sum(map(len, TEXTS)))
    with Progress(None, enabled=False) as mine:
        for text in TEXTS:
            mine.advance(chars=len(text))
    assert mine.docs == 2


def test_pipe_progress_true_draws_a_bar(capfd: object) -> None:
    script = (
        "from eventkit import Extractor\n"
        f"texts = {TEXTS!r}\n"
        "print([len(d.events) for d in Extractor(['news']).pipe(texts, progress=True)])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[1, 0]"
    assert "2/2" in done.stderr  # tqdm's "2/2 [00:00<00:00, ...docs/s]"


def test_workers_are_forked_only_from_a_single_thread() -> None:
    assert running_threads() >= 1
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        context, forks = pool_context()
        assert not forks
        assert context.get_start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


def test_no_deprecation_warning_with_threads_and_workers() -> None:
    """On Python 3.12+ forking a process that runs threads is a DeprecationWarning; a
    program with a thread asks pipe for two workers, every warning shown (as errors, the
    warning raised in os.fork would be swallowed unseen). (The suite runs
    on 3.12 in CI too; on 3.11 it checks that the spawned workers give the same results.)"""
    script = (
        "import threading, warnings\n"
        "from eventkit import Extractor\n"
        "warnings.simplefilter('always')  # whatever the libraries imported set\n"
        "stop = threading.Event()\n"
        "threading.Thread(target=stop.wait, daemon=True).start()\n"
        "extractor = Extractor(['news'])\n"
        f"texts = {TEXTS!r} * 2\n"
        "found = [len(d.events) for d in extractor.pipe(texts, workers=2, batch_size=1)]\n"
        "stop.set()\n"
        "print(found)\n"
    )
    env = {**os.environ, "PYTHONWARNINGS": "always::DeprecationWarning"}
    done = subprocess.run(
        [sys.executable, "-W", "always::DeprecationWarning", "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1, 0, 1, 0]"
    assert "DeprecationWarning" not in done.stderr


def test_object_gives_the_nominative(extractor: Extractor) -> None:
    text = "Президент Сбербанка Герман Греф принял Александра Ведяхина в Москве."
    [meeting] = extractor(text).events
    assert [a.name for a in meeting.participants][-1] == "Александр Ведяхин"
    assert meeting.participants[-1].text == "Александра Ведяхина"
    # a man's dative or a woman's accusative: left to the name's own reading
    [call] = extractor("Путин позвонил Александру Ведяхину.").events
    assert [a.name for a in call.participants] == ["Путин", "Александр Ведяхин"]


def test_explain_names_the_empty_role(extractor: Extractor) -> None:
    [sentence] = explain("Переговоры прошли успешно.", extractor)
    [rule] = [r for r in sentence.rules if r.rule == "meeting.noun"]
    [match] = rule.matches
    assert match.events == []
    assert match.why_not is not None
    assert match.why_not.startswith("required role 'participants' is empty: Owner() | ")
    assert match.why_not.endswith("RelativeSubject() found nothing")
    [declined] = [m for r in explain("Путин позвонил.", extractor)[0].rules for m in r.matches]
    assert declined.why_not == "the roles were filled; the rule's check turned the event down"


def test_tasks_rejects_an_unknown_command() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tasks.py"), "bogus"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "tasks.py: unknown command 'bogus' (commands: demo, test, setup, wheels, screenshot, help)"
    ]


def test_tasks_demo_installs_no_extras() -> None:
    """The demo's environment is the runtime one: tasks.py gives it no extras."""
    source = (ROOT / "tasks.py").read_text(encoding="utf-8")
    assert 'EXTRAS = {"runtime": "", "dev": "[dev,dask,docs,pandas]"}' in source
    assert 'def demo(args: list[str]) -> int:\n    setup("runtime")' in source
