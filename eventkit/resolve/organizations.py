"""Descriptions of an organization resolved to the one the document names: "издание" for
the "Коммерсантъ" that was quoted before, "агентство" for "агентство Рейтер", "компания"
for "компания «Роснефть»". With no such organization before it, a description stays."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from attrs import evolve

from eventkit.grammar.lexicon import ORG_NOUNS
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
# Nouns a reader takes for any ministry the document named ...
_MINISTRY_WORDS = frozenset(["министерство", "ведомство"])
# ... also by its abbreviation ("МВД", "МИД", "МЧС") or its short name ("Минфин",
# "Минобороны", "Минздрав").
_MINISTRY_SHORT = re.compile(r"\b(?:МИД|МВД|МЧС|Мин(?!ск|не)[а-яё]{2,})\b")
# What a reader takes "регулятор" for: a central bank ("Банк России", "ЦБ", "ФРС",
# "Национальный банк Казахстана") or a supervising service ("Роскомнадзор", "ФАС") the
# document named, in any case, also inside a person's title ("директор департамента Банка
# России").
_REGULATOR = re.compile(
    r"\b(?:(?:Центральн|Национальн)[а-яё]+ банк[а-яё]*(?: [А-ЯЁ][а-яё]+)?"
    r"|Банк[а-яё]* (?:России|Англии|Японии|Канады)"
    r"|Центробанк[а-яё]*|Нацбанк[а-яё]*|[А-ЯЁ][а-яё]+надзор[а-яё]*"
    r"|ЦБ|ФРС|ЕЦБ|НБУ|НБРБ|ФАС)(?![\w-])"
)
_NAME_IN_QUOTES = re.compile(r'[«"]([^«»"]+)[»"]')
# Abbreviations that say an organization's noun: "ФК «Сокол»" is a "клуб", "ОАО «Вектор»"
# a "компания", so "клуб" and "компания" stand for them.
_ABBREVIATED_NOUNS = {
    "клуб": frozenset("фк пфк хк бк вк мфк".split()),
    "компания": frozenset("оао зао ооо пао ао".split()),
}
# Descriptions that fit any organization: they stand for the one named just before them.
_ANY_ORGANIZATION = frozenset(["организация"])
# How many sentences back that organization may be named.
_ANY_REACH = 3
# Parts of an organization named by their organization's description in the genitive:
# "руководство клуба", "пресс-служба компании".
_ORGAN_NOUNS = frozenset(
    "руководство пресс-служба правление администрация дирекция менеджмент".split()
)


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


def _the_one_organization(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "организация" for the one organization the sentence of the description and the
    ones just before it name (by a capitalized name, no outlet); None for none or several."""
    named: dict[str, Mention] = {}
    for mention in people.organizations_near(actor.start, _ANY_REACH):
        if mention.end > actor.start or mention.pronoun:
            continue
        if not any(c.isupper() for c in mention.name) or _of_outlet(mention.name.split()):
            continue
        named.setdefault(mention.name.lower(), mention)
    names = [m.name for m in named.values()]
    # "бывший генеральный секретарь ООН Хавьер Перес де Куэльяр … в заявлении
    # организации": an organization named only inside a person's title
    for mention in people.near(actor.start, _ANY_REACH):
        if mention.end <= actor.start and mention.kind == "PER" and mention.title:
            names.extend(_organizations_of_title(mention.title))
    if len({n.lower() for n in names}) != 1:
        return None
    return evolve(actor, name=names[0])


def _organizations_of_title(title: str) -> list[str]:
    """The organizations a person's title names by an abbreviation ("генеральный секретарь
    ООН", "директор NASA"); a state ("президент России", "посол США") or a capitalized
    genitive ("глава Минздрава") is none of these."""
    morph = get_morph()
    return [
        word
        for word in title.split()[1:]
        if len(word) > 1
        and word.isupper()
        and word.isalpha()
        and not any("Geox" in p.tag.grammemes for p in morph.parses(word))
    ]


def _of_outlet(words: Sequence[str]) -> bool:
    """Whether an organization's first word says it is an outlet ("газета «Вечер»")."""
    return bool(words and get_morph().lemmas(words[0].lower()) & OUTLET_WORDS)


def organ_of_named(actor: Actor, people: PeopleIndex, earlier: Sequence[Event]) -> Actor | None:
    """ "руководство клуба" after "ФК «Сокол»": an organization's part ("руководство",
    "пресс-служба") with its organization's description in the genitive names that
    organization as the description would ("руководство ФК «Сокол»"); with no such
    organization before it, None."""
    words = actor.name.split()
    if actor.kind != "ORG" or not 2 <= len(words) <= 3 or words[0].lower() not in _ORGAN_NOUNS:
        return None
    morph = get_morph()
    tail = words[1:]
    if not all(w.isalpha() and w.islower() for w in tail):
        return None
    if not any("gent" in p.tag.grammemes for p in morph.parses(tail[-1])):
        return None
    head = len(tail) - 1
    described = " ".join(morph.phrase_nominative(tail, head))
    named = organization_named(evolve(actor, name=described), people, earlier)
    if named is None or named.name == described:
        return None
    kind = organization_description(evolve(actor, name=described))
    abbreviated = _ABBREVIATED_NOUNS.get(kind or "", frozenset())
    said = named.name
    if not any(morph.lemmas(w.lower()) & ({kind} | abbreviated) for w in said.split()):
        # "Сокол" alone: say what it is, as the document did ("ФК «Сокол»"), or by the
        # description itself ("правление клуба «Орбита»")
        said = _as_introduced(said, abbreviated, people, before=actor.start) or (
            f"{' '.join(tail)} «{said}»"
        )
    return evolve(actor, name=f"{words[0]} {said}")


# How many sentences back an organization's part may have been named with its organization.
_ORGAN_REACH = 3


def organ_named_before(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "пресс-служба" alone ("в заявлении пресс-службы говорилось") after "пресс-служба
    Минобороны подтвердила": the one organization's part of that noun the sentence and the
    ``_ORGAN_REACH`` sentences before it named with its organization; with none or
    several, None."""
    words = actor.name.split()
    if actor.kind != "ORG" or len(words) != 1:
        return None
    morph = get_morph()
    organ = morph.lemmas(words[0].lower()) & _ORGAN_NOUNS
    if not organ:
        return None
    named: dict[str, str] = {}
    for mention in people.organizations_near(actor.start, _ORGAN_REACH):
        said = mention.name.split()
        if len(said) > 2 and not morph.lemmas(said[0].lower()) & organ:
            said = said[1:]  # "Позднее пресс-служба Минобороны": a word read along
        if mention.end > actor.start or len(said) < 2 or mention.pronoun:
            continue
        if not morph.lemmas(said[0].lower()) & organ or not said[1][:1].isupper():
            continue
        name = " ".join([said[0].lower(), *said[1:]])
        named.setdefault(name.lower(), name)
    if len(named) != 1:
        return None
    return evolve(actor, name=next(iter(named.values())))


def _as_introduced(
    name: str, abbreviations: frozenset[str], people: PeopleIndex, *, before: int
) -> str | None:
    """The abbreviation and quoted name the document introduced ``name`` with ("ФК
    «Сокол»" for "Сокол"), or None."""
    if not abbreviations:
        return None
    pattern = re.compile(r"\b(\w+)\s*[«\"]" + re.escape(name) + r"[»\"]")
    found = list(pattern.finditer(people.between(0, before)))
    for match in reversed(found):
        if match.group(1).lower() in abbreviations:
            return match.group(0)
    return None


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
    own = _own_name(actor, people)
    if own is not None:
        return evolve(actor, name=own)
    if kind in _ANY_ORGANIZATION:
        return _the_one_organization(actor, people)
    outlet = kind in OUTLET_WORDS
    # "ведомство" is any ministry; "министерство" only one
    heads = (
        OUTLET_WORDS
        if outlet
        else _MINISTRY_WORDS
        if kind == "ведомство"
        else frozenset([kind]) | _ABBREVIATED_NOUNS.get(kind, frozenset())
    )
    found: list[tuple[int, str]] = []
    described = [m for m in people.organizations_holding(heads) if m.end <= actor.start]
    for at, mention in enumerate(described):
        following = described[at + 1] if at + 1 < len(described) else None
        name = _named_part(mention, _same_kind(kind) if outlet else heads)
        if name is None and following is not None:
            name = _apposed_name(mention, following, people)
        if name is not None:
            found.append((mention.end, name))
    if not outlet:
        # "президент Института Гоголя Иван Петров … В институте рассказали": the
        # organization named only inside a person's title
        found.extend(_named_in_titles(heads, people, before=actor.start))
    if kind in _MINISTRY_WORDS:
        # "сообщило МВД Украины … сообщило министерство": a ministry named by its
        # abbreviation or short name says no "министерство" but is one.
        for mention in people.organizations_where(_MINISTRY_SHORT):
            if mention.end <= actor.start and _MINISTRY_SHORT.fullmatch(mention.name.split()[0]):
                found.append((mention.end, mention.name))
    if kind == "ведомство":
        found.extend(_state_agencies(people, before=actor.start))
    if kind == "регулятор":
        regulator = _regulator_named(people.between(0, actor.start))
        if regulator is not None:
            return evolve(actor, name=regulator)
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
                if (
                    name is None
                    and _told_as_an_outlet(event)
                    and speaker.name[:1].isupper()
                    and not _other_kind(speaker.name)
                ):
                    name = speaker.name  # "передаёт РИА Новости", "пишет Коммерсант"
                if name is not None:
                    found.append((speaker.end, name))
    if not found:
        return None
    _, name = max(found)
    return evolve(actor, name=name)


# Who works for an outlet: "журналисты" after outlets quoted together are theirs.
_OUTLET_STAFF = frozenset("журналист корреспондент репортёр репортер".split())


def outlets_named(actor: Actor, people: PeopleIndex, earlier: Sequence[Event]) -> Actor | None:
    """ "сообщают Пятый канал и РЕН ТВ … По данным изданий": a plural outlet noun, or a
    plural of those who work for outlets ("журналисты"), stands for the outlets the
    document quoted together before it, named by the first of them. A plural with no such
    pair before it ("СМИ пишут" after one outlet) stays."""
    words = actor.name.split()
    if not words or len(words) > 2 or not actor.name.islower():
        return None
    heads = OUTLET_WORDS if actor.kind == "ORG" else _OUTLET_STAFF
    # the name is in the nominative: "издания" is the plural, not the singular's genitive
    if not all(_adjective(w) for w in words[:-1]) or not any(
        {"NOUN", "plur", "nomn"} <= set(p.tag.grammemes) and p.normal_form in heads
        for p in get_morph().parses(words[-1])
    ):
        return None
    for event in reversed(earlier):
        speaker = getattr(event, "speaker", None)
        if not isinstance(speaker, Actor) or speaker.kind != "ORG":
            continue
        # a description ("издание") names no outlet; "газета «Вечер»" does
        if speaker.end > actor.start or not any(c.isupper() for c in speaker.name):
            continue
        found = people.in_sentence(speaker.start)
        at = next((i for i, m in enumerate(found) if m.start == speaker.start), None)
        if at is None:
            continue
        for left, right in ((at - 1, at), (at, at + 1)):
            if left < 0 or right >= len(found):
                continue
            first, second = found[left], found[right]
            if (
                first.kind == second.kind == "ORG"
                and people.between(first.end, second.start).strip() == "и"
                and not (_other_kind(first.name) or _other_kind(second.name))
            ):
                return evolve(actor, name=first.name, kind="ORG", title=None)
    return None


def _regulator_named(before: str) -> str | None:
    """ "сообщил регулятор" after "Банка России" or "ЦБ": the regulator the text before it
    names last, in the nominative, its full name rather than an abbreviation; None where it
    names none ("Компания снизила цены. Регулятор заявил …" stays)."""
    named = [m.group(0) for m in _REGULATOR.finditer(before)]
    if not named:
        return None
    full = [n for n in named if not n.isupper()]
    words = (full or named)[-1].split()
    if words[0].isupper():
        return words[0]
    morph = get_morph()
    head = next(
        (i for i, w in enumerate(words) if "ADJF" not in morph.parses(w)[0].tag.grammemes), 0
    )
    return " ".join(morph.phrase_nominative(words, head))


def _other_kind(name: str) -> bool:
    """Whether an organization's name says it is no outlet ("Министерство обороны",
    "компания «Роснефть»"); a bare name ("НТВ", "The Insider") may be one."""
    words = name.split()
    # a set and a ``Words`` intersect into a frozenset (its ``__rand__``): not a ``set``
    said: AbstractSet[str] = get_morph().lemmas(words[0].lower()) if words else set()
    return bool(said & ORG_NOUNS) and not said & OUTLET_WORDS


def _own_name(actor: Actor, people: PeopleIndex) -> str | None:
    """ "сообщает агентство ''Reuters''", "газета Folha de Sao Paulo": the name right after
    the description itself, in quotation marks or Latin letters, is its name."""
    found = people.in_sentence(actor.start)
    for at, mention in enumerate(found[:-1]):
        if (mention.start, mention.end) == (actor.start, actor.end):
            return _apposed_name(mention, found[at + 1], people)
    return None


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
    # "американская энергетическая компания Phillips": adjectives before the noun
    at = next((i for i, w in enumerate(words) if get_morph().lemmas(w.lower()) & heads), None)
    if at is None or not all(_qualifier(w) for w in words[:at]):
        return None
    rest = " ".join(words[at + 1 :])
    # "компания «Вектор»", "агентство Reuters": the name right after the noun; in "Совет
    # директоров «Вектора»" the quotes name whose council it is, in the genitive
    named = not rest[:1].islower()
    quoted = (_quoted_or_latin(" ".join(words[at:])) or _quoted_or_latin(rest)) if named else None
    if quoted is not None:
        return quoted
    if len(words) > at + 1 and not at:
        # "Министерство обороны России", "агентство Рейтер": the whole name
        return mention.name
    return None


# Besides a ministry, what a reader takes "ведомство" for: a state service, committee,
# inspection or department the document named by its full name ("Государственная
# миграционная служба Украины", "Следственный комитет России") ...
_AGENCY_WORDS = frozenset("служба комитет инспекция департамент прокуратура".split())
# ... or a supervising service by its one-word name ("Роскомнадзор", "Ространснадзор").
_SUPERVISOR = re.compile(r"[А-ЯЁ][а-яё]*надзор[а-яё]*")


def _state_agencies(people: PeopleIndex, *, before: int) -> list[tuple[int, str]]:
    """The state agencies named before ``before`` (see ``_AGENCY_WORDS``), each with
    where it ends: names that open with a capital and have the agency's noun
    ("Федеральная таможенная служба"), and supervising services."""
    found: list[tuple[int, str]] = []
    morph = get_morph()
    for mention in people.organizations_holding(_AGENCY_WORDS):
        words = mention.name.split()
        if mention.end > before or not words or not words[0][:1].isupper():
            continue
        if words[0].isupper() or _of_outlet(words):
            continue  # "ФК «Сокол»", an outlet: no state agency
        if any(morph.lemmas(w.lower()) & _AGENCY_WORDS for w in words):
            found.append((mention.end, mention.name))
    for mention in people.organizations_where(_SUPERVISOR):
        if mention.end <= before and _SUPERVISOR.fullmatch(mention.name):
            found.append((mention.end, mention.name))
    return found


def _named_in_titles(
    heads: frozenset[str], people: PeopleIndex, *, before: int
) -> list[tuple[int, str]]:
    """Organizations named inside people's titles before ``before``, in the nominative:
    "Институт Гоголя" for "президент Института Гоголя", "Вектор" for "директор
    компании «Вектор»" (a quoted name alone, as for "компания «Вектор»" itself). A title
    with the noun and no name ("директор института") names none."""
    found: list[tuple[int, str]] = []
    morph = get_morph()
    for mention in people.holding_title(heads):
        if mention.title is None or mention.end > before or mention.kind != "PER":
            continue
        words = mention.title.split()
        for at, word in enumerate(words[:-1]):
            parses = morph.parses(word.lower())
            if not parses or str(parses[0].normal_form) not in heads:
                continue
            rest = words[at + 1 :]
            quoted = _quoted_or_latin(" ".join(rest))
            if quoted is not None and not word[:1].isupper():
                found.append((mention.end, quoted))
            elif word[:1].isupper() and rest[0][:1].isupper():
                lemma = str(parses[0].normal_form)
                found.append((mention.end, " ".join([lemma.capitalize(), *rest])))
            break
    return found


def _qualifier(word: str) -> bool:
    """An adjective or participle before an organization's noun ("американская",
    "принадлежащий")."""
    return any({"ADJF", "PRTF"} & set(p.tag.grammemes) for p in get_morph().parses(word))


def _apposed_name(mention: Mention, following: Mention, people: PeopleIndex) -> str | None:
    """ "британская группа ''Depeche Mode''": a name right after the noun, with nothing
    but quotation marks between, is the organization's name."""
    if following.start < mention.end:
        return None
    gap = people.between(mention.end, following.start)
    if gap.strip(" \"'«»“”„") or not _quoted_or_latin(following.name):
        return None
    return _quoted_or_latin(following.name)


def abbreviation_expanded(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "АНБ" for the "Агентство национальной безопасности США" the document names: an
    organization whose words' first letters spell the abbreviation, the rest of it a
    capitalized name ("США") or the abbreviation in parentheses. With no such name in
    the document, the abbreviation stays."""
    letters = actor.name
    if actor.kind != "ORG" or not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    if not letters.isupper():
        return None
    pattern = re.compile(
        r"(?i)\b" + r"\w*\s+".join(re.escape(c) for c in letters) + r"\w*",
    )
    for mention in people.organizations_where(pattern):
        name = _spelt_out(mention.name, letters)
        if name is not None:
            return evolve(actor, name=name)
    return None


def _spelt_out(name: str, letters: str) -> str | None:
    """``name`` without "(ABBR)" when its first words' initials are ``letters`` and the
    words after them are capitalized: "Федеральная служба безопасности (ФСБ) России"."""
    words = [w for w in name.split() if w != f"({letters})"]
    initials = "".join(w[:1] for w in words[: len(letters)]).upper()
    if len(words) < len(letters) or initials != letters.upper():
        return None
    if not all(w[:1].isupper() for w in words[len(letters) :]):
        return None
    return " ".join(words)


# Verbs only an outlet reports by: "передаёт РИА Новости", "пишет Коммерсант".
_OUTLET_VERBS = frozenset(["передавать", "передать", "писать", "написать"])


def _told_as_an_outlet(event: Event) -> bool:
    """Whether the statement's verb is one only an outlet reports by."""
    words = event.trigger.text.split()
    return bool(words) and bool(get_morph().lemmas(words[0].lower()) & _OUTLET_VERBS)


def _quoted_or_latin(name: str) -> str | None:
    """ "Ведомости" for "«Ведомости»" or "газета «Ведомости»"; "New York Times" as it is;
    None for a name with neither ("МИД России")."""
    found = _NAME_IN_QUOTES.search(name)
    if found:
        return found.group(1).strip()
    if name[:1].isascii() and name[:1].isalpha():
        return name
    return None
