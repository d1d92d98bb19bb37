"""Writing a corpus out: CSV tables, one JSON file with everything, GraphML for network tools.

CSV is UTF-8 with a byte-order mark, so that spreadsheet programs read Cyrillic without being
asked; list values are joined with " | ". JSON keeps lists as lists.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from eventkit.corpus.aggregate import Corpus
from eventkit.corpus.tables import COLUMNS, TABLES, Row, rows
from eventkit.errors import InputError

LIST_SEPARATOR = " | "
GRAPHML = "network.graphml"
JSON = "corpus.json"


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else value


def write_csv(path: Path, table: Sequence[Row], columns: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in table:
            writer.writerow([_cell(row.get(c)) for c in columns])


def summary(corpus: Corpus, tables: dict[str, list[Row]]) -> dict[str, int]:
    """The counts a person wants first."""
    return {
        "documents": len(corpus.documents),
        "events": len(corpus.events),
        "entities": len(corpus.entities),
        "merged_variants": sum(len(e.variants) - 1 for e in corpus.entities),
        "unnamed_mentions": corpus.unnamed,
        "skipped_events": corpus.skipped,
        "meeting_edges": len(tables["meetings"]),
        "speakers": len(tables["statements"]),
        "agreement_edges": len(tables["agreements"]),
    }


def corpus_json(corpus: Corpus, tables: dict[str, list[Row]]) -> dict[str, object]:
    return {"summary": summary(corpus, tables), "documents": list(corpus.documents), **tables}


def graphml(corpus: Corpus, tables: dict[str, list[Row]]) -> str:
    """Entities that met or agreed as nodes; one edge per pair and relation, weighted."""
    edges: list[tuple[int, int, str, int, str]] = [
        (r["source"], r["target"], "meeting", r["count"], r["first_date"] or "")
        for r in tables["meetings"]
    ]
    agreed: dict[tuple[int, int], list[Row]] = {}
    for r in tables["agreements"]:
        if r["target"] is not None:
            agreed.setdefault((r["source"], r["target"]), []).append(r)
    edges += [(a, b, "agreement", len(rs), rs[0]["date"] or "") for (a, b), rs in agreed.items()]
    used = sorted({n for a, b, *_ in edges for n in (a, b)})
    keys = [
        ("name", "node", "string"),
        ("kind", "node", "string"),
        ("mentions", "node", "int"),
        ("relation", "edge", "string"),
        ("weight", "edge", "int"),
        ("first_date", "edge", "string"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *(f'  <key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>' for k, f, t in keys),
        '  <graph id="eventkit" edgedefault="undirected">',
    ]
    for node in used:
        entity = corpus.entity(node)
        lines.append(
            f'    <node id="e{node}"><data key="name">{escape(entity.name)}</data>'
            f'<data key="kind">{entity.kind}</data>'
            f'<data key="mentions">{entity.mentions}</data></node>'
        )
    for a, b, relation, weight, first in edges:
        lines.append(
            f'    <edge source="e{a}" target="e{b}"><data key="relation">{relation}</data>'
            f'<data key="weight">{weight}</data>'
            f'<data key="first_date">{escape(first)}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def write_corpus(corpus: Corpus, directory: Path) -> list[Path]:
    """Every table as CSV, ``corpus.json`` and ``network.graphml`` in ``directory``."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    tables = {name: rows(corpus, name) for name in TABLES}
    written = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name, table in tables.items():
            path = directory / f"{name}.csv"
            write_csv(path, table, COLUMNS[name])
            written.append(path)
        path = directory / JSON
        path.write_text(
            json.dumps(corpus_json(corpus, tables), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written.append(path)
        path = directory / GRAPHML
        path.write_text(graphml(corpus, tables), encoding="utf-8")
        written.append(path)
    except OSError as error:
        raise InputError(f"{directory}: cannot write: {error.strerror or error}") from error
    return written
