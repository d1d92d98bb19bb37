"""The README's command blocks, run in order as a new user would: in a copy of the checkout
as a fresh clone has it (no venv), in a temporary folder with ``../shared`` beside it.
``python3 tasks.py demo`` there creates the runtime-only environment (checked: no test,
lint, docs, Dask or pandas packages in it), and every later line uses it. The one line
left out is ``python3 tasks.py test``: it runs this suite, and .ci/run runs that very line
first. Afterwards the copy has no file the commands left behind.

Slow (a venv, an install): it runs only with ``--fresh-venv``, as .ci/run passes it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from _installed import NOT_IN_A_CLONE
from conftest import missing_shared, shared_dir

ROOT = Path(__file__).resolve().parents[1]
RUN_BY_CI_ITSELF = "python3 tasks.py test"
DEV_ONLY = ("pytest", "mypy", "ruff", "mkdocs", "dask", "pandas", "hypothesis")

pytestmark = pytest.mark.fresh_venv


def readme_commands(readme: Path) -> list[str]:
    """The lines of the README's ```sh blocks, in order, without their comments."""
    text = readme.read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command:
                commands.append(command)
    return commands


def _files(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file()
        and not p.relative_to(folder).parts[0].startswith(".venv")
        and "__pycache__" not in p.parts
        and not any(s.endswith(".egg-info") for s in p.parts)
    }


def test_readme_states_the_ci_line() -> None:
    assert RUN_BY_CI_ITSELF in readme_commands(ROOT / "README.md")
    assert "tasks.py test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_commands_run_in_order(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if not request.config.getoption("--fresh-venv"):
        pytest.skip("creates a venv and installs eventkit (slow): run with --fresh-venv")
    shared = shared_dir()
    if not (shared / "data").is_dir():
        missing_shared(f"shared evaluation data at {shared}")
    checkout = tmp_path / "eventkit"
    shutil.copytree(ROOT, checkout, ignore=NOT_IN_A_CLONE, symlinks=True)
    (tmp_path / "shared").symlink_to(shared.resolve())
    before = _files(checkout)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("EVENTKIT_VENV", None)
    env.pop("EVENTKIT_DISABLE_PLUGIN_AUTOLOAD", None)
    commands = readme_commands(checkout / "README.md")
    assert commands[0] == "python3 tasks.py demo"
    for command in commands:
        if command == RUN_BY_CI_ITSELF:
            continue
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        print(f"$ {command}\n{(done.stdout + done.stderr)[-1500:]}")
        assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stderr}"
        if command == "python3 tasks.py demo":
            assert '"type": "Meeting"' in done.stdout
            listed = subprocess.run(
                [str(checkout / ".venv" / "bin" / "python"), "-m", "pip", "list"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.lower()
            names = {line.split()[0] for line in listed.splitlines()[2:]}
            assert not names & set(DEV_ONLY), f"the demo's venv has {names & set(DEV_ONLY)}"
    assert _files(checkout) == before, "the README's commands left files in the checkout"
