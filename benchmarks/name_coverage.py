"""How many gold actors does a document name where a reader would find them?

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/name_coverage.py [--data ../shared/data]

For every PER or ORG actor of the Wikinews gold files (dev, dev2, dev3), whether its key
(the word any rendering of its name holds) stands in a mention our actor grammar finds
anywhere in the document, in a name natasha's NewsNERTagger finds there, or in either. It
measures what a second source of names could add before anything links names to events;
docs/quality.md quotes the figures.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventkit.grammar.actors import mentions
from eventkit.text.analysis import analyse

ROLES = {"Meeting": "participants", "Statement": "speaker", "Agreement": "parties"}


def _norm(text: str) -> str:
    return text.lower().replace("ё", "е")


def _gold_keys(event: dict[str, Any]) -> Iterator[str]:
    value = event.get(ROLES.get(event["type"], ""))
    actors = [value] if isinstance(value, dict) else (value or [])
    for actor in actors:
        if actor.get("kind") in ("PER", "ORG") and actor.get("key"):
            yield _norm(actor["key"])


def _ours(text: str) -> list[str]:
    return [
        _norm(f"{m.text} {m.name}")
        for sentence in analyse(text).sentences
        for m in mentions(sentence, text)
        if not m.pronoun and not m.description
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    total = ours = theirs = either = 0
    for name in ("dev", "dev2", "dev3"):
        texts = {}
        for line in (args.data / f"wikinews-{name}.jsonl").read_text("utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
        for line in (args.data / f"wikinews-{name}.gold.jsonl").read_text("utf-8").splitlines():
            gold = json.loads(line)
            text = texts[gold["id"]]
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            names = [_norm(text[span.start : span.stop]) for span in doc.spans]
            found = _ours(text)
            for event in gold["events"]:
                for key in _gold_keys(event):
                    by_us = any(key in m for m in found)
                    by_them = any(key in n for n in names)
                    total += 1
                    ours += by_us
                    theirs += by_them
                    either += by_us or by_them
    print(f"gold PER/ORG actors: {total}")
    for label, count in (("our actor grammar", ours), ("natasha NER", theirs), ("either", either)):
        print(f"named in their document by {label}: {count} ({count / total:.2f})")


if __name__ == "__main__":
    main()
