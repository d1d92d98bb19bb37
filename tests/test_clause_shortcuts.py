"""The clause layer's and the extractor's shortcuts give the answers of the long way: the
windows of a rule from the trigger lemmas a sentence holds, a token's index by binary
search, the content's start found once, the modality's markers met lemma by lemma."""

from __future__ import annotations

import attrs
import pytest

from eventkit.clause.clauses import (
    HYPOTHETICAL_MARKERS,
    PLANNED_MARKERS,
    _any_lemma_in,
    _plans,
    lemmas,
    modality,
    token_index,
)
from eventkit.clause.speech_content import content_start, content_start_at, content_start_in
from eventkit.engine.packs import EventRule
from eventkit.extract.windows import trigger_windows
from eventkit.model.events import Statement
from eventkit.text.analysis import Sentence, analyse
from eventkit.text.morph import get_morph

TEXT = (
    "Министр заявил журналистам в среду, что переговоры с Китаем пройдут в мае, "
    "и добавил, что глава МИД сообщит о них позже. Он не исключил, что встреча не "
    "состоится, а затем сказал: «Мы планируем подписать договор»; президент, возможно, "
    "бы приехал."
)


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    return analyse(TEXT, get_morph()).sentences


def _rule(triggers: set[str], window: int) -> EventRule:
    return EventRule(
        name="test.windows",
        event_type=Statement,
        triggers=triggers,
        grammar=lambda: None,
        interpret=lambda match: None,
        window=window,
    )


@pytest.mark.parametrize("window", [0, 1, 3, 12])
@pytest.mark.parametrize(
    "triggers",
    [{"заявить"}, {"сообщить", "заявить"}, {"сказать", "исключить", "нет"}, {"ничто"}],
)
def test_windows_from_the_present_triggers_are_the_rule_s_windows(
    sentences: list[Sentence], triggers: set[str], window: int
) -> None:
    rule = _rule(triggers, window)
    for sentence in sentences:
        present = rule.triggers & sentence.lemmas
        assert trigger_windows(sentence, rule, present) == trigger_windows(sentence, rule)


def test_token_index_by_binary_search_and_out_of_order(sentences: list[Sentence]) -> None:
    for sentence in sentences:
        for i, token in enumerate(sentence.tokens):
            assert token_index(sentence, token) == i
    first = sentences[0]
    shuffled = attrs.evolve(first, tokens=list(reversed(first.tokens)))
    for i, token in enumerate(shuffled.tokens):
        assert token_index(shuffled, token) == i  # found one by one when out of order
    with pytest.raises(ValueError, match="is not in the sentence"):
        token_index(first, sentences[1].tokens[0])


def test_the_content_start_found_once_is_content_start(sentences: list[Sentence]) -> None:
    for sentence in sentences:
        tokens = sentence.tokens
        for end in range(len(tokens)):
            following = list(tokens[end + 1 : end + 13])
            found = content_start_in(following)
            expected = content_start(tokens, end)
            if found is None:
                assert expected is None
            else:
                assert content_start_at(following, end, found) == expected


def _modality_by_sets(sentence: Sentence, index: int, extra: tuple[str, ...]) -> tuple[bool, bool]:
    """The union-and-intersect tests ``modality`` made before: hypothetical and planned."""
    tokens = sentence.tokens
    window = set().union(*(lemmas(t) for t in tokens[max(0, index - 5) : index + 1]))
    hypothetical = bool(window & HYPOTHETICAL_MARKERS)
    before = tokens[max(0, index - 4) : index]
    governing = set().union(*(lemmas(t) for t in before[-4:])) if before else set()
    planned = bool(governing & (PLANNED_MARKERS | set(extra)) - {"договориться"})
    return hypothetical, planned


@pytest.mark.parametrize("extra", [(), ("сказать",), ("договориться", "заявить")])
def test_modality_markers_met_lemma_by_lemma(
    sentences: list[Sentence], extra: tuple[str, ...]
) -> None:
    for sentence in sentences:
        tokens = sentence.tokens
        for index in range(len(tokens)):
            hypothetical, planned = _modality_by_sets(sentence, index, extra)
            window = tokens[max(0, index - 5) : index + 1]
            assert _any_lemma_in(window, HYPOTHETICAL_MARKERS) == hypothetical
            assert _plans(tokens[max(0, index - 4) : index][-4:], extra) == planned
            modality(sentence, index, extra_planned=extra)  # runs on every word
