"""Writing a corpus out: CSV tables, one JSON file with everything, GraphML for network tools.

CSV is UTF-8 with a byte-order mark, so that spreadsheet programs read Cyrillic without being
asked; list values are joined with " | ". A cell that a spreadsheet would read as a formula
(it starts with "=", "+", "-", "@", a tab or a carriage return: the OWASP rule) gets a "'"
in front, so it is shown as text. JSON keeps lists as lists. GraphML escapes every value,
and characters XML cannot hold (control characters) become U+FFFD.

``write_corpus`` writes every file or none (``eventkit.batch.safeio.write_files``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape as _escape

from eventkit.batch.safeio import write_files
from eventkit.corpus.aggregate import Corpus
from eventkit.corpus.tables import COLUMNS, TABLES, Row, rows
from eventkit.errors import InputError

LIST_SEPARATOR = " | "
GRAPHML = "network.graphml"
JSON = "corpus.json"
# The files ``corpus_files`` gives, in order.
FILES = (*(f"{name}.csv" for name in TABLES), JSON, GRAPHML)


# What makes a spreadsheet cell a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: a "'" before a formula's first sign."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value: object) -> object:
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    if value is None:
        return ""
    return safe_cell(value) if isinstance(value, str) else value


def csv_text(table: Sequence[Row], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in table:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def write_csv(path: Path, table: Sequence[Row], columns: Sequence[str]) -> None:
    """One table as CSV at ``path`` (written to a temporary and renamed)."""
    write_files(path.parent, {path.name: csv_text(table, columns).encode("utf-8-sig")})


def xml_text(value: object) -> str:
    """``value`` as XML character data or an attribute's value (quotes escaped too)."""
    text = _NOT_XML.sub("\ufffd", str(value))
    return _escape(text, {'"': "&quot;", "'": "&apos;"})


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
        *(
            f'  <key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>'
            for k, f, t in keys  # constants
        ),
        '  <graph id="eventkit" edgedefault="undirected">',
    ]
    for node in used:
        entity = corpus.entity(node)
        lines.append(
            f'    <node id="e{int(node)}"><data key="name">{xml_text(entity.name)}</data>'
            f'<data key="kind">{xml_text(entity.kind)}</data>'
            f'<data key="mentions">{int(entity.mentions)}</data></node>'
        )
    for a, b, relation, weight, first in edges:
        lines.append(
            f'    <edge source="e{int(a)}" target="e{int(b)}">'
            f'<data key="relation">{xml_text(relation)}</data>'
            f'<data key="weight">{int(weight)}</data>'
            f'<data key="first_date">{xml_text(first)}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def corpus_files(corpus: Corpus) -> dict[str, bytes]:
    """Every table as CSV, ``corpus.json`` and ``network.graphml``: name -> content."""
    tables = {name: rows(corpus, name) for name in TABLES}
    files = {
        f"{name}.csv": csv_text(table, COLUMNS[name]).encode("utf-8-sig")
        for name, table in tables.items()
    }
    files[JSON] = json.dumps(corpus_json(corpus, tables), ensure_ascii=False, indent=1).encode(
        "utf-8", errors="replace"
    )
    files[GRAPHML] = graphml(corpus, tables).encode("utf-8")
    return files


def write_corpus(corpus: Corpus, directory: Path) -> list[Path]:
    """Every table as CSV, ``corpus.json`` and ``network.graphml`` in ``directory``
    (created if needed), all or none of them."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{directory}: cannot write: {error.strerror or error}") from error
    return write_files(directory, corpus_files(corpus))
