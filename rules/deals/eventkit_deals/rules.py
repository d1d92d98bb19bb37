"""Deal rules: acquisitions ("купил 51% акций"), sales ("продал долю холдингу"), contracts
("подписал контракт с"), investments ("инвестировал 100 млн долларов в").

Each grammar matches the trigger verb and what must stand next to it for a deal (an asset,
a contract noun, a sum); the parties and the sum are then read from the sentence with
``eventkit.grammar.companies`` and ``eventkit.grammar.money``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any

from yargy import or_, rule
from yargy.predicates import eq, gram, in_
from yargy.predicates import type as token_type

from eventkit import Actor, Event, RuleMatch, Span
from eventkit.grammar.actors import Mention
from eventkit.grammar.clauses import modality, token_index
from eventkit.grammar.companies import COMPANY, company_mentions, party_after, party_before
from eventkit.grammar.money import MONEY, Money, money_mentions
from eventkit.grammar.tokens import lemma_in, token_test
from eventkit.packs import EventRule
from eventkit_deals.events import Deal, DealKind

BUY_VERBS = frozenset(
    "купить покупать приобрести приобретать выкупить выкупать поглотить поглощать".split()
)
SELL_VERBS = frozenset("продать продавать".split())
CONTRACT_VERBS = frozenset("подписать подписывать заключить заключать получить выиграть".split())
CONTRACT_NOUNS = frozenset("контракт сделка госконтракт".split())
INVEST_VERBS = frozenset("инвестировать вложить вкладывать".split())
# What can be bought or sold in a deal: stakes, shares, businesses.
ASSET_NOUNS = frozenset(
    """
    доля пакет акция актив бизнес подразделение компания банк завод фабрика холдинг сеть
    стартап сервис производитель оператор ритейлер разработчик предприятие концерн
    корпорация группа месторождение порт аэропорт капитал контроль издательство
    """.split()
)

PERCENT = rule(
    token_type("INT"),
    rule(in_({",", "."}), token_type("INT")).optional(),
    or_(rule(eq("%")), rule(lemma_in({"процент"}))),
)
_ASSET_HEAD = or_(
    rule(PERCENT, gram("ADJF").optional(), lemma_in({"акция", "доля", "капитал"})),
    rule(
        or_(gram("ADJF"), gram("PRTF")).repeatable(max=2).optional(),
        lemma_in(ASSET_NOUNS),
        lemma_in({"акция"}).optional(),
    ),
)
# "51% акций компании «Рамблер»", "долю в «Магните»", "LinkedIn".
ASSET = or_(
    rule(_ASSET_HEAD, rule(in_({"в", "во"}).optional(), COMPANY).optional()),
    COMPANY,
).named("ASSET")
# "выкупила у «Сбербанка» долю", "заключило с компанией «Х» контракт".
_FROM = rule(in_({"у"}), COMPANY)
_WITH = rule(in_({"с", "со"}), COMPANY)
_NOT_END = token_test(lambda t: t.value not in (".", "!", "?", ";"), "not_end")
_CONTRACT_NOUN = rule(
    or_(gram("ADJF"), gram("PRTF")).repeatable(max=2).optional(), lemma_in(CONTRACT_NOUNS)
)

ACQUISITION = rule(lemma_in(BUY_VERBS).named("TRIGGER"), _FROM.optional(), ASSET)
SALE = rule(lemma_in(SELL_VERBS).named("TRIGGER"), ASSET)
CONTRACT = or_(
    rule(lemma_in(CONTRACT_VERBS), _CONTRACT_NOUN).named("TRIGGER"),
    rule(lemma_in(CONTRACT_VERBS).named("TRIGGER"), _WITH, _CONTRACT_NOUN),
)
INVESTMENT = rule(
    lemma_in(INVEST_VERBS).named("TRIGGER"), _NOT_END.repeatable(max=6).optional(), MONEY
)


def _actor(mention: Mention | None) -> Actor | None:
    return mention.as_actor() if mention is not None else None


def _amount(match: RuleMatch, after: int) -> Money | None:
    """The first sum after the trigger, else the last one before it."""
    sums = money_mentions(match.sentence, match.text)
    later = [m for m in sums if m.start >= after]
    if later:
        return later[0]
    return sums[-1] if sums else None


def _deal(match: RuleMatch, kind: DealKind) -> Iterable[Event]:
    sentence, text = match.sentence, match.text
    trigger = match.role("TRIGGER")
    verb = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    found = company_mentions(sentence, text)
    subject = party_before(sentence, found, verb)
    asset_tokens = match.role("ASSET")
    buyer = seller = None
    others: list[Mention] = []
    if kind == "acquisition":
        buyer = subject
        seller = party_after(sentence, found, last, prepositions=("у",))
    elif kind == "sale":
        seller = subject
        buyer = party_after(sentence, found, last, case="datv")
    elif kind == "investment":
        buyer = subject
        seller = party_after(sentence, found, last, prepositions=("в", "во"))
    else:
        partner = party_after(sentence, found, last, prepositions=("с", "со"))
        others = [m for m in (subject, partner) if m is not None]
    principal = buyer if kind in ("acquisition", "investment") else seller
    if principal is None and not others:
        return []
    parties = [m for m in (buyer, seller, *others) if m is not None]
    unique = list({(m.start, m.end): m for m in parties}.values())
    return [
        Deal(
            trigger=match.span_of(trigger),
            sentence=match.sentence_span,
            modality=modality(sentence, verb),  # type: ignore[arg-type]
            kind=kind,
            buyer=_actor(buyer),
            seller=_actor(seller),
            parties=[m.as_actor() for m in sorted(unique, key=lambda m: m.start)],
            asset=_asset(match, asset_tokens, parties),
            amount=_amount(match, trigger[-1].span.stop),
            pack=match.pack,
            rule=match.rule,
        )
    ]


def _asset(match: RuleMatch, tokens: list[Any], parties: list[Mention]) -> Span | None:
    """What changes hands, cut before a party the grammar took for part of it
    ("завод | холдингу «Сибур»")."""
    if not tokens:
        return None
    start, end = tokens[0].span.start, tokens[-1].span.stop
    for party in parties:
        if start < party.start < end:
            end = max(t.span.stop for t in tokens if t.span.stop <= party.start)
    return match.span(start, end)


def _rule(
    name: str, kind: DealKind, triggers: frozenset[str], grammar: Any, window: int
) -> EventRule:
    return EventRule(
        name=name,
        event_type=Deal,
        triggers=triggers,
        grammar=lambda: grammar,
        interpret=partial(_deal, kind=kind),
        window=window,
    )


# (rule name, deal kind, trigger lemmas, grammar, tokens each side of the trigger)
_TABLE: list[tuple[str, DealKind, frozenset[str], Any, int]] = [
    ("deal.acquisition", "acquisition", BUY_VERBS, ACQUISITION, 8),
    ("deal.sale", "sale", SELL_VERBS, SALE, 8),
    ("deal.contract", "contract", CONTRACT_VERBS, CONTRACT, 8),
    ("deal.investment", "investment", INVEST_VERBS, INVESTMENT, 10),
]
RULES = tuple(_rule(*row) for row in _TABLE)
