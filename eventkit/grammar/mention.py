"""``Mention``: one actor mention in a sentence, as the actor grammar finds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from attrs import field, frozen

from eventkit.model.events import Actor, ActorKind


# ``init=False``: the ``__init__`` below stores the fields faster than the one attrs writes
# for a frozen class (a call of ``object.__setattr__`` per field); ``evolve`` and
# ``attrs.fields`` work as with any attrs class.
@frozen(kw_only=True, eq=False, repr=False, init=False)
class Mention:
    """One actor mention in a sentence.

    ``name`` and ``title`` are given, or computed on first use from ``naming`` and
    ``titling``: putting words into the nominative is the dearest part of finding a
    mention, and most mentions a parse finds are never asked for their name.
    """

    start: int
    end: int
    text: str
    kind: ActorKind
    # Cases the mention's head can be in (nominative = can be a subject).
    cases: frozenset[str]
    gender: str | None = None
    # The gender as a subject, where the readings in all cases leave ``gender`` unset
    # ("Смирнова": a man's genitive, but a woman's nominative).
    subject_gender: str | None = None
    number: str | None = None
    # The number as a subject, where the nominative's differs from ``number`` ("дочери":
    # a singular genitive first, but a plural nominative).
    subject_number: str | None = None
    pronoun: bool = False
    # A description ("девушка", "музыкант") rather than a name.
    description: bool = False
    first_token: int = 0
    last_token: int = 0
    _name: str | None = field(default=None, alias="name")
    _naming: Callable[[], str] | None = field(default=None, alias="naming")
    _title: str | None = field(default=None, alias="title")
    _titling: Callable[[], str | None] | None = field(default=None, alias="titling")
    # The name when the context tells the case the mention is in (``in_case``).
    _naming_in: Callable[[str], str] | None = field(default=None, alias="naming_in")

    def __init__(
        self,
        *,
        start: int,
        end: int,
        text: str,
        kind: ActorKind,
        cases: frozenset[str],
        gender: str | None = None,
        subject_gender: str | None = None,
        number: str | None = None,
        subject_number: str | None = None,
        pronoun: bool = False,
        description: bool = False,
        first_token: int = 0,
        last_token: int = 0,
        name: str | None = None,
        naming: Callable[[], str] | None = None,
        title: str | None = None,
        titling: Callable[[], str | None] | None = None,
        naming_in: Callable[[str], str] | None = None,
    ) -> None:
        if name is None and naming is None:
            raise TypeError("Mention needs a name or a naming")
        # Built as a ``_Draft`` (the same object layout, no frozen ``__setattr__``), whose
        # plain slot stores cost a fraction of ``object.__setattr__`` calls; a Mention again
        # before anyone else sees it. A subclass's instance is stored into field by field.
        draft: Any  # (to the type checker the fields are read-only)
        if type(self) is Mention:
            _SET(self, "__class__", _Draft)
            draft = self
        else:
            draft = _Fields(self)
        draft.start = start
        draft.end = end
        draft.text = text
        draft.kind = kind
        draft.cases = cases
        draft.gender = gender
        draft.subject_gender = subject_gender
        draft.number = number
        draft.subject_number = subject_number
        draft.pronoun = pronoun
        draft.description = description
        draft.first_token = first_token
        draft.last_token = last_token
        draft._name = name
        draft._naming = naming
        draft._title = title
        draft._titling = titling
        draft._naming_in = naming_in
        if draft is self:
            _SET(self, "__class__", Mention)

    @property
    def name(self) -> str:
        if self._name is None:
            assert self._naming is not None
            object.__setattr__(self, "_name", self._naming())
            object.__setattr__(self, "_naming", None)
        assert self._name is not None
        return self._name

    @property
    def title(self) -> str | None:
        if self._titling is not None:
            object.__setattr__(self, "_title", self._titling())
            object.__setattr__(self, "_titling", None)
        return self._title

    def in_case(self, case: str) -> Mention:
        """This mention as the context reads it: in ``case`` ("accs" after "принял"), when
        its words can be in that case. Its name then comes from that reading ("Александра
        Ведяхина" in the accusative is "Александр Ведяхин", not the feminine nominative the
        same words also spell); a mention that cannot be in ``case`` is returned as is. In
        the nominative only a mention whose nominative has a number of its own changes
        ("сообщили его дочери": "дочери", not "дочь")."""
        if self._naming_in is None or case not in self.cases:
            return self
        if case == "nomn" and self.subject_number is None:
            return self
        rename, title = self._naming_in, self.title
        return Mention(
            start=self.start,
            end=self.end,
            text=self.text,
            kind=self.kind,
            cases=frozenset({case}),
            gender=self.gender,
            subject_gender=self.subject_gender,
            number=self.subject_number if case == "nomn" else self.number,
            pronoun=self.pronoun,
            description=self.description,
            first_token=self.first_token,
            last_token=self.last_token,
            naming=lambda: rename(case),
            title=title,
        )

    def _key(self) -> tuple[object, ...]:
        return (
            self.start,
            self.end,
            self.text,
            self.name,
            self.kind,
            self.title,
            self.cases,
            self.gender,
            self.subject_gender,
            self.number,
            self.subject_number,
            self.pronoun,
            self.description,
            self.first_token,
            self.last_token,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Mention(start={self.start}, end={self.end}, text={self.text!r}, "
            f"name={self.name!r}, kind={self.kind!r}, title={self.title!r}, "
            f"cases={sorted(self.cases)}, gender={self.gender!r}, number={self.number!r}, "
            f"pronoun={self.pronoun}, description={self.description}, "
            f"first_token={self.first_token}, last_token={self.last_token})"
        )

    def as_actor(self, *, name: str | None = None, title: str | None = None) -> Actor:
        return Actor(
            name=name or self.name,
            text=self.text,
            start=self.start,
            end=self.end,
            kind=self.kind,
            title=title if title is not None else self.title,
        )

    @property
    def can_be_subject(self) -> bool:
        return not self.cases or "nomn" in self.cases


class _Draft(Mention):
    """A Mention under construction: ``Mention.__init__`` alone makes one, and turns it into
    a Mention before it returns. Both ``__setattr__`` and ``__delattr__`` are object's, so
    that the type's attribute store is the generic one (attrs' frozen ``__delattr__`` alone
    would send every store through a Python-level call)."""

    __slots__ = ()
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


class _Fields:
    """Stores into the fields of a frozen instance (of a subclass of Mention)."""

    __slots__ = ("target",)
    target: Mention

    def __init__(self, target: Mention) -> None:
        _SET(self, "target", target)

    def __setattr__(self, name: str, value: object) -> None:
        _SET(self.target, name, value)


_SET: Final = object.__setattr__
