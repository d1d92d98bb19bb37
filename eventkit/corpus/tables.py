"""The corpus tables as rows of plain values, and as pandas DataFrames when pandas is there.

The tables read a corpus through ``TabledCorpus`` (what ``Corpus`` has), so that ``Corpus``
can offer them as a method while this module does not import it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from eventkit.corpus.model import AgreementEdge, CorpusEvent, Entity, MeetingEdge, SpeakerSummary

if TYPE_CHECKING:
    import pandas as pd

# One row of a table: column -> a string, a number, None, or a list of strings or numbers
# (``Any``: readers such as the GraphML writer know each column's type).
Row = dict[str, Any]


class TabledCorpus(Protocol):
    """What the tables read of a corpus (``eventkit.corpus.Corpus``)."""

    @property
    def documents(self) -> Sequence[str]: ...

    @property
    def events(self) -> Sequence[CorpusEvent]: ...

    @property
    def entities(self) -> Sequence[Entity]: ...

    def meetings(self) -> list[MeetingEdge]: ...

    def statements(self) -> list[SpeakerSummary]: ...

    def agreements(self) -> list[AgreementEdge]: ...


def entity_rows(corpus: TabledCorpus) -> list[Row]:
    return [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "mentions": e.mentions,
            "events": len(e.events),
            "documents": len(e.documents),
            "variants": [v for v, _ in e.variants],
            "titles": [t for t, _ in e.titles],
            "ambiguous": list(e.ambiguous),
            "document_ids": list(e.documents),
            "event_ids": list(e.events),
        }
        for e in corpus.entities
    ]


def event_rows(corpus: TabledCorpus) -> list[Row]:
    return [
        {
            "event": number,
            "document": corpus.documents[e.document],
            "index": e.index,
            "type": e.type,
            "trigger": e.trigger,
            "date": e.date,
            "place": e.place,
            "modality": e.modality,
            "pack": e.pack,
            "rule": e.rule,
            "entities": e.entities(),
            "actors": [a.name for a in e.actors],
            "text": e.text,
            "status": e.status,
        }
        for number, e in enumerate(corpus.events)
    ]


def _records(items: Sequence[MeetingEdge | SpeakerSummary | AgreementEdge]) -> list[Row]:
    return [
        {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in attrs.asdict(i, recurse=False).items()
        }
        for i in items
    ]


TABLES: dict[str, Callable[[TabledCorpus], list[Row]]] = {
    "entities": entity_rows,
    "meetings": lambda corpus: _records(corpus.meetings()),
    "statements": lambda corpus: _records(corpus.statements()),
    "agreements": lambda corpus: _records(corpus.agreements()),
    "events": event_rows,
}

# Column names, so that an empty table still has them.
COLUMNS: dict[str, list[str]] = {
    "entities": "id name kind mentions events documents variants titles ambiguous document_ids "
    "event_ids".split(),
    "meetings": [f.name for f in attrs.fields(MeetingEdge)],
    "statements": [f.name for f in attrs.fields(SpeakerSummary)],
    "agreements": [f.name for f in attrs.fields(AgreementEdge)],
    "events": "event document index type trigger date place modality pack rule entities actors "
    "text status".split(),
}


def rows(corpus: TabledCorpus, name: str) -> list[Row]:
    """One table as a list of dicts (lists stay lists)."""
    try:
        make = TABLES[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}; tables: {', '.join(TABLES)}") from None
    return make(corpus)


def as_frame(corpus: TabledCorpus, name: str) -> list[Row] | pd.DataFrame:
    """A pandas DataFrame of the table when pandas is installed, else its rows."""
    table = rows(corpus, name)
    try:
        import pandas
    except ImportError:
        return table
    return pandas.DataFrame(table, columns=COLUMNS[name])
