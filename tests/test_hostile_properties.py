"""Properties of ``corpus`` and ``evaluate`` over generated hostile predictions (hypothesis),
as tests/test_properties.py has for ``extract``.

Any JSON Lines file of predictions goes in: records of the JSON contract with wrong types,
infinite and huge numbers, lone surrogates, markup, formulas, deep nesting, byte order marks.
What comes out always holds: the only error is an ``InputError`` (one line on the command
line); when the corpus is built, its CSV cells start no formula, its GraphML is well-formed
XML, its JSON reads back, and its page's data cannot end its ``<script>`` element; when
predictions are read, scoring them raises nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventkit.corpus import Corpus, corpus_html, write_corpus
from eventkit.errors import InputError
from eventkit.evaluate.loading import load_gold, load_predictions
from eventkit.evaluate.scoring import score

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NASTY = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<!--",
    "]]>",
    "=1+1",
    "@SUM(A1)",
    "-2+3",
    "\t=cmd",
    "\r=1",
    "\ud800",
    "\x00\x01\x1f",
    "\u2028",
    "\ufeff",
    "__EK_DATA__",
    "__EK_TITLE__",
    "Иван Петров",
    "Анна Смирнова",
    "PER",
    "ORG",
    "GPE",
    "Meeting",
    "Statement",
    "Agreement",
]

strings = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
numbers = st.one_of(
    st.integers(min_value=-5, max_value=300),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([10**40, -(10**400), 2**63]),
    st.booleans(),
)
scalars = st.one_of(st.none(), strings, numbers)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(strings, inner, max_size=3)
    ),
    max_leaves=8,
)
bad_offsets = st.sampled_from([float("inf"), float("-inf"), float("nan"), -1, 10**400, True])
offsets = st.one_of(st.integers(min_value=0, max_value=60), bad_offsets, numbers, strings)


@st.composite
def actors(draw: st.DrawFn) -> Any:
    actor = {
        "name": draw(st.one_of(strings, values)),
        "kind": draw(st.one_of(st.sampled_from(["PER", "ORG", "GPE"]), strings, values)),
        "text": draw(st.one_of(strings, values)),
        "start": draw(offsets),
        "end": draw(offsets),
        "title": draw(st.one_of(st.none(), strings, values)),
    }
    return draw(st.one_of(st.just(actor), values))


def spans() -> st.SearchStrategy[Any]:
    """A span as the contract has it, most of the time; sometimes anything."""
    span = st.fixed_dictionaries(
        {"text": st.one_of(strings, values), "start": offsets, "end": offsets},
        optional={"value": st.one_of(strings, values), "name": st.one_of(strings, values)},
    )
    return st.one_of(span, span, span, st.none(), values)


events = st.fixed_dictionaries(
    {
        "type": st.one_of(st.sampled_from(["Meeting", "Statement", "Agreement", "Deal"]), values),
        "trigger": spans(),
    },
    optional={
        "sentence": spans(),
        "participants": st.one_of(st.lists(actors(), max_size=4), values),
        "parties": st.one_of(st.lists(actors(), max_size=3), values),
        "speaker": actors(),
        "content": spans(),
        "subject": spans(),
        "date": spans(),
        "place": spans(),
        "modality": st.one_of(st.sampled_from(["asserted", "negated", "planned"]), values),
        "pack": st.one_of(strings, values),
        "rule": st.one_of(strings, values),
        "status": st.one_of(strings, values),
        "speech": st.one_of(strings, values),
    },
)
records = st.fixed_dictionaries(
    {
        "id": st.one_of(strings, strings, st.just("a"), values),
        "events": st.one_of(
            st.lists(st.one_of(events, events, values), max_size=4),
            st.lists(events, min_size=1, max_size=3),
            values,
        ),
    }
)


def _line(record: Any) -> str:
    return json.dumps(record, ensure_ascii=True, allow_nan=True)


good_lines = records.map(_line)
# Mostly records, which are read; now and then a line that stops the reading.
raw_lines = st.one_of(
    good_lines,
    good_lines,
    good_lines,
    good_lines,
    good_lines,
    good_lines,
    st.just('{"id":"a","events":[' + "[" * 2000 + "]" * 2000 + "]}"),
    st.just('{"id":"a","events":[{"type":"Meeting","trigger":{"start":' + "7" * 4400 + "}}]}"),
    records.map(lambda r: "\ufeff" + _line(r)),
    st.just("not json"),
)
files = st.lists(raw_lines, min_size=1, max_size=5).map(lambda lines: "\n".join(lines) + "\n")

PROPERTIES = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# The records of issue 22, always tried first.
_KNOWN = [
    '{"id":"a","events":[{"type":"Meeting","trigger":{"text":"x","start":1e999,"end":2}}]}\n',
    '{"id":"a","events":[{"type":"Meeting","trigger":{"text":"x","start":1,"end":2},'
    '"participants":[{"name":"A","kind":"PER","text":"A","start":1,"title":["x"]},'
    '{"name":"B","kind":"<img src=x>","text":"B","start":3}]}]}\n',
    '{"id":"\\ud800","events":[]}\n',
]
_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)


def _write(content: str) -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / "predictions.jsonl"
    path.write_bytes(content.encode("utf-8", errors="surrogatepass"))
    return path


@PROPERTIES
@given(content=files)
@example(content=_KNOWN[0])
@example(content=_KNOWN[1])
@example(content=_KNOWN[2])
def test_corpus_holds_on_any_predictions(content: str) -> None:
    path = _write(content)
    try:
        corpus = Corpus.from_jsonl(path)
    except InputError as error:
        message = str(error)
        assert "\n" not in message
        return
    folder = path.with_name("out")
    written = {p.name: p.read_bytes() for p in write_corpus(corpus, folder)}
    for name, data in written.items():
        if name.endswith(".csv"):
            text = data.decode("utf-8-sig")
            cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
            assert not [c for c in cells if c.startswith(FORMULA_STARTS)], name
    ET.fromstring(written["network.graphml"])
    json.loads(written["corpus.json"].decode("utf-8"))
    page = corpus_html(corpus, title="".join(NASTY))
    page.encode("utf-8")
    data = page.split('<script type="application/json" id="ek-data">', 1)[1]
    data = data.split("</script>", 1)[0]
    assert not _SCRIPT_END.search(data)
    json.loads(data)


_GOLD = {
    "id": "a",
    "text": "Иван Петров встретился с Анной Смирновой.",
    "events": [
        {
            "type": "Meeting",
            "trigger": {"text": "встретился", "start": 12, "end": 22},
            "participants": [{"name": "Иван Петров"}, {"name": "Анна Смирнова"}],
        }
    ],
}


@PROPERTIES
@given(content=files)
@example(content=_KNOWN[0])
@example(content=_KNOWN[1])
@example(content=_KNOWN[2])
def test_evaluate_holds_on_any_predictions(content: str) -> None:
    path = _write(content)
    gold_path = path.with_name("gold.jsonl")
    gold_path.write_text(json.dumps(_GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = load_gold(gold_path)
    try:
        predicted, texts = load_predictions(path)
    except InputError as error:
        message = str(error)
        assert "\n" not in message
        return
    report = score(gold, predicted, {**texts, "a": _GOLD["text"]})
    json.dumps(report.to_dict(issues=True), ensure_ascii=False).encode("utf-8")
    report.format_table().encode("utf-8")
    report.format_issues().encode("utf-8")
