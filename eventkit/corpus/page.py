"""The corpus page: one self-contained HTML file (inline CSS, JavaScript and data).

The data is embedded as compact JSON arrays; the page's own script draws a searchable entity
list (only the visible rows exist in the DOM), a force-directed network of meetings on a
canvas (the most connected ``NET_NODES`` entities, a fixed number of layout iterations run a
few milliseconds per frame), a timeline of dated events by month, and the events of a clicked
entity, linked to the document pages that ``eventkit show`` writes.
"""

from __future__ import annotations

import html
import json
import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

from eventkit.batch.readers import without_surrogates
from eventkit.batch.safeio import write_atomic
from eventkit.corpus.aggregate import Corpus
from eventkit.errors import InputError
from eventkit.views.index_page import page_name
from eventkit.views.render import PALETTE, colour_class  # the document pages' colours

NET_NODES = 150
PAGE = "corpus.html"


def document_links(documents: list[str] | tuple[str, ...], base: str) -> list[str]:
    """The address of each document's page as ``eventkit show CORPUS -o DIR`` names them
    (``base``: the address of DIR relative to the corpus page, "" for the same directory)."""
    taken = {"index"}
    prefix = base if not base or base.endswith("/") else base + "/"
    return [prefix + quote(f"{page_name(doc_id, taken)}.html") for doc_id in documents]


def page_data(corpus: Corpus, *, pages: str | None = "") -> dict[str, object]:
    """What the page's script reads (records as arrays; see the names at its top)."""
    links = document_links(corpus.documents, pages) if pages is not None else None
    types = sorted({e.type for e in corpus.events})
    return {
        "docs": [[d, links[i] if links else None] for i, d in enumerate(corpus.documents)],
        "types": types,
        "packs": sorted({e.pack for e in corpus.events}),
        "colours": {t: PALETTE[int(colour_class(t)[len("ek-c") :])] for t in types},
        "netNodes": NET_NODES,
        "entities": [
            [
                e.id,
                e.name,
                e.kind,
                [v for v, _ in e.variants],
                [t for t, _ in e.titles],
                list(e.events),
                list(e.ambiguous),
            ]
            for e in corpus.entities
        ],
        "events": [
            [
                e.document,
                e.type,
                e.date,
                e.pack,
                e.modality,
                e.trigger,
                e.text,
                e.status,
                [[a.role, a.entity, a.name] for a in e.actors],
            ]
            for e in corpus.events
        ],
    }


# Inside <script>, "<" could end the element ("</script>") or open a comment ("<!--");
# JSON allows every character escaped, so these never appear as themselves.
_SCRIPT_ESCAPES = {c: f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"}
_PLACEHOLDERS = re.compile("__EK_(TITLE|DATA)__")


def script_json(value: object) -> str:
    """``value`` as JSON that can stand inside a ``<script>`` element as it is."""
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group()], data)


def corpus_html(corpus: Corpus, *, title: str = "eventkit corpus", pages: str | None = "") -> str:
    """The whole page. ``pages``: where the ``eventkit show`` pages of the documents are,
    relative to this page ("" = beside it); None for no links.

    Every value is escaped for where it goes: the title as HTML text, the data as JSON in a
    ``<script>`` element (``script_json``); the page's script escapes what it puts in the
    page. The placeholders are filled in one pass, so a title cannot inject the data."""
    template = files("eventkit").joinpath("templates", "corpus.html").read_text(encoding="utf-8")
    values = {
        "TITLE": html.escape(without_surrogates(title)[0]),
        "DATA": script_json(page_data(corpus, pages=pages)),
    }
    return _PLACEHOLDERS.sub(lambda m: values[m.group(1)], template)


def write_page(
    corpus: Corpus, path: Path, *, title: str = "eventkit corpus", pages: str | None = ""
) -> Path:
    """Write ``corpus_html`` to ``path`` (its directory is created; the page is written to
    a temporary and renamed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from error
    write_atomic(path, corpus_html(corpus, title=title, pages=pages).encode("utf-8"))
    return path
