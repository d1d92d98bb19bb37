"""Titles and descriptions that stand for a named person: "прокурор" for the "федеральный
прокурор Прит Бхарара" of the story, "итальянский композитор" for "Эннио Морриконе"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from attrs import evolve

from eventkit.grammar.lexicon import KIN_WORDS, RELATIONAL_TITLES, UNNAMED_PEOPLE
from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import particle_name
from eventkit.model.events import Actor
from eventkit.resolve.names import fits_gender, last_word, surname_stem
from eventkit.resolve.people_index import PeopleIndex
from eventkit.text.morph import get_morph


def title_head(title: str) -> str:
    """The title's first noun ("министр" of "министр иностранных дел"), else its first word;
    the words after that noun are not looked up."""
    words = title.split()
    morph = get_morph()
    for word in words:
        if morph.is_noun(word):
            return word
    return words[0]


def is_description(actor: Actor) -> bool:
    """ "девушка", "музыкант": a single singular common noun standing for a named person.
    Longer descriptions ("внук Манделы") and kin words ("его дочь") name someone else."""
    words = actor.name.split()
    if not words or not actor.name[:1].islower() or actor.title is not None:
        return False
    if particle_name(words[0]):
        return False  # "аль-Харуба": a surname after its article, not a common noun
    # "итальянский композитор", "79-летний монарх": adjectives before the noun.
    if len(words) > 3 or not all(_adjective(w) for w in words[:-1]):
        return False
    head = words[-1]
    return (get_morph().is_singular_noun(head) or _substantivized(head)) and not get_morph().lemmas(
        head
    ) & (RELATIONAL_TITLES | UNNAMED_PEOPLE)


def _substantivized(word: str) -> bool:
    """ "задержанный", "подозреваемая": a participle or adjective the dictionary marks as
    used for a person (Subx), in the singular nominative, standing as a noun."""
    parses = get_morph().parses(word)
    return bool(parses) and {"Subx", "sing", "nomn"} <= set(parses[0].tag.grammemes)


def _adjective(word: str) -> bool:
    return any("ADJF" in f.grams.values for f in get_morph()(word))


def recent_person(
    actor: Actor,
    people: PeopleIndex,
    allowed: Callable[[Mention], bool] = lambda _: True,
    *,
    woman: bool = False,
    reach: int | None = None,
    distance: int = 600,
) -> Mention | None:
    """The person a description ("монарх", "итальянский композитор") stands for: of the
    named people before it (within ``distance`` characters and ``reach`` sentences) whose
    name fits its grammatical gender (or a woman's, when its verb says so: "сенатор
    посоветовала"), the one the document names most often (the story's protagonist), the
    nearest on a tie."""
    feminine = woman or (get_morph().is_feminine(actor.text.split()[-1]) if actor.text else False)
    # "«… как высадился Армстронг», – рассказал биограф": a person named inside a quotation
    # is not the one a description in the narrative stands for.
    narrative = not people.quoted(actor.start, actor.end)
    fitting = [
        m
        for m in people.near(actor.start, reach)
        if m.end <= actor.start
        and actor.start - m.end < distance
        and fits_gender(m, feminine, people)
        and allowed(m)
        and not (narrative and people.quoted(m.start, m.end))
    ]
    if not fitting:
        return None
    order = {id(m): i for i, m in enumerate(fitting)}
    return max(fitting, key=lambda m: (people.salience(m.name), order[id(m)]))


def described(actor: Actor, people: PeopleIndex) -> Mention | None:
    """ "итальянский композитор" for the person the document introduced as "композитор
    Эннио Морриконе": a description's noun matched against the titles people were given."""
    head = actor.name.split()[-1]
    lemmas = get_morph().lemmas(head)
    found = [
        m
        for m in people.holding_title(lemmas)
        if m.end <= actor.start
        and m.title
        and any(lemmas & get_morph().lemmas(w) for w in m.title.split())
    ]
    return found[-1] if found else None


def titled_across(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "скандальный кандидат" for the one person the document introduced as "кандидат в
    президенты от Республиканской партии Роберт Кларк", a complement between the title and
    the name; with several people so titled (or none), None."""
    feminine = woman or (get_morph().is_feminine(actor.text.split()[-1]) if actor.text else False)
    head = actor.name.split()[-1] if actor.title is None else title_head(actor.name)
    found = [
        m
        for m in people.titled_across(get_morph().lemmas(head.lower()), before=actor.start)
        if fits_gender(m, feminine, people)
    ]
    if len({surname_stem(m.name) for m in found}) != 1:
        return None
    return found[-1]


# Verbs that give someone an office, and the titles "возглавить" gives.
_APPOINTING = frozenset(["назначить", "назначать", "избрать", "избирать", "стать"])
_HEADING = frozenset(
    "глава руководитель директор председатель президент начальник лидер командир".split()
)
_HEADED = "возглавить"
# How many sentences back the appointment may be told.
_APPOINTED_REACH = 8


def newly_appointed(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Новый глава компании заявил" for the one person the document says took the office:
    named alone in a sentence that gives it ("Новым главой компании стал Иван Дронов",
    "Министром назначен …") or, for a head's title, says they headed it ("Компанию
    возглавил …"). Nobody so named, or several, and None: the one who left the post is
    not the new one. Only a feminine verb tells the new one is a woman ("глава" is
    either's)."""
    words = actor.name.lower().split()
    if len(words) < 2 or "новый" not in get_morph().lemmas(words[0]):
        return None
    head = get_morph().lemmas(title_head(" ".join(words[1:])))
    if not head or not get_morph().is_singular_noun(words[1]):
        return None
    found: dict[str, Mention] = {}
    for lemma in (*sorted(head), _HEADED):
        for sentence in people.sentences_holding(lemma, before=actor.start, reach=_APPOINTED_REACH):
            if sentence.start >= actor.start:
                continue
            if lemma == _HEADED:
                if not head & _HEADING:
                    continue
            elif not sentence.lemmas & _APPOINTING or (
                # "стал министром в 2010 году" is no news of a new one: "стал новым"
                sentence.lemmas & _APPOINTING == {"стать"} and "новый" not in sentence.lemmas
            ):
                continue
            # "стала Гвиневра Дик": the verb of the appointment shows the gender, else the name
            shown = {
                get_morph().past_gender(token.value.lower())
                for token, lemmas in zip(sentence.tokens, sentence.token_lemmas, strict=False)
                if lemmas & _APPOINTING or _HEADED in lemmas
            } - {None}
            named = [
                m
                for m in people.near(sentence.start, 0)
                # the one appointed is the subject ("Компанию возглавил Иван Дронов")
                if m.end <= actor.start
                and "nomn" in m.cases
                and (not woman or (shown == {"femn"} if shown else fits_gender(m, True, people)))
            ]
            if len(named) == 1:
                found[surname_stem(named[0].name)] = named[0]
    return next(iter(found.values())) if len(found) == 1 else None


# Works a person is named the author of by the genitive after them ("книга Инны Седых").
_WORKS = frozenset(
    """
    книга роман повесть сборник стихотворение поэма статья фильм песня альбом пьеса
    монография исследование доклад
    """.split()
)
_WORD_BEFORE = re.compile(r"(\w+)[\s«»\"']*$")


def work_author(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Автор отмечает" for the person the document named as a work's author before it,
    the nearest: by the genitive after the work ("вышла книга Инны Седых") or by the title
    "автор" itself ("автор романа Иван Петров", which ``described`` finds). Anyone else
    named stays someone else: with no such author, the description stays."""
    if "автор" not in get_morph().lemmas(actor.name.split()[-1].lower()):
        return None
    feminine = woman or (get_morph().is_feminine(actor.text.split()[-1]) if actor.text else False)
    # "автор" is a man's or a woman's word; only a feminine verb or word tells
    return author_of_a_work(people, before=actor.start, woman=feminine)


def author_of_a_work(
    people: PeopleIndex, *, before: int, woman: bool = False, works: frozenset[str] | None = None
) -> Mention | None:
    """The person the document named last before ``before`` by the genitive after a work
    ("вышла книга Инны Седых"), a woman when ``woman``; only after one of ``works`` (the
    lemmas of work nouns) when given."""
    found = [
        m
        for m in people.holding_title(works or _WORKS)
        if m.end <= before and not m.title and _after_a_work(m, people, works)
    ]
    found = [m for m in found if not woman or fits_gender(m, True, people)]
    return found[-1] if found else None


def _after_a_work(
    mention: Mention, people: PeopleIndex, works: frozenset[str] | None = None
) -> bool:
    before = _WORD_BEFORE.search(people.between(max(0, mention.start - 40), mention.start))
    return before is not None and bool(
        get_morph().lemmas(before.group(1).lower()) & (works or _WORKS)
    )


# Who a person is to a work named in quotes: "автор «Тихой реки»", "звезда «Метели»".
_WORK_MAKERS = frozenset(
    """
    автор создатель режиссер режиссёр постановщик сценарист звезда исполнитель
    исполнительница солист солистка героиня
    """.split()
)
_QUOTED_WORK = re.compile(r"^(\w+(?:-\w+)?)\s+[«\"„']")


def work_maker(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Автор «Тихой реки» сказал", "звезда «Метели» написала": a person named by their
    work, in quotes, stands for the story's person: the one the document names most
    before it (of those whose gender the verb allows, in the last 600 characters), when
    no one else named there is named as often. Anyone else, or nobody, and it stays."""
    found = _QUOTED_WORK.match(actor.name)
    if actor.kind != "PER" or actor.title is not None or found is None:
        return None
    head = found.group(1)
    if not head[:1].islower() or not get_morph().lemmas(head) & _WORK_MAKERS:
        return None
    # "звезда" is a woman's word for anyone: only the verb tells the gender
    probe = evolve(actor, text="")
    named = recent_person(probe, people, woman=woman)
    if named is None:
        return None
    stem = surname_stem(named.name)
    count = people.salience(named.name)
    rivals = [
        m
        for m in people.near(actor.start)
        if m.end <= actor.start
        and m.kind == "PER"
        and surname_stem(m.name) != stem
        and not _spelling_variant(m.name, named.name)
    ]
    if count < 2 or any(people.salience(m.name) >= count for m in rivals):
        return None
    return named


def _spelling_variant(one: str, other: str) -> bool:
    """ "Камерон Диас" and "Кэмерон Диаз": a foreign name transliterated two ways, the
    same number of words differing in a letter or two."""
    if len(one.split()) != len(other.split()):
        return False
    return SequenceMatcher(None, one.lower(), other.lower()).ratio() >= _SAME_SPELLING


# How alike two spellings of one name are at least (difflib's ratio).
_SAME_SPELLING = 0.8


def work_noun(word: str) -> str | None:
    """The lemma of ``word`` when it names a work ("книге" -> "книга"), else None."""
    found = get_morph().lemmas(word.lower()) & _WORKS
    return min(found) if found else None


def protagonist(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """For a title nobody in the document was given, one word or adjectives and a word
    ("Монарх также призвал", "79-летний монарх", "новый кубинский лидер"): the person the
    story is about, when one person is named more often than any other it may be (three
    times at least): for "кубинский", no one given an office that does not name Cuba. Relational
    titles ("представитель") and titles with a complement ("глава МИД") name someone else."""
    words = actor.name.split()
    adjectives = _qualifiers(actor.name.lower())
    complement = _organization_complement(words) if adjectives is None else None
    if len(words) != 1 and adjectives is None and complement is None:
        return None
    qualifiers = adjectives or []
    head = words[0] if complement is not None else words[-1]
    if get_morph().lemmas(head.lower()) & RELATIONAL_TITLES:
        return None
    salience = people.salience
    around = people.near(actor.start)

    def may_be(candidate: Mention) -> bool:
        # "новый кубинский лидер" is not the "президент России" of the story; a person
        # given no office in the story may be (nothing says otherwise).
        named_so = [*around, *people.with_surname(last_word(candidate))]
        surname = surname_stem(candidate.name)
        offices = [m for m in named_so if m.title and surname_stem(m.name) == surname]
        return not qualifiers or not offices or any(_qualified(m, qualifiers) for m in offices)

    # the gender is the head's: "ветеран НХЛ" is a man's title
    probe = evolve(actor, text=head) if complement is not None else actor
    named = recent_person(probe, people, may_be, woman=woman)
    if named is None:
        # "… футболист ещё до турнира говорил": the protagonist named a few paragraphs up
        around = people.near(actor.start, _PROTAGONIST_REACH)
        named = recent_person(
            probe, people, may_be, woman=woman, reach=_PROTAGONIST_REACH, distance=2000
        )
    if named is None:
        return None
    if complement is not None and not _tied_to(named, complement, people, actor.start):
        return None
    count = salience(named.name)
    others = [
        salience(m.name)
        for m in around
        if surname_stem(m.name) != surname_stem(named.name)
        and may_be(m)
        and (not woman or fits_gender(m, True, people))
    ]
    if count >= 3 and all(n < count for n in others):
        return named
    if woman and not others:
        # "Любовь Глебова покинула пост. … сенатор посоветовала": the one woman named
        # near a title her verb gives to a woman.
        return named
    return None


def titled_by_organization(actor: Actor) -> bool:
    """ "ветеран НХЛ", "форвард Реала": a lower-case title whose complement names an
    organization, standing alone for a person."""
    words = actor.name.split()
    return (
        actor.kind == "PER"
        and actor.name[:1].islower()
        and actor.name == actor.text
        and _organization_complement(words) is not None
    )


def _organization_complement(words: Sequence[str]) -> list[str] | None:
    """For a title whose complement names an organization ("форвард Реала", "ветеран
    НХЛ"): the complement's words; None for any other title, and for a complement naming a
    place ("президент Казахстана") or a person ("соратник Мартинеса")."""
    if len(words) not in (2, 3) or not get_morph().is_singular_noun(words[0].lower()):
        return None
    rest = words[1:]
    for word in rest:
        parses = get_morph().parses(word)
        grams = set(parses[0].tag.grammemes) if parses else set()
        if not word[:1].isupper() or "Geox" in grams:
            return None
        if {"NOUN", "inan", "gent"} <= grams or _organization_abbreviation(word):
            continue
        return None
    return list(rest)


def _organization_abbreviation(word: str) -> bool:
    """ "RT", "NASA", "МИД": a name in Latin capitals, or an abbreviation the dictionary
    knows as an organization's, which does not decline ("глава RT", "глава МИД")."""
    if word.isascii() and word.isupper() and word.isalpha():
        return True
    return any({"Abbr", "Orgn", "gent"} <= set(p.tag.grammemes) for p in get_morph().parses(word))


def _tied_to(named: Mention, complement: Sequence[str], people: PeopleIndex, before: int) -> bool:
    """Whether the document ties the person to the organization a title's complement
    names: an office of theirs names it ("нападающий «Реал Мадрид»" for "форвард Реала"),
    or a sentence before names both ("за 18 лет в НХЛ Картер сыграл" for "ветеран НХЛ")."""
    stem = surname_stem(named.name)
    theirs = [m for m in people.with_surname(last_word(named), words=1) if m.start < before]
    theirs = [m for m in theirs if surname_stem(m.name) == stem]
    if any(m.title and _qualified(m, complement) for m in theirs):
        return True
    lemmas = {lemma for word in complement for lemma in get_morph().lemmas(word)}
    sentences = [
        s
        for lemma in lemmas
        for s in people.sentences_holding(lemma, before=before, reach=_PROTAGONIST_REACH * 3)
        if s.end <= before
    ]
    return any(s.start <= m.start < s.end for s in sentences for m in theirs) or (
        # "как подчеркнула Симоньян, это программа RT": a surname alone, which the index of
        # fuller names does not hold, in a sentence naming the organization
        len(stem) >= 4
        and any(
            t.value[:1].isupper() and t.value.lower().replace("ё", "е").startswith(stem)
            for s in sentences
            for t in s.tokens
        )
    )


def headliner(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """For a title nobody in the document was given, with a complement or without
    ("Президент России сообщил", "президент Казахстана обратился", "Президент и сам"): the
    person the headline names, when the document names that person twice at least, gives
    them no office, and names nobody else near the title who was given none either (a
    person given another office, "председатель совета Игорь Рогов", is not the
    president). A title naming a relation ("представитель") names someone else."""
    if not _office_of_state(actor.name):
        return None

    def officeless(candidate: Mention) -> bool:
        surname = surname_stem(candidate.name)
        named_so = [*people.near(actor.start), *people.with_surname(last_word(candidate))]
        return not any(m.title for m in named_so if surname_stem(m.name) == surname)

    first = {
        surname_stem(m.name): m
        for m in people.lead()
        if m.end <= actor.start and (not woman or fits_gender(m, True, people))
    }
    fitting = [
        m
        for m in first.values()
        if people.salience(m.name) >= 2
        and (woman or _masculine_or_unknown(m, people))
        and officeless(m)
    ]
    if len(fitting) != 1:
        return None
    named = fitting[0]
    stem = surname_stem(named.name)
    rivals = [
        m
        for m in people.near(actor.start)
        if surname_stem(m.name) != stem and fits_gender(m, woman, people)
    ]
    if any(officeless(m) for m in rivals):
        return None
    return named


def _office_of_state(title: str) -> bool:
    """Whether ``title`` names an office one person holds in a state or a body: one of the
    offices of ``_SAME_OFFICE`` ("глава государства", bare "президент") or any title whose
    complement is a proper name ("президент Казахстана", "премьер-министр Италии"); not
    "глава группы наблюдателей", "тренер", nor a relation ("представитель России")."""
    words = title.split()
    lowered = title.lower()
    if not words or get_morph().lemmas(title_head(title)) & RELATIONAL_TITLES:
        return False
    # "глава российского государства" is the "глава государства"; "российский лидер"
    # is the leader of a state, "лидер" alone may lead anything
    plain = " ".join(w for w in lowered.split() if not _PLACE_ADJECTIVE.search(w))
    if lowered in _SAME_OFFICE or lowered in _STATE_OFFICES or plain in _SAME_OFFICE:
        return True
    if plain == "лидер" and plain != lowered:
        return True
    return (
        len(words) == 2
        and words[0].lower() in _STATE_OFFICES
        and words[1][:1].isupper()
        and (
            words[1].isupper()
            or any("gent" in p.tag.grammemes for p in get_morph().parses(words[1]))
        )
    )


def _masculine_or_unknown(mention: Mention, people: PeopleIndex) -> bool:
    """A title in the masculine ("президент сообщил") is borne by a man, or by a woman a
    feminine verb would have told: a woman named in the headline is not the one meant."""
    return fits_gender(mention, False, people)


# How many sentences back a title nobody was given may find the story's protagonist.
_PROTAGONIST_REACH = 10

# Titles that name the same office in other words.
_SAME_OFFICE = {
    "глава государства": ("президент",),
    "глава правительства": ("премьер", "премьер-министр", "председатель правительства"),
    "глава кабинета": ("премьер", "премьер-министр", "председатель правительства"),
    "глава кабмина": ("премьер", "премьер-министр", "председатель правительства"),
    "глава мид": ("министр иностранных дел",),
    "монарх": ("король", "королева", "император", "императрица", "султан", "эмир"),
    "премьер": ("премьер-министр", "председатель правительства"),
}


# Single words for such offices: the heads of ``_SAME_OFFICE``'s names.
_STATE_OFFICES = frozenset(w for names in _SAME_OFFICE.values() for w in names if " " not in w) - {
    "глава"
}


def office_words(title: str) -> list[str]:
    """The words a holder of ``title`` may have been introduced with: its head and the
    heads of the same office's other names ("глава государства" -> "глава", "президент")."""
    written = title_head(title).lower()  # "экс-губернатор", as the index spells it
    title = _spelled_out(_former(title.lower()))
    same = _SAME_OFFICE.get(title.lower(), ())
    # The head is the title's first noun: "новый кубинский лидер" -> "лидер".
    head = title_head(title).lower()
    if not same and _qualifiers(title.lower()) is not None:
        same = _SAME_OFFICE.get(head, ())  # "японский премьер" is a "премьер-министр"
    heads = [head, written, *(s.split()[0] for s in same)]
    if title.lower() == "министр":
        heads.append("глава")  # "глава МИД Сергей Зорин" is a minister
    if _HEAD_OF_MINISTRY.match(title.lower()):
        heads.append("министр")  # "глава Минздрава" is the "министр здравоохранения"
    return list(dict.fromkeys(heads))


def title_holder(actor: Actor, people: Sequence[Mention]) -> Mention | None:
    """The named person who holds the actor's title, nearest before it, else the one
    person given it after. A bare title matches by its head ("президент" for "президент Казахстана
    Касым-Жомарт Токаев"); a title with a complement only the same title ("президент
    Фонда прав человека" is not "президент Туркменистана")."""
    title = _spelled_out(_former((actor.title or "").lower()))
    if not title:
        return None
    qualifiers = _qualifiers(title)
    if qualifiers is not None:
        # "новый кубинский лидер", "российский президент": the head alone, held by
        # someone whose office names the place the adjectives name; a former holder is
        # still one ("бывший президент" is not the "президент США" of the story).
        title = " ".join(w for w in title.split()[:-1] if w == "бывший") + " " + title.split()[-1]
        title = title.strip()
    bare = len(title.split()) == 1

    def holds(mention: Mention) -> bool:
        their = (mention.title or "").lower()
        if not their:
            return False
        written = [_spelled_out(_former(t.strip())) for t in their.split(",")]
        offices = [*map(_plain_office, written), *written]
        if any(o == title or o.startswith(title + " ") for o in offices):
            return True
        if _heads_ministry(title, offices):
            return True
        if any(o.startswith(same) for same in _SAME_OFFICE.get(title, ()) for o in offices):
            return True
        if title == "министр" and any(_MINISTRY_HEAD.match(o) for o in offices):
            return True
        return bare and any(title in o.split()[:2] for o in offices)

    holders = [m for m in people if holds(m) and _qualified(m, qualifiers or [])]
    before = [m for m in holders if m.end <= actor.start]
    if before:
        return before[-1]
    # named only after the title: one person, or which one is meant nothing says
    return holders[0] if len({surname_stem(m.name) for m in holders}) == 1 else None


# Adjectives that leave an office the same one: "официальный представитель МИД" is a
# "представитель МИД", "главный тренер «Зенита»" a "тренер «Зенита»" ("бывший" is not).
_SAME_OFFICE_ADJECTIVES = frozenset(["официальный", "главный", "генеральный"])


# An office by its short name: "генсек ООН" is the "генеральный секретарь ООН".
_SHORT_OFFICES = {"генсек": "генеральный секретарь"}
_SHORT_OFFICE = re.compile(rf"(?<![\w-])({'|'.join(_SHORT_OFFICES)})(?![\w-])")


def _spelled_out(title: str) -> str:
    """``title`` (lower case) with a short office name spelled out ("генсек ООН" ->
    "генеральный секретарь ООН")."""
    return _SHORT_OFFICE.sub(lambda m: _SHORT_OFFICES[m.group(1)], title)


# "глава Минфина": the ministry's word after "мин", and the words after it.
_HEAD_OF_MINISTRY = re.compile(r"глава мин(?!ск|ист)([а-яё]{2,})((?: [\w-]+)*)$")


def _heads_ministry(title: str, offices: Sequence[str]) -> bool:
    """Whether a "глава Мин…" title is one of the ``offices`` given as a minister's: the
    "министр здравоохранения" for "глава Минздрава", the "министр финансов России" for
    "глава Минфина России" (the ministry by the first letters of its field)."""
    found = _HEAD_OF_MINISTRY.match(title)
    if found is None:
        return False
    field_word, rest = found.group(1), found.group(2).split()
    stem = field_word[:4] if len(field_word) >= 6 else field_word[:3]
    for office in offices:
        words = office.split()
        if words[:1] != ["министр"] or not any(w.startswith(stem) for w in words[1:]):
            continue
        if all(any(_same_root(r, w) for w in words[1:]) for r in rest):
            return True
    return False


def _former(title: str) -> str:
    """ "экс-президент" as the "бывший президент" it is."""
    return re.sub(r"(?<![\w-])экс-", "бывший ", title, flags=re.IGNORECASE)


def _plain_office(office: str) -> str:
    """An office (in lower case) without the adjectives that leave it the same one,
    also those naming its place ("российский президент" is a "президент")."""
    words = office.split()
    while len(words) > 1 and (
        words[0] in _SAME_OFFICE_ADJECTIVES or _PLACE_ADJECTIVE.search(words[0])
    ):
        words = words[1:]
    return " ".join(words)


# The head of a ministry, a minister: "глава МИД России", "глава Минфина", "глава
# министерства обороны".
_MINISTRY_HEAD = re.compile(r"глава (?:мид|мвд|мчс|мин(?!ск)[а-яё]{2,}|министерства)\b")

# An adjective naming a place: "российский", "французская", "немецкого".
_PLACE_ADJECTIVE = re.compile(r"[сц]к(ий|ая|ое|ого|ому|им|ой|ую)$")


def _qualifiers(title: str) -> list[str] | None:
    """For a title of adjectives and one noun ("новый кубинский лидер"), the adjectives
    that name a place or a body ("кубинский"), which its holder's office must name too;
    None for any other title."""
    words = title.split()
    if len(words) < 2 or not all(_adjective(w) for w in words[:-1]):
        return None
    if not get_morph().is_singular_noun(words[-1]):
        return None
    return [w for w in words[:-1] if re.search(r"[сц]к(ий|ая|ое|ого|ому|им|ой|ую)$", w)]


def _qualified(mention: Mention, qualifiers: Sequence[str]) -> bool:
    """Whether the mention's title names what each relational adjective names:
    "кубинский" and "председатель Госсовета Кубы", "российский" and "президент России"."""
    words = [w.lower() for w in re.findall(r"\w+", mention.title or "")]
    return all(
        any(_same_root(q, w) or q.startswith(_state_adjectives(w)) for w in words)
        for q in qualifiers
    )


def _state_adjectives(word: str) -> tuple[str, ...]:
    """The stems of the adjectives that name the state ``word`` (lower case) names, where
    they do not share its root ("сша" -> "американск", "германии" -> "немецк"); else
    ``word`` itself."""
    if word in _STATE_ABBREVIATIONS:
        return _STATE_ABBREVIATIONS[word]
    return next((a for s, a in _STATE_STEMS.items() if word.startswith(s)), (word,))


# States an office names by an abbreviation, and the stems of the adjectives that name
# them: "американский" and "президент США", "китайский" and "председатель КНР".
_STATE_ABBREVIATIONS = {
    "сша": ("американск",),
    "кнр": ("китайск",),
    "фрг": ("германск", "немецк"),
    "кндр": ("северокорейск",),
    "юар": ("южноафриканск",),
    "оаэ": ("эмиратск",),
    "рф": ("российск",),
}
# States whose adjective has another root than their name's: "Германии" and "немецкий".
_STATE_STEMS = {
    "германи": ("немецк", "германск"),
    "великобритани": ("британск",),
    "нидерланд": ("голландск", "нидерландск"),
}


def _same_root(adjective: str, word: str) -> bool:
    shared = 0
    for a, b in zip(adjective, word, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 3 and shared >= min(len(word), len(adjective)) - 3


# Common nouns a title's complement may name a place by, without its name ("мэр столицы",
# "президент страны", "губернатор области"): its holder's office names a place.
_PLACE_NOUNS = frozenset(
    """
    страна государство столица город регион область край республика штат провинция округ
    район остров княжество королевство
    """.split()
)
# How many sentences back the holder of an office said by a common noun may be named.
_COMPLEMENT_REACH = 6


def office_by_complement(
    actor: Actor, people: PeopleIndex, *, woman: bool = False
) -> Mention | None:
    """ "мэр столицы", "президент страны", "тренер команды": a title whose complement is a
    common noun standing for a place or an organization the document named. It stands for
    the one person the sentences before it gave an office with the same head and a
    complement of that kind ("мэр Москвы Сергей Собянин" for "мэр столицы"), when no other
    place is named between them; with two such people, or none, the title stays."""
    parsed = _common_complement(actor.title or "")
    if parsed is None:
        return None
    head, complement = parsed
    place = complement in _PLACE_NOUNS
    fitting: list[Mention] = []
    for m in people.near(actor.start, _COMPLEMENT_REACH):
        if m.end > actor.start or m.kind != "PER" or m.pronoun or not m.title:
            continue
        if m.name == m.title or not m.name[:1].isupper():
            continue
        if woman and not fits_gender(m, True, people):
            continue
        if any(_office_fits(o, head, complement, place) for o in m.title.split(",")):
            fitting.append(m)
    if len({surname_stem(m.name) for m in fitting}) != 1:
        return None
    holder = fitting[-1]
    if place and _another_place_between(holder, actor, people):
        return None
    return holder


def _common_complement(title: str) -> tuple[str, str] | None:
    """For a title of a singular noun and one lower-case common noun in the genitive
    ("мэр столицы"): the lemmas of both; None for any other title, for a relation
    ("дочь министра") and for an office with names of its own ("глава государства")."""
    words = title.lower().split()
    if len(words) != 2 or title.lower() in _SAME_OFFICE or not title[:1].islower():
        return None
    morph = get_morph()
    head_parses = morph.parses(words[0])
    if not head_parses or not {"NOUN", "sing"} <= set(head_parses[0].tag.grammemes):
        return None
    head = str(head_parses[0].normal_form)
    # "представитель ведомства" may be the one given that office; "сын компании" is none
    if head in KIN_WORDS | UNNAMED_PEOPLE or not title.split()[1].islower():
        return None
    for parse in morph.parses(words[1]):
        grams = set(parse.tag.grammemes)
        if {"NOUN", "inan", "gent", "sing"} <= grams and not grams & _PROPER_GRAMS:
            return head, str(parse.normal_form)
    return None


_PROPER_GRAMS = frozenset(["Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"])


def _office_fits(office: str, head: str, complement: str, place: bool) -> bool:
    """Whether one office of a person ("генеральный директор компании «Вектор»") has the
    title's head ("директор") and a complement of the kind its common noun says: a place
    (a place's name or a place noun first) for "столицы", else an organization (the same
    noun, or a name that is no place's) for "компании"."""
    words = re.findall(r"[\w-]+", office)
    morph = get_morph()
    at = next((i for i, w in enumerate(words) if morph.is_noun(w.lower())), None)
    if at is None or head not in morph.lemmas(words[at].lower()):
        return False
    rest = [w for w in words[at + 1 :] if w[:1].isupper() or not _adjective(w)]
    if not rest:
        return False
    if place:
        # "мэр Москвы", "губернатор Тамбовской области"
        return any(morph.lemmas(w.lower()) & _PLACE_NOUNS or _is_place(w) for w in rest[:2])
    first = rest[0]
    lemmas = morph.lemmas(first.lower())
    if complement in lemmas:
        return True
    return first[:1].isupper() and not lemmas & _PLACE_NOUNS and not _is_place(first)


def _is_place(word: str) -> bool:
    return any("Geox" in p.tag.grammemes for p in get_morph().parses(word))


def _another_place_between(holder: Mention, actor: Actor, people: PeopleIndex) -> bool:
    """Whether a place the holder's office does not name is named between the holder and
    the title: "страны" then means the last one."""
    office = [w.lower() for w in re.findall(r"\w+", holder.title or "") if w[:1].isupper()]
    return any(
        m.start >= holder.end and not any(_same_root(m.name.lower(), w) for w in office)
        for m in people.places_near(actor.start, _COMPLEMENT_REACH)
    )


# Who speaks for a person: "представитель Путина" is the one the document made that
# person's "пресс-секретарь" or "представитель".
_SPOKESMEN = frozenset(["представитель", "пресс-секретарь"])


def spokesman_of(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Представитель Путина подчеркнул" after "пресс-секретарь российского президента
    Дмитрий Песков": a spokesman's title with a person's name in the genitive stands for
    the one person the sentences before it made the spokesman of that person, by name
    ("пресс-секретарь Лукича") or by an office the document gave them ("президента
    России", "российского президента"); the same for an organization ("представитель
    Кремля", "пресс-секретарь Кремля"). Nobody so named, or two, and the title stays."""
    words = (actor.title or "").split()
    if len(words) != 2 or not words[1][:1].isupper():
        return None
    morph = get_morph()
    if not morph.lemmas(words[0].lower()) & _SPOKESMEN:
        return None
    surname = words[1].lower()
    principal = [
        m
        for m in people.with_surname(words[1], words=1)
        if m.kind == "PER" and _same_root(last_word(m).lower(), surname) and m.start < actor.start
    ]
    # with nobody so named, an organization's ("представитель Кремля"): its spokesman by
    # that name ("пресс-секретарь Кремля")
    offices = [o.strip() for m in principal if m.title for o in m.title.split(",")]
    fitting = [
        m
        for m in people.near(actor.start, _COMPLEMENT_REACH)
        if m.end <= actor.start
        and m.kind == "PER"
        and not m.pronoun
        and m.title
        and m.name != m.title
        and not _same_root(last_word(m).lower(), surname)
        and (not woman or fits_gender(m, True, people))
        and any(_speaks_for(o, surname, offices) for o in m.title.split(","))
    ]
    if len({surname_stem(m.name) for m in fitting}) != 1:
        return None
    return fitting[-1]


def _speaks_for(office: str, surname: str, offices: Sequence[str]) -> bool:
    """Whether ``office`` ("пресс-секретарь российского президента") makes its holder the
    spokesman of the person with ``surname`` (lower case) who holds ``offices`` ("президент
    России"): by that surname, or by the head of one of those offices with any adjectives
    naming what that office names."""
    words = re.findall(r"[\w-]+", office)
    morph = get_morph()
    at = next((i for i, w in enumerate(words) if morph.is_noun(w.lower())), None)
    if at is None or not morph.lemmas(words[at].lower()) & _SPOKESMEN:
        return False
    rest = words[at + 1 :]
    if any(_same_root(w.lower(), surname) for w in rest if w[:1].isupper()):
        return True
    nouns = [w for w in rest if morph.is_noun(w.lower())]
    if not nouns:
        return False
    head = morph.lemmas(nouns[0].lower())
    qualifiers = [w.lower() for w in rest[: rest.index(nouns[0])] if _adjective(w.lower())]
    for their in offices:
        theirs = re.findall(r"[\w-]+", their.lower())
        if not theirs or not head & morph.lemmas(theirs[0]):
            continue
        named = [w.lower() for w in rest[rest.index(nouns[0]) + 1 :]]
        if all(any(_same_root(q, w) for w in theirs[1:]) for q in qualifiers) and all(
            any(_same_root(n, w) for w in theirs[1:]) for n in named
        ):
            return True
    return False


# Words for the one who committed a crime, said before the document names him, or when it
# never does ("злоумышленник", "нападавший"): lemmas as the sentence index spells them.
_OFFENDERS = frozenset(
    """
    преступник злоумышленник нападать похититель убийца грабитель налетчик стрелок
    хакер шантажист вымогатель поджигатель угонщик
    """.split()
)
# Words that tell the sentence identifies an offender: "Личность нападавшего установлена".
_IDENTIFYING = frozenset(["личность"])
# How many sentences before an offender's word, or after it, the offender may be named.
_OFFENDER_BEFORE = 6
_OFFENDER_AFTER = 3


def is_offender(actor: Actor) -> bool:
    """Whether the actor is a word for an offender alone ("злоумышленник", "неизвестный
    преступник"), with no name."""
    words = actor.name.split()
    if not words or not actor.name[:1].islower() or len(words) > 3:
        return False
    return bool(get_morph().lemmas(words[-1].lower()) & _OFFENDERS)


def offender_named(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """The one person the document names as the offender a word like "злоумышленник"
    stands for: given an offender's word as a title ("стрелок Иван Петров"), or identified
    ("Личность преступника раскрыта. Это Иван Петров"), in the six sentences before the
    word or the three after it. The story's other people (the victim, the police) are never
    meant: with no such person, or several, None."""
    feminine = woman or get_morph().is_feminine(actor.text.split()[-1])
    titled = [
        m
        for m in people.holding_title(_OFFENDERS)
        if m.title and any(get_morph().lemmas(w.lower()) & _OFFENDERS for w in m.title.split())
    ]
    here = people.sentence_number(actor.start)
    if here is None:
        return None

    def near(m: Mention) -> bool:
        # another paragraph's offender is another crime's ("В прошлом месяце …")
        there = people.sentence_number(m.start)
        return there is not None and -_OFFENDER_BEFORE <= there - here <= _OFFENDER_AFTER

    found = [
        m
        for m in [*titled, *people.identified(_OFFENDERS, _IDENTIFYING)]
        if near(m) and fits_gender(m, feminine, people)
    ]
    named = {surname_stem(m.name): m for m in found}
    return next(iter(named.values())) if len(named) == 1 else None


# How many sentences after a description the person it stands for may be given its title.
_TITLED_AFTER_REACH = 2


def titled_after(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Федеральный судья постановил … Свое решение судья Иван Котов мотивировал": a
    description whose noun nobody was given as a title before it stands for the one person
    given that title in the next two sentences ("судья-магистрат" by its first part,
    "судья"). Anyone else titled so in the document, or nobody, and it stays."""
    head = title_head(actor.name).lower()
    lemmas = get_morph().lemmas(head) | get_morph().lemmas(head.split("-")[0])
    if not lemmas or lemmas & (RELATIONAL_TITLES | UNNAMED_PEOPLE):
        return None
    here = people.sentence_number(actor.start)
    if here is None:
        return None
    feminine = woman or get_morph().is_feminine(actor.text.split()[-1])
    holders = [
        m
        for m in people.holding_title(lemmas)
        if m.title
        and m.name[:1].isupper()
        and get_morph().lemmas(title_head(m.title).lower().split("-")[0]) & lemmas
    ]
    if len({surname_stem(m.name) for m in holders}) != 1:
        return None
    [first, *_] = holders
    after = people.sentence_number(first.start)
    if after is None or first.start < actor.end or after - here > _TITLED_AFTER_REACH:
        return None
    return first if fits_gender(first, feminine, people) else None


# The offices whose holder is a state's leader ("белорусский лидер" for the "президент
# Белоруссии"), by their first words.
_STATE_LEADERS = ("президент", "канцлер", "король", "королева", "председатель кнр")


def state_leader(actor: Actor, people: PeopleIndex) -> Mention | None:
    """ "Белорусский лидер заявил" after "Президент Белоруссии Александр Лукашенко": a
    leader named by a state's adjective stands for the one person the document gave the
    office that leads that state before it; with none or several so named, None."""
    title = (actor.title or "").lower()
    qualifiers = _qualifiers(title)
    if not qualifiers or title.split()[-1] != "лидер":
        return None
    holders = {
        surname_stem(m.name): m
        for m in people.holding_title([w.split()[0] for w in _STATE_LEADERS])
        if m.end <= actor.start
        and m.name[:1].isupper()
        and any(
            _plain_office(o.strip()).startswith(_STATE_LEADERS)
            for o in (m.title or "").lower().split(",")
        )
        and _qualified(m, qualifiers)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


# Titles for someone who works for one person: "помощник губернатора", "адвокат Сомова".
_AIDES = frozenset(["помощник", "советник", "адвокат", "защитник", "агент"])


def aide_of(actor: Actor, people: PeopleIndex, *, woman: bool = False) -> Mention | None:
    """ "Помощник губернатора заявил" after "Губернатор Олег Сомов уволил помощника Игоря
    Лаптева": an aide's title with the one they serve ("помощник губернатора", "адвокат
    Сомова") stands for the one person the document gave that aide's title in a sentence
    naming whom they serve (by surname, or by the office the complement says). Nobody so
    named, or two, and the title stays."""
    words = (actor.title or "").split()
    morph = get_morph()
    if len(words) != 2 or not words[1][:1].isalpha():
        return None
    aide = morph.lemmas(words[0].lower()) & _AIDES
    if not aide:
        return None
    if "защитник" in aide:
        aide = aide | {"адвокат"}  # "защитник Сомова": his lawyer
    served = words[1]
    if served[:1].isupper():
        principals = [served.lower()]
    else:
        offices = morph.lemmas(served.lower())
        principals = [
            last_word(m).lower()
            for m in people.holding_title(offices)
            if m.end <= actor.start
            and m.title
            and any(offices & morph.lemmas(w.lower()) for w in m.title.split())
        ]
    if not principals:
        return None
    fitting = {}
    for m in people.holding_title(aide):
        their = (m.title or "").lower().split()
        if (
            m.end > actor.start
            or not their
            or not morph.lemmas(their[0]) & aide
            or m.name == m.title
            or (woman and not fits_gender(m, True, people))
        ):
            continue
        sentence = people.in_sentence(m.start)
        named = [last_word(o).lower() for o in sentence if o.kind == "PER" and o is not m]
        if any(_same_root(p, n) for p in principals for n in [*named, *their[1:]]):
            fitting[surname_stem(m.name)] = m
    return next(iter(fitting.values())) if len(fitting) == 1 else None


# How many sentences back a plural description may have been given its qualifiers.
_GROUP_REACH = 3


def group_qualified(actor: Actor, people: PeopleIndex) -> str | None:
    """ "Активисты утверждают" after "Подольские активисты подадут заявление": a plural
    noun standing alone is the group the sentences before it (its own and the three before)
    described with adjectives, in the nominative ("химкинские активисты"). Two groups so
    described ("химкинские", "московские"), or none, and it stays; a pronoun's adjective
    ("эти", "другие") or a number's ("первые") qualifies nothing."""
    words = actor.name.split()
    if actor.kind != "PER" or len(words) != 1 or not actor.name.islower():
        return None
    morph = get_morph()
    parses = morph.parses(words[0])
    if not parses or not {"NOUN", "plur", "nomn"} <= set(parses[0].tag.grammemes):
        return None
    lemma = str(parses[0].normal_form)
    found: set[str] = set()
    for sentence in people.sentences_holding(lemma, before=actor.start, reach=_GROUP_REACH):
        tokens = sentence.tokens
        for at, lemmas in enumerate(sentence.token_lemmas):
            if tokens[at].span.start >= actor.start or lemma not in lemmas:
                continue
            if not any(
                {"NOUN", "plur"} <= set(p.tag.grammemes)
                for p in morph.parses(tokens[at].value.lower())
            ):
                continue
            first = at
            while first > 0 and _group_adjective(tokens[first - 1].value.lower()):
                first -= 1
            if first == at:
                continue
            phrase = [t.value.lower() for t in tokens[first : at + 1]]
            found.add(" ".join(morph.phrase_nominative(phrase, len(phrase) - 1)))
    return found.pop() if len(found) == 1 else None


def _group_adjective(word: str) -> bool:
    """A plural adjective that qualifies a group ("химкинские", "местные"), not a
    pronoun's ("эти", "другие") or a number's ("первые")."""
    parses = get_morph().parses(word)
    if not parses:
        return False
    grams = set(parses[0].tag.grammemes)
    return {"ADJF", "plur"} <= grams and not grams & {"Apro", "Anum"}


# "защита" of a trial: the lawyers the document named ("адвокаты Петрова").
_DEFENCE = "защита"
_COUNSEL = frozenset(["адвокат", "защитник"])
# How many sentences back the lawyers may be named.
_COUNSEL_REACH = 2


def defence_counsel(actor: Actor, people: PeopleIndex) -> Actor | None:
    """ "Адвокаты Петрова не отрицают … но защита говорила": the defence is the lawyers
    named last before it, in its sentence or the two before, with the client they were
    named with ("адвокаты Петрова"); a lawyer without a name after him ("его адвокат"),
    or none, and the defence stays."""
    words = actor.name.lower().split()
    if words != [_DEFENCE]:
        return None
    found: list[tuple[int, str]] = []
    for lemma in _COUNSEL:
        for sentence in people.sentences_holding(lemma, before=actor.start, reach=_COUNSEL_REACH):
            tokens = sentence.tokens
            for at, lemmas in enumerate(sentence.token_lemmas):
                if lemma not in lemmas or tokens[at].span.stop > actor.start:
                    continue
                client = []
                for token in tokens[at + 1 : at + 4]:
                    if not token.value[:1].isupper() or not token.value.isalpha():
                        break
                    client.append(token.value)
                if client:
                    said = [tokens[at].value.lower(), *client]
                    found.append((tokens[at].span.start, " ".join(said)))
    if not found:
        return None
    _, name = max(found)
    plural = name.split()[0]
    parses = get_morph().parses(plural)
    if not parses or "nomn" not in parses[0].tag.grammemes:
        return None  # "адвокату Петрова": the lawyers are not the subject named
    return evolve(actor, name=name, kind="PER", title=None)
