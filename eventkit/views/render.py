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
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

import attrs
from attrs import frozen

from eventkit.model.events import Actor, DateValue, Document, Event, Place, Span
from eventkit.views.humanize import date_label, person_label

Style = Literal["trigger", "actor", "span", "where", "mention"]

# Fields every event has; they are rendered on their own, not as roles.
_BASE_FIELDS = frozenset(f.name for f in attrs.fields(Event))

# A role name per element, singular where the field holds a sequence.
_ROLE_NAMES = {"participants": "participant", "parties": "party"}

# Colour-blind-friendly hues (Okabe-Ito); built-in types keep theirs, others hash to the rest.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7a5c00", "#666")
_BUILTIN_COLOURS = {"Meeting": 0, "Statement": 1, "Agreement": 2}

# Wider spans are drawn outside narrower ones; at equal width, this order (outermost first).
_STYLE_ORDER: dict[Style, int] = {"span": 0, "actor": 1, "where": 2, "trigger": 3, "mention": 4}

_CSS = """
.ek-doc{font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}
.ek-doc h1{font-size:1.3rem;margin:.2rem 0 .6rem}
.ek-doc h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.ek-main{display:grid;grid-template-columns:minmax(0,1fr) minmax(14rem,22rem);gap:1rem;
  align-items:start}
@media (max-width:50rem){.ek-main{grid-template-columns:minmax(0,1fr)}}
.ek-text{white-space:pre-wrap;line-height:2.1;padding:.6rem .9rem;border:1px solid #ddd;
  border-radius:6px;background:#fff}
.ek-people{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;background:#fafafa;
  font-size:.92rem}
.ek-people h2{margin:.1rem 0 .4rem}
.ek-people ul{list-style:none;margin:0;padding:0}
.ek-people li{margin:0 0 .55rem}
.ek-doc td.ek-col-when,.ek-doc td.ek-col-where{white-space:nowrap}
.ek-people .ek-name{font-weight:600}
.ek-m{border-radius:3px;cursor:help}
.ek-trigger{background:var(--ek-c);color:#fff;font-weight:600;padding:0 2px}
.ek-actor{border-bottom:3px solid var(--ek-c);background:var(--ek-bg)}
.ek-span{background:var(--ek-bg)}
.ek-where{border-bottom:2px dashed var(--ek-c)}
.ek-empty::before{content:"\\25BE";color:var(--ek-c)}
.ek-on{outline:2px solid var(--ek-c);outline-offset:1px}
.ek-same{background:#fde68a;box-shadow:0 0 0 1px #b58900}
.ek-legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.6rem 0;font-size:.9rem;
  align-items:center}
.ek-legend span{white-space:nowrap}
.ek-sw{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;
  background:var(--ek-c);vertical-align:-.1rem;margin-right:.3rem}
.ek-doc table{border-collapse:collapse;font-size:.88rem;width:100%}
.ek-doc th,.ek-doc td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;
  vertical-align:top}
.ek-doc th{background:#f4f4f4}
.ek-doc table.ek-narrow{width:auto;min-width:24rem}
.ek-doc td.ek-type{white-space:nowrap}
.ek-doc tr.ek-on{outline:none;background:var(--ek-bg)}
.ek-muted{color:#777}
.ek-badge{font-size:.75rem;border:1px solid #bbb;border-radius:3px;padding:0 .25rem;
  color:#555;white-space:nowrap}
.ek-errors{color:#a00}
.ek-toggle{font-size:.85rem;color:#555;cursor:pointer;user-select:none}
.ek-doc .ek-tech{display:none;color:#777}
.ek-doc.ek-show-tech .ek-tech{display:revert}
.ek-controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.6rem 0;align-items:center}
.ek-controls input,.ek-controls select{font:inherit;padding:.15rem .3rem}
.ek-doc th[data-sort]{cursor:pointer;white-space:nowrap}
.ek-doc th[data-sort]::after{content:" \\2195";color:#aaa}
"""

# Custom properties per palette entry: a strong colour and a light tint for backgrounds.
_CSS += "".join(f".ek-c{i}{{--ek-c:{c};--ek-bg:{c}2e}}\n" for i, c in enumerate(PALETTE))

# Hovering any element of an event (mark or table row) outlines all of that event's elements;
# hovering an actor (or any mention of an entity) marks every mention of its entity. The
# handler sits on the container, so several documents in one notebook do not interfere.
_HOVER_JS = (
    "var t=event.target.closest('[data-event]'),u=event.target.closest('[data-entity]'),r=this;"
    "r.querySelectorAll('.ek-on,.ek-same').forEach(function(n){"
    "n.classList.remove('ek-on','ek-same')});"
    "if(t)r.querySelectorAll('[data-event=&quot;'+t.dataset.event+'&quot;]')"
    ".forEach(function(n){n.classList.add('ek-on')});"
    "if(u)u.dataset.entity.split(' ').forEach(function(i){"
    "r.querySelectorAll('[data-entity~=&quot;'+i+'&quot;]')"
    ".forEach(function(n){n.classList.add('ek-same')})})"
)


@frozen(kw_only=True)
class Mark:
    """One highlighted span of one event, or (style "mention", ``event`` -1) a mention of
    an entity; ``entities`` are the indices into ``Document.entities`` the span stands for."""

    event: int
    type: str
    role: str
    style: Style
    start: int
    end: int
    label: str
    entities: tuple[int, ...] = ()


def colour_class(event_type: str) -> str:
    """The palette class of an event type; stable across runs and documents."""
    index = _BUILTIN_COLOURS.get(event_type)
    if index is None:
        extra = len(PALETTE) - len(_BUILTIN_COLOURS)
        index = len(_BUILTIN_COLOURS) + zlib.crc32(event_type.encode()) % extra
    return f"ek-c{index}"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _actor_label(actor: Actor) -> str:
    """ "Касым-Жомарт Токаев, президент Казахстана — «Президент Казахстана Токаев»": the
    words as written follow when they differ from the name."""
    label = person_label(actor)
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
    """Plain (non-span) attributes of the event's type worth showing (status, speech, ...)."""
    out: list[tuple[str, str]] = []
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
        words = date_label(value)
        return words if not value.text or value.text == words else f"{words} — «{value.text}»"
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
    if event.modality != "asserted":
        lines[0] += f" ({event.modality})"
    lines += [f"{role}: {_value_label(value)}" for role, value in _roles(event)]
    if event.date is not None:
        lines.append(f"date: {_value_label(event.date)}")
    if event.place is not None:
        lines.append(f"place: {_value_label(event.place)}")
    lines += [f"{name}: {value}" for name, value in _details(event)]
    lines.append(f"found by {event.pack or '?'}/{event.rule or '?'}")
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
    # Several actors can stand at one span ("Стороны" names both parties): mark it once,
    # with the entities of all of them.
    entities: dict[tuple[str, Style, int, int], dict[int, None]] = {k: {} for k in found}
    for role, value in _roles(event):
        if isinstance(value, Actor) and value.entity is not None:
            entities[role, "actor", value.start, value.end][value.entity] = None
    return [
        Mark(
            event=index,
            type=event.type,
            role=role,
            style=style,
            start=s,
            end=e,
            label=tooltip,
            entities=tuple(entities[role, style, s, e]),
        )
        for role, style, s, e in entities
    ]


def entity_marks(document: Document) -> list[Mark]:
    """The mentions of the document's entities where no actor of an event stands: shown
    only when an actor (or another mention) of the same entity is hovered."""
    at_actors = {
        (actor.start, actor.end, actor.entity)
        for event in document.events
        for actor in event.actors()
    }
    return [
        Mark(
            event=-1,
            type=entity.kind,
            role="mention",
            style="mention",
            start=span.start,
            end=span.end,
            label=f"{entity.name} ({entity.kind})",
            entities=(index,),
        )
        for index, entity in enumerate(document.entities)
        for span in entity.mentions
        if (span.start, span.end, index) not in at_actors
    ]


def _open_tag(mark: Mark, *, empty: bool = False) -> str:
    entities = (
        f' data-entity="{esc(" ".join(str(i) for i in mark.entities))}"' if mark.entities else ""
    )
    if mark.style == "mention":
        return (
            f'<span class="ek-mention"{entities} data-span="{mark.start}-{mark.end}" '
            f'title="{esc(mark.label)}">'
        )
    classes = f"ek-m ek-{mark.style} {colour_class(mark.type)}" + (" ek-empty" if empty else "")
    return (
        f'<span class="{classes}" data-event="{mark.event}" data-role="{esc(mark.role)}" '
        f'data-type="{esc(mark.type)}" data-span="{mark.start}-{mark.end}"{entities} '
        f'title="{esc(mark.label)}">'
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
        f'<span class="{colour_class(t)}"><i class="ek-sw"></i>{esc(t)} ({n})</span>'
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
    rows = []
    for role, value in _roles(event):
        if isinstance(value, Actor):
            shown = esc(person_label(value))
            tech = f"{value.kind}, «{value.text}» {value.start}-{value.end}"
        else:
            shown = esc(_value_label(value))
            tech = f"{value.start}-{value.end}"
        rows.append(f'<b>{esc(role)}</b>: {shown} <span class="ek-tech">({esc(tech)})</span>')
    return "<br>".join(rows) or '<span class="ek-muted">—</span>'


def _cell_date(date: DateValue | None) -> str:
    if date is None:
        return ""
    tech = f"{date.value or '?'}, «{date.text}» {date.start}-{date.end}"
    return f'{esc(date_label(date))} <span class="ek-tech">({esc(tech)})</span>'


def _cell_place(place: Place | None) -> str:
    if place is None:
        return ""
    tech = f"«{place.text}» {place.start}-{place.end}"
    return f'{esc(place.name)} <span class="ek-tech">({esc(tech)})</span>'


def _events_table(document: Document) -> str:
    if not document.events:
        return ""
    head = (
        "<tr><th>#</th><th>type</th><th>trigger</th><th>who, what</th><th>when</th>"
        '<th>where</th><th>details</th><th class="ek-tech">pack · rule</th></tr>'
    )
    body = []
    for index, event in enumerate(document.events):
        details = "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in _details(event))
        modality = (
            f' <span class="ek-badge">{esc(event.modality)}</span>'
            if event.modality != "asserted"
            else ""
        )
        trigger = event.trigger
        body.append(
            f'<tr class="{colour_class(event.type)}" data-event="{index}" id="event-{index}">'
            f"<td>{index}</td>"
            f'<td class="ek-type"><i class="ek-sw"></i>{esc(event.type)}{modality}</td>'
            f"<td>{esc(trigger.text)}"
            f' <span class="ek-tech">{trigger.start}-{trigger.end}</span></td>'
            f'<td>{_cell_roles(event)}</td><td class="ek-col-when">{_cell_date(event.date)}</td>'
            f'<td class="ek-col-where">{_cell_place(event.place)}</td><td>{details}</td>'
            f'<td class="ek-tech">{esc(event.pack)} · {esc(event.rule)}</td></tr>'
        )
    return f"<h2>Events</h2><table>{head}{''.join(body)}</table>"


def _people_panel(document: Document) -> str:
    """Everyone taking part in the events, once each, with titles, other names and events."""
    people = document.people
    if not people:
        return ""
    items = []
    for person in people:
        # The words that name the person otherwise: a pronoun, initials, an inflected form.
        other_names = [m.text for m in person.mentions if person.name not in m.text]
        types = Counter(document.events[i].type for i in person.events)
        events = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in types.items())
        line = f'<span class="ek-name">{esc(person.name)}</span>'
        if person.titles:
            line += f"<br>{esc('; '.join(person.titles))}"
        if other_names:
            also = ", ".join(f"«{esc(name)}»" for name in dict.fromkeys(other_names))
            line += f'<br><span class="ek-muted">as {also}</span>'
        line += f'<br><span class="ek-muted">{esc(events)}</span>'
        line += f' <span class="ek-tech">{esc(person.kind)}</span>'
        items.append(f'<li class="ek-person" data-person="{esc(person.name)}">{line}</li>')
    return f'<aside class="ek-people"><h2>People</h2><ul>{"".join(items)}</ul></aside>'


_TOGGLE = (
    '<label class="ek-toggle"><input type="checkbox" '
    "onchange=\"this.closest('.ek-doc').classList.toggle('ek-show-tech',this.checked)\">"
    " technical details (offsets, kinds, rules)</label>"
)


def _errors_list(document: Document) -> str:
    if not document.errors:
        return ""
    items = "".join(
        f"<li>{esc(e.pack)} ({esc(e.kind)}"
        + (f", rule {esc(e.rule)}" if e.rule else "")
        + f"): {esc(e.message)}</li>"
        for e in document.errors
    )
    return f'<h2>Errors</h2><ul class="ek-errors">{items}</ul>'


def type_counts(document: Document) -> Counter[str]:
    return Counter(event.type for event in document.events)


def html_page(title: str, body: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}body{{margin:1.2rem}}</style>\n"
        f"</head>\n<body>\n{body}\n{script}</body>\n</html>\n"
    )


def document_html(document: Document, *, standalone: bool = True, back: str | None = None) -> str:
    """The document's text with its events highlighted, a legend and a table of events.

    :param standalone: a whole HTML page; otherwise a fragment with its own scoped ``<style>``
        (what ``Document._repr_html_`` shows in Jupyter).
    :param back: a link target shown above the text (the corpus index).
    """
    marks = [m for i, e in enumerate(document.events) for m in event_marks(i, e)]
    marks += entity_marks(document)
    title = f"Document {document.id}" if document.id else "Document"
    nav = f'<p><a href="{esc(back)}">← index</a></p>' if back else ""
    fragment = (
        f'<div class="ek-doc" onmouseover="{_HOVER_JS}">{nav}<h1>{esc(title)}</h1>'
        f"{_legend(type_counts(document))}"
        f'<div class="ek-main"><div class="ek-text">{highlight(document.text, marks)}</div>'
        f"{_people_panel(document)}</div>"
        f"{_TOGGLE if document.events else ''}"
        f"{_events_table(document)}{_errors_list(document)}</div>"
    )
    if standalone:
        return html_page(title, fragment)
    return f"<style>{_CSS}</style>{fragment}"
