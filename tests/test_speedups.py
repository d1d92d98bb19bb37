"""The speedups change nothing: a corpus sample extracted with every speedup off (the
reference path of ``eventkit.speedups``) and on gives byte-identical JSON."""

from __future__ import annotations

import contextlib
import gc
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conftest import missing_shared

from eventkit import speedups
from eventkit.batch.extracting import Options, extract_chunk
from eventkit.batch.readers import InputDoc
from eventkit.grammar.actors import ACTOR
from eventkit.parse.collector import between_documents, no_collection
from eventkit.parse.fastparse import FastParser
from eventkit.text.analysis import PretokenizedTokenizer, analyse

# Every 20th document of the news corpus: 40 documents of every source and length in it.
SAMPLE_EVERY = 20
SAMPLE_SIZE = 40


def _sample(shared: Path) -> list[InputDoc]:
    path = shared / "data" / "news-corpus.jsonl"
    if not path.exists():
        missing_shared(f"the news corpus at {path}")
    lines = path.read_text(encoding="utf-8").splitlines()[::SAMPLE_EVERY][:SAMPLE_SIZE]
    return [InputDoc(id=d["id"], text=d["text"]) for d in map(json.loads, lines)]


def test_corpus_sample_is_byte_identical_with_every_speedup_off(shared: Path) -> None:
    documents = _sample(shared)
    fast = extract_chunk(Options(), documents)
    with speedups.reference_path():
        reference = extract_chunk(Options(), documents)
    assert len(fast) == len(reference) == SAMPLE_SIZE
    for got, expected in zip(fast, reference, strict=True):
        assert got == expected
    assert sum(len(json.loads(line)["events"]) for line in fast) > 40


def test_the_switch_turns_the_speedups_off() -> None:
    """The comparison above compares two different paths: off, the parser builds yargy's
    full chart and the collector is left alone."""
    tokens = analyse("Глава МИД России Сергей Лавров встретился с Ван И.").sentences[0].tokens
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())

    def states() -> int:
        return sum(len(column.states) for column in parser.chart(tokens).columns)

    fast = states()
    assert speedups.enabled()
    with speedups.reference_path():
        assert not speedups.enabled()
        assert states() > 2 * fast
        with no_collection():
            assert gc.isenabled()
    assert speedups.enabled()
    with no_collection():
        assert not gc.isenabled()


def test_a_batch_freezes_between_documents_and_unfreezes_at_its_end() -> None:
    if gc.get_freeze_count():
        # CPython 3.12 starts with objects in the permanent generation: a batch must leave
        # them (and the collector) as it found them, freezing nothing of its own.
        frozen = gc.get_freeze_count()
        with between_documents(), no_collection():
            assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        return
    with between_documents():
        with no_collection():
            assert gc.get_freeze_count() == 0  # nothing frozen inside a document
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    with speedups.reference_path(), between_documents():
        with no_collection():
            pass
        assert gc.get_freeze_count() == 0


def test_a_batch_keeps_a_freeze_made_by_someone_else() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with between_documents(), no_collection():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def _frozen_by_someone_else() -> contextlib.AbstractContextManager[None]:
    """Something in the permanent generation, as in CPython 3.12 from its start or in a
    process that froze its heap: frozen here when nothing is yet (and unfrozen after)."""
    if gc.get_freeze_count():
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def frozen() -> Iterator[None]:
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()

    return frozen()


def test_a_batch_over_frozen_objects_holds_off_full_collections() -> None:
    """Where something is frozen already, a batch leaves the permanent generation alone and
    keeps the collector from walking the whole heap by raising the oldest generation's
    threshold; it puts the caller's thresholds back when it ends."""
    with _frozen_by_someone_else():
        frozen = gc.get_freeze_count()
        before = gc.get_threshold()
        young: list[int] = []
        full: list[int] = []

        def count(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                (full if info["generation"] == 2 else young).append(1)

        gc.callbacks.append(count)
        try:
            with between_documents():
                assert gc.get_threshold()[:2] == before[:2]
                assert gc.get_threshold()[2] > 1_000_000
                kept = []
                for _ in range(200):  # documents whose survivors pile up in the heap
                    with no_collection():
                        pass
                    kept.append([[] for _ in range(1000)])
                assert gc.get_freeze_count() == frozen
        finally:
            gc.callbacks.remove(count)
        assert len(young) > 200  # the young are still collected, at each document's end too
        assert not full  # 200,000 new survivors start several full collections otherwise
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()


def test_a_batch_keeps_thresholds_changed_while_it_ran() -> None:
    before = gc.get_threshold()
    with _frozen_by_someone_else():
        try:
            with between_documents(), no_collection():
                gc.set_threshold(1000, 20, 30)
            assert gc.get_threshold() == (1000, 20, 30)
        finally:
            gc.set_threshold(*before)


def test_the_reference_path_leaves_the_thresholds_alone() -> None:
    before = gc.get_threshold()
    with _frozen_by_someone_else(), speedups.reference_path(), between_documents():
        assert gc.get_threshold() == before


def test_concurrent_batches_unfreeze_once_the_last_ends() -> None:
    frozen = gc.get_freeze_count()  # CPython 3.12 starts with some: then none are added
    first_in, second_done = threading.Event(), threading.Event()

    def second() -> None:
        first_in.wait()
        with between_documents(), no_collection():
            pass
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with between_documents():
        first_in.set()
        second_done.wait()
        # the other batch ended, this one goes on
        assert gc.get_freeze_count() > 0 if not frozen else gc.get_freeze_count() == frozen
        with no_collection():
            pass
    thread.join()
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()


DOCUMENT = (
    "Москва, 3 марта. Министр иностранных дел России Сергей Лавров встретился в Женеве с "
    "госсекретарем США Энтони Блинкеном. «Разговор был полезным», — сказал Лавров. "
    "Он добавил, что стороны договорились продолжить консультации. Компания «Ромашка» "
    "купила завод за 5 млн рублей."
)


def test_a_document_leaves_no_garbage_for_the_collector(extractor: Any) -> None:
    """Nothing of a document is kept alive by reference cycles: the sentences' caches are
    dropped, charts freed, no self-calling closures. What the collector still finds at the
    end of a batch's document is only what a pack leaves, so collecting it stays cheap."""
    extractor.extract(DOCUMENT)  # warm: parsers built, caches filled
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        document = extractor.extract(DOCUMENT)
        assert document.events
        # Before: ~190 objects for this document (its sentences, tokens and mentions).
        assert gc.collect() <= 20
    finally:
        if was_enabled:
            gc.enable()
