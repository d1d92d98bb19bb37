"""Score predicted events against gold annotations.

Scoring works on JSON-contract dicts (what ``eventkit extract`` prints), so it needs neither
the extractor nor the attrs event classes: ``score(gold, predictions)`` compares
(``eventkit.evaluate.run.evaluate`` loads the files and runs the extractor). The gold formats
are described in ``eventkit.evaluate.gold``.

Matching rules (what counts as right):

* Events: a prediction and a gold event of the same type are candidates when the predicted
  trigger overlaps the gold trigger. factRuEval Meetings have no trigger, only an ``anchor``
  (the sentence holding the most participants); there a prediction is a candidate when its
  trigger overlaps the anchor, or, failing that, when its sentence does (the two sentence
  splitters may disagree about where a sentence ends). Candidates are paired one-to-one,
  greedily, largest overlap first, so a second prediction for the same gold event is an extra.
  Equal overlaps (two gold statements sharing one trigger) go to the later gold event and the
  later prediction first: arbitrary, but the project's reference scorer
  (``../shared/tools/score_events.py``) does so, and every figure must agree with it.
* Arguments (the actors: participants, speaker, parties), the ACE way: every gold actor
  counts. In a matched pair a gold actor is found when a predicted actor's ``name`` contains
  its ``key`` (case-insensitive, and yo read as ie); actors are paired one-to-one (maximum
  matching). The actors of a missed gold event are all misses, those of an extra predicted
  event all extras. For factRuEval a participant is a coreference chain, found by a predicted
  actor whose span overlaps one of the chain's mentions or whose name holds the chain's
  surname as a word; missed facts and extra in-scope Meetings count the same way.
* Complete events: a matched pair whose actors are exactly the gold ones (every gold actor
  found, no predicted actor left over). Precision is over predicted events, recall over gold
  events: one figure for "the event and all its arguments are right".
* Lenient arguments (a secondary figure, ``matched_arguments``): the same pairing counted over
  matched events only, so a missed event costs nothing; it tells argument quality apart from
  event detection, but must not be quoted as the argument score.
* Content: the share of matched events whose gold has a (non-empty) content span -- in the
  wikinews gold, Statements -- where the predicted content span has character Jaccard >= 0.5
  with it.
* Date and place: the share of matched events, among those whose gold gives a date value or
  a place, where the prediction has the same ISO value or the same normalized place name.
* factRuEval scope: its Meeting facts link two or more *named* entities (persons,
  organizations, places), so a predicted Meeting is scored there only when at least two of
  its participants carry a name (a capitalized word, not a pronoun or a description such as
  "посетители"); meetings our guidelines count but factRuEval cannot represent are left
  out rather than counted as false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from eventkit.evaluate.gold import GoldEvent, GoldSet, Interval, JsonObject, parse_gold
from eventkit.evaluate.matching import match_actors, match_events, normalize, overlap, span_jaccard
from eventkit.evaluate.predictions import PredictedEvent, in_factru_scope, predicted_events
from eventkit.evaluate.report import EvaluationReport
from eventkit.evaluate.scores import Counts, Issue, IssueKind, Share, TypeScores
from eventkit.model.events import BUILTIN_EVENT_TYPES, Event

CONTENT_JACCARD = 0.5


_SENTENCE_END = re.compile(r"[.!?…][»\"”)]*\s+|\n")


def _sentence_around(text: str | None, start: int, end: int, limit: int = 300) -> str:
    """The sentence holding [start, end), by punctuation; good enough to read a listing."""
    if not text:
        return ""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    after = _SENTENCE_END.search(text, end)
    right = after.start() + 1 if after else len(text)
    sentence = " ".join(text[left:right].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _context(text: str | None, sentence: Interval | None, start: int, end: int) -> str:
    if text and sentence is not None and sentence[0] < sentence[1] <= len(text):
        return " ".join(text[sentence[0] : sentence[1]].split())
    return _sentence_around(text, start, end)


def score(
    gold: GoldSet | Iterable[JsonObject],
    predicted: Mapping[str, Sequence[JsonObject]],
    texts: Mapping[str, str] | None = None,
    *,
    factru_scope: bool = True,
    event_types: Iterable[type[Event]] = BUILTIN_EVENT_TYPES,
) -> EvaluationReport:
    """Compare predicted events (JSON-contract dicts by document id) with the gold.

    ``factru_scope``: for factRuEval gold, score only predicted Meetings with two or more
    named participants, the only kind its facts can hold (see the module notes).

    ``gold`` is a ``GoldSet`` or the gold lines as dicts (format detected; their types looked
    up in ``event_types``, which a ``GoldSet`` has done already). Documents are those
    of the gold; predictions for other ids are ignored, and a gold document with no entry in
    ``predicted`` counts as predicting nothing (listed in ``missing_predictions``).
    ``texts`` are only used for the sentences shown with issues.
    """
    if isinstance(gold, GoldSet):
        gold_set = gold
    else:
        gold_set = parse_gold(gold, texts, event_types=event_types)
    types = gold_set.event_types
    totals = {t: _Tally() for t in types}
    issues: list[Issue] = []
    missing = []
    for document in gold_set.documents:
        if document.id not in predicted:
            missing.append(document.id)
        text = document.text if document.text is not None else (texts or {}).get(document.id)
        preds = predicted_events(document.id, predicted.get(document.id, ()), gold_set.roles)
        if gold_set.format == "factru" and factru_scope:
            preds = [p for p in preds if in_factru_scope(p)]
        golds = [g for g in document.events if g.type in types]
        _score_document(document.id, text, golds, preds, totals, issues)
    return EvaluationReport(
        gold_format=gold_set.format,
        documents=len(gold_set.documents),
        types=tuple(totals[t].freeze(t) for t in types),
        issues=tuple(issues),
        missing_predictions=tuple(missing),
    )


class _Tally:
    """Mutable counters for one event type while documents are being scored."""

    def __init__(self) -> None:
        self.events = [0, 0, 0]
        self.arguments = [0, 0, 0]
        self.matched_arguments = [0, 0, 0]
        self.complete = 0
        self.content = [0, 0]
        self.date = [0, 0]
        self.place = [0, 0]

    def freeze(self, name: str) -> TypeScores:
        def counts(c: list[int]) -> Counts:
            return Counts(tp=c[0], fp=c[1], fn=c[2])

        def share(s: list[int]) -> Share:
            return Share(hits=s[0], total=s[1])

        events = counts(self.events)
        complete = Counts(
            tp=self.complete,
            fp=events.predicted - self.complete,
            fn=events.gold - self.complete,
        )
        return TypeScores(
            type=name,
            events=events,
            arguments=counts(self.arguments),
            complete=complete,
            matched_arguments=counts(self.matched_arguments),
            content=share(self.content),
            date=share(self.date),
            place=share(self.place),
        )


def _score_document(
    doc_id: str,
    text: str | None,
    golds: Sequence[GoldEvent],
    preds: Sequence[PredictedEvent],
    totals: Mapping[str, _Tally],
    issues: list[Issue],
) -> None:
    pairs = match_events(golds, preds)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}

    def issue(kind: IssueKind, event: GoldEvent | PredictedEvent, detail: str = "") -> Issue:
        sentence = event.sentence if isinstance(event, PredictedEvent) else None
        if isinstance(event, GoldEvent) and event.anchored:
            sentence = (event.start, event.end)
        return Issue(
            doc_id=doc_id,
            kind=kind,
            type=event.type,
            start=event.start,
            end=event.end,
            trigger=event.trigger,
            context=_context(text, sentence, event.start, event.end),
            detail=detail,
        )

    for gi, gold in enumerate(golds):
        if gi not in matched_gold:
            totals[gold.type].events[2] += 1
            totals[gold.type].arguments[2] += len(gold.actors)
            names = ", ".join(a.name for a in gold.actors)
            issues.append(issue("miss", gold, f"[{names}]" if names else ""))
    for pi, pred in enumerate(preds):
        if pi in matched_pred:
            continue
        totals[pred.type].events[1] += 1
        totals[pred.type].arguments[1] += len(pred.actors)
        # Say when the prediction sits on a gold event of another type: a wrong type, not noise.
        others = sorted(
            {g.type for g in golds if overlap((g.start, g.end), (pred.start, pred.end))}
            - {pred.type}
        )
        detail = f"(gold has {', '.join(others)} here)" if others else ""
        names = ", ".join(a.name for a in pred.actors)
        issues.append(issue("extra", pred, " ".join(x for x in (f"[{names}]", detail) if x)))
    for gi, pi in pairs:
        gold, pred = golds[gi], preds[pi]
        totals[gold.type].events[0] += 1
        for kind, detail in _score_pair(gold, pred, totals[gold.type]):
            issues.append(issue(kind, pred, detail))


def _score_pair(
    gold: GoldEvent, pred: PredictedEvent, tally: _Tally
) -> list[tuple[IssueKind, str]]:
    """Count the parts of a matched pair; return what was wrong with it."""
    problems: list[tuple[IssueKind, str]] = []
    found = match_actors(gold.actors, pred.actors)
    for counts in (tally.arguments, tally.matched_arguments):
        counts[0] += len(found)
        counts[2] += len(gold.actors) - len(found)
        counts[1] += len(pred.actors) - len(found)
    if len(found) == len(gold.actors) == len(pred.actors):
        tally.complete += 1
    missing = [a.name for i, a in enumerate(gold.actors) if i not in found]
    spare = [a.name for i, a in enumerate(pred.actors) if i not in set(found.values())]
    if missing or spare:
        parts = []
        if missing:
            parts.append("not found: " + ", ".join(missing))
        if spare:
            parts.append("wrong: " + ", ".join(spare))
        problems.append(("argument", "; ".join(parts)))

    if gold.content is not None:
        tally.content[1] += 1
        jaccard = span_jaccard(gold.content, pred.content) if pred.content else 0.0
        if jaccard >= CONTENT_JACCARD:
            tally.content[0] += 1
        else:
            problems.append(("content", f"content Jaccard {jaccard:.2f}"))

    if gold.date_value:
        tally.date[1] += 1
        if pred.date_value == gold.date_value:
            tally.date[0] += 1
        else:
            problems.append(("date", f"date {pred.date_value!r}, gold {gold.date_value!r}"))

    if gold.place_name:
        tally.place[1] += 1
        if pred.place_name and normalize(pred.place_name) == normalize(gold.place_name):
            tally.place[0] += 1
        else:
            problems.append(("place", f"place {pred.place_name!r}, gold {gold.place_name!r}"))
    return problems
