"""Names of actors as keys for merging across documents.

Two questions are answered here, per actor: is the name a *name* (a person, organization or
place that can be the same across documents) or a generic description ("полиция", "врачи",
"она", "первый заместитель министра")? And what key does it have: case, "ё", dashes, quotes
and Latin letters standing in for Cyrillic ones do not count as differences.
"""

from __future__ import annotations

import re
import unicodedata

from attrs import frozen

from eventkit.text.morph import get_morph
from eventkit.text.quotes import PAIRS, marks

# Latin letters that look like Cyrillic ones: inside a Cyrillic word they are typing slips.
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_DASHES = re.compile(r"\s*[-‐-―−]\s*")
# Quote marks (eventkit.text.quotes) and the apostrophes a name may be typed with.
_QUOTES = re.compile("[" + re.escape("".join(sorted(marks(PAIRS)))) + "‘’'`]")
_SPACES = re.compile(r"\s+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# An initial: one letter and a dot, possibly several joined by hyphens ("К.-Ж.").
_INITIALS = re.compile(r"^(?:\w\.)(?:-?\w\.)*$")
_INITIAL_LETTER = re.compile(r"(\w)\.")
_PATRONYMIC = re.compile(r"(?:вич|вна|чна|ична|оглы|кызы)$")

# Lower-case words that belong inside foreign personal names.
PARTICLES = frozenset(
    "де да ди дель делла дю ду фон ван дер ден ле ла лос лас бен бин ибн аль ал эль эд ас "
    "ад ур оглы кызы".split()
)
# Grammemes that mark a dictionary word as a name of someone or something.
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def fold(text: str) -> str:
    """The comparison form of a name: NFC, no quotes, one kind of dash and space, "е" for "ё",
    Cyrillic for Latin look-alikes inside Cyrillic words, lower case."""
    text = _QUOTES.sub("", unicodedata.normalize("NFC", text))
    text = _DASHES.sub("-", text)
    words = []
    for word in _SPACES.split(text.strip()):
        if _CYRILLIC.search(word) and _LATIN.search(word):
            word = word.translate(_LOOKALIKES)
        words.append(word)
    return " ".join(words).replace("ё", "е").replace("Ё", "Е").casefold()


@frozen(kw_only=True)
class PersonName:
    """A person's name taken apart: given name, patronymic, surname, or initials."""

    first: str | None  # "иван"; None for a bare surname or for initials
    patronymic: str | None
    last: str  # the last word: a surname, or the only word
    initials: tuple[str, ...] = ()  # "к.-ж. токаев" -> ("к", "ж")
    words: tuple[str, ...] = ()  # every folded word

    @property
    def form(self) -> str:
        """ "full" (given name and surname), "initials" or "bare" (one word)."""
        if self.initials:
            return "initials"
        return "bare" if self.first is None else "full"


def person_name(name: str) -> PersonName:
    """Split a folded personal name ("иван иванович петров", "и. петров", "петров и. и.")."""
    words = tuple(fold(name).split())
    initials = [w for w in words if _INITIALS.match(w)]
    rest = [w for w in words if not _INITIALS.match(w)]
    if initials and len(rest) == 1:
        letters = tuple(c for w in initials for c in _INITIAL_LETTER.findall(w))
        return PersonName(first=None, patronymic=None, last=rest[0], initials=letters, words=words)
    if len(words) == 1:
        return PersonName(first=None, patronymic=None, last=words[0], words=words)
    if len(words) == 3 and _PATRONYMIC.search(words[1]):
        return PersonName(first=words[0], patronymic=words[1], last=words[2], words=words)
    return PersonName(first=words[0], patronymic=None, last=words[-1], words=words)


def initials_of(given: str) -> tuple[str, ...]:
    """ "касым-жомарт" -> ("к", "ж")."""
    return tuple(part[0] for part in given.split("-") if part)


def clean_person(name: str) -> str:
    """A person's name without leading words that cannot be part of it: a Latin word before
    Cyrillic ones (an organization: "Facebook Марк Цукерберг") or a word the dictionary knows
    only as something other than a noun or adjective ("Позже Борис", "Хотя Круз")."""
    words = _SPACES.split(name.strip())
    while len(words) > 1 and (_stray_latin(words) or _not_a_name(words[0])):
        words = words[1:]
    return " ".join(words)


def _stray_latin(words: list[str]) -> bool:
    return bool(
        _LATIN.search(words[0])
        and not _CYRILLIC.search(words[0])
        and all(_CYRILLIC.search(w) for w in words[1:])
    )


def _not_a_name(word: str) -> bool:
    parses = [p for p in get_morph().parses(word) if p.is_known]
    return bool(parses) and not any({"NOUN", "ADJF"} & set(p.tag.grammemes) for p in parses)


def is_given_name(word: str) -> bool:
    """The dictionary knows ``word`` as a given name and never as a surname ("Борис")."""
    grams = [set(p.tag.grammemes) for p in get_morph().parses(word) if p.is_known]
    return any("Name" in g for g in grams) and not any("Surn" in g for g in grams)


def is_named(name: str, kind: str, *, capitalized_mid_sentence: bool = False) -> bool:
    """Whether an actor's ``name`` names someone (rather than describing or pointing).

    A person's name is made of capitalized words (and particles such as "де", "фон", "бин").
    An organization or place needs a capital letter somewhere, and then a word in quotes or
    Latin letters, a proper word after the first one ("Комитет Госдумы", not "местные СМИ"),
    or a first word that is not a common noun. A single capitalized word that the dictionary
    knows only as a common noun ("Полиция") or a pronoun ("Она") is generic, unless
    ``capitalized_mid_sentence`` says it was written with a capital inside a sentence
    ("с Мадонной").
    """
    stripped = _QUOTES.sub(" ", name).strip()
    words = _SPACES.split(stripped)
    if not words or not words[0]:
        return False
    capitals = [w[:1].isupper() or w[:1].isdigit() for w in words]
    if kind == "PER":
        if not all(c or fold(w) in PARTICLES for w, c in zip(words, capitals, strict=True)):
            return False
        if len(words) > 1:
            return True
    else:
        if not any(ch.isupper() for ch in name):
            return False
        if _QUOTES.search(name) or _LATIN.search(name):
            return True
        if any(
            _proper_word(w, capitalized_mid_sentence=True)
            for w, c in zip(words[1:], capitals[1:], strict=True)
            if c
        ):
            return True
        if not capitals[0]:
            return False
    return _proper_word(words[0], capitalized_mid_sentence=capitalized_mid_sentence)


def _proper_word(word: str, *, capitalized_mid_sentence: bool) -> bool:
    if _LATIN.search(word) or any(ch.isdigit() for ch in word):
        return True
    parses = get_morph().parses(word)
    if not parses:
        return True
    if "NPRO" in parses[0].tag.grammemes:
        return False
    if any(_PROPER & set(p.tag.grammemes) for p in parses if p.is_known):
        return True
    if not any(p.is_known for p in parses):
        return True
    # A known common noun: only a capital inside a sentence says it is used as a name
    # (an acronym is all capitals wherever it stands, so its capitals say nothing).
    return capitalized_mid_sentence and not (word.isupper() and len(word) > 1)
