"""Forms of a person's name in a document: the fullest one ("Токаев" -> "Касым-Жомарт
Токаев"), the nominative of an inflected foreign one, and which gender a name fits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
from attrs import evolve

from eventkit.grammar.mention import Mention
from eventkit.model.events import Actor
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph

_T = TypeVar("_T")

# (attribute, ``__init__`` argument) of each attrs class ``evolved`` was asked to copy.
_INIT_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def evolved(inst: _T, changes: dict[str, Any]) -> _T:
    """``attrs.evolve(inst, **changes)`` (``changes`` keyed by ``__init__`` argument; it
    is filled in): the same walk over the fields, compiled, and the fields read once per
    class rather than once per call."""
    cls: Any = type(inst)
    fields = _INIT_FIELDS.get(cls)
    if fields is None:
        fields = _INIT_FIELDS[cls] = tuple(
            (a.name, a.alias) for a in attrs.fields(cls) if a.init and a.alias is not None
        )
    for name, alias in fields:
        if alias not in changes:
            changes[alias] = getattr(inst, name)
    result: _T = cls(**changes)
    return result


def named_in_full(actor: Actor, people: PeopleIndex) -> Actor:
    """The actor with the fullest name the document gives the person: "К.-Ж. Токаев" and
    "Токаев" -> "Касым-Жомарт Токаев", "Эдуард" -> "Эдуард Лимонов"."""
    words = _name_words(actor.name)
    if not words:
        return actor
    if len(words) == 1 and words[0][:1].isupper() and _may_be_first_name(words[0]):
        # "Эдуард писал": a first name alone is the one person the document named in full
        # with it.
        full = people.with_given_name(words[0], before=actor.start)
        if not full:
            # "Юра" for the "Юрий Лавров" named before: the full form of a pet name
            full = [
                m
                for given in _PET_NAMES.get(words[0].replace("ё", "е"), ())
                for m in people.with_given_name(given, before=actor.start)
            ]
        named = _most_named({m.name: m for m in full}, people.salience)
        if named is not None:
            return evolve(actor, name=named.name, title=actor.title or named.title)
    if len(words) == 2 and _may_be_first_name(words[0]) and _is_patronymic(words[1]):
        # "Олег Петрович" for the "Олег Петрович Сомов" the document named in full: the one
        # person named with this first name and patronymic, before the mention or (after a
        # headline) anywhere in the document
        patronymic = _plain(words[1])
        for before in (actor.start, _END):
            full = [
                m
                for m in people.with_given_name(words[0], before=before)
                if len(m.name.split()) > 2 and _plain(m.name.split()[1]) == patronymic
            ]
            named = _most_named({m.name: m for m in full}, people.salience)
            if named is not None:
                return evolve(actor, name=named.name, title=actor.title or named.title)
        return actor
    known = people.with_surname(words[-1], words=_fuller_words(actor.name))
    fuller = _fuller_name(actor.name, known)
    last = actor.name.replace(".", ". ").split()[-1]
    if fuller is None and "-" in last:
        # a hyphenated surname by its first part: "Мор-Тана" is found by "Мор", as "Тана"
        # is not by the short "Тан"
        known = people.with_surname(last.split("-")[0], words=_fuller_words(actor.name))
        fuller = _fuller_name(actor.name, known)
    if fuller is not None:
        return evolve(actor, name=fuller.name, title=actor.title or fuller.title)
    whole = actor.name.split()
    if len(whole) > 1 and get_morph().name_gender(whole[0]) is None:
        # a first name the dictionary does not know may be left inflected ("Мигеля")
        same = people.with_surname(words[-1], words=len(whole))
        nominative = _nominative_variant(actor.name, same)
        if nominative is not None:
            return evolve(actor, name=nominative.name, title=actor.title or nominative.title)
    return actor


# Everyday short forms of Russian first names and the full names they stand for (a reader
# takes "Юра" for the "Юрий" the document named in full).
_PET_NAMES: dict[str, tuple[str, ...]] = {
    pet: tuple(full.split("/"))
    for pet, full in (
        pair.split(":")
        for pair in """
        Саша:Александр/Александра Шура:Александр/Александра Алеша:Алексей Леша:Алексей
        Андрюша:Андрей Толя:Анатолий Тема:Артем/Артём Боря:Борис Вова:Владимир
        Володя:Владимир Витя:Виктор Слава:Вячеслав/Владислав/Святослав/Ярослав
        Гена:Геннадий Гоша:Георгий Жора:Георгий Гриша:Григорий Дима:Дмитрий
        Митя:Дмитрий Женя:Евгений/Евгения Ваня:Иван Костя:Константин Коля:Николай
        Леня:Леонид Лева:Лев Миша:Михаил Паша:Павел Петя:Петр/Пётр Рома:Роман
        Сережа:Сергей Стас:Станислав Степа:Степан Федя:Федор/Фёдор Юра:Юрий Яша:Яков
        Аня:Анна Варя:Варвара Валя:Валентина/Валентин Вика:Виктория Галя:Галина
        Даша:Дарья Катя:Екатерина Лена:Елена Лиза:Елизавета Ира:Ирина Ксюша:Ксения
        Люба:Любовь Люда:Людмила Маша:Мария Надя:Надежда Наташа:Наталья/Наталия
        Настя:Анастасия Оля:Ольга Соня:Софья/София Света:Светлана
        Таня:Татьяна Юля:Юлия
        """.split()
    )
}


def _nominative_variant(name: str, people: Sequence[Mention]) -> Mention | None:
    """ "Мигеля Диас-Канеля", a foreign name the dictionary could not put into the
    nominative, for "Мигель Диас-Канель", which the document also has."""
    mine = name.lower().replace("ё", "е").split()
    for m in people:
        other = m.name.lower().replace("ё", "е").split()
        if len(other) != len(mine) or other == mine or (m.cases and "nomn" not in m.cases):
            continue
        if all(w == o or _with_ending(o, w) for o, w in zip(other, mine, strict=True)):
            return m
    return None


# past the end of any document: where a search "before" it looks everywhere
_END = 1 << 40


def _may_be_first_name(word: str) -> bool:
    """A word the dictionary reads (or guesses) as a first name: "Эдуард", "Стивен"; not
    "Путин", whose sentences need no parse to ask."""
    return any("Name" in p.tag.grammemes for p in get_morph().parses(word))


def _is_patronymic(word: str) -> bool:
    """A word the dictionary reads as a patronymic: "Петрович", "Ивановна"."""
    return any("Patr" in p.tag.grammemes for p in get_morph().parses(word))


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _most_named(candidates: dict[str, Mention], salience: Callable[[str], int]) -> Mention | None:
    """The one candidate, or of several ("Стивен Фрай", "Стивен Вебб") the one the
    document names at least twice as often as any other. A name the grammar left in an
    oblique case ("Кевин Бэйтсе" of "на Кевине Бэйтсе") is the same person as the name it
    inflects ("Кевин Бэйтс"), not another candidate."""
    candidates = {
        name: m
        for name, m in candidates.items()
        if not any(other != name and _inflects(other, name) for other in candidates)
    }
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    ranked = sorted(candidates.values(), key=lambda m: salience(m.name), reverse=True)
    if len(ranked) > 1 and salience(ranked[0].name) >= 2 * max(1, salience(ranked[1].name)):
        return ranked[0]
    return None


def _inflects(name: str, inflected: str) -> bool:
    """Whether ``inflected`` is ``name`` with a case ending on one or more of its words
    ("Кевин Бэйтсе" of "Кевин Бэйтс")."""
    mine = _plain(name).split()
    other = _plain(inflected).split()
    return len(mine) == len(other) and all(
        m == o or _with_ending(m, o) for m, o in zip(mine, other, strict=True)
    )


def _fuller_name(name: str, people: Sequence[Mention]) -> Mention | None:
    """The fullest name in the document for a short or inflected one: "К.-Ж. Токаев" and
    "Токаев" -> "Касым-Жомарт Токаев"; "Рябова" -> "Кирилл Рябов"."""
    # "С.Ванина" is an initial and a surname, written without a space
    whole = name.replace(".", ". ").split()
    if not whole:
        return None
    # "Диас-Канель" is one surname; "К.-Ж." two initials.
    surname = whole[-1].lower()
    initials = [w[0].lower() for w in _name_words(" ".join(whole[:-1]))]
    least = _fuller_words(name)
    best: Mention | None = None
    for m in people:
        other = m.name.split()
        if len(other) < least or not _same_surname(other[-1].lower(), surname):
            continue
        given = m.name.replace("-", " ").split()[:-1]
        if initials and [g[0].lower() for g in given][: len(initials)] != initials:
            continue
        if len(m.name) > len(name) and (best is None or len(m.name) > len(best.name)):
            best = m
    return best


def _fuller_words(name: str) -> int:
    """The fewest words a fuller form of ``name`` has: more words, or whole words for its
    initials; not the same words in another case ("Бенедикта XVI" for "Бенедикт XVI")."""
    return 2 if "." in name else len(name.split()) + 1


def _name_words(name: str) -> list[str]:
    return name.replace(".", ". ").replace("-", " ").split()


_CASE_ENDINGS = frozenset(["а", "я", "у", "ю", "ом", "ым", "е", "ем", "ой", "ы", "ых"])


def _with_ending(word: str, inflected: str) -> bool:
    """ "мигеля" is "мигель" with a case ending added ("диас-канеля", "путина")."""
    return (
        len(word) >= 4 and inflected.startswith(word) and inflected[len(word) :] in _CASE_ENDINGS
    ) or (
        # a soft stem loses its "ь": "мигель" -> "мигеля"
        word.endswith("ь")
        and inflected.startswith(word[:-1])
        and inflected[len(word) - 1 :] in _CASE_ENDINGS
    )


def _same_surname(full: str, short: str) -> bool:
    """Equal, or the same stem with another case ending (фастовский / фастовского)."""
    if full == short:
        return True
    if _with_ending(full, short):
        return True  # "путина" for "путин": a short surname with a case ending
    stem = min(len(full), len(short)) - 3
    return stem >= 4 and full[:stem] == short[:stem] and abs(len(full) - len(short)) <= 2


def surname_stem(name: str) -> str:
    words = name.lower().replace("ё", "е").replace(".", ". ").split()
    return words[-1][:6] if words else ""


def last_word(mention: Mention) -> str:
    words = mention.name.split()
    return words[-1] if words else mention.name


def fits_gender(mention: Mention, feminine: bool, people: PeopleIndex) -> bool:
    """Whether the person mentioned fits a word of this gender: by the past-tense verb
    after it, else by the gender the mention shows, else by the fullest name the document
    gives it ("Родригес" is the woman named "Джорджина Родригес", "Обама" the man named
    "Барак Обама")."""
    if mention.can_be_subject:
        # "Кэтлин Морт провела …": the singular past-tense verb right after a name that can
        # be its subject shows the person's gender, whatever the name looks like
        following = people.between(mention.end, mention.end + 40).split()
        shown = get_morph().past_gender(following[0].lower()) if following else None
        if shown is not None:
            return (shown == "femn") == feminine
    if mention.gender:
        return (mention.gender == "femn") == feminine
    named: Mention | None = None
    words = mention.name.split()
    if len(words) == 1 or not get_morph().name_gender(words[0]):
        # only a name without a first name the dictionary knows needs the document
        same = people.with_surname(last_word(mention))
        named = _fuller_name(mention.name, same) or _nominative_variant(mention.name, same)
    return name_fits_gender((named or mention).name, feminine)


def name_fits_gender(name: str, feminine: bool) -> bool:
    """Whether a person so named fits a pronoun of this gender: the first name's gender in
    the dictionary ("Джордж Мендонса" is a man), else the ending of the surname ("Д.Петрова"
    is a woman, or a man's name in the genitive: no "он")."""
    words = name.replace(".", ". ").split()
    if not words:
        return True
    known = get_morph().name_gender(words[0]) if len(words) > 1 else None
    if known is not None:
        return (known == "femn") == feminine
    # Unknown names: a first name or surname in -а/-я looks feminine ("Катриона Грэй",
    # "Анна Петрова"), one ending otherwise masculine.
    endings = [w.lower() for w in (words[0], words[-1]) if w.isalpha()]
    if not endings:
        return True
    looks_feminine = any(
        w.endswith(("а", "я", "ая")) and not w.endswith(("ша", "ла")) for w in endings
    )
    return looks_feminine == feminine
