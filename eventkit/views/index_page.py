"""The index page of a corpus shown with ``eventkit show``: every event of every document in
one table an analyst can search, filter (by type, person, pack) and sort, with the sentence
each event was found in, and the counts by type and by document.

Pages are written as documents come, so the index keeps only a ``PageSummary`` per document,
never the documents themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from attrs import field, frozen

from eventkit.model.events import Document, Event
from eventkit.views.humanize import date_label
from eventkit.views.render import colour_class, esc, html_page, type_counts

# Characters of an event's sentence shown in the index.
EXCERPT_CHARS = 240


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@frozen(kw_only=True)
class EventSummary:
    """One row of the index: an event, told in words."""

    index: int
    type: str
    sentence: str
    people: tuple[str, ...] = field(converter=_strings)
    date: str = ""
    date_value: str = ""
    place: str = ""
    pack: str = ""


def _summaries(items: Iterable[EventSummary]) -> tuple[EventSummary, ...]:
    return tuple(items)


@frozen(kw_only=True)
class PageSummary:
    """What the corpus index needs of a document, so pages can be written as they come."""

    id: str
    href: str
    counts: Mapping[str, int]
    errors: int
    events: tuple[EventSummary, ...] = field(converter=_summaries, factory=tuple)


def excerpt(document: Document, event: Event) -> str:
    """The sentence of ``event``, shortened to EXCERPT_CHARS, on one line."""
    sentence = document.text[event.sentence.start : event.sentence.end]
    sentence = " ".join(sentence.split())
    if len(sentence) > EXCERPT_CHARS:
        sentence = sentence[: EXCERPT_CHARS - 1].rstrip() + "…"
    return sentence


def page_summary(document: Document, href: str) -> PageSummary:
    events = [
        EventSummary(
            index=index,
            type=event.type,
            sentence=excerpt(document, event),
            people=dict.fromkeys(actor.name for actor in event.actors()),
            date=date_label(event.date) if event.date else "",
            date_value=(event.date.value or "") if event.date else "",
            place=event.place.name if event.place else "",
            pack=event.pack,
        )
        for index, event in enumerate(document.events)
    ]
    return PageSummary(
        id=document.id,
        href=href,
        counts=type_counts(document),
        errors=len(document.errors),
        events=events,
    )


# Filters and sorting, in the page: no network, no library.
_SCRIPT = """<script>
(function () {
  var q = document.getElementById('ek-q'), type = document.getElementById('ek-type'),
      person = document.getElementById('ek-person'), pack = document.getElementById('ek-pack'),
      shown = document.getElementById('ek-shown'), table = document.getElementById('ek-events');
  if (!table) return;
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  function apply() {
    var words = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!type.value || r.dataset.type === type.value) &&
        (!pack.value || r.dataset.pack === pack.value) &&
        (!person.value || r.dataset.people.split('|').indexOf(person.value) >= 0) &&
        (!words || r.textContent.toLowerCase().indexOf(words) >= 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n;
  }
  [q, type, person, pack].forEach(function (e) {
    e.addEventListener('input', apply);
    e.addEventListener('change', apply);
  });
  table.querySelectorAll('th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.dataset.sort, up = th.dataset.dir !== 'asc';
      th.dataset.dir = up ? 'asc' : 'desc';
      rows.sort(function (a, b) {
        var x = a.dataset[key] || '', y = b.dataset[key] || '';
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  apply();
})();
</script>
"""


def _date_key(value: str) -> str:
    """Sorts "2016-03-30" and "--03-30" (no year) together by month and day after the year."""
    return value.replace("--", "0000-", 1) if value.startswith("--") else value


def _select(element_id: str, label: str, options: Iterable[str]) -> str:
    items = "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in options)
    return (
        f'<label>{esc(label)} <select id="{element_id}"><option value="">all</option>'
        f"{items}</select></label>"
    )


def _events_section(pages: Sequence[PageSummary]) -> str:
    rows = []
    people: Counter[str] = Counter()
    packs: set[str] = set()
    types: set[str] = set()
    for number, page in enumerate(pages):
        for event in page.events:
            people.update(event.people)
            packs.add(event.pack)
            types.add(event.type)
            link = f"{page.href}#event-{event.index}"
            rows.append(
                f'<tr class="{colour_class(event.type)}" data-type="{esc(event.type)}" '
                f'data-pack="{esc(event.pack)}" data-people="{esc("|".join(event.people))}" '
                f'data-doc="{number:07d}-{event.index:05d}" '
                f'data-date="{esc(_date_key(event.date_value))}">'
                f'<td><a href="{esc(link)}">{esc(page.id) or "(no id)"}</a></td>'
                f'<td class="ek-type"><i class="ek-sw"></i>{esc(event.type)}</td>'
                f"<td>{esc(event.sentence)}</td><td>{esc(', '.join(event.people))}</td>"
                f"<td>{esc(event.date)}</td><td>{esc(event.place)}</td>"
                f"<td>{esc(event.pack)}</td></tr>"
            )
    if not rows:
        return ""
    by_frequency = sorted(people, key=lambda name: (-people[name], name))
    controls = (
        '<div class="ek-controls">'
        '<label>search <input id="ek-q" type="search" placeholder="words, names"></label>'
        f"{_select('ek-type', 'type', sorted(types))}"
        f"{_select('ek-person', 'person', by_frequency)}"
        f"{_select('ek-pack', 'pack', sorted(packs))}"
        f'<span><b id="ek-shown">{len(rows)}</b> of {len(rows)} events</span></div>'
    )
    head = (
        '<thead><tr><th data-sort="doc">document</th><th data-sort="type">type</th>'
        '<th>sentence</th><th>people</th><th data-sort="date">when</th><th>where</th>'
        '<th data-sort="pack">pack</th></tr></thead>'
    )
    return (
        f"<h2>Events</h2>{controls}"
        f'<table id="ek-events">{head}<tbody>{"".join(rows)}</tbody></table>'
    )


def index_html(pages: Sequence[PageSummary], *, title: str = "eventkit corpus") -> str:
    """A page with every event of the corpus (searchable, filterable, sortable), the events
    by type, and a link to every document's page."""
    totals: Counter[str] = Counter()
    with_type: Counter[str] = Counter()
    for page in pages:
        totals.update(page.counts)
        with_type.update(t for t, n in page.counts.items() if n)
    types = sorted(totals)
    summary_rows = "".join(
        f'<tr class="{colour_class(t)}" data-type="{esc(t)}"><td><i class="ek-sw"></i>'
        f'{esc(t)}</td><td class="ek-count">{totals[t]}</td><td>{with_type[t]}</td></tr>'
        for t in types
    )
    summary = (
        '<h2>Events by type</h2><table class="ek-narrow">'
        "<tr><th>type</th><th>events</th><th>documents</th></tr>"
        f"{summary_rows}<tr><th>all</th><th>{sum(totals.values())}</th><th>{len(pages)}</th>"
        "</tr></table>"
    )
    head = "".join(f"<th>{esc(t)}</th>" for t in types)
    rows = "".join(
        f'<tr><td><a href="{esc(p.href)}">{esc(p.id) or "(no id)"}</a></td>'
        + "".join(f"<td>{p.counts.get(t, 0)}</td>" for t in types)
        + f"<td>{sum(p.counts.values())}</td><td>{p.errors or ''}</td></tr>"
        for p in pages
    )
    documents = (
        f"<h2>Documents</h2><table><tr><th>document</th>{head}<th>all</th><th>errors</th></tr>"
        f"{rows}</table>"
    )
    body = (
        f'<div class="ek-doc"><h1>{esc(title)}</h1>{summary}{_events_section(pages)}'
        f"{documents}</div>"
    )
    return html_page(title, body, _SCRIPT)


# File names are limited to 255 bytes; a page name keeps well below, with room for "-N.html".
MAX_NAME_BYTES = 120


def page_name(doc_id: str, taken: set[str]) -> str:
    """A file name for a document id: safe characters only, at most MAX_NAME_BYTES bytes of
    UTF-8, unique among ``taken``."""
    base = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")
    base = base.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", errors="ignore") or "document"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return name
