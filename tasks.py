#!/usr/bin/env python3
"""Project tasks that work on a fresh machine with only Python 3.11+ and pip.

    python3 tasks.py demo    extract the events of the bundled example document
    python3 tasks.py test    run the whole test suite (creates .venv on first use)
    python3 tasks.py setup   only create or refresh the environment
    python3 tasks.py screenshot
                             redraw docs/img/show-example.png (the README's picture) from
                             examples/demo-news.txt with eventkit show and headless Chromium

The environment lives in ``.venv`` (override with ``EVENTKIT_VENV``). It is refreshed
whenever a pyproject.toml of the core or of a rule pack changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import venv
import zlib
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
    editable = ["-e", f"{ROOT}[dev,dask,docs,pandas]"]
    for pack in _packs():
        editable += ["-e", str(pack)]
    print("installing eventkit and its rule packs ...", file=sys.stderr)
    subprocess.run(
        [str(_bin("python")), "-m", "pip", "uninstall", "--quiet", "-y", *OLD_DISTRIBUTIONS],
        check=False,
        capture_output=True,
    )
    # Their build metadata in the source folders would still be found on sys.path.
    for folder in [ROOT, *_packs()]:
        for name in OLD_DISTRIBUTIONS:
            shutil.rmtree(folder / f"{name.replace('-', '_')}.egg-info", ignore_errors=True)
    subprocess.run([*pip, *editable], check=True)
    STAMP.write_text(fingerprint)


def demo(args: list[str]) -> int:
    setup()
    example = ROOT / "examples" / "demo-news.txt"
    return subprocess.call([str(_bin("eventkit")), "extract", str(example), *args])


def test(args: list[str]) -> int:
    setup()
    return subprocess.call([str(_bin("python")), "-m", "pytest", *args], cwd=ROOT)


DEMO = ROOT / "examples" / "demo-news.txt"
SCREENSHOT = ROOT / "docs" / "img" / "show-example.png"
# The PNG text chunk that records which text the screenshot shows (tests/test_browser.py
# checks it against examples/demo-news.txt).
SOURCE_KEY = "eventkit-source-sha256"


def _chromium() -> str | None:
    for name in (os.environ.get("EVENTKIT_CHROMIUM"), "chromium", "chromium-browser"):
        found = shutil.which(name) if name else None
        if found:
            return found
    return None


def _with_text_chunk(png: bytes, key: str, value: str) -> bytes:
    """``png`` with a tEXt chunk ``key=value`` right after its header chunk."""
    data = key.encode("latin-1") + b"\0" + value.encode("latin-1")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + data) & 0xFFFFFFFF)
    header_end = 8 + 4 + 4 + 13 + 4  # signature, then IHDR: length, type, 13 bytes, CRC
    return png[:header_end] + chunk + png[header_end:]


def screenshot() -> int:
    setup()
    chromium = _chromium()
    if chromium is None:
        print("no Chromium: apt-get install chromium (or set EVENTKIT_CHROMIUM)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        page, shot = Path(work) / "demo-news.html", Path(work) / "shot.png"
        subprocess.run([str(_bin("eventkit")), "show", str(DEMO), "-o", str(page)], check=True)
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={Path(work) / 'profile'}",
                "--window-size=1200,760",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        digest = hashlib.sha256(DEMO.read_bytes()).hexdigest()
        SCREENSHOT.write_bytes(_with_text_chunk(shot.read_bytes(), SOURCE_KEY, digest))
    print(f"wrote {SCREENSHOT.relative_to(ROOT)}", file=sys.stderr)
    return 0


def main() -> int:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "setup":
        setup()
        return 0
    if command == "demo":
        return demo(rest)
    if command == "test":
        return test(rest)
    if command == "screenshot":
        return screenshot()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
