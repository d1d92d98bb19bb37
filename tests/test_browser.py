"""The ``eventkit show`` page in a real browser: headless Chromium, no Python driver needed.

Chromium loads a copy of the page with a checking script appended, and ``--dump-dom`` hands
back the DOM after the script has run; the script's verdict is read from the dump. A second
run takes a screenshot of the unmodified page into the artifact directory
(``EVENTKIT_ARTIFACTS``, default ``build/artifacts``). With ``EVENTKIT_UPDATE_SCREENSHOT=1`` the
screenshot also replaces ``docs/img/show-example.png``.

Without Chromium the tests skip, except under CI (``CI`` set), where a missing browser fails
(``tests/_browser.py``).
"""

# RUF001 flags every Russian word made only of letters that look Latin (pronouns, "course", ...).

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from _browser import checked_verdict, chromium_or_skip, run_chromium

from eventkit import Extractor
from eventkit.events import Document
from eventkit.render import document_html
from eventkit.serialize import document_to_dict

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo-news.txt"
DOCS_SCREENSHOT = ROOT / "docs" / "img" / "show-example.png"

# Used only while examples/demo-news.txt does not exist.
FALLBACK_TEXT = (
    "АСТАНА, 3 марта. Президент Казахстана Касым-Жомарт Токаев провел переговоры "
    "с председателем КНР Си Цзиньпином.\n"
    "Министр иностранных дел Мухтар Тлеуберди заявил, что стороны договорились "
    "расширить торговлю.\n"
    "Казахстан и Китай подписали соглашение о сотрудничестве в области энергетики."
)

_SINGULAR = {"participants": "participant", "parties": "party"}

# Runs in the page: every expected span must have elements whose joined text is the span's
# text, every trigger must be visible with a background, and hovering a trigger must light up
# exactly the elements of its event (marks and table row).
_CHECK_JS = """
(function () {
  var want = %(want)s, count = %(count)s, problems = [];
  function marks(w) {
    return document.querySelectorAll('.ek-text [data-event="' + w.event + '"][data-role="' +
      w.role + '"][data-span="' + w.span + '"]');
  }
  want.forEach(function (w) {
    var found = marks(w), text = '';
    found.forEach(function (n) { text += n.textContent; });
    var name = w.event + '/' + w.role + '/' + w.span;
    if (!found.length) { problems.push('not marked: ' + name); return; }
    if (text !== w.text) problems.push(name + ': marked "' + text + '", expected "' + w.text + '"');
    if (w.role !== 'trigger') return;
    var box = found[0].getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) problems.push(name + ': trigger not visible');
    var bg = getComputedStyle(found[0]).backgroundColor;
    if (bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)') problems.push(name + ': no colour');
  });
  for (var i = 0; i < count; i++) {
    var trigger = document.querySelector('.ek-text [data-role="trigger"][data-event="' + i + '"]');
    if (!trigger) { problems.push('event ' + i + ' has no trigger element'); continue; }
    trigger.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    var lit = document.querySelectorAll('.ek-on'), rows = 0;
    lit.forEach(function (n) {
      if (n.dataset.event !== String(i)) problems.push('hover ' + i + ' lit ' + n.dataset.event);
      if (n.tagName === 'TR') rows++;
    });
    if (rows !== 1) problems.push('hover ' + i + ' lit ' + rows + ' table rows');
  }
  var out = document.createElement('pre');
  out.id = 'ek-check';
  out.textContent = JSON.stringify({checked: want.length, events: count, problems: problems});
  document.body.appendChild(out);
})();
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_or_skip()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    directory = Path(os.environ.get("EVENTKIT_ARTIFACTS") or ROOT / "build" / "artifacts")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture(scope="module")
def demo() -> Document:
    text = DEMO.read_text(encoding="utf-8") if DEMO.is_file() else FALLBACK_TEXT
    document = Extractor().extract(text, doc_id="demo-news")
    assert document.events, "the demo text must have events to show"
    return document


def expected_marks(document: Document) -> list[dict[str, Any]]:
    """Every span of every event, read from the JSON contract (not from the attrs objects)."""
    out = []
    for index, event in enumerate(document_to_dict(document)["events"]):
        for key, value in event.items():
            if key == "sentence":
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "start" in item:
                    span = f"{item['start']}-{item['end']}"
                    role = _SINGULAR.get(key, key)
                    out.append({"event": index, "role": role, "span": span, "text": item["text"]})
    return out


def test_every_event_is_highlighted_in_the_browser(
    chromium: str, demo: Document, tmp_path: Path
) -> None:
    want = expected_marks(demo)
    assert {m["event"] for m in want if m["role"] == "trigger"} == set(range(len(demo.events)))
    # "<" escaped so that no text can close the script element early.
    script = _CHECK_JS % {
        "want": json.dumps(want, ensure_ascii=False).replace("<", "\\u003c"),
        "count": len(demo.events),
    }
    verdict = checked_verdict(chromium, document_html(demo), script, tmp_path)
    assert verdict["problems"] == []
    assert verdict["checked"] == len(want)
    assert verdict["events"] == len(demo.events)


def test_screenshot(chromium: str, demo: Document, artifacts: Path, tmp_path: Path) -> None:
    page = artifacts / "show-example.html"
    page.write_text(document_html(demo), encoding="utf-8")
    shot = artifacts / "show-example.png"
    shot.unlink(missing_ok=True)
    run_chromium(
        chromium,
        tmp_path / "profile",
        "--window-size=1100,900",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert 10_000 < len(data) < 300_000, len(data)  # blank pages compress to almost nothing
    if os.environ.get("EVENTKIT_UPDATE_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, DOCS_SCREENSHOT)
