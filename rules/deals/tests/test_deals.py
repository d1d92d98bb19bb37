"""The deals pack through its installed entry point: ten sentences with a deal, ten that
only mention money or companies, and the sums' values and currencies."""

from __future__ import annotations

from typing import Any

import pytest

from eventkit import Extractor
from eventkit.testing import assert_events

pytestmark = pytest.mark.eventkit_packs("deals")

DEALS = [
    pytest.param(
        "Сбербанк купил 51% акций компании «Рамблер» за 60 млн долларов.",
        {
            "kind": "acquisition",
            "trigger": "купил",
            "buyer": "Сбербанк",
            "asset": "51% акций компании «Рамблер»",
            "amount": {"text": "60 млн долларов", "value": 60e6, "currency": "USD"},
        },
        id="bought-stake",
    ),
    pytest.param(
        "Компания «Роснефть» приобрела контрольный пакет акций индийской компании «Эссар» "
        "за 12,9 млрд долларов.",
        {
            "kind": "acquisition",
            "buyer": "Компания «Роснефть»",
            "amount": {"value": 12.9e9, "currency": "USD"},
        },
        id="acquired-controlling-stake",
    ),
    pytest.param(
        "«Газпром нефть» подписала контракт с компанией «Шелл» на сумму 2,5 млрд рублей.",
        {
            "kind": "contract",
            "trigger": "подписала контракт",
            "parties": ["«Газпром нефть»", "компания «Шелл»"],
            "amount": {"value": 2.5e9, "currency": "RUB"},
        },
        id="signed-contract",
    ),
    pytest.param(
        "Фонд «Баринг Восток» инвестировал 100 млн долларов в компанию «Озон».",
        {
            "kind": "investment",
            "buyer": "Фонд «Баринг Восток»",
            "seller": "компания «Озон»",
            "amount": {"value": 100e6, "currency": "USD"},
        },
        id="invested-in",
    ),
    pytest.param(
        "Группа ВТБ выкупила у «Сбербанка» долю в компании «Магнит» за 138 млрд рублей.",
        {
            "kind": "acquisition",
            "buyer": "Группа ВТБ",
            "seller": "«Сбербанк»",
            "amount": {"value": 138e9, "currency": "RUB"},
        },
        id="bought-from",
    ),
    pytest.param(
        "Microsoft купила LinkedIn за $26,2 млрд.",
        {
            "kind": "acquisition",
            "buyer": "Microsoft",
            "asset": "LinkedIn",
            "amount": {"text": "$26,2 млрд", "value": 26.2e9, "currency": "USD"},
        },
        id="latin-names-dollar-sign",
    ),
    pytest.param(
        "Компания продала завод холдингу «Сибур» за 1 500 000 евро.",
        {
            "kind": "sale",
            "seller": "Компания",
            "buyer": "холдинг «Сибур»",
            "asset": "завод",
            "amount": {"value": 1.5e6, "currency": "EUR"},
        },
        id="sold-to-dative",
    ),
    pytest.param(
        "Правительство Москвы заключило с компанией «Мосинжпроект» контракт стоимостью "
        "30 млрд рублей.",
        {
            "kind": "contract",
            "parties": ["Правительство Москвы", "компания «Мосинжпроект»"],
            "amount": {"value": 30e9},
        },
        id="contract-partner-before-noun",
    ),
    pytest.param(
        "Банк ВТБ вложил в строительство завода 5 млрд рублей.",
        {"kind": "investment", "buyer": "Банк ВТБ", "amount": {"value": 5e9}},
        id="put-money-into",
    ),
    pytest.param(
        "«Аэрофлот» заключил сделку с «Боингом» на поставку 20 самолетов.",
        {"kind": "contract", "parties": ["«Аэрофлот»", "«Боинг»"], "amount": None},
        id="deal-without-sum",
    ),
]

NOT_DEALS = [
    pytest.param("Выручка «Газпрома» за год выросла до 6 трлн рублей.", id="revenue"),
    pytest.param("Компания «Яндекс» открыла новый офис в Казани.", id="new-office"),
    pytest.param("Акции «Сбербанка» подешевели на 3 процента.", id="share-price"),
    pytest.param("Бюджет города на следующий год составит 500 млрд рублей.", id="budget"),
    pytest.param("Иван купил хлеб за 50 рублей.", id="shopping-is-no-deal"),
    pytest.param("Глава «Роснефти» Игорь Сечин выступил на форуме в Петербурге.", id="ceo-speech"),
    pytest.param("Средняя зарплата в регионе достигла 60 тысяч рублей.", id="salary"),
    pytest.param("Эксперты обсуждают, сколько может стоить компания «Магнит».", id="valuation"),
    pytest.param(
        "Россия и Китай подписали соглашение о сотрудничестве в области образования.",
        id="agreement-between-states",
    ),
    pytest.param("Курс доллара вырос до 90 рублей.", id="exchange-rate"),
]


@pytest.mark.parametrize(("text", "expected"), DEALS)
def test_finds_the_deal(text: str, expected: dict[str, Any], eventkit_extractor: Extractor) -> None:
    [found] = assert_events(text, [{"type": "Deal", **expected}], extractor=eventkit_extractor)
    assert found["pack"] == "deals"
    assert text[found["trigger"]["start"] : found["trigger"]["end"]] == found["trigger"]["text"]
    if found["amount"] is not None:
        amount = found["amount"]
        assert text[amount["start"] : amount["end"]] == amount["text"]


@pytest.mark.parametrize("text", NOT_DEALS)
def test_money_or_companies_alone_are_no_deal(text: str, eventkit_extractor: Extractor) -> None:
    assert_events(text, [], extractor=eventkit_extractor)


def test_the_pack_declares_itself(eventkit_extractor: Extractor) -> None:
    [pack] = eventkit_extractor.packs
    assert (pack.name, pack.requires_eventkit) == ("deals", ">=0.1,<0.2")
    assert [t.type for t in pack.event_types] == ["Deal"]
    assert "Deal" in eventkit_extractor.converter.event_types


def test_deal_json_round_trip(eventkit_extractor: Extractor) -> None:
    document = eventkit_extractor.extract("Microsoft купила LinkedIn за $26,2 млрд.")
    converter = eventkit_extractor.converter
    data = converter.document_to_dict(document)
    assert converter.document_from_dict(data, document.text).events == document.events


def test_negated_deal_keeps_its_modality(eventkit_extractor: Extractor) -> None:
    [found] = assert_events(
        "«Роснефть» не купила долю в компании «Эссар».",
        [{"type": "Deal", "kind": "acquisition"}],
        extractor=eventkit_extractor,
    )
    assert found["modality"] == "negated"
