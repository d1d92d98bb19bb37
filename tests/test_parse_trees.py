"""Reading match trees (``eventkit.parse.trees``) and the shape of the actor grammar's chart."""

from __future__ import annotations

from typing import Any

from yargy import rule
from yargy.predicates import eq
from yargy.rule.bnf import BNFRule

from eventkit.grammar.actors import ACTOR, mentions
from eventkit.parse.fastparse import FastParser
from eventkit.parse.trees import named_parts
from eventkit.text.analysis import PretokenizedTokenizer, analyse


def _parts(grammar: Any, text: str) -> list[dict[str, list[list[str]]]]:
    tokens = analyse(text).sentences[0].tokens
    parser = FastParser(grammar, tokenizer=PretokenizedTokenizer())
    return [
        {name: [[t.value for t in p] for p in found] for name, found in named_parts(m).items()}
        for m in parser.findall(tokens)
    ]


def test_every_named_part_gets_the_tokens_under_it_however_deep() -> None:
    inner = rule(eq("б"), eq("в")).named("INNER")
    middle = rule(eq("а"), inner).named("MIDDLE")
    grammar = rule(middle, eq("г"), rule(eq("д")).named("INNER")).named("OUTER")
    assert _parts(grammar, "а б в г д") == [
        {
            "OUTER": [["а", "б", "в", "г", "д"]],
            "MIDDLE": [["а", "б", "в"]],
            "INNER": [["б", "в"], ["д"]],  # in the order they stand
        }
    ]


def test_an_actor_match_names_its_titles_and_person() -> None:
    found = _parts(ACTOR, "советник башкирского президента, профессор Иван Петров")
    assert found[0]["PERSON"] == [["Иван", "Петров"]]
    assert found[0]["TITLE"] == [["советник", "башкирского", "президента"], ["профессор"]]


def test_mentions_know_their_tokens() -> None:
    analysed = analyse("Вчера в Казани министр финансов Антон Силуанов встретился с журналистами.")
    sentence = analysed.sentences[0]
    tokens = sentence.tokens
    found = {m.text: (m.first_token, m.last_token) for m in mentions(sentence, analysed.text)}
    for text, (first, last) in found.items():
        assert " ".join(t.value for t in tokens[first : last + 1]) == text
    assert "министр финансов Антон Силуанов" in found


def _bnf_rules(parser: FastParser) -> list[Any]:
    seen: dict[int, Any] = {}
    stack = [parser.rule]
    while stack:
        current = stack.pop()
        if id(current) not in seen:
            seen[id(current)] = current
            stack.extend(t for p in current.productions for t in p.terms if isinstance(t, BNFRule))
    return list(seen.values())


def test_titles_organizations_and_people_share_one_run_of_adjectives() -> None:
    """The chart predicts a rule once per position for everything that waits for it: the
    adjectives that may open a title, an organization or a description are one rule, not
    four equal copies each predicted and completed at every adjective."""
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())
    runs = [
        r
        for r in _bnf_rules(parser)
        if [[getattr(t, "label", None) for t in p.terms] for p in r.productions]
        == [["adjective", "adjective"], ["adjective"]]
    ]
    assert len(runs) == 1


def test_no_optional_part_opens_an_organization_or_a_description() -> None:
    """An optional part is a rule the chart predicts, and completes empty, wherever the
    rule around it may start; adjectives before the head are an alternative instead."""
    parser = FastParser(ACTOR, tokenizer=PretokenizedTokenizer())
    heads = [r for r in _bnf_rules(parser) if getattr(r, "label", None) in ("ORG", "PEOPLE")]
    assert {r.label for r in heads} == {"ORG", "PEOPLE"}
    opening = [
        p.terms[0]
        for r in heads
        for p in r.productions
        if p.terms and isinstance(p.terms[0], BNFRule)
    ]
    assert not [r for r in opening if any(not p.terms for p in r.productions)]
