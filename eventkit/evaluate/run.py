"""Running an evaluation: predict the gold documents' events with an extractor, or read the
predictions of an earlier run, and score them."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol, cast

import attrs

from eventkit.engine.guard import is_pack_failure
from eventkit.errors import InputError
from eventkit.evaluate.gold import GoldSet, JsonObject
from eventkit.evaluate.loading import load_gold, load_predictions
from eventkit.evaluate.report import EvaluationReport
from eventkit.evaluate.scoring import score
from eventkit.extract.extractor import Extractor
from eventkit.extract.progress import Progress
from eventkit.model.events import Document
from eventkit.model.serialize import document_to_dict

log = logging.getLogger(__name__)


class SupportsExtract(Protocol):
    """What ``evaluate`` needs of an extractor (``eventkit.Extractor`` fits)."""

    def extract(self, text: str, *, doc_id: str = ...) -> Document: ...


def predict(
    gold: GoldSet, extractor: SupportsExtract, *, show_progress: bool = False
) -> dict[str, list[JsonObject]]:
    """Run the extractor over every gold document and return its events as contract dicts."""
    out: dict[str, list[JsonObject]] = {}
    progress = Progress(len(gold.documents), enabled=None if show_progress else False)
    for document in gold.documents:
        if document.text is None:
            raise InputError(
                f"no text for gold document {document.id!r}; give the texts file (--texts)"
            )
        try:
            result = extractor.extract(document.text, doc_id=document.id)
        except BaseException as error:
            if not is_pack_failure(error):
                raise
            # One document that cannot be extracted scores as finding nothing; the rest go on.
            log.warning("document %r: extraction failed: %r", document.id, error)
            out[document.id] = []
            continue
        events = _plain(document_to_dict(result)["events"])
        out[document.id] = events if isinstance(events, list) else []
        progress.advance(chars=len(document.text))
    progress.finish()
    return out


def _plain(value: object) -> object:
    """Turn attrs objects left inside a converted document into dicts.

    Guards against a converter that unstructures only the top level: scoring reads ``.get``.
    """
    if attrs.has(type(value)):
        return attrs.asdict(cast("attrs.AttrsInstance", value))
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def evaluate(
    gold_path: str | Path,
    texts_path: str | Path | None = None,
    extractor: SupportsExtract | None = None,
    *,
    predictions_path: str | Path | None = None,
    packs: Sequence[str] | None = None,
    show_progress: bool = False,
) -> EvaluationReport:
    """Score a gold file, predicting with ``extractor`` (default: ``Extractor(packs)``) or
    reading the predictions of an earlier ``eventkit extract`` run from ``predictions_path``.
    ``show_progress`` reports the extraction's progress on stderr (``eventkit.Progress``).
    """
    if predictions_path is not None:
        gold = load_gold(gold_path, texts_path)
        predicted, carried = load_predictions(predictions_path)
        texts = {d.id: d.text for d in gold.documents if d.text is not None}
        return score(gold, predicted, {**carried, **texts})
    if extractor is None:
        extractor = Extractor(packs=packs)
    # An extractor that knows its event types (``Extractor`` does) says what the gold may name.
    converter = getattr(extractor, "converter", None)
    known = getattr(converter, "event_types", None)
    gold = load_gold(gold_path, texts_path, event_types=known.values() if known else None)
    return score(gold, predict(gold, extractor, show_progress=show_progress))
