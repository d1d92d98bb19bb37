"""Properties of ``Extractor.extract`` over generated text (hypothesis).

Any string goes in; what comes out always holds: no exception, every offset indexes the
input and every ``text`` is the slice it names, events sorted by position, the same input
gives the same events, and the document serializes to JSON.
"""

from __future__ import annotations

import json

import pytest
from _cli import check_offsets
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
