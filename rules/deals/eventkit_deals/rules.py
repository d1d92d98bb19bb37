"""Deal rules: acquisitions ("купил 51% акций"), sales ("продал долю холдингу"), contracts
("подписал контракт с"), investments ("инвестировал 100 млн долларов в").

Each grammar matches the trigger verb and what must stand next to it for a deal (an asset,
a contract noun, a sum); the parties and the sum are then read from the sentence with
``company_mentions`` and ``money_mentions`` (``eventkit.pack``).
"""

from __future__ import annotations

from attrs import frozen
from yargy import or_, rule
from yargy.predicates import eq, gram, in_
from yargy.predicates import type as token_type

from eventkit.pack import (
    COMPANY,
    MONEY,
    EventRule,
    Fixed,
    Frame,
    Grammar,
    Mention,
    Money,
    Role,
    Span,
    company_mentions,
    lemma_in,
    money_mentions,
    party_after,
    party_before,
    token_test,
)
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


@frozen
class Party:
    """A company or person at the trigger, found among ``company_mentions`` (actors plus
    the companies they miss): the subject before it, or the first party after it that
    follows one of ``prepositions`` ("у «Сбербанка»") or stands in ``case`` ("продал
    холдингу": dative)."""

    before: bool = False
    prepositions: tuple[str, ...] = ()
    case: str | None = None

    def fill(self, frame: Frame) -> list[Mention]:
        sentence = frame.sentence
        found = company_mentions(sentence, frame.match.text)
        if self.before:
            mention = party_before(sentence, found, frame.predicate.at)
        else:
            mention = party_after(
                sentence,
                found,
                frame.predicate.end,
                prepositions=self.prepositions,
                case=self.case,
            )
        return [mention] if mention is not None else []


@frozen
class Parties:
    """Every party the given roles find, once each, in text order."""

    roles: tuple[Party, ...]

    def fill(self, frame: Frame) -> list[Mention]:
        unique = {(m.start, m.end): m for role in self.roles for m in role.fill(frame)}
        return sorted(unique.values(), key=lambda m: m.start)


@frozen
class Asset:
    """What changes hands (the grammar's ASSET), cut before a party the grammar took for
    part of it ("завод | холдингу «Сибур»")."""

    parties: Parties

    def fill(self, frame: Frame) -> Span | None:
        tokens = frame.match.part("ASSET")
        if not tokens:
            return None
        start, end = tokens[0].span.start, tokens[-1].span.stop
        for party in self.parties.fill(frame):
            if start < party.start < end:
                end = max(t.span.stop for t in tokens if t.span.stop <= party.start)
        return frame.match.span(start, end)


@frozen
class Amount:
    """The first sum after the trigger, else the last one before it."""

    def fill(self, frame: Frame) -> Money | None:
        sums = money_mentions(frame.sentence, frame.match.text)
        after = frame.trigger[-1].span.stop
        later = [m for m in sums if m.start >= after]
        if later:
            return later[0]
        return sums[-1] if sums else None


SUBJECT = Party(before=True)
# Who buys and who sells, by kind of deal; a contract names both sides without saying who
# pays. The first role of each row must be found for a deal.
_SIDES: dict[DealKind, dict[str, Party]] = {
    "acquisition": {"buyer": SUBJECT, "seller": Party(prepositions=("у",))},
    "sale": {"seller": SUBJECT, "buyer": Party(case="datv")},
    "investment": {"buyer": SUBJECT, "seller": Party(prepositions=("в", "во"))},
    "contract": {},
}
_CONTRACT_SIDES = Parties((SUBJECT, Party(prepositions=("с", "со"))))


def _rule(
    name: str, kind: DealKind, triggers: frozenset[str], grammar: Grammar, window: int
) -> EventRule:
    sides = _SIDES[kind]
    parties = Parties(tuple(sides.values())) if sides else _CONTRACT_SIDES
    required = next(iter(sides), "parties")
    roles: dict[str, Role] = {
        **sides,
        "parties": parties,
        "kind": Fixed(kind),
        "asset": Asset(parties),
        "amount": Amount(),
    }
    return EventRule(
        name=name,
        event_type=Deal,
        triggers=triggers,
        grammar=lambda: grammar,
        roles=roles,
        optional=set(roles) - {required},
        window=window,
    )


# (rule name, deal kind, trigger lemmas, grammar, tokens each side of the trigger)
_TABLE: list[tuple[str, DealKind, frozenset[str], Grammar, int]] = [
    ("deal.acquisition", "acquisition", BUY_VERBS, ACQUISITION, 8),
    ("deal.sale", "sale", SELL_VERBS, SALE, 8),
    ("deal.contract", "contract", CONTRACT_VERBS, CONTRACT, 8),
    ("deal.investment", "investment", INVEST_VERBS, INVESTMENT, 10),
]
RULES = tuple(_rule(*row) for row in _TABLE)
