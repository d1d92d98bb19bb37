"""Reading extraction output: JSON Lines files of the JSON contract, or Documents in memory.

Both become the same plain records (the JSON contract as dicts), so the corpus code reads one
shape and works with events of any pack, including types it has no class for.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eventkit.batch.readers import read_jsonl
from eventkit.errors import EventkitError, InputError
from eventkit.model.events import BUILTIN_EVENT_TYPES, Document
from eventkit.model.serialize import EventConverter

log = logging.getLogger(__name__)

# A document or event record of the JSON contract; its shape is checked as it is read (a
# record that does not fit is skipped with a warning, see ``build_corpus``).
Record = Mapping[str, Any]


def read_extraction_output(path: Path) -> Iterator[Record]:
    """The document records of an ``eventkit extract`` output file, one per non-blank line."""
    for number, record in read_jsonl(path):
        if not isinstance(record.get("events"), list):
            raise InputError(
                f"{path}:{number}: expected a document of eventkit extract output "
                "(an object with an 'events' list)"
            )
        if record.get("id") is None:
            record["id"] = f"{path.stem}-{number}"
        yield record


class KnownTypes:
    """Whether an event type is known: a built-in one, or one an installed pack registers
    (the packs are loaded on the first type that is not built in, once)."""

    def __init__(self) -> None:
        self._known: set[str] = {cls.type for cls in BUILTIN_EVENT_TYPES}
        self._loaded = False

    def __call__(self, name: str) -> bool:
        if name not in self._known and not self._loaded:
            self._loaded = True
            from eventkit.extract.extractor import Extractor

            try:
                self._known |= set(Extractor().converter.event_types)
            except EventkitError as error:  # a broken pack: only the built-in types are known
                log.warning("the installed packs' event types are not known: %s", error)
        return name in self._known


def document_records(documents: Iterable[Document]) -> Iterator[Record]:
    """Documents in memory as records of the JSON contract (packs' event types included)."""
    converters: dict[frozenset[type], EventConverter] = {}
    for document in documents:
        types = frozenset({*BUILTIN_EVENT_TYPES, *(type(e) for e in document.events)})
        converter = converters.get(types)
        if converter is None:
            converter = converters[types] = EventConverter(types)
        yield converter.document_to_dict(document)
