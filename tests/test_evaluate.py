"""Scoring against gold: matching rules, the two gold formats, files and the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import missing_shared

from eventkit.cli import main
from eventkit.errors import InputError, SerializationError
from eventkit.evaluate import (
    EvaluationReport,
    detect_format,
    evaluate,
    load_gold,
    parse_gold,
    score,
)

SHARED = Path(
    os.environ.get("EVENTKIT_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
WIKINEWS_GOLD = SHARED / "data" / "wikinews-dev.gold.jsonl"


# --------------------------------------------------------------------------- builders


def span(text: str, part: str, nth: int = 0) -> dict[str, Any]:
    """{"text", "start", "end"} of the nth occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part)}


def actor(text: str, part: str, name: str, key: str = "", kind: str = "PER") -> dict[str, Any]:
    out = {"name": name, "kind": kind, **span(text, part)}
    if key:
        out["key"] = key
    return out


def event(kind: str, text: str, trigger: str, **roles: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": kind,
        "trigger": span(text, trigger),
        "modality": "asserted",
        "date": None,
        "place": None,
    }
    out.update(roles)
    return out


def wikinews(doc_id: str, text: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": doc_id, "text": text, "events": events}


MEETING_TEXT = "Вчера Пётр Семёнов и Анна Котова встретились в Казани."
STATEMENT_TEXT = "Министр Олег Жуков заявил, что завод откроют в мае будущего года."


def meeting(text: str = MEETING_TEXT, trigger: str = "встретились", **roles: Any) -> dict[str, Any]:
    if "participants" not in roles:
        roles["participants"] = [
            actor(text, "Пётр Семёнов", "Пётр Семёнов", "семенов"),
            actor(text, "Анна Котова", "Анна Котова", "котов"),
        ]
    return event("Meeting", text, trigger, **roles)


def statement(content: str = "завод откроют в мае будущего года", **roles: Any) -> dict[str, Any]:
    text = STATEMENT_TEXT
    roles.setdefault("speaker", actor(text, "Олег Жуков", "Олег Жуков", "жуков"))
    return event("Statement", text, "заявил", content=span(text, content), **roles)


# Gold keys of the people in the hand-made texts.
PEOPLE = {
    "Пётр Семёнов": "семенов",
    "Анна Котова": "котов",
    "Олег Жуков": "жуков",
    "Ирина Лосева": "лосев",
}
TWO_MEETINGS = MEETING_TEXT + " Затем Олег Жуков и Ирина Лосева провели переговоры."


def met(text: str, trigger: str, *names: str) -> dict[str, Any]:
    """A meeting at ``trigger`` whose participants are these people, as written in ``text``."""
    return meeting(text, trigger, participants=[actor(text, n, n, PEOPLE[n]) for n in names])


def orlov_said(text: str) -> dict[str, Any]:
    """ "Иван Орлов заявил, что всё готово" somewhere in ``text``."""
    speaker = actor(text, "Иван Орлов", "Иван Орлов", "орлов")
    return event("Statement", text, "заявил", speaker=speaker, content=span(text, "всё готово"))


def run(gold: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]]) -> EvaluationReport:
    return score(gold, predicted)


# --------------------------------------------------------------------------- events


def test_exact_hit() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    report = run(gold, {"d": [meeting()]})
    counts = report.for_type("Meeting").events
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)
    assert counts.f1 == 1.0
    assert report.overall.events.f1 == 1.0
    assert report.issues == ()


def test_partial_trigger_overlap_matches() -> None:
    text = "Делегации России и Китая провели переговоры в Пекине."
    parts = [actor(text, "России", "Россия", "росси", "GPE")]
    gold = [wikinews("d", text, [meeting(text, "провели переговоры", participants=parts)])]
    predicted = meeting(text, "переговоры", participants=parts)
    assert run(gold, {"d": [predicted]}).for_type("Meeting").events.tp == 1


def test_disjoint_trigger_does_not_match() -> None:
    text = "Делегации России и Китая провели переговоры в Пекине."
    gold = [wikinews("d", text, [meeting(text, "провели переговоры", participants=[])])]
    predicted = meeting(text, "Пекине", participants=[])
    counts = run(gold, {"d": [predicted]}).for_type("Meeting").events
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_wrong_type_is_a_miss_and_an_extra() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    wrong = dict(meeting(), type="Agreement", parties=meeting()["participants"])
    report = run(gold, {"d": [wrong]})
    assert report.for_type("Meeting").events.fn == 1
    assert report.for_type("Agreement").events.fp == 1
    assert report.overall.events.tp == 0
    extra = next(i for i in report.issues if i.kind == "extra")
    assert "gold has Meeting here" in extra.detail


def test_one_to_one_second_prediction_is_extra() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    report = run(gold, {"d": [meeting(), meeting(trigger="встретились в")]})
    counts = report.for_type("Meeting").events
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert counts.precision == 0.5
    assert counts.recall == 1.0


def test_greedy_prefers_larger_overlap_to_nearer_start() -> None:
    text = "Стороны подписали соглашение, касающееся поставок газа."
    gold_event = event("Agreement", text, "подписали соглашение", parties=[], status="signed")
    # Starts nearer the gold trigger but overlaps it by 9 characters against 10.
    near = event("Agreement", text, "Стороны подписали", parties=[], status="signed")
    wide = event("Agreement", text, "соглашение", parties=[], status="signed")
    report = run([wikinews("d", text, [gold_event])], {"d": [near, wide]})
    extra = next(i for i in report.issues if i.kind == "extra")
    assert extra.trigger == "Стороны подписали"


def test_unscored_types_are_ignored_and_missing_documents_noted() -> None:
    gold = [wikinews("a", MEETING_TEXT, [meeting()]), wikinews("b", MEETING_TEXT, [])]
    visit = dict(meeting(), type="Visit")
    report = run(gold, {"a": [meeting(), visit]})
    assert report.overall.events.fp == 0
    assert report.missing_predictions == ("b",)


# --------------------------------------------------------------------------- arguments


def test_argument_key_containment_is_case_and_yo_insensitive() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    predicted = meeting(
        participants=[
            actor(MEETING_TEXT, "Пётр Семёнов", "петр семенов"),
            actor(MEETING_TEXT, "Анна Котова", "Анна Котова"),
        ]
    )
    args = run(gold, {"d": [predicted]}).for_type("Meeting").arguments
    assert (args.tp, args.fp, args.fn) == (2, 0, 0)


def test_argument_one_to_one_and_precision() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    predicted = meeting(
        participants=[
            actor(MEETING_TEXT, "Пётр Семёнов", "Пётр Семёнов"),
            actor(MEETING_TEXT, "Пётр Семёнов", "Семёнов"),  # a duplicate finds nothing new
            actor(MEETING_TEXT, "Казани", "Казань", kind="GPE"),
        ]
    )
    report = run(gold, {"d": [predicted]})
    args = report.for_type("Meeting").arguments
    assert (args.tp, args.fp, args.fn) == (1, 2, 1)
    wrong = next(i for i in report.issues if i.kind == "argument")
    assert "not found: Анна Котова" in wrong.detail
    assert "Казань" in wrong.detail


def test_missed_event_costs_its_arguments_only_in_the_ace_figure() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting()])]
    scores = run(gold, {"d": []}).for_type("Meeting")
    assert (scores.arguments.tp, scores.arguments.fp, scores.arguments.fn) == (0, 0, 2)
    assert scores.arguments.f1 == 0.0
    lenient = scores.matched_arguments
    assert (lenient.tp, lenient.fp, lenient.fn) == (0, 0, 0)
    assert lenient.f1 is None


def test_extra_event_counts_its_arguments_as_extras() -> None:
    text = "Иван Орлов заявил, что всё готово. Пётр Семёнов и Анна Котова встретились."
    said = orlov_said(text)
    extra = met(text, "встретились", "Пётр Семёнов", "Анна Котова")
    # Only the statement is in the gold: the meeting and its two participants are extras.
    report = run([wikinews("d", text, [said])], {"d": [said, extra]})
    args = report.overall.arguments
    assert (args.tp, args.fp, args.fn) == (1, 2, 0)
    assert args.precision == pytest.approx(1 / 3)
    assert report.overall.matched_arguments.f1 == 1.0
    assert report.for_type("Meeting").arguments.fp == 2
    assert report.for_type("Statement").arguments.f1 == 1.0


def test_ace_and_lenient_argument_figures_differ() -> None:
    """Two gold meetings, one found with one of its two participants right and a wrong one.

    ACE: 1 found of 4 gold actors, 1 of 2 predicted right; lenient: 1 of 2, 1 of 2.
    """
    text = TWO_MEETINGS
    second = met(text, "провели переговоры", "Олег Жуков", "Ирина Лосева")
    found = meeting(
        text,
        participants=[
            actor(text, "Пётр Семёнов", "Пётр Семёнов"),
            actor(text, "Казани", "Казань", kind="GPE"),
        ],
    )
    scores = run([wikinews("d", text, [meeting(text), second])], {"d": [found]}).overall
    assert (scores.arguments.tp, scores.arguments.fp, scores.arguments.fn) == (1, 1, 3)
    assert scores.arguments.f1 == pytest.approx(2 * 1 / (4 + 2))
    lenient = scores.matched_arguments
    assert (lenient.tp, lenient.fp, lenient.fn) == (1, 1, 1)
    assert lenient.f1 == 0.5
    assert scores.events.f1 == pytest.approx(2 / 3)


def test_complete_events_need_every_actor_and_no_other() -> None:
    text = TWO_MEETINGS

    def at(trigger: str, *names: str) -> dict[str, Any]:
        return met(text, trigger, *names)

    gold = [
        at("встретились", "Пётр Семёнов", "Анна Котова"),
        at("провели переговоры", "Олег Жуков", "Ирина Лосева"),
    ]
    exact = at("встретились", "Анна Котова", "Пётр Семёнов")  # order does not matter
    one_extra = at("провели переговоры", "Олег Жуков", "Ирина Лосева", "Пётр Семёнов")
    one_missing = at("провели переговоры", "Олег Жуков")
    stray = at("Затем", "Олег Жуков")  # no gold event there

    def complete(*predicted: dict[str, Any]) -> tuple[int, int, int]:
        c = run([wikinews("d", text, gold)], {"d": list(predicted)}).for_type("Meeting").complete
        return c.tp, c.fp, c.fn

    assert complete(exact, at("провели переговоры", "Ирина Лосева", "Олег Жуков")) == (2, 0, 0)
    assert complete(exact, one_extra) == (1, 1, 1)
    assert complete(exact, one_missing) == (1, 1, 1)
    assert complete(exact, one_missing, stray) == (1, 2, 1)
    assert complete(exact) == (1, 0, 1)
    assert complete() == (0, 0, 2)


# --------------------------------------------------------------------------- content, date, place


@pytest.mark.parametrize(
    ("predicted_content", "hit"),
    [
        pytest.param("завод откроют в мае будущего года", True, id="exact"),
        # 16 of the 33 gold characters, inside the gold: Jaccard 0.48.
        pytest.param("завод откроют в ", False, id="below-half"),
        # 17 of 33: Jaccard 0.515.
        pytest.param("завод откроют в м", True, id="just-above-half"),
        pytest.param(
            "Министр Олег Жуков заявил, что завод откроют в мае будущего года",
            True,
            id="superset-over-half",
        ),
        pytest.param("Министр Олег Жуков заявил", False, id="disjoint"),
    ],
)
def test_content_jaccard_threshold(predicted_content: str, hit: bool) -> None:
    gold = [wikinews("d", STATEMENT_TEXT, [statement()])]
    predicted = statement(content=predicted_content)
    content = run(gold, {"d": [predicted]}).for_type("Statement").content
    assert content.total == 1
    assert content.hits == int(hit)


def test_date_and_place_accuracy() -> None:
    text = MEETING_TEXT
    gold_events = [meeting(date={"text": "Вчера", "value": "2016-03-30"}, place={"name": "Казань"})]
    gold = [wikinews("d", text, gold_events)]
    right = meeting(
        date={**span(text, "Вчера"), "value": "2016-03-30"},
        place={**span(text, "Казани"), "name": "казань"},
    )
    wrong = meeting(
        date={**span(text, "Вчера"), "value": "2016-03-29"},
        place={**span(text, "Казани"), "name": "Москва"},
    )
    good = run(gold, {"d": [right]}).for_type("Meeting")
    assert (good.date.hits, good.date.total, good.place.hits, good.place.total) == (1, 1, 1, 1)
    bad_report = run(gold, {"d": [wrong]})
    bad = bad_report.for_type("Meeting")
    assert (bad.date.hits, bad.date.total, bad.place.hits, bad.place.total) == (0, 1, 0, 1)
    assert {i.kind for i in bad_report.issues} == {"date", "place"}
    missing = run(gold, {"d": [meeting()]}).for_type("Meeting")
    assert (missing.date.value, missing.place.value) == (0.0, 0.0)


def test_date_without_gold_value_is_not_scored() -> None:
    gold = [wikinews("d", MEETING_TEXT, [meeting(date={"text": "Вчера", "value": None})])]
    scores = run(gold, {"d": [meeting()]}).for_type("Meeting")
    assert scores.date.total == 0
    assert scores.date.value is None


# --------------------------------------------------------------------------- factRuEval

FACTRU_TEXT = (
    "Новости дня.\n"
    "Глава компании Игорь Волков и губернатор Илья Зайцев провели встречу. "
    "После встречи Волков ответил на вопросы журналистов."
)


def chain(
    text: str, normal: str, *mentions: str | tuple[str, int], lastname: str | None = None
) -> dict[str, Any]:
    """A participant chain; a mention is a string or (string, which occurrence)."""
    spans = [span(text, *m) if isinstance(m, tuple) else span(text, m) for m in mentions]
    attrs = {"lastname": [lastname]} if lastname else {}
    return {
        **spans[0],
        "normal": normal,
        "ref": normal,
        "entity_type": "Person",
        "entity_attrs": attrs,
        "mentions": spans,
    }


def factru_doc(participants: list[dict[str, Any]]) -> dict[str, Any]:
    sentence = span(
        FACTRU_TEXT, "Глава компании Игорь Волков и губернатор Илья Зайцев провели встречу."
    )
    return {
        "id": "book_1",
        "source": "factRuEval-2016/devset",
        "text": FACTRU_TEXT,
        "events": [
            {"id": "1-0", "type": "Occupation", "fields": {}, "attrs": {}, "anchor": sentence},
            {
                "id": "1-1",
                "type": "Meeting",
                "fields": {"participant": participants},
                "attrs": {},
                "anchor": {
                    "start": sentence["start"],
                    "end": sentence["end"],
                    "method": "cooccurrence",
                },
            },
        ],
    }


FACTRU_CHAINS = [
    chain(FACTRU_TEXT, "Волков Игорь", "Игорь Волков", ("Волков", 1), lastname="Волков"),
    chain(FACTRU_TEXT, "Зайцев Илья", "Илья Зайцев"),  # no lastname attr: first word of normal
]


def predicted_meeting(trigger: str, *actors: dict[str, Any]) -> dict[str, Any]:
    return event("Meeting", FACTRU_TEXT, trigger, participants=list(actors))


def test_factru_chain_found_by_mention_overlap() -> None:
    # Names that share no surname with the chains: only the spans can find them.
    prediction = predicted_meeting(
        "провели встречу",
        actor(FACTRU_TEXT, "Игорь Волков", "глава компании"),
        actor(FACTRU_TEXT, "губернатор Илья Зайцев", "губернатор"),
    )
    report = score([factru_doc(FACTRU_CHAINS)], {"book_1": [prediction]}, factru_scope=False)
    assert report.gold_format == "factru"
    assert [t.type for t in report.types] == ["Meeting"]
    meeting_scores = report.for_type("Meeting")
    assert meeting_scores.events.tp == 1
    assert meeting_scores.arguments.tp == 2


def test_factru_chain_found_by_surname() -> None:
    # Spans that are no mention of any chain: only the names can find them.
    prediction = predicted_meeting(
        "встречу",
        actor(FACTRU_TEXT, "журналистов", "Игорь Волков"),
        actor(FACTRU_TEXT, "вопросы", "Илья Зайцев"),
    )
    args = score(
        [factru_doc(FACTRU_CHAINS)], {"book_1": [prediction]}, factru_scope=False
    ).for_type("Meeting")
    assert (args.arguments.tp, args.arguments.fp, args.arguments.fn) == (2, 0, 0)


def test_factru_surname_must_be_a_whole_word() -> None:
    prediction = predicted_meeting("встречу", actor(FACTRU_TEXT, "вопросы", "Илья Зайцевский"))
    args = score(
        [factru_doc(FACTRU_CHAINS)], {"book_1": [prediction]}, factru_scope=False
    ).for_type("Meeting")
    assert (args.arguments.tp, args.arguments.fp, args.arguments.fn) == (0, 1, 2)


def test_factru_shared_surname_uses_maximum_matching() -> None:
    text = FACTRU_TEXT
    couple = [
        chain(text, "Волков Игорь", "Игорь Волков", lastname="Волков"),
        chain(text, "Волков Пётр", ("Волков", 1), lastname="Волков"),
    ]
    # The first prediction fits both chains, the second only the first: a greedy pairing
    # could give both to chain one; the maximum matching finds two.
    prediction = predicted_meeting(
        "встречу",
        actor(text, "журналистов", "Пётр Волков"),
        actor(text, "Игорь Волков", "глава компании"),
    )
    args = (
        score([factru_doc(couple)], {"book_1": [prediction]}, factru_scope=False)
        .for_type("Meeting")
        .arguments
    )
    assert args.tp == 2


def test_factru_meeting_outside_anchor_is_not_matched() -> None:
    prediction = predicted_meeting("встречи", actor(FACTRU_TEXT, "Волков", "Игорь Волков"))
    # "встречи" sits in the next sentence, outside the anchor.
    counts = score(
        [factru_doc(FACTRU_CHAINS)], {"book_1": [prediction]}, factru_scope=False
    ).for_type("Meeting")
    assert (counts.events.tp, counts.events.fp, counts.events.fn) == (0, 1, 1)


def test_factru_sentence_overlap_matches_when_trigger_is_outside() -> None:
    prediction = predicted_meeting("ответил")
    anchor = factru_doc(FACTRU_CHAINS)["events"][1]["anchor"]
    prediction["sentence"] = {"start": anchor["start"], "end": len(FACTRU_TEXT)}
    counts = score(
        [factru_doc(FACTRU_CHAINS)], {"book_1": [prediction]}, factru_scope=False
    ).for_type("Meeting")
    assert counts.events.tp == 1


def test_detect_format() -> None:
    assert detect_format([factru_doc(FACTRU_CHAINS)]) == "factru"
    assert detect_format([wikinews("d", MEETING_TEXT, [meeting()])]) == "wikinews"
    assert (
        detect_format(
            [{"id": "book_2", "source": "factRuEval-2016/devset", "text": "", "events": []}]
        )
        == "factru"
    )
    assert detect_format([{"id": "x", "events": []}]) == "wikinews"


def test_load_gold_detects_format_and_finds_sibling_texts(tmp_path: Path) -> None:
    factru = tmp_path / "factru.jsonl"
    factru.write_text(json.dumps(factru_doc(FACTRU_CHAINS), ensure_ascii=False) + "\n", "utf-8")
    assert load_gold(factru).format == "factru"

    gold = tmp_path / "news.gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "events": [meeting()]}, ensure_ascii=False) + "\n")
    (tmp_path / "news.jsonl").write_text(
        json.dumps({"id": "d", "text": MEETING_TEXT}, ensure_ascii=False) + "\n", "utf-8"
    )
    loaded = load_gold(gold)
    assert loaded.format == "wikinews"
    assert loaded.documents[0].text == MEETING_TEXT


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "bad.gold.jsonl"
    gold.write_text('{"id": "a", "events": []}\n{"id": "b", "events": [\n', "utf-8")
    with pytest.raises(InputError, match=r"bad\.gold\.jsonl:2"):
        load_gold(gold)
    gold.write_text('{"id": "a", "events": [{"type": "Meeting"}]}\n', "utf-8")
    with pytest.raises(InputError, match=r"bad\.gold\.jsonl:1: .*trigger"):
        load_gold(gold)


def test_gold_type_without_a_known_class_is_an_error(tmp_path: Path) -> None:
    visit = dict(meeting(), type="Visit")
    with pytest.raises(SerializationError, match=r"unknown event type 'Visit'.*install the pack"):
        parse_gold([wikinews("d", MEETING_TEXT, [visit])])
    gold = _write_jsonl(tmp_path / "g.jsonl", [wikinews("d", MEETING_TEXT, [meeting(), visit])])
    with pytest.raises(InputError, match=r"g\.jsonl:1: .*unknown event type 'Visit'"):
        load_gold(gold)


def test_issue_context_is_the_sentence() -> None:
    text = "Первое предложение. Иван Орлов заявил, что всё готово. Третье предложение."
    gold_event = orlov_said(text)
    report = score(parse_gold([{"id": "d", "text": text, "events": [gold_event]}]), {"d": []})
    (miss,) = report.issues
    assert miss.kind == "miss"
    assert miss.context == "Иван Орлов заявил, что всё готово."


# --------------------------------------------------------------------------- real data and CLI


def _gold_lines() -> list[dict[str, Any]]:
    if not WIKINEWS_GOLD.is_file():
        missing_shared(f"shared data at {WIKINEWS_GOLD}")
    lines = WIKINEWS_GOLD.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_wikinews_gold_against_itself_is_perfect() -> None:
    records = _gold_lines()
    predicted = {r["id"]: r["events"] for r in records}
    report = score(records, predicted)
    assert report.gold_format == "wikinews"
    assert report.documents == len(records)
    for scores in [*report.types, report.overall]:
        assert scores.events.f1 == 1.0, scores.type
        assert scores.arguments.f1 == 1.0, scores.type
        assert scores.complete.f1 == 1.0, scores.type
        for share in (scores.content, scores.date, scores.place):
            assert share.value in (1.0, None), scores.type
    assert report.for_type("Statement").content.value == 1.0
    assert report.issues == ()


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_cli_with_predictions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write_jsonl(tmp_path / "g.jsonl", [wikinews("d", MEETING_TEXT, [meeting()])])
    extra = event(
        "Statement",
        MEETING_TEXT,
        "Казани",
        speaker=actor(MEETING_TEXT, "Пётр Семёнов", "Пётр Семёнов"),
        content=span(MEETING_TEXT, "Вчера"),
    )
    out = _write_jsonl(
        tmp_path / "out.jsonl", [{"id": "d", "events": [meeting(), extra], "errors": []}]
    )
    assert main(["evaluate", str(gold), "--predictions", str(out), "--show"]) == 0
    printed = capsys.readouterr().out
    assert "Meeting" in printed
    assert "EXTRAS (predicted events not in gold): 1" in printed
    assert "«Казани»" in printed

    assert main(["evaluate", str(gold), "--predictions", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["types"]["Meeting"]["events"]["f1"] == 1.0
    assert data["types"]["Statement"]["events"]["fp"] == 1
    assert data["overall"]["events"]["precision"] == 0.5
    assert "issues" not in data


def test_cli_bad_predictions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write_jsonl(tmp_path / "g.jsonl", [wikinews("d", MEETING_TEXT, [meeting()])])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "d", "events": [{"type": "Meeting"}]}\n', "utf-8")
    assert main(["evaluate", str(gold), "--predictions", str(out)]) == 2
    assert "out.jsonl:1" in capsys.readouterr().err


def test_evaluate_runs_a_given_extractor(tmp_path: Path) -> None:
    from eventkit.model.events import Actor, Document, Meeting, SentenceSpan, Span

    class Echo:
        """Stands in for the extractor: finds exactly the gold meeting, as attrs events."""

        def extract(self, text: str, *, doc_id: str = "") -> Document:
            people = [
                Actor(kind="PER", **span(text, who), name=who)
                for who in ("Пётр Семёнов", "Анна Котова")
            ]
            found = Meeting(
                trigger=Span(**span(text, "встретились")),
                sentence=SentenceSpan(start=0, end=len(text)),
                participants=people,
            )
            return Document(id=doc_id, text=text, events=[found])

    gold = _write_jsonl(tmp_path / "g.jsonl", [wikinews("d", MEETING_TEXT, [meeting()])])
    report = evaluate(gold, extractor=Echo())
    assert report.for_type("Meeting").events.f1 == 1.0
    assert report.for_type("Meeting").arguments.f1 == 1.0


def test_factru_scope_leaves_out_meetings_without_two_named_participants() -> None:
    unnamed = predicted_meeting(
        "встречу",
        actor(FACTRU_TEXT, "журналистов", "журналисты"),
        actor(FACTRU_TEXT, "вопросы", "он"),
    )
    named = predicted_meeting(
        "провели встречу",
        actor(FACTRU_TEXT, "Игорь Волков", "Игорь Волков"),
        actor(FACTRU_TEXT, "губернатор Илья Зайцев", "Илья Зайцев"),
    )
    scoped = score([factru_doc(FACTRU_CHAINS)], {"book_1": [unnamed, named]})
    assert (scoped.for_type("Meeting").events.tp, scoped.for_type("Meeting").events.fp) == (1, 0)
    everything = score(
        [factru_doc(FACTRU_CHAINS)], {"book_1": [unnamed, named]}, factru_scope=False
    )
    assert everything.for_type("Meeting").events.fp == 1
