"""Figures the docs quote are what a run gives today: the counts of docs/corpus.md (its
``eventkit corpus`` transcript and its Figures paragraph) are recomputed from
``../shared/data/news-corpus.jsonl``, so a change in extraction that moves them fails here
with the figures to write instead."""

from __future__ import annotations

import json
import re
from pathlib import Path

from eventkit import Extractor
from eventkit.corpus import Corpus
from eventkit.corpus.export import summary
from eventkit.corpus.tables import TABLES, rows

CORPUS_PAGE = Path(__file__).resolve().parents[1] / "docs" / "corpus.md"


def test_corpus_page_counts_are_todays(shared: Path, extractor: Extractor) -> None:
    records = [
        json.loads(line)
        for line in (shared / "data" / "news-corpus.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    documents = extractor.pipe(((r["text"], r["id"]) for r in records), as_tuples=True)
    corpus = Corpus.from_documents(documents)
    counts = summary(corpus, {name: rows(corpus, name) for name in TABLES})
    page = " ".join(CORPUS_PAGE.read_text(encoding="utf-8").split())
    transcript = (
        f"eventkit: {counts['documents']} documents, {counts['events']} events, "
        f"{counts['entities']} entities ({counts['merged_variants']} merged variants), "
        f"{counts['meeting_edges']} meeting edges, {counts['speakers']} speakers, "
        f"{counts['agreement_edges']} agreement edges;"
    )
    figures = (
        f"{counts['entities']} entities from {counts['events']} events, with "
        f"{counts['merged_variants']} spellings merged into another entity's, "
        f"{counts['unnamed_mentions']} actor mentions that name nobody, "
        f"{counts['meeting_edges']} meeting edges, {counts['speakers']} speakers, "
        f"{counts['agreement_edges']} agreement edges"
    )
    assert transcript in page, f"docs/corpus.md: the eventkit corpus line is now: {transcript}"
    assert figures in page, f"docs/corpus.md, Figures: write instead: {figures}"
    assert re.search(rf"On the {counts['documents']} documents of", page)
