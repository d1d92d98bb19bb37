"""Reading the files of an evaluation: gold annotations (either format, or a brat
collection written by ``eventkit export --format brat``), the texts they refer to, and the
predictions of an earlier ``eventkit extract`` run."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from eventkit.batch.brat import read_collection
from eventkit.batch.readers import read_jsonl
from eventkit.errors import InputError, SerializationError
from eventkit.evaluate.gold import (
    GoldFormat,
    GoldSet,
    JsonObject,
    detect_format,
    error_reason,
    parse_gold,
)
from eventkit.evaluate.predictions import predicted_event
from eventkit.extract.extractor import Extractor
from eventkit.model.events import BUILTIN_EVENT_TYPES, Event

log = logging.getLogger(__name__)


def load_texts(path: str | Path) -> dict[str, str]:
    """Texts from ``{"id", "text"}`` lines."""
    texts: dict[str, str] = {}
    for number, record in read_jsonl(path):
        doc_id, text = record.get("id"), record.get("text")
        if not isinstance(doc_id, str) or not isinstance(text, str):
            raise InputError(f"{path}:{number}: expected string 'id' and 'text'")
        texts[doc_id] = text
    return texts


def _default_texts_path(gold_path: Path) -> Path | None:
    # "wikinews-dev.gold.jsonl" keeps its texts next to it in "wikinews-dev.jsonl".
    name = gold_path.name
    if ".gold." in name:
        candidate = gold_path.with_name(name.replace(".gold.", ".", 1))
        if candidate.is_file():
            return candidate
    return None


def load_gold(
    gold_path: str | Path,
    texts_path: str | Path | None = None,
    *,
    event_types: Iterable[type[Event]] | None = None,
) -> GoldSet:
    """Read a gold file of either format; texts from ``texts_path``, the file, or its sibling.
    A folder is read as a brat collection (its texts in its ``.txt`` files).

    ``event_types``: the classes its types are looked up in; by default the built-in ones, or
    every installed one when the file annotates another type.
    """
    gold_path = Path(gold_path)
    numbered: list[tuple[int, JsonObject]]
    if gold_path.is_dir():
        numbered = [
            (number, {"id": doc.id, "text": doc.text, "events": doc.events})
            for number, doc in enumerate(read_collection(gold_path), 1)
        ]
    else:
        numbered = list(read_jsonl(gold_path))
    records = [record for _, record in numbered]
    fmt = detect_format(records)
    known = tuple(event_types) if event_types is not None else _event_types_for(records, fmt)
    needs_texts = any(not isinstance(r.get("text"), str) for r in records)
    if texts_path is None and needs_texts:
        texts_path = _default_texts_path(gold_path)
    texts = load_texts(texts_path) if texts_path is not None else None
    for number, record in numbered:
        try:
            parse_gold([record], gold_format=fmt, event_types=known)
        except SerializationError as error:
            raise InputError(f"{gold_path}:{number}: {error}") from error
    gold = parse_gold(records, texts, gold_format=fmt, event_types=known)
    if not any(document.events for document in gold.documents):
        log.warning(
            "%s has no annotated events (%d documents): every score below is zero or "
            "undefined; is it the right file?",
            gold_path,
            len(gold.documents),
        )
    return gold


def _event_types_for(records: Sequence[JsonObject], fmt: GoldFormat) -> tuple[type[Event], ...]:
    """The built-in event classes, or every installed one when the gold has other types."""
    builtin = {cls.type for cls in BUILTIN_EVENT_TYPES}
    named = {
        e.get("type") for r in records for e in r.get("events") or () if isinstance(e, Mapping)
    }
    if fmt == "factru" or named <= builtin:
        return BUILTIN_EVENT_TYPES

    return tuple(Extractor().converter.event_types.values())


def load_predictions(
    path: str | Path,
) -> tuple[dict[str, list[JsonObject]], dict[str, str]]:
    """Events by document id from ``eventkit extract`` JSON Lines, and any texts they carry."""
    events: dict[str, list[JsonObject]] = {}
    texts: dict[str, str] = {}
    for number, record in read_jsonl(path):
        doc_id = record.get("id")
        items = record.get("events", [])
        if not isinstance(doc_id, str) or not isinstance(items, list):
            raise InputError(f"{path}:{number}: expected a string 'id' and an 'events' list")
        for index, item in enumerate(items, 1):
            try:
                if not isinstance(item, Mapping):
                    raise TypeError("an event must be a JSON object")
                predicted_event(item, {})
            except (KeyError, TypeError, ValueError, ArithmeticError) as error:
                raise InputError(
                    f"{path}:{number}: event {index}: {error_reason(error)}"
                ) from error
        events.setdefault(doc_id, []).extend(items)
        text = record.get("text")
        if isinstance(text, str):
            texts[doc_id] = text
    return events, texts
