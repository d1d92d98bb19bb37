"""eventkit.grammar.money and eventkit.grammar.companies: the building blocks of deals."""

from __future__ import annotations

import pytest

from eventkit.grammar.companies import company_mentions
from eventkit.grammar.money import money_mentions
from eventkit.text.analysis import analyse


@pytest.mark.parametrize(
    ("text", "sum_text", "value", "currency"),
    [
        pytest.param("за 60 млн долларов.", "60 млн долларов", 60e6, "USD", id="words"),
        pytest.param("на 2,5 млрд рублей", "2,5 млрд рублей", 2.5e9, "RUB", id="decimal-comma"),
        pytest.param("за $26,2 млрд.", "$26,2 млрд", 26.2e9, "USD", id="dollar-sign"),
        pytest.param("€20 млн", "€20 млн", 20e6, "EUR", id="euro-sign"),
        pytest.param("1 500 000 евро", "1 500 000 евро", 1.5e6, "EUR", id="digit-groups"),
        pytest.param("100 тыс. руб. в месяц", "100 тыс. руб.", 1e5, "RUB", id="abbreviations"),
        pytest.param("300 юаней", "300 юаней", 300.0, "CNY", id="yuan"),
    ],
)
def test_money(text: str, sum_text: str, value: float, currency: str) -> None:
    [sentence] = analyse(text).sentences
    [found] = money_mentions(sentence, text)
    assert (found.text, found.value, found.currency) == (sum_text, value, currency)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("выросла на 3 процента", id="percent"),
        pytest.param("в 2020 году", id="year"),
        pytest.param("20 самолетов", id="count"),
    ],
)
def test_not_money(text: str) -> None:
    [sentence] = analyse(text).sentences
    assert money_mentions(sentence, text) == []


def test_companies_beyond_actor_mentions() -> None:
    text = "Microsoft и Сбербанк обсудили сделку с «Газпромом»."
    [sentence] = analyse(text).sentences
    names = [(m.kind, m.name) for m in company_mentions(sentence, text)]
    assert ("ORG", "Microsoft") in names
    assert ("ORG", "Сбербанк") in names
    assert any("Газпром" in name for _, name in names)
