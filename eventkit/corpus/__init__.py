"""Corpus results: entities merged across documents, who met whom, who said what, who agreed
with whom, as tables (CSV, JSON, pandas), a graph (GraphML) and a static page.

>>> from eventkit import Extractor
>>> from eventkit.corpus import Corpus
>>> extractor = Extractor()
>>> corpus = Corpus.from_documents([
...     extractor.extract("Иван Петров встретился с Анной Смирновой.", doc_id="a"),
...     extractor.extract("Петров встретился со Смирновой в Казани.", doc_id="b"),
... ])
>>> [(m.source_name, m.target_name, m.count) for m in corpus.meetings()]
[('Анна Смирнова', 'Иван Петров', 2)]
"""

from eventkit.corpus.aggregate import Corpus, build_corpus
from eventkit.corpus.export import write_corpus
from eventkit.corpus.model import (
    ActorRef,
    AgreementEdge,
    CorpusEvent,
    Entity,
    MeetingEdge,
    SpeakerSummary,
)
from eventkit.corpus.page import corpus_html, write_page

__all__ = [
    "ActorRef",
    "AgreementEdge",
    "Corpus",
    "CorpusEvent",
    "Entity",
    "MeetingEdge",
    "SpeakerSummary",
    "build_corpus",
    "corpus_html",
    "write_corpus",
    "write_page",
]
