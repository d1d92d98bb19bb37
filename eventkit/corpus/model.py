"""The corpus as eventkit sees it: documents, their events, and the entities across them."""

from __future__ import annotations

from attrs import frozen


@frozen(kw_only=True)
class ActorRef:
    """An actor of one event, with the entity its name belongs to (None: not a name)."""

    role: str  # "participant", "speaker", "party", or a pack type's field name
    name: str
    text: str
    kind: str
    title: str | None
    entity: int | None


@frozen(kw_only=True)
class CorpusEvent:
    """One event of one document, reduced to what corpus tables need."""

    document: int  # index into Corpus.documents
    index: int  # position among the document's events
    type: str
    trigger: str
    date: str | None  # ISO value as extracted ("2016-03-30", "2016-03", "--03-03")
    place: str | None
    modality: str
    pack: str
    rule: str
    actors: tuple[ActorRef, ...]
    text: str | None = None  # a statement's content, an agreement's subject
    status: str | None = None  # an agreement's status
    speech: str | None = None  # a statement's "direct" / "indirect"

    def entities(self, role: str | None = None) -> list[int]:
        """Entity ids of the actors (in ``role`` only, if given), each once, in order."""
        found = (a.entity for a in self.actors if role is None or a.role == role)
        return list(dict.fromkeys(e for e in found if e is not None))


@frozen(kw_only=True)
class Entity:
    """A person, organization or place across the corpus.

    ``variants`` and ``titles`` are (text, count) pairs, most frequent first; ``events`` index
    ``Corpus.events``; ``ambiguous`` lists entities a short form ("Петров") could belong to
    when the corpus has several, which is why it was not merged into any.
    """

    id: int
    name: str
    kind: str
    variants: tuple[tuple[str, int], ...]
    titles: tuple[tuple[str, int], ...]
    mentions: int
    documents: tuple[str, ...]
    events: tuple[int, ...]
    ambiguous: tuple[int, ...] = ()


@frozen(kw_only=True)
class MeetingEdge:
    """Two entities that met: how often, when, where it is written."""

    source: int
    target: int
    source_name: str
    target_name: str
    count: int  # meetings that were not negated
    asserted: int  # of those, the ones reported as having happened
    first_date: str | None
    last_date: str | None
    documents: tuple[str, ...]
    events: tuple[int, ...]


@frozen(kw_only=True)
class SpeakerSummary:
    """What one entity said across the corpus."""

    entity: int
    name: str
    kind: str
    count: int
    direct: int  # quotes, as opposed to reported speech
    first_date: str | None
    last_date: str | None
    documents: tuple[str, ...]
    events: tuple[int, ...]
    samples: tuple[str, ...]


@frozen(kw_only=True)
class AgreementEdge:
    """Two parties of one agreement (``target`` None when only one party is named)."""

    event: int
    source: int
    target: int | None
    source_name: str
    target_name: str | None
    status: str | None
    subject: str | None
    modality: str
    date: str | None
    document: str
