"""The documentation: every ```python block of docs/*.md runs (blocks of one page share a
namespace, in order), the site builds with no warning, and the CLI reference names every
subcommand."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _docs_examples import python_blocks, run_page

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

PAGES = sorted(p for p in DOCS.glob("*.md") if python_blocks(p))


def test_some_pages_have_examples() -> None:
    names = {p.name for p in PAGES}
    assert {"quickstart.md", "events.md", "writing-packs.md", "testing.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_examples_run(page: Path) -> None:
    run_page(page)


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
    # The API reference is generated from the docstrings (mkdocstrings).
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    for name in ["Extractor.pipe", "Document.people", "Document.events_of", "Document.to_json"]:
        assert f'id="eventkit.{name}"' in api, name
    assert "plain strings" in api  # a sentence of Extractor.pipe's docstring


# --- checks for statements the docs make about the code -----------------------------------

_LISTING = re.compile(r"^(?:# |\s*)?([a-z][\w.-]*) (\d+\.\d+\.\d+): (.+?) \((\d+) rules\)$")


def _doc_files() -> list[Path]:
    return [
        *sorted(DOCS.glob("*.md")),
        ROOT / "README.md",
        *sorted(ROOT.glob("rules/*/README.md")),
    ]


def test_pack_listings_match_eventkit_packs() -> None:
    """Every "news 0.1.0: Meeting, ... (7 rules)" line of the docs is what `eventkit packs`
    prints for that pack."""
    from eventkit import Extractor

    actual = {
        p.name: f"{p.name} {p.version}: {', '.join(t.type for t in p.event_types)} "
        f"({len(p.rules)} rules)"
        for p in Extractor().packs
    }
    seen = 0
    for path in _doc_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("  #")[-1].strip().removeprefix("# ").strip()
            found = _LISTING.match(text)
            if found and found.group(1) in actual:
                seen += 1
                assert text == actual[found.group(1)], f"{path.name}: {text!r}"
    assert seen >= 3


def test_selection_flags_on_every_command_the_docs_name() -> None:
    from eventkit.cli import build_parser

    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    sentence = re.search(r"Every command that runs rule packs\s+\(([^)]*)\)", reference)
    assert sentence is not None
    named = re.findall(r"`(\w[\w-]*)`", sentence.group(1))
    assert "extract" in named
    parser = build_parser()
    for command in named:
        for flags in (["--packs", "news"], ["-p", "news"], ["--no-pack", "deals"]):
            args = parser.parse_args([command, *flags, *_required_args(command)])
            assert args.command == command


def _required_args(command: str) -> list[str]:
    return {
        "extract": ["a.txt"],
        "explain": ["Текст."],
        "show": ["a.txt", "-o", "a.html"],
        "evaluate": ["gold.jsonl"],
        "export": ["a.txt", "-o", "brat"],
    }.get(command, [])


def test_distribution_names_are_ours() -> None:
    """`eventkit` on the package index is another project: install lines name eventkit-ru."""
    import tomllib

    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"] == "eventkit-ru"
    for pyproject in ROOT.glob("rules/*/pyproject.toml"):
        project = tomllib.loads(pyproject.read_text())["project"]
        assert project["name"] == f"eventkit-ru-{pyproject.parent.name}"
    template = ROOT / "eventkit" / "templates"
    files = _doc_files() + list(template.rglob("*.tmpl"))
    wrong = re.compile(
        r"pip install[^\n`]*?\beventkit(?!-ru)\b(?![_./-])|eventkit-(?:news|deals)\b|"
        r"pypi\.org/project/eventkit/"
    )
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not wrong.search(line), f"{path.relative_to(ROOT)}:{number}: {line}"
