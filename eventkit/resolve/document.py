"""Document-level resolution, after every pack has run on its sentences.

- pronouns ("Он добавил", "по его словам") -> the person the previous events were about;
- descriptions ("г-н президент") -> the named person who holds that title;
- short forms ("К.-Ж. Токаев", "Токаев") -> the fullest form of the name in the document;
- dates and places: explicit ones in the event's sentence, and "сегодня", "здесь",
  "в тот же день" resolved against the dateline ("Нур-Султан, 3 марта /Синьхуа/");
- duplicates (same type, overlapping trigger) merged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import attrs
from attrs import evolve, frozen

from eventkit.clause.clauses import coordinated
from eventkit.engine.packs import merge_overlapping
from eventkit.grammar.actors import Mention, may_name_a_person, mentions
from eventkit.grammar.dates import DATE, date_value, relative_offset
from eventkit.grammar.lexicon import RELATIONAL_TITLES, UNNAMED_PEOPLE
from eventkit.grammar.places import PLACE, place_nominative
from eventkit.grammar.pronouns import FEMININE_FORMS, PERSONAL_FORMS, PLURAL_FORMS
from eventkit.grammar.tokens import cases
from eventkit.model.events import Actor, DateValue, Event, Place, Span
from eventkit.parse.fastparse import FastParser
from eventkit.text.analysis import AnalysedText, PretokenizedTokenizer, Sentence
from eventkit.text.morph import get_morph
from eventkit.text.quotes import GUILLEMETS

_MONTHS_GENITIVE = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_DATELINE = re.compile(
    r"^\s*(?P<place>[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+){0,2}),\s+"
    r"(?P<day>\d{1,2})\s+(?P<month>[а-я]+)(?:\s+(?P<year>\d{4})(?:\s*(?:года|г\.))?)?"
)


@frozen
class Dateline:
    """Where and when a news item was filed, from its opening words."""

    place: str
    place_start: int
    place_end: int
    value: str  # ISO, "--MM-DD" when the year is not given
    start: int
    end: int


def find_dateline(text: str) -> Dateline | None:
    head = text[:200]
    found = _DATELINE.match(head)
    if not found or found.group("month") not in _MONTHS_GENITIVE:
        return None
    month = _MONTHS_GENITIVE[found.group("month")]
    day = int(found.group("day"))
    year = found.group("year")
    value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return Dateline(
        place=found.group("place"),
        place_start=found.start("place"),
        place_end=found.end("place"),
        value=value,
        start=found.start("day"),
        end=found.end(),
    )


def resolve_document(analysed: AnalysedText, events: list[Event]) -> list[Event]:
    events = sorted(events, key=lambda e: (e.trigger.start, e.trigger.end))
    events = merge_overlapping(events)
    people = _PeopleIndex(analysed)
    resolved: list[Event] = []
    for event in events:
        resolved.append(_resolve_actors(event, people, resolved))
    resolved = _drop_headline_repeats(resolved, analysed.text)
    resolved = _drop_repeated_meetings(resolved)
    dateline = find_dateline(analysed.text)
    return [_with_date_and_place(e, analysed, dateline) for e in resolved]


# --- actors -------------------------------------------------------------------------------


class _PeopleIndex:
    """Named person mentions of a document, found on demand.

    Only the sentences a question needs are parsed for mentions: those near an actor, those
    holding a word (a title's head), those holding a word that may be a given surname. Which
    sentences these are depends on the document alone, never on which packs ran before, so
    every pack gets the same answers. The word indexes are built once, in one pass over the
    tokens, so each question costs what it finds, not the document's length.
    """

    def __init__(self, analysed: AnalysedText, reach: int = 4) -> None:
        self._analysed = analysed
        self._reach = reach
        self._by_lemma: dict[str, list[int]] | None = None
        self._by_prefix: dict[str, dict[int, int]] | None = None
        self._by_capital: dict[str, set[int]] | None = None

    def _named(self, sentence: Sentence) -> list[Mention]:
        if not may_name_a_person(sentence.tokens):
            # no parse where no name can be; and no name either where a rule parsed the
            # sentence anyway, so that the answer never depends on which rules ran before
            return []
        return [
            m
            for m in mentions(sentence, self._analysed.text)
            if m.kind == "PER" and not m.pronoun and not m.description and m.name != m.title
        ]

    def _of(self, indexes: Iterable[int]) -> list[Mention]:
        """People of the sentences at ``indexes``, in text order."""
        sentences = self._analysed.sentences
        return [m for i in sorted(set(indexes)) for m in self._named(sentences[i])]

    def _build(self) -> tuple[dict[str, list[int]], dict[str, dict[int, int]]]:
        if self._by_lemma is None or self._by_prefix is None:
            by_lemma: dict[str, list[int]] = {}
            # prefix -> {sentence: the most name words before a word with that prefix}
            by_prefix: dict[str, dict[int, int]] = {}
            for sentence in self._analysed.sentences:
                for lemma in sentence.lemmas:
                    by_lemma.setdefault(lemma, []).append(sentence.index)
                words_before = 0  # capitalized words in the run of name-like tokens so far
                for previous, token in zip(sentence.tokens, sentence.tokens[1:], strict=False):
                    if not _inside_name(previous):
                        words_before = 0
                    elif previous.value[:1].isupper():
                        words_before += 1
                    if not words_before or not token.value[:1].isupper():
                        continue  # the last word of a name of two or more words
                    words = [token.value, *(f.normalized for f in getattr(token, "forms", ()))]
                    for prefix in {_prefix(p) for w in words for p in w.split("-") if p}:
                        found = by_prefix.setdefault(prefix, {})
                        found[sentence.index] = max(found.get(sentence.index, 0), words_before)
            self._by_lemma, self._by_prefix = by_lemma, by_prefix
        return self._by_lemma, self._by_prefix

    def _capitalized(self) -> dict[str, set[int]]:
        """The sentences each capitalized word (by its first letters) stands in: how often
        a document names someone, without parsing anything."""
        if self._by_capital is None:
            found: dict[str, set[int]] = {}
            for sentence in self._analysed.sentences:
                for token in sentence.tokens:
                    if token.value[:1].isupper():
                        found.setdefault(_prefix(token.value), set()).add(sentence.index)
            self._by_capital = found
        return self._by_capital

    def salience(self, name: str) -> int:
        """In how many sentences the document names the person (by surname)."""
        # "Альберт II" is named by "Альберт", not by its regnal number.
        words = [w for w in name.split() if not _ROMAN.fullmatch(w)] or name.split()
        return len(self._capitalized().get(_prefix(words[-1]), ())) if words else 0

    def with_given_name(self, given: str, *, before: int) -> list[Mention]:
        """People whose full name starts with ``given``, in the sentences before ``before``
        that hold the word."""
        sentences = self._capitalized().get(_prefix(given), set())
        return [
            m
            for m in self._of(i for i in sentences if self._analysed.sentences[i].start < before)
            if len(m.name.split()) > 1 and m.name.split()[0] == given
        ]

    def plural_antecedent(self, offset: int) -> Mention | None:
        """What "они"/"их" at ``offset`` points back to: the nearest plural actor before it
        ("родители девушки") or the first of the nearest coordinated pair ("ГИБДД и МЧС"),
        in its sentence or the two before."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return None
        text = self._analysed.text
        for index in range(sentence.index, max(-1, sentence.index - 3), -1):
            current = self._analysed.sentences[index]
            found = [m for m in mentions(current, text) if m.end <= offset and not m.pronoun]
            for m in reversed(found):
                if m.number == "plur" and m.kind in ("PER", "ORG"):
                    return m
                group = coordinated(current, found, m)
                if len(group) > 1:
                    return group[0]
        return None

    def in_sentence(self, offset: int) -> list[Mention]:
        """Every actor mention (pronouns too) of the sentence holding ``offset``."""
        sentence = self._analysed.sentence_at(offset)
        return [] if sentence is None else mentions(sentence, self._analysed.text)

    def near(self, offset: int) -> list[Mention]:
        """People in the sentence holding ``offset`` and the ``reach`` sentences before it,
        in text order."""
        found = [m for _, named in self.backwards(offset) for m in named]
        return sorted(found, key=lambda m: m.start)

    def backwards(self, offset: int) -> Iterator[tuple[Sentence, list[Mention]]]:
        """The people of the sentence holding ``offset`` and of the ``reach`` sentences
        before it, a sentence at a time, nearest first: a sentence is parsed only when the
        ones after it did not answer."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return
        sentences = self._analysed.sentences
        for i in range(sentence.index, max(0, sentence.index - self._reach) - 1, -1):
            yield sentences[i], self._named(sentences[i])

    def holding_title(self, words: Iterable[str]) -> list[Mention]:
        """People in the sentences whose lemmas hold one of ``words``, anywhere in the
        document: where a title like "президент" may have been given with a name."""
        by_lemma, _ = self._build()
        found = [i for w in words for i in by_lemma.get(w.lower().replace("ё", "е"), ())]
        sentences = self._analysed.sentences
        # A title inside a quotation ("«… будущей королеве Матильде»") is the quoted
        # speaker's wording, not how the document introduces the person.
        return [
            m
            for i in sorted(set(found))
            for m in self._named(sentences[i])
            if not _inside_quotes(sentences[i].tokens, m.first_token)
        ]

    def with_surname(self, surname: str, *, words: int = 2) -> list[Mention]:
        """People of the sentences where a name of at least ``words`` words may end in
        ``surname`` in some case, anywhere in the document: where a fuller form of a name
        can be (no other sentence can hold one)."""
        _, by_prefix = self._build()
        found = by_prefix.get(_prefix(surname), {})
        return self._of([i for i, before in found.items() if before >= words - 1])


_ROMAN = re.compile(r"[IVXLC]+")


def _inside_quotes(tokens: Sequence[Any], index: int) -> bool:
    depth = 0
    for token in tokens[:index]:
        # only «»: the other marks of eventkit.text.quotes do not count here
        if token.value == GUILLEMETS.opening:
            depth += 1
        elif token.value == GUILLEMETS.closing and depth:
            depth -= 1
    return depth > 0


def _inside_name(token: Any) -> bool:
    """A word a name can go on after: a capitalized word or an initial's dot."""
    return bool(token.value[:1].isupper() or token.value == ".")


def _prefix(word: str) -> str:
    """What a surname and its inflected forms share: the first four letters (for a stem
    that changes, "Заяц" / "Зайца", the dictionary's normal form shares them)."""
    return word.lower().replace("ё", "е")[:4]


def _resolve_actors(event: Event, people: _PeopleIndex, earlier: Sequence[Event]) -> Event:
    """Resolve every actor-valued field, whatever the event type calls it (a pack's own
    "buyer" as well as "speaker"); sequences may expand ("стороны" -> both parties)."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        if isinstance(value, Actor):
            changes[field.name] = _resolve_actor(value, people, earlier)
        elif isinstance(value, tuple) and value and all(isinstance(a, Actor) for a in value):
            expanded: list[Actor] = []
            for actor in value:
                parties = (
                    _parties_meant(actor, earlier)
                    or _with_partners(actor, value, people)
                    or _office_holders(actor, people)
                )
                expanded.extend(parties or [_resolve_actor(actor, people, earlier)])
            changes[field.name] = _dedupe_actors(expanded)
    return evolve(event, **changes) if changes else event


def _with_partners(actor: Actor, group: Sequence[Actor], people: _PeopleIndex) -> list[Actor]:
    """ "Он сообщил, что во время встречи с Медведевым они договорились": "они" beside a
    named partner are the partner and the person the sentence is about, the first
    singular subject before them in the sentence."""
    if actor.text.lower() not in ("они", "их") or len(group) < 2:
        return []
    taken = {(a.start, a.end) for a in group}
    for m in people.in_sentence(actor.start):
        if m.start >= actor.start:
            break
        if (m.start, m.end) in taken or m.kind != "PER" or m.number == "plur":
            continue
        if m.can_be_subject and m.cases:
            found = _resolve_actor(m.as_actor(), people, ())
            return [evolve(found, text=actor.text, start=actor.start, end=actor.end)]
    return []


def _office_holders(actor: Actor, people: _PeopleIndex) -> list[Actor]:
    """ "президенты увидятся": a plural title stands for the two to four people the
    document gave that title before it ("президент России …", "президент США …")."""
    words = actor.name.split()
    if actor.kind != "PER" or len(words) != 1 or not actor.name[:1].islower():
        return []
    parses = get_morph().parses(words[0])
    if not parses or parses[0].tag.number != "plur" or "NOUN" not in parses[0].tag.grammemes:
        return []
    office = parses[0].normal_form
    holders: dict[str, Mention] = {}
    for m in people.holding_title([office]):
        their = (m.title or "").lower().split()
        if m.end <= actor.start and their[:1] == [office]:
            holders.setdefault(m.name, m)
    if not 2 <= len(holders) <= 4:
        return []
    return [
        evolve(m.as_actor(), text=actor.text, start=actor.start, end=actor.end)
        for m in holders.values()
    ]


def _resolve_actor(actor: Actor, people: _PeopleIndex, earlier: Sequence[Event]) -> Actor:
    if actor.kind != "PER":
        return actor
    if _is_pronoun(actor):
        antecedent = _antecedent(actor, people, earlier)
        if antecedent is None:
            return actor
        # The antecedent may itself be a short form ("Стивен … он встречался").
        return _named_in_full(evolve(actor, name=antecedent.name, title=antecedent.title), people)
    if actor.title is not None and actor.name == actor.title:
        if not get_morph().is_singular_noun(_title_head(actor.title)):
            return actor  # "министры иностранных дел ЕС" stand for themselves
        # A title stands for the person the document named with that title ("прокурор" for
        # "федеральный прокурор Прит Бхарара"); with no such person it stays a title.
        holder = _title_holder(actor, people.holding_title(_office_words(actor.title)))
        if holder is not None:
            return evolve(actor, name=holder.name, title=holder.title or actor.title)
        # "Монарх также призвал": a bare title nobody was given stands for the person
        # the story is about, as a description does.
        named = _protagonist(actor, people)
        if named is not None:
            found = evolve(actor, name=named.name, title=named.title or actor.title)
            return _named_in_full(found, people)
        return actor
    if _is_description(actor):
        named = _described(actor, people) or _recent_person(actor, people)
        if named is not None:
            return _named_in_full(evolve(actor, name=named.name, title=named.title), people)
        return actor
    return _named_in_full(actor, people)


def _named_in_full(actor: Actor, people: _PeopleIndex) -> Actor:
    """The actor with the fullest name the document gives the person: "К.-Ж. Токаев" and
    "Токаев" -> "Касым-Жомарт Токаев", "Эдуард" -> "Эдуард Лимонов"."""
    words = _name_words(actor.name)
    if not words:
        return actor
    if len(words) == 1 and words[0][:1].isupper() and _may_be_first_name(words[0]):
        # "Эдуард писал": a first name alone is the one person the document named in full
        # with it.
        full = people.with_given_name(words[0], before=actor.start)
        named = _most_named({m.name: m for m in full}, people.salience)
        if named is not None:
            return evolve(actor, name=named.name, title=actor.title or named.title)
    known = people.with_surname(words[-1], words=_fuller_words(actor.name))
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


def _may_be_first_name(word: str) -> bool:
    """A word the dictionary reads (or guesses) as a first name: "Эдуард", "Стивен"; not
    "Путин", whose sentences need no parse to ask."""
    return any("Name" in p.tag.grammemes for p in get_morph().parses(word))


def _most_named(candidates: dict[str, Mention], salience: Callable[[str], int]) -> Mention | None:
    """The one candidate, or of several ("Стивен Фрай", "Стивен Вебб") the one the
    document names at least twice as often as any other."""
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    ranked = sorted(candidates.values(), key=lambda m: salience(m.name), reverse=True)
    if len(ranked) > 1 and salience(ranked[0].name) >= 2 * max(1, salience(ranked[1].name)):
        return ranked[0]
    return None


def _parties_meant(actor: Actor, earlier: Sequence[Event]) -> list[Actor]:
    """ "стороны" / "обе стороны": the participants of the nearest earlier meeting; "они"
    right after a meeting ("во время встречи с X они договорились"): its participants."""
    word = actor.text.lower()
    if not word.endswith("стороны") and word != "они":
        return []
    for event in reversed(earlier):
        if word == "они" and actor.start - event.trigger.end > 300:
            break  # "они" points back only a little way
        if event.trigger.start < actor.start and event.type in ("Meeting", "Agreement"):
            found = [
                evolve(a, text=actor.text, start=actor.start, end=actor.end) for a in event.actors()
            ]
            if len(found) > 1:
                return found
    return []


def _is_pronoun(actor: Actor) -> bool:
    return actor.text.lower() in PERSONAL_FORMS


def _antecedent(actor: Actor, people: _PeopleIndex, earlier: Sequence[Event]) -> Actor | None:
    """The person a pronoun refers to: the nearest named person before it with a compatible
    gender, preferring one that can be a subject; else the main actor of an earlier event."""
    word = actor.text.lower()
    feminine = word in FEMININE_FORMS
    if word in PLURAL_FORMS:
        plural = people.plural_antecedent(actor.start)
        return plural.as_actor() if plural is not None else None
    # The nearest person that can be a subject, else the nearest person.
    nearest: Mention | None = None
    for sentence, found in people.backwards(actor.start):
        before = [m for m in found if m.end <= actor.start and _fits(m, feminine, people)]
        subjects = [m for m in before if m.can_be_subject]
        # "Об отречении монарх заявил … Своё решение он объяснил": a title or pronoun an
        # earlier event already resolved to a name is a subject there too.
        acting = [
            a
            for a in _named_actors(earlier, sentence.start, min(sentence.end, actor.start))
            if _gender_ok(a.name, feminine)
        ]
        if acting and (not subjects or acting[-1].start > subjects[-1].start):
            return acting[-1]
        if subjects:
            return subjects[-1].as_actor()
        if before and nearest is None:
            nearest = before[-1]
    if nearest is not None:
        return nearest.as_actor()
    for event in reversed(earlier):
        if event.trigger.start >= actor.start:
            continue
        for candidate in _main_actors(event):
            if (
                candidate.kind == "PER"
                and not _is_pronoun(candidate)
                and _gender_ok(candidate.name, feminine)
            ):
                return candidate
    return None


def _named_actors(events: Sequence[Event], start: int, end: int) -> list[Actor]:
    """The main actors of ``events`` standing between ``start`` and ``end`` whose words
    were a title, a description or a pronoun resolved to a person's name, in text order."""
    found = [
        a
        for event in events
        for a in _main_actors(event)
        if start <= a.start
        and a.end <= end
        and a.kind == "PER"
        and a.name[:1].isupper()
        and a.text.lower() != a.name.lower()
        and not _is_pronoun(a)
        and a.name != a.title
    ]
    return sorted(found, key=lambda a: a.start)


def _main_actors(event: Event) -> Iterable[Actor]:
    speaker = getattr(event, "speaker", None)
    if speaker is not None:
        return [speaker]
    return event.actors()[:1]


def _last_word(mention: Mention) -> str:
    words = mention.name.split()
    return words[-1] if words else mention.name


def _fits(mention: Mention, feminine: bool, people: _PeopleIndex) -> bool:
    """Whether the person mentioned fits a word of this gender: by the gender the mention
    shows, else by the fullest name the document gives it ("Родригес" is the woman named
    "Джорджина Родригес", "Обама" the man named "Барак Обама")."""
    if mention.gender:
        return (mention.gender == "femn") == feminine
    named: Mention | None = None
    words = mention.name.split()
    if len(words) == 1 or not get_morph().name_gender(words[0]):
        # only a name without a first name the dictionary knows needs the document
        same = people.with_surname(_last_word(mention))
        named = _fuller_name(mention.name, same) or _nominative_variant(mention.name, same)
    return _gender_ok((named or mention).name, feminine)


def _gender_ok(name: str, feminine: bool) -> bool:
    """Whether a person so named fits a pronoun of this gender: the first name's gender in
    the dictionary ("Джордж Мендонса" is a man), else the ending of the surname."""
    words = name.split()
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


def _title_head(title: str) -> str:
    words = [w for w in title.split() if get_morph().is_noun(w)]
    return words[0] if words else title.split()[0]


def _is_description(actor: Actor) -> bool:
    """ "девушка", "музыкант": a single singular common noun standing for a named person.
    Longer descriptions ("внук Манделы") and kin words ("его дочь") name someone else."""
    words = actor.name.split()
    if not words or not actor.name[:1].islower() or actor.title is not None:
        return False
    # "итальянский композитор", "79-летний монарх": adjectives before the noun.
    if len(words) > 3 or not all(_adjective(w) for w in words[:-1]):
        return False
    return get_morph().is_singular_noun(words[-1]) and not get_morph().lemmas(words[-1]) & (
        RELATIONAL_TITLES | UNNAMED_PEOPLE
    )


def _adjective(word: str) -> bool:
    return any("ADJF" in f.grams.values for f in get_morph()(word))


def _recent_person(
    actor: Actor, people: _PeopleIndex, allowed: Callable[[Mention], bool] = lambda _: True
) -> Mention | None:
    """The person a description ("монарх", "итальянский композитор") stands for: of the
    named people before it (within ~600 characters) whose name fits its grammatical gender,
    the one the document names most often (the story's protagonist), the nearest on a tie."""
    feminine = get_morph().is_feminine(actor.text.split()[-1]) if actor.text else False
    fitting = [
        m
        for m in people.near(actor.start)
        if m.end <= actor.start
        and actor.start - m.end < 600
        and _fits(m, feminine, people)
        and allowed(m)
    ]
    if not fitting:
        return None
    order = {id(m): i for i, m in enumerate(fitting)}
    return max(fitting, key=lambda m: (people.salience(m.name), order[id(m)]))


def _described(actor: Actor, people: _PeopleIndex) -> Mention | None:
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


def _protagonist(actor: Actor, people: _PeopleIndex) -> Mention | None:
    """For a title nobody in the document was given, one word or adjectives and a word
    ("Монарх также призвал", "79-летний монарх", "новый кубинский лидер"): the person the
    story is about, when one person is named more often than any other it may be (three
    times at least): for "кубинский", no one given an office that does not name Cuba. Relational
    titles ("представитель") and titles with a complement ("глава МИД") name someone else."""
    words = actor.name.split()
    adjectives = _qualifiers(actor.name.lower())
    if len(words) != 1 and adjectives is None:
        return None
    qualifiers = adjectives or []
    if get_morph().lemmas(words[-1]) & RELATIONAL_TITLES:
        return None
    salience = people.salience
    around = people.near(actor.start)

    def may_be(candidate: Mention) -> bool:
        # "новый кубинский лидер" is not the "президент России" of the story; a person
        # given no office in the story may be (nothing says otherwise).
        named_so = [*around, *people.with_surname(_last_word(candidate))]
        surname = _surname(candidate.name)
        offices = [m for m in named_so if m.title and _surname(m.name) == surname]
        return not qualifiers or not offices or any(_qualified(m, qualifiers) for m in offices)

    named = _recent_person(actor, people, may_be)
    if named is None:
        return None
    count = salience(named.name)
    others = [
        salience(m.name) for m in around if _surname(m.name) != _surname(named.name) and may_be(m)
    ]
    if count >= 3 and all(n < count for n in others):
        return named
    return None


def _surname(name: str) -> str:
    words = name.lower().replace("ё", "е").split()
    return words[-1][:6] if words else ""


# Titles that name the same office in other words.
_SAME_OFFICE = {
    "глава государства": ("президент",),
    "глава правительства": ("премьер", "премьер-министр", "председатель правительства"),
    "глава мид": ("министр иностранных дел",),
    "монарх": ("король", "королева", "император", "императрица", "султан", "эмир"),
}


def _office_words(title: str) -> list[str]:
    """The words a holder of ``title`` may have been introduced with: its head and the
    heads of the same office's other names ("глава государства" -> "глава", "президент")."""
    same = _SAME_OFFICE.get(title.lower(), ())
    # The head is the title's first noun: "новый кубинский лидер" -> "лидер".
    return list(dict.fromkeys([_title_head(title).lower(), *(s.split()[0] for s in same)]))


def _title_holder(actor: Actor, people: Sequence[Mention]) -> Mention | None:
    """The named person who holds the actor's title, nearest before it, else the first
    after. A bare title matches by its head ("президент" for "президент Казахстана
    Касым-Жомарт Токаев"); a title with a complement only the same title ("президент
    Фонда прав человека" is not "президент Туркменистана")."""
    title = (actor.title or "").lower()
    if not title:
        return None
    qualifiers = _qualifiers(title)
    if qualifiers is not None:
        # "новый кубинский лидер", "российский президент": the head alone, held by
        # someone whose office names the place the adjectives name.
        title = title.split()[-1]
    bare = len(title.split()) == 1

    def holds(mention: Mention) -> bool:
        their = (mention.title or "").lower()
        if not their:
            return False
        offices = [t.strip() for t in their.split(",")]
        if any(o == title or o.startswith(title + " ") for o in offices):
            return True
        if any(o.startswith(same) for same in _SAME_OFFICE.get(title, ()) for o in offices):
            return True
        return bare and any(title in o.split()[:2] for o in offices)

    holders = [m for m in people if holds(m) and _qualified(m, qualifiers or [])]
    before = [m for m in holders if m.end <= actor.start]
    if before:
        return before[-1]
    return holders[0] if holders else None


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
    return all(any(_same_root(q, w) for w in words) for q in qualifiers)


def _same_root(adjective: str, word: str) -> bool:
    shared = 0
    for a, b in zip(adjective, word, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 3 and shared >= min(len(word), len(adjective)) - 3


def _fuller_name(name: str, people: Sequence[Mention]) -> Mention | None:
    """The fullest name in the document for a short or inflected one: "К.-Ж. Токаев" and
    "Токаев" -> "Касым-Жомарт Токаев"; "Фастовского" -> "Кирилл Фастовский"."""
    whole = name.split()
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


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        key = a.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


# --- duplicates ---------------------------------------------------------------------------


def _drop_headline_repeats(events: list[Event], text: str) -> list[Event]:
    """A headline ("Путин и Си Цзиньпин провели переговоры" on the first line, with the
    story below) announces an event the story reports again: the story's report is kept,
    with its context; a headline event the story does not repeat stays."""
    first_line = text.find("\n")
    headline = text[:first_line].strip()
    if first_line < 0 or not text[first_line:].strip() or not headline:
        return events
    if headline[-1] in '.!?…»"' or len(headline) > 200:
        return events  # a lead paragraph, not a headline
    body = [e for e in events if e.trigger.start > first_line]
    return [
        e
        for e in events
        if e.trigger.start > first_line
        or not any(b.type == e.type and _share_actor(b, e) for b in body)
    ]


def _share_actor(a: Event, b: Event) -> bool:
    words = {w for actor in a.actors() for w in _name_stems(actor.name)}
    return any(w in words for actor in b.actors() for w in _name_stems(actor.name))


def _name_stems(name: str) -> set[str]:
    # Stems of the words of three letters or more: "Путина" and "Путин", "США" and "США".
    return {w[:5] for w in name.lower().replace("ё", "е").split() if len(w) >= 3}


def _nominal(event: Event) -> bool:
    """Whether the trigger has no verb in it ("встречи", not "провели переговоры")."""
    verbal = {"VERB", "INFN", "PRTF", "PRTS", "GRND"}
    return not any(
        parses and parses[0].tag.grammemes & verbal
        for parses in (get_morph().parses(w) for w in event.trigger.text.split())
    )


def _drop_repeated_meetings(events: list[Event]) -> list[Event]:
    """A later mention of a meeting between the same people ("в ходе встречи с президентом
    Януковичем" after "Эрдоган встретился с Януковичем") is the same meeting, not a new one."""
    kept: list[Event] = []
    seen: list[tuple[set[str], str]] = []
    for event in events:
        if event.type == "Meeting":
            people = {a.name.lower() for a in event.actors()}
            # A planned meeting after a held one (or the reverse) is another meeting.
            modality = getattr(event, "modality", "")
            # A verb reports a meeting of its own ("увидятся" after "встретится"); a noun
            # ("в ходе встречи с X") refers back to one.
            if (
                _nominal(event)
                and len(people) >= 2
                and any(people <= earlier and modality == how for earlier, how in seen)
            ):
                continue
            seen.append((people, modality))
        kept.append(event)
    return kept


# --- dates and places ---------------------------------------------------------------------

_date_parser: Any = None
_place_parser: Any = None


def _parsers() -> tuple[Any, Any]:
    global _date_parser, _place_parser
    if _date_parser is None:
        tokenizer = PretokenizedTokenizer()
        _date_parser = FastParser(DATE, tokenizer=tokenizer, name="dates")
        _place_parser = FastParser(PLACE, tokenizer=tokenizer, name="places")
    return _date_parser, _place_parser


def _with_date_and_place(event: Event, analysed: AnalysedText, dateline: Dateline | None) -> Event:
    sentence = analysed.sentence_at(event.trigger.start)
    if sentence is None:
        return event
    changes: dict[str, Any] = {}
    # Every event of a sentence shares its date and place: parse them once per sentence.
    found_date, relative = sentence.cached(
        "eventkit.resolve.date", lambda: _sentence_date(sentence, analysed.text, dateline)
    )
    # What a speaker said is no circumstance of the speaking: "«Встретимся в Париже 5
    # мая», — сказал он" was said neither in Paris nor on 5 May.
    said = getattr(event, "content", None) if getattr(event, "speech", "") == "direct" else None

    def quoted(span: Any) -> bool:
        return isinstance(said, Span) and said.start <= span.start and span.end <= said.end

    if found_date is not None and quoted(found_date):
        found_date = None
    if event.date is None and found_date is not None:
        changes["date"] = found_date
    here = any(t.value.lower() == "здесь" for t in sentence.tokens)
    if event.place is None:
        place = sentence.cached(
            "eventkit.resolve.place",
            lambda: _sentence_place(sentence, analysed.text, dateline),
        )
        if place is None and dateline is not None and (here or relative):
            place = Place(
                name=dateline.place,
                text=dateline.place,
                start=dateline.place_start,
                end=dateline.place_end,
            )
        if place is not None and not quoted(place):
            changes["place"] = place
    return evolve(event, **changes) if changes else event


def _sentence_date(
    sentence: Sentence, text: str, dateline: Dateline | None
) -> tuple[DateValue | None, bool]:
    """The first date of the sentence (outside the dateline itself), and whether it was
    relative ("сегодня", "в тот же день")."""
    date_parser, _ = _parsers()
    if not date_parser.can_match(sentence.tokens):
        return None, False
    for match in date_parser.findall(sentence.tokens):
        start, end = match.tokens[0].span.start, match.tokens[-1].span.stop
        if dateline is not None and dateline.start <= start < dateline.end:
            continue
        words = text[start:end]
        value = date_value(match.tokens)
        if value is not None:
            return DateValue(text=words, start=start, end=end, value=value), False
        offset = relative_offset(match.tokens)
        if offset is not None and dateline is not None:
            return (
                DateValue(text=words, start=start, end=end, value=_shift(dateline.value, offset)),
                True,
            )
    return None, False


def _shift(value: str, days: int) -> str:
    if days == 0:
        return value
    if value.startswith("--"):
        shifted = date(2001, int(value[2:4]), int(value[5:7])) + timedelta(days=days)
        return f"--{shifted.month:02d}-{shifted.day:02d}"
    if len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


def _sentence_place(sentence: Sentence, text: str, dateline: Dateline | None) -> Place | None:
    """A place the sentence puts the event in: "в Москве", "во Франции"."""
    tokens = sentence.tokens
    if not any(t.value.lower() in ("в", "во") for t in tokens[:-1]):
        return None  # no place can be after "в" / "во": no parse
    _, place_parser = _parsers()
    by_start = {t.span.start: i for i, t in enumerate(tokens)}
    for match in place_parser.findall(tokens):
        first = by_start[match.tokens[0].span.start]
        if first == 0 or tokens[first - 1].value.lower() not in ("в", "во"):
            continue
        if not {"loct", "loc2"} & cases(match.tokens[-1]) and cases(match.tokens[-1]):
            continue  # "во Вьетнам" is a direction, not where the event happened
        start, end = match.tokens[0].span.start, match.tokens[-1].span.stop
        if dateline is not None and start < dateline.end:
            continue
        return Place(
            name=place_nominative(match.tokens), text=text[start:end], start=start, end=end
        )
    return None
