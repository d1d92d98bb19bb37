"""The caches that grow with a stream's words stay within their bounds, and answer as before."""

from __future__ import annotations

import itertools

import pytest

from eventkit.caches import Generations
from eventkit.grammar.actors import ACTOR
from eventkit.parse.chartloop import GUARD_RESULTS
from eventkit.parse.fastparse import FastParser
from eventkit.text.analysis import FORM_LEMMAS, PretokenizedTokenizer, analyse, token_lemmas
from eventkit.text.morph import Morph


def _dictionary_words(morph: Morph, count: int) -> list[str]:
    """``count`` distinct word forms of pymorphy's dictionary, in its order."""
    forms = (parse.word for parse in morph.raw.iter_known_word_parses("пере"))
    seen = dict.fromkeys(itertools.islice(forms, count * 3))
    return list(seen)[:count]


def test_a_table_keeps_at_most_two_generations_and_carries_over_what_is_used() -> None:
    table: Generations[int, str] = Generations(10)
    for key in range(100):
        if table.lookup(0) is None:  # key 0 is asked for all along
            table.remember(0, "zero")
        if table.lookup(key) is None:
            table.remember(key, str(key))
        assert table.entries() <= 20
    assert table.lookup(0) == "zero"
    assert table.lookup(5) is None  # dropped two generations ago
    assert table.lookup(99) == "99"
    with pytest.raises(ValueError, match="at least 1"):
        Generations(0)


def test_the_analyses_stay_within_their_bound_and_are_pymorphys() -> None:
    morph = Morph()  # a fresh analyzer: the process-wide one keeps its own limits
    morph._parses.limit = morph._forms.limit = 50
    words = _dictionary_words(morph, 400)
    for word in words:
        assert [f.raw for f in morph(word)] == morph.raw.parse(word)
        assert morph._parses.entries() <= 100
        assert morph._forms.entries() <= 100
    # a form asked for again after it was dropped gets the same analyses
    assert [f.raw for f in morph(words[0])] == morph.raw.parse(words[0])


def test_the_lemmas_table_stays_within_its_bound() -> None:
    limit = FORM_LEMMAS.limit
    FORM_LEMMAS.limit = 50
    try:
        text = " ".join(_dictionary_words(Morph(), 300))
        tokens = [t for sentence in analyse(text).sentences for t in sentence.tokens]
        assert len(tokens) >= 300
        lemmas = [token_lemmas(t) for t in tokens]
        assert FORM_LEMMAS.entries() <= 100
        assert [token_lemmas(t) for t in tokens] == lemmas
    finally:
        FORM_LEMMAS.limit = limit


def test_the_parsers_guard_results_stay_within_their_bound_with_the_same_matches() -> None:
    text = " ".join(
        f"{first} {last} встретился с министром {place}."
        for first, last, place in [
            ("Иван", "Петров", "Франции"),
            ("Анна", "Смирнова", "Италии"),
            ("Олег", "Кузнецов", "Испании"),
        ]
    )
    words = " ".join(_dictionary_words(Morph(), 300))
    sentences = analyse(f"{text} {words}. {text}").sentences
    unbounded = [
        [
            (m.span, m.rule.name)
            for m in FastParser(ACTOR, tokenizer=PretokenizedTokenizer()).findall(s.tokens)
        ]
        for s in sentences
    ]
    limit = GUARD_RESULTS.limit
    GUARD_RESULTS.limit = 20  # one table for every parser of the process
    GUARD_RESULTS.drop()  # what it holds now was kept under the larger limit
    try:
        bounded = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())
        for sentence, expected in zip(sentences, unbounded, strict=True):
            found = [(m.span, m.rule.name) for m in bounded.findall(sentence.tokens)]
            assert found == expected
            assert GUARD_RESULTS.entries() <= 40
    finally:
        GUARD_RESULTS.limit = limit
