"""The corpus tables on corpora whose answer is known: short texts through the real
Extractor, and records of the JSON contract written by hand."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from _corpus import actor, agreement, document, meeting, statement

from eventkit import Extractor, InputError
from eventkit.corpus import Corpus, build_corpus
from eventkit.corpus.tables import COLUMNS

TEXTS = {
    "a": "Иван Петров встретился с Анной Смирновой. Петров заявил, что переговоры прошли успешно.",
    "b": "5 апреля 2021 года Анна Смирнова провела переговоры с Иваном Петровым в Казани. "
    "Смирнова сказала, что стороны договорились о поставках зерна.",
    "c": "Министр Олег Петров заявил, что цены не вырастут. Россия и Китай подписали "
    "соглашение о сотрудничестве в области энергетики.",
    "d": "Иван Петров не встретился с Олегом Сидоровым.",
    "e": "Смирнова заявила, что готова к диалогу.",
}


@pytest.fixture(scope="module")
def corpus(extractor: Extractor) -> Corpus:
    return Corpus.from_documents(extractor.extract(t, doc_id=k) for k, t in TEXTS.items())


def test_entities(corpus: Corpus) -> None:
    names = {e.name: e for e in corpus.entities}
    assert set(names) == {
        "Иван Петров",
        "Анна Смирнова",
        "Олег Петров",
        "Олег Сидоров",
        "Россия",
        "Китай",
    }
    # "Смирнова" alone (document e) is the one Смирнова of the corpus.
    assert names["Анна Смирнова"].documents == ("a", "b", "e")
    assert names["Иван Петров"].documents == ("a", "b", "d")
    assert names["Россия"].kind == "GPE"


def test_meetings(corpus: Corpus) -> None:
    # Two meetings of Петров and Смирнова; the negated one with Сидоров does not count.
    [edge] = corpus.meetings()
    assert {edge.source_name, edge.target_name} == {"Иван Петров", "Анна Смирнова"}
    assert (edge.count, edge.asserted) == (2, 2)
    assert (edge.first_date, edge.last_date) == ("2021-04-05", "2021-04-05")
    assert edge.documents == ("a", "b")


def test_statements(corpus: Corpus) -> None:
    said = {s.name: s for s in corpus.statements()}
    assert {n: s.count for n, s in said.items()} == {
        "Анна Смирнова": 2,
        "Иван Петров": 1,
        "Олег Петров": 1,
    }
    assert said["Анна Смирнова"].documents == ("b", "e")
    assert said["Иван Петров"].samples == ("переговоры прошли успешно",)
    assert corpus.statements()[0].name == "Анна Смирнова"  # most statements first


def test_agreements(corpus: Corpus) -> None:
    rows = {(a.source_name, a.target_name): a for a in corpus.agreements()}
    assert set(rows) == {("Анна Смирнова", "Иван Петров"), ("Россия", "Китай")}
    energy = rows[("Россия", "Китай")]
    assert (energy.status, energy.subject) == ("signed", "о сотрудничестве в области энергетики")
    assert energy.document == "c"


def test_hand_written_corpus_counts() -> None:
    a, b, c = actor("Иван Петров"), actor("Анна Смирнова"), actor("Олег Сидоров")
    corpus = build_corpus(
        [
            document("1", meeting(a, b, date="2020-01-02"), meeting(a, b, c, date="2021-05")),
            document("2", meeting(a, b, modality="planned"), meeting(a, c, modality="negated")),
            document("3", statement(a, "да", date="2019"), statement(a, "нет", date="--03-08")),
            document("4", agreement(a, b, c, subject="о мире"), agreement(c)),
        ]
    )
    edges = {(m.source_name, m.target_name): (m.count, m.asserted) for m in corpus.meetings()}
    assert edges == {
        ("Иван Петров", "Анна Смирнова"): (3, 2),
        ("Иван Петров", "Олег Сидоров"): (1, 1),
        ("Анна Смирнова", "Олег Сидоров"): (1, 1),
    }
    top = corpus.meetings()[0]
    assert (top.first_date, top.last_date) == ("2020-01-02", "2021-05")
    [speaker] = corpus.statements()
    # A day without a year cannot be placed in time.
    assert (speaker.count, speaker.first_date, speaker.last_date) == (2, "2019", "2019")
    pairs = [(r.source_name, r.target_name, r.subject) for r in corpus.agreements()]
    assert pairs == [
        ("Иван Петров", "Анна Смирнова", "о мире"),
        ("Иван Петров", "Олег Сидоров", "о мире"),
        ("Анна Смирнова", "Олег Сидоров", "о мире"),
        ("Олег Сидоров", None, None),
    ]


def test_pack_types_keep_their_actors() -> None:
    deal = {
        "type": "Deal",
        "trigger": {"text": "купила", "start": 0, "end": 6},
        "sentence": {"start": 0, "end": 40},
        "pack": "deals",
        "rule": "deal",
        "buyer": actor("«Газпром»", "ORG"),
    }
    corpus = build_corpus([document("x", deal)])
    [entity] = corpus.entities
    assert (entity.name, entity.kind) == ("«Газпром»", "ORG")
    assert corpus.events[0].actors[0].role == "buyer"
    assert corpus.meetings() == corpus.statements() == corpus.agreements() == []


def test_a_pack_type_from_memory(extractor: Extractor) -> None:
    # The deals pack's Deal names its buyer and seller again among its parties.
    text = "Группа ВТБ выкупила у «Сбербанка» акции за 138 млрд рублей."
    corpus = Corpus.from_documents([extractor.extract(text, doc_id="x")])
    [event] = corpus.events
    assert event.type == "Deal"
    assert [(a.role, a.name) for a in event.actors] == [
        ("buyer", "Группа ВТБ"),
        ("seller", "«Сбербанк»"),
    ]
    assert [e.mentions for e in corpus.entities] == [1, 1]


def test_a_broken_event_is_skipped_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    good = statement(actor("Иван Петров"), "да")
    corpus = build_corpus([document("x", {"type": "Meeting"}, good)])
    assert corpus.skipped == 1
    assert len(corpus.events) == 1
    assert "document 'x', event 0 skipped" in caplog.text


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    lines = [document("1", statement(actor("Иван Петров"), "да")), {"events": []}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n")
    corpus = Corpus.from_jsonl(path)
    assert corpus.documents == ("1", "out-2")
    assert [e.name for e in corpus.entities] == ["Иван Петров"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            '{"id": 1, "events": []}\nnot json\n', "out.jsonl:2: not valid JSON", id="json"
        ),
        pytest.param('{"id": 1, "text": "..."}\n', "out.jsonl:1: expected a document", id="input"),
        pytest.param(b'{"id": "\xff", "events": []}\n', "not UTF-8", id="encoding"),
    ],
)
def test_bad_jsonl(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "out.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(InputError, match=message):
        Corpus.from_jsonl(path)


def test_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    # The reader of batch input and of extraction output is one: both skip a UTF-8 BOM.
    path = tmp_path / "out.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps(document("1", statement(actor("Иван Петров"), "да"))).encode()
    )
    assert Corpus.from_jsonl(path).documents == ("1",)


def test_bad_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "1", "events": []}\n{"id": "\xff"}\n')
    with pytest.raises(InputError, match=r"out\.jsonl:2: not UTF-8 text \(byte offset 34\)"):
        Corpus.from_jsonl(path)


def test_tables_as_dataframes(corpus: Corpus) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (eventkit[pandas])")
    frame = corpus.table("meetings")
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == COLUMNS["meetings"]
    assert frame["count"].tolist() == [2]
    speakers = corpus.table("statements").set_index("name")["count"]
    assert speakers["Анна Смирнова"] == 2
    empty = build_corpus([]).table("agreements")
    assert list(empty.columns) == COLUMNS["agreements"]
    assert len(empty) == 0


def test_tables_without_pandas(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # "import pandas" raises ImportError
    rows = corpus.table("entities")
    assert isinstance(rows, list)
    assert list(rows[0]) == COLUMNS["entities"]
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)
    assert {r["name"] for r in rows} >= {"Иван Петров", "Анна Смирнова"}
    with pytest.raises(ValueError, match="unknown table 'people'; tables: entities"):
        corpus.table("people")
