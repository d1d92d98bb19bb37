"""The parsers' guard results (``chartloop.GUARD_RESULTS``): a word form's entry is its
parser's alone and its type's and tag's alone, and the packed results (a warm start's)
hold every untagged entry of both generations, in the order the forms were first met."""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import tag as tag_is
from yargy.predicates import type as type_is
from yargy.span import Span
from yargy.token import MorphToken, TagToken, Token
from yargy.tokenizer import RUSSIAN

from eventkit.parse import chartloop
from eventkit.parse.chartloop import GUARD_RESULTS, Lookahead
from eventkit.parse.fastparse import FastParser


def _token(cls: type[Token], value: str, kind: str, tag: str | None = None) -> Token:
    if cls is MorphToken:
        return MorphToken(value, Span(0, len(value)), kind, [])
    if cls is TagToken:
        return TagToken(value, Span(0, len(value)), kind, tag)
    return Token(value, Span(0, len(value)), kind)


def _accepted(lookahead: Lookahead, token: Token) -> list[bool]:
    guards = lookahead.token_guards(token)
    return [guards.accepts(lookahead, bit) for bit in range(len(lookahead.tests))]


def test_one_text_of_other_types_or_tags_has_entries_of_its_own() -> None:
    grammar = or_(rule(type_is(RUSSIAN)), rule(tag_is("X")))
    lookahead = FastParser(grammar)._lookahead
    other = FastParser(grammar)._lookahead  # a parser of the same grammar
    tokens = [
        _token(MorphToken, "мир", RUSSIAN),
        _token(Token, "мир", "LATIN"),
        _token(TagToken, "мир", RUSSIAN, "X"),
        _token(TagToken, "мир", RUSSIAN, "Y"),
        _token(TagToken, "мир", RUSSIAN, None),
    ]
    found = [lookahead.token_guards(token) for token in tokens]
    assert [guards.token for guards in found] == [*tokens[:4], tokens[0]]
    assert [_accepted(lookahead, token) for token in tokens] == [
        [True, False],
        [False, False],
        [True, True],
        [True, False],
        [True, False],
    ]
    # the same form again: the same entry; another parser's: its own
    again = [lookahead.token_guards(_token(MorphToken, "мир", RUSSIAN))]
    assert again[0] is found[0]
    assert other.token_guards(tokens[0]) is not found[0]


def test_the_packed_results_are_the_untagged_entries_of_both_generations() -> None:
    limit = GUARD_RESULTS.limit
    names = dict(chartloop.WARM_NAMES)
    GUARD_RESULTS.drop()
    try:
        GUARD_RESULTS.limit = 3
        lookahead = FastParser(rule(type_is(RUSSIAN)), name="packed-test")._lookahead
        forms = [
            _token(MorphToken, "мир", RUSSIAN),
            _token(Token, "12", "INT"),
            _token(TagToken, "мира", RUSSIAN, "X"),
            _token(MorphToken, "миру", RUSSIAN),
            _token(Token, "Shell", "LATIN"),
        ]
        for token in forms:
            lookahead.token_guards(token).accepts(lookahead, 0)
        # the limit of 3 was reached: the first three forms are the previous generation
        assert GUARD_RESULTS.entries() == 5
        chartloop.WARM_NAMES.clear()
        chartloop.WARM_NAMES[lookahead.serial] = lookahead.warm_name
        width, table = chartloop.stored_guards()[lookahead.warm_name]
        assert width == 1
        # each: evaluated | accepted << width
        assert table == {"мир": 3, "INT\x0012": 1, "миру": 3, "LATIN\x00Shell": 1}
        assert list(table) == ["мир", "INT\x0012", "миру", "LATIN\x00Shell"]
        # the first form carried over into the current generation; the next new form
        # starts another, and the forms of the first one not met again are dropped
        assert lookahead.token_guards(_token(MorphToken, "мир", RUSSIAN)).evaluated == 1
        lookahead.token_guards(_token(MorphToken, "миром", RUSSIAN))
        assert GUARD_RESULTS.entries() == 4
        assert list(chartloop.stored_guards()[lookahead.warm_name][1]) == [
            "миру",
            "LATIN\x00Shell",
            "мир",
            "миром",
        ]
    finally:
        chartloop.WARM_NAMES.clear()
        chartloop.WARM_NAMES.update(names)
        GUARD_RESULTS.limit = limit
        GUARD_RESULTS.drop()
