"""The named people of a document, found on demand: which sentences a question about a
name, a title or a pronoun needs, parsed only when asked."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from eventkit.clause.clauses import coordinated
from eventkit.grammar.actors import may_name_a_person, mentions
from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import particle_name
from eventkit.text.analysis import AnalysedText, Sentence
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Tokens
from eventkit.text.quotes import GUILLEMETS, as_guillemets, quotations


class PeopleIndex:
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
        self._quotations: list[tuple[int, int]] | None = None
        # ``_named`` of each sentence asked, by its index: one surname is asked of the same
        # sentences many times, and the scan for a name word is not free.
        self._people: dict[int, list[Mention]] = {}

    def quotations_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations (``eventkit.text.quotes.quotations``) that overlap ``start:end``."""
        if self._quotations is None:
            # agency copy quotes with straight marks: read them as guillemets
            self._quotations = quotations(as_guillemets(self._analysed.text))
        return [(lo, hi) for lo, hi in self._quotations if lo < end and start < hi]

    def quoted(self, start: int, end: int) -> bool:
        """Whether ``start:end`` stands inside a quotation."""
        return any(lo <= start and end <= hi for lo, hi in self.quotations_between(start, end))

    def _named(self, sentence: Sentence) -> list[Mention]:
        """The named people of ``sentence`` (the list is shared: callers never change it)."""
        found = self._people.get(sentence.index)
        if found is None:
            found = self._people[sentence.index] = self._find_named(sentence)
        return found

    def _find_named(self, sentence: Sentence) -> list[Mention]:
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

    def _lemma_index(self) -> dict[str, list[int]]:
        """The sentences each lemma stands in (once per sentence, in text order)."""
        if self._by_lemma is None:
            by_lemma: dict[str, list[int]] = {}
            for sentence in self._analysed.sentences:
                index = sentence.index
                for lemma in sentence.lemmas:
                    found = by_lemma.get(lemma)
                    if found is None:
                        by_lemma[lemma] = [index]
                    else:
                        found.append(index)
            self._by_lemma = by_lemma
        return self._by_lemma

    def _prefix_index(self) -> dict[str, dict[int, int]]:
        """prefix -> {sentence: the most name words before a word with that prefix}. Built
        apart from the lemma index: most documents ask only one of them."""
        if self._by_prefix is None:
            by_prefix: dict[str, dict[int, int]] = {}
            for sentence in self._analysed.sentences:
                tokens = sentence.tokens
                # each word's value, and whether it is capitalized, taken once
                values = [t.value for t in tokens]
                capital = [_capital(v) for v in values]
                words_before = 0  # capitalized words in the run of name-like tokens so far
                for k in range(1, len(values)):
                    # a run of name words goes on past a capitalized word or an initial's dot
                    if capital[k - 1]:
                        words_before += 1
                    elif values[k - 1] != ".":
                        words_before = 0
                    # "Фарид аль-Харуб": a surname after its article is a name's last word
                    if not words_before or not (capital[k] or particle_name(values[k])):
                        continue  # the last word of a name of two or more words
                    token = tokens[k]
                    # a set: the normal forms of a word's readings mostly repeat
                    words = {values[k], *(f.normalized for f in getattr(token, "forms", ()))}
                    for prefix in {_prefix(p) for w in words for p in w.split("-") if p}:
                        found = by_prefix.setdefault(prefix, {})
                        found[sentence.index] = max(found.get(sentence.index, 0), words_before)
            self._by_prefix = by_prefix
        return self._by_prefix

    def _capitalized(self) -> dict[str, set[int]]:
        """The sentences each capitalized word (by its first letters) stands in: how often
        a document names someone, without parsing anything."""
        if self._by_capital is None:
            found: dict[str, set[int]] = {}
            for sentence in self._analysed.sentences:
                for token in sentence.tokens:
                    if _capital(token.value):
                        found.setdefault(_prefix(token.value), set()).add(sentence.index)
            self._by_capital = found
        return self._by_capital

    def salience(self, name: str) -> int:
        """In how many sentences the document names the person (by surname)."""
        # "Альберт II" is named by "Альберт", not by its regnal number.
        words = [w for w in name.split() if not _ROMAN.fullmatch(w)] or name.split()
        return len(self._capitalized().get(_prefix(words[-1]), ())) if words else 0

    def headline(self) -> list[Mention]:
        """People the document's first sentence (a news story's headline) names."""
        return self._of([0]) if self._analysed.sentences else []

    def lead(self) -> list[Mention]:
        """People the headline names, else those the sentence after it names (a headline
        that names nobody: "Сколково растиражируют. Иван Петров пообещал …")."""
        return self.headline() or self._of([1] if len(self._analysed.sentences) > 1 else [])

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
        group = self.plural_group(offset)
        return group[0] if group else None

    def plural_group(self, offset: int) -> list[Mention]:
        """All that "они"/"их" at ``offset`` points back to: the nearest plural actor
        before it ("родители девушки"), or every member of the nearest coordinated group
        ("Иван Петров и Олег Сидоров"), in text order, in its sentence or the two before."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return []
        text = self._analysed.text
        for index in range(sentence.index, max(-1, sentence.index - 3), -1):
            current = self._analysed.sentences[index]
            found = [m for m in mentions(current, text) if m.end <= offset and not m.pronoun]
            for m in reversed(found):
                if m.number == "plur" and m.kind in ("PER", "ORG"):
                    return [m]
                group = coordinated(current, found, m)
                if len(group) > 1:
                    return sorted(group, key=lambda g: g.start)
        return []

    def couple_before(self, offset: int) -> list[Mention]:
        """The two named people joined by "и" nearest before ``offset``, in its sentence or
        the three before ("Сергей Белов и Анна Котова поженились … пара объявила"),
        past people named alone; empty when a larger group comes first."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return []
        for index in range(sentence.index, max(-1, sentence.index - 4), -1):
            current = self._analysed.sentences[index]
            named = [m for m in self._named(current) if m.end <= offset]
            if not named:
                continue
            group = sorted(coordinated(current, named, named[-1]), key=lambda m: m.start)
            if len(group) == 2 and self.between(group[0].end, group[1].start).strip() == "и":
                return group
            spouses = self._with_spouse(named)
            if spouses:
                return spouses
            if len(group) > 2:
                return []  # the nearest group is no couple
            # one person ("у них родилась дочь Мария") is no couple: look further back
        return []

    def parents_before(self, offset: int) -> list[Mention]:
        """ "Родители назвали дочь" after "Анна Котова стала мамой … Отцом девочки стал
        Олег Сомов": the mother and the father the document made parents, each the one
        person named in a sentence that says they became one ("стала мамой", "отцом стал"),
        in the sentence of ``offset`` or the four before, nearest first; empty unless both
        are named."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return []
        found: dict[str, Mention] = {}
        for index in range(sentence.index, max(-1, sentence.index - 5), -1):
            current = self._analysed.sentences[index]
            parent = _parent_made(current)
            if parent is None or parent in found:
                continue
            named = [m for m in self._named(current) if m.end <= offset]
            if len(named) == 1:
                found[parent] = named[0]
        if len(found) < 2:
            return []
        return sorted(found.values(), key=lambda m: m.start)

    def _with_spouse(self, named: Sequence[Mention]) -> list[Mention]:
        """ "Анна Котова и её муж Олег Сомов": the last person named and the one named
        right before with "и" and a spouse's word between them."""
        if len(named) < 2:
            return []
        first, second = named[-2], named[-1]
        # "Олег Сомов женится … со своим партнёром Иваном Дроновым": the words before the
        # second name, its title among them ("со своей женой Анной")
        up_to_name = self.between(first.end, second.end).lower().split()
        if _WITH_OWN_PARTNER.search(" ".join(up_to_name[: -len(second.name.split())])):
            return [first, second]
        between = self.between(first.end, second.start).strip().lower()
        if (second.title or "").lower() in _SPOUSE_WORDS:
            between = f"{between} {second.title}".lower()  # "муж" read as his title
        return [first, second] if _SPOUSES.fullmatch(between) else []

    def opening_before(self, offset: int) -> tuple[Mention | None, list[Mention]]:
        """The mention that opens the sentence before the one holding ``offset`` (None
        when a mention does not open it) and the named people of that sentence."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None or sentence.index == 0:
            return None, []
        previous = self._analysed.sentences[sentence.index - 1]
        found = mentions(previous, self._analysed.text)
        opening = found[0] if found and found[0].first_token == 0 else None
        return opening, list(self._named(previous))

    def sentence_number(self, offset: int) -> int | None:
        """The index of the sentence holding ``offset``, or None outside every sentence."""
        sentence = self._analysed.sentence_at(offset)
        return None if sentence is None else sentence.index

    def in_sentence(self, offset: int) -> list[Mention]:
        """Every actor mention (pronouns too) of the sentence holding ``offset``."""
        sentence = self._analysed.sentence_at(offset)
        return [] if sentence is None else mentions(sentence, self._analysed.text)

    def near(self, offset: int, reach: int | None = None) -> list[Mention]:
        """People in the sentence holding ``offset`` and the ``reach`` sentences before it
        (the index's own reach by default), in text order."""
        found = [m for _, named in self.backwards(offset, reach) for m in named]
        return sorted(found, key=lambda m: m.start)

    def backwards(
        self, offset: int, reach: int | None = None
    ) -> Iterator[tuple[Sentence, list[Mention]]]:
        """The people of the sentence holding ``offset`` and of the ``reach`` sentences
        before it, a sentence at a time, nearest first: a sentence is parsed only when the
        ones after it did not answer."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return
        sentences = self._analysed.sentences
        reach = self._reach if reach is None else reach
        for i in range(sentence.index, max(0, sentence.index - reach) - 1, -1):
            yield sentences[i], list(self._named(sentences[i]))

    def holding_title(self, words: Iterable[str]) -> list[Mention]:
        """People in the sentences whose lemmas hold one of ``words``, anywhere in the
        document: where a title like "президент" may have been given with a name."""
        by_lemma = self._lemma_index()
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

    def titled_across(self, words: Iterable[str], *, before: int) -> list[Mention]:
        """People given a title whose prepositional complement kept it from their name
        ("кандидат в президенты от Республиканской партии Роберт Кларк"): the named person
        right after one of ``words`` and a complement opening with a preposition, no comma
        or other name between; in the sentences before ``before``, in text order."""
        by_lemma = self._lemma_index()
        wanted = {w.lower().replace("ё", "е") for w in words}
        sentences = self._analysed.sentences
        found: list[Mention] = []
        for i in sorted({i for w in wanted for i in by_lemma.get(w, ())}):
            sentence = sentences[i]
            if sentence.start >= before:
                break
            named = [m for m in self._named(sentence) if m.end <= before]
            for t, lemmas in enumerate(sentence.token_lemmas):
                if not lemmas & wanted or _inside_quotes(sentence.tokens, t):
                    continue
                end = sentence.tokens[t].span.stop
                after = next((m for m in named if m.start >= end), None)
                if after is not None and _COMPLEMENT.fullmatch(self.between(end, after.start)):
                    found.append(after)
        return found

    def identified(self, lemmas: Iterable[str], marks: Iterable[str]) -> list[Mention]:
        """People the document identifies by one of ``lemmas``: those named in a sentence
        that holds one of them and one of ``marks`` ("Личность преступника установлена:
        Иван Петров"), or, where that sentence names nobody, in the sentence after it
        ("Личность преступника раскрыта. Это Иван Петров"), in text order."""
        by_lemma = self._lemma_index()
        marked = {i for w in marks for i in by_lemma.get(w, ())}
        holding = sorted({i for w in lemmas for i in by_lemma.get(w, ())} & marked)
        sentences = self._analysed.sentences
        found: list[Mention] = []
        for i in holding:
            named = self._named(sentences[i])
            if not named and i + 1 < len(sentences):
                named = self._named(sentences[i + 1])
            found.extend(named)
        return found

    def sentences_holding(self, lemma: str, *, before: int, reach: int) -> list[Sentence]:
        """The sentences whose lemmas hold ``lemma``, among the one holding ``before`` and
        the ``reach`` sentences before it, in text order."""
        by_lemma = self._lemma_index()
        here = self._analysed.sentence_at(before)
        last = here.index if here is not None else len(self._analysed.sentences) - 1
        return [
            self._analysed.sentences[i]
            for i in sorted(set(by_lemma.get(lemma, ())))
            if last - reach <= i <= last
        ]

    def organizations_holding(self, words: Iterable[str]) -> list[Mention]:
        """Organizations in the sentences whose lemmas hold one of ``words``, in text order:
        where "газета «Ведомости»" or "компания «Роснефть»" may have been named."""
        by_lemma = self._lemma_index()
        found = sorted({i for w in words for i in by_lemma.get(w, ())})
        text = self._analysed.text
        return [
            m for i in found for m in mentions(self._analysed.sentences[i], text) if m.kind == "ORG"
        ]

    def organizations_near(self, offset: int, reach: int) -> list[Mention]:
        """Organizations of the sentence holding ``offset`` and the ``reach`` sentences
        before it, in text order."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return []
        text = self._analysed.text
        sentences = self._analysed.sentences[max(0, sentence.index - reach) : sentence.index + 1]
        return [m for s in sentences for m in mentions(s, text) if m.kind == "ORG"]

    def places_near(self, offset: int, reach: int) -> list[Mention]:
        """Places (states, cities) of the sentence holding ``offset``, before it, and of
        the ``reach`` sentences before that one, in text order."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return []
        text = self._analysed.text
        sentences = self._analysed.sentences[max(0, sentence.index - reach) : sentence.index + 1]
        return [
            m for s in sentences for m in mentions(s, text) if m.kind == "GPE" and m.end <= offset
        ]

    def organizations_where(self, pattern: re.Pattern[str]) -> list[Mention]:
        """Organizations of the sentences whose text ``pattern`` finds, in text order: where
        the full name an abbreviation stands for may be spelt out."""
        text = self._analysed.text
        return [
            m
            for s in self._analysed.sentences
            if pattern.search(text, s.start, s.end)
            for m in mentions(s, text)
            if m.kind == "ORG"
        ]

    def opens_sentence(self, offset: int) -> bool:
        """Whether only marks and spaces stand between its sentence's start and ``offset``."""
        sentence = self._analysed.sentence_at(offset)
        if sentence is None:
            return True
        before = self._analysed.text[sentence.start : offset]
        return not any(c.isalnum() for c in before)

    def between(self, start: int, end: int) -> str:
        """The document's text from ``start`` to ``end``."""
        return self._analysed.text[start:end]

    def with_surname(self, surname: str, *, words: int = 2) -> list[Mention]:
        """People of the sentences where a name of at least ``words`` words may end in
        ``surname`` in some case, anywhere in the document: where a fuller form of a name
        can be (no other sentence can hold one)."""
        by_prefix = self._prefix_index()
        found = by_prefix.get(_prefix(surname), {})
        return self._of([i for i, before in found.items() if before >= words - 1])


_ROMAN = re.compile(r"[IVXLC]+")
# What stands between two spouses named together: "и её муж", "и его жена", "и супруга".
_SPOUSE_WORDS = frozenset(["муж", "жена", "супруг", "супруга"])
_SPOUSES = re.compile(r"и(?: (?:его|её|ее|своей|своим|свой|своя))? (?:муж|жена|супруг|супруга)")
# "… со своим 30-летним партнёром", "вместе со своей женой": one's own partner or spouse
# right before their name (a word or two of title between), after what the first person does.
_WITH_OWN_PARTNER = re.compile(
    r"(?:^|\s)со? (?:своим|своей) (?:[\w-]+ ){0,2}?"
    r"(?:партн[её]р(?:ом|шей)|мужем|женой|супругом|супругой|невестой|женихом)(?: [\w-]+){0,2}$"
)


# A parent's word in the instrumental after "стать" ("стала мамой", "отцом стал"), and the
# past gender of "стал"/"стала" it needs.
_PARENT_WORDS = {"мать": "femn", "мама": "femn", "отец": "masc", "папа": "masc"}


def _parent_made(sentence: Sentence) -> str | None:
    """ "мать" or "отец" when the sentence says someone became one: a parent's word in the
    instrumental singular and the past of "стать" in the parent's gender ("Анна стала
    мамой", "Отцом ребёнка стал Олег"); None otherwise ("хочет стать мамой", "мать Анны")."""
    morph = get_morph()
    parent: str | None = None
    genders: set[str] = set()
    for token in sentence.tokens:
        word = token.value.lower()
        parses = morph.parses(word)
        if not parses:
            continue
        best = parses[0]
        grams = set(best.tag.grammemes)
        if best.normal_form in _PARENT_WORDS and {"ablt", "sing"} <= grams:
            parent = best.normal_form
        elif best.normal_form == "стать":
            gender = morph.past_gender(word)
            if gender is not None:
                genders.add(gender)
    if parent is None or _PARENT_WORDS[parent] not in genders:
        return None
    return "мать" if _PARENT_WORDS[parent] == "femn" else "отец"


# A title's prepositional complement: "в президенты от Республиканской партии", "по делам
# молодёжи"; a preposition and a few words, no punctuation but quotes and hyphens.
_COMPLEMENT = re.compile(r"\s+(?:в|во|от|из|по|на|при)(?:\s+[\w«»\"-]+){1,7}\s+", re.IGNORECASE)


def _inside_quotes(tokens: Tokens, index: int) -> bool:
    depth = 0
    for token in tokens[:index]:
        # only «»: the other marks of eventkit.text.quotes do not count here
        if token.value == GUILLEMETS.opening:
            depth += 1
        elif token.value == GUILLEMETS.closing and depth:
            depth -= 1
    return depth > 0


def _capital(value: str) -> bool:
    """``value[:1].isupper()``, without a method call for a Latin or Russian letter, a digit
    or a mark (the indexes ask it of every token)."""
    if not value:
        return False
    c = ord(value[0])
    if c < 0x80:
        return 0x41 <= c <= 0x5A  # A-Z: the only upper case letters of ASCII
    if 0x410 <= c <= 0x44F:
        return c <= 0x42F  # А-Я upper, а-я lower
    return value[:1].isupper()


def _prefix(word: str) -> str:
    """What a surname and its inflected forms share: the first four letters (for a stem
    that changes, "Заяц" / "Зайца", the dictionary's normal form shares them)."""
    return word.lower().replace("ё", "е")[:4]
