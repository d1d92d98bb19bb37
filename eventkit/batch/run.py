"""Batch extraction: many documents in, one JSON line per document out, in input order.

The pieces, each usable on its own:

- readers turn a JSON Lines corpus, a directory of ``*.txt`` files or one text file into
  ``InputDoc``s; a line that is not JSON, lacks the text field or is not UTF-8 becomes an
  ``InputDoc`` with an ``error``, so it still gets its output line and nothing is lost;
- ``extract_chunk`` turns a list of ``InputDoc``s into output lines with an Extractor built
  once per process (``Options`` says which packs);
- ``run_batch`` streams chunks through a local process pool, or any executor with
  ``submit`` (a ``distributed.Client``), keeping a bounded number of chunks in flight and
  writing results in input order;
- ``OutputFile`` writes only whole lines (one ``os.write`` per chunk), fsyncs every few
  seconds and at the end, and on ``resume`` drops a trailing partial line and reports how
  many documents are already done, so an interrupted run continues where it stopped.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, Protocol

from attrs import field, frozen

from eventkit.batch.progress import Progress
from eventkit.batch.workers import LocalPool
from eventkit.errors import InputError
from eventkit.parse.collector import between_documents

# Chunks sent to a worker at once: at most this many documents or this much text.
CHUNK_DOCS = 16
CHUNK_CHARS = 200_000
# Chunks in flight per worker (bounds memory: the reader never runs ahead further).
AHEAD_PER_WORKER = 4
FSYNC_SECONDS = 5.0

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


@frozen(kw_only=True)
class Options:
    """How each worker builds its Extractor (picklable, compared to reuse one)."""

    packs: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    strict: bool = False
    # Seconds one document may take (per 30,000 characters), or None for no limit.
    timeout: float | None = None


# --- reading ------------------------------------------------------------------------------


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
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
    text, warnings = _clean(text)
    notes = _encoding_notes(data, str(path), encoding_errors)
    return InputDoc(id=doc_id, text=text, warnings=(*notes, *warnings))


def read_directory(root: Path, *, encoding_errors: str = "strict") -> Iterator[InputDoc]:
    """Every ``*.txt`` below ``root``, sorted; the id is the relative path without ".txt"."""
    for path in sorted(root.rglob("*.txt")):
        if path.is_file():
            doc_id = path.relative_to(root).with_suffix("").as_posix()
            yield read_text_file(path, doc_id=doc_id, encoding_errors=encoding_errors)


def read_jsonl(
    stream: IO[bytes],
    *,
    source: str = "<stdin>",
    id_field: str = "id",
    text_field: str = "text",
    encoding_errors: str = "strict",
) -> Iterator[InputDoc]:
    """Documents of a JSON Lines stream, one per non-blank line.

    A line without ``id_field`` gets the id "line-N" (N counts lines from 1). A line that is
    not UTF-8, not a JSON object, or has no string ``text_field`` is yielded with an error
    naming the line (and its id when it has one).
    """
    offset = 0
    for number, raw in enumerate(stream, 1):
        start, offset = offset, offset + len(raw)
        if number == 1 and raw.startswith(_BOM):
            raw, start = raw[len(_BOM) :], start + len(_BOM)  # a UTF-8 byte order mark
        if not raw.strip():
            continue
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
    record: Any, *, where: str, fallback: str, id_field: str = "id", text_field: str = "text"
) -> InputDoc:
    """An ``InputDoc`` from a JSON line or an already parsed mapping; what is wrong with it
    becomes the document's error, naming ``where`` (e.g. "corpus.jsonl, line 7")."""
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as error:
            doc_id = _id_of(record, id_field) or fallback
            return InputDoc(
                id=doc_id, error=f"{where}: not valid JSON ({error.msg}, column {error.colno})"
            )
        except RecursionError:
            doc_id = _id_of(record, id_field) or fallback
            return InputDoc(id=doc_id, error=f"{where}: JSON nested too deeply to read")
        except ValueError as error:  # e.g. an integer of more than 4300 digits
            doc_id = _id_of(record, id_field) or fallback
            return InputDoc(id=doc_id, error=f"{where}: not readable JSON ({error})")
    if not isinstance(record, Mapping):
        kind = type(record).__name__
        return InputDoc(id=fallback, error=f"{where}: expected a JSON object, got {kind}")
    given = record.get(id_field)
    if given is not None and not isinstance(given, str | int | float):
        kind = type(given).__name__
        return InputDoc(id=fallback, error=f"{where}: the {id_field!r} field is a {kind}")
    doc_id, id_notes = _clean(fallback if given is None else str(given))
    id_notes = tuple(f"id: {note}" for note in id_notes)
    text = record.get(text_field)
    if not isinstance(text, str):
        problem = "no" if text is None else f"a non-string ({type(text).__name__})"
        wrong = f"{where} (id {doc_id!r}): {problem} {text_field!r} field"
        return InputDoc(id=doc_id, error="; ".join((*id_notes, wrong)))
    text, warnings = _clean(text)
    return InputDoc(id=doc_id, text=text, warnings=(*id_notes, *warnings))


def _id_of(line: str, id_field: str) -> str | None:
    """The id of a line that is not valid JSON, when it can still be seen."""
    found = re.search(r'"' + re.escape(id_field) + r'"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)', line)
    if not found:
        return None
    try:
        return _clean(str(json.loads(found.group(1))))[0]
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
            yield from read_jsonl(
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
        text, warnings = _clean(text)
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
            yield from read_jsonl(
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


# --- extracting ---------------------------------------------------------------------------

_extractors: dict[Options, Any] = {}


def get_extractor(options: Options) -> Any:
    """The Extractor for ``options``, built once per process (workers reuse it)."""
    found = _extractors.get(options)
    if found is None:
        from eventkit.extract.extractor import Extractor

        found = Extractor(options.packs, exclude=options.exclude, strict=options.strict)
        found.warm_up()
        _extractors[options] = found
    return found


def extract_document(extractor: Any, doc: InputDoc, timeout: float | None = None) -> Any:
    """The ``Document`` of one input document, within its time limit (``timeout`` seconds
    per 30,000 characters); never raises unless the extractor is strict: whatever fails,
    pack code calling ``sys.exit`` included, becomes one of the document's errors."""
    from eventkit.engine.guard import DocumentTimeout, is_pack_failure, limit_for, time_limit
    from eventkit.model.events import Document, ExtractionError

    notes = [ExtractionError(pack="eventkit", kind="input", message=w) for w in doc.warnings]
    if doc.error is not None:
        notes.append(ExtractionError(pack="eventkit", kind="input", message=doc.error))
        return Document(id=doc.id, text="", errors=notes)
    try:
        with time_limit(limit_for(doc.text, timeout)):
            document = extractor.extract(doc.text, doc_id=doc.id)
    except DocumentTimeout as error:
        failure = ExtractionError(pack="eventkit", kind="timeout", message=str(error))
        document = Document(id=doc.id, text=doc.text, errors=[failure])
    except BaseException as error:
        if extractor.strict or not is_pack_failure(error):
            raise
        failure = ExtractionError(
            pack="eventkit", kind="internal", message=f"extraction failed: {error!r}"
        )
        document = Document(id=doc.id, text=doc.text, errors=[failure])
    if notes:
        from attrs import evolve

        document = evolve(document, errors=[*notes, *document.errors])
    return document


def extract_one(extractor: Any, doc: InputDoc, timeout: float | None = None) -> str:
    """The output line of one document (without the newline); never raises unless the
    extractor is strict (a document that cannot be written gets an "internal" error)."""
    document = extract_document(extractor, doc, timeout)
    try:
        return str(extractor.converter.dumps(document))
    except Exception as error:
        if extractor.strict:
            raise
        return failure_line(doc.id, "internal", f"writing the events failed: {error!r}")


def failure_line(doc_id: str, kind: str, message: str) -> str:
    """The output line of a document that has only an eventkit error."""
    error = {"pack": "eventkit", "message": _clean(message)[0], "kind": kind}
    return json.dumps(
        {"id": _clean(doc_id)[0], "events": [], "errors": [error]}, ensure_ascii=False
    )


def extract_chunk(options: Options, docs: list[InputDoc]) -> list[str]:
    """Output lines of a chunk of documents (what a worker runs)."""
    extractor = get_extractor(options)
    with between_documents():
        return [extract_one(extractor, doc, options.timeout) for doc in docs]


def chunked(docs: Iterable[InputDoc]) -> Iterator[list[InputDoc]]:
    """Consecutive chunks of at most CHUNK_DOCS documents or about CHUNK_CHARS of text."""
    chunk: list[InputDoc] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += len(doc.text)
        if len(chunk) >= CHUNK_DOCS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# --- writing ------------------------------------------------------------------------------


def partial_path(path: Path) -> Path:
    """Where a run writes until it is complete: ``OUT.jsonl.part`` beside ``OUT.jsonl``."""
    return path.with_name(path.name + ".part")


class OutputFile:
    """Append-only JSON Lines output that survives being killed.

    Lines go to ``OUT.part`` (see ``partial_path``), which ``close`` renames to ``OUT``: a
    run that did not finish never leaves a partial ``OUT``, and a symbolic link at ``OUT``
    is replaced, not followed. Each chunk's lines go out in one ``os.write`` of whole lines;
    the file is fsynced every ``FSYNC_SECONDS`` and on close. ``resume=True`` continues
    ``OUT.part`` (or a finished ``OUT``): a trailing partial line (a write cut by a kill) is
    truncated away, and ``done_ids`` lists the complete lines' ids, in order.
    """

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        from eventkit.batch.safeio import open_append, open_new

        self.path = path
        self.partial = partial_path(path)
        self.done_ids: list[str] = []
        if resume and not os.path.lexists(self.partial) and os.path.lexists(path):
            if path.is_symlink():
                raise InputError(f"{path} is a symbolic link: not continued")
            os.rename(path, self.partial)
        if resume and os.path.lexists(self.partial):
            self._fd = open_append(self.partial)
            self.done_ids = _complete_lines(self.partial)
        else:
            self._fd = open_new(self.partial)
        self._synced = time.monotonic()

    def write(self, lines: list[str]) -> None:
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        if time.monotonic() - self._synced > FSYNC_SECONDS:
            os.fsync(self._fd)
            self._synced = time.monotonic()

    def close(self) -> None:
        """Finish: the output gets its real name."""
        if self._fd >= 0:
            self.abort()
            os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Stop without finishing: ``OUT.part`` stays, for ``--resume``."""
        if self._fd >= 0:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1


def _complete_lines(path: Path) -> list[str]:
    """Ids of the complete lines of an earlier run's output; cuts off a partial last line."""
    ids: list[str] = []
    keep = 0
    with path.open("rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.append(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break  # a damaged line: everything from here on is redone
            keep += len(raw)
    if keep != path.stat().st_size:
        os.truncate(path, keep)
    return ids


class StdoutOutput:
    """Output lines to stdout (no resume)."""

    def __init__(self) -> None:
        self.done_ids: list[str] = []

    def write(self, lines: list[str]) -> None:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()

    def close(self) -> None:
        sys.stdout.flush()


# --- running ------------------------------------------------------------------------------


class Executor(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...


def _skip_done(docs: Iterator[InputDoc], done_ids: list[str]) -> Iterator[InputDoc]:
    """Drop the documents an earlier run already wrote (output order = input order)."""
    for position, expected in enumerate(done_ids):
        doc = next(docs, None)
        if doc is None:
            raise InputError(
                f"the output already has {len(done_ids)} documents, the input only {position}"
            )
        if doc.id != expected:
            raise InputError(
                f"the output does not continue this input: its document {position + 1} is "
                f"{expected!r}, the input's is {doc.id!r}"
            )
    yield from docs


def run_batch(
    docs: Iterable[InputDoc],
    output: OutputFile | StdoutOutput,
    options: Options,
    *,
    workers: int = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    isolate: bool = False,
) -> int:
    """Extract ``docs`` into ``output`` in input order; returns the number written.

    With ``workers`` > 1, or ``isolate`` (in a process without other threads), a local
    process pool is used (fork where available, so workers inherit the warmed Extractor, see
    ``eventkit.workers``): a document that kills its worker, or is still running when its
    time limit and the pool's grace are over, gets an error line and the run goes on.
    ``executor`` (e.g. a ``distributed.Client``) replaces the pool.
    """
    pending = _skip_done(iter(docs), output.done_ids)
    progress = progress or Progress(enabled=False)
    written = 0
    # Forking a process that runs other threads can deadlock the child: a program with
    # threads that asks for one worker gets its documents extracted in-process.
    in_process = not isolate or threading.active_count() > 1
    if executor is None and workers <= 1 and in_process:
        with between_documents():  # one frozen heap for the whole run (see collector)
            for chunk in chunked(pending):
                lines = extract_chunk(options, chunk)
                output.write(lines)
                progress.update(chunk, lines)
                written += len(lines)
        progress.finish()
        return written
    pool: LocalPool | None = None
    if executor is None:
        get_extractor(options)  # built (and its parsers warmed) once, before forking
        pool = LocalPool(workers)
        executor = pool
    try:
        written = _ordered(executor, pending, output, options, workers, progress)
    finally:
        if pool is not None:
            pool.shutdown()
    progress.finish()
    return written


def _ordered(
    executor: Executor,
    docs: Iterator[InputDoc],
    output: OutputFile | StdoutOutput,
    options: Options,
    workers: int,
    progress: Progress,
) -> int:
    in_flight: deque[tuple[list[InputDoc], Future[list[str]]]] = deque()
    limit = max(1, workers) * AHEAD_PER_WORKER
    chunks = chunked(docs)
    written = 0
    exhausted = False
    while in_flight or not exhausted:
        while not exhausted and len(in_flight) < limit:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
                break
            in_flight.append((chunk, executor.submit(extract_chunk, options, chunk)))
        if not in_flight:
            break
        chunk, future = in_flight.popleft()
        try:
            lines = future.result(timeout=_hard_limit(chunk, options, executor))
        except (BrokenProcessPool, TimeoutError) as error:
            if not isinstance(executor, LocalPool):
                raise
            # Every chunk in flight is lost with the pool: redo their documents one by one
            # (a single document that timed out is known to be the one).
            suspects = [chunk, *(c for c, _ in in_flight)]
            in_flight.clear()
            timed_out = isinstance(error, TimeoutError)
            executor.restart(kill=timed_out)
            if timed_out and len(chunk) == 1:
                lines = [_killed_line(chunk[0], _hard_limit(chunk, options, executor))]
                output.write(lines)
                progress.update(chunk, lines)
                written += 1
                suspects.pop(0)
            for suspect in suspects:
                lines = [_isolated(executor, options, doc) for doc in suspect]
                output.write(lines)
                progress.update(suspect, lines)
                written += len(lines)
            continue
        output.write(lines)
        progress.update(chunk, lines)
        written += len(lines)
    return written


def _hard_limit(chunk: list[InputDoc], options: Options, executor: Executor) -> float | None:
    """How long to wait for a chunk from a local pool before its worker is killed: the
    documents' time limits and the pool's grace (a worker stops a document at its limit
    itself; this is for code that ignores that, or never returns to Python)."""
    from eventkit.engine.guard import limit_for

    if not isinstance(executor, LocalPool) or options.timeout is None:
        return None
    return executor.grace + sum(limit_for(d.text, options.timeout) or 0.0 for d in chunk)


def _killed_line(doc: InputDoc, limit: float | None) -> str:
    return failure_line(
        doc.id,
        "timeout",
        f"extraction did not stop within {limit or 0:g} s; its worker process was killed",
    )


def _isolated(pool: Any, options: Options, doc: InputDoc) -> str:
    """The output line of one document extracted alone in ``pool``; an error line when its
    worker died or had to be killed (the pool is then restarted)."""
    future = pool.submit(extract_chunk, options, [doc])
    limit = _hard_limit([doc], options, pool)
    try:
        lines: list[str] = future.result(timeout=limit)
        return lines[0]
    except BrokenProcessPool:
        pool.restart()
        return failure_line(
            doc.id,
            "worker",
            "a worker process died while extracting this document (a pack ended the "
            "process, a crash, or out of memory); the document was skipped",
        )
    except TimeoutError:
        pool.restart(kill=True)
        return _killed_line(doc, limit)
