"""eventkit.testing, the pytest plugin pack authors get with eventkit: loaded through its
pytest11 entry point, the pack selection of the fixture, and readable failures."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from eventkit import Extractor
from eventkit.testing import assert_events, event_matches

TEXT = "Иван Петров встретился с Анной Смирновой."

PACK_TESTS = """
import pytest
from eventkit.testing import assert_events


@pytest.mark.eventkit_packs("deals")
def test_marker(eventkit_extractor):
    assert [p.name for p in eventkit_extractor.packs] == ["deals"]


def test_option_or_all(eventkit_extractor, request):
    names = [p.name for p in eventkit_extractor.packs]
    assert names == (request.config.getoption("eventkit_packs") and ["news"] or names)


def test_fails_readably(eventkit_extractor):
    assert_events(
        "Иван Петров встретился с Анной Смирновой.",
        [{"type": "Meeting", "participants": ["Иван Петров", "Мария Иванова"]}],
        extractor=eventkit_extractor,
    )
"""


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_pack.py").write_text(PACK_TESTS, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args, "test_pack.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )


def test_registered_as_a_pytest_plugin() -> None:
    [plugin] = [ep for ep in entry_points(group="pytest11") if ep.name == "eventkit"]
    assert plugin.value == "eventkit.testing"


def test_fixture_marker_option_and_failure_report(tmp_path: Path) -> None:
    result = _pytest(tmp_path, "--eventkit-pack", "news")
    assert "1 failed, 2 passed" in result.stdout, result.stdout + result.stderr
    # Expected and found, side by side, in names a reader knows.
    assert "MISSING Meeting" in result.stdout
    assert "participants: [Иван Петров, Мария Иванова]" in result.stdout
    assert "participants: [Иван Петров, Анна Смирнова]" in result.stdout


def test_assert_events_passes_and_returns_what_it_found() -> None:
    news = Extractor(["news"])
    [found] = assert_events(TEXT, [{"type": "Meeting", "trigger": "встретился"}], extractor=news)
    assert found["participants"][0]["name"] == "Иван Петров"
    with pytest.raises(AssertionError, match="0 missing, 1 unexpected"):
        assert_events(TEXT, [], extractor=news)
    assert_events(TEXT, [], extractor=news, exact=False)


def test_event_matches_is_loose_where_it_says() -> None:
    event = {
        "type": "Meeting",
        "trigger": {"text": "встретился", "start": 12, "end": 22},
        "participants": [{"name": "Иван Петров"}, {"name": "Анна Смирнова"}],
    }
    assert event_matches({"trigger": "встретился"}, event)
    assert event_matches({"participants": ["Иван Петров", "Анна Смирнова"]}, event)
    assert not event_matches({"participants": ["Иван Петров"]}, event)
    assert not event_matches({"type": "Statement"}, event)
    assert not event_matches({"place": "Москва"}, event)
