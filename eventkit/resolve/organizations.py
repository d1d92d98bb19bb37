"""Descriptions of an organization resolved to the one the document names: "издание" for
the "Коммерсантъ" that was quoted before, "агентство" for "агентство Рейтер", "компания"
for "компания «Роснефть»". With no such organization before it, a description stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from eventkit.grammar.mention import Mention
from eventkit.model.events import Actor, Event
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph

# What a reader takes an outlet's description for: any outlet the document quoted.
OUTLET_WORDS = frozenset(
    """
    издание газета агентство информагентство телеканал канал телекомпания радиостанция
    радио журнал еженедельник портал сайт редакция
    """.split()
)
# Outlet nouns that name the same kind of outlet; "издание", "редакция" fit any.
_OUTLET_KINDS = (
    frozenset("газета журнал еженедельник".split()),
    frozenset("агентство информагентство".split()),
    frozenset("телеканал канал телекомпания".split()),
    frozenset(["радиостанция", "радио"]),
    frozenset(["портал", "сайт"]),
)
_NAME_IN_QUOTES = re.compile(r'[«"]([^«»"]+)[»"]')


def organization_description(actor: Actor) -> str | None:
    """The head noun (its lemma) of an organization's description: "издание",
    "катарский спутниковый телеканал" -> "телеканал"; None for a name ("Газпром",
    "газета «Ведомости»") or for a plural ("издания" as "СМИ")."""
    words = actor.name.split()
    if actor.kind != "ORG" or not words or len(words) > 3:
        return None
    if not all(
        w.isalpha() and w.islower() for w in (actor.name[:1].lower() + actor.name[1:]).split()
    ):
        return None
    morph = get_morph()
    if not all(_adjective(w) for w in words[:-1]):
        return None
    parses = morph.parses(words[-1])
    if not parses or not {"NOUN", "sing"} <= set(parses[0].tag.grammemes):
        return None
    return str(parses[0].normal_form)


def _adjective(word: str) -> bool:
    parses = get_morph().parses(word)
    return bool(parses) and "ADJF" in parses[0].tag.grammemes


def organization_named(actor: Actor, people: PeopleIndex, earlier: Sequence[Event]) -> Actor | None:
    """The organization a description stands for, nearest before it: one the document
    introduced with the same noun and a name ("агентство Рейтер"); for an outlet's noun,
    also an outlet the document quoted by name before ("пишет «Коммерсантъ»")."""
    kind = organization_description(actor)
    if kind is None:
        return None
    outlet = kind in OUTLET_WORDS
    heads = OUTLET_WORDS if outlet else frozenset([kind])
    found: list[tuple[int, str]] = []
    for mention in people.organizations_holding(heads):
        if mention.end > actor.start:
            continue
        name = _named_part(mention, _same_kind(kind) if outlet else frozenset([kind]))
        if name is not None:
            found.append((mention.end, name))
    if outlet:
        for event in earlier:
            speaker = getattr(event, "speaker", None)
            if (
                isinstance(speaker, Actor)
                and speaker.kind == "ORG"
                and speaker.end <= actor.start
                and _of_kind(speaker.name, _same_kind(kind))
            ):
                name = _quoted_or_latin(speaker.name)
                if name is not None:
                    found.append((speaker.end, name))
    if not found:
        return None
    _, name = max(found)
    return evolve(actor, name=name)


def _same_kind(kind: str) -> frozenset[str]:
    """The outlet nouns a description by ``kind`` fits: "газета" a "журнал", not an
    "агентство"; "издание" any."""
    for group in _OUTLET_KINDS:
        if kind in group:
            return group
    return OUTLET_WORDS


def _of_kind(name: str, kinds: frozenset[str]) -> bool:
    """Whether an outlet so named may be of one of ``kinds``: "портал «Элаф»" is no
    "агентство"; "«Коммерсантъ»", whose kind the name does not say, may be any."""
    words = name.split()
    said = get_morph().lemmas(words[0].lower()) & OUTLET_WORDS if words else set()
    return not said or bool(said & kinds)


def _named_part(mention: Mention, heads: frozenset[str]) -> str | None:
    """The name of an organization mention whose head is one of ``heads``: "Ведомости"
    for "газета «Ведомости»", "Франс Пресс" for "агентство Франс Пресс"; None when it has
    no name ("газета", "министерство")."""
    words = mention.name.split()
    if not words:
        return None
    lemmas = get_morph().lemmas(words[0].lower())
    if not lemmas & heads:
        return None
    quoted = _quoted_or_latin(mention.name)
    if quoted is not None:
        return quoted
    if len(words) > 1:
        # "Министерство обороны России", "агентство Рейтер": the whole name
        return mention.name
    return None


def _quoted_or_latin(name: str) -> str | None:
    """ "Ведомости" for "«Ведомости»" or "газета «Ведомости»"; "New York Times" as it is;
    None for a name with neither ("МИД России")."""
    found = _NAME_IN_QUOTES.search(name)
    if found:
        return found.group(1).strip()
    if name[:1].isascii() and name[:1].isalpha():
        return name
    return None
