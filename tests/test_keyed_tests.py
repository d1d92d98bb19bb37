"""FastParser answers look-up tests (words, lowercased words, lemmas) a group at a time, and
yargy's gram tests without their wrappers."""

from __future__ import annotations

from typing import Any

from yargy import Parser, or_, rule
from yargy.predicates import caseless, eq, gram, in_, in_caseless
from yargy.predicates.bank import GramPredicate

from eventkit.grammar.actors import _new_actor_parser
from eventkit.grammar.tokens import has_lemma
from eventkit.parse.fastparse import FastParser
from eventkit.text.analysis import PretokenizedTokenizer

# Words and lemmas, as grammars ask them: a speaker, a speech verb, what was said.
SPEAKER = or_(
    rule(caseless("министр")),
    rule(in_caseless(["посол", "Депутат"])),
    rule(or_(eq("спикер"), eq("Спикер"))),
    rule(in_({"Глава", "глава"})),
    rule(eq("«")),
)
GRAMMAR = rule(
    SPEAKER,
    gram("NOUN").optional(),
    or_(rule(has_lemma("заявить")), rule(has_lemma("сказать", "написать"))),
    or_(rule(has_lemma("что")), rule(has_lemma("о", "об"))),
)
SENTENCES = [
    "Министр заявил о переговорах, что они продолжатся.",
    "МИНИСТР сказал о сроках, а глава ведомства заявила о другом.",
    "Посол Франции сказала, что визит отложен, и депутат заявил об этом.",
    "Спикер парламента заявил об отставке, спикер сказал что думал.",
    "« заявил о своём », — написала газета о том, что Глава написал.",
]


def _spans(parser: Any, text: str) -> list[tuple[int, int]]:
    return [(m.span.start, m.span.stop) for m in parser.findall(text)]


def test_the_word_and_lemma_tests_of_a_grammar_are_grouped_by_what_they_look_up() -> None:
    parser = FastParser(GRAMMAR, tokenizer=PretokenizedTokenizer())
    lookahead = parser._lookahead
    grouped = [bin(mask).count("1") for mask, _, _ in lookahead.keyed]
    # the lowercased texts (caseless, in_caseless), the texts (or_ of eq, in_, eq), the lemmas
    assert sorted(grouped) == [2, 3, 4]
    assert bin(lookahead.keyed_bits).count("1") == 9


def test_grouped_tests_find_what_stock_yargy_finds() -> None:
    tokenizer = PretokenizedTokenizer()
    stock, fast = Parser(GRAMMAR, tokenizer=tokenizer), FastParser(GRAMMAR, tokenizer=tokenizer)
    found = 0
    for text in SENTENCES:
        expected = _spans(stock, text)
        assert _spans(fast, text) == expected, text
        found += len(expected)
    assert found >= 5  # the sentences do match


def test_gram_tests_are_called_without_their_wrappers() -> None:
    lookahead = FastParser(GRAMMAR, tokenizer=PretokenizedTokenizer())._lookahead
    grams = [
        test
        for guard, test in zip(lookahead.guard_list, lookahead.tests, strict=True)
        if type(guard) is GramPredicate
    ]
    assert len(grams) == 1
    assert type(grams[0]) is not GramPredicate  # a plain function, not yargy's predicate


def test_the_actor_grammars_outlet_noun_is_answered_with_its_lemma_tests() -> None:
    """ "агентство", "телеканал": the outlet head is a lemma test the actor parser answers
    with the grammar's other lemma tests (``tests/test_conditional_tests.py`` checks that
    the parser's answers over corpus forms are those of each test asked by itself)."""
    lookahead = _new_actor_parser()._lookahead
    keyed = {
        getattr(guard, "name", None)
        for bit, guard in enumerate(lookahead.guard_list)
        if lookahead.keyed_bits >> bit & 1
    }
    assert "outlet-head" in keyed
