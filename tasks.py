#!/usr/bin/env python3
"""Project tasks that work on a fresh machine with only Python 3.11+ and pip.

    python3 tasks.py demo    extract the events of the bundled example document (creates
                             .venv with eventkit and its rule packs only, nothing else)
    python3 tasks.py test    run the whole test suite (adds the development extras to .venv)
    python3 tasks.py setup   only create or refresh the development environment
    python3 tasks.py wheels  build the wheels of eventkit and every rule pack into dist/
                             (install them elsewhere with pip's --find-links dist/)
    python3 tasks.py screenshot
                             redraw docs/img/show-example.png (the README's picture) from
                             examples/demo-news.txt with eventkit show and headless Chromium

The environment lives in ``.venv`` (override with ``EVENTKIT_VENV``). ``demo`` installs what
running eventkit needs (its runtime dependencies, no extras); ``test`` and ``setup`` add the
``dev``, ``docs``, ``dask`` and ``pandas`` extras. Either is refreshed whenever a pyproject.toml
of the core or of a rule pack changes. ``test`` and ``setup`` also build the optional compiled
accelerator (``eventkit.accel``, mypyc from the dev extras) for the current source, unless
``EVENTKIT_ACCEL=0``; a build that fails leaves a one-line notice and the plain Python path.
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


# What each level installs into the venv: ``runtime`` for the demo, ``dev`` for the tests.
EXTRAS = {"runtime": "", "dev": "[dev,dask,docs,pandas]"}
COMMANDS = ("demo", "test", "setup", "wheels", "screenshot", "help")


def _check_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under whatever python3 a user has
        sys.exit(f"eventkit needs Python 3.11+, this is {sys.version.split()[0]}")


def _create_venv() -> None:
    _check_python()
    if not _bin("python").exists():
        print(f"creating {VENV} ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)


def _installed() -> tuple[str, str]:
    """(level, fingerprint) the venv was last installed with, or empty strings."""
    if not STAMP.exists() or not _bin("eventkit").exists():
        return "", ""
    level, _, fingerprint = STAMP.read_text().partition(":")
    if not fingerprint:  # a stamp written before levels existed: that was a dev install
        level, fingerprint = "dev", level
    return level, fingerprint


def setup(level: str = "dev") -> None:
    """The venv with eventkit and its packs at ``level`` ("runtime" or "dev"); a dev venv
    also serves the runtime."""
    _check_python()
    fingerprint = _fingerprint()
    have, stamped = _installed()
    if stamped == fingerprint and (have == level or have == "dev"):
        return
    _create_venv()
    pip = [str(_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    editable = ["-e", f"{ROOT}{EXTRAS[level]}"]
    for pack in _packs():
        editable += ["-e", str(pack)]
    what = "" if level == "runtime" else " and the development tools"
    print(f"installing eventkit, its rule packs{what} ...", file=sys.stderr)
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
    STAMP.write_text(f"{level}:{fingerprint}")


def accelerate() -> None:
    """Build the compiled modules (``eventkit.accel.MODULES``) into the venv when they are
    not built for the current sources (a few seconds when they are); never fails:
    ``eventkit.accel.build`` prints a notice and the plain Python path runs."""
    if os.environ.get("EVENTKIT_ACCEL", "") == "0":
        return
    build = "import eventkit.accel as a; a.build()"
    subprocess.run([str(_bin("python")), "-c", build], check=False, cwd=ROOT)


def demo(args: list[str]) -> int:
    setup("runtime")
    example = ROOT / "examples" / "demo-news.txt"
    return subprocess.call([str(_bin("eventkit")), "extract", str(example), *args])


def test(args: list[str]) -> int:
    setup("dev")
    accelerate()
    return subprocess.call([str(_bin("python")), "-m", "pytest", *args], cwd=ROOT)


def wheels(args: list[str]) -> int:
    """Wheels of the core and of every pack in ``dist/`` (``--outdir DIR`` elsewhere), built
    by pip (from the venv, created if needed), without their dependencies."""
    outdir = ROOT / "dist"
    if args[:1] == ["--outdir"] and len(args) == 2:
        outdir = Path(args[1]).resolve()
    elif args:
        print(f"tasks.py wheels: unknown arguments {' '.join(args)!r}", file=sys.stderr)
        return 2
    _create_venv()
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("eventkit_ru*.whl"):
        old.unlink()  # a wheel of an older build with the same version would be reused
    pip = [str(_bin("python")), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    sources = [str(ROOT), *map(str, _packs())]
    done = subprocess.call([*pip, "wheel", "--no-deps", "--wheel-dir", str(outdir), *sources])
    if done == 0:
        for wheel in sorted(outdir.glob("eventkit_ru*.whl")):
            print(wheel)
    return done


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
    setup("dev")
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
        setup("dev")
        accelerate()
        return 0
    if command == "demo":
        return demo(rest)
    if command == "test":
        return test(rest)
    if command == "wheels":
        return wheels(rest)
    if command == "screenshot":
        return screenshot()
    if command in ("help", "-h", "--help"):
        print(__doc__)
        return 0
    print(
        f"tasks.py: unknown command {command!r} (commands: {', '.join(COMMANDS)})",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
