"""FastParser: the same matches and events as stock yargy, less chart work, bounded parses."""

from __future__ import annotations

import contextlib
import gc
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from yargy import Parser, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import eq, gram
from yargy.span import resolve_spans

from eventkit import Extractor
from eventkit.grammar.actors import ACTOR
from eventkit.grammar.dates import DATE
from eventkit.grammar.places import PLACE
from eventkit.parse.chartloop import (
    DONE,
    Trees,
    fill,
    free,
    node_precedes,
    resolved_spans,
    shape_precedes,
)
from eventkit.parse.collector import no_collection
from eventkit.parse.fastparse import FastParser, collect_cuts
from eventkit.parse.trees import named_parts
from eventkit.text.analysis import PretokenizedTokenizer, analyse

SENTENCE = (
    "Министр иностранных дел России Сергей Лавров 12 апреля провел в Москве переговоры "
    "с госсекретарем США Энтони Блинкеном и главой МИД Китая Ван И."
)


def _dev_documents(shared: Path) -> list[tuple[str, str]]:
    lines = (shared / "data" / "wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [(d["id"], d["text"]) for d in map(json.loads, lines)]


def _signature(match: Any) -> tuple[Any, ...]:
    """What a match says: its token spans and the tokens under every named part."""
    spans = tuple((t.span.start, t.span.stop) for t in match.tokens)
    parts = tuple(
        sorted(
            (name, tuple(tuple(t.span.start for t in part) for part in found))
            for name, found in named_parts(match).items()
        )
    )
    return spans, parts


def _grammars(extractor: Extractor) -> dict[str, Any]:
    grammars = {"actors": ACTOR, "dates": DATE, "places": PLACE}
    for pack in extractor.packs:
        for event_rule in pack.rules:
            grammars[f"{pack.name}/{event_rule.name}"] = event_rule.grammar()
    return grammars


def test_same_matches_as_stock_yargy_on_dev_sentences(shared: Path, extractor: Extractor) -> None:
    tokenizer = PretokenizedTokenizer()
    pairs = {
        name: (Parser(grammar, tokenizer=tokenizer), FastParser(grammar, tokenizer=tokenizer))
        for name, grammar in _grammars(extractor).items()
    }
    compared = ruled_out = 0
    for _, text in _dev_documents(shared):
        for sentence in analyse(text).sentences:
            for name, (stock, fast) in pairs.items():
                expected = [_signature(m) for m in stock.findall(sentence.tokens)]
                assert [_signature(m) for m in fast.findall(sentence.tokens)] == expected, name
                compared += len(expected)
                if not fast.can_match(sentence.tokens):
                    assert expected == [], name  # "cannot match" is never wrong
                    ruled_out += 1
    assert compared > 500  # the comparison saw real matches
    assert ruled_out > 500  # and sentences the lookahead alone ruled out


def test_same_events_as_stock_yargy_on_dev_documents(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _dev_documents(shared)
    extractor = Extractor()
    fast = [extractor.converter.dumps(extractor.extract(t, doc_id=i)) for i, t in documents]
    # Every FastParser (the packs', the actors', the resolver's) back on yargy's own chart
    # and match trees; the collector back on.
    monkeypatch.setattr(FastParser, "chart", Parser.chart)
    monkeypatch.setattr(FastParser, "findall", Parser.findall)
    monkeypatch.setattr("eventkit.extract.extractor.no_collection", contextlib.nullcontext)
    stock = [extractor.converter.dumps(extractor.extract(t, doc_id=i)) for i, t in documents]
    assert fast == stock
    assert sum(len(json.loads(line)["events"]) for line in fast) > 20


def _states(parser: Any, tokens: list[Any]) -> int:
    return sum(len(column.states) for column in parser.chart(tokens).columns)


def test_lookahead_builds_far_fewer_chart_states() -> None:
    tokens = analyse(SENTENCE).sentences[0].tokens
    tokenizer = PretokenizedTokenizer()
    stock = _states(Parser(ACTOR, tokenizer=tokenizer), tokens)
    fast = _states(FastParser(ACTOR, tokenizer=tokenizer), tokens)
    assert fast * 2 < stock


def test_empty_alternatives_still_match() -> None:
    # An optional first part makes the production's FIRST set include what follows it.
    grammar = rule(gram("ADJF").optional(), eq("встреча"))
    parser = FastParser(grammar, tokenizer=PretokenizedTokenizer())
    found = [[t.value for t in m.tokens] for m in parser.findall("важная встреча и встреча")]
    assert found == [["важная", "встреча"], ["встреча"]]


def test_no_state_waits_for_what_the_next_token_cannot_start() -> None:
    grammar = rule(eq("встреча"), eq("в"), gram("NOUN"))
    tokens = analyse("встреча и встреча в Москве").sentences[0].tokens
    fast = FastParser(grammar, tokenizer=PretokenizedTokenizer())
    columns = fast.chart(tokens).columns
    waiting = [
        (column.index, state.production.terms[state.dot_index])
        for column in columns
        for state in column.states
        if state.dot_index < len(state.production.terms)
    ]
    # stock yargy keeps "встреча •в" before "и"; here every waiting state can go on
    assert waiting
    assert all(i < len(tokens) and term(tokens[i]) for i, term in waiting)
    stock = Parser(grammar, tokenizer=PretokenizedTokenizer())
    assert any(
        i < len(tokens) and not term(tokens[i])
        for column in stock.chart(tokens).columns
        for state in column.states
        if state.dot_index < len(state.production.terms)
        for i, term in [(column.index, state.production.terms[state.dot_index])]
    )
    assert [m.span for m in fast.findall(tokens)] == [m.span for m in stock.findall(tokens)]


def test_chart_indexes_waiting_states_by_rule_id_as_yargy() -> None:
    # the chart loop keys its tables by rule numbers; the chart it returns is yargy's
    tokens = analyse(SENTENCE).sentences[0].tokens
    fast = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())
    columns = fast.chart(tokens).columns
    indexed = 0
    for column in columns:
        expected: dict[int, list[Any]] = {}
        for state in column.states:
            if not state.completed and hasattr(state.next_term, "productions"):
                expected.setdefault(id(state.next_term), []).append(state)
        assert dict(column.states_index) == expected
        indexed += len(expected)
    assert indexed


def test_leaves_keep_the_tokens_their_predicates_constrain() -> None:
    # ``gram`` keeps the token's forms it holds for; ``eq`` (yargy's base) the whole token
    tokens = analyse("стали стали").sentences[0].tokens
    grammar = rule(gram("NOUN"), eq("стали"))

    def forms(parser: Any) -> list[list[list[str]]]:
        return [
            [[str(form.grams) for form in token.forms] for token in match.tokens]
            for match in parser.findall(tokens)
        ]

    found = forms(FastParser(grammar, tokenizer=PretokenizedTokenizer()))
    assert found == forms(Parser(grammar, tokenizer=PretokenizedTokenizer()))
    first, second = found[0]
    assert all("NOUN" in form for form in first)
    assert any("VERB" in form for form in second)


def test_dictionary_pipelines_match_as_in_yargy() -> None:
    # a pipeline chooses its productions itself: the lookahead asks it, as a guard
    grammar = rule(morph_pipeline(["министр обороны", "глава МИД"]), gram("NOUN").optional())
    text = "Вчера министра обороны, а затем главу МИД Франции встретили."
    tokens = analyse(text).sentences[0].tokens
    fast = FastParser(grammar, tokenizer=PretokenizedTokenizer())
    stock = Parser(grammar, tokenizer=PretokenizedTokenizer())
    found = [[t.value for t in m.tokens] for m in fast.findall(tokens)]
    assert found == [["министра", "обороны"], ["главу", "МИД", "Франции"]]
    assert found == [[t.value for t in m.tokens] for m in stock.findall(tokens)]


def test_state_budget_stops_the_parse_and_reports_it() -> None:
    sentence = analyse(SENTENCE).sentences[0]
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer(), name="actors", max_states=40)
    with collect_cuts() as cuts:
        found = list(parser.findall(sentence.tokens))
    assert len(cuts) == 1
    assert (cuts[0].pack, cuts[0].rule) == ("eventkit", "actors")
    assert (cuts[0].start, cuts[0].end) == (sentence.start, sentence.end)
    assert "chart states" in cuts[0].message
    unbounded = list(FastParser(ACTOR, tokenizer=PretokenizedTokenizer()).findall(sentence.tokens))
    assert len(found) < len(unbounded)


def test_token_limit_parses_a_prefix_and_reports_it() -> None:
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer(), max_tokens=5)
    with collect_cuts() as cuts:
        found = list(parser.findall(SENTENCE))
    assert [c.message for c in cuts] == [
        f"{len(analyse(SENTENCE).sentences[0].tokens)} tokens, parsed only the first 5"
    ]
    assert all(
        m.tokens[-1].span.stop <= len("Министр иностранных дел России Сергей") for m in found
    )


def test_cuts_outside_a_collection_are_not_an_error() -> None:
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer(), max_states=10)
    assert isinstance(list(parser.findall(SENTENCE)), list)


def test_extractor_reports_budget_cuts_as_document_errors(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventkit.grammar import actors

    monkeypatch.setattr(actors.actor_parser(), "max_states", 30)
    document = extractor.extract("Сергей Лавров заявил, что переговоры с США будут продолжены.")
    budget = [e for e in document.errors if e.kind == "budget"]
    assert budget
    assert budget[0].rule == "actors"
    assert budget[0].start == 0


def test_default_tokenizer_is_eventkits() -> None:
    # yargy's default tokenizer builds a pymorphy2 analyzer, which needs pkg_resources and
    # fails on Python 3.12+; a FastParser built without one must not use it.
    from yargy import rule
    from yargy.predicates import gram

    from eventkit.text.analysis import PretokenizedTokenizer

    parser = FastParser(rule(gram("ADJF")))
    assert isinstance(parser.tokenizer, PretokenizedTokenizer)
    assert [m.tokens[0].value for m in parser.findall("новый дом")] == ["новый"]


def _garbage_after(parse: Any) -> int:
    """Objects only the collector could free after ``parse()`` (collector off meanwhile)."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        parse()
        return gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def test_findall_frees_its_chart() -> None:
    tokens = analyse(SENTENCE).sentences[0].tokens
    tokenizer = PretokenizedTokenizer()
    stock, fast = Parser(ACTOR, tokenizer=tokenizer), FastParser(ACTOR, tokenizer=tokenizer)
    assert list(fast.findall(tokens))  # warm: guard caches filled
    left_by_stock = _garbage_after(lambda: list(stock.findall(tokens)))
    left_by_fast = _garbage_after(lambda: list(fast.findall(tokens)))
    assert left_by_stock > 1000  # the cycles a chart leaves are real
    assert left_by_fast < 50


def test_no_collection_inside_and_the_callers_setting_after() -> None:
    assert gc.isenabled()
    with no_collection():
        assert not gc.isenabled()
        with no_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with no_collection():
            pass
        assert not gc.isenabled()  # a caller who had it off keeps it off
    finally:
        gc.enable()


def test_no_collection_with_overlapping_threads() -> None:
    # Thread A enters, B enters, A leaves (B still inside: stays off), B leaves (back on).
    entered, a_left, b_done = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def thread_b() -> None:
        entered.wait()
        with no_collection():
            inside.set()
            a_left.wait()
            seen.append(gc.isenabled())
        b_done.set()

    inside = threading.Event()
    worker = threading.Thread(target=thread_b)
    worker.start()
    with no_collection():
        entered.set()
        inside.wait()
    a_left.set()
    b_done.wait()
    worker.join()
    assert seen == [False]
    assert gc.isenabled()


def test_tree_order_is_yargys_on_every_pair_of_a_chart() -> None:
    """The compiled sort of a span's trees compares as yargy's ``Node.__lt__``."""
    chart = Parser(ACTOR, tokenizer=PretokenizedTokenizer()).chart(SENTENCE)
    by_rule: dict[int, list[Any]] = {}
    for column in chart.columns:
        for state in column.states:
            if state.completed:
                by_rule.setdefault(id(state.rule), []).append(state.node)
    pairs = [(a, b) for nodes in by_rule.values() for a in nodes for b in nodes]
    assert len(pairs) > 1000
    assert sum(bool(a < b) for a, b in pairs) > 100
    assert all(node_precedes(a, b) == bool(a < b) for a, b in pairs)


def test_tree_shapes_order_as_yargys_nodes() -> None:
    """The sort of a span's trees compares their shapes (``Trees.shape``), not yargy
    nodes: on every pair of trees a rule completed in FastParser's chart, the shapes'
    order is yargy's ``Node.__lt__`` of the nodes the same trees make."""
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())
    tokens = list(parser.tokenizer(SENTENCE))
    columns, _, _ = fill(parser._lookahead, parser.rule, tokens, True, 10**6)
    try:
        trees = Trees()
        by_rule: dict[int, list[Any]] = {}
        for column in columns:
            for position, _, tree in column.states:
                if position[0] == DONE:
                    by_rule.setdefault(id(position[6]), []).append(tree)
        pairs = [(a, b) for found in by_rule.values() for a in found for b in found]
        assert len(pairs) > 1000
        nodes = [(trees.node(a), trees.node(b)) for a, b in pairs]
        assert sum(bool(x < y) for x, y in nodes) > 100
        shapes = [shape_precedes(trees.shape(a), trees.shape(b)) for a, b in pairs]
        assert shapes == [bool(x < y) for x, y in nodes]
    finally:
        free(columns)


_SPAN = st.tuples(st.integers(0, 12), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=9, unique=True))
def test_resolved_spans_are_yargys(spans: list[tuple[int, int]]) -> None:
    ordered = sorted(spans, key=lambda span: (span[0], -span[1]))  # yargy's order of trees
    assert resolved_spans(ordered) == list(resolve_spans(ordered))


_WIDE_SPAN = st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_WIDE_SPAN, max_size=90, unique=True))
def test_resolved_spans_are_yargys_past_64_spans(spans: list[tuple[int, int]]) -> None:
    # the next span of each is found by halving and the kept ones are bits of an int: both
    # must give yargy's answer for more spans than a machine word has bits, too
    ordered = sorted(spans, key=lambda span: (span[0], -span[1]))  # yargy's order of trees
    assert resolved_spans(ordered) == list(resolve_spans(ordered))
