"""The optional compiled accelerator: the parser's chart loop built with mypyc.

``eventkit.parse.chartloop`` is plain Python and always works. Where a C compiler and
mypyc are at hand, ``build()`` (``tasks.py`` runs it after installing the development
environment) compiles that module into a directory keyed by the SHA-256 of its source and
the interpreter (under ``sys.prefix``, or ``EVENTKIT_ACCEL_DIR``). ``install()``, run when
this module is imported (the first thing ``eventkit`` imports), looks for the build of the
source as it is now: after an edit of ``chartloop.py`` the key changes and the plain module
runs until the next build, so an editable install never runs stale compiled code. The
output is the same either way (``tests/test_accel.py`` compares a corpus sample byte for
byte).

Switch it off with ``EVENTKIT_ACCEL=0`` in the environment (read at import). ``status()``
says which path runs; so does ``eventkit --version``.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

# The modules compiled, and their source files (relative to the package directory).
MODULE = "eventkit.parse.chartloop"
SOURCE = Path(__file__).resolve().parent / "parse" / "chartloop.py"
# mypyc puts the compiled code of a module in a library beside a small shim module.
_NAMES = (MODULE, MODULE + "__mypyc")
_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
# Set by ``install()``: the directory of the build in use, or why none is.
_found: Path | None = None
_reason = "not looked for"


def enabled_by_environment() -> bool:
    """False when ``EVENTKIT_ACCEL=0`` switches the accelerator off."""
    return os.environ.get("EVENTKIT_ACCEL", "") != "0"


def key() -> str:
    """The build key: the source's SHA-256 and the interpreter's cache tag."""
    digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()[:20]
    return f"{sys.implementation.cache_tag}-{digest}"


def cache_root() -> Path:
    """Where builds are kept: ``EVENTKIT_ACCEL_DIR``, else ``eventkit-accel`` in the
    environment's prefix (the venv), so a build goes with the interpreter it was made for."""
    configured = os.environ.get("EVENTKIT_ACCEL_DIR")
    return Path(configured) if configured else Path(sys.prefix) / "eventkit-accel"


def build_dir() -> Path:
    """The directory of the build of the current source."""
    return cache_root() / key()


def _library(directory: Path, name: str) -> Path:
    return directory / (name.rpartition(".")[2] + _SUFFIX)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled chart loop (and mypyc's library beside it) in one build."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _NAMES:
            return None
        library = _library(self.directory, fullname)
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(library))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(library))


def install() -> None:
    """Use the build of the current source, when there is one and nothing switched it off
    (called once, when ``eventkit`` is imported, before the chart loop is)."""
    global _found, _reason
    if MODULE in sys.modules:
        return
    if not enabled_by_environment():
        _reason = "switched off by EVENTKIT_ACCEL=0"
        return
    try:
        directory = build_dir()
    except OSError as error:  # an unreadable source: the plain module reports it
        _reason = f"source not readable ({error})"
        return
    if not all(_library(directory, name).is_file() for name in _NAMES):
        _reason = "no build for this source (eventkit.accel.build() makes one)"
        return
    # A build that cannot load (a missing shared library, another ABI) leaves the plain
    # module in place, with a one-line notice.
    finder = _Finder(directory)
    sys.meta_path.insert(0, finder)
    try:
        __import__(MODULE)
    except Exception as error:  # any failure means: use the plain module
        for name in _NAMES:
            sys.modules.pop(name, None)
        _reason = f"the build in {directory} does not load ({type(error).__name__}: {error})"
        log.warning("eventkit: compiled accelerator not used: %s", _reason)
        return
    finally:
        sys.meta_path.remove(finder)
    _found = directory
    _reason = ""


def active() -> bool:
    """True when the chart loop in use is the compiled one."""
    module = sys.modules.get(MODULE)
    return module is not None and str(getattr(module, "__file__", "")).endswith(_SUFFIX)


def status() -> str:
    """One line: whether the compiled accelerator runs, and where from or why not."""
    if active():
        return f"compiled accelerator: on ({_found})"
    return f"compiled accelerator: off ({_reason or 'the plain module was imported first'})"


_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

source, config, out, temp = sys.argv[1:5]
setup(
    name="eventkit-accel",
    ext_modules=mypycify(["--config-file", config, source], opt_level="3"),
    script_args=["build_ext", "--build-lib", out, "--build-temp", temp, "-q"],
)
"""

# Only the compiled module's own types matter: the modules it imports are read, not checked.
_MYPY_CONFIG = """[mypy]
follow_imports = silent
[mypy-yargy.*,pymorphy3.*,razdel.*,dawg.*]
ignore_missing_imports = True
"""


def build(force: bool = False) -> bool:
    """Compile the chart loop for this interpreter with mypyc into ``build_dir()``; False,
    with a one-line notice on stderr, when it cannot (no mypyc, no compiler, an error)."""
    target = build_dir()
    if not force and all(_library(target, name).is_file() for name in _NAMES):
        return True
    try:
        import mypyc  # noqa: F401 - only asked whether it is installed
    except ImportError:
        _notice("mypyc is not installed (pip install mypy)")
        return False
    with tempfile.TemporaryDirectory(prefix="eventkit-accel-") as work:
        root = Path(work)
        config = root / "mypy.ini"
        config.write_text(_MYPY_CONFIG)
        script = root / "setup_accel.py"
        script.write_text(_SETUP)
        out = root / "out"
        command = [sys.executable, str(script), str(SOURCE), str(config), str(out), "temp"]
        try:
            done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as error:
            _notice(f"the compiler did not run ({error})")
            return False
        built = out / "eventkit" / "parse"
        libraries = [_library(built, name) for name in _NAMES]
        if done.returncode != 0 or not all(p.is_file() for p in libraries):
            lines = (done.stderr or done.stdout).strip().splitlines()
            _notice(f"mypyc failed (exit {done.returncode}): {lines[-1] if lines else 'no output'}")
            return False
        target.mkdir(parents=True, exist_ok=True)
        for library in libraries:
            shutil.copy2(library, target / library.name)
    print(f"eventkit: compiled accelerator built in {target}", file=sys.stderr)
    return True


def _notice(reason: str) -> None:
    print(
        f"eventkit: compiled accelerator not built, the plain Python path runs: {reason}",
        file=sys.stderr,
    )


install()
