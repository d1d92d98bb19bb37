"""A corpus of extraction results: entities merged across documents, and the three tables
(who met whom, who said what, who agreed with whom)."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from eventkit.corpus.entities import Cluster, Surface, merge_surfaces
from eventkit.corpus.load import Record, document_records, read_extraction_output
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
from eventkit.model.events import Document

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
        return build_corpus(read_extraction_output(Path(path)))

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


def build_corpus(records: Iterable[Record]) -> Corpus:
    """Merge the actors of every record into entities and collect the events."""
    documents: list[str] = []
    read: list[tuple[CorpusEvent, list[_Read]]] = []
    skipped = 0
    for record in records:
        documents.append(str(record.get("id", "")))
        for index, event in enumerate(record.get("events") or ()):
            try:
                linked = _entity_records(record)
                read.append(_read_event(len(documents) - 1, index, event, linked))
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                skipped += 1
                log.warning("document %s, event %d skipped: %r", documents[-1], index, error)
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


def _entity_records(record: Record) -> list[Record]:
    """The document's entities (``Document.entities``); none in output written before them."""
    entities = record.get("entities") or []
    return [e for e in entities if isinstance(e, Mapping)] if isinstance(entities, list) else []


def _read_event(
    document: int, index: int, event: Record, entities: list[Record]
) -> tuple[CorpusEvent, list[_Read]]:
    sentence_start = int((event.get("sentence") or {}).get("start", 0))
    actors: list[_Read] = []
    seen: set[tuple[object, object, object]] = set()
    text = None
    for key, value in event.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not (isinstance(item, Mapping) and "name" in item and "kind" in item):
                continue
            # One mention in two roles (a deal's buyer is also one of its parties) counts once.
            mention = (item["name"], item.get("start"), item.get("end"))
            if mention not in seen:
                seen.add(mention)
                role = _ROLE_NAMES.get(key, key)
                actors.append(_read_actor(role, item, document, sentence_start, entities))
        if key in ("content", "subject") and isinstance(value, Mapping):
            text = str(value["text"])
    date = (event.get("date") or {}).get("value")
    place = (event.get("place") or {}).get("name")
    return (
        CorpusEvent(
            document=document,
            index=index,
            type=str(event["type"]),
            trigger=str(event["trigger"]["text"]),
            date=str(date) if date else None,
            place=str(place) if place else None,
            modality=str(event.get("modality", "asserted")),
            pack=str(event.get("pack", "")),
            rule=str(event.get("rule", "")),
            actors=tuple(ref for _, _, ref, _ in actors),
            text=text,
            status=event.get("status"),
            speech=event.get("speech"),
        ),
        actors,
    )


def _read_actor(
    role: str, actor: Record, document: int, sentence: int, entities: list[Record]
) -> _Read:
    name, kind, text = str(actor["name"]), str(actor["kind"]), str(actor.get("text", ""))
    # The document's own entity decides: its canonical name, and whether it names anyone.
    link = actor.get("entity")
    entity = entities[link] if isinstance(link, int) and 0 <= link < len(entities) else None
    nobody = entity is not None and entity.get("named") is False
    if entity is not None and entity.get("kind") == kind and entity.get("name"):
        name = str(entity["name"])
    scope = ""
    if kind == "PER":
        name = clean_person(name)
        if " " not in name and is_given_name(name):
            scope = str(document)
    # The name's first word written with a capital inside the sentence ("шейх Хамад",
    # "с Мадонной") is evidence that the word is used as a name.
    stem = name[:3]
    at = text.find(stem) if len(stem) == 3 and stem[:1].isupper() else -1
    capital = at >= 0 and int(actor.get("start", 0)) + at > sentence
    ref = ActorRef(
        role=role,
        name=str(actor["name"]),
        text=text,
        kind=kind,
        title=actor.get("title"),
        entity=None,
    )
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
