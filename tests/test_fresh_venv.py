"""eventkit as a user installs it, following docs/install.md literally: in a copy of the
checkout (in a temporary folder) the page's console commands run as written: the install
from the checkout into a venv of its own, and ``python3 tasks.py wheels`` followed by the
install from ``dist/`` into a plain venv "elsewhere" (eventkit's distributions from the
wheels, their dependencies from the package index). There, away from the checkout, run: the
README's example, every docs page's examples (each page's stated extras installed only
before that page), ``eventkit explain``, ``python -m eventkit --help``, and the new-pack flow
as its README says. The sdists are built too, and a wheel from each.

Slow (building, installing): it runs only with ``--fresh-venv``, as .ci/run passes it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _docs_examples import page_needs, python_blocks
from _installed import NOT_IN_A_CLONE

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
DISTRIBUTIONS = {
    "eventkit-ru": ROOT,
    **{
        f"eventkit-ru-{p.name}": p
        for p in (ROOT / "rules").iterdir()
        if (p / "pyproject.toml").is_file()
    },
}
INSTALL_PAGE = ROOT / "docs" / "install.md"
# What docs/quickstart.md tells a user to install, from the wheels of docs/install.md.
INSTALL = "pip install eventkit-ru eventkit-ru-news eventkit-ru-deals"

pytestmark = pytest.mark.fresh_venv


def _env() -> dict[str, str]:
    """The caller's environment minus anything that would point Python at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.pop("EVENTKIT_DISABLE_PLUGIN_AUTOLOAD", None)
    return env


def section_commands(page: Path, heading: str) -> list[tuple[str, list[str]]]:
    """(command, the output lines the page shows for it) of every ``$ `` line of the
    console blocks under ``## heading`` of ``page``."""
    text = page.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```console\n(.*?)^```", section, re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif line.strip() and found:
                found[-1][1].append(line)
    assert found, f"{page.name} has no commands under {heading!r}"
    return found


def run_page_section(page: Path, heading: str, cwd: Path) -> None:
    """The commands of a section as a user types them (in bash, from ``cwd``); each must
    succeed and print the lines the page shows."""
    for command, shown in section_commands(page, heading):
        printed = run(["bash", "-c", command], cwd=cwd)
        for line in shown:
            assert line in printed.splitlines(), f"{command}: {line!r} not in\n{printed}"


@pytest.fixture(scope="module")
def checkout(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the checkout as a fresh clone has it (no venv, no dist/)."""
    if not request.config.getoption("--fresh-venv"):
        pytest.skip("builds wheels and a fresh venv (slow): run with --fresh-venv, as CI does")
    copy = tmp_path_factory.mktemp("fresh") / "eventkit"
    shutil.copytree(ROOT, copy, ignore=NOT_IN_A_CLONE, symlinks=True)
    return copy


def run(command: list[str | Path], cwd: Path, timeout: float = 900) -> str:
    shown = " ".join(map(str, command))
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    # The transcript: `pytest -s` shows what ran and what it printed.
    print(f"$ {shown}\n{(result.stdout + result.stderr).strip()[-1500:]}\n")
    assert result.returncode == 0, (
        f"{shown} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout + result.stderr


class Venv:
    def __init__(self, path: Path, work: Path, dist: Path) -> None:
        self.path, self.work, self.dist = path, work, dist
        self.bin = path / ("Scripts" if os.name == "nt" else "bin")
        self.python = self.bin / "python"

    def pip_install(self, *requirements: str) -> str:
        # Our distributions only from the built files; their dependencies from the index.
        return run(
            [
                self.python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--find-links",
                self.dist,
                *requirements,
            ],
            cwd=self.work,
        )

    def __call__(self, *command: str | Path, cwd: Path | None = None) -> str:
        """Run ``command`` in the venv ("python" is the venv's interpreter)."""
        program = self.python if command[0] == "python" else command[0]
        return run([program, *command[1:]], cwd=cwd or self.work)


@pytest.fixture(scope="module")
def venv(checkout: Path) -> Venv:
    # docs/install.md, "Wheels": tasks.py wheels, then a venv next to the checkout.
    run_page_section(INSTALL_PAGE, "Wheels", cwd=checkout)
    dist = checkout / "dist"
    for name in DISTRIBUTIONS:
        assert list(dist.glob(f"{name.replace('-', '_')}-*.whl")), f"no wheel for {name}"
    return Venv(checkout.parent / "elsewhere" / ".venv", checkout.parent, dist)


def test_install_page_from_the_checkout(checkout: Path) -> None:
    """docs/install.md, "From a checkout": pip install ./ ./rules/news ./rules/deals."""
    run_page_section(INSTALL_PAGE, "From a checkout", cwd=checkout)
    assert (checkout.parent / "my-project" / ".venv" / "bin" / "eventkit").exists()


def test_install_page_installs_what_quickstart_says() -> None:
    """The wheels section installs the distributions the quickstart names."""
    commands = " ".join(c for c, _ in section_commands(INSTALL_PAGE, "Wheels"))
    assert "python3 tasks.py wheels" in commands
    assert f"--find-links dist/ {INSTALL.split(maxsplit=2)[2]}" in commands


def test_sdists_build_and_give_wheels(checkout: Path, tmp_path: Path) -> None:
    """The sdists are complete: a wheel builds from each (python -m build does sdist first,
    then the wheel from it)."""
    out = tmp_path / "sdists"
    for name, folder in DISTRIBUTIONS.items():
        source = checkout / folder.relative_to(ROOT)
        run([sys.executable, "-m", "build", "--outdir", out, source], cwd=tmp_path)
        assert list(out.glob(f"{name.replace('-', '_')}-*.whl")), f"no wheel for {name}"
        assert list(out.glob(f"{name.replace('-', '_')}-*.tar.gz")), f"no sdist for {name}"


def test_quickstart_states_the_install_this_test_does() -> None:
    quickstart = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    assert f"$ {INSTALL.replace('install', 'install --find-links dist/')}\n" in quickstart
    assert "(install.md)" in quickstart


def test_installed_from_the_files_not_the_checkout(venv: Venv) -> None:
    where = venv(
        "python",
        "-c",
        "import eventkit, eventkit_news; print(eventkit.__file__); print(eventkit_news.__file__)",
    )
    site = venv("python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    for line in where.split():
        assert line.startswith(site), f"{line} is not in the venv's site-packages {site}"
    listed = venv("python", "-m", "pip", "list", "--disable-pip-version-check")
    for name in DISTRIBUTIONS:
        assert name in listed
    assert "editable" not in listed.lower()


def test_readme_and_docs_pages_without_extras(venv: Venv) -> None:
    pages = [
        p for p in sorted((ROOT / "docs").glob("*.md")) if python_blocks(p) and not page_needs(p)
    ]
    assert any(p.name == "quickstart.md" for p in pages)
    venv("python", HERE / "_docs_examples.py", "--readme", ROOT / "README.md", *pages)


def test_docs_pages_with_their_stated_extras(venv: Venv) -> None:
    pages = [p for p in sorted((ROOT / "docs").glob("*.md")) if python_blocks(p) and page_needs(p)]
    assert {p.name for p in pages} >= {"events.md", "testing.md"}
    for page in pages:
        venv.pip_install(*page_needs(page))
        venv("python", HERE / "_docs_examples.py", page)


def test_command_line(venv: Venv) -> None:
    help_text = venv("python", "-m", "eventkit", "--help")
    assert "usage: eventkit" in help_text
    assert "new-pack" in help_text
    explained = venv(
        venv.bin / "eventkit",
        "explain",
        "--pack",
        "deals",
        "Группа ВТБ выкупила у «Сбербанка» за 138 млрд рублей.",
    )
    assert "expected ASSET" in explained
    packs = venv(venv.bin / "eventkit", "packs")
    assert [line.split()[0] for line in packs.splitlines()] == ["news", "deals"]
    demo = venv(venv.bin / "eventkit", "extract", ROOT / "examples" / "demo-news.txt")
    assert '"type": "Meeting"' in demo


def test_new_pack_flow_as_its_readme_says(venv: Venv) -> None:
    venv(venv.bin / "eventkit", "new-pack", "resign", "--event", "Resignation", "-d", venv.work)
    pack = venv.work / "resign"
    readme = (pack / "README.md").read_text(encoding="utf-8")
    assert "pip install -e '.[test]'" in readme
    assert "python -m pytest" in readme
    # As the README says, from the pack's folder (pip's -e needs setuptools from the index).
    venv(
        "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--find-links",
        venv.dist,
        "-e",
        ".[test]",
        cwd=pack,
    )
    tests = venv("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=pack)
    assert " passed" in tests
    assert "failed" not in tests
    packs = venv(venv.bin / "eventkit", "packs")
    assert "resign 0.1.0: Resignation (1 rules)" in packs.splitlines()
