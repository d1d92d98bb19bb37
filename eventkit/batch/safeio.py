"""Writing output files safely (``eventkit extract -o``, ``eventkit show -o``).

- An output that exists is overwritten only when asked (``--force``), and never when it is
  one of the inputs: writing it would destroy what is being read.
- A missing folder is a clear error, not a traceback.
- Files are written under a temporary name in the same folder and renamed into place, so an
  interrupted run never leaves a half-written file under the real name, and a symbolic link
  at the output's name is replaced, never followed: the file it points to is not touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from eventkit.errors import InputError

# Opening a file never follows a symbolic link at its name (where the platform allows).
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def check_output(
    path: Path, inputs: Iterable[str | Path], *, force: bool, what: str = "output"
) -> None:
    """Refuse ``path`` as an output when its folder is missing, when it is one of
    ``inputs``, or when it exists and ``force`` is not given."""
    folder = path.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise InputError(f"cannot write {path}: the folder {folder} {problem}")
    if path.is_dir():
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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)  # replaces a link at ``path`` itself, not its target
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(f"{path}: cannot write: {error.strerror or error}") from error
        raise


def open_new(path: Path) -> int:
    """A new file at ``path`` for writing (an existing one, or a link, is removed first)."""
    if os.path.lexists(path):
        path.unlink()
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o644)


def open_append(path: Path) -> int:
    """``path`` for appending; an ``InputError`` when it is a symbolic link."""
    if path.is_symlink():
        raise InputError(f"{path} is a symbolic link: not continued")
    return os.open(path, os.O_WRONLY | os.O_APPEND | NOFOLLOW)
