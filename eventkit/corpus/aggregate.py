"""A corpus of extraction results: entities merged across documents, and the three tables
(who met whom, who said what, who agreed with whom)."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from eventkit.batch.readers import without_surrogates
from eventkit.corpus.entities import Cluster, Surface, merge_surfaces
from eventkit.corpus.load import KnownTypes, Record, document_records, read_extraction_output
from eventkit.corpus.model import (
    ActorRef,
    AgreementEdge,
    CorpusEvent,
    Entity,
    MeetingEdge,
    SpeakerSummary,
)
from eventkit.corpus.names import clean_person, is_given_name, is_named, person_name
from eventkit.corpus.tables import Row, as_frame
from eventkit.model.events import ACTOR_KINDS, MODALITIES, Document

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_ROLE_NAMES = {"participants": "participant", "parties": "party"}
_SORTABLE_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")
_FORM_RANK = {"full": 0, "initials": 1, "bare": 2}
SAMPLES = 3  # contents kept per speaker
SAMPLE_CHARS = 200


@frozen(kw_only=True)
class Corpus:
    """Documents (their ids), their events, and the entities their actors name.

    ``unnamed`` counts actor mentions that name nobody ("она", "полиция", "эксперты"): they
    stay in the events but belong to no entity. ``skipped`` counts events that could not be
    read (logged).
    """

    documents: tuple[str, ...]
    events: tuple[CorpusEvent, ...]
    entities: tuple[Entity, ...]
    unnamed: int = 0
    skipped: int = 0

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Corpus:
        """A corpus of ``Document`` objects, e.g. what ``Extractor.extract_many`` returns."""
        return build_corpus(document_records(documents))

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """A corpus of ``eventkit extract`` output (JSON Lines, one document per line)."""
        return build_corpus(read_extraction_output(Path(path)), event_types=KnownTypes())

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id - 1]

    def meetings(self) -> list[MeetingEdge]:
        return meeting_edges(self)

    def statements(self) -> list[SpeakerSummary]:
        return speaker_summaries(self)

    def agreements(self) -> list[AgreementEdge]:
        return agreement_edges(self)

    def table(self, name: str) -> list[Row] | pd.DataFrame:
        """One table (``entities``, ``meetings``, ``statements``, ``agreements``, ``events``)
        as a pandas DataFrame when pandas is installed, else as a list of dicts."""
        return as_frame(self, name)


# An actor as read: the surface its name gives (kind, cleaned name), whether the name was
# written with a capital inside a sentence, the reference kept in the event, and whether
# the document's entity for it says it names nobody (a description, an unresolved pronoun).
_Read = tuple[Surface, bool, ActorRef, bool]


def build_corpus(
    records: Iterable[Record], *, event_types: Callable[[str], bool] | None = None
) -> Corpus:
    """Merge the actors of every record into entities and collect the events.

    Each event is checked as it is read (``_read_event``): one that does not fit the JSON
    contract (a wrong type, an actor kind other than PER, ORG or GPE, an offset that is not
    an integer) is skipped with one warning naming its document and field. ``event_types``
    says which types are known (default: any).
    """
    documents: list[str] = []
    read: list[tuple[CorpusEvent, list[_Read]]] = []
    skipped = 0
    for record in records:
        documents.append(_document_id(record.get("id", "")))
        for index, event in enumerate(record.get("events") or ()):
            try:
                linked = _entity_records(record)
                read.append(_read_event(len(documents) - 1, index, event, linked, event_types))
            except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError) as error:
                skipped += 1
                reason = f"missing {error.args[0]!r}" if isinstance(error, KeyError) else error
                log.warning("document %r, event %d skipped: %s", documents[-1], index, reason)
    # A name is a name everywhere if one mention shows it (a capital inside a sentence).
    mid: dict[Surface, bool] = defaultdict(bool)
    for _, actors in read:
        for surface, capital, _, _ in actors:
            mid[surface] |= capital
    named = {s: is_named(s[1], s[0], capitalized_mid_sentence=m) for s, m in mid.items()}
    raw = [
        (event, [(s if named[s] and not nobody else None, ref) for s, _, ref, nobody in actors])
        for event, actors in read
    ]
    counts: Counter[Surface] = Counter(s for _, actors in raw for s, _ in actors if s is not None)
    clusters = merge_surfaces(counts)
    entities, ids = _entities(clusters, raw, documents)
    events = []
    for event, refs in raw:
        resolved = tuple(
            ref if surface is None else evolve(ref, entity=ids[clusters[surface].key])
            for surface, ref in refs
        )
        events.append(evolve(event, actors=resolved))
    unnamed = sum(1 for _, actors in raw for s, _ in actors if s is None)
    return Corpus(
        documents=tuple(documents),
        events=tuple(events),
        entities=tuple(entities),
        unnamed=unnamed,
        skipped=skipped,
    )


def _document_id(value: object) -> str:
    if isinstance(value, str):
        return without_surrogates(value)[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


# Reading one field of an event record, checked: the record comes from a file.


def _string(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{where} is {_what(value)}, expected a string")
    return without_surrogates(value)[0]


def _optional_string(value: object, where: str) -> str | None:
    return None if value is None else _string(value, where)


def _integer(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{where} is {_what(value)}, expected an integer")
    return value


def _mapping(value: object, where: str, *, optional: bool = True) -> Record:
    if value is None and optional:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{where} is {_what(value)}, expected an object")
    return value


def _what(value: object) -> str:
    if value is None:
        return "null"
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40] + '...' if len(shown) > 40 else shown}"


def _entity_records(record: Record) -> list[Record]:
    """The document's entities (``Document.entities``); none in output written before them."""
    entities = record.get("entities") or []
    return [e for e in entities if isinstance(e, Mapping)] if isinstance(entities, list) else []


def _read_event(
    document: int,
    index: int,
    event: object,
    entities: list[Record],
    event_types: Callable[[str], bool] | None = None,
) -> tuple[CorpusEvent, list[_Read]]:
    event = _mapping(event, "the event", optional=False)
    kind = _string(event.get("type"), "type")
    if event_types is not None and not event_types(kind):
        raise ValueError(f"unknown event type {kind!r}")
    modality = _string(event.get("modality", "asserted"), "modality")
    if modality not in MODALITIES:
        raise ValueError(f"modality {modality!r} is not one of {', '.join(MODALITIES)}")
    sentence = _mapping(event.get("sentence"), "sentence")
    sentence_start = _integer(sentence.get("start", 0), "sentence.start")
    actors: list[_Read] = []
    seen: set[tuple[object, object, object]] = set()
    text = None
    for key, value in event.items():
        items = value if isinstance(value, list) else [value]
        for number, item in enumerate(items):
            if not (isinstance(item, Mapping) and "name" in item and "kind" in item):
                continue
            where = f"{key}[{number}]" if isinstance(value, list) else key
            role = _ROLE_NAMES.get(key, key)
            read = _read_actor(role, item, document, sentence_start, where, entities)
            # One mention in two roles (a deal's buyer is also one of its parties) counts once.
            mention = (read[2].name, item.get("start"), item.get("end"))
            if mention not in seen:
                seen.add(mention)
                actors.append(read)
        if key in ("content", "subject") and isinstance(value, Mapping):
            text = _string(value.get("text"), f"{key}.text")
    date = _optional_string(_mapping(event.get("date"), "date").get("value"), "date.value")
    place = _optional_string(_mapping(event.get("place"), "place").get("name"), "place.name")
    trigger = _mapping(event.get("trigger"), "trigger", optional=False)
    return (
        CorpusEvent(
            document=document,
            index=index,
            type=kind,
            trigger=_string(trigger.get("text"), "trigger.text"),
            date=date or None,
            place=place or None,
            modality=modality,
            pack=_string(event.get("pack", ""), "pack"),
            rule=_string(event.get("rule", ""), "rule"),
            actors=tuple(ref for _, _, ref, _ in actors),
            text=text,
            status=_optional_string(event.get("status"), "status"),
            speech=_optional_string(event.get("speech"), "speech"),
        ),
        actors,
    )


def _read_actor(
    role: str, actor: Record, document: int, sentence: int, where: str, entities: list[Record]
) -> _Read:
    given = _string(actor["name"], f"{where}.name")
    kind = _string(actor["kind"], f"{where}.kind")
    if kind not in ACTOR_KINDS:
        raise ValueError(f"{where}.kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
    text = _string(actor.get("text", ""), f"{where}.text")
    start = _integer(actor.get("start", 0), f"{where}.start")
    title = _optional_string(actor.get("title"), f"{where}.title")
    name = given
    # The document's own entity decides: its canonical name, and whether it names anyone.
    link = actor.get("entity")
    entity = entities[link] if isinstance(link, int) and 0 <= link < len(entities) else None
    nobody = entity is not None and entity.get("named") is False
    if entity is not None and entity.get("kind") == kind and isinstance(entity.get("name"), str):
        name = without_surrogates(entity["name"])[0] or name
    scope = ""
    if kind == "PER":
        name = clean_person(name)
        if " " not in name and is_given_name(name):
            scope = str(document)
    # The name's first word written with a capital inside the sentence ("шейх Хамад",
    # "с Мадонной") is evidence that the word is used as a name.
    stem = name[:3]
    at = text.find(stem) if len(stem) == 3 and stem[:1].isupper() else -1
    capital = at >= 0 and start + at > sentence
    ref = ActorRef(role=role, name=given, text=text, kind=kind, title=title, entity=None)
    return (kind, name, scope), capital, ref, nobody


def _display_name(kind: str, names: Counter[str]) -> str:
    """A full name before initials before a bare surname; then the most frequent, longest."""

    def rank(name: str) -> tuple[int, int, int, str]:
        form = _FORM_RANK[person_name(name).form] if kind == "PER" else 0
        return (form, -names[name], -len(name), name)

    return min(names, key=rank)


def _entities(
    clusters: Mapping[Surface, Cluster],
    raw: list[tuple[CorpusEvent, list[tuple[Surface | None, ActorRef]]]],
    documents: list[str],
) -> tuple[list[Entity], dict[str, int]]:
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    events: dict[str, list[int]] = defaultdict(list)
    for number, (_, actors) in enumerate(raw):
        for surface, ref in actors:
            if surface is None:
                continue
            key = clusters[surface].key
            variants[key][ref.name] += 1
            surfaces[key][surface[1]] += 1
            if ref.title:
                titles[key][ref.title] += 1
            if not events[key] or events[key][-1] != number:
                events[key].append(number)
    order = sorted(variants, key=lambda k: (-sum(variants[k].values()), k))
    ids = {key: number for number, key in enumerate(order, start=1)}
    kinds = {c.key: c.kind for c in clusters.values()}
    ambiguous = {c.key: c.ambiguous for c in clusters.values()}
    entities = []
    for key in order:
        docs = dict.fromkeys(documents[raw[i][0].document] for i in events[key])
        entities.append(
            Entity(
                id=ids[key],
                name=_display_name(kinds[key], surfaces[key]),
                kind=kinds[key],
                variants=tuple(variants[key].most_common()),
                titles=tuple(titles[key].most_common()),
                mentions=sum(variants[key].values()),
                documents=tuple(docs),
                events=tuple(events[key]),
                ambiguous=tuple(ids[k] for k in ambiguous[key] if k in ids),
            )
        )
    return entities, ids


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _date_range(dates: Iterable[str | None]) -> tuple[str | None, str | None]:
    sortable = sorted(d for d in dates if d and _SORTABLE_DATE.match(d))
    return (sortable[0], sortable[-1]) if sortable else (None, None)


def meeting_edges(corpus: Corpus) -> list[MeetingEdge]:
    """Every pair of entities that took part in one meeting, counted over the corpus.

    Negated meetings ("не встретился") do not count; planned and hypothetical ones do, and
    ``asserted`` says how many were reported as having happened.
    """
    pairs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number, event in enumerate(corpus.events):
        if event.type != "Meeting" or event.modality == "negated":
            continue
        for a, b in combinations(sorted(event.entities("participant")), 2):
            pairs[(a, b)].append(number)
    edges = []
    for (a, b), numbers in pairs.items():
        events = [corpus.events[n] for n in numbers]
        first, last = _date_range(e.date for e in events)
        edges.append(
            MeetingEdge(
                source=a,
                target=b,
                source_name=corpus.entity(a).name,
                target_name=corpus.entity(b).name,
                count=len(events),
                asserted=sum(e.modality == "asserted" for e in events),
                first_date=first,
                last_date=last,
                documents=_unique(corpus.documents[e.document] for e in events),
                events=tuple(numbers),
            )
        )
    edges.sort(key=lambda e: (-e.count, e.source, e.target))
    return edges


def speaker_summaries(corpus: Corpus) -> list[SpeakerSummary]:
    """Statements per named speaker: how many, quotes among them, when, where, a sample."""
    said: dict[int, list[int]] = defaultdict(list)
    for number, event in enumerate(corpus.events):
        if event.type == "Statement":
            for entity in event.entities("speaker"):
                said[entity].append(number)
    out = []
    for entity_id, numbers in said.items():
        events = [corpus.events[n] for n in numbers]
        speaker = corpus.entity(entity_id)
        first, last = _date_range(e.date for e in events)
        samples = [e.text[:SAMPLE_CHARS] for e in events if e.text][:SAMPLES]
        out.append(
            SpeakerSummary(
                entity=entity_id,
                name=speaker.name,
                kind=speaker.kind,
                count=len(events),
                direct=sum(e.speech == "direct" for e in events),
                first_date=first,
                last_date=last,
                documents=_unique(corpus.documents[e.document] for e in events),
                events=tuple(numbers),
                samples=tuple(samples),
            )
        )
    out.sort(key=lambda s: (-s.count, s.entity))
    return out


def agreement_edges(corpus: Corpus) -> list[AgreementEdge]:
    """One row per pair of named parties of each agreement (one row with no target when the
    agreement names a single party)."""
    out = []
    for number, event in enumerate(corpus.events):
        if event.type != "Agreement":
            continue
        parties = event.entities("party")
        pairs: list[tuple[int, int | None]] = list(combinations(parties, 2))
        if len(parties) == 1:
            pairs = [(parties[0], None)]
        for a, b in pairs:
            out.append(
                AgreementEdge(
                    event=number,
                    source=a,
                    target=b,
                    source_name=corpus.entity(a).name,
                    target_name=None if b is None else corpus.entity(b).name,
                    status=event.status,
                    subject=event.text,
                    modality=event.modality,
                    date=event.date,
                    document=corpus.documents[event.document],
                )
            )
    return out
