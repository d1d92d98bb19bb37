"""Our own golds: corpus documents annotated by hand before anyone tuned on them.

Each session that changes rules adds a first-sight set of 15 (``tests/data/first-sight``,
``first-sight-2``, ...), never tuned on; ``corpus-dev`` (30 documents) and ``corpus-dev-2``
(40) were scored at first sight too and are then development sets like the Wikinews ones.
The repository keeps only ids, offsets, names and values; the texts come from
``../shared/data/news-corpus.jsonl``. ``gold_with_texts`` puts every span's text back,
which is the gold format ``eventkit evaluate`` reads. Run as a script to write it:
``python3 tests/_first_sight.py OUT.jsonl [CORPUS.jsonl] [SET]`` (SET: a folder name under
``tests/data``, ``first-sight`` by default).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
# Every set of ours, oldest first: a folder under tests/data with gold.notext.jsonl.
SETS = (
    "first-sight",
    "first-sight-2",
    "first-sight-3",
    "first-sight-4",
    "first-sight-5",
    "first-sight-6",
    "first-sight-7",
    "corpus-dev",
    "corpus-dev-2",
    "corpus-dev-3",
    "corpus-dev-4",
    "corpus-dev-5",
    "corpus-dev-6",
)
SPANS = ("trigger", "content", "subject")
ACTORS = ("participants", "speaker", "parties")


def _span(value: Any, text: str) -> Any:
    if not (isinstance(value, dict) and "start" in value and "end" in value):
        return value
    start, end = value["start"], value["end"]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"offsets {start},{end} outside a text of {len(text)} characters")
    kept = {k: v for k, v in value.items() if k not in ("start", "end")}
    return {**kept, "text": text[start:end], "start": start, "end": end}


def _event(event: dict[str, Any], text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in event.items():
        if key in SPANS:
            out[key] = _span(value, text)
        elif key in ACTORS:
            out[key] = (
                [_span(a, text) for a in value] if isinstance(value, list) else _span(value, text)
            )
        elif key == "date" and isinstance(value, dict) and "start" in value:
            # Dates are matched by text and value; their offsets only locate the text.
            out[key] = {"text": text[value["start"] : value["end"]], "value": value.get("value")}
        else:
            out[key] = value
    return out


def gold_with_texts(corpus: Path, name: str = "first-sight") -> list[dict[str, Any]]:
    """One of our golds with the texts of its documents, one record per document."""
    if name not in SETS:
        raise ValueError(f"no gold set {name!r}; there are {', '.join(SETS)}")
    gold = (DATA / name / "gold.notext.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in gold.splitlines() if line]
    wanted = {record["id"] for record in records}
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            document = json.loads(line)
            if document["id"] in wanted:
                texts[document["id"]] = document["text"]
    missing = wanted - texts.keys()
    if missing:
        raise ValueError(f"{corpus} lacks the {name} documents {sorted(missing)}")
    return [
        {
            "id": r["id"],
            "text": texts[r["id"]],
            "events": [_event(e, texts[r["id"]]) for e in r["events"]],
        }
        for r in records
    ]


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-corpus.jsonl"
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    name = sys.argv[3] if len(sys.argv) > 3 else "first-sight"
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in gold_with_texts(corpus, name):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
