"""The figures of an evaluation: counts with precision, recall and F1, shares, the scores of
one event type, and the issues (misses, extras, wrong parts) behind them."""

from __future__ import annotations

from typing import Literal

from attrs import frozen

# A figure of a score: a count, a ratio, or None when there was nothing to measure.
Figure = int | float | None
IssueKind = Literal["miss", "extra", "argument", "content", "date", "place"]


@frozen(kw_only=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 derived.

    A ratio whose denominator is zero is ``None`` (not 0 or 1): "nothing to measure" must not
    look like a perfect or a failed score.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        if not self.gold and not self.predicted:
            return None
        total = self.gold + self.predicted
        return 2 * self.tp / total

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    def to_dict(self) -> dict[str, Figure]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@frozen(kw_only=True)
class Share:
    """``hits`` out of ``total`` cases; ``value`` is None when there was nothing to judge."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Share) -> Share:
        return Share(hits=self.hits + other.hits, total=self.total + other.total)

    def to_dict(self) -> dict[str, Figure]:
        return {"hits": self.hits, "total": self.total, "accuracy": self.value}


@frozen(kw_only=True)
class TypeScores:
    """All figures for one event type (or ``"overall"``, their micro-average)."""

    type: str
    events: Counts = Counts()
    arguments: Counts = Counts()
    complete: Counts = Counts()
    matched_arguments: Counts = Counts()
    content: Share = Share()
    date: Share = Share()
    place: Share = Share()

    def __add__(self, other: TypeScores) -> TypeScores:
        return TypeScores(
            type="overall",
            events=self.events + other.events,
            arguments=self.arguments + other.arguments,
            complete=self.complete + other.complete,
            matched_arguments=self.matched_arguments + other.matched_arguments,
            content=self.content + other.content,
            date=self.date + other.date,
            place=self.place + other.place,
        )

    def to_dict(self) -> dict[str, dict[str, Figure]]:
        return {
            "events": self.events.to_dict(),
            "arguments": self.arguments.to_dict(),
            "complete": self.complete.to_dict(),
            "matched_arguments": self.matched_arguments.to_dict(),
            "content": self.content.to_dict(),
            "date": self.date.to_dict(),
            "place": self.place.to_dict(),
        }


@frozen(kw_only=True)
class Issue:
    """One thing to look at: a missed or extra event, or a wrong part of a matched one.

    ``start``/``end`` are the trigger (for a factRuEval miss: the anchor); ``context`` is the
    sentence around it, for reading without opening the document.
    """

    doc_id: str
    kind: IssueKind
    type: str
    start: int
    end: int
    trigger: str
    context: str = ""
    detail: str = ""

    def to_dict(self) -> dict[str, str | int]:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "context": self.context,
            "detail": self.detail,
        }
