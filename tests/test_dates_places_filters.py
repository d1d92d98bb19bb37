"""The checks that spare the date and place parses (``_may_date``, ``_may_place``) never
skip a sentence whose parse would give an answer: wherever they say no, the parse finds
nothing ``_sentence_date`` or ``_sentence_place`` would take."""

from __future__ import annotations

import json
from itertools import islice

import pytest
from conftest import shared_dir

from eventkit.grammar.dates import date_value, relative_offset, weekday
from eventkit.resolve.dates_places import (
    Dateline,
    _may_date,
    _may_place,
    _sentence_date,
    _sentence_place,
    find_dateline,
    parsers,
)
from eventkit.text.analysis import Sentence, analyse

# a sample of real copy, where ``../shared`` has it, besides the made-up texts
CORPUS = shared_dir() / "data" / "news-corpus.jsonl"

TEXTS = [
    "Москва, 3 марта. Вчера министр выступил в Госдуме. В четверг он улетел во Францию.",
    "В тот же день в Казани прошла встреча. Сегодня в российской столице идёт снег.",
    "Встреча прошла 5 мая 2019 года в Берлине. В 2020 году компания выросла.",
    "В ходе встречи стороны договорились. В связи с этим в понедельник все отдыхают.",
    "Во вторник во Вьетнаме прошли выборы. Он прилетел во Вьетнам в марте.",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in islice(lines, 40)]
    return texts


def _date_possible(sentence: Sentence, dateline: Dateline | None) -> bool:
    """Whether some date match of the sentence has an answer ``_sentence_date`` may take."""
    date_parser, _ = parsers()
    for match in date_parser.findall(sentence.tokens):
        if date_value(match.tokens) is not None:
            return True
        if dateline is not None and (
            weekday(match.tokens) is not None or relative_offset(match.tokens) is not None
        ):
            return True
    return False


def _place_possible(sentence: Sentence) -> bool:
    """Whether some place match of the sentence stands right after "в" / "во"."""
    _, place_parser = parsers()
    tokens = sentence.tokens
    starts = {t.span.start: i for i, t in enumerate(tokens)}
    for match in place_parser.findall(tokens):
        first = starts[match.tokens[0].span.start]
        if first and tokens[first - 1].value.lower() in ("в", "во"):
            return True
    return False


@pytest.mark.parametrize("with_dateline", [True, False])
def test_filters_skip_only_sentences_without_an_answer(with_dateline: bool) -> None:
    skipped_dates = skipped_places = 0
    for text in _texts():
        analysed = analyse(text)
        dateline = find_dateline(text) if with_dateline else None
        if with_dateline and dateline is None:
            dateline = Dateline("Москва", 0, 0, "2019-03-03", 0, 0)
        _, place_parser = parsers()
        for sentence in analysed.sentences:
            if not _may_date(sentence, dateline):
                skipped_dates += 1
                assert not _date_possible(sentence, dateline), sentence.text_of(text)
                assert _sentence_date(sentence, text, dateline) == (None, False)
            if not _may_place(sentence.tokens, place_parser):
                skipped_places += 1
                assert not _place_possible(sentence), sentence.text_of(text)
                assert _sentence_place(sentence, text, dateline) is None
    # the checks do spare parses
    assert skipped_dates
    assert skipped_places


def test_answers_are_still_found() -> None:
    text = TEXTS[0]
    analysed = analyse(text)
    dateline = find_dateline(text)
    assert dateline is not None
    second, third = analysed.sentences[1], analysed.sentences[2]
    found, relative = _sentence_date(second, text, dateline)
    assert found is not None
    assert found.text == "Вчера"
    assert relative
    found, relative = _sentence_date(third, text, dateline)
    assert found is not None
    assert found.text == "В четверг"
    assert relative
    # without a dateline a relative day has no value: nothing to parse for
    assert not _may_date(second, None)
    same_day = analyse(TEXTS[1])
    place = _sentence_place(same_day.sentences[0], TEXTS[1], None)
    assert place is not None
    assert place.name == "Казань"
    # "во Вьетнам" is a direction: parsed, and no place
    direction = analyse(TEXTS[4]).sentences[1]
    assert _may_place(direction.tokens, parsers()[1])
    assert _sentence_place(direction, TEXTS[4], None) is None
    later = analyse(TEXTS[2])
    found, relative = _sentence_date(later.sentences[0], TEXTS[2], None)
    assert found is not None
    assert found.value == "2019-05-05"
    assert not relative
