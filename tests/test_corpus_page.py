"""The corpus page in headless Chromium, for the 782 documents of ../shared/data/news-corpus.jsonl:
search an entity, click it, see its events with links to the document pages; filters work;
the entity list keeps only visible rows in the DOM. Skips without ../shared or Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _browser import checked_verdict, chromium_or_skip
from _cli import run_eventkit
from _corpus import actor, document, meeting
from conftest import missing_shared

from eventkit.corpus import Corpus, build_corpus, corpus_html
from eventkit.corpus.names import fold
from eventkit.corpus.page import document_links

# Runs in the page after its own script: type into the search box, click the first row,
# read the details; then filter by a type and a year.
_CHECK_JS = """
(function () {
  var want = %(want)s, out = {ready: window.ekReady, problems: []};
  function rows() { return document.querySelectorAll('#ek-entities .ek-row'); }
  out.rowsBefore = rows().length;
  var search = document.getElementById('ek-search');
  search.value = want.query;
  search.dispatchEvent(new Event('input', {bubbles: true}));
  var found = rows();
  out.matches = Array.prototype.map.call(found, function (r) { return r.dataset.entity; });
  var row = document.querySelector('#ek-entities .ek-row[data-entity="' + want.id + '"]');
  if (!row) { out.problems.push('no row for ' + want.id); }
  else {
    row.click();
    out.heading = document.querySelector('#ek-details h2').textContent;
    out.selected = document.querySelectorAll('#ek-entities .ek-row.ek-sel').length;
    out.events = Array.prototype.map.call(
      document.querySelectorAll('#ek-details .ek-event'), function (e) {
        var a = e.querySelector('a[href]');
        return {event: +e.dataset.event, href: a ? a.getAttribute('href') : null};
      });
    out.shown = document.getElementById('ek-shown').textContent;
  }
  // Click a node of the network of meetings (another entity): its entity is selected.
  var canvas = document.getElementById('ek-net'), box = canvas.getBoundingClientRect();
  var node = window.ekNetwork().filter(function (n) {
    return n.id !== want.id && n.x > 0 && n.y > 0 && n.x < box.width && n.y < box.height;
  })[0];
  out.nodes = window.ekNetwork().length;
  ['mousedown', 'mouseup'].forEach(function (kind) {
    (kind === 'mouseup' ? window : canvas).dispatchEvent(new MouseEvent(kind, {
      bubbles: true, clientX: box.left + node.x, clientY: box.top + node.y}));
  });
  out.clickedNode = node.name;
  out.headingAfterNode = document.querySelector('#ek-details h2').textContent;
  document.querySelector('#ek-entities .ek-row[data-entity="' + want.id + '"]').click();
  out.headingAgain = document.querySelector('#ek-details h2').textContent;
  // Only statements: the entity list and the details follow the filter.
  document.querySelectorAll('#ek-types input').forEach(function (box) {
    box.checked = box.dataset.v === 'Statement';
    box.dispatchEvent(new Event('change', {bubbles: true}));
  });
  out.statementsShown = document.getElementById('ek-shown').textContent;
  var from = document.getElementById('ek-from');
  from.value = want.year;
  from.dispatchEvent(new Event('change', {bubbles: true}));
  out.summaryAfterYear = document.getElementById('ek-summary').textContent;
  out.network = document.getElementById('ek-net-note').textContent;
  var pre = document.createElement('pre');
  pre.id = 'ek-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"""


@pytest.fixture(scope="module")
def news(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    source = shared / "data" / "news-corpus.jsonl"
    if not source.is_file():
        missing_shared(str(source))
    out = tmp_path_factory.mktemp("news") / "out.jsonl"
    result = run_eventkit("extract", source, "-o", out, timeout=900)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    return Corpus.from_jsonl(out)


def _target(corpus: Corpus) -> Any:
    """The person with the most events that has a statement and a meeting."""
    for entity in sorted(corpus.entities, key=lambda e: -len(e.events)):
        types = {corpus.events[i].type for i in entity.events}
        if entity.kind == "PER" and {"Statement", "Meeting"} <= types and " " in entity.name:
            return entity
    pytest.fail("no person with statements and meetings in the corpus")


def test_search_click_and_see_events(news: Corpus, tmp_path: Path) -> None:
    chromium = chromium_or_skip()
    entity = _target(news)
    surname = fold(entity.name.split()[-1])
    dated = sorted(e.date[:4] for e in news.events if e.date and e.date[:4].isdigit())
    year = dated[len(dated) // 2]
    want = {"query": surname, "id": entity.id, "year": year}
    script = _CHECK_JS % {"want": json.dumps(want, ensure_ascii=False)}
    page = corpus_html(news)
    verdict = checked_verdict(chromium, page, script, tmp_path, "--window-size=1400,900")

    assert verdict["problems"] == [], verdict
    # The list is lazy: far fewer rows in the DOM than entities.
    assert 0 < verdict["rowsBefore"] < len(news.entities) / 5
    # The search finds exactly the entities whose name or a variant holds the surname.
    expected = {
        e.id
        for e in news.entities
        if any(surname in fold(n) for n in [e.name, *(v for v, _ in e.variants)])
    }
    assert set(map(int, verdict["matches"])) == expected
    assert verdict["heading"].startswith(entity.name)
    assert verdict["selected"] == 1
    # Its events, each linked to the page `eventkit show` writes for its document.
    links = document_links(news.documents, "")
    shown = [e["event"] for e in verdict["events"]]
    assert len(shown) == min(50, len(entity.events))  # the first page of them
    assert set(shown) <= set(entity.events)
    for item in verdict["events"]:
        assert item["href"] == links[news.events[item["event"]].document]
    assert verdict["shown"] == f"{len(entity.events)} events"
    assert verdict["headingAgain"].startswith(entity.name)
    statements = sum(news.events[i].type == "Statement" for i in entity.events)
    assert verdict["statementsShown"] == f"{statements} events"
    in_year = sum(e.type == "Statement" and (e.date or "") >= year for e in news.events)
    assert verdict["summaryAfterYear"].startswith(f"{in_year} of {len(news.events)} events")
    assert verdict["network"].startswith("meetings: ")
    met = {i for m in news.meetings() for i in (m.source, m.target)}
    assert verdict["nodes"] == min(len(met), 150)
    assert verdict["clickedNode"] != entity.name
    assert verdict["headingAfterNode"].startswith(verdict["clickedNode"])
    assert isinstance(verdict["ready"], int | float)


_READY_JS = """
(function () {
  var pre = document.createElement('pre');
  pre.id = 'ek-check';
  pre.textContent = JSON.stringify({
    ready: typeof window.ekReady,
    count: document.getElementById('ek-count').textContent,
    links: document.querySelectorAll('a[href]').length,
    timeline: document.getElementById('ek-time-note').textContent
  });
  document.body.appendChild(pre);
})();
"""


@pytest.mark.parametrize("empty", [True, False], ids=["empty", "one-meeting"])
def test_small_pages_load(tmp_path: Path, empty: bool) -> None:
    chromium = chromium_or_skip()
    records = (
        [] if empty else [document("1", meeting(actor("Иван Петров"), actor("Анна Смирнова")))]
    )
    page = corpus_html(build_corpus(records), pages=None)
    verdict = checked_verdict(chromium, page, _READY_JS, tmp_path)
    assert verdict["ready"] == "number"  # the page's script ran to its end
    assert verdict["count"] == ("0 entities" if empty else "2 entities")
    assert verdict["links"] == 0
    assert verdict["timeline"].startswith("no dated events")
