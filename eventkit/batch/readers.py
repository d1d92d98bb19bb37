"""Reading batch input: a JSON Lines corpus, a directory of ``*.txt`` files, one text file
or stdin, as ``InputDoc``s; and JSON Lines files of records for the commands that read them.

A document that cannot be read (not UTF-8, not JSON, no text field) becomes an ``InputDoc``
with an ``error``, so it still gets its output line and nothing is lost. ``read_jsonl`` is
the strict reader of JSON Lines records (gold files, predictions, extraction output): the
first bad line is an ``InputError`` naming the file and line.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from attrs import field, frozen

from eventkit.errors import InputError

_SURROGATES = re.compile("[\ud800-\udfff]")
# A surrogate written as a JSON escape ("\\ud800"): only then can a parsed string hold one.
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_BOM = b"\xef\xbb\xbf"
log = logging.getLogger(__name__)


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


def _clean_surrogates(value: object) -> tuple[Any, int]:
    """``value`` with lone surrogates in its strings (keys too) replaced by U+FFFD; how many."""
    if isinstance(value, str):
        count = len(_SURROGATES.findall(value))
        return (_SURROGATES.sub("\ufffd", value) if count else value), count
    if isinstance(value, list):
        cleaned = [_clean_surrogates(item) for item in value]
        return [v for v, _ in cleaned], sum(n for _, n in cleaned)
    if isinstance(value, dict):
        total = 0
        out = {}
        for key, item in value.items():
            new_key, n = _clean_surrogates(key)
            new_item, m = _clean_surrogates(item)
            out[new_key] = new_item
            total += n + m
        return out, total
    return value, 0


def without_surrogates(text: str) -> tuple[str, tuple[str, ...]]:
    """Lone surrogates (from JSON "\\ud800") cannot be written as UTF-8: each is replaced by
    U+FFFD, which keeps every offset."""
    count = len(_SURROGATES.findall(text))
    if not count:
        return text, ()
    return _SURROGATES.sub("\ufffd", text), (f"{count} lone surrogate(s) replaced by U+FFFD",)


# Byte order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
# Control characters no text is made of (tabs, line and page breaks are text).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_ASCII = re.compile("[\t\n\r\x20-\x7e]")
_SNIFF_BYTES = 4096


def _control_share(text: str) -> float:
    return len(_CONTROLS.findall(text)) / len(text) if text else 1.0


def detect_encoding(data: bytes) -> tuple[str, int, bool]:
    """How to read ``data`` (or its first bytes): the codec, the length of its byte order
    mark, and whether the codec was guessed from the bytes (no mark).

    UTF-8 unless a byte order mark says UTF-16 or UTF-32, or the bytes read as UTF-8 are
    more than a tenth control characters (NUL and the like: UTF-16 of Cyrillic is mostly
    bytes below 0x20) while one of UTF-32/UTF-16, little or big endian, reads them with
    almost none (of those, the reading with the most ASCII characters). A UTF-8 text with a
    few stray NULs stays UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom), False
    head = data[:_SNIFF_BYTES]
    as_utf8 = head.decode("utf-8", errors="replace")
    if _control_share(as_utf8) <= 0.1:
        return "utf-8", 0, False
    # Among the readings with almost no control characters, the one with the most ASCII
    # (spaces, digits, punctuation): read with the wrong byte order, a space is U+2000.
    best: tuple[float, str] | None = None
    for codec in _WIDE:
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text and _control_share(text) < 0.02:
            ascii_share = len(_ASCII.findall(text)) / len(text)
            if best is None or ascii_share > best[0]:
                best = (ascii_share, codec)
    return (best[1], 0, True) if best is not None else ("utf-8", 0, False)


def _label(codec: str) -> str:
    return codec.upper()


def decode(data: bytes, source: str, encoding_errors: str = "strict", base: int = 0) -> str:
    """UTF-8 text of ``data``; an InputError names ``source`` and the byte offset otherwise
    (``base`` is added: the offset of ``data`` in its file)."""
    try:
        return data.decode("utf-8", errors=encoding_errors)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not valid UTF-8 at byte offset {base + error.start} "
            "(use --encoding-errors replace to read it anyway)"
        ) from error


def decode_text(
    data: bytes, source: str, encoding_errors: str = "strict"
) -> tuple[str, tuple[str, ...]]:
    """The text of a whole file: UTF-8, or UTF-16/UTF-32 when ``detect_encoding`` finds
    them (a mark is dropped); and a note when the encoding was guessed without a mark."""
    codec, skip, guessed = detect_encoding(data)
    if codec == "utf-8":
        return decode(data, source, encoding_errors), ()
    try:
        text = data[skip:].decode(codec, errors=encoding_errors)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: read as {_label(codec)}, but not valid {_label(codec)} at byte offset "
            f"{skip + error.start} (use --encoding-errors replace to read it anyway)"
        ) from error
    notes = (f"{source}: no byte order mark; read as {_label(codec)}",) if guessed else ()
    return text, notes


def read_text_file(
    path: Path, *, doc_id: str | None = None, encoding_errors: str = "strict"
) -> InputDoc:
    doc_id = doc_id if doc_id is not None else path.stem
    try:
        data = path.read_bytes()
        text, notes = decode_text(data, str(path), encoding_errors)
    except OSError as error:
        return InputDoc(id=doc_id, error=f"cannot read {path}: {error.strerror}")
    except InputError as error:
        return InputDoc(id=doc_id, error=str(error))
    text, warnings = without_surrogates(text)
    return InputDoc(id=doc_id, text=text, warnings=(*notes, *warnings))


def read_directory(root: Path, *, encoding_errors: str = "strict") -> Iterator[InputDoc]:
    """Every ``*.txt`` below ``root``, sorted; the id is the relative path without ".txt"."""
    for path in sorted(root.rglob("*.txt")):
        if path.is_file():
            doc_id = path.relative_to(root).with_suffix("").as_posix()
            yield read_text_file(path, doc_id=doc_id, encoding_errors=encoding_errors)


def _jsonl_lines(stream: IO[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, bytes) of each non-blank line of a JSON Lines stream; lines
    count from 1, and a byte order mark at the start is skipped.

    A stream in UTF-16 or UTF-32 (``detect_encoding`` on its first bytes) is read as text and
    each line given as UTF-8 bytes; its offsets then count those bytes."""
    peek = getattr(stream, "peek", None)
    head = peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek is not None else b""
    codec, skip, _ = detect_encoding(head) if head else ("utf-8", 0, False)
    if codec != "utf-8":
        yield from _wide_jsonl_lines(stream, codec, skip)
        return
    offset = 0
    for number, raw in enumerate(stream, 1):
        start, offset = offset, offset + len(raw)
        if number == 1 and raw.startswith(_BOM):
            raw, start = raw[len(_BOM) :], start + len(_BOM)
        if raw.strip():
            yield number, start, raw


def _wide_jsonl_lines(stream: IO[bytes], codec: str, skip: int) -> Iterator[tuple[int, int, bytes]]:
    stream.read(skip)
    # Lines end at "\n" only (not at U+2028, which JSON strings may hold); bytes that are not
    # of the codec come back as they were, so the line reports them as not UTF-8.
    text = io.TextIOWrapper(stream, encoding=codec, errors="surrogateescape", newline="\n")
    try:
        offset = skip
        for number, line in enumerate(text, 1):
            raw = line.encode("utf-8", errors="surrogateescape")
            start, offset = offset, offset + len(raw)
            if raw.strip():
                yield number, start, raw
    finally:
        text.detach()


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
                offset = start + error.start
                raise InputError(f"{where}: not UTF-8 text (byte offset {offset})") from error
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
            if _ESCAPED_SURROGATE.search(raw):
                value, count = _clean_surrogates(value)
                if count:
                    log.warning("%s: %d lone surrogate(s) replaced by U+FFFD", where, count)
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
        head = "{"
        if peek is not None:
            peeked = peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
            codec, skip, _ = detect_encoding(peeked)
            head = codecs.getincrementaldecoder(codec)(errors="replace").decode(peeked[skip:])
        if input_format == "jsonl" or (input_format == "auto" and head.lstrip().startswith("{")):
            yield from read_jsonl_documents(
                stream,
                id_field=id_field,
                text_field=text_field,
                encoding_errors=encoding_errors,
            )
            return
        data = stream.read()
        try:
            text, notes = decode_text(data, "<stdin>", encoding_errors)
        except InputError as error:
            yield InputDoc(id="stdin", error=str(error))
            return
        text, warnings = without_surrogates(text)
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
