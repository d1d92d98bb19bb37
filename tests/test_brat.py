"""brat out and in: the gold of every evaluation set, exported as a brat collection and read
back, gives the same events; the exported files follow brat's standoff format (checked by
tests/_brat_standoff.py, written from brat's own description); ``eventkit evaluate`` scores
against a brat collection as against the JSON Lines it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _brat_standoff import check_collection

from eventkit import Extractor
from eventkit.batch.brat import (
    document_ann,
    id_to_path,
    path_to_id,
    read_ann,
    read_collection,
    write_collection,
)
from eventkit.cli import main
from eventkit.errors import InputError
from eventkit.evaluate import evaluate

SETS = ["wikinews-dev", "wikinews-dev2", "wikinews-dev3", "agency-dev"]


def _clean(value: object) -> object:
    """Event JSON without its null fields (brat has no place for "nothing")."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _gold(shared: Path, name: str) -> list[tuple[str, str, list[dict[str, object]]]]:
    data = shared / "data"
    texts = {}
    for line in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    gold = [
        json.loads(line)
        for line in (data / f"{name}.gold.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    return [(g["id"], texts[g["id"]], g["events"]) for g in gold]


@pytest.mark.parametrize("name", SETS)
def test_gold_round_trip_and_standoff_format(shared: Path, tmp_path: Path, name: str) -> None:
    documents = _gold(shared, name)
    assert write_collection(documents, tmp_path) == len(documents)
    assert check_collection(tmp_path) == []
    back = {doc.id: doc for doc in read_collection(tmp_path)}
    assert set(back) == {doc_id for doc_id, _, _ in documents}
    for doc_id, text, events in documents:
        assert back[doc_id].text == text
        assert back[doc_id].events == _clean(events), doc_id
    assert sum(len(e) for _, _, e in documents) > 0


def test_extracted_events_round_trip_exactly(extractor: Extractor, tmp_path: Path) -> None:
    text = (
        "Москва, 12 апреля -- Министр иностранных дел России Сергей Лавров провел "
        "переговоры с госсекретарем США Энтони Блинкеном. Лавров заявил, что диалог будет "
        "продолжен. Microsoft купила LinkedIn за $26,2 млрд."
    )
    events = extractor(text, doc_id="a").to_dict()["events"]
    assert {e["type"] for e in events} >= {"Meeting", "Statement", "Deal"}
    write_collection([("a", text, events)], tmp_path)
    assert check_collection(tmp_path) == []
    ann = (tmp_path / "a.ann").read_text(encoding="utf-8")
    assert "\tMeeting 66 83\tпровел переговоры" in ann
    assert "A1\tModality E1 asserted" in ann
    [doc] = read_collection(tmp_path)
    assert doc.events == _clean(events)


def test_a_span_across_lines_is_written_as_fragments(tmp_path: Path) -> None:
    text = "Иван Петров провел\n переговоры с Анной Смирновой."
    trigger = {"text": "провел\n переговоры", "start": 12, "end": 30}
    anna = {"name": "Анна Смирнова", "text": "Анной Смирновой", "start": 33, "end": 48}
    ivan = {"name": "Иван Петров", "text": "Иван Петров", "start": 0, "end": 11}
    event = {
        "type": "Meeting",
        "trigger": trigger,
        "participants": [{**ivan, "kind": "PER"}, {**anna, "kind": "PER"}],
    }
    write_collection([("a", text, [event])], tmp_path)
    assert check_collection(tmp_path) == []
    ann = (tmp_path / "a.ann").read_text(encoding="utf-8")
    assert "T1\tMeeting 12 18;20 30\tпровел переговоры\n" in ann
    [doc] = read_collection(tmp_path)
    assert doc.events == [event]


def test_ids_become_paths_and_back() -> None:
    for doc_id in ["nerel/train/1_text", "../x", ".hidden", "a b", "статья:1", "%41", ""]:
        path = id_to_path(doc_id)
        assert ".." not in path.split("/")
        assert not path.startswith(("/", "."))
        assert path_to_id(path) == doc_id


def test_an_edited_ann_reads_as_edited() -> None:
    text = "Иван Петров встретился с Анной Смирновой."
    events = Extractor(["news"])(text).to_dict()["events"]
    ann = document_ann(text, events)
    # in brat, someone deletes the second participant from the event
    edited = ann.replace(" participants2:T3", "")
    [meeting] = read_ann(edited, text, many={"Meeting": {"participants"}})
    assert [a["name"] for a in meeting["participants"]] == ["Иван Петров"]


def test_malformed_ann_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match=r"x\.ann:2: cannot read"):
        read_ann("T1\tMeeting 0 4\tИван\nT2\tPER 0 x\tИван\n", "Иван", where="x.ann")


def test_evaluate_scores_a_brat_collection_as_its_jsonl(shared: Path, tmp_path: Path) -> None:
    data = shared / "data"
    predictions = tmp_path / "out.jsonl"
    main(["extract", str(data / "wikinews-dev.jsonl"), "-o", str(predictions)])
    brat = tmp_path / "brat"
    assert (
        main(
            [
                "export",
                "--format",
                "brat",
                str(data / "wikinews-dev.jsonl"),
                "--events",
                str(data / "wikinews-dev.gold.jsonl"),
                "-o",
                str(brat),
            ]
        )
        == 0
    )
    from_jsonl = evaluate(data / "wikinews-dev.gold.jsonl", predictions_path=predictions)
    from_brat = evaluate(brat, predictions_path=predictions)
    assert from_brat.to_dict() == from_jsonl.to_dict()
    # and the conversion command gives gold JSON Lines that score the same
    gold, texts = tmp_path / "back.gold.jsonl", tmp_path / "back.jsonl"
    assert (
        main(["import", "--format", "brat", str(brat), "-o", str(gold), "--texts", str(texts)]) == 0
    )
    assert evaluate(gold, predictions_path=predictions).to_dict() == from_jsonl.to_dict()


def test_export_refuses_to_overwrite_corrections(tmp_path: Path) -> None:
    text_file = tmp_path / "a.txt"
    text_file.write_text("Иван Петров встретился с Анной Смирновой.", encoding="utf-8")
    assert main(["export", "--format", "brat", str(text_file), "-o", str(tmp_path / "b")]) == 0
    assert check_collection(tmp_path / "b") == []
    assert main(["export", "--format", "brat", str(text_file), "-o", str(tmp_path / "b")]) == 2
    assert (
        main(["export", "--format", "brat", str(text_file), "-o", str(tmp_path / "b"), "--force"])
        == 0
    )
