"""HTML views of extracted events: one page per document and an index for a corpus.

The text is cut at every boundary of every highlighted span, and each piece is wrapped in one
element per span that covers it. That way overlapping spans (a speaker inside the content of
another statement, two events sharing a trigger) need no special cases: every span keeps its
own elements, each carrying ``data-event`` (index into ``Document.events``), ``data-role``,
``data-type`` and ``data-span="start-end"``, so tests and scripts can find them.

Pages are self-contained: inline CSS, a few bytes of inline JavaScript for hover highlighting,
no network. Event types that packs define are rendered from their attrs fields, so this
module knows no type besides the colours it prefers for the built-in ones.
"""

from __future__ import annotations

import html
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs
from attrs import frozen

from eventkit.events import Actor, DateValue, Document, Event, Place, Span

Style = Literal["trigger", "actor", "span", "where"]

# Fields every event has; they are rendered on their own, not as roles.
_BASE_FIELDS = frozenset(f.name for f in attrs.fields(Event))

# A role name per element, singular where the field holds a sequence.
_ROLE_NAMES = {"participants": "participant", "parties": "party"}

# Colour-blind-friendly hues (Okabe-Ito); built-in types keep theirs, others hash to the rest.
_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a5c00", "#666")
_BUILTIN_COLOURS = {"Meeting": 0, "Statement": 1, "Agreement": 2}

# Wider spans are drawn outside narrower ones; at equal width, this order (outermost first).
_STYLE_ORDER: dict[Style, int] = {"span": 0, "actor": 1, "where": 2, "trigger": 3}

_CSS = """
.ek-doc{font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;
  max-width:60rem}
.ek-doc h1{font-size:1.3rem;margin:.2rem 0 .6rem}
.ek-doc h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.ek-text{white-space:pre-wrap;line-height:2.1;padding:.6rem .9rem;border:1px solid #ddd;
  border-radius:6px;background:#fff}
.ek-m{border-radius:3px;cursor:help}
.ek-trigger{background:var(--ek-c);color:#fff;font-weight:600;padding:0 2px}
.ek-actor{border-bottom:3px solid var(--ek-c);background:var(--ek-bg)}
.ek-span{background:var(--ek-bg)}
.ek-where{border-bottom:2px dashed var(--ek-c)}
.ek-empty::before{content:"\\25BE";color:var(--ek-c)}
.ek-on{outline:2px solid var(--ek-c);outline-offset:1px}
.ek-legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.6rem 0;font-size:.9rem}
.ek-legend span{white-space:nowrap}
.ek-sw{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;
  background:var(--ek-c);vertical-align:-.1rem;margin-right:.3rem}
.ek-doc table{border-collapse:collapse;font-size:.88rem;width:100%}
.ek-doc th,.ek-doc td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;
  vertical-align:top}
.ek-doc th{background:#f4f4f4}
.ek-doc td.ek-type{white-space:nowrap}
.ek-doc tr.ek-on{outline:none;background:var(--ek-bg)}
.ek-muted{color:#777}
.ek-errors{color:#a00}
"""

# Custom properties per palette entry: a strong colour and a light tint for backgrounds.
_CSS += "".join(f".ek-c{i}{{--ek-c:{c};--ek-bg:{c}2e}}\n" for i, c in enumerate(_PALETTE))

# Hovering any element of an event (mark or table row) outlines all of that event's elements;
# the handler sits on the container, so several documents in one notebook do not interfere.
_HOVER_JS = (
    "var t=event.target.closest('[data-event]'),r=this;"
    "r.querySelectorAll('.ek-on').forEach(function(n){n.classList.remove('ek-on')});"
    "if(t)r.querySelectorAll('[data-event=&quot;'+t.dataset.event+'&quot;]')"
    ".forEach(function(n){n.classList.add('ek-on')})"
)


@frozen(kw_only=True)
class Mark:
    """One highlighted span of one event."""

    event: int
    type: str
    role: str
    style: Style
    start: int
    end: int
    label: str


@frozen(kw_only=True)
class PageSummary:
    """What the corpus index needs of a document, so pages can be written as they come."""

    id: str
    href: str
    counts: Mapping[str, int]
    errors: int


def colour_class(event_type: str) -> str:
    """The palette class of an event type; stable across runs and documents."""
    index = _BUILTIN_COLOURS.get(event_type)
    if index is None:
        extra = len(_PALETTE) - len(_BUILTIN_COLOURS)
        index = len(_BUILTIN_COLOURS) + zlib.crc32(event_type.encode()) % extra
    return f"ek-c{index}"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _actor_label(actor: Actor) -> str:
    label = f"{actor.name} ({actor.kind}"
    if actor.title:
        label += f", {actor.title}"
    label += ")"
    if actor.text != actor.name:
        label += f" — «{actor.text}»"
    return label


def _role_name(field_name: str) -> str:
    return _ROLE_NAMES.get(field_name, field_name)


def _roles(event: Event) -> Iterator[tuple[str, Actor | Span | DateValue | Place]]:
    """(role, value) for every span-like value of the event's own fields, in field order."""
    for field in attrs.fields(type(event)):
        if field.name in _BASE_FIELDS:
            continue
        value = getattr(event, field.name)
        items = value if isinstance(value, tuple | list) else (value,)
        for item in items:
            if isinstance(item, Actor | Span | DateValue | Place):
                yield _role_name(field.name), item


def _details(event: Event) -> list[tuple[str, str]]:
    """Plain (non-span) attributes worth showing: modality and a type's own scalars."""
    out: list[tuple[str, str]] = [("modality", event.modality)]
    for field in attrs.fields(type(event)):
        if field.name in _BASE_FIELDS:
            continue
        value = getattr(event, field.name)
        if isinstance(value, str | int | float | bool):
            out.append((field.name, str(value)))
    return out


def _value_label(value: Actor | Span | DateValue | Place) -> str:
    if isinstance(value, Actor):
        return _actor_label(value)
    if isinstance(value, DateValue):
        return f"{value.value or '?'} — «{value.text}»"
    if isinstance(value, Place):
        return value.name if value.name == value.text else f"{value.name} — «{value.text}»"
    return f"«{value.text}»"


def _style_of(value: Actor | Span | DateValue | Place) -> Style:
    if isinstance(value, Actor):
        return "actor"
    if isinstance(value, DateValue | Place):
        return "where"
    return "span"


def _tooltip(index: int, event: Event) -> str:
    """Everything about an event on a few lines: the browser shows it on hover."""
    lines = [f"{event.type} #{index}: «{event.trigger.text}»"]
    lines += [f"{role}: {_value_label(value)}" for role, value in _roles(event)]
    if event.date is not None:
        lines.append(f"date: {_value_label(event.date)}")
    if event.place is not None:
        lines.append(f"place: {_value_label(event.place)}")
    lines += [f"{name}: {value}" for name, value in _details(event)]
    lines.append(f"pack: {event.pack or '?'} · rule: {event.rule or '?'}")
    return "\n".join(lines)


def event_marks(index: int, event: Event) -> list[Mark]:
    """The spans of one event to highlight: trigger, every role, date and place."""
    tooltip = _tooltip(index, event)
    found: list[tuple[str, Style, int, int]] = [
        ("trigger", "trigger", event.trigger.start, event.trigger.end)
    ]
    found += [(role, _style_of(v), v.start, v.end) for role, v in _roles(event)]
    found += [
        (role, "where", v.start, v.end)
        for role, v in (("date", event.date), ("place", event.place))
        if v is not None
    ]
    # Several actors can stand at one span ("Стороны" names both parties): mark it once.
    unique = dict.fromkeys(found)
    return [
        Mark(event=index, type=event.type, role=role, style=style, start=s, end=e, label=tooltip)
        for role, style, s, e in unique
    ]


def _open_tag(mark: Mark, *, empty: bool = False) -> str:
    classes = f"ek-m ek-{mark.style} {colour_class(mark.type)}" + (" ek-empty" if empty else "")
    return (
        f'<span class="{classes}" data-event="{mark.event}" data-role="{_esc(mark.role)}" '
        f'data-type="{_esc(mark.type)}" data-span="{mark.start}-{mark.end}" '
        f'title="{_esc(mark.label)}">'
    )


def _nesting_key(mark: Mark) -> tuple[int, int, int]:
    return (-(mark.end - mark.start), _STYLE_ORDER[mark.style], mark.event)


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """Escaped ``text`` with every mark wrapped around the pieces it covers.

    Offsets outside the text are clipped; an empty span becomes an empty element (shown as a
    small caret) so that it can still be found.
    """
    size = len(text)
    spans: list[Mark] = []
    empties: dict[int, list[Mark]] = {}
    for mark in marks:
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if start < end:
            spans.append(attrs.evolve(mark, start=start, end=end))
        else:
            empties.setdefault(start, []).append(mark)
    cuts = sorted({0, size, *(m.start for m in spans), *(m.end for m in spans), *empties})
    starting: dict[int, list[Mark]] = {}
    for mark in spans:
        starting.setdefault(mark.start, []).append(mark)
    # Sweep left to right keeping the marks that cover the current piece: linear in the
    # number of pieces, where testing every mark for every piece would be quadratic.
    active: list[Mark] = []
    out: list[str] = []
    for left, right in zip(cuts, [*cuts[1:], size], strict=True):
        out += [_open_tag(m, empty=True) + "</span>" for m in empties.get(left, ())]
        if left == right:
            continue
        active = [m for m in active if m.end > left] + starting.get(left, [])
        active.sort(key=_nesting_key)
        out.append("".join(_open_tag(m) for m in active))
        out.append(html.escape(text[left:right]))
        out.append("</span>" * len(active))
    return "".join(out)


def _legend(counts: Mapping[str, int]) -> str:
    if not counts:
        return '<div class="ek-legend ek-muted">No events found.</div>'
    types = "".join(
        f'<span class="{colour_class(t)}"><i class="ek-sw"></i>{_esc(t)} ({n})</span>'
        for t, n in sorted(counts.items())
    )
    # The role styles are shown once, in a neutral colour.
    roles = "".join(
        f'<span class="ek-c7"><span class="ek-m ek-{style}">{names}</span></span>'
        for style, names in (
            ("trigger", "trigger"),
            ("actor", "participant · speaker · party"),
            ("span", "content · subject"),
            ("where", "date · place"),
        )
    )
    return f'<div class="ek-legend">{types}</div><div class="ek-legend">{roles}</div>'


def _cell_roles(event: Event) -> str:
    rows = [f"<b>{_esc(role)}</b>: {_esc(_value_label(v))}" for role, v in _roles(event)]
    return "<br>".join(rows) or '<span class="ek-muted">—</span>'


def _events_table(document: Document) -> str:
    if not document.events:
        return ""
    head = (
        "<tr><th>#</th><th>type</th><th>trigger</th><th>roles</th><th>date</th><th>place</th>"
        "<th>details</th><th>pack · rule</th></tr>"
    )
    body = []
    for index, event in enumerate(document.events):
        date = _esc(_value_label(event.date)) if event.date else ""
        place = _esc(_value_label(event.place)) if event.place else ""
        details = "<br>".join(f"{_esc(k)}: {_esc(v)}" for k, v in _details(event))
        body.append(
            f'<tr class="{colour_class(event.type)}" data-event="{index}">'
            f"<td>{index}</td>"
            f'<td class="ek-type"><i class="ek-sw"></i>{_esc(event.type)}</td>'
            f"<td>{_esc(event.trigger.text)}"
            f' <span class="ek-muted">{event.trigger.start}-{event.trigger.end}</span></td>'
            f"<td>{_cell_roles(event)}</td><td>{date}</td><td>{place}</td><td>{details}</td>"
            f"<td>{_esc(event.pack)} · {_esc(event.rule)}</td></tr>"
        )
    return f"<h2>Events</h2><table>{head}{''.join(body)}</table>"


def _errors_list(document: Document) -> str:
    if not document.errors:
        return ""
    items = "".join(
        f"<li>{_esc(e.pack)} ({_esc(e.kind)}"
        + (f", rule {_esc(e.rule)}" if e.rule else "")
        + f"): {_esc(e.message)}</li>"
        for e in document.errors
    )
    return f'<h2>Errors</h2><ul class="ek-errors">{items}</ul>'


def type_counts(document: Document) -> Counter[str]:
    return Counter(event.type for event in document.events)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}body{{margin:1.2rem}}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def document_html(document: Document, *, standalone: bool = True, back: str | None = None) -> str:
    """The document's text with its events highlighted, a legend and a table of events.

    :param standalone: a whole HTML page; otherwise a fragment with its own scoped ``<style>``
        (what ``Document._repr_html_`` shows in Jupyter).
    :param back: a link target shown above the text (the corpus index).
    """
    marks = [m for i, e in enumerate(document.events) for m in event_marks(i, e)]
    title = f"Document {document.id}" if document.id else "Document"
    nav = f'<p><a href="{_esc(back)}">← index</a></p>' if back else ""
    fragment = (
        f'<div class="ek-doc" onmouseover="{_HOVER_JS}">{nav}<h1>{_esc(title)}</h1>'
        f"{_legend(type_counts(document))}"
        f'<div class="ek-text">{highlight(document.text, marks)}</div>'
        f"{_events_table(document)}{_errors_list(document)}</div>"
    )
    if standalone:
        return _page(title, fragment)
    return f"<style>{_CSS}</style>{fragment}"


def page_summary(document: Document, href: str) -> PageSummary:
    return PageSummary(
        id=document.id, href=href, counts=type_counts(document), errors=len(document.errors)
    )


def index_html(pages: Sequence[PageSummary], *, title: str = "eventkit corpus") -> str:
    """A page linking every document page, with the number of events of each type."""
    totals: Counter[str] = Counter()
    with_type: Counter[str] = Counter()
    for page in pages:
        totals.update(page.counts)
        with_type.update(t for t, n in page.counts.items() if n)
    types = sorted(totals)
    summary_rows = "".join(
        f'<tr class="{colour_class(t)}" data-type="{_esc(t)}"><td><i class="ek-sw"></i>'
        f'{_esc(t)}</td><td class="ek-count">{totals[t]}</td><td>{with_type[t]}</td></tr>'
        for t in types
    )
    summary = (
        "<h2>Events by type</h2><table><tr><th>type</th><th>events</th><th>documents</th></tr>"
        f"{summary_rows}<tr><th>all</th><th>{sum(totals.values())}</th><th>{len(pages)}</th>"
        "</tr></table>"
    )
    head = "".join(f"<th>{_esc(t)}</th>" for t in types)
    rows = "".join(
        f'<tr><td><a href="{_esc(p.href)}">{_esc(p.id) or "(no id)"}</a></td>'
        + "".join(f"<td>{p.counts.get(t, 0)}</td>" for t in types)
        + f"<td>{sum(p.counts.values())}</td><td>{p.errors or ''}</td></tr>"
        for p in pages
    )
    documents = (
        f"<h2>Documents</h2><table><tr><th>document</th>{head}<th>all</th><th>errors</th></tr>"
        f"{rows}</table>"
    )
    return _page(title, f'<div class="ek-doc"><h1>{_esc(title)}</h1>{summary}{documents}</div>')
