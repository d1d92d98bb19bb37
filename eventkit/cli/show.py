"""``eventkit show``: HTML pages with the events of a text or a corpus highlighted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from eventkit.batch.extracting import extract_document
from eventkit.batch.progress import Progress, count_documents
from eventkit.batch.safeio import FolderLock, check_output, make_folder, write_atomic
from eventkit.cli._packs import add_pack_options, excluded_packs, selected_packs
from eventkit.engine.guard import DEFAULT_TIMEOUT
from eventkit.errors import InputError
from eventkit.views.index_page import PageSummary, index_html, page_name, page_summary
from eventkit.views.render import document_html

if TYPE_CHECKING:
    from eventkit.extract.extractor import Extractor

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
    parser.add_argument(
        "--force", action="store_true", help="overwrite pages that exist (default: refuse)"
    )
    add_pack_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every subcommand module is imported to build the parser, and the
    # extractor pulls in the morphology.
    from eventkit.batch.readers import read_text_file
    from eventkit.extract.extractor import Extractor

    source: Path = args.path
    output = Path(args.output)
    if not source.is_file():
        raise InputError(f"{source}: {'not a file' if source.exists() else 'no such file'}")
    extractor = Extractor(selected_packs(args), exclude=excluded_packs(args))
    if source.suffix.lower() in _CORPUS_SUFFIXES:
        if output.exists() and not output.is_dir():
            raise InputError(f"{output}: a corpus needs an output directory, this is a file")
        make_folder(output)
        with FolderLock(output):  # a second run into the same folder stops at once
            check_output(output / "index.html", [source], force=args.force)
            pages, failed = write_pages(extractor, source, output, force=args.force)
        print(f"eventkit: wrote {len(pages)} pages and {output / 'index.html'}", file=sys.stderr)
        if failed:
            print(
                f"eventkit: {failed} of {len(pages)} documents could not be read or extracted; "
                "their pages show why",
                file=sys.stderr,
            )
        return 0
    doc = read_text_file(source)
    if doc.error is not None:
        raise InputError(doc.error)
    document = extract_document(extractor, doc, DEFAULT_TIMEOUT)
    if output.is_dir() or args.output.endswith(("/", "\\")):
        output = output / f"{page_name(document.id, set())}.html"
    make_folder(output.parent)
    check_output(output, [source], force=args.force, what="page")
    write_atomic(output, document_html(document).encode("utf-8"))
    print(f"eventkit: wrote {output} ({len(document.events)} events)", file=sys.stderr)
    return 0


def write_pages(
    extractor: Extractor, source: Path, directory: Path, *, force: bool = False
) -> tuple[list[PageSummary], int]:
    """One page per document of ``source``, written as the documents come, then the index;
    also how many documents had an input error or failed (their pages say why)."""
    from eventkit.batch.readers import read_jsonl_documents

    taken = {"index"}
    pages: list[PageSummary] = []
    failed = 0
    progress = Progress(count_documents([str(source)], "jsonl"))
    try:
        stream = source.open("rb")
    except OSError as error:
        raise InputError(f"{source}: cannot read: {error.strerror or error}") from error
    with stream:
        for doc in read_jsonl_documents(stream, source=str(source)):
            document = extract_document(extractor, doc, DEFAULT_TIMEOUT)
            failed += doc.error is not None or any(
                e.kind in ("internal", "timeout") for e in document.errors
            )
            name = page_name(doc.id, taken)
            page = directory / f"{name}.html"
            check_output(page, [source], force=force, what="page")
            write_atomic(page, document_html(document, back="index.html").encode("utf-8"))
            pages.append(page_summary(document, quote(f"{name}.html")))
            progress.advance(chars=len(doc.text or ""))
    progress.finish()
    index = index_html(pages, title=f"eventkit: {source.name}")
    write_atomic(directory / "index.html", index.encode("utf-8"))
    return pages, failed
