"""HTML rendering of documents and corpora (``eventkit.render``, ``eventkit show``)."""

# RUF001 flags every Russian word made only of letters that look Latin (pronouns, "course", ...).

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

from eventkit import Extractor
from eventkit.cli import main
from eventkit.cli.show import page_name
from eventkit.model.events import (
    Actor,
    Agreement,
    DateValue,
    Document,
    Event,
    Meeting,
    Place,
    SentenceSpan,
    Span,
    Statement,
)
from eventkit.model.serialize import document_to_dict
from eventkit.views.humanize import human_date
from eventkit.views.index_page import PageSummary, index_html, page_summary
from eventkit.views.render import colour_class, document_html

ROOT = Path(__file__).resolve().parent.parent

NEWS = (
    "АСТАНА, 3 марта. Президент Казахстана Касым-Жомарт Токаев провел переговоры "
    "с председателем КНР Си Цзиньпином.\n"
    "Министр иностранных дел Мухтар Тлеуберди заявил, что стороны договорились "
    "расширить торговлю.\n"
    "Казахстан и Китай подписали соглашение о сотрудничестве в области энергетики."
)

# Markup characters, quotes and a newline, to check that the text survives escaping.
TRICKY = 'Ян Цзечи заявил: «Курс <b>верный</b> & "твердый"».\nПереговоры прошли в Пекине.'


class Marked(HTMLParser):
    """Collects the text inside ``.ek-text`` and the text of every ``data-event`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 while inside the .ek-text container
        self.stack: list[dict[str, str] | None] = []
        self.text: list[str] = []
        self.marks: list[dict[str, str]] = []  # attributes plus "text" and "parent_roles"
        self.rows: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attributes}
        if tag == "tr" and "data-event" in found:
            self.rows.append(found)
        if self.depth == 0:
            if "ek-text" in found.get("class", "").split():
                self.depth = 1
            return
        self.depth += 1
        if "data-event" in found:
            open_marks = [m for m in self.stack if m is not None]
            found["text"] = ""
            found["outer"] = " ".join(f"{m['data-event']}:{m['data-role']}" for m in open_marks)
            self.marks.append(found)
            self.stack.append(found)
        else:
            self.stack.append(None)

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
            for mark in self.stack:
                if mark is not None:
                    mark["text"] += data


def parse(page: str) -> Marked:
    parser = Marked()
    parser.feed(page)
    parser.close()
    return parser


def joined(parsed: Marked) -> dict[tuple[int, str, str], str]:
    """(event, role, "start-end") -> the text of all its elements, in document order."""
    out: dict[tuple[int, str, str], str] = {}
    for mark in parsed.marks:
        key = (int(mark["data-event"]), mark["data-role"], mark["data-span"])
        out[key] = out.get(key, "") + mark["text"]
    return out


def expected_spans(document: Document) -> dict[tuple[int, str, str], str]:
    """What must be marked, read from the JSON contract rather than from the attrs objects."""
    singular = {"participants": "participant", "parties": "party"}
    out: dict[tuple[int, str, str], str] = {}
    for index, event in enumerate(document_to_dict(document)["events"]):
        for key, value in event.items():
            if key == "sentence":
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and "start" in item:
                    role = singular.get(key, key)
                    out[(index, role, f"{item['start']}-{item['end']}")] = item["text"]
    return out


def at(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(part, start + 1)
    return start, start + len(part)


def span(text: str, part: str, nth: int = 1) -> Span:
    start, end = at(text, part, nth)
    return Span(text=part, start=start, end=end)


def actor(text: str, part: str, name: str | None = None, nth: int = 1) -> Actor:
    start, end = at(text, part, nth)
    return Actor(name=name or part, text=part, start=start, end=end, kind="PER")


def whole(text: str) -> SentenceSpan:
    return SentenceSpan(start=0, end=len(text))


def tricky_document() -> Document:
    """A statement whose content holds a second statement's trigger and speaker."""
    text = TRICKY
    outer = Statement(
        trigger=span(text, "заявил"),
        sentence=whole(text),
        speaker=actor(text, "Ян Цзечи"),
        content=span(text, '«Курс <b>верный</b> & "твердый"»'),
        speech="direct",
        pack="news",
        rule="quote",
    )
    inner = Statement(
        trigger=span(text, "<b>верный</b>"),
        sentence=whole(text),
        speaker=attrs.evolve(actor(text, "Курс", name='Курс "Ян"'), kind="ORG"),
        content=span(text, '& "твердый"'),
        pack="test",
        rule="nested",
    )
    meeting = Meeting(
        trigger=span(text, "Переговоры"),
        sentence=SentenceSpan(start=text.index("Переговоры"), end=len(text)),
        place=Place(name="Пекин", text="Пекине", start=at(text, "Пекине")[0], end=len(text) - 1),
        date=DateValue(text="", start=0, end=0, value="2016-03-30"),
        pack="news",
        rule="talks",
    )
    return Document(id='doc <"1">', text=text, events=[outer, inner, meeting])


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def news(extractor: Extractor) -> Document:
    document = extractor.extract(NEWS, doc_id="news")
    assert {e.type for e in document.events} >= {"Meeting", "Statement"}, document.events
    return document


# --- escaping and text ------------------------------------------------------------------


def test_text_survives_rendering_exactly() -> None:
    document = tricky_document()
    assert "".join(parse(document_html(document)).text) == document.text


def test_markup_in_text_and_ids_is_escaped() -> None:
    page = document_html(tricky_document())
    assert "<b>верный" not in page
    assert "&lt;b&gt;верный&lt;/b&gt;" in page
    assert "<title>Document doc &lt;&quot;1&quot;&gt;</title>" in page
    # A quote in a normalized name must not end the title attribute early.
    assert "Курс &quot;Ян&quot;" in page


def test_script_in_text_is_not_executable() -> None:
    text = "</div><script>alert(1)</script> Ян Цзечи заявил."
    document = Document(id="x", text=text, events=[])
    page = document_html(document)
    assert "<script>" not in page
    assert "".join(parse(page).text) == text


# --- marks ------------------------------------------------------------------------------


def test_every_role_of_every_event_is_marked() -> None:
    document = tricky_document()
    got = joined(parse(document_html(document)))
    want = expected_spans(document)
    assert len(want) == 9
    assert got == want


def test_elements_carry_type_role_and_colour() -> None:
    parsed = parse(document_html(tricky_document()))
    triggers = [m for m in parsed.marks if m["data-role"] == "trigger"]
    assert [(m["data-event"], m["data-type"]) for m in triggers] == [
        ("0", "Statement"),
        ("1", "Statement"),
        ("2", "Meeting"),
    ]
    for mark in parsed.marks:
        assert colour_class(mark["data-type"]) in mark["class"].split()
    assert colour_class("Meeting") != colour_class("Statement") != colour_class("Agreement")


def test_tooltip_names_type_roles_names_date_place_pack_and_rule() -> None:
    parsed = parse(document_html(tricky_document()))
    meeting = next(m for m in parsed.marks if m["data-event"] == "2")
    for part in ("Meeting #2", "date: 30 марта 2016", "place: Пекин — «Пекине»", "news/talks"):
        assert part in meeting["title"]
    statement = next(m for m in parsed.marks if m["data-event"] == "1")
    for part in ('speaker: Курс "Ян" — «Курс»', "found by test/nested", "speech: indirect"):
        assert part in statement["title"]
    # No technical noise: kinds, ISO values, modality when it is the default.
    for noise in ("(ORG)", "2016-03-30", "modality", "asserted"):
        assert noise not in statement["title"] + meeting["title"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2016-03-30", "30 марта 2016"),
        ("--05-14", "14 мая"),
        ("2016-03", "март 2016"),
        ("2016", "2016 год"),
        ("--13-01", None),
        (None, None),
    ],
)
def test_human_dates(value: str | None, words: str | None) -> None:
    assert human_date(value) == words


def test_page_shows_people_and_hides_technical_details_behind_a_toggle() -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретился с Си Цзиньпином. "
        "Он заявил, что всё хорошо."
    )
    tokaev = Actor(
        name="Касым-Жомарт Токаев",
        text="Президент Казахстана Касым-Жомарт Токаев",
        start=0,
        end=40,
        kind="PER",
        title="президент Казахстана",
    )
    xi = actor(text, "Си Цзиньпином", name="Си Цзиньпин")
    he = attrs.evolve(tokaev, text="Он", start=text.index("Он"), end=text.index("Он") + 2)
    meeting = Meeting(
        trigger=span(text, "встретился"),
        sentence=whole(text),
        participants=[tokaev, xi],
        date=DateValue(text="", start=0, end=0, value="--05-14"),
        modality="planned",
    )
    statement = Statement(
        trigger=span(text, "заявил"),
        sentence=whole(text),
        speaker=he,
        content=span(text, "всё хорошо"),
    )
    page = document_html(Document(id="p", text=text, events=[meeting, statement]))
    panel = page[page.index('<aside class="ek-people">') : page.index("</aside>")]
    assert panel.count('class="ek-person"') == 2
    assert 'data-person="Касым-Жомарт Токаев"' in panel
    assert "президент Казахстана" in panel
    assert "«Он»" in panel
    assert "Meeting, Statement" in panel
    table = page[page.index("<h2>Events</h2>") :]
    assert "14 мая" in table
    assert '<span class="ek-badge">planned</span>' in table
    assert "Касым-Жомарт Токаев, президент Казахстана" in table
    # Kinds, offsets, ISO values, pack and rule only in elements the toggle shows.
    visible = re.sub(r'<(span|td|th) class="ek-tech">.*?</\1>', "", table)
    for noise in ("PER", "--05-14", "meeting", "0-40"):
        assert noise not in visible, noise
    assert "ek-show-tech" in page
    assert ".ek-doc.ek-show-tech .ek-tech{display:revert}" in page
    # Full width: no max-width on the page.
    assert "max-width:60rem" not in page


def test_nested_spans_are_nested_elements() -> None:
    parsed = parse(document_html(tricky_document()))
    inner_speaker = next(
        m for m in parsed.marks if m["data-event"] == "1" and m["data-role"] == "speaker"
    )
    assert "0:content" in inner_speaker["outer"].split()
    # The trigger of event 1 lies inside the content of event 0 and nothing else.
    inner_trigger = next(
        m for m in parsed.marks if m["data-event"] == "1" and m["data-role"] == "trigger"
    )
    assert inner_trigger["outer"].split() == ["0:content"]


def test_crossing_spans_are_split_but_complete() -> None:
    text = "Стороны договорились и подписали соглашение сегодня."
    first = Agreement(
        trigger=span(text, "договорились"),
        sentence=whole(text),
        subject=span(text, "договорились и подписали"),
        pack="p",
        rule="r",
    )
    second = Agreement(
        trigger=span(text, "подписали"),
        sentence=whole(text),
        subject=span(text, "подписали соглашение сегодня"),
        parties=[Actor(name="Стороны", text="Стороны", start=0, end=7, kind="ORG")],
        pack="p",
        rule="r",
    )
    document = Document(id="cross", text=text, events=[first, second])
    parsed = parse(document_html(document))
    assert joined(parsed) == expected_spans(document)
    # "подписали" is covered by both subjects and a trigger: three separate elements.
    cover = [m for m in parsed.marks if m["text"] == "подписали"]
    assert sorted((m["data-event"], m["data-role"]) for m in cover) == [
        ("0", "subject"),
        ("1", "subject"),
        ("1", "trigger"),
    ]


def test_shared_trigger_marks_both_events() -> None:
    text = "Лидеры провели переговоры."
    events = [
        Meeting(trigger=span(text, "провели переговоры"), sentence=whole(text), rule=rule)
        for rule in ("a", "b")
    ]
    parsed = parse(document_html(Document(id="d", text=text, events=events)))
    assert sorted(m["data-event"] for m in parsed.marks if m["data-role"] == "trigger") == [
        "0",
        "1",
    ]


def test_empty_and_out_of_range_spans_still_get_an_element() -> None:
    text = "Встреча."
    event = Meeting(
        trigger=Span(text="Встреча", start=0, end=7),
        sentence=whole(text),
        date=DateValue(text="", start=3, end=3, value="2020"),
        place=Place(name="Где-то", text="далеко", start=5, end=40),
    )
    parsed = parse(document_html(Document(id="d", text=text, events=[event])))
    date = next(m for m in parsed.marks if m["data-role"] == "date")
    assert date["text"] == ""
    assert "ek-empty" in date["class"].split()
    # Clipped to the end of the text (and split where the trigger ends).
    assert joined(parsed)[(0, "place", "5-8")] == "ча."
    assert "".join(parsed.text) == text


@attrs.frozen(kw_only=True)
class Visit(Event):
    """A pack's own event type, to check that rendering does not know the built-in ones."""

    type = "Visit"

    guest: Actor
    hosts: tuple[Actor, ...] = attrs.field(converter=tuple, factory=tuple)
    purpose: Span | None = None
    official: bool = True


def test_pack_defined_event_types_are_rendered_from_their_fields() -> None:
    text = "Ян Цзечи посетил Астану, где его встретил Токаев, для переговоров."
    event = Visit(
        trigger=span(text, "посетил"),
        sentence=whole(text),
        guest=actor(text, "Ян Цзечи"),
        hosts=[actor(text, "Токаев", name="Касым-Жомарт Токаев")],
        purpose=span(text, "для переговоров"),
        pack="visits",
        rule="visit",
    )
    page = document_html(Document(id="v", text=text, events=[event]))
    parsed = parse(page)
    assert {(m["data-role"], m["text"]) for m in parsed.marks} == {
        ("trigger", "посетил"),
        ("guest", "Ян Цзечи"),
        ("hosts", "Токаев"),
        ("purpose", "для переговоров"),
    }
    assert {m["data-type"] for m in parsed.marks} == {"Visit"}
    assert "official: True" in parsed.marks[0]["title"]
    assert "hosts: Касым-Жомарт Токаев — «Токаев»" in parsed.marks[0]["title"]
    assert re.fullmatch(r"ek-c[3-7]", colour_class("Visit"))


# --- page structure -----------------------------------------------------------------------


def test_legend_and_table_list_every_event() -> None:
    document = tricky_document()
    page = document_html(document)
    parsed = parse(page)
    assert [row["data-event"] for row in parsed.rows] == ["0", "1", "2"]
    assert "Statement (2)" in page
    assert "Meeting (1)" in page
    assert page.count('class="ek-sw"') == 2 + len(document.events)  # legend + table rows


@pytest.mark.parametrize("text", ["", "Ничего не произошло."], ids=["empty", "no-events"])
def test_document_without_events(text: str) -> None:
    page = document_html(Document(id="empty", text=text))
    assert page.startswith("<!DOCTYPE html>")
    assert "No events found." in page
    assert "<table>" not in page
    assert "".join(parse(page).text) == text


def test_errors_are_listed() -> None:
    from eventkit.model.events import ExtractionError

    error = ExtractionError(pack="news", message="grammar <failed>", rule="meeting")
    page = document_html(Document(id="e", text="Текст.", errors=[error]))
    assert "news (pack, rule meeting): grammar &lt;failed&gt;" in page


def test_repr_html_is_a_fragment_with_scoped_style() -> None:
    document = tricky_document()
    fragment = document._repr_html_()
    assert "<html" not in fragment
    assert "<!DOCTYPE" not in fragment
    assert fragment.startswith("<style>")
    # Every rule is scoped to eventkit's classes, so a notebook's own styles are left alone.
    style = fragment[len("<style>") : fragment.index("</style>")]
    selectors = re.findall(r"(?:^|})\s*([^{}@]+)\{", style)
    assert selectors
    assert all(".ek-" in s for s in selectors if not s.strip().startswith("body")), selectors
    assert joined(parse(fragment)) == joined(parse(document_html(document)))


def test_index_counts_types_over_documents() -> None:
    pages = [
        PageSummary(id="a", href="a.html", counts={"Meeting": 2, "Statement": 1}, errors=0),
        PageSummary(id="b <b>", href="b.html", counts={"Statement": 3}, errors=1),
        PageSummary(id="c", href="c.html", counts={}, errors=0),
    ]
    page = index_html(pages)
    rows = dict(re.findall(r'data-type="(\w+)">.*?<td class="ek-count">(\d+)</td>', page))
    assert rows == {"Meeting": "2", "Statement": "4"}
    assert "<th>all</th><th>6</th><th>3</th>" in page
    assert 'href="b.html">b &lt;b&gt;</a>' in page


def test_index_lists_every_event_with_its_sentence_and_filters() -> None:
    summary = page_summary(tricky_document(), "doc.html")
    page = index_html([summary, page_summary(Document(id="empty", text=""), "e.html")])
    rows = re.findall(
        r'<tr class="ek-c\d" data-type="(\w+)" data-pack="(\w+)" data-people="([^"]*)"', page
    )
    assert rows == [
        ("Statement", "news", "Ян Цзечи"),
        ("Statement", "test", "Курс &quot;Ян&quot;"),
        ("Meeting", "news", ""),
    ]
    assert 'href="doc.html#event-2"' in page
    assert "Переговоры прошли в Пекине." in page  # the sentence of the meeting
    assert "30 марта 2016" in page
    for control in ('id="ek-q"', 'id="ek-type"', 'id="ek-person"', 'id="ek-pack"'):
        assert control in page
    assert '<option value="Ян Цзечи">Ян Цзечи</option>' in page
    assert 'data-sort="date"' in page
    assert "<script>" in page  # the filters run in the page, offline


# --- with the real extractor ------------------------------------------------------------


def test_real_events_are_all_marked(news: Document) -> None:
    parsed = parse(document_html(news))
    assert joined(parsed) == expected_spans(news)
    assert "".join(parsed.text) == news.text


def test_show_writes_a_page_for_a_text_file(tmp_path: Path, news: Document) -> None:
    source = tmp_path / "news.txt"
    source.write_text(NEWS, encoding="utf-8")
    assert main(["show", str(source), "-o", str(tmp_path / "out" / "page.html")]) == 0
    page = (tmp_path / "out" / "page.html").read_text(encoding="utf-8")
    assert "<title>Document news</title>" in page
    assert joined(parse(page)) == expected_spans(news)


def test_show_into_a_directory_names_the_page_after_the_file(tmp_path: Path) -> None:
    source = tmp_path / "заметка.txt"
    source.write_text("Текст без событий.", encoding="utf-8")
    assert main(["show", str(source), "-o", f"{tmp_path}/pages/"]) == 0
    assert (tmp_path / "pages" / "заметка.html").is_file()


def test_show_writes_a_corpus(tmp_path: Path, extractor: Extractor) -> None:
    texts = {
        "news/1": NEWS,
        "news/2": TRICKY,
        "index": "Пустой документ.",
    }
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in texts.items()]
    corpus.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    out = tmp_path / "site"
    assert main(["show", str(corpus), "-o", str(out)]) == 0

    assert sorted(p.name for p in out.iterdir()) == [
        "index-2.html",
        "index.html",
        "news_1.html",
        "news_2.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    want: Counter[str] = Counter()
    for doc_id, text in texts.items():
        want.update(e.type for e in extractor.extract(text, doc_id=doc_id).events)
    assert {"Meeting", "Statement"} <= set(want), want  # or the check below proves little
    got = dict(re.findall(r'data-type="(\w+)">.*?<td class="ek-count">(\d+)</td>', index))
    assert got == {t: str(n) for t, n in want.items()}
    assert 'href="news_1.html">news/1</a>' in index
    page = (out / "news_1.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in page
    assert joined(parse(page)) == expected_spans(extractor.extract(NEWS, doc_id="news/1"))


def test_show_reports_a_bad_corpus_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "text": "Текст."}\n{"id": "b", "text": \n', encoding="utf-8")
    assert main(["show", str(corpus), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "1 of 2 documents could not be read or extracted" in err
    page = (tmp_path / "out" / "b.html").read_text(encoding="utf-8")
    assert f"{corpus}, line 2: not valid JSON" in page
    assert 'href="b.html">b</a>' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_show_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.html")]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc_id", "taken", "expected"),
    [
        ("nerel/train/1_text", set(), "nerel_train_1_text"),
        ("../../etc/passwd", set(), "etc_passwd"),
        ("Новость 1", set(), "Новость_1"),
        ("", set(), "document"),
        ("index", {"index"}, "index-2"),
        ("a", {"a", "a-2"}, "a-3"),
    ],
    ids=["slashes", "traversal", "cyrillic", "empty", "index", "twice-taken"],
)
def test_page_names_are_safe_and_unique(doc_id: str, taken: set[str], expected: str) -> None:
    assert page_name(doc_id, set(taken)) == expected
