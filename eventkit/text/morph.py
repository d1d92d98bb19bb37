"""Morphology: the only module that touches pymorphy.

pymorphy3 is used on every Python version: pymorphy2 (yargy's default) looks its dictionaries
up through ``pkg_resources``, which Python 3.12+ virtual environments and setuptools >= 81 no
longer have. With the ``dawg2`` C extension installed pymorphy3 uses it automatically.

Analyses are cached per word form for the life of the process (news repeats ~75% of its
forms), in tables of at most two generations of ``CACHE_LIMIT`` forms
(``eventkit.caches.Generations``), so memory stays bounded on endless streams.
"""

from __future__ import annotations

import marshal
import re
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TypeVar

import pymorphy3
from yargy.morph import Form, Grams
from yargy.morph import MorphAnalyzer as YargyMorphAnalyzer

from eventkit import speedups
from eventkit.caches import Generations
from eventkit.speedups import reference_on
from eventkit.text.loops import CACHE_LIMIT as CACHE_LIMIT
from eventkit.text.loops import DictionaryWords, PredictedWords, WordTables

# Names and phrases per generation of the table of their nominatives (the corpus: ~6,000).
PHRASE_LIMIT = 5_000
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
# the parts of speech that agree with a noun before it (``phrase_nominative``)
_AGREEING = frozenset({"ADJF", "PRTF"})
# Endings that show an out-of-dictionary surname is inflected (Сидорчуком, Ковальчуку).
_T = TypeVar("_T")
_INFLECTED_ENDINGS = ("ом", "ым", "ем", "ой", "ого", "ому", "ую", "у", "а", "ым", "ей")


class _Parse(pymorphy3.analyzer.Parse):  # type: ignore[misc]
    """pymorphy's parse, with ``is_known`` (a dictionary lookup) looked up once: the parses
    of a word form are cached, and the token tests ask it of the same parses again and
    again."""

    @property
    def is_known(self) -> bool:
        if reference_on():  # the reference path: look it up every time
            return bool(_PARSE_IS_KNOWN(self))
        found: bool | None = self.__dict__.get("known")
        if found is None:
            found = self.__dict__["known"] = bool(_PARSE_IS_KNOWN(self))
        return found


_PARSE_IS_KNOWN = pymorphy3.analyzer.Parse.is_known.fget


def _found_in_dictionary(parse: _Parse) -> bool:
    if reference_on():  # the reference path: look it up
        return bool(_PARSE_IS_KNOWN(parse))
    return True


def _plain_normalized(parse: _Parse) -> _Parse:
    """``Parse.normalized``, as pymorphy's class (its word may not be in the dictionary)."""
    made: _Parse = parse._morph._result_type(*parse.methods_stack[-1][0].normalized(parse))
    return made


_FOUND_IN_DICTIONARY = property(_found_in_dictionary)
_PLAIN_NORMALIZED = property(_plain_normalized)


def _dictionary_words(raw: pymorphy3.MorphAnalyzer) -> DictionaryWords:
    """``DictionaryWords`` of ``raw``, its parses of pymorphy's class whose ``is_known``
    needs no lookup: a word found in the dictionary is known (``word_is_known`` looks up
    that same word)."""
    plain = raw._result_type
    known = type(
        plain.__name__,
        (plain,),
        {"__slots__": (), "is_known": _FOUND_IN_DICTIONARY, "normalized": _PLAIN_NORMALIZED},
    )
    return DictionaryWords(raw, known)


# Lexeme choices kept by ``_Inflections`` before they are dropped (the corpus: ~2,000).
_INFLECTION_LIMIT = 50_000


class _Inflections:
    """``Parse.inflect`` for a parse of a dictionary word, computed directly: pymorphy
    builds the whole lexeme (every form's word, tag and parse) and keeps the form whose tag
    has the required grammemes and is nearest the parse's; this picks that form among the
    paradigm's tags (once per paradigm, index and required grammemes) and builds its word
    alone. The same parse comes out: word, tag, normal form, score and method stack, of
    pymorphy's class. Other parses (predicted words) are left to ``Parse.inflect``.
    ``tests/test_morph.py`` compares the two."""

    def __init__(self, raw: pymorphy3.MorphAnalyzer) -> None:
        dictionary = raw.dictionary
        self.unit = raw._units[0].analyzer
        self.paradigms = dictionary.paradigms
        self.gramtab = dictionary.gramtab
        self.prefixes = dictionary.paradigm_prefixes
        self.suffixes = dictionary.suffixes
        self.rare_cases = raw.TagClass.fix_rare_cases
        self.result_type = raw._result_type
        # (paradigm, index, required grammemes) -> the index of the form chosen, or None
        self.chosen: dict[tuple[int, int, frozenset[str]], int | None] = {}

    @staticmethod
    def usable(raw: pymorphy3.MorphAnalyzer) -> bool:
        """``Parse.inflect`` is pymorphy3's, through its analyzer's ``_inflect`` and the
        dictionary unit's ``get_lexeme``."""
        units = getattr(raw, "_units", None)
        return (
            units is not None
            and len(units) > 0
            and type(raw)._inflect is pymorphy3.MorphAnalyzer._inflect
            and type(raw).get_lexeme is pymorphy3.MorphAnalyzer.get_lexeme
            and raw._result_type is not None
            and raw._result_type.inflect is pymorphy3.analyzer.Parse.inflect
            and type(units[0].analyzer) is pymorphy3.units.DictionaryAnalyzer
        )

    def inflect(self, parse: _Parse, required: set[str]) -> _Parse | None:
        stack = parse.methods_stack
        gramtab = self.gramtab
        if len(stack) == 1 and stack[0][0] is self.unit:
            _, _, para_id, idx = stack[0]
            paradigm = self.paradigms[para_id]
            third = len(paradigm) // 3
            known = parse.tag is gramtab[paradigm[third + idx]]
        else:
            known = False
        if not known:  # not a dictionary word's parse as pymorphy's dictionary makes it
            found: _Parse | None = parse.inflect(required)
            return found
        key = (para_id, idx, frozenset(required))
        if key in self.chosen:
            best = self.chosen[key]
        else:
            best = self._choose(parse, paradigm, required)
            if len(self.chosen) >= _INFLECTION_LIMIT:
                self.chosen.clear()
            self.chosen[key] = best
        if best is None:
            return None
        # ``Dictionary.build_stem`` of the parse's word, the chosen form's prefix and suffix
        prefixes, suffixes = self.prefixes, self.suffixes
        suffix = suffixes[paradigm[idx]]
        start = len(prefixes[paradigm[2 * third + idx]])
        fixed = parse.word
        stem = fixed[start : -len(suffix)] if suffix else fixed[start:]
        word = prefixes[paradigm[2 * third + best]] + stem + suffixes[paradigm[best]]
        made: _Parse = tuple.__new__(
            self.result_type,
            (
                word,
                gramtab[paradigm[third + best]],
                parse.normal_form,
                1.0,
                ((self.unit, word, para_id, best),),
            ),
        )
        return made

    def _choose(self, parse: _Parse, paradigm: Sequence[int], required: set[str]) -> int | None:
        """``MorphAnalyzer._inflect``'s choice among the lexeme's forms, by their tags."""
        third = len(paradigm) // 3
        gramtab = self.gramtab
        tags = [gramtab[tag].grammemes for tag in paradigm[third : 2 * third]]
        wanted: AbstractSet[str] = required
        possible = [i for i, grammemes in enumerate(tags) if wanted <= grammemes]
        if not possible:
            wanted = self.rare_cases(wanted)
            possible = [i for i, grammemes in enumerate(tags) if wanted <= grammemes]
        grammemes = parse.tag.updated_grammemes(wanted)

        def similarity(i: int) -> float:
            return len(grammemes & tags[i]) - 0.1 * len(grammemes ^ tags[i])

        # ``heapq.nlargest(1, ...)``: the first of the most similar
        return max(possible, key=similarity) if possible else None


# A word's parses as stored: (1 when they are of the dictionary words' class, else 0,
# ((word, tag, normal form, score, method stack), ...)) with the stack's analyzer units as
# one-item lists of their number (``_StoredForm``).
# Stored as the bytes of ``marshal.dumps``: a table of them loads in a fraction of the time,
# and a word's are read only when it is met.
StoredParses = tuple[int, tuple[tuple[object, ...], ...]]


def _plain(value: object) -> bool:
    """Made of strings, numbers, None, tuples and frozensets only (what ``marshal`` writes
    and reads back equal)."""
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) in (tuple, frozenset):
        return all(_plain(item) for item in value)  # type: ignore[attr-defined]
    return False


class _StoredForm:
    """pymorphy3 parses to plain fields and back: a parse is a named tuple (word, tag,
    normal form, score, method stack); a tag is stored as its number in the dictionary's
    table of tags, or its text, an analyzer unit in a
    method stack as ``[its number]`` among the analyzer's units (numbered in a fixed walk
    over them), every other field as it is; a dictionary word's parses (the class
    ``DictionaryWords`` makes) in a shorter form. Rebuilding a word's parses costs about a
    third of analysing it."""

    def __init__(self, raw: pymorphy3.MorphAnalyzer, known: type[_Parse] | None) -> None:
        self.units: list[object] = []
        self.numbers: dict[int, int] = {}
        for unit in raw._units:
            self._add(unit.analyzer)
        self.plain: type[_Parse] = raw._result_type
        # the dictionary words' class of parses (``DictionaryWords``), when there is one
        self.known: type[_Parse] = known if known is not None else self.plain
        self.tag_class = raw.TagClass
        # a tag of the dictionary's table is stored as its number there, another as its text
        self.tag_list = list(raw.dictionary.gramtab)
        self.numbers_of_tags = {id(tag): i for i, tag in enumerate(self.tag_list)}
        self.tags: dict[str, pymorphy3.tagset.OpencorporaTag] = {}

    def _add(self, unit: object) -> None:
        if id(unit) in self.numbers:
            return
        self.numbers[id(unit)] = len(self.units)
        self.units.append(unit)
        for name in sorted(vars(unit)):
            value = vars(unit)[name]
            if isinstance(value, pymorphy3.units.base.BaseAnalyzerUnit):
                self._add(value)

    def encoded(self, parses: Sequence[_Parse]) -> StoredParses | None:
        if not parses:
            return (0, ())
        kind = type(parses[0])
        if kind is not self.plain and kind is not self.known:
            return None
        out: list[tuple[object, ...]] = []
        for p in parses:
            if type(p) is not kind or type(p.word) is not str or type(p.normal_form) is not str:
                return None
            number = self.numbers_of_tags.get(id(p.tag))
            tag: int | str = (
                number if number is not None and self.tag_list[number] is p.tag else str(p.tag)
            )
            if kind is self.known:
                # a dictionary word's: (word, tag, normal form or None when it is the word,
                # score, paradigm, index); its stack is (the dictionary's unit, the word,
                # paradigm, index), as ``DictionaryWords`` makes it
                (unit, fixed, paradigm, index), *rest = p.methods_stack
                if rest or unit is not self.units[0] or fixed != p.word:
                    return None
                normal = None if p.normal_form == p.word else p.normal_form
                out.append((p.word, tag, normal, float(p.score), paradigm, index))
                continue
            stack = self._value(p.methods_stack)
            if stack is None:
                return None
            out.append((p.word, tag, p.normal_form, float(p.score), stack))
        return (1 if kind is self.known else 0, tuple(out))

    def _value(self, value: object) -> object:
        if type(value) is tuple:
            items = [self._value(item) for item in value]
            return None if any(item is None for item in items) else tuple(items)
        if type(value) in (str, int, float):
            return value
        number = self.numbers.get(id(value))
        return None if number is None else [number]

    def parses(self, stored: bytes) -> list[_Parse]:
        kind, readings = marshal.loads(stored)
        new, tag_list = tuple.__new__, self.tag_list
        out: list[_Parse] = []
        if kind:
            made, unit = self.known, self.units[0]
            for word, tag_text, normal_form, score, paradigm, index in readings:
                tag = tag_list[tag_text] if type(tag_text) is int else self._tag(tag_text)
                out.append(
                    new(
                        made,
                        (
                            word,
                            tag,
                            word if normal_form is None else normal_form,
                            score,
                            ((unit, word, paradigm, index),),
                        ),
                    )
                )
            return out
        made = self.plain
        for word, tag_text, normal_form, score, stack in readings:
            tag = tag_list[tag_text] if type(tag_text) is int else self._tag(tag_text)
            out.append(new(made, (word, tag, normal_form, score, self._stack(stack))))
        return out

    def _tag(self, text: str) -> pymorphy3.tagset.OpencorporaTag:
        found = self.tags.get(text)
        if found is None:
            found = self.tags[text] = self.tag_class(text)
        return found

    def _stack(self, value: object) -> object:
        if type(value) is tuple:
            return tuple([self._stack(item) for item in value])
        if type(value) is list:
            return self.units[value[0]]
        return value


class Morph(YargyMorphAnalyzer):  # type: ignore[misc]
    """yargy's analyzer interface on pymorphy3, with a bounded per-form cache."""

    def __init__(self) -> None:
        super().__init__(raw=pymorphy3.MorphAnalyzer(result_type=_Parse))
        self._forms: Generations[str, list[Form]] = Generations(CACHE_LIMIT)
        self._parses: Generations[str, list[_Parse]] = Generations(CACHE_LIMIT)
        # one per tag of the dictionary and the predictor: bounded by the tag set
        self._grams: dict[frozenset[str], Grams] = {}
        # a tag's grammemes, case, gender, number (``_tag_info``): bounded by the tag set
        self._tag_infos: dict[
            tuple[str, ...], tuple[frozenset[str], str | None, str | None, str | None]
        ] = {}
        # (what, its arguments, *words) -> the words put into the nominative
        self._phrases: Generations[tuple[object, ...], tuple[str, ...]] = Generations(PHRASE_LIMIT)
        self._lock = threading.Lock()
        self._dictionary = _dictionary_words(self.raw) if DictionaryWords.usable(self.raw) else None
        self._inflections = _Inflections(self.raw) if _Inflections.usable(self.raw) else None
        self._predicted = (
            PredictedWords(self.raw, self._dictionary)
            if self._dictionary is not None and PredictedWords.usable(self.raw)
            else None
        )
        # the reference path's analyses, pymorphy's own (not shared with the fast path's)
        self._reference_forms: Generations[str, list[Form]] = Generations(CACHE_LIMIT)
        self._reference_parses: Generations[str, list[_Parse]] = Generations(CACHE_LIMIT)
        # a warm start's stored analyses and nominatives, read on a miss (``warm_from``)
        self._warm_parses: dict[str, bytes] = {}
        self._warm_phrases: dict[tuple[object, ...], tuple[str, ...]] = {}
        self._stored: _StoredForm | None = None
        # word forms analysed from scratch (not in a warm-start table): a run that met many
        # stores its table again, so a table made by a small first run grows
        self.fresh_forms = 0
        # the caches and analysers above, for the compiled miss paths
        self._tables = WordTables(self)

    @property
    def uses_c_dawg(self) -> bool:
        """True when the dictionaries are read through the C extension (dawg2)."""
        words = self.raw.dictionary.words
        return type(words).__module__.split(".")[0] == "dawg" or "dawg." in repr(type(words))

    def parses(self, word: str) -> list[_Parse]:
        """pymorphy's parses of a word form, most probable first (cached)."""
        if reference_on():  # the reference path: pymorphy's own analysis
            return self._reference(word, self._reference_parses, self.raw.parse)
        found: list[_Parse] | None = self._parses.current.get(word)
        if found is None:  # compiled: from the previous generation, stored or analysed
            found = self._tables.new_parses(word)
        return found

    def _reference(
        self, word: str, cache: Generations[str, _T], compute: Callable[[str], _T]
    ) -> _T:
        with self._lock:
            found = cache.lookup(word)
        if found is None:
            found = compute(word)
            with self._lock:
                cache.remember(word, found)
        return found

    def __call__(self, word: str) -> list[Form]:
        if reference_on():
            return self._reference(word, self._reference_forms, self._forms_of)
        found: list[Form] | None = self._forms.current.get(word)
        if found is None:  # compiled: from the previous generation, or made
            found = self._tables.new_forms(word)
        return found

    def known_forms(self) -> dict[str, list[Form]] | None:
        """The current generation of the per-form cache of ``__call__`` (one dict for the
        life of the analyzer), for a caller that looks a hit up itself and calls the
        analyzer only on a miss; None on the reference path, where every word goes through
        ``__call__``."""
        return None if reference_on() else self._forms.current

    def _forms_of(self, word: str) -> list[Form]:
        """yargy's forms of a word on the reference path, by yargy's constructor (the fast
        path's are ``loops.forms_of``'s, made in ``WordTables.new_forms``)."""
        # Lemmas are spelled with "е" for "ё" ("договорённость" -> "договоренность") so
        # that trigger lists and grammars need one spelling only.
        return [
            Form(p.normal_form.replace("ё", "е"), self._grams_of(p.tag.grammemes), raw=p)
            for p in self.parses(word)
        ]

    # --- a warm start (``eventkit.extract.warm``) ---------------------------------------

    def stored_state(self) -> tuple[dict[str, bytes], dict[tuple[object, ...], tuple[str, ...]]]:
        """The analyses and nominatives these caches hold, in a form ``marshal`` writes
        (strings, numbers, tuples): {word: its parses}, {key: nominative words}. A word
        whose analysis holds something else (an object pymorphy's units made) is left out.
        The loaded entries not asked for again are kept too."""
        coder = self._coder()
        parses: dict[str, bytes] = dict(self._warm_parses)
        for generation in (self._parses.previous, self._parses.current):
            for word, found in list(generation.items()):
                stored = coder.encoded(found)
                if stored is not None:
                    parses[sys.intern(word)] = marshal.dumps(stored)  # type: ignore[arg-type]
        phrases = dict(self._warm_phrases)
        for cache in (self._phrases.previous, self._phrases.current):
            for key, words in list(cache.items()):
                if _plain(key):
                    phrases[key] = words
        return parses, phrases

    def warm_from(
        self,
        parses: dict[str, bytes],
        phrases: dict[tuple[object, ...], tuple[str, ...]],
    ) -> None:
        """Answer the caches' misses from stored entries (``stored_state`` of an earlier
        process with the same dictionaries): a stored word's parses are rebuilt from their
        fields instead of analysed, a stored nominative is taken as it is."""
        self._coder()
        self._warm_parses = parses
        self._warm_phrases = phrases

    def _coder(self) -> _StoredForm:
        if self._stored is None:
            known = self._dictionary.result_type if self._dictionary is not None else None
            self._stored = _StoredForm(self.raw, known)
        return self._stored

    def _grams_of(self, grammemes: frozenset[str]) -> Grams:
        """One (read-only) ``Grams`` per tag, shared by every form with it: the dictionary
        has a few thousand tags for hundreds of thousands of forms."""
        found = self._grams.get(grammemes)
        if found is None:
            found = self._grams[grammemes] = Grams(grammemes)
        return found

    def lemmas(self, word: str) -> set[str]:
        return {p.normal_form for p in self.parses(word)}

    def is_known(self, word: str) -> bool:
        return any(p.is_known for p in self.parses(word))

    def is_singular_noun(self, word: str) -> bool:
        """The most probable reading of ``word`` is a singular noun."""
        parses = self.parses(word)
        return bool(parses) and {"NOUN", "sing"} <= set(parses[0].tag.grammemes)

    def name_gender(self, word: str) -> str | None:
        """ "masc" or "femn" when every dictionary reading of ``word`` as a first name
        agrees on it ("Джордж" -> "masc"); None otherwise."""
        genders = {
            g
            for p in self.parses(word)
            if "Name" in p.tag.grammemes and p.is_known
            for g in ("masc", "femn")
            if g in p.tag.grammemes
        }
        return genders.pop() if len(genders) == 1 else None

    def is_noun(self, word: str) -> bool:
        parses = self.parses(word)
        return bool(parses) and "NOUN" in parses[0].tag.grammemes

    def is_feminine(self, word: str) -> bool:
        parses = self.parses(word)
        return bool(parses) and "femn" in parses[0].tag.grammemes

    def past_gender(self, word: str) -> str | None:
        """ "femn" or "masc" when the most probable reading of ``word`` is a verb in the
        singular past, which shows it ("посоветовала" -> "femn"); None otherwise."""
        parses = self.parses(word)
        if not parses:
            return None
        grams = set(parses[0].tag.grammemes)
        if "VERB" not in grams or "sing" not in grams:
            return None
        return "femn" if "femn" in grams else "masc" if "masc" in grams else None

    # --- inflection -------------------------------------------------------------------

    def inflect_word(self, word: str, grams: Iterable[str], *, prefer: Iterable[str] = ()) -> str:
        """``word`` put into ``grams``, choosing the parse that has all of ``prefer``."""
        wanted = set(prefer)
        parses = self.parses(word)
        chosen = next((p for p in parses if wanted <= set(p.tag.grammemes)), None)
        if chosen is None:
            return word
        inflected = self._inflected(chosen, set(grams))
        if inflected is None:
            return word
        return restore_case(word, inflected.word)

    def _inflected(self, parse: _Parse, grams: set[str]) -> _Parse | None:
        """``parse.inflect(grams)``; directly for a dictionary word's parse."""
        if self._inflections is None or reference_on():  # the reference path: pymorphy's
            found: _Parse | None = parse.inflect(grams)
            return found
        return self._inflections.inflect(parse, grams)

    def person_nominative(self, words: Sequence[str], hint_case: str | None = None) -> list[str]:
        """Words of a personal name put into the nominative, keeping their gender (cached:
        news names the same people again and again)."""
        return self._remembered(
            ("person", hint_case, *words), lambda: self._person_nominative(words, hint_case)
        )

    def _remembered(self, key: tuple[object, ...], compute: Callable[[], list[str]]) -> list[str]:
        """``compute()`` once per ``key`` (the words and every argument), a fresh list each
        time; the cache is bounded like the analyses'."""
        if not speedups.enabled():  # the reference path: compute every time
            return compute()
        found = self._phrases.current.get(key)
        if found is None:
            with self._lock:
                found = self._phrases.recall(key)
            if found is None:
                found = self._warm_phrases.get(key) or tuple(compute())
                with self._lock:
                    self._phrases.remember(key, found)
        return list(found)

    def _person_nominative(self, words: Sequence[str], hint_case: str | None) -> list[str]:
        """``person_nominative``, computed.

        All name words must share one case and gender ("Анной Петровой" is feminine
        instrumental, so "Анна Петрова"); yargy's first-parse normalization gets this wrong.
        """
        # A surname of both genders ("Матвиенко") reads as a woman's only where the context
        # tells the case ("Валентина" is a woman's nominative or a man's genitive)
        both = hint_case is not None
        both_readings = [self._name_readings(w, common_gender=both) for w in words]
        options = [r[0] for r in both_readings]
        known = [o for o in options if o]
        found_cases = {r[0] for o in known for r in o}
        if hint_case == "gent" and "gent" not in found_cases and "accs" in found_cases:
            # after "президента" (genitive and accusative alike) "Анну Петрову" is accusative
            hint_case = "accs"
        if hint_case not in (None, "nomn") and not any(r[0] == hint_case for o in known for r in o):
            # The context fixes the case ("послом ... Данг Минь Кхоем" is instrumental) and
            # the dictionary words cannot be in it: they are indeclinable foreign names.
            return [
                self._inflect_name_word(w, str(hint_case), "masc", predicted=True)
                if not o and w.lower().endswith(_INFLECTED_ENDINGS)
                else w
                for w, o in zip(words, options, strict=True)
            ]
        if not known:
            return _foreign_nominative(words)
        shared = set.intersection(*known)
        declined = [d for o, d in both_readings if o]
        if len(declined) > 1 and set.intersection(*declined) & shared:
            # "Анне Петровой": the readings in which every word declines ("Анна" in the
            # dative), not the indeclinable "Анне" of a French name
            shared = set.intersection(*declined) & shared
        if hint_case and any(r[0] == hint_case for r in shared):
            shared = {r for r in shared if r[0] == hint_case}
        shown = _case_by_ending(words, options)
        if shown in shared:
            # "Джо Байденом", "Джорджиной Гонсалес": the known words do not decline, and
            # the unknown one shows its case by its ending
            shared = {shown}
        if not shared:
            # Disagreeing words: trust the first name word alone.
            shared = known[0]
        case, gender = _best_reading(shared)
        if case == "nomn":
            return list(words)
        out = []
        for word, readings in zip(words, options, strict=True):
            if (case, gender) in readings:
                inflected = self._inflect_name_word(word, case, gender)
                if inflected == word:
                    # a surname only the paradigm reads ("Раковой")
                    inflected = (
                        surname_nominative(word, case, gender)
                        or _adjectival_surname_nominative(word, case, gender)
                        or word
                    )
                out.append(inflected)
            elif (
                surname := surname_nominative(word, case, gender)
                or _adjectival_surname_nominative(word, case, gender)
            ) is not None:
                out.append(surname)
            elif not self.is_known(word) and word.lower().endswith(_INFLECTED_ENDINGS):
                out.append(self._inflect_name_word(word, case, gender, predicted=True))
            else:
                out.append(word)
        return out

    def _tag_info(
        self, tag: pymorphy3.tagset.OpencorporaTag
    ) -> tuple[frozenset[str], str | None, str | None, str | None]:
        """A tag's grammemes, case, gender and number, as its properties give them (each
        a call into pymorphy that sets them apart anew), once per tag. The properties give
        pymorphy's ``TypedGrammeme``, a ``str`` whose ``__eq__`` and ``__hash__`` are
        Python functions (every set of readings and comparison of cases calls them); they
        are kept as the plain strings they equal."""
        if reference_on():  # the reference path: the properties every time
            return (tag.grammemes, tag.case, tag.gender, tag.number)
        key = tag._grammemes_tuple
        found = self._tag_infos.get(key)
        if found is None:
            found = (
                tag.grammemes,
                _plain_grammeme(tag.case),
                _plain_grammeme(tag.gender),
                _plain_grammeme(tag.number),
            )
            self._tag_infos[key] = found
        return found

    def _name_readings(
        self, word: str, *, common_gender: bool = True
    ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """The (case, gender) readings of a name word, and those in which it declines (no
        indeclinable "Fixd" reading): one pass over its parses for both."""
        parses = self.parses(word)
        # A word no first name reads as surname first may be a surname of the paradigm.
        readings = (
            surname_readings(word) | _adjectival_surname_readings(word)
            if not (parses and {"Name", "sing"} <= parses[0].tag.grammemes)
            else set()
        )
        declined = set(readings)
        tag_info = self._tag_info
        for p in parses:
            grams, case, gender, _ = tag_info(p.tag)
            if not grams & NAME_GRAMS or not p.is_known or "plur" in grams:
                continue  # a person's name is singular ("Памелы" is not "Памелы" nominative)
            if "Infr" in grams:
                continue  # "Лёв" is a surname, not the informal vocative of "Лёва"
            case = case or "nomn"
            gender = gender or ("femn" if "femn" in grams else "masc")
            found = [(case, gender)]
            if common_gender and grams & {"Ms-f", "ms-f"}:  # pymorphy spells it "ms-f"
                found.append((case, "femn" if gender == "masc" else "masc"))
            readings.update(found)
            if "Fixd" not in grams:
                declined.update(found)
        return readings, declined

    def _inflect_name_word(
        self, word: str, case: str, gender: str, *, predicted: bool = False
    ) -> str:
        if predicted and gender == "masc":
            # Foreign men's names unknown to the dictionary decline like "Шольц": strip the
            # case ending rather than trust the predictor's paradigm ("Шольцем" is not
            # "Шолец"); after a vowel the stem ended in "й" ("Кхоем" -> "Кхой").
            return _strip_masculine_ending(word, case)
        # A declined reading before an indeclinable one: "Анне" is "Анна" in the dative
        # before it is the French "Анне".
        tag_info = self._tag_info
        parses = self.parses(word)
        fixed = [p for p in parses if "Fixd" in tag_info(p.tag)[0]]
        if fixed:  # a stable sort by "Fixd"
            parses = [p for p in parses if "Fixd" not in tag_info(p.tag)[0]] + fixed
        for p in parses:
            grams, its_case, its_gender, _ = tag_info(p.tag)
            if not predicted and not grams & NAME_GRAMS:
                continue
            if its_case != case or (its_gender and its_gender != gender):
                continue
            inflected = self._inflected(p, {"nomn"})
            if inflected is not None:
                return restore_case(word, inflected.word)
        return word

    def phrase_nominative(
        self,
        words: Sequence[str],
        head: int,
        *,
        case: str | None = None,
        lemmas: AbstractSet[str] = frozenset(),
    ) -> list[str]:
        """A noun phrase with its head (``words[head]``) and the agreeing words before it
        put into the nominative; the dependents after the head keep their form. ``case``
        is the head's case where the context tells it ("по версии обвинения": genitive);
        ``lemmas`` the words the head is known to be ("премьеру" is "премьер", not the
        "премьера" of a film). Cached, as ``person_nominative``."""
        return self._remembered(
            ("phrase", head, case, frozenset(lemmas), *words),
            lambda: self._phrase_nominative(words, head, case, lemmas),
        )

    def _phrase_nominative(
        self, words: Sequence[str], head: int, case: str | None, lemmas: AbstractSet[str]
    ) -> list[str]:
        tag_info = self._tag_info
        nouns = [
            p
            for p in self.parses(words[head])
            if "NOUN" in tag_info(p.tag)[0] and case in (None, tag_info(p.tag)[1])
        ]
        head_parse = next((p for p in nouns if p.normal_form in lemmas), None) or next(
            iter(nouns), None
        )
        if head_parse is None or tag_info(head_parse.tag)[1] in (None, "nomn"):
            return list(words)
        _, case, head_gender, number = tag_info(head_parse.tag)
        number = number or "sing"
        out = list(words)
        inflected = self._inflected(head_parse, {"nomn", number})
        if inflected is not None:
            out[head] = restore_case(words[head], inflected.word)
        gender = head_gender if number == "sing" else None
        for i in range(head):
            agreeing = [
                p
                for p in self.parses(words[i])
                if tag_info(p.tag)[0] & _AGREEING and tag_info(p.tag)[1] == case
            ]
            # "Зимнего дворца": the masculine genitive, as the head is, not the neuter one
            # the same form also is
            chosen = next((p for p in agreeing if gender and tag_info(p.tag)[2] == gender), None)
            chosen = chosen or next(iter(agreeing), None)
            if chosen is not None:
                agreed = self._inflected(chosen, {"nomn", number})
                if agreed is not None:
                    out[i] = restore_case(words[i], agreed.word)
        return out


_MASCULINE_ENDINGS = {
    "ablt": ("ом", "ем", "ём"),
    "datv": ("у", "ю"),
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "loct": ("е",),
}
_VOWELS = set("аеёиоуыэюя")


# A Russian-type surname's case endings after its suffix ("Ракова", "Ливанов"), by gender.
_SURNAME_SUFFIX = re.compile(r"^(?P<stem>.+(?:ов|ев|ёв|ин|ын))(?P<ending>[а-яё]*)$")
_SURNAME_ENDINGS = {
    "masc": {"gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"},
    "femn": {"gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой", "accs": "у"},
}


def surname_readings(word: str) -> set[tuple[str, str]]:
    """The (case, gender) readings a Russian-type surname has by the surname paradigm:
    "Ракова" a woman's nominative or a man's genitive or accusative, whatever common noun
    the dictionary also reads it as; empty for a word not ending so."""
    found = _SURNAME_SUFFIX.match(word)
    if found is None or len(found.group("stem")) < 4:
        return set()
    ending = found.group("ending").lower()
    readings = {
        (case, gender)
        for gender, endings in _SURNAME_ENDINGS.items()
        for case, their in endings.items()
        if their == ending
    }
    if ending == "":
        readings.add(("nomn", "masc"))
    elif ending == "а":
        readings.add(("nomn", "femn"))
    return readings


def surname_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative of a Russian-type surname in ``case`` by the surname paradigm, not a
    common noun's ("Раковой" -> "Ракова", not "рак"; "Ливановым" -> "Ливанов"); None when
    the word does not end as such a surname in that case."""
    found = _SURNAME_SUFFIX.match(word)
    ending = _SURNAME_ENDINGS.get(gender, {}).get(case)
    if found is None or ending is None or found.group("ending").lower() != ending:
        return None
    return found.group("stem") + ("а" if gender == "femn" else "")


def _case_by_ending(
    words: Sequence[str], options: Sequence[set[tuple[str, str]]]
) -> tuple[str, str] | None:
    """The instrumental a name's words unknown to the dictionary show by their ending: a
    man's "-ом"/"-ем" ("Байденом"), a woman's "-ой" ("Джорджиной"); None when some show
    neither, or no word is unknown."""
    unknown = [w.lower() for w, o in zip(words, options, strict=True) if not o and len(w) > 4]
    if not unknown or len(unknown) == len(words):
        return None
    if all(w.endswith(("ом", "ем")) for w in unknown):
        return ("ablt", "masc")
    if all(w.endswith("ой") for w in unknown):
        return ("ablt", "femn")
    return None


def _foreign_nominative(words: Sequence[str]) -> list[str]:
    """A man's foreign name the dictionary knows nothing of, when every word shows the
    same case ending: "Эмманюэлю Макрону" (dative), "Эмманюэлем Макроном" (instrumental).
    A single word stays as written unless it ends in "-ом" ("Орбаном"); words in "-а"
    do too ("Обама" is a nominative)."""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and len(lowered[0]) > 5 and lowered[0].endswith("ом"):
        return [words[0][:-2]]  # "Орбаном": no nominative of a man's name ends so
    if len(words) < 2:
        return list(words)
    for case in ("datv", "ablt"):
        endings = _MASCULINE_ENDINGS[case]
        if all(w.endswith(endings) and len(w) > 3 for w in lowered):
            return [_strip_masculine_ending(w, case) for w in words]
    if len(lowered[-1]) > 5 and lowered[-1].endswith("ом") and len(words) == 2:
        # "Си Цзиньпином", "Никол Пашиняном": a first name that does not decline before a
        # surname in "-ом", which no nominative of a man's name ends so
        return [words[0], words[-1][:-2]]
    return list(words)


# compiled once, not at a name's first ending stripped (the ``re`` module's cache)
_SURNAME_INSTRUMENTAL = re.compile(r"(ов|ев|ёв|ин|ын)ым$")
_FEMININE_INSTRUMENTAL = re.compile(r"[^аеёиоуыэюя][ое]й$")


def _strip_masculine_ending(word: str, case: str) -> str:
    if case == "ablt" and _SURNAME_INSTRUMENTAL.search(word.lower()):
        return word[:-2]  # a Russian-type surname the dictionary lacks: "Милоновым"
    if case == "ablt" and _FEMININE_INSTRUMENTAL.search(word.lower()) and len(word) > 4:
        # men's instrumental ends in -ом/-ем: "-ой"/"-ей" is a woman's ("Яффой" -> "Яффа")
        hard = word.lower().endswith("ой") or word[-3].lower() in "жшчщц"  # "Чан-Очей"
        return word[:-2] + ("а" if hard else "я")
    for ending in _MASCULINE_ENDINGS.get(case, ()):
        if not word.lower().endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        soft = ending in ("ем", "ю", "я")
        if stem[-1].lower() in _VOWELS:
            return stem + ("й" if soft else "")
        return stem + ("ь" if soft and stem[-1].lower() not in "цчшщжй" else "")
    return word


def restore_case(original: str, word: str) -> str:
    """``word`` (lower case from pymorphy) with the capitalization pattern of ``original``."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    capitals = len(original) - len(original.lstrip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"))
    if capitals > 1 and word.startswith(original[:capitals].lower()):
        # "МИДа" -> "МИД": an abbreviation with a case ending keeps its capitals
        return word[:capitals].upper() + word[capitals:]
    parts = word.split("-")
    originals = original.split("-")
    if len(parts) == len(originals):
        return "-".join(
            p[:1].upper() + p[1:] if o[:1].isupper() else p
            for p, o in zip(parts, originals, strict=True)
        )
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


_CASE_ORDER = {c: i for i, c in enumerate(CASES)}


def _best_reading(readings: set[tuple[str, str]]) -> tuple[str, str]:
    # Prefer the nominative (no change), then oblique cases in order of frequency.
    order = _CASE_ORDER
    return min(readings, key=lambda r: (order.get(r[0], 99), r[1] != "masc"))


def _plain_grammeme(grammeme: str | None) -> str | None:
    """A grammeme as a plain ``str`` (pymorphy's typed one is a subclass, equal to it)."""
    return None if grammeme is None else sys.intern(str.__str__(grammeme))


@lru_cache(maxsize=1)
def get_morph() -> Morph:
    """The process-wide analyzer (building one loads ~20 MB of dictionaries)."""
    return Morph()


# A surname declined like an adjective ("Суходольского", "Заозерской"), which the
# dictionary may know only through an unknown prefix: its endings by gender and case.
_ADJECTIVAL_SURNAME = re.compile(r"^(?P<stem>.{3,}[сц]к)(?P<ending>[а-яё]+)$")
_ADJECTIVAL_ENDINGS = {
    "masc": {"nomn": "ий", "gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"},
    "femn": {"nomn": "ая", "gent": "ой", "datv": "ой", "ablt": "ой", "loct": "ой", "accs": "ую"},
}


def _adjectival_surname_readings(word: str) -> set[tuple[str, str]]:
    """The (case, gender) readings of a capitalized surname in -ский/-цкий by the
    adjectival paradigm: "Суходольского" a man's genitive or accusative."""
    found = _ADJECTIVAL_SURNAME.match(word)
    if found is None or not word[:1].isupper():
        return set()
    ending = found.group("ending").lower()
    return {
        (case, gender)
        for gender, endings in _ADJECTIVAL_ENDINGS.items()
        for case, their in endings.items()
        if their == ending
    }


def _adjectival_surname_nominative(word: str, case: str, gender: str) -> str | None:
    """ "Суходольского" (a man's genitive) -> "Суходольский"; None when the word does not
    end so in that case."""
    found = _ADJECTIVAL_SURNAME.match(word)
    endings = _ADJECTIVAL_ENDINGS.get(gender, {})
    if found is None or endings.get(case) != found.group("ending").lower():
        return None
    return found.group("stem") + endings["nomn"]
