"""Properties of ``Extractor.extract`` over generated text (hypothesis).

Any string goes in; what comes out always holds: no exception, every offset indexes the
input and every ``text`` is the slice it names, events sorted by position, the same input
gives the same events, and the document serializes to JSON.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from _cli import check_offsets, json_lines, run_eventkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventkit import Document, Extractor

# Pieces of news text that make the grammars work (triggers, names, titles, dates, quotes),
# mixed with arbitrary characters so that the input is anything but well-formed.
FRAGMENTS = [
    "Сергей Лавров",
    "Энтони Блинкеном",
    "министр иностранных дел России",
    "президент",
    " встретился с ",
    " заявил, что ",
    " подписали соглашение о ",
    " провели переговоры ",
    "«",
    "»",
    " — ",
    ", ",
    ". ",
    "\n",
    "Москва, 12 апреля -- ",
    "в тот же день",
    "Он сказал",
    "стороны",
    "12 марта 2016 года",
    "К.-Ж. Токаев",
    "МИД",
    "ООН",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join),
)

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(text=texts)
def test_extract_holds_its_contract_on_any_text(extractor: Extractor, text: str) -> None:
    document = extractor.extract(text, doc_id="p")
    assert isinstance(document, Document)
    data = extractor.converter.document_to_dict(document)
    check_offsets(data, text)
    for event in document.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start <= event.trigger.end
        assert event.trigger.end <= event.sentence.end
    keys = [(e.trigger.start, e.trigger.end, e.type) for e in document.events]
    assert keys == sorted(keys)
    assert extractor.extract(text, doc_id="p") == document
    assert json.loads(extractor.converter.dumps(document))["id"] == "p"


@PROPERTIES
@given(text=st.lists(st.sampled_from(FRAGMENTS), min_size=5, max_size=60).map("".join))
def test_errors_point_into_the_text(extractor: Extractor, text: str) -> None:
    for error in extractor.extract(text).errors:
        assert error.pack
        if error.start is not None:
            assert error.end is not None
            assert 0 <= error.start <= error.end <= len(text)


def test_the_generator_reaches_the_grammars(extractor: Extractor) -> None:
    # The properties are worth something only if generated text does produce events.
    text = "".join(FRAGMENTS[:3] + FRAGMENTS[4:6])
    assert extractor.extract(text).events


@pytest.mark.parametrize("value", [b"bytes", None, 42])
def test_only_str_is_accepted(extractor: Extractor, value: object) -> None:
    with pytest.raises(TypeError, match="extract\\(\\) takes str"):
        extractor.extract(value)  # type: ignore[arg-type]


# --- hostile corpora through the command line ---------------------------------------------

# Each kind of record, by what its JSON Lines line holds; ``_record`` gives the line and the
# id its output line must have (N is the line number, from 1).
RECORD_KINDS = [
    "ok",
    "surrogate-text",
    "surrogate-id",
    "nested",
    "wrong-text",
    "no-id",
    "number-id",
    "list-id",
    "torn",
    "not-object",
    "not-utf8",
]


def _record(kind: str, index: int, number: int, depth: int, text: str) -> tuple[bytes, str]:
    doc_id = f"r{index}"

    def line(record: dict[str, object]) -> bytes:
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")

    if kind == "ok":
        return line({"id": doc_id, "text": text}), doc_id
    if kind == "surrogate-text":
        return json.dumps({"id": doc_id, "text": text + "\ud800"}).encode(), doc_id
    if kind == "surrogate-id":
        return json.dumps({"id": doc_id + "\udfff", "text": text}).encode(), doc_id + "\ufffd"
    if kind == "nested":
        deep = "[" * depth + "]" * depth
        return f'{{"id": "{doc_id}", "text": "x", "x": {deep}}}'.encode(), doc_id
    if kind == "wrong-text":
        wrong: list[object] = [5, None, [text], {"a": text}, True]
        return line({"id": doc_id, "text": wrong[depth % len(wrong)]}), doc_id
    if kind == "no-id":
        return line({"text": text}), f"line-{number}"
    if kind == "number-id":
        return line({"id": 10_000 + index, "text": text}), str(10_000 + index)
    if kind == "list-id":
        return line({"id": [doc_id], "text": text}), f"line-{number}"
    if kind == "torn":
        return line({"id": doc_id, "text": text + "…"})[:-3], doc_id
    if kind == "not-object":
        return b"[1, 2, 3]", f"line-{number}"
    return b'{"id": "' + doc_id.encode() + b'", "text": "\xff\xfe"}', doc_id


corpora = st.tuples(
    st.booleans(),  # a byte order mark first
    st.lists(
        st.tuples(
            st.sampled_from(RECORD_KINDS),
            st.integers(1, 3000),  # nesting depth
            st.lists(st.sampled_from(FRAGMENTS), max_size=6).map("".join),
            st.booleans(),  # a blank line before the record
        ),
        min_size=1,
        max_size=12,
    ),
)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora)
def test_every_record_of_a_hostile_corpus_gets_one_line(
    corpus: tuple[bool, list[tuple[str, int, str, bool]]],
) -> None:
    bom, records = corpus
    lines: list[bytes] = []
    expected: list[str] = []
    for index, (kind, depth, text, blank) in enumerate(records):
        if blank:
            lines.append(b"")
        line, doc_id = _record(kind, index, len(lines) + 1, depth, text)
        lines.append(line)
        expected.append(doc_id)
    data = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + b"\n"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "hostile.jsonl"
        source.write_bytes(data)
        outputs = []
        for workers in ("1", "2"):
            out = Path(tmp) / f"out-{workers}.jsonl"
            result = run_eventkit("extract", source, "-o", out, "--workers", workers)
            assert result.returncode == 0, result.stderr.decode()
            assert b"Traceback" not in result.stderr
            assert [d["id"] for d in json_lines(out.read_bytes())] == expected
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1]
