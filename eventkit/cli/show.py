"""``eventkit show``: HTML pages with the events of a text or a corpus highlighted."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.errors import InputError
from eventkit.index_page import PageSummary, index_html, page_summary
from eventkit.progress import Progress, count_documents
from eventkit.render import document_html

if TYPE_CHECKING:
    from eventkit.extract import Extractor

_CORPUS_SUFFIXES = (".jsonl", ".ndjson")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "show",
        help="write HTML pages with the events highlighted",
        description=(
            "Highlight the events of PATH in self-contained HTML. A text file gives one page "
            "(-o page.html, or -o DIR/); a JSON Lines corpus (lines with 'id' and 'text') "
            "gives one page per document and an index.html in the directory -o."
        ),
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="a .txt file or a .jsonl corpus")
    parser.add_argument(
        # A string, not a Path: a trailing slash ("-o pages/") means a directory.
        "-o",
        "--output",
        required=True,
        help="the page to write, or a directory",
    )
    add_pack_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every subcommand module is imported to build the parser, and the
    # extractor pulls in the morphology.
    from eventkit.extract import Extractor

    source: Path = args.path
    output = Path(args.output)
    if not source.is_file():
        raise InputError(f"{source}: {'not a file' if source.exists() else 'no such file'}")
    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    if source.suffix.lower() in _CORPUS_SUFFIXES:
        pages = write_corpus(extractor, source, output)
        print(f"eventkit: wrote {len(pages)} pages and {output / 'index.html'}", file=sys.stderr)
        return 0
    document = extractor.extract(_read_text(source), doc_id=source.stem)
    if output.is_dir() or args.output.endswith(("/", "\\")):
        output = output / f"{page_name(document.id, set())}.html"
    _write(output, document_html(document))
    print(f"eventkit: wrote {output} ({len(document.events)} events)", file=sys.stderr)
    return 0


def write_corpus(extractor: Extractor, source: Path, directory: Path) -> list[PageSummary]:
    """One page per document of ``source``, written as the documents come, then the index."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: a corpus needs an output directory, this is a file")
    directory.mkdir(parents=True, exist_ok=True)
    taken = {"index"}
    pages: list[PageSummary] = []
    progress = Progress(count_documents([str(source)], "jsonl"))
    for doc_id, text in read_corpus(source):
        document = extractor.extract(text, doc_id=doc_id)
        name = page_name(doc_id, taken)
        _write(directory / f"{name}.html", document_html(document, back="index.html"))
        pages.append(page_summary(document, quote(f"{name}.html")))
        progress.advance(chars=len(text))
    progress.finish()
    _write(directory / "index.html", index_html(pages, title=f"eventkit: {source.name}"))
    return pages


def read_corpus(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every non-blank line; a missing id becomes ``<file stem>-<line>``."""
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not JSON: {error.msg}") from error
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise InputError(f"{path}:{number}: expected an object with a 'text' string")
                doc_id = record.get("id")
                yield (f"{path.stem}-{number}" if doc_id is None else str(doc_id)), record["text"]
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason})") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error


def page_name(doc_id: str, taken: set[str]) -> str:
    """A file name for a document id: safe characters only, unique among ``taken``."""
    base = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:80] or "document"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return name


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason})") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error


def _write(path: Path, content: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from error
