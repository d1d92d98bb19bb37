"""The library API in the habits of spaCy and natasha: ``Extractor.pipe``, ``to_dict`` /
``to_json``, ``events_of``, ``Document.people`` and ``python -m eventkit``."""

from __future__ import annotations

import json
import subprocess
import sys

import attrs
import pytest

from eventkit import Agreement, Document, Event, Extractor, Meeting, Statement
from eventkit.model.people import Person

TOKAEV = (
    "Касым-Жомарт Токаев встретился с Владимиром Путиным в Москве. "
    "К.-Ж. Токаев заявил, что переговоры прошли успешно."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(["news"])


def test_pipe_takes_plain_strings_in_order(extractor: Extractor) -> None:
    texts = ["Иван Петров встретился с Анной Смирновой.", "Погода была хорошей.", TOKAEV]
    documents = list(extractor.pipe(texts))
    assert [d.text for d in documents] == texts
    assert [len(d.events) for d in documents] == [1, 0, 2]
    assert {d.id for d in documents} == {""}


def test_pipe_takes_text_id_pairs_when_told(extractor: Extractor) -> None:
    pairs = [("Иван Петров встретился с Анной Смирновой.", "a"), ("Погода была хорошей.", "b")]
    documents = list(extractor.pipe(pairs, as_tuples=True))
    assert [(d.id, d.text) for d in documents] == [("a", pairs[0][0]), ("b", pairs[1][0])]


def test_pipe_refuses_the_other_shape(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match=r"item 1 is a tuple.*as_tuples=True"):
        list(extractor.pipe(["Текст.", ("Текст.", "id")]))
    with pytest.raises(TypeError, match=r"item 0 is a str.*\(text, id\) pair"):
        list(extractor.pipe(["Текст."], as_tuples=True))
    with pytest.raises(TypeError, match=r"item 0 is a tuple of \(str, int\)"):
        list(extractor.pipe([("Текст.", 1)], as_tuples=True))


def test_pipe_in_worker_processes_keeps_order(extractor: Extractor) -> None:
    texts = [f"Иван Петров встретился с Анной Смирновой {n} раз." for n in range(9)]
    texts[4] = "Погода была хорошей."
    pairs = [(text, f"doc-{n}") for n, text in enumerate(texts)]
    parallel = list(extractor.pipe(pairs, as_tuples=True, workers=2, batch_size=2))
    serial = list(extractor.pipe(pairs, as_tuples=True))
    assert parallel == serial
    assert [d.id for d in parallel] == [f"doc-{n}" for n in range(9)]
    assert [len(d.events) for d in parallel] == [1, 1, 1, 1, 0, 1, 1, 1, 1]


def test_extract_many_is_deprecated_but_works(extractor: Extractor) -> None:
    with pytest.warns(DeprecationWarning, match="pipe"):
        [document] = extractor.extract_many([("x", "Погода была хорошей.")])
    assert (document.id, document.text) == ("x", "Погода была хорошей.")


def test_to_dict_and_to_json(extractor: Extractor) -> None:
    document = extractor.extract(TOKAEV, doc_id="t")
    data = document.to_dict()
    assert data == extractor.converter.document_to_dict(document)
    assert [e["type"] for e in data["events"]] == ["Meeting", "Statement"]
    assert json.loads(document.to_json()) == data
    assert "Токаев" in document.to_json()  # not \\u-escaped
    assert document.to_dict(with_text=True)["text"] == TOKAEV
    event = document.events[0]
    assert event.to_dict()["type"] == "Meeting"
    assert "type" not in attrs.asdict(event)  # why Event.to_dict exists


def test_events_of(extractor: Extractor) -> None:
    document = extractor.extract(TOKAEV)
    assert [e.type for e in document.events_of(Meeting)] == ["Meeting"]
    assert [e.type for e in document.events_of(Statement, Meeting)] == ["Meeting", "Statement"]
    assert document.events_of(Agreement) == ()
    assert len(document.events_of(Event)) == 2
    with pytest.raises(TypeError):
        document.events_of("Meeting")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        document.events_of()


def test_people_merge_a_person_named_two_ways(extractor: Extractor) -> None:
    document = extractor.extract(TOKAEV)
    tokaev, putin = document.people
    assert isinstance(tokaev, Person)
    assert (tokaev.name, tokaev.kind, tokaev.events) == ("Касым-Жомарт Токаев", "PER", (0, 1))
    assert [m.text for m in tokaev.mentions] == ["Касым-Жомарт Токаев", "К.-Ж. Токаев"]
    assert all(TOKAEV[m.start : m.end] == m.text for m in tokaev.mentions)
    assert (putin.name, putin.events) == ("Владимир Путин", (0,))
    meeting, statement = document.events
    assert document.people_in(meeting) == (tokaev, putin)
    assert document.people_in(statement) == (tokaev,)


def test_people_keep_titles() -> None:
    document = Extractor(["news"]).extract(
        "Президент России Владимир Путин провел переговоры с Си Цзиньпином. "
        "Владимир Путин заявил, что визит удался."
    )
    putin = next(p for p in document.people if p.name == "Владимир Путин")
    assert putin.titles
    assert putin.titles[0].startswith("президент")
    assert putin.events == (0, 1)
    assert Document(id="", text="").people == ()


def test_python_dash_m_eventkit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eventkit", "--help"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("usage: eventkit")
    assert "extract" in result.stdout
