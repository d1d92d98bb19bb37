"""The documentation: every ```python block of docs/*.md runs (blocks of one page share a
namespace, in order), the site builds with no warning, and the CLI reference names every
subcommand."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """(line number, code) of each ```python block of a Markdown page."""
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in _BLOCK.finditer(text)]


PAGES = sorted(p for p in DOCS.glob("*.md") if python_blocks(p))


def test_some_pages_have_examples() -> None:
    names = {p.name for p in PAGES}
    assert {"quickstart.md", "events.md", "writing-packs.md", "testing.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real module, so that classes defined on the page resolve their annotations.
    module = ModuleType(f"eventkit_docs_{page.stem.replace('-', '_')}")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    for line, code in python_blocks(page):
        compiled = compile(code, f"{page.relative_to(ROOT)}:{line}", "exec")
        exec(compiled, module.__dict__)


def test_block_extraction_sees_every_block(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("text\n```python\nx = 1\n```\n```console\n$ no\n```\n```python\ny = 2\n```\n")
    assert python_blocks(page) == [(3, "x = 1\n"), (9, "y = 2\n")]


def test_cli_reference_covers_every_subcommand() -> None:
    from eventkit.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in commands if f"## eventkit {name}" not in reference]
    assert not missing, f"docs/cli.md has no section for: {missing}"


def test_site_builds_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or "mkdocs"
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
