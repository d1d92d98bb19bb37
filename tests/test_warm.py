"""The warm start (``eventkit.extract.warm``): a stored table of per-form answers changes no
output, bad tables are skipped with one warning and rebuilt, and ``EVENTKIT_WARM=0`` reads
and writes nothing.

The output comparisons run ``eventkit extract`` in fresh processes: in this one the caches
are warm already, so only a new process shows what a table changes.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_speedups import _sample

from eventkit import Extractor
from eventkit.extract import warm
from eventkit.parse import chartloop
from eventkit.text.morph import get_morph

LOADED = "import sys; from eventkit import Extractor; from eventkit.extract import warm; "


def _environment(directory: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "EVENTKIT_WARM"}
    env.update(EVENTKIT_WARM_DIR=str(directory), EVENTKIT_PROGRESS_SECONDS="3600", **extra)
    return env


def _extract(corpus: Path, out: Path, env: dict[str, str]) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "eventkit", "extract", str(corpus), "-o", str(out), "--force"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "warm start skipped" not in done.stderr
    return out.read_bytes()


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _lines(shared: Path, every: int = 1) -> list[str]:
    return [json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in _sample(shared)][
        ::every
    ]


def test_output_is_identical_cold_warm_and_off(shared: Path, tmp_path: Path) -> None:
    corpus = _write(tmp_path / "sample.jsonl", _lines(shared))
    tables = tmp_path / "tables"
    cold = _extract(corpus, tmp_path / "cold.jsonl", _environment(tables))
    # the first run (cold) stored its caches when its worker ended
    (table,) = tables.glob("warm-*.bin")
    stored = table.read_bytes()
    loaded = subprocess.run(
        [sys.executable, "-c", LOADED + "print(warm.load_warm(Extractor()))"],
        env=_environment(tables),
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "True"
    hot = _extract(corpus, tmp_path / "warm.jsonl", _environment(tables))
    assert table.read_bytes() == stored  # a run that started warm does not write again
    off_tables = tmp_path / "off"
    off = _extract(corpus, tmp_path / "off.jsonl", _environment(off_tables, EVENTKIT_WARM="0"))
    assert not off_tables.exists()
    assert hot == cold == off
    assert sum(len(json.loads(line)["events"]) for line in hot.splitlines()) > 40


def test_a_small_first_table_grows_when_a_run_meets_many_new_forms(
    shared: Path, tmp_path: Path
) -> None:
    tables = tmp_path / "tables"
    tiny = _write(
        tmp_path / "tiny.jsonl",
        [json.dumps({"id": "t", "text": "Мэр Ольга Дронова заявила, что мост откроют."})],
    )
    _extract(tiny, tmp_path / "tiny-out.jsonl", _environment(tables))
    (table,) = tables.glob("warm-*.bin")
    small = table.stat().st_size
    # a second small run adds too few forms to write the table again
    _extract(tiny, tmp_path / "tiny-again.jsonl", _environment(tables))
    assert table.stat().st_size == small
    # the corpus sample brings thousands of forms the table lacked: it is stored, grown
    corpus = _write(tmp_path / "sample.jsonl", _lines(shared))
    _extract(corpus, tmp_path / "sample-out.jsonl", _environment(tables))
    assert table.stat().st_size > 10 * small


def test_a_table_of_other_text_made_under_another_hash_seed_changes_nothing(
    shared: Path, tmp_path: Path
) -> None:
    """Built from half of the sample in a process with one string hash seed, used on the
    other half under another: the guard results' bits are numbered alike in both."""
    lines = _lines(shared)
    built = _write(tmp_path / "first.jsonl", lines[::2])
    held_out = _write(tmp_path / "second.jsonl", lines[1::2])
    tables = tmp_path / "tables"
    _extract(built, tmp_path / "built.jsonl", _environment(tables, PYTHONHASHSEED="1"))
    assert list(tables.glob("warm-*.bin"))
    hot = _extract(held_out, tmp_path / "warm.jsonl", _environment(tables, PYTHONHASHSEED="2"))
    off = _extract(
        held_out,
        tmp_path / "off.jsonl",
        _environment(tables, EVENTKIT_WARM="0", PYTHONHASHSEED="3"),
    )
    assert hot == off


@pytest.fixture
def warm_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTKIT_WARM_DIR", str(tmp_path / "tables"))
    monkeypatch.delenv("EVENTKIT_WARM", raising=False)
    saved = (dict(chartloop.WARM_GUARDS), list(chartloop.WARM_SCOPE))
    morph = get_morph()
    before = (morph._warm_parses, morph._warm_phrases)
    yield tmp_path / "tables"
    chartloop.WARM_GUARDS.clear()
    chartloop.WARM_GUARDS.update(saved[0])
    chartloop.WARM_SCOPE[:] = saved[1]
    morph.warm_from(*before)


def test_the_table_round_trips(extractor: Extractor, warm_dir: Path) -> None:
    extractor.extract("Премьер-министр Японии Фумио Кисида встретился с Цзиньпином в Пекине.")
    path = warm.save_warm(extractor)
    assert path is not None
    assert path.parent == warm_dir
    assert warm.load_warm(extractor)
    morph, _ = get_morph().stored_state()
    assert "Кисида" in morph
    assert "Цзиньпином" in morph
    # a stored word's parses, rebuilt, are pymorphy's
    coder = get_morph()._coder()
    for word in ("Кисида", "Цзиньпином", "Премьер-министр", "Пекине"):
        rebuilt = coder.parses(morph[word])
        analysed = get_morph().raw.parse(word)
        assert [(p.word, p.tag, p.normal_form, p.score) for p in rebuilt] == [
            (p.word, p.tag, p.normal_form, p.score) for p in analysed
        ]
        assert [p.is_known for p in rebuilt] == [p.is_known for p in analysed]
        assert [p.normalized.word for p in rebuilt] == [p.normalized.word for p in analysed]


GUARDS = """
from eventkit import Extractor
from eventkit.extract import warm
from eventkit.parse import chartloop
extractor = Extractor()
extractor.extract("Премьер-министр Японии Фумио Кисида встретился с Цзиньпином в Пекине.")
assert warm.save_warm(extractor) is not None
assert warm.load_warm(extractor)
actors = [name for name in chartloop.WARM_GUARDS if name.startswith("eventkit:actors|")]
print(len(actors), "Цзиньпином" in chartloop.WARM_GUARDS[actors[0]][1])
"""


def test_the_guard_results_round_trip(tmp_path: Path) -> None:
    """In a process with one Extractor (in this one, several Extractors have parsers of
    one name, whose results are not stored: they may answer for different lexicons)."""
    done = subprocess.run(
        [sys.executable, "-c", GUARDS],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["1", "True"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        pytest.param(lambda data: data[: len(data) // 2], "check sum", id="truncated"),
        pytest.param(lambda data: data[:20], "truncated", id="cut-in-the-header"),
        pytest.param(lambda data: data[:-100] + bytes(100), "check sum", id="corrupt"),
        pytest.param(
            lambda data: data.replace(data[14:30], b"0" * 16, 1),
            "another configuration",
            id="foreign",
        ),
        pytest.param(lambda data: b"not a table at all", "not a warm-start table", id="garbage"),
    ],
)
def test_a_bad_table_is_skipped_with_a_warning_and_rebuilt(
    extractor: Extractor,
    warm_dir: Path,
    caplog: pytest.LogCaptureFixture,
    damage: object,
    reason: str,
) -> None:
    extractor.extract("Сергей Лавров встретился с Ван И.")
    path = warm.save_warm(extractor)
    assert path is not None
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with caplog.at_level(logging.WARNING, logger="eventkit.extract.warm"):
        assert not warm.load_warm(extractor)
    (record,) = caplog.records
    assert "warm start skipped" in record.getMessage()
    assert reason in record.getMessage()
    assert "\n" not in record.getMessage()
    assert warm.save_warm(extractor) == path
    assert warm.load_warm(extractor)
    assert not list(warm_dir.glob("*.tmp"))


def test_a_stale_table_is_another_configurations(extractor: Extractor, warm_dir: Path) -> None:
    """The key covers the packs and their words: an Extractor without the deals pack has a
    table of its own, and eventkit's sources are in it."""
    other = Extractor(exclude=["deals"])
    assert warm.warm_key(other) != warm.warm_key(extractor)
    assert warm.warm_path(other) != warm.warm_path(extractor)
    assert len(warm.warm_key(extractor)) == 64


def test_off_reads_and_writes_nothing(
    extractor: Extractor, warm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert warm.save_warm(extractor) is not None
    monkeypatch.setenv("EVENTKIT_WARM", "0")
    assert not warm.load_warm(extractor)
    for table in warm_dir.glob("warm-*.bin"):
        table.unlink()
    assert warm.save_warm(extractor) is None
    assert not list(warm_dir.iterdir())


def test_the_default_place_is_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTKIT_WARM_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert warm.warm_dir() == Path("/somewhere/cache/eventkit")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert warm.warm_dir() == Path.home() / ".cache" / "eventkit"
