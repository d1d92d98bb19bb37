"""A warm start: the per-form answers of an earlier run, stored on disk and read back.

A first pass over text pays for every new word form: pymorphy's analyses, the guard results
of every parser (which of a grammar's token tests accept the form), the nominatives of names
and phrases. ``save_warm`` stores what the caches hold at the end of a run (they keep a
stream's frequent forms, see ``eventkit.caches``); ``load_warm`` makes a fresh process answer
its caches' misses from the stored table before computing anything, so a worker starts warm.
What is stored is plain data (strings, numbers, tuples, written with ``marshal``), not
pymorphy's objects: a word's parses are stored as their fields and rebuilt when the word is
first met (about a third of analysing it); a parser's answers for a form are two bit masks.

One file per configuration, named by a key over everything that can change an answer: the
source of eventkit and of every loaded plugin's package, the versions of eventkit,
pymorphy3, its dictionaries and yargy, Python's, the packs and the lexicons. A file whose key,
check sum or format does not match (another configuration, a torn or corrupt file) is
skipped with one warning and rebuilt; writes go to a temporary file renamed into place, so a
reader never sees half a file. ``EVENTKIT_WARM=0`` turns all of it off (nothing is read or
written); ``EVENTKIT_WARM_DIR`` moves the files (default ``$XDG_CACHE_HOME/eventkit``, else
``~/.cache/eventkit``). The answers are the same with and without the table:
``tests/test_warm.py`` extracts a corpus sample cold, warm and from a stale table and
compares the output byte for byte.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pymorphy3
import yargy

from eventkit.grammar.lexicon import CURRENT_LEXICONS, EXTENSIBLE
from eventkit.parse import chartloop
from eventkit.text.morph import get_morph
from eventkit.version import __version__

if TYPE_CHECKING:
    from eventkit.extract.extractor import Extractor

log = logging.getLogger(__name__)
K = TypeVar("K")
V = TypeVar("V")

MAGIC = b"eventkit-warm\x00"
FORMAT = 1
# Word forms kept in a table at most (the news corpus has about 38,000).
MAX_FORMS = 60_000
_source_digest: str | None = None


def enabled() -> bool:
    """False when ``EVENTKIT_WARM=0`` (nothing is read or written)."""
    return os.environ.get("EVENTKIT_WARM", "1").strip() not in ("0", "false", "no", "off")


def warm_dir() -> Path:
    """Where the tables are kept: ``EVENTKIT_WARM_DIR``, else ``$XDG_CACHE_HOME/eventkit``,
    else ``~/.cache/eventkit``."""
    chosen = os.environ.get("EVENTKIT_WARM_DIR")
    if chosen:
        return Path(chosen)
    cache = os.environ.get("XDG_CACHE_HOME")
    return (Path(cache) if cache else Path.home() / ".cache") / "eventkit"


def _tree_digest(roots: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for root in roots:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            digest.update(str(path.relative_to(root.parent)).encode("utf-8", "replace"))
            digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def _eventkit_digest() -> str:
    global _source_digest
    if _source_digest is None:
        _source_digest = _tree_digest([Path(__file__).resolve().parent.parent])
    return _source_digest


def _libraries() -> list[str]:
    """pymorphy3's version and its dictionary's description, yargy's source."""
    morph = get_morph()
    meta = getattr(morph.raw.dictionary, "meta", {})
    return [
        f"pymorphy3 {pymorphy3.__version__}",
        f"dictionary {sorted((str(k), repr(v)) for k, v in dict(meta).items())}",
        f"yargy {_tree_digest([Path(yargy.__file__).resolve().parent])}",
    ]


def warm_key(extractor: Extractor) -> str:
    """The key of ``extractor``'s table (a SHA-256, hex)."""
    parts = [
        f"format {FORMAT}",
        f"eventkit {__version__} {_eventkit_digest()}",
        f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version}",
        *_libraries(),
        *sorted(f"pack {p.name} {p.version}" for p in extractor.packs),
    ]
    roots: set[Path] = set()
    for plugin in extractor.plugin_manager.get_plugins():
        module = sys.modules.get(getattr(plugin, "__module__", "") or "") or plugin
        where = getattr(module, "__file__", None) or getattr(plugin, "__file__", None)
        if where:
            top = Path(where).resolve().parent
            roots.add(top)
    roots.discard(Path(__file__).resolve().parent.parent)
    parts.append(f"plugins {_tree_digest(sorted(roots))}")
    for name in EXTENSIBLE:
        words = sorted(extractor.lexicons.words(name))
        parts.append(f"{name} {hashlib.sha256(chr(0).join(words).encode()).hexdigest()}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def warm_path(extractor: Extractor) -> Path:
    """The file of ``extractor``'s table."""
    return warm_dir() / f"warm-{warm_key(extractor)[:24]}.bin"


def load_warm(extractor: Extractor) -> bool:
    """Read ``extractor``'s table, if there is a good one: True when it was loaded. A
    missing file is no news; a bad one (torn, corrupt, of another configuration) gets one
    warning line and is left for ``save_warm`` to replace: the process then records what a
    table needs (``record_warm``)."""
    if not enabled():
        return False
    loaded = _load(extractor)
    if not loaded:
        record_warm()
    return loaded


def record_warm() -> None:
    """Keep, for the table, what the bounded caches drop in this process (from now on)."""
    chartloop.WARM_RECORDING[:] = [True]


def _load(extractor: Extractor) -> bool:
    path = warm_path(extractor)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as error:
        log.warning("eventkit: warm start skipped, %s cannot be read: %s", path, error)
        return False
    key = warm_key(extractor).encode("ascii")
    problem = _checked(data, key)
    if problem is None:
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new containers, none of them garbage
        try:
            table = marshal.loads(data[len(MAGIC) + len(key) + 4 :])
            morph, phrases, guards = _shaped(table)
        except (ValueError, EOFError, TypeError) as error:
            problem = f"its contents do not read ({error})"
        finally:
            if collecting:
                gc.enable()
    if problem is not None:
        log.warning("eventkit: warm start skipped, %s: %s; it will be rebuilt", path, problem)
        return False
    get_morph().warm_from(morph, phrases)
    chartloop.WARM_GUARDS.clear()
    chartloop.WARM_GUARDS.update(guards)
    lexicons = extractor.lexicons
    chartloop.WARM_SCOPE[:] = [lambda: CURRENT_LEXICONS.get() is lexicons]
    return True


def _checked(data: bytes, key: bytes) -> str | None:
    """Why ``data`` is not a table for ``key``; None when it is one."""
    head = len(MAGIC) + len(key)
    if not data.startswith(MAGIC):
        return "not a warm-start table"
    if len(data) < head + 4:
        return "the file is truncated"
    if data[len(MAGIC) : head] != key:
        return "it was made for another configuration (eventkit, packs or dictionaries)"
    if zlib.crc32(data[head + 4 :]).to_bytes(4, "big") != data[head : head + 4]:
        return "its check sum does not match (a torn or corrupt file)"
    return None


def _shaped(
    table: object,
) -> tuple[
    dict[str, bytes],
    dict[tuple[object, ...], tuple[str, ...]],
    dict[str, tuple[int, dict[str, int]]],
]:
    """The three parts of a loaded table, checked for their shape."""
    if not isinstance(table, dict) or table.get("format") != FORMAT:
        raise ValueError("unknown format")
    morph, phrases, guards = table.get("morph"), table.get("phrases"), table.get("guards")
    if not (isinstance(morph, dict) and isinstance(phrases, dict) and isinstance(guards, dict)):
        raise ValueError("a part is missing")
    if not all(
        isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], dict) for v in guards.values()
    ):
        raise ValueError("bad guard results")
    return morph, phrases, guards


def save_warm(extractor: Extractor) -> Path | None:
    """Store what the caches hold now as ``extractor``'s table (atomically); the path, or
    None when warm starts are off or the file could not be written (one warning line)."""
    if not enabled():
        return None
    morph, phrases = get_morph().stored_state()
    guards = chartloop.stored_guards()
    # bounded: a table grown by runs that started from it keeps the caches' own entries,
    # which come last (the loaded ones not asked for again come first)
    table = {
        "format": FORMAT,
        "morph": _last(morph, MAX_FORMS),
        "phrases": _last(phrases, MAX_FORMS // 4),
        "guards": {name: (width, _last(t, MAX_FORMS)) for name, (width, t) in guards.items()},
    }
    payload = marshal.dumps(table)
    key = warm_key(extractor).encode("ascii")
    data = MAGIC + key + zlib.crc32(payload).to_bytes(4, "big") + payload
    path = warm_path(extractor)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        log.warning("eventkit: warm-start table not written to %s: %s", path, error)
        return None
    return path


def _last(table: dict[K, V], limit: int) -> dict[K, V]:
    return table if len(table) <= limit else dict(list(table.items())[-limit:])


def describe_warm(extractor: Extractor) -> str:
    """One line: where ``extractor``'s table is and what it holds (or why there is none)."""
    path = warm_path(extractor)
    if not path.exists():
        return f"no warm-start table yet ({path})"
    morph, _ = get_morph().stored_state()
    guards = chartloop.stored_guards()
    answers = sum(len(table) for _, table in guards.values())
    size = path.stat().st_size / 1e6
    return (
        f"warm-start table {path} ({size:.1f} MB): {len(morph):,} word forms, "
        f"{answers:,} guard results of {len(guards)} parsers"
    )


def clear_warm() -> int:
    """Delete the stored tables (of every configuration); how many there were."""
    removed = 0
    for path in warm_dir().glob("warm-*.bin"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed
