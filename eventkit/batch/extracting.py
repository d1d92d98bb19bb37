"""What a worker runs: an Extractor built once per process (``Options`` says which packs),
and chunks of ``InputDoc``s turned into output lines, one per document, never raising
unless the extractor is strict."""

from __future__ import annotations

import gc
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.util import Finalize
from typing import TYPE_CHECKING

from attrs import frozen

from eventkit.batch.readers import InputDoc, without_surrogates
from eventkit.parse.collector import between_documents

if TYPE_CHECKING:
    from eventkit.extract.extractor import Extractor
    from eventkit.model.events import Document

# Chunks sent to a worker at once: at most this many documents or this much text. (16 gave
# a local Dask cluster 1.16 times our pool's time, 32 gives it 1.07-1.10: a task costs the
# client a few ms; our pool's parent spends less too.)
CHUNK_DOCS = 32
CHUNK_CHARS = 200_000
# The end of a parallel run comes in chunks this many times smaller (``chunked``'s tail).
TAIL_SHARE = 8


@frozen(kw_only=True)
class Options:
    """How each worker builds its Extractor (picklable, compared to reuse one)."""

    packs: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    strict: bool = False
    # Seconds one document may take (per 30,000 characters), or None for no limit.
    timeout: float | None = None


_extractors: dict[Options, Extractor] = {}
# Whether the Extractor of ``options`` started from a stored warm-start table.
_warm_loaded: dict[Options, bool] = {}
# (options, process) pairs whose table is stored when the process ends
_saving: set[tuple[Options, int]] = set()


def get_extractor(options: Options) -> Extractor:
    """The Extractor for ``options``, built once per process (workers reuse it), its caches
    answering from the warm-start table when there is one (``eventkit.extract.warm``)."""
    found = _extractors.get(options)
    if found is None:
        from eventkit.extract.extractor import Extractor
        from eventkit.extract.warm import load_warm

        found = Extractor(options.packs, exclude=options.exclude, strict=options.strict)
        found.warm_up()
        _warm_loaded[options] = load_warm(found)
        _extractors[options] = found
        # Building it left much garbage and a full collection due: made now, with the
        # start-up, not at the first allocations after it (a pool's start, which its
        # workers would wait for, and forked workers would inherit the debt).
        gc.collect()
    return found


# New word forms (analysed, not read from the table) after which a run that started from a
# table stores it again, grown: a first run over a few documents makes a small table.
GROW_AFTER_FORMS = 2_000


def save_warm_table(options: Options) -> None:
    """After a run in this process: store the caches as the warm-start table of
    ``options``'s Extractor if it started without one (a first use, or a stale table), or
    if it met at least ``GROW_AFTER_FORMS`` word forms the table lacked (the table grows:
    what it held stays, up to its bounds)."""
    found = _extractors.get(options)
    if found is None:
        return
    from eventkit.extract.warm import save_warm
    from eventkit.text.morph import get_morph

    morph = get_morph()
    if _warm_loaded.get(options, True) and morph.fresh_forms < GROW_AFTER_FORMS:
        return
    if save_warm(found) is not None:
        _warm_loaded[options] = True
        morph.fresh_forms = 0


def extract_document(extractor: Extractor, doc: InputDoc, timeout: float | None = None) -> Document:
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


def extract_one(extractor: Extractor, doc: InputDoc, timeout: float | None = None) -> str:
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
    error = {"pack": "eventkit", "message": without_surrogates(message)[0], "kind": kind}
    return json.dumps(
        {"id": without_surrogates(doc_id)[0], "events": [], "errors": [error]}, ensure_ascii=False
    )


def extract_chunk(options: Options, docs: list[InputDoc]) -> list[str]:
    """Output lines of a chunk of documents (what a worker runs)."""
    extractor = get_extractor(options)
    if (options, os.getpid()) not in _saving:
        # A process that started cold (or met many forms its table lacked) stores its
        # caches as the warm-start table when it ends: a worker of a pool when the pool
        # shuts it down (multiprocessing's finalizers run then; ``atexit`` does not in a
        # forked worker), this process at its exit unless ``run_batch`` already did;
        # ``save_warm_table`` decides whether there is anything to store.
        _saving.add((options, os.getpid()))
        Finalize(None, save_warm_table, args=(options,), exitpriority=10)
    with between_documents():
        return [extract_one(extractor, doc, options.timeout) for doc in docs]


def chunked(docs: Iterable[InputDoc], *, tail: int = 0) -> Iterator[list[InputDoc]]:
    """Consecutive chunks of at most CHUNK_DOCS documents or about CHUNK_CHARS of text.

    With ``tail``, the documents of the last ``tail`` chunks (the short last one counts)
    come in chunks an eighth of that size (``TAIL_SHARE``): workers fed in parallel then
    finish within a small chunk of each other, where one could otherwise idle for most of a
    big chunk's time at the end of the run. The input is read ahead by ``tail`` chunks to
    know where its end is."""
    ahead: deque[list[InputDoc]] = deque()
    for chunk in _cut(docs, CHUNK_DOCS, CHUNK_CHARS):
        ahead.append(chunk)
        if len(ahead) > tail:
            yield ahead.popleft()
    rest = [doc for chunk in ahead for doc in chunk]
    yield from _cut(rest, max(1, CHUNK_DOCS // TAIL_SHARE), CHUNK_CHARS // TAIL_SHARE)


def _cut(docs: Iterable[InputDoc], most_docs: int, most_chars: int) -> Iterator[list[InputDoc]]:
    chunk: list[InputDoc] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += len(doc.text)
        if len(chunk) >= most_docs or size >= most_chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
