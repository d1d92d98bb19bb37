"""Sums of money: "60 млн долларов", "2,5 млрд рублей", "$1,2 млрд", "1 500 000 евро",
"100 тыс. руб.", "€20 млн".

``MONEY`` is the yargy rule; ``money_mentions(sentence, text)`` runs it once per sentence
(cached on the sentence, shared by all packs) and returns :class:`Money` values with the
amount as a number and the currency as an ISO 4217 code.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen
from yargy import or_, rule
from yargy.predicates import eq, in_
from yargy.predicates import type as token_type

from eventkit.grammar.tokens import lemma_in, lemmas
from eventkit.model.events import offsets_ordered
from eventkit.parse.fastparse import FastParser
from eventkit.parse.protocols import Match, Rule
from eventkit.parse.trees import named_parts
from eventkit.text.analysis import Sentence
from eventkit.text.protocols import Tokens

# Currency lemmas (and abbreviations) to ISO 4217 codes.
CURRENCIES: dict[str, str] = {
    "рубль": "RUB", "руб": "RUB", "р": "RUB", "₽": "RUB", "rub": "RUB",
    "доллар": "USD", "долл": "USD", "$": "USD", "usd": "USD",
    "евро": "EUR", "€": "EUR", "eur": "EUR",
    "юань": "CNY", "cny": "CNY",
    "фунт": "GBP", "£": "GBP", "gbp": "GBP",
    "иена": "JPY", "йена": "JPY", "¥": "JPY",
    "тенге": "KZT", "гривна": "UAH", "франк": "CHF", "рупия": "INR", "лира": "TRY",
}  # fmt: skip
SYMBOLS = frozenset({"$", "€", "£", "₽", "¥"})
# Multiplier lemmas and abbreviations.
MULTIPLIERS: dict[str, int] = {
    "тысяча": 10**3, "тыс": 10**3,
    "миллион": 10**6, "млн": 10**6,
    "миллиард": 10**9, "млрд": 10**9,
    "триллион": 10**12, "трлн": 10**12,
}  # fmt: skip

_INT = token_type("INT")
# "1 500 000" (groups of three digits), "2,5" / "2.5" (a decimal part).
NUMBER = rule(
    _INT,
    or_(
        rule(_INT.repeatable(max=3)),
        rule(in_({",", "."}), _INT),
    ).optional(),
).named("AMOUNT")
# Only abbreviations take a full stop ("тыс.", "руб."); after a full word a "." ends the
# sentence and is not part of the sum.
_DOTTED = frozenset({"тыс", "руб", "долл", "р"})


def _word(words: Iterable[str]) -> Rule:
    found: Rule = or_(
        rule(lemma_in(set(words) - _DOTTED)),
        rule(in_(_DOTTED & set(words)), eq(".").optional()),
    )
    return found


MULTIPLIER = _word(MULTIPLIERS).named("MULTIPLIER")
_CURRENCY_WORD = or_(
    _word(set(CURRENCIES) - SYMBOLS), rule(in_({"USD", "EUR", "RUB", "CNY", "GBP"}))
).named("CURRENCY")
_SYMBOL = rule(in_(SYMBOLS)).named("CURRENCY")

MONEY = or_(
    rule(NUMBER, MULTIPLIER.optional(), _CURRENCY_WORD),
    rule(_SYMBOL, NUMBER, MULTIPLIER.optional()),
    rule(NUMBER, MULTIPLIER.optional(), _SYMBOL),
).named("MONEY")


@frozen(kw_only=True)
class Money:
    """A sum of money as written, its value as a number and its ISO 4217 currency code."""

    text: str
    start: int
    end: int = field(validator=offsets_ordered)
    value: float | None = None
    currency: str | None = None


def amount_value(amount: Tokens, multiplier: Tokens = ()) -> float | None:
    """The number written by the AMOUNT tokens ("1", "500", "000" or "2", ",", "5") times
    the multiplier word ("млн")."""
    digits = [t.value for t in amount]
    if len(digits) == 3 and digits[1] in (",", "."):
        number = float(f"{digits[0]}.{digits[2]}")
    elif all(d.isdigit() for d in digits):
        number = float("".join(digits))
    else:
        return None
    for token in multiplier:
        for lemma in lemmas(token):
            if lemma in MULTIPLIERS:
                return number * MULTIPLIERS[lemma]
    return number


def currency_code(tokens: Tokens) -> str | None:
    """The ISO 4217 code of a currency word or symbol ("долларов" -> "USD")."""
    for token in tokens:
        if token.value in SYMBOLS:
            return CURRENCIES[token.value]
        for lemma in {*lemmas(token), token.value.lower()}:
            if lemma in CURRENCIES:
                return CURRENCIES[lemma]
    return None


_parser: FastParser | None = None
_CACHE_KEY = "eventkit.money"


def _money_parser() -> FastParser:
    global _parser
    if _parser is None:
        from eventkit.text.analysis import PretokenizedTokenizer

        _parser = FastParser(MONEY, tokenizer=PretokenizedTokenizer(), name="money")
    return _parser


def money_from_match(match: Match, text: str) -> Money:
    """A :class:`Money` from a match of ``MONEY`` (or of a rule that contains it)."""
    parts = named_parts(match)
    tokens = parts["MONEY"][0] if "MONEY" in parts else list(match.tokens)
    start, end = tokens[0].span.start, tokens[-1].span.stop
    amount = parts.get("AMOUNT", [[]])[0]
    return Money(
        text=text[start:end],
        start=start,
        end=end,
        value=amount_value(amount, parts.get("MULTIPLIER", [[]])[0]) if amount else None,
        currency=currency_code(parts.get("CURRENCY", [[]])[0]),
    )


def money_mentions(sentence: Sentence, text: str) -> list[Money]:
    """Sums of money in a sentence, left to right (computed once per sentence)."""
    return sentence.cached(
        _CACHE_KEY,
        lambda: [money_from_match(m, text) for m in _money_parser().findall(sentence.tokens)],
    )
