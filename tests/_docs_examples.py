"""Running the documentation's examples: every ```python block of a Markdown page, in order,
in one namespace per page; the README's example with the output it states.

Used by tests/test_docs.py and tests/test_readme.py in the development environment, and run
as a script by tests/test_fresh_venv.py in a virtual environment made from the built wheels
alone (``python _docs_examples.py --readme README.md docs/quickstart.md ...``), where it
imports the installed eventkit, not the checkout.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path
from types import ModuleType

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# A page whose examples need an extra says so in this form (tests/test_fresh_venv.py
# installs exactly that before running the page).
NEEDS = re.compile(r"This page's examples need `pip install '([^']+)'`")


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """(line number, code) of each ```python block of a Markdown page."""
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in _BLOCK.finditer(text)]


def page_needs(page: Path) -> list[str]:
    """The requirements a page says its examples need beyond the core and the packs."""
    return NEEDS.findall(page.read_text(encoding="utf-8"))


def run_page(page: Path) -> None:
    """Execute the page's blocks in order, sharing one namespace."""
    # A real module, so that classes defined on the page resolve their annotations.
    module = ModuleType(f"eventkit_docs_{page.stem.replace('-', '_')}")
    sys.modules[module.__name__] = module
    try:
        for line, code in python_blocks(page):
            exec(compile(code, f"{page.name}:{line}", "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]


def readme_example(readme: Path) -> tuple[str, list[str]]:
    """The README's first python block and the output it states (its ``# `` comment lines)."""
    blocks = python_blocks(readme)
    if not blocks:
        raise AssertionError(f"{readme} has no python example")
    code = blocks[0][1]
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    if not expected:
        raise AssertionError("the README example states no output")
    return code, expected


def check_readme(readme: Path) -> None:
    code, expected = readme_example(readme)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(readme), "exec"), {})
    if printed.getvalue().splitlines() != expected:
        raise AssertionError(f"README example printed {printed.getvalue()!r}, not {expected!r}")


def main(args: list[str]) -> int:
    readme = args[0] == "--readme"
    for name in args[1:] if readme else args:
        path = Path(name)
        if readme and path.name == "README.md":
            check_readme(path)
        else:
            run_page(path)
        print(f"ok {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
