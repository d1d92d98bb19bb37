"""The pack's own event type, contributed through ``eventkit_event_types``."""

from __future__ import annotations

from typing import ClassVar, Literal

from attrs import field, frozen, validators

from eventkit.pack import Actor, Event, Money, Span, actor_tuple

DealKind = Literal["acquisition", "sale", "contract", "investment"]
DEAL_KINDS: tuple[DealKind, ...] = ("acquisition", "sale", "contract", "investment")


@frozen(kw_only=True)
class Deal(Event):
    """A company (or person) bought, sold, invested in or contracted for something.

    ``buyer`` is who acquires, pays or invests; ``seller`` who sells or receives the
    investment; ``parties`` every actor of the deal (buyer and seller included, and both
    sides of a contract, where who pays is not said); ``asset`` what changes hands
    ("51% акций компании «Рамблер»"); ``amount`` the sum, with its value and currency.
    """

    type: ClassVar[str] = "Deal"
    roles: ClassVar[tuple[str, ...]] = ("parties",)

    kind: DealKind = field(validator=validators.in_(DEAL_KINDS))
    buyer: Actor | None = None
    seller: Actor | None = None
    parties: tuple[Actor, ...] = field(converter=actor_tuple, factory=tuple)
    asset: Span | None = None
    amount: Money | None = None
