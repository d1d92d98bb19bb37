"""The ``eventkit show`` page in a real browser: headless Chromium, no Python driver needed.

Chromium loads a copy of the page with a checking script appended, and ``--dump-dom`` hands
back the DOM after the script has run; the script's verdict is read from the dump. A second
run takes a screenshot of the unmodified page into the artifact directory
(``EVENTKIT_ARTIFACTS``, default ``build/artifacts``). The README's picture,
``docs/img/show-example.png``, is redrawn by ``python3 tasks.py screenshot``, which records the
digest of the text it shows; a test checks that it is ``examples/demo-news.txt`` as it is now.

Without Chromium the tests skip, except under CI (``CI`` set), where a missing browser fails
(``tests/_browser.py``).
"""

# RUF001 flags every Russian word made only of letters that look Latin (pronouns, "course", ...).

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import struct
from pathlib import Path
from typing import Any

import pytest
from _browser import checked_verdict, chromium_or_skip, run_chromium

from eventkit import Extractor
from eventkit.model.events import Document
from eventkit.model.serialize import document_to_dict
from eventkit.views.render import document_html

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


def png_text_chunks(data: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG, as key -> value."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    found, offset = {}, 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        if kind == b"tEXt":
            key, _, value = body.partition(b"\0")
            found[key.decode("latin-1")] = value.decode("latin-1")
        offset += 12 + length
    return found


def test_readme_screenshot_shows_the_bundled_example() -> None:
    """The README's picture was drawn from examples/demo-news.txt as it is now: after the
    text changes, ``python3 tasks.py screenshot`` must be run again."""
    assert "docs/img/show-example.png" in (ROOT / "README.md").read_text(encoding="utf-8")
    chunks = png_text_chunks(DOCS_SCREENSHOT.read_bytes())
    digest = hashlib.sha256(DEMO.read_bytes()).hexdigest()
    assert chunks.get("eventkit-source-sha256") == digest, (
        "docs/img/show-example.png was not drawn from examples/demo-news.txt: "
        "run python3 tasks.py screenshot"
    )


# Runs in the index page: each filter, alone, leaves exactly the rows it should, and sorting
# by a column reorders the rows.
_INDEX_JS = """
(function () {
  var problems = [], table = document.getElementById('ek-events');
  var rows = function () { return Array.prototype.slice.call(table.tBodies[0].rows); };
  var visible = function () {
    return rows().filter(function (r) { return !r.hidden; });
  };
  function set(id, value) {
    var e = document.getElementById(id);
    e.value = value;
    e.dispatchEvent(new Event(id === 'ek-q' ? 'input' : 'change', {bubbles: true}));
  }
  function reset() {
    ['ek-q', 'ek-type', 'ek-person', 'ek-pack'].forEach(function (id) { set(id, ''); });
  }
  var all = rows().length, result = {all: all};
  set('ek-type', 'Statement');
  result.type = visible().length;
  visible().forEach(function (r) {
    if (r.dataset.type !== 'Statement') problems.push('type filter let ' + r.dataset.type);
  });
  var shown = document.getElementById('ek-shown').textContent;
  if (shown !== String(result.type)) problems.push('count not updated');
  reset();
  set('ek-person', %(person)s);
  result.person = visible().length;
  visible().forEach(function (r) {
    var people = r.dataset.people.split('|');
    if (people.indexOf(%(person)s) < 0) problems.push('person filter let ' + people);
  });
  reset();
  set('ek-pack', 'deals');
  result.pack = visible().length;
  reset();
  set('ek-q', %(word)s);
  result.search = visible().length;
  visible().forEach(function (r) {
    var words = r.textContent.toLowerCase();
    if (words.indexOf(%(word)s.toLowerCase()) < 0) problems.push('search let a row through');
  });
  reset();
  if (visible().length !== all) problems.push('reset left ' + visible().length + ' of ' + all);
  var header = table.querySelector('th[data-sort="type"]');
  header.click();
  var sorted = rows().map(function (r) { return r.dataset.type; });
  for (var i = 1; i < sorted.length; i++) {
    if (sorted[i - 1] > sorted[i]) problems.push('not sorted by type');
  }
  result.problems = problems;
  var out = document.createElement('pre');
  out.id = 'ek-check';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
"""

OTHER_TEXTS = {
    "deal": "Сбербанк купил 51% акций компании «Рамблер» за 60 млн долларов.",
    "talks": "Иван Петров встретился с Анной Смирновой. "
    "Иван Петров заявил, что встреча прошла хорошо.",
}


def test_index_filters_work_in_the_browser(chromium: str, demo: Document, tmp_path: Path) -> None:
    from eventkit.views.index_page import index_html, page_summary

    extractor = Extractor()
    documents = [demo] + [extractor.extract(t, doc_id=i) for i, t in OTHER_TEXTS.items()]
    events = [(d, e) for d in documents for e in d.events]
    person = "Иван Петров"
    want = {
        "all": len(events),
        "type": sum(e.type == "Statement" for _, e in events),
        "person": sum(person in [a.name for a in e.actors()] for _, e in events),
        "pack": sum(e.pack == "deals" for _, e in events),
    }
    assert 0 < want["type"] < want["all"]
    assert 0 < want["person"] < want["all"]
    assert want["pack"] == 1
    page = index_html([page_summary(d, f"{d.id}.html") for d in documents])
    script = _INDEX_JS % {"person": json.dumps(person, ensure_ascii=False), "word": '"Вьетнам"'}
    checked = tmp_path / "index.html"
    checked.write_text(page.replace("</body>", f"<script>{script}</script>\n</body>"), "utf-8")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", checked.as_uri()).stdout
    found = re.search(r'<pre id="ek-check">(.*?)</pre>', dom, re.S)
    assert found, f"the checking script did not run; DOM starts: {dom[:500]!r}"
    verdict = json.loads(html.unescape(found.group(1)))
    assert verdict.pop("problems") == []
    assert 0 < verdict.pop("search") < want["all"]
    assert verdict == want


# Hovering an actor must mark every mention of its entity (and nothing else) with ek-same.
_ENTITY_JS = """
(function () {
  var want = %(want)s, problems = [];
  want.forEach(function (w) {
    var actor = document.querySelector('.ek-text [data-event="' + w.event + '"][data-role="' +
      w.role + '"][data-span="' + w.span + '"]');
    if (!actor) { problems.push('not marked: ' + w.span); return; }
    actor.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    var lit = {};
    document.querySelectorAll('.ek-text .ek-same').forEach(function (n) {
      lit[n.dataset.span] = true;
    });
    var got = Object.keys(lit).sort().join(' '), expected = w.mentions.slice().sort().join(' ');
    if (got !== expected) problems.push(w.span + ': lit "' + got + '", not "' + expected + '"');
  });
  var out = document.createElement('pre');
  out.id = 'ek-check';
  out.textContent = JSON.stringify({checked: want.length, problems: problems});
  document.body.appendChild(out);
})();
"""


def test_hovering_an_actor_marks_its_entity(chromium: str, tmp_path: Path) -> None:
    text = (
        "Президент России Владимир Путин провёл переговоры с канцлером Германии Олафом "
        "Шольцем. Путин заявил, что встреча была полезной. Президент также сообщил, что "
        "делегации обсудили поставки газа. Он добавил, что следующая встреча пройдёт летом.\n"
        "Анна Смирнова прилетела в Казань. Она заявила, что город ей понравился."
    )
    document = Extractor().extract(text)
    want = []
    for index, event in enumerate(document_to_dict(document)["events"]):
        for key, value in event.items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "entity" in item:
                    entity = document.entities[item["entity"]]
                    want.append(
                        {
                            "event": index,
                            "role": _SINGULAR.get(key, key),
                            "span": f"{item['start']}-{item['end']}",
                            "mentions": [f"{m.start}-{m.end}" for m in entity.mentions],
                        }
                    )
    # Путин at four places: the full name, the surname, the title and the pronoun; Смирнова
    # also at "ей", where no event is.
    assert {3, 4} <= {len(w["mentions"]) for w in want}
    script = _ENTITY_JS % {"want": json.dumps(want).replace("<", "\\u003c")}
    verdict = checked_verdict(chromium, document_html(document), script, tmp_path)
    assert verdict["problems"] == []
    assert verdict["checked"] == len(want)
