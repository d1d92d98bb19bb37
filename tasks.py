#!/usr/bin/env python3
"""Project tasks that work on a fresh machine with only Python 3.11+ and pip.

    python3 tasks.py demo    extract the events of the bundled example document
    python3 tasks.py test    run the whole test suite (creates .venv on first use)
    python3 tasks.py setup   only create or refresh the environment

The environment lives in ``.venv`` (override with ``EVENTKIT_VENV``). It is refreshed
whenever a pyproject.toml of the core or of a rule pack changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("EVENTKIT_VENV", ROOT / ".venv"))
STAMP = VENV / ".eventkit-installed"
# Distribution names used before the rename to eventkit-ru*: a venv made then still has them,
# and two distributions of one import package would register the pytest plugin twice.
OLD_DISTRIBUTIONS = ("eventkit", "eventkit-news", "eventkit-deals")


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def _packs() -> list[Path]:
    return sorted(p.parent for p in (ROOT / "rules").glob("*/pyproject.toml"))


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in [ROOT / "pyproject.toml", *(p / "pyproject.toml" for p in _packs())]:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under whatever python3 a user has
        sys.exit(f"eventkit needs Python 3.11+, this is {sys.version.split()[0]}")
    fingerprint = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint and _bin("eventkit").exists():
        return
    if not _bin("python").exists():
        print(f"creating {VENV} ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    editable = ["-e", f"{ROOT}[dev,dask,docs]"]
    for pack in _packs():
        editable += ["-e", str(pack)]
    print("installing eventkit and its rule packs ...", file=sys.stderr)
    subprocess.run(
        [str(_bin("python")), "-m", "pip", "uninstall", "--quiet", "-y", *OLD_DISTRIBUTIONS],
        check=False,
        capture_output=True,
    )
    subprocess.run([*pip, *editable], check=True)
    STAMP.write_text(fingerprint)


def demo(args: list[str]) -> int:
    setup()
    example = ROOT / "examples" / "demo-news.txt"
    return subprocess.call([str(_bin("eventkit")), "extract", str(example), *args])


def test(args: list[str]) -> int:
    setup()
    return subprocess.call([str(_bin("python")), "-m", "pytest", *args], cwd=ROOT)


def main() -> int:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "setup":
        setup()
        return 0
    if command == "demo":
        return demo(rest)
    if command == "test":
        return test(rest)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
