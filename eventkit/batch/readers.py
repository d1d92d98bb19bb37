"""Reading batch input: a JSON Lines corpus, a directory of ``*.txt`` files, one text file
or stdin, as ``InputDoc``s; and JSON Lines files of records for the commands that read them.

A document that cannot be read (not UTF-8, not JSON, no text field) becomes an ``InputDoc``
with an ``error``, so it still gets its output line and nothing is lost. ``read_jsonl`` is
the strict reader of JSON Lines records (gold files, predictions, extraction output): the
first bad line is an ``InputError`` naming the file and line.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

from attrs import field, frozen

from eventkit.errors import InputError

_SURROGATES = re.compile("[\ud800-\udfff]")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class InputDoc:
    """One input document, or the record of one that could not be read."""

    id: str
    text: str = ""
    # Why the document could not be read (then it is not extracted, only reported).
    error: str | None = None
    # Problems that did not stop it (e.g. replaced characters), reported with its events.
    warnings: tuple[str, ...] = field(default=(), converter=_strings)


def without_surrogates(text: str) -> tuple[str, tuple[str, ...]]:
    """Lone surrogates (from JSON "\\ud800") cannot be written as UTF-8: each is replaced by
    U+FFFD, which keeps every offset."""
    count = len(_SURROGATES.findall(text))
    if not count:
        return text, ()
    return _SURROGATES.sub("\ufffd", text), (f"{count} lone surrogate(s) replaced by U+FFFD",)


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 byte order mark, or a NUL in every other byte of the start (UTF-16 text)."""
    head = data[:200]
    return head.startswith(_UTF16_BOMS) or (len(head) >= 8 and head.count(0) * 3 >= len(head))


def decode(data: bytes, source: str, encoding_errors: str = "strict", base: int = 0) -> str:
    """UTF-8 text of ``data``; an InputError names ``source`` and the byte offset otherwise
    (``base`` is added: the offset of ``data`` in its file)."""
    try:
        return data.decode("utf-8", errors=encoding_errors)
    except UnicodeDecodeError as error:
        hint = " (it looks like UTF-16: convert it to UTF-8)" if _looks_utf16(data) else ""
        raise InputError(
            f"{source}: not valid UTF-8 at byte offset {base + error.start}{hint} "
            "(use --encoding-errors replace to read it anyway)"
        ) from error


def _encoding_notes(data: bytes, source: str, encoding_errors: str) -> tuple[str, ...]:
    """A note for text read with ``replace`` that is really UTF-16 (it gives no events)."""
    if encoding_errors == "strict" or not _looks_utf16(data):
        return ()
    return (f"{source} looks like UTF-16, not UTF-8: convert it to UTF-8 to get its events",)


def read_text_file(
    path: Path, *, doc_id: str | None = None, encoding_errors: str = "strict"
) -> InputDoc:
    doc_id = doc_id if doc_id is not None else path.stem
    try:
        data = path.read_bytes()
        text = decode(data, str(path), encoding_errors)
    except OSError as error:
        return InputDoc(id=doc_id, error=f"cannot read {path}: {error.strerror}")
    except InputError as error:
        return InputDoc(id=doc_id, error=str(error))
    text, warnings = without_surrogates(text)
    notes = _encoding_notes(data, str(path), encoding_errors)
    return InputDoc(id=doc_id, text=text, warnings=(*notes, *warnings))


def read_directory(root: Path, *, encoding_errors: str = "strict") -> Iterator[InputDoc]:
    """Every ``*.txt`` below ``root``, sorted; the id is the relative path without ".txt"."""
    for path in sorted(root.rglob("*.txt")):
        if path.is_file():
            doc_id = path.relative_to(root).with_suffix("").as_posix()
            yield read_text_file(path, doc_id=doc_id, encoding_errors=encoding_errors)


def _jsonl_lines(stream: IO[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, bytes) of each non-blank line of a JSON Lines stream; lines
    count from 1, and a UTF-8 byte order mark at the start is skipped."""
    offset = 0
    for number, raw in enumerate(stream, 1):
        start, offset = offset, offset + len(raw)
        if number == 1 and raw.startswith(_BOM):
            raw, start = raw[len(_BOM) :], start + len(_BOM)
        if raw.strip():
            yield number, start, raw


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(line number, object) of each non-blank line of a JSON Lines file (gold annotations,
    predictions, extraction output). The first line that is not UTF-8, not JSON or not a
    JSON object stops the reading with an ``InputError`` naming the file and the line."""
    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    with stream:
        for number, start, raw in _jsonl_lines(stream):
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                hint = " (it looks like UTF-16: convert it to UTF-8)" if _looks_utf16(raw) else ""
                offset = start + error.start
                raise InputError(f"{where}: not UTF-8 text (byte offset {offset}){hint}") from error
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{where}: not valid JSON: {error.msg}") from error
            except RecursionError as error:
                raise InputError(f"{where}: JSON nested too deeply to read") from error
            except ValueError as error:  # e.g. an integer of more than 4300 digits
                raise InputError(f"{where}: not readable JSON ({error})") from error
            if not isinstance(value, dict):
                raise InputError(f"{where}: expected a JSON object per line")
            yield number, value


def read_jsonl_documents(
    stream: IO[bytes],
    *,
    source: str = "<stdin>",
    id_field: str = "id",
    text_field: str = "text",
    encoding_errors: str = "strict",
) -> Iterator[InputDoc]:
    """Documents of a JSON Lines stream, one per non-blank line (``_jsonl_lines``).

    A line without ``id_field`` gets the id "line-N" (N counts lines from 1). A line that is
    not UTF-8, not a JSON object, or has no string ``text_field`` is yielded with an error
    naming the line (and its id when it has one): a batch run reports it and goes on.
    """
    for number, start, raw in _jsonl_lines(stream):
        where = f"{source}, line {number}"
        fallback = f"line-{number}"
        try:
            line = decode(raw, where, encoding_errors, base=start)
        except InputError as error:
            doc_id = _id_of(raw.decode("utf-8", errors="replace"), id_field) or fallback
            yield InputDoc(id=doc_id, error=str(error))
            continue
        yield parse_record(
            line, where=where, fallback=fallback, id_field=id_field, text_field=text_field
        )


def parse_record(
    record: object, *, where: str, fallback: str, id_field: str = "id", text_field: str = "text"
) -> InputDoc:
    """An ``InputDoc`` from a JSON line or an already parsed mapping; what is wrong with it
    becomes the document's error, naming ``where`` (e.g. "corpus.jsonl, line 7")."""
    if isinstance(record, str):
        line = record
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            doc_id = _id_of(line, id_field) or fallback
            return InputDoc(
                id=doc_id, error=f"{where}: not valid JSON ({error.msg}, column {error.colno})"
            )
        except RecursionError:
            doc_id = _id_of(line, id_field) or fallback
            return InputDoc(id=doc_id, error=f"{where}: JSON nested too deeply to read")
        except ValueError as error:  # e.g. an integer of more than 4300 digits
            doc_id = _id_of(line, id_field) or fallback
            return InputDoc(id=doc_id, error=f"{where}: not readable JSON ({error})")
    if not isinstance(record, Mapping):
        kind = type(record).__name__
        return InputDoc(id=fallback, error=f"{where}: expected a JSON object, got {kind}")
    given = record.get(id_field)
    if given is not None and not isinstance(given, str | int | float):
        kind = type(given).__name__
        return InputDoc(id=fallback, error=f"{where}: the {id_field!r} field is a {kind}")
    doc_id, id_notes = without_surrogates(fallback if given is None else str(given))
    id_notes = tuple(f"id: {note}" for note in id_notes)
    text = record.get(text_field)
    if not isinstance(text, str):
        problem = "no" if text is None else f"a non-string ({type(text).__name__})"
        wrong = f"{where} (id {doc_id!r}): {problem} {text_field!r} field"
        return InputDoc(id=doc_id, error="; ".join((*id_notes, wrong)))
    text, warnings = without_surrogates(text)
    return InputDoc(id=doc_id, text=text, warnings=(*id_notes, *warnings))


def _id_of(line: str, id_field: str) -> str | None:
    """The id of a line that is not valid JSON, when it can still be seen."""
    found = re.search(r'"' + re.escape(id_field) + r'"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)', line)
    if not found:
        return None
    try:
        return without_surrogates(str(json.loads(found.group(1))))[0]
    except ValueError:
        return None


def open_input(
    spec: str,
    *,
    input_format: str = "auto",
    id_field: str = "id",
    text_field: str = "text",
    encoding_errors: str = "strict",
    stdin: IO[bytes] | None = None,
) -> Iterator[InputDoc]:
    """Documents of ``spec``: a directory (``*.txt``), a JSON Lines file (``.jsonl``,
    ``.ndjson`` or ``input_format="jsonl"``), '-' for stdin (JSON Lines when it starts with
    '{' or ``input_format="jsonl"``, else one text), or one text file."""
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        peek = getattr(stream, "peek", None)
        head = peek(64)[:64].removeprefix(_BOM).lstrip() if peek is not None else b"{"
        if input_format == "jsonl" or (input_format == "auto" and head.startswith(b"{")):
            yield from read_jsonl_documents(
                stream,
                id_field=id_field,
                text_field=text_field,
                encoding_errors=encoding_errors,
            )
            return
        data = stream.read()
        try:
            text = decode(data, "<stdin>", encoding_errors)
        except InputError as error:
            yield InputDoc(id="stdin", error=str(error))
            return
        text, warnings = without_surrogates(text)
        notes = _encoding_notes(data, "<stdin>", encoding_errors)
        yield InputDoc(id="stdin", text=text, warnings=(*notes, *warnings))
        return
    path = Path(spec)
    if path.is_dir():
        yield from read_directory(path, encoding_errors=encoding_errors)
    elif input_format == "jsonl" or (
        input_format == "auto" and path.suffix.lower() in (".jsonl", ".ndjson")
    ):
        try:
            stream = path.open("rb")
        except OSError as error:
            raise InputError(f"cannot read {spec}: {error.strerror}") from error
        with stream:
            yield from read_jsonl_documents(
                stream,
                source=spec,
                id_field=id_field,
                text_field=text_field,
                encoding_errors=encoding_errors,
            )
    else:
        if not path.exists():
            raise InputError(f"cannot read {spec}: no such file or directory")
        yield read_text_file(path, encoding_errors=encoding_errors)
