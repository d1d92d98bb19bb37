"""One output discipline for every command that writes (``extract -o``, ``show -o``,
``corpus -o``).

- An output that exists is overwritten only when asked (``--force``), and never when it is
  one of the inputs: writing it would destroy what is being read.
- A missing folder is a clear error, not a traceback.
- Files are written to a temporary created exclusively (``O_EXCL``, never through a link)
  in the same folder and renamed into place, so an interrupted run never leaves a
  half-written file under the real name, and a symbolic link at the output's name is
  replaced, never followed: the file it points to is not touched. ``write_files`` writes a
  set of files all or nothing.
- Files get the mode the umask gives (``0o666`` less the umask), as any program's do.
- A run holds a lock on what it writes (``lock``: the ``.part`` file of ``extract``, the
  folder of ``show`` and ``corpus``), so a second run on the same output stops at once with
  a message rather than destroying the first one's work.
- An ``OSError`` while writing (a full disk) becomes an ``InputError`` of one line.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path

from eventkit.errors import InputError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows: runs are not locked there
    fcntl = None  # type: ignore[assignment]

# Opening a file never follows a symbolic link at its name (where the platform allows).
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# New files: what the umask leaves of read and write for everyone.
FILE_MODE = 0o666


def check_output(
    path: Path, inputs: Iterable[str | Path], *, force: bool, what: str = "output"
) -> None:
    """Refuse ``path`` as an output when its folder is missing, when it is one of
    ``inputs``, or when it exists and ``force`` is not given."""
    folder = path.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise InputError(f"cannot write {path}: the folder {folder} {problem}")
    if path.is_dir() and not path.is_symlink():
        raise InputError(f"{path} is a folder: name the file to write")
    for given in inputs:
        if str(given) != "-" and same_file(path, Path(given)):
            raise InputError(f"{path} is also an input: choose another {what}")
    if os.path.lexists(path) and not force:
        raise InputError(f"{path} exists: use --force to overwrite it")


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same existing file (through links too)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_error(path: Path, error: OSError) -> InputError:
    """The one line a failed write becomes (``ENOSPC``: "No space left on device")."""
    return InputError(f"{path}: cannot write: {error.strerror or error}")


def create_exclusive(path: Path) -> int:
    """A new file at ``path``, opened for writing; an ``OSError`` (``FileExistsError``)
    when anything, a link included, is already there."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, FILE_MODE)


def _temporary(path: Path) -> tuple[int, Path]:
    """An exclusive temporary beside ``path`` (hidden, ending in ``.tmp``)."""
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return create_exclusive(candidate), candidate
        except FileExistsError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_temporary(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary beside ``path``, synced; removed again on failure."""
    try:
        fd, temporary = _temporary(path)
    except OSError as error:
        raise write_error(path, error) from error
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise write_error(path, error) from error
        raise
    return temporary


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through an exclusive temporary in the same folder and a
    rename (which replaces a link at ``path`` itself, not its target)."""
    temporary = _write_temporary(path, data)
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise write_error(path, error) from error


def write_files(directory: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write every file of ``files`` (name -> content) into ``directory``, all or nothing:
    each goes to its temporary first, and only when all are written are they renamed into
    place. A failure (a full disk) removes the temporaries and leaves the folder as it was."""
    written: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            path = directory / name
            written.append((_write_temporary(path, data), path))
        for temporary, path in written:
            os.replace(temporary, path)
    except BaseException as error:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise write_error(directory, error) from error
        raise
    return [path for _, path in written]


def lock(fd: int, what: Path) -> None:
    """Hold an exclusive lock on the open file or folder ``fd`` until it is closed; an
    ``InputError`` at once when another run holds it."""
    if fcntl is None:  # pragma: no cover
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        raise InputError(
            f"{what} is being written by another eventkit run: wait for it to finish, "
            "or choose another output"
        ) from error


class FolderLock:
    """A lock on an output folder for the time of a ``with`` block (``show``, ``corpus``):
    a second run writing into the same folder stops at once."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._fd = -1

    def __enter__(self) -> FolderLock:
        try:
            self._fd = os.open(self.directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as error:
            raise InputError(f"{self.directory}: cannot open: {error.strerror or error}") from error
        try:
            lock(self._fd, self.directory)
        except BaseException:
            os.close(self._fd)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)


def make_folder(directory: Path) -> bool:
    """Create ``directory`` (and its parents); whether it was created now."""
    if directory.is_dir():
        return False
    if directory.exists() or directory.is_symlink():
        raise InputError(f"{directory}: not a directory")
    try:
        directory.mkdir(parents=True)
    except FileExistsError:
        return False
    except OSError as error:
        raise InputError(f"{directory}: cannot create: {error.strerror or error}") from error
    return True


def open_new(path: Path) -> int:
    """A new file at ``path`` for writing (an existing one, or a link, is removed first)."""
    if os.path.lexists(path):
        path.unlink()
    return create_exclusive(path)


def open_append(path: Path) -> int:
    """``path`` for appending; an ``InputError`` when it is a symbolic link."""
    if path.is_symlink():
        raise InputError(f"{path} is a symbolic link: not continued")
    return os.open(path, os.O_WRONLY | os.O_APPEND | NOFOLLOW)
