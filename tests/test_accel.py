"""The optional compiled accelerator (``eventkit.accel``): the same output as the plain
modules, used only when built for the current sources, and a clean fallback otherwise.

The comparison needs a build (``python3 tasks.py test`` makes one where mypyc and a C
compiler are at hand); without one it is skipped, and under ``EVENTKIT_REQUIRE_ACCEL=1`` (as
``.ci/run`` sets) it fails instead, so CI cannot quietly run the plain path only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventkit import accel

ROOT = Path(__file__).resolve().parents[1]
# Every 20th document of the news corpus, 40 of them (as tests/test_speedups.py).
SAMPLE_EVERY = 20
SAMPLE_SIZE = 40

# Extracts the documents of a JSONL file given as argv[1]; prints the accelerator's status
# line, then one JSON line per document.
EXTRACT = """
import json, sys
from eventkit import accel
from eventkit.batch.extracting import Options, extract_chunk
from eventkit.batch.readers import InputDoc
docs = [InputDoc(id=d["id"], text=d["text"]) for d in map(json.loads, open(sys.argv[1]))]
print(accel.status())
for line in extract_chunk(Options(), docs):
    print(line)
"""

STATUS = "from eventkit import accel; print(accel.status())"


def _built() -> Path:
    directory = accel.build_dir()
    if not all((directory / name).is_file() for name in accel.library_files()):
        reason = f"no compiled accelerator built for this source in {directory}"
        if os.environ.get("EVENTKIT_REQUIRE_ACCEL", "") == "1":
            pytest.fail(f"{reason}; EVENTKIT_REQUIRE_ACCEL=1 needs one", pytrace=False)
        pytest.skip(f"{reason} (python3 tasks.py setup builds it)")
    return directory


def _run(code: str, *args: str, **env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_corpus_sample_is_byte_identical_with_the_compiled_modules(
    shared: Path, tmp_path: Path
) -> None:
    _built()
    corpus = shared / "data" / "news-corpus.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()[::SAMPLE_EVERY][:SAMPLE_SIZE]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    compiled = _run(EXTRACT, str(sample), EVENTKIT_ACCEL="1")
    plain = _run(EXTRACT, str(sample), EVENTKIT_ACCEL="0")
    assert compiled[0].startswith("compiled accelerator: on"), compiled[0]
    assert plain[0].startswith("compiled accelerator: off"), plain[0]
    assert len(compiled) == len(plain) == SAMPLE_SIZE + 1
    for got, expected in zip(compiled[1:], plain[1:], strict=True):
        assert got == expected
    assert sum(len(json.loads(line)["events"]) for line in compiled[1:]) > 40
    # compiled code checks the types it was compiled with: a value of another type fails
    # the document (an internal error in its record), where plain Python would go on
    assert not [line for line in compiled[1:] if '"kind": "internal"' in line]


def test_a_build_of_another_source_is_not_used(tmp_path: Path) -> None:
    """The build directory is keyed by the source's hash: a build kept under another key
    (the source before an edit) is never loaded, the one under the current key is."""
    directory = _built()
    stale = tmp_path / f"{sys.implementation.cache_tag}-{'0' * 20}"
    shutil.copytree(directory, stale)
    line = _run(STATUS, EVENTKIT_ACCEL_DIR=str(tmp_path))[0]
    assert line.startswith("compiled accelerator: off (no build for these sources"), line
    shutil.copytree(directory, tmp_path / directory.name)
    line = _run(STATUS, EVENTKIT_ACCEL_DIR=str(tmp_path))[0]
    assert line.startswith("compiled accelerator: on"), line


def test_a_build_that_does_not_load_leaves_the_plain_path_with_a_notice(
    tmp_path: Path,
) -> None:
    broken = tmp_path / accel.key()
    broken.mkdir()
    for name in accel.library_files():
        (broken / name).write_bytes(b"not a shared library")
    code = STATUS + "; from eventkit import Extractor; print(len(Extractor().extract("
    code += "'Иван Петров встретился с Анной Смирновой.').events))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "EVENTKIT_ACCEL_DIR": str(tmp_path), "EVENTKIT_ACCEL": "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    status, events = done.stdout.splitlines()
    assert status.startswith("compiled accelerator: off (the build in"), status
    assert events == "1"
    notices = [line for line in done.stderr.splitlines() if "accelerator" in line]
    assert len(notices) == 1, done.stderr
    assert "not used" in notices[0]


def test_the_environment_switches_it_off() -> None:
    line = _run(STATUS, EVENTKIT_ACCEL="0")[0]
    assert line == "compiled accelerator: off (switched off by EVENTKIT_ACCEL=0)"
