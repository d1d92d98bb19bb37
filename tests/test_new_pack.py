"""``eventkit new-pack``: names, the --event option, and refusals. The generated pack's
round trip (install it with its [test] extra into a venv made from the built wheels, run its
tests, see it in ``eventkit packs``) is in tests/test_fresh_venv.py, which CI runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventkit.cli import main
from eventkit.cli.new_pack import placeholders, write_pack
from eventkit.errors import InputError


def test_bad_names_and_occupied_folders_are_refused(tmp_path: Path) -> None:
    for bad in ["Acme", "1pack", "my pack", "ünicode", "a--b"]:
        with pytest.raises(InputError, match="pack name"):
            placeholders(bad)
    # "Subject" and "Matched" are roles the generated rules.py imports from eventkit.pack.
    for bad_event in [
        "resignation",
        "Meeting",
        "Event",
        "Subject",
        "Matched",
        "Res-ign",
        "Отставка",
    ]:
        with pytest.raises(InputError, match="event type"):
            placeholders("resign", bad_event)
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file.txt").write_text("x")
    with pytest.raises(InputError, match="already exists"):
        write_pack("taken", tmp_path / "taken")
    assert main(["new-pack", "taken", "-d", str(tmp_path)]) == 2


def test_placeholders() -> None:
    values = placeholders("court-cases")
    assert values["dist"] == "eventkit-ru-court-cases"
    assert values["module"] == "eventkit_court_cases"
    assert values["event_type"] == "CourtCasesEvent"
    assert values["requires"] == ">=0.1,<0.2"
    assert placeholders("resign", "Resignation")["event_type"] == "Resignation"


def test_event_option_names_the_type_everywhere(tmp_path: Path) -> None:
    assert main(["new-pack", "resign", "--event", "Resignation", "-d", str(tmp_path)]) == 0
    pack = tmp_path / "resign"
    generated = {p.relative_to(pack).as_posix(): p.read_text() for p in pack.rglob("*.*")}
    assert "class Resignation(Event):" in generated["eventkit_resign/events.py"]
    for name in ["plugin.py", "rules.py"]:
        assert "Resignation" in generated[f"eventkit_resign/{name}"]
    assert '"type": "Resignation"' in generated["tests/test_eventkit_resign.py"]
    assert not any("Opening" in text for text in generated.values())
    pyproject = generated["pyproject.toml"]
    assert 'name = "eventkit-ru-resign"' in pyproject
    assert 'dependencies = ["eventkit-ru>=0.1,<0.2"]' in pyproject
    assert 'test = ["eventkit-ru[test]"]' in pyproject
    readme = generated["README.md"]
    assert "pip install -e '.[test]'" in readme
    assert "python -m pytest" in readme
    assert "pypi.org/project/eventkit/" not in readme
    compile(generated["eventkit_resign/rules.py"], "rules.py", "exec")
