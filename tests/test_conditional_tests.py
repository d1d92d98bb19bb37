"""FastParser turns down the token tests of names and places for a lowercase word with one
call of the test they hold only after (``TokenTest.only_if``), and its answers are those of
each test asked by itself."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import missing_shared
from yargy.token import Token as PlainToken

from eventkit.grammar.actors import _new_actor_parser
from eventkit.grammar.tokens import may_be_capitalized, particle_name
from eventkit.parse.chartloop import Lookahead, TokenGuards
from eventkit.parse.tokentest import TokenTest
from eventkit.text.analysis import tokenize
from eventkit.text.protocols import Token

# Every 25th document of the news corpus, its distinct word forms (about 6,000).
SAMPLE_EVERY = 25

# Capitalized and lowercase words, a hyphenated name particle, all-caps abbreviations,
# initials, Latin words, numbers and marks.
SENTENCES = [
    "Министр иностранных дел России Сергей Лавров встретился с аль-Хашими в Москве.",
    "По словам представителя МИД КНР, Си Цзиньпин и В. В. Путин обсудили сотрудничество.",
    "«Газпром» и компания Shell подписали 12 соглашений; экс-министр заявил об этом.",
    "ООН, США и Евросоюз призвали стороны к перемирию, сообщает агентство Reuters.",
]


def _forms(texts: list[str]) -> list[Token]:
    """One token of each distinct (type, text) of ``texts``."""
    seen: dict[tuple[str, str], Token] = {}
    for text in texts:
        for token in tokenize(text):
            seen.setdefault((token.type, token.value), token)
    return list(seen.values())


def _corpus_texts(shared: Path) -> list[str]:
    path = shared / "data" / "news-corpus.jsonl"
    if not path.exists():
        missing_shared(f"the news corpus at {path}")
    lines = path.read_text(encoding="utf-8").splitlines()[::SAMPLE_EVERY]
    return [json.loads(line)["text"] for line in lines]


def _asked_alone(lookahead: Lookahead, token: Token) -> tuple[int, int]:
    """(every bit, the bits whose tests hold), each test called by itself (a test that
    raises holds, as in the parser)."""
    accepted = 0
    for bit, test in enumerate(lookahead.tests):
        try:
            found = bool(test(token))
        except Exception:
            found = True
        if found:
            accepted |= 1 << bit
    return (1 << len(lookahead.tests)) - 1, accepted


def _asked_by_the_parser(lookahead: Lookahead, token: Token) -> tuple[int, int]:
    """(the bits evaluated, the bits that hold) after the parser predicts every rule of its
    grammar before ``token`` and asks every test left (groups first, as in the chart)."""
    guards = TokenGuards(token)
    for rule in lookahead.rules:
        if id(rule) not in lookahead.opaque:
            lookahead.productions(rule, guards)
    for bit in range(len(lookahead.tests)):
        guards.accepts(lookahead, bit)
    return guards.evaluated, guards.accepted


def _conditional_bits(lookahead: Lookahead) -> list[int]:
    return [b for b in range(len(lookahead.tests)) if lookahead.conditional_bits >> b & 1]


def test_the_actor_grammars_tests_of_names_and_places_are_grouped() -> None:
    lookahead = _new_actor_parser()._lookahead
    names = {lookahead.guard_list[b].name for b in _conditional_bits(lookahead)}
    assert {"is_name_word", "is_geo", "first-name", "name-before-particle"} <= names
    assert [condition for _, condition in lookahead.conditional] == [may_be_capitalized]


def test_a_grouped_test_holds_only_where_its_condition_holds(shared: Path) -> None:
    lookahead = _new_actor_parser()._lookahead
    bits = _conditional_bits(lookahead)
    held = 0
    for token in _forms(SENTENCES + _corpus_texts(shared)):
        for bit in bits:
            guard = lookahead.guard_list[bit]
            assert isinstance(guard, TokenTest)
            assert guard.only_if is not None
            if lookahead.tests[bit](token):
                held += 1
                assert guard.only_if(token), (guard.name, token.value)
    assert held > 100  # the sample has names and places


def test_the_parser_answers_every_test_as_the_test_itself(shared: Path) -> None:
    tokens = _forms(SENTENCES + _corpus_texts(shared))
    assert len(tokens) > 3000
    lookahead = _new_actor_parser()._lookahead
    lowercase = 0
    for token in tokens:
        every, accepted = _asked_alone(lookahead, token)
        assert _asked_by_the_parser(lookahead, token) == (every, accepted), token.value
        lowercase += not may_be_capitalized(token)
    assert lowercase > 1000  # most forms are turned down by the group


def _may_be_capitalized_by_slices(value: str) -> bool:
    """``may_be_capitalized`` as first written: the first letter as a one-letter string."""
    first = value[:1]
    if "а" <= first <= "я":
        return "-" in value and particle_name(value)
    return first.isupper() or value.isupper() or ("-" in value and particle_name(value))


def test_may_be_capitalized_reads_the_first_letter_as_the_slice_does() -> None:
    # the edges of both Russian ranges, "ё" and "Ё" outside them, other scripts, particles
    values = [
        "", "а", "я", "А", "Я", "ё", "Ё", "ёлка", "Ёлкин", "аль-Хашими", "аль-хашими", "ибн-Сина",
        "ООН", "США", "Shell", "shell", "iPhone", "12", "-", "«", "Ω", "ω", "ǅ", "ʼА", "ӀА", "ѣ",
        "Ѣ", "ΑΒ", "аБ", "яЯ", "@", "\u0400", "\u042f\u0430", "\u0450", "\u044f-Я", "ан-Нахда",
    ]  # fmt: skip
    values += [chr(code) + "ин" for code in range(0x3F0, 0x480)]
    for value in values:
        token = PlainToken(value, (0, len(value)), "RU")
        assert may_be_capitalized(token) == _may_be_capitalized_by_slices(value), value
