"""The optional compiled accelerator: the parser's chart loop and other hot modules built
with mypyc.

The modules of ``MODULES`` are plain Python and always work. Where a C compiler and mypyc
are at hand, ``build()`` (``tasks.py`` runs it after installing the development
environment) compiles them together into a directory keyed by one SHA-256 over all their
sources and the interpreter (under ``sys.prefix``, or ``EVENTKIT_ACCEL_DIR``). ``install()``,
run when this module is imported (the first thing ``eventkit`` imports), looks for the build
of the sources as they are now: after an edit of any of them the key changes and the plain
modules run until the next build, so an editable install never runs stale compiled code.
The output is the same either way (``tests/test_accel.py`` compares a corpus sample byte
for byte).

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

_PACKAGE = Path(__file__).resolve().parent
# The modules compiled: the chart loop and the pure-Python modules with the most own time
# in a profile of extraction (docs/performance.md, "What makes it fast"); all of them or none
# run compiled. Left out: modules whose attrs classes mypyc would turn into native classes
# (their ``field()`` defaults break), classes that subclass others' (``engine.roles``,
# ``engine.validate``), the extractor (its public methods would reject wrong arguments with
# mypyc's messages, not ours) and modules too cold to pay for the build's time.
MODULES = (
    "eventkit.parse.chartloop",
    "eventkit.parse.trees",
    "eventkit.grammar.tokens",
    "eventkit.grammar.mention_builder",
    "eventkit.grammar.actors",
    "eventkit.grammar.cases",
    "eventkit.grammar.organizations",
    "eventkit.grammar.people",
    "eventkit.grammar.persons",
    "eventkit.grammar.titles",
    "eventkit.clause.clauses",
    "eventkit.clause.speech_content",
    "eventkit.clause.speech_readings",
    "eventkit.resolve.actors",
    "eventkit.resolve.entities",
    "eventkit.resolve.names",
    "eventkit.resolve.people_index",
    "eventkit.extract.windows",
    "eventkit.clause.speech",
    "eventkit.resolve.dates_places",
    "eventkit.clause.speech_source",
    "eventkit.clause.speech_verb",
    "eventkit.resolve.descriptions",
    "eventkit.resolve.pronouns",
    "eventkit.resolve.organizations",
    "eventkit.text.loops",
)
# Their source files.
SOURCES = tuple(_PACKAGE.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in MODULES)
# mypyc puts the compiled code of all the modules in one library (this top-level module);
# each module is a small shim that loads its part of it.
LIBRARY = "eventkit_accel__mypyc"
_GROUP = LIBRARY.removesuffix("__mypyc")
_NAMES = frozenset((*MODULES, LIBRARY))
_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
# Set by ``install()``: the directory of the build in use, or why none is.
_found: Path | None = None
_reason = "not looked for"


def enabled_by_environment() -> bool:
    """False when ``EVENTKIT_ACCEL=0`` switches the accelerator off."""
    return os.environ.get("EVENTKIT_ACCEL", "") != "0"


def key() -> str:
    """The build key: one SHA-256 over the modules' names and sources, and the
    interpreter's cache tag."""
    digest = hashlib.sha256()
    for name, source in zip(MODULES, SOURCES, strict=True):
        digest.update(name.encode() + b"\0" + source.read_bytes() + b"\0")
    return f"{sys.implementation.cache_tag}-{digest.hexdigest()[:20]}"


def cache_root() -> Path:
    """Where builds are kept: ``EVENTKIT_ACCEL_DIR``, else ``eventkit-accel`` in the
    environment's prefix (the venv), so a build goes with the interpreter it was made for."""
    configured = os.environ.get("EVENTKIT_ACCEL_DIR")
    return Path(configured) if configured else Path(sys.prefix) / "eventkit-accel"


def build_dir() -> Path:
    """The directory of the build of the current sources."""
    return cache_root() / key()


def library_files() -> list[str]:
    """The file names of one build: a shim per module (named by its full dotted name, as
    two modules may share a last name) and the library of them all."""
    return sorted(name + _SUFFIX for name in _NAMES)


def _complete(directory: Path) -> bool:
    return all((directory / name).is_file() for name in library_files())


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (and mypyc's library of them) in one build."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _NAMES:
            return None
        library = self.directory / (fullname + _SUFFIX)
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(library))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(library))


def install() -> None:
    """Use the build of the current sources, when there is one and nothing switched it off
    (called once, when ``eventkit`` is imported, before any compiled module is). The
    library is loaded at once; each module, compiled, when it is first imported."""
    global _found, _reason
    if any(name in sys.modules for name in MODULES):
        return
    if not enabled_by_environment():
        _reason = "switched off by EVENTKIT_ACCEL=0"
        return
    try:
        directory = build_dir()
    except OSError as error:  # an unreadable source: the plain module reports it
        _reason = f"source not readable ({error})"
        return
    if not _complete(directory):
        _reason = "no build for these sources (eventkit.accel.build() makes one)"
        return
    # A build that cannot load (a missing shared library, another ABI) leaves the plain
    # modules in place, with a one-line notice.
    finder = _Finder(directory)
    sys.meta_path.insert(0, finder)
    try:
        __import__(LIBRARY)
    except Exception as error:  # any failure means: use the plain modules
        sys.meta_path.remove(finder)
        sys.modules.pop(LIBRARY, None)
        _reason = f"the build in {directory} does not load ({type(error).__name__}: {error})"
        log.warning("eventkit: compiled accelerator not used: %s", _reason)
        return
    _found = directory
    _reason = ""


def active() -> bool:
    """True when the compiled modules are in use (those imported so far are compiled)."""
    if LIBRARY not in sys.modules:
        return False
    loaded = [sys.modules[name] for name in MODULES if name in sys.modules]
    return all(str(getattr(module, "__file__", "")).endswith(_SUFFIX) for module in loaded)


def status() -> str:
    """One line: whether the compiled accelerator runs, and where from or why not."""
    if active():
        return f"compiled accelerator: on ({_found})"
    return f"compiled accelerator: off ({_reason or 'the plain modules were imported first'})"


_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

config, out, temp, group, *sources = sys.argv[1:]
setup(
    name="eventkit-accel",
    ext_modules=mypycify(
        ["--config-file", config, *sources], opt_level="3", group_name=group
    ),
    script_args=["build_ext", "--build-lib", out, "--build-temp", temp, "-q"],
)
"""

# Only the compiled modules' own types matter: the modules they import are read, not checked.
_MYPY_CONFIG = """[mypy]
follow_imports = silent
[mypy-yargy.*,pymorphy3.*,razdel.*,dawg.*]
ignore_missing_imports = True
"""


def build(force: bool = False) -> bool:
    """Compile the modules for this interpreter with mypyc into ``build_dir()``; False,
    with a one-line notice on stderr, when it cannot (no mypyc, no compiler, an error)."""
    target = build_dir()
    if not force and _complete(target):
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
        command = [sys.executable, str(script), str(config), str(out), "temp", _GROUP]
        command += [str(source) for source in SOURCES]
        try:
            done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as error:
            _notice(f"the compiler did not run ({error})")
            return False
        built = {
            name: out.joinpath(*name.split(".")).with_name(name.rpartition(".")[2] + _SUFFIX)
            for name in _NAMES
        }
        if done.returncode != 0 or not all(path.is_file() for path in built.values()):
            lines = (done.stderr or done.stdout).strip().splitlines()
            errors = [line for line in lines if ": error:" in line]
            _notice(
                f"mypyc failed (exit {done.returncode}): "
                f"{(errors or lines or ['no output'])[0 if errors else -1]}"
            )
            return False
        target.mkdir(parents=True, exist_ok=True)
        for name, library in built.items():
            shutil.copy2(library, target / (name + _SUFFIX))
    print(f"eventkit: compiled accelerator built in {target}", file=sys.stderr)
    return True


def _notice(reason: str) -> None:
    print(
        f"eventkit: compiled accelerator not built, the plain Python path runs: {reason}",
        file=sys.stderr,
    )


install()
