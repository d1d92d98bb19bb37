"""Score extracted events against gold annotations.

Scoring works on JSON-contract dicts (what ``eventkit extract`` prints), so it needs neither
the extractor nor the attrs event classes: ``score(gold, predictions)`` compares, and
``evaluate(gold_path, ...)`` loads the files and runs the extractor when no predictions are
given.

Two gold formats are read, detected from their content:

* ``"wikinews"`` -- the project's own annotation (``data/EVENT-GUIDELINES.md``): lines
  ``{"id", "events"}`` with trigger spans and actors carrying a ``key``; the texts live in a
  separate ``{"id", "text"}`` file.
* ``"factru"`` -- factRuEval-2016 facts as converted by ``tools/factru_to_jsonl.py``: lines
  ``{"id", "text", "events"}`` whose events have ``fields``. Only Meeting facts are events of
  ours, so only Meetings are scored.

Which types are scored: for wikinews gold, the types of its guidelines (the built-in ones) and
any other type the file annotates (a pack's own, such as the deals pack's ``Deal``); predicted
events of other types are left out. An event's actors are read from the fields its class names
in ``roles`` (what ``Event.actors()`` returns), so no event type is special to scoring.

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

import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import attrs
from attrs import frozen

from eventkit.engine.guard import is_pack_failure
from eventkit.errors import InputError, SerializationError
from eventkit.model.events import BUILTIN_EVENT_TYPES, Event

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from eventkit.model.events import Document

GoldFormat = Literal["wikinews", "factru"]
IssueKind = Literal["miss", "extra", "argument", "content", "date", "place"]

FACTRU_TYPES: tuple[str, ...] = ("Meeting",)
CONTENT_JACCARD = 0.5

Interval = tuple[int, int]
# Event type name -> the fields holding its actors (``Event.roles``).
Roles = Mapping[str, tuple[str, ...]]


def roles_of(event_types: Iterable[type[Event]]) -> dict[str, tuple[str, ...]]:
    """The actor fields of each event type, by type name."""
    return {cls.type: cls.roles for cls in event_types}


# --------------------------------------------------------------------------- results


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

    def to_dict(self) -> dict[str, Any]:
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

    def to_dict(self) -> dict[str, Any]:
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

    def to_dict(self) -> dict[str, Any]:
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

    def to_dict(self) -> dict[str, Any]:
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


@frozen(kw_only=True)
class EvaluationReport:
    """Scores per event type and overall, plus the issues behind them."""

    gold_format: GoldFormat
    documents: int
    types: tuple[TypeScores, ...]
    issues: tuple[Issue, ...] = ()
    missing_predictions: tuple[str, ...] = ()

    @property
    def overall(self) -> TypeScores:
        total = TypeScores(type="overall")
        for scores in self.types:
            total = total + scores
        return total

    def for_type(self, name: str) -> TypeScores:
        for scores in self.types:
            if scores.type == name:
                return scores
        known = ", ".join(s.type for s in self.types)
        raise KeyError(f"no scores for {name!r}; scored types: {known}")

    def to_dict(self, *, issues: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold_format": self.gold_format,
            "documents": self.documents,
            "types": {s.type: s.to_dict() for s in self.types},
            "overall": self.overall.to_dict(),
            "missing_predictions": list(self.missing_predictions),
        }
        if issues:
            out["issues"] = [i.to_dict() for i in self.issues]
        return out

    def format_table(self) -> str:
        """A plain-text table: events, arguments and complete events P/R/F1, the accuracies,
        and last the lenient argument F1, with a legend."""
        head = (
            f"{'':<10} {'events':^32} | {'arguments (ACE)':^32} | {'complete':^20} | "
            f"{'accuracy':^35} | {'lenient':^9}"
        )
        sub = (
            f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | "
            f"{'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | "
            f"{'P':>6} {'R':>6} {'F1':>6} | "
            f"{'content':>11} {'date':>11} {'place':>11} | {'arg F1':>9}"
        )
        rows = [f"{self.gold_format} gold, {self.documents} documents", head, sub]
        lines = [*self.types, self.overall] if len(self.types) > 1 else list(self.types)
        for scores in lines:
            rows.append(_table_row(scores))
        rows += [
            "arguments (ACE): every gold actor counts, those of missed events as misses and "
            "those of extra events as extras",
            "complete: matched events whose actors are exactly the gold ones",
            "lenient arg F1: arguments of matched events only (secondary, not the argument score)",
        ]
        if self.missing_predictions:
            rows.append(
                f"note: {len(self.missing_predictions)} gold document(s) had no predictions "
                f"(scored as empty): {', '.join(self.missing_predictions[:5])}"
                + (" ..." if len(self.missing_predictions) > 5 else "")
            )
        return "\n".join(row.rstrip() for row in rows)

    def format_issues(self) -> str:
        """The misses, extras and wrong parts, grouped by kind, in document order."""
        titles: dict[IssueKind, str] = {
            "miss": "MISSES (gold events not found)",
            "extra": "EXTRAS (predicted events not in gold)",
            "argument": "WRONG ARGUMENTS (matched events)",
            "content": "WRONG CONTENT",
            "date": "WRONG DATES",
            "place": "WRONG PLACES",
        }
        blocks = []
        for kind, title in titles.items():
            items = [i for i in self.issues if i.kind == kind]
            if not items:
                continue
            lines = [f"== {title}: {len(items)}"]
            for issue in items:
                where = f"{issue.doc_id} [{issue.start}:{issue.end}]"
                # factRuEval gold has no trigger: the span shown is its anchor sentence.
                said = f"«{issue.trigger}»" if issue.trigger else "(anchor)"
                lines.append(f"- {issue.type} {where} {said} {issue.detail}".rstrip())
                if issue.context:
                    lines.append(f"    {issue.context}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) if blocks else "no issues"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _share(share: Share) -> str:
    return "-" if share.value is None else f"{share.hits}/{share.total} {share.value:.2f}"


def _prf(counts: Counts, *, sizes: bool = True) -> str:
    ratios = [_ratio(counts.precision), _ratio(counts.recall), _ratio(counts.f1)]
    cells = [f"{counts.gold:>5}", f"{counts.predicted:>5}"] if sizes else []
    return " ".join([*cells, *(f"{r:>6}" for r in ratios)])


def _table_row(s: TypeScores) -> str:
    return (
        f"{s.type:<10} {_prf(s.events)} | {_prf(s.arguments)} | "
        f"{_prf(s.complete, sizes=False)} | "
        f"{_share(s.content):>11} {_share(s.date):>11} {_share(s.place):>11} | "
        f"{_ratio(s.matched_arguments.f1):>9}"
    )


# --------------------------------------------------------------------------- gold model


@frozen(kw_only=True)
class GoldActor:
    """A gold participant, speaker or party.

    Wikinews actors are found through ``key``; factRuEval chains through ``mentions`` (every
    mention of the chain) and ``surnames``.
    """

    name: str
    key: str | None = None
    surnames: tuple[str, ...] = ()
    mentions: tuple[Interval, ...] = ()


@frozen(kw_only=True)
class GoldEvent:
    """A gold event reduced to what is scored.

    ``start``/``end`` are the trigger, or for factRuEval (``anchored``) the anchor region.
    """

    type: str
    start: int
    end: int
    trigger: str
    anchored: bool = False
    actors: tuple[GoldActor, ...] = ()
    content: Interval | None = None
    date_value: str | None = None
    place_name: str | None = None


@frozen(kw_only=True)
class GoldDocument:
    id: str
    text: str | None
    events: tuple[GoldEvent, ...] = ()


@frozen(kw_only=True)
class GoldSet:
    """The parsed gold file: its format, its documents, the event types it annotates (the
    scored ones) and the actor fields of each (``roles``)."""

    format: GoldFormat
    documents: tuple[GoldDocument, ...]
    event_types: tuple[str, ...]
    roles: Mapping[str, tuple[str, ...]]


def detect_format(records: Sequence[Mapping[str, Any]]) -> GoldFormat:
    """Tell factRuEval lines (texts inside, events with ``fields``) from wikinews gold lines."""
    for record in records:
        for event in record.get("events") or ():
            if isinstance(event, Mapping):
                if "fields" in event:
                    return "factru"
                if "trigger" in event:
                    return "wikinews"
    # No events anywhere: fall back on the converter's provenance mark.
    for record in records:
        if str(record.get("source", "")).startswith("factRuEval"):
            return "factru"
    return "wikinews"


def parse_gold(
    records: Iterable[Mapping[str, Any]],
    texts: Mapping[str, str] | None = None,
    *,
    gold_format: GoldFormat | None = None,
    event_types: Iterable[type[Event]] = BUILTIN_EVENT_TYPES,
) -> GoldSet:
    """Build a ``GoldSet`` from gold lines already parsed from JSON.

    ``texts`` supplies texts the lines do not hold themselves (the wikinews format).
    ``event_types`` are the classes the gold's types are looked up in (for their roles); a
    wikinews gold event of a type not among them is an error.
    """
    records = list(records)
    fmt = gold_format or detect_format(records)
    roles = roles_of(event_types)
    documents = []
    seen: set[str] = set()
    for index, record in enumerate(records, 1):
        doc_id = str(record.get("id", ""))
        where = f"gold document {doc_id or '#' + str(index)}"
        if not doc_id:
            raise SerializationError(f"{where}: no 'id'")
        if doc_id in seen:
            raise SerializationError(f"{where}: the id occurs twice")
        seen.add(doc_id)
        text = record.get("text")
        if not isinstance(text, str):
            text = texts.get(doc_id) if texts is not None else None
        events = []
        for number, event in enumerate(record.get("events") or (), 1):
            try:
                factru = fmt == "factru"
                parsed = _factru_event(event) if factru else _wikinews_event(event, roles)
            except (KeyError, TypeError, ValueError) as error:
                raise SerializationError(f"{where}, event {number}: {_why(error)}") from error
            if parsed is not None:
                events.append(parsed)
        documents.append(GoldDocument(id=doc_id, text=text, events=tuple(events)))
    if fmt == "factru":
        scored = FACTRU_TYPES
    else:
        # The guidelines' types, then whatever other type the file annotates.
        found = [e.type for d in documents for e in d.events]
        scored = tuple(dict.fromkeys([c.type for c in BUILTIN_EVENT_TYPES] + found))
    return GoldSet(
        format=fmt,
        documents=tuple(documents),
        event_types=scored,
        roles={t: roles.get(t, ()) for t in scored},
    )


def _why(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing key {error.args[0]!r}"
    return str(error) or type(error).__name__


def _wikinews_event(event: Mapping[str, Any], roles: Roles) -> GoldEvent:
    kind = str(event["type"])
    if kind not in roles:
        known = ", ".join(sorted(roles))
        raise ValueError(
            f"unknown event type {kind!r} (known: {known}); install the pack that defines it"
        )
    trigger = event["trigger"]
    actors = [
        GoldActor(name=str(a["name"]), key=a.get("key")) for a in _role_actors(event, roles[kind])
    ]
    content = _interval(event.get("content"))
    return GoldEvent(
        type=kind,
        start=int(trigger["start"]),
        end=int(trigger["end"]),
        trigger=str(trigger.get("text", "")),
        actors=tuple(actors),
        content=content if content is not None and content[1] > content[0] else None,
        date_value=(event.get("date") or {}).get("value"),
        place_name=(event.get("place") or {}).get("name"),
    )


def _factru_event(event: Mapping[str, Any]) -> GoldEvent | None:
    if event["type"] != "Meeting":
        return None
    anchor = event["anchor"]
    actors = []
    for chain in event["fields"].get("participant", ()):
        attrs = chain.get("entity_attrs") or {}
        surnames = [s for s in attrs.get("lastname", ()) if s]
        normal = str(chain.get("normal") or chain.get("text", ""))
        if not surnames and normal.split():
            # The corpus writes "Surname Firstname"; organisations have one name anyway.
            surnames = [normal.split()[0]]
        mentions = [(int(m["start"]), int(m["end"])) for m in chain.get("mentions", ())]
        if not mentions:
            mentions = [(int(chain["start"]), int(chain["end"]))]
        actors.append(GoldActor(name=normal, surnames=tuple(surnames), mentions=tuple(mentions)))
    start, end = int(anchor["start"]), int(anchor["end"])
    return GoldEvent(
        type="Meeting", start=start, end=end, trigger="", anchored=True, actors=tuple(actors)
    )


def _role_actors(event: Mapping[str, Any], roles: Sequence[str]) -> list[Mapping[str, Any]]:
    """The actors in an event's JSON: each role holds one actor, null or a list of actors."""
    found: list[Mapping[str, Any]] = []
    for role in roles:
        value = event.get(role)
        if isinstance(value, Mapping):
            found.append(value)
        elif isinstance(value, list | tuple):
            found.extend(a for a in value if isinstance(a, Mapping))
    return found


# --------------------------------------------------------------------------- predictions


@frozen(kw_only=True)
class _PredActor:
    name: str
    span: Interval | None


@frozen(kw_only=True)
class _PredEvent:
    type: str
    start: int
    end: int
    trigger: str
    sentence: Interval | None
    actors: tuple[_PredActor, ...]
    content: Interval | None
    date_value: str | None
    place_name: str | None


def _interval(value: Any) -> Interval | None:
    if not isinstance(value, Mapping) or "start" not in value or "end" not in value:
        return None
    return int(value["start"]), int(value["end"])


def _predicted_event(event: Mapping[str, Any], roles: Roles) -> _PredEvent:
    """Read the parts of a JSON-contract event that scoring needs (extra keys are ignored);
    the actors of a type not in ``roles`` are not read."""
    kind = str(event["type"])
    trigger = event["trigger"]
    actors = [
        _PredActor(name=str(actor.get("name") or ""), span=_interval(actor))
        for actor in _role_actors(event, roles.get(kind, ()))
    ]
    return _PredEvent(
        type=kind,
        start=int(trigger["start"]),
        end=int(trigger["end"]),
        trigger=str(trigger.get("text", "")),
        sentence=_interval(event.get("sentence")),
        actors=tuple(actors),
        content=_interval(event.get("content")),
        date_value=(event.get("date") or {}).get("value"),
        place_name=(event.get("place") or {}).get("name"),
    )


# --------------------------------------------------------------------------- matching


def normalize(text: str) -> str:
    """Case- and ё-insensitive form used for every name comparison."""
    return " ".join(
        text.casefold()
        .replace("\N{CYRILLIC SMALL LETTER IO}", "\N{CYRILLIC SMALL LETTER IE}")
        .split()
    )


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _jaccard(a: Interval, b: Interval) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    inter = _overlap(a, b)
    # Disjoint spans: union above counts the gap too, but intersection is 0 anyway.
    return inter / union if union > 0 else float(a == b)


def _event_affinity(gold: GoldEvent, pred: _PredEvent) -> tuple[int, int] | None:
    """How strongly a prediction sits on a gold event; None when they are not candidates."""
    if gold.type != pred.type:
        return None
    region = (gold.start, gold.end)
    on_trigger = _overlap(region, (pred.start, pred.end))
    if not gold.anchored:
        return (on_trigger, 0) if on_trigger else None
    # factRu: a trigger inside the anchor beats a prediction whose sentence merely overlaps it.
    on_sentence = _overlap(region, pred.sentence) if pred.sentence else 0
    return (on_trigger, on_sentence) if on_trigger or on_sentence else None


def _match_events(golds: Sequence[GoldEvent], preds: Sequence[_PredEvent]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, strongest overlap first; for a factRuEval anchor, then the
    nearest; on a tie the later gold event and the later prediction first (see the module
    notes)."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            affinity = _event_affinity(gold, pred)
            if affinity is not None:
                distance = abs(gold.start - pred.start) if gold.anchored else 0
                candidates.append(((-affinity[0], -affinity[1], distance, -gi, -pi), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _key, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _actor_finds(gold: GoldActor, pred: _PredActor) -> bool:
    name = normalize(pred.name)
    if gold.mentions or gold.surnames:
        if pred.span is not None and any(_overlap(pred.span, m) for m in gold.mentions):
            return True
        return any(
            re.search(rf"(?<!\w){re.escape(normalize(s))}(?!\w)", name) for s in gold.surnames
        )
    key = normalize(gold.key or (gold.name.split() or [""])[-1])
    return bool(key) and key in name


def _match_actors(golds: Sequence[GoldActor], preds: Sequence[_PredActor]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): gold index -> predicted index.

    Greedy would do for most events, but two participants sharing a surname (a married couple)
    must not let the first one steal the only prediction that fits the second.
    """
    fits = [[pi for pi, p in enumerate(preds) if _actor_finds(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in fits[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


# --------------------------------------------------------------------------- scoring


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


def _predicted_events(
    doc_id: str, events: Iterable[Mapping[str, Any]], roles: Roles
) -> list[_PredEvent]:
    """The predicted events of the scored types (the keys of ``roles``)."""
    out = []
    for number, event in enumerate(events, 1):
        try:
            parsed = _predicted_event(event, roles)
        except (KeyError, TypeError, ValueError) as error:
            raise SerializationError(
                f"predicted document {doc_id}, event {number}: {_why(error)}"
            ) from error
        if parsed.type in roles:
            out.append(parsed)
    return out


def _in_factru_scope(event: _PredEvent) -> bool:
    """Two or more named participants: what a factRuEval Meeting fact can hold."""
    named = [
        a
        for a in event.actors
        if any(w[:1].isupper() and w.lower() not in _PRONOUNS for w in a.name.split())
    ]
    return len(named) >= 2


_PRONOUNS = frozenset("я мы ты вы он она оно они".split())


def score(
    gold: GoldSet | Iterable[Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Mapping[str, Any]]],
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
        preds = _predicted_events(document.id, predicted.get(document.id, ()), gold_set.roles)
        if gold_set.format == "factru" and factru_scope:
            preds = [p for p in preds if _in_factru_scope(p)]
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
    preds: Sequence[_PredEvent],
    totals: Mapping[str, _Tally],
    issues: list[Issue],
) -> None:
    pairs = _match_events(golds, preds)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}

    def issue(kind: IssueKind, event: GoldEvent | _PredEvent, detail: str = "") -> Issue:
        sentence = event.sentence if isinstance(event, _PredEvent) else None
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
            {g.type for g in golds if _overlap((g.start, g.end), (pred.start, pred.end))}
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


def _score_pair(gold: GoldEvent, pred: _PredEvent, tally: _Tally) -> list[tuple[IssueKind, str]]:
    """Count the parts of a matched pair; return what was wrong with it."""
    problems: list[tuple[IssueKind, str]] = []
    found = _match_actors(gold.actors, pred.actors)
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
        jaccard = _jaccard(gold.content, pred.content) if pred.content else 0.0
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


# --------------------------------------------------------------------------- files


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; InputError names the file and line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not valid JSON: {error.msg}") from error
                if not isinstance(value, dict):
                    raise InputError(f"{path}:{number}: expected a JSON object per line")
                yield number, value
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 text: {error.reason}") from error


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

    ``event_types``: the classes its types are looked up in; by default the built-in ones, or
    every installed one when the file annotates another type.
    """
    gold_path = Path(gold_path)
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
    return parse_gold(records, texts, gold_format=fmt, event_types=known)


def _event_types_for(
    records: Sequence[Mapping[str, Any]], fmt: GoldFormat
) -> tuple[type[Event], ...]:
    """The built-in event classes, or every installed one when the gold has other types."""
    builtin = {cls.type for cls in BUILTIN_EVENT_TYPES}
    named = {
        e.get("type") for r in records for e in r.get("events") or () if isinstance(e, Mapping)
    }
    if fmt == "factru" or named <= builtin:
        return BUILTIN_EVENT_TYPES
    from eventkit.extract.extractor import Extractor

    return tuple(Extractor().converter.event_types.values())


def load_predictions(
    path: str | Path,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Events by document id from ``eventkit extract`` JSON Lines, and any texts they carry."""
    events: dict[str, list[dict[str, Any]]] = {}
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
                _predicted_event(item, {})
            except (KeyError, TypeError, ValueError) as error:
                raise InputError(f"{path}:{number}: event {index}: {_why(error)}") from error
        events.setdefault(doc_id, []).extend(items)
        if isinstance(record.get("text"), str):
            texts[doc_id] = record["text"]
    return events, texts


class SupportsExtract(Protocol):
    """What ``evaluate`` needs of an extractor (``eventkit.Extractor`` fits)."""

    def extract(self, text: str, *, doc_id: str = ...) -> Document: ...


def predict(
    gold: GoldSet, extractor: SupportsExtract, *, show_progress: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Run the extractor over every gold document and return its events as contract dicts."""
    from eventkit.batch.progress import Progress
    from eventkit.model.serialize import document_to_dict

    out: dict[str, list[dict[str, Any]]] = {}
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
        out[document.id] = _plain(document_to_dict(result)["events"])
        progress.advance(chars=len(document.text))
    progress.finish()
    return out


def _plain(value: Any) -> Any:
    """Turn attrs objects left inside a converted document into dicts.

    Guards against a converter that unstructures only the top level: scoring reads ``.get``.
    """
    if attrs.has(type(value)):
        return attrs.asdict(value)
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
    ``show_progress`` reports the extraction's progress on stderr (``eventkit.progress``).
    """
    if predictions_path is not None:
        gold = load_gold(gold_path, texts_path)
        predicted, carried = load_predictions(predictions_path)
        texts = {d.id: d.text for d in gold.documents if d.text is not None}
        return score(gold, predicted, {**carried, **texts})
    if extractor is None:
        from eventkit.extract.extractor import Extractor

        extractor = Extractor(packs=packs)
    # An extractor that knows its event types (``Extractor`` does) says what the gold may name.
    converter = getattr(extractor, "converter", None)
    known = getattr(converter, "event_types", None)
    gold = load_gold(gold_path, texts_path, event_types=known.values() if known else None)
    return score(gold, predict(gold, extractor, show_progress=show_progress))
