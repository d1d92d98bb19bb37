"""Figures for docs/corpus.md, and its screenshot: `eventkit corpus` on the news corpus.

    .venv/bin/python benchmarks/corpus_page.py                      # figures
    .venv/bin/python benchmarks/corpus_page.py --screenshot docs/img/corpus-page.png

Extracts ../shared/data/news-corpus.jsonl (or --extracted OUT.jsonl, an existing extraction),
then times `eventkit corpus` on it and on a copy scaled to --scale documents (every copy's
people renamed, so that entities grow with documents too), and the time from navigation to
the end of the page's own script in headless Chromium. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVENTKIT = [sys.executable, "-c", "import sys; from eventkit.cli import run; sys.exit(run())"]
READY_JS = (
    "<script>var p=document.createElement('pre');p.id='ready';"
    "p.textContent=String(window.ekReady);document.body.appendChild(p);</script></body>"
)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def scaled(source: Path, target: Path, documents: int) -> None:
    """Copies of every document until ``documents``; copy k renames people "<name> k"."""
    records = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line]
    with target.open("w", encoding="utf-8") as out:
        for n in range(documents):
            record, copy = json.loads(json.dumps(records[n % len(records)])), n // len(records)
            record["id"] = f"{record['id']}#{copy}"
            if copy:
                _rename(record["events"], f" {copy}")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _rename(value: Any, suffix: str) -> None:
    if isinstance(value, list):
        for item in value:
            _rename(item, suffix)
    elif isinstance(value, dict):
        if value.get("kind") == "PER" and isinstance(value.get("name"), str):
            value["name"] += suffix
        for item in value.values():
            _rename(item, suffix)


def chromium(*args: str) -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium not found")
    with tempfile.TemporaryDirectory() as profile:
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
        command = [browser, *flags, f"--user-data-dir={profile}", *args]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def page_figures(page: Path) -> tuple[float, float]:
    """(ms to the end of the page's script, s for Chromium to load and dump the page)."""
    probe = page.with_name("probe.html")
    probe.write_text(page.read_text("utf-8").replace("</body>", READY_JS), "utf-8")
    start = time.perf_counter()
    dom = chromium("--dump-dom", probe.as_uri())
    wall = time.perf_counter() - start
    found = re.search(r'<pre id="ready">(.*?)</pre>', dom)
    return float(html.unescape(found.group(1))) if found else float("nan"), wall


def run_corpus(extracted: Path, site: Path) -> dict[str, Any]:
    seconds = timed([*EVENTKIT, "corpus", str(extracted), "-o", str(site)])
    summary = json.loads((site / "corpus.json").read_text("utf-8"))["summary"]
    ready, wall = page_figures(site / "corpus.html")
    size = (site / "corpus.html").stat().st_size
    return {
        "corpus_s": round(seconds, 2),
        "page_script_ms": round(ready),
        "page_load_s": round(wall, 2),
        "page_kb": size // 1024,
        **summary,
    }


def screenshot(site: Path, target: Path) -> None:
    data = json.loads((site / "corpus.json").read_text("utf-8"))
    met = {r["source"] for r in data["meetings"]} | {r["target"] for r in data["meetings"]}
    people = [e for e in data["entities"] if e["kind"] == "PER" and e["id"] in met]
    chosen = max(people, key=lambda e: e["events"])["id"] if people else 1
    target.parent.mkdir(parents=True, exist_ok=True)
    chromium(
        "--window-size=1400,900",
        "--virtual-time-budget=8000",
        f"--screenshot={target.resolve()}",
        f"{(site / 'corpus.html').as_uri()}#entity={chosen}",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared/data/news-corpus.jsonl"
    )
    parser.add_argument("--extracted", type=Path, help="an existing extraction of --corpus")
    parser.add_argument("--scale", type=int, default=5000, help="documents of the scaled copy")
    parser.add_argument("--screenshot", type=Path, help="write the page's screenshot here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        extracted = args.extracted
        if extracted is None:
            extracted = work / "out.jsonl"
            seconds = timed([*EVENTKIT, "extract", str(args.corpus), "-o", str(extracted)])
            print(f"extract {args.corpus.name}: {seconds:.1f} s")
        figures = run_corpus(extracted, work / "site")
        print("corpus:", json.dumps(figures))
        if args.screenshot:
            screenshot(work / "site", args.screenshot)
            print(f"wrote {args.screenshot}")
        if args.scale:
            scaled(extracted, work / "scaled.jsonl", args.scale)
            print(
                f"scaled to {args.scale}:",
                json.dumps(run_corpus(work / "scaled.jsonl", work / "big")),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
