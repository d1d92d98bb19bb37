"""The text pass's hot loops, in a module the accelerator compiles (``eventkit.accel``).

razdel's sentences of a line (``razdel_sentences``), a sentence's tokens and their lemmas
(``sentence_tokens``), a word form's yargy forms (``forms_of``), the lemmas of a word form
(``token_lemmas``), and pymorphy3's analysis of a dictionary word (``DictionaryWords``)
and of a word the dictionary does not know (``PredictedWords``), computed directly.
``eventkit.text.analysis`` and ``eventkit.text.morph`` use them; they keep what mypyc
cannot compile (attrs classes, subclasses of yargy's and pymorphy's classes). Here are
plain functions and classes only, and the values of other libraries are typed ``Any``:
compiled code checks the types it was compiled with, and pymorphy's and yargy's values
have none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import pymorphy3
from pymorphy3.utils import word_splits
from razdel import sentenize
from razdel.segmenters.sentenize import (
    BULLET_SIZE,
    CLOSE_BRACKETS,
    CLOSE_QUOTES,
    DASHES,
    DELIMITERS,
    ENDINGS,
    FIRST_TOKEN,
    GENERIC_QUOTES,
    HEAD_PAIR_SOKRS,
    HEAD_SOKRS,
    INITIALS,
    LAST_TOKEN,
    PAIR_SOKR,
    PAIR_SOKRS,
    SMILE_PREFIX,
    SOKRS,
    TOKEN,
    WORD,
    SentSplit,
    is_bullet,
    is_lower_alpha,
    is_sokr,
)
from yargy.morph import Form
from yargy.span import Span
from yargy.token import MorphToken, Token
from yargy.tokenizer import EOL, RUSSIAN

from eventkit.caches import Generations
from eventkit.text.protocols import Token as TokenLike

# yargy's kinds of tokens, as constants of this module (compared as strings, not objects)
_RUSSIAN: Final[str] = RUSSIAN
_EOL: Final[str] = EOL

# Word forms per generation of the per-form caches (analyses, lemmas, word tests): a table
# holds at most two generations. The news corpus (166k words) has about 37,000 forms.
CACHE_LIMIT: Final = 20_000

# The lemmas of each word form (its analyses' normal forms spelled with "е" for "ё", or the
# form lowercased), cached like the analyses themselves: a form's analyses do not change.
# One table for the shared pass and the grammars' ``grammar.tokens.lemmas``.
FORM_LEMMAS: Final[Generations[str, frozenset[str]]] = Generations(CACHE_LIMIT)
_lemmas_now: Final[dict[str, frozenset[str]]] = FORM_LEMMAS.current


def lemmas_of(token: TokenLike) -> frozenset[str]:
    """The lemmas of ``token``, computed (``token_lemmas`` caches them per word form)."""
    return _lemmas(token.value, getattr(token, "forms", None))


def _lemmas(value: str, forms: Any) -> frozenset[str]:
    """The lemmas of a token of the word ``value`` with its ``forms`` (None for a token
    without)."""
    if forms:
        # ``replace`` only where there is a "ё" (``Morph``'s forms have none)
        lemmas: list[str] = []
        for f in forms:
            lemma: str = f.normalized
            lemmas.append(lemma.replace("ё", "е") if "ё" in lemma else lemma)
        return frozenset(lemmas)
    return frozenset([value.lower()])


def token_lemmas(token: TokenLike) -> frozenset[str]:
    """The lemmas of a token of ``tokenize``: its analyses' normal forms, else the word
    lowercased (cached per word form)."""
    value = token.value
    found = _lemmas_now.get(value)
    if found is None:
        found = _new_lemmas(value, getattr(token, "forms", None))
    return found


def _new_lemmas(value: str, forms: Any) -> frozenset[str]:
    """``token_lemmas`` of a token (its word ``value``, its ``forms``) whose word is not in
    the current generation of the table: ``Generations.recall`` and ``remember``, inlined."""
    previous: dict[str, frozenset[str]] = FORM_LEMMAS.previous
    found = previous.pop(value, None)
    if found is None:
        found = _lemmas(value, forms)
    if len(_lemmas_now) >= FORM_LEMMAS.limit:
        FORM_LEMMAS.rotate()
    _lemmas_now[value] = found
    return found


def sentence_tokens(
    text: str,
    start: int,
    end: int,
    morph: Any,
    lemmas: list[frozenset[str]],
    pattern: re.Pattern[str],
    kinds: list[str],
) -> list[Any]:
    """``tokenize(text[start:end], morph, start)`` for a text that ``for_analysis`` leaves as
    it is, on the fast path; the tokens' lemmas (``token_lemmas``) go to ``lemmas``.
    ``pattern`` finds each token after the spaces before it, as the group that matched
    (``Match.lastindex``: one group matches), ``kinds`` gives yargy's kind of token of each
    group, by its number.

    The token pattern reads no character outside a match (no anchors, no lookaround), so it
    finds the same tokens in the whole text between ``start`` and ``end`` as in the cut out
    sentence, with their offsets in the text.
    """
    tokens: list[Any] = []
    new = object.__new__  # yargy's records made as ``tokenize`` makes them
    # the other modules' classes, looked up once (compiled code reads them from the
    # module's dictionary at every use)
    span_type, morph_token, plain_token = Span, MorphToken, Token
    known: dict[str, Any] | None = morph.known_forms()
    if known is None:  # the reference path, which does not come here
        known = {}
    tables: WordTables = morph._tables
    lemmas_now = _lemmas_now
    for match in pattern.finditer(text, start, end):
        group = match.lastindex or 0
        kind = kinds[group]
        if kind == _EOL:
            continue
        at, stop = match.span(group)
        span: Any = new(span_type)
        span.start = at
        span.stop = stop
        value = text[at:stop]
        token: Any
        if kind == _RUSSIAN:
            token = new(morph_token)
            token.value = value
            token.span = span
            token.type = kind
            forms = known.get(value)
            if forms is None:
                forms = tables.new_forms(value)
            token.forms = forms
        else:  # ``_plain_token``, inlined
            token = new(plain_token)
            token.value = value
            token.span = span
            token.type = kind
            forms = None
        tokens.append(token)
        its = lemmas_now.get(value)  # ``token_lemmas``, inlined
        lemmas.append(_new_lemmas(value, forms) if its is None else its)
    return tokens


class WordTables:
    """``Morph``'s per-form caches and analysers, for the miss paths of ``Morph.parses``
    and ``Morph.__call__``: compiled code reads them here without looking each up on the
    analyzer (a Python object) at every new word. The analyzer keeps one (``_tables``);
    none of them is replaced in its life (a warm start's table is, and is read from it)."""

    def __init__(self, morph: Any) -> None:
        self.morph: Any = morph
        self.forms: Generations[str, list[Any]] = morph._forms
        self.parses: Generations[str, list[Any]] = morph._parses
        self.grams: dict[frozenset[str], Any] = morph._grams
        self.grams_of: Callable[[frozenset[str]], Any] = morph._grams_of
        self.dictionary: DictionaryWords | None = morph._dictionary
        self.predicted: PredictedWords | None = morph._predicted
        self.lock: Any = morph._lock
        self.raw: Any = morph.raw

    def new_parses(self, word: str) -> list[Any]:
        """``Morph.parses(word)`` on the fast path, for a word not in the current
        generation of its cache: from the previous one, a warm start's table, or analysed
        (directly where ``DictionaryWords`` and ``PredictedWords`` can, else by pymorphy),
        and remembered."""
        table = self.parses
        previous: dict[str, list[Any]] = table.previous
        found = previous.pop(word, None)
        if found is None:
            morph = self.morph
            warm: dict[str, bytes] = morph._warm_parses
            stored = warm.get(word)
            coder = morph._stored if stored is not None else None
            if coder is not None:
                found = coder.parses(stored)
            else:
                morph.fresh_forms += 1
                dictionary = self.dictionary
                if dictionary is not None:
                    found = dictionary.analyse(word)
                if found is None:
                    predicted = self.predicted
                    if predicted is not None:
                        found = predicted.analyse(word)
                if found is None:
                    found = self.raw.parse(word)
        return self._kept(table, word, found)

    def new_forms(self, word: str) -> list[Any]:
        """``Morph.__call__(word)`` (yargy's forms of a word) on the fast path, for a word
        not in the current generation of its cache: from the previous one, or made of the
        word's parses, and remembered."""
        table = self.forms
        previous: dict[str, list[Any]] = table.previous
        found = previous.pop(word, None)
        if found is None:
            known: dict[str, list[Any]] = self.parses.current
            parses = known.get(word)
            if parses is None:
                parses = self.new_parses(word)
            found = forms_of(parses, self.grams, self.grams_of, Form)
        return self._kept(table, word, found)

    def _kept(self, table: Generations[str, list[Any]], word: str, found: list[Any]) -> list[Any]:
        """``found`` stored for ``word`` in ``table``'s current generation (a new generation
        first when it is full) and returned."""
        current: dict[str, list[Any]] = table.current
        if len(current) >= table.limit:
            with self.lock:
                table.rotate()
        current[word] = found
        return found


def forms_of(
    parses: Sequence[Any],
    grams: dict[frozenset[str], Any],
    grams_of: Callable[[frozenset[str]], Any],
    form_type: type,
) -> list[Any]:
    """yargy's forms of a word's parses (``Morph.__call__`` on the fast path): lemmas
    spelled with "е" for "ё", one ``Grams`` per tag (``grams``, else ``grams_of``); each
    ``Form`` made without its ``__init__`` call, the same three attributes set in the same
    order (its ``__new__`` is ``object.__new__``)."""
    made: list[Any] = []
    new = object.__new__
    for p in parses:
        form: Any = new(form_type)
        normal: str = p.normal_form
        form.normalized = normal.replace("ё", "е") if "ё" in normal else normal
        tag = p.tag
        # ``tag.grammemes`` (a property, a Python call) is this attribute once it is set
        grammemes = getattr(tag, "_grammemes_cache", None)
        if grammemes is None:
            grammemes = tag.grammemes
        found = grams.get(grammemes)
        form.grams = grams_of(grammemes) if found is None else found
        form.raw = p
        made.append(form)
    return made


# pymorphy's Russian analyzer's substitutions of letters (``DAWG.compile_replaces``): "е"
# may be spelled "ё" in the dictionary (``DictionaryWords.lookup``)
_YO_FOR_E: Final = {"е".encode(): [("ё".encode(), "ё")]}


def _plain_words(dictionary: Any) -> Any:
    """The dictionary's words (``words.dawg``) as the plain ``BytesDAWG`` its record table
    is made on: each word's values as the four bytes ``WordsDawg`` packs (para_id and idx,
    ``">HH"``); None where the table is not of that kind."""
    words = dictionary.words
    plain = next((kind for kind in type(words).__mro__ if kind.__name__ == "BytesDAWG"), None)
    path = getattr(dictionary, "path", None)
    if plain is None or getattr(words, "DATA_FORMAT", None) != ">HH" or not path:
        return None
    return plain().load(os.path.join(path, "words.dawg"))


# What the readings of one form of a paradigm share (``DictionaryWords.slot``)
_Slot = tuple[int, Any, str, int, int, str, str]


class DictionaryWords:
    """pymorphy3's analysis of a word its dictionary knows, computed directly: the same
    parses, in the same order, with the same scores and method stacks as
    ``MorphAnalyzer.parse`` gives, without its general machinery (a loop over its analyzer
    units, each parse built three times over, a set of parses seen). About half the cost of
    a new word form. Words the dictionary does not know (and one-letter words, which the
    initials' units read too) are left to ``MorphAnalyzer.parse``: ``analyse`` returns None.

    Built only for the analyzer it was written against (``usable`` checks its units and its
    probability estimator); ``tests/test_morph.py`` compares the two on the corpus's words.
    ``result_type`` is the class of its parses (``eventkit.text.morph`` makes it: a
    subclass of pymorphy's whose ``is_known`` needs no lookup).
    """

    def __init__(self, raw: Any, result_type: Any) -> None:
        dictionary = raw.dictionary
        self.unit: Any = raw._units[0].analyzer
        self.table: Any = dictionary.words
        self.substitutes: Any = raw.char_substitutes
        # whether ``lookup`` may find a word's spellings with "ё" for "е" itself: the
        # analyzer's only substitution, on the C DAWGs (which can list keys by a prefix)
        self.yo_only: bool = raw.char_substitutes == _YO_FOR_E and all(
            hasattr(table, "has_keys_with_prefix")
            for table in (dictionary.words, *dictionary.prediction_suffixes_dawgs)
        )
        # the same words with their values as the bytes stored (``analyse`` reads the two
        # numbers of each itself: the record table's ``struct`` call per value cost more)
        self.values: Any = _plain_words(dictionary) if self.yo_only else None
        self.paradigms: Any = dictionary.paradigms
        self.gramtab: Any = dictionary.gramtab
        # a tag's text, as the probability table spells it (``str(tag)``)
        self.tag_texts: list[str] = [str(tag) for tag in dictionary.gramtab]
        # the pieces ``Dictionary.build_normal_form`` reads, for ``analyse`` to build a
        # normal form without its two calls per reading
        self.prefixes: Any = dictionary.paradigm_prefixes
        self.suffixes: Any = dictionary.suffixes
        estimator = raw.prob_estimator
        self.probability: Any = estimator.p_t_given_w.get
        self.multiplier: Any = estimator.p_t_given_w.MULTIPLIER
        # with the plain words (the C DAWGs): a reading's probability looked up by its key's
        # bytes, made of the word's and its tag's (encoded once a word and once a tag, not
        # once a reading); -1 for a key not in the table
        self.tag_keys: list[bytes] = [text.encode() for text in self.tag_texts]
        self.probability_value: Any = estimator.p_t_given_w.b_get_value
        self.result_type: Any = result_type
        # ``slot``'s entries, by paradigm and form, made when first asked (bounded by the
        # dictionary's forms)
        self.slots: list[list[_Slot | None] | None] = [None] * len(dictionary.paradigms)

    @staticmethod
    def usable(raw: Any) -> bool:
        """The analyzer's first units are the dictionary's and the initials' (one
        terminal group), and its scores are the conditional probabilities P(tag|word)."""
        units = getattr(raw, "_units", None)
        if type(raw).parse is not pymorphy3.MorphAnalyzer.parse or not units or len(units) < 3:
            return False
        kinds = [type(unit.analyzer) for unit in units[:3]]
        ends = [unit.is_terminal for unit in units[:3]]
        estimator = raw.prob_estimator
        return bool(
            kinds
            == [
                pymorphy3.units.DictionaryAnalyzer,
                pymorphy3.units.AbbreviatedFirstNameAnalyzer,
                pymorphy3.units.AbbreviatedPatronymicAnalyzer,
            ]
            and ends == [False, False, True]
            and all(len(letter) == 1 for unit in units[1:3] for letter in unit.analyzer.letters)
            and type(estimator) is pymorphy3.analyzer.ProbabilityEstimator
            and type(estimator.p_t_given_w) is pymorphy3.dawg.ConditionalProbDistDAWG
            and raw._result_type is not None
        )

    def lookup(self, table: Any, key: str) -> list[Any]:
        """``table.similar_items(key, substitutes)``: the (key, values) of ``key`` as the
        DAWG ``table`` (the dictionary's words, a table of endings) spells it, with any of
        its "е" read as "ё" too. Most words have no such spelling: where no key of the
        table begins as one would, up to the "е" after the one read as "ё", the word's own
        values are the answer (one look-up of the whole word, not one a letter); else
        ``similar_items`` finds them all, in its order."""
        if self.yo_only:
            at = key.find("е")
            while at >= 0:
                after = key.find("е", at + 1)
                rest = key[at + 1 :] if after < 0 else key[at + 1 : after]
                # a spelling whose first "ё" is here begins so
                if table.has_keys_with_prefix(key[:at] + "ё" + rest):
                    break
                at = after
            else:  # no spelling with a "ё": the word alone
                values = table.get(key)
                return [] if values is None else [(key, values)]
        found: list[Any] = table.similar_items(key, self.substitutes)
        return found

    def slot(self, para_id: int, idx: int) -> _Slot:
        """What the readings of form ``idx`` of paradigm ``para_id`` share, from the
        paradigm's arrays once per form: its tag's number, the tag, its text, and how its
        normal form is made of a word as the form (pymorphy3's ``build_normal_form`` and
        ``build_stem`` in one step: where the stem starts, how long the suffix is that ends
        it, the normal form's prefix and suffix; the form 0 is its own normal form)."""
        forms = self.slots[para_id]
        if forms is None:
            forms = [None] * (len(self.paradigms[para_id]) // 3)
            self.slots[para_id] = forms
        found = forms[idx]
        if found is None:
            paradigm = self.paradigms[para_id]
            third = len(paradigm) // 3
            tag_id: int = paradigm[third + idx]
            prefixes, suffixes = self.prefixes, self.suffixes
            found = (
                tag_id,
                self.gramtab[tag_id],
                self.tag_texts[tag_id],
                len(prefixes[paradigm[2 * third + idx]]),
                len(suffixes[paradigm[idx]]),
                prefixes[paradigm[2 * third]],
                suffixes[paradigm[0]],
            )
            forms[idx] = found
        return found

    def analyse(self, word: str) -> list[Any] | None:
        """``MorphAnalyzer.parse(word)`` for a word of the dictionary; None for others."""
        if len(word) < 2:
            return None
        lowered = word.lower()
        values = self.values
        found = self.lookup(self.table if values is None else values, lowered)
        if not found:
            return None
        unit, probability, multiplier = self.unit, self.probability, self.multiplier
        key = lowered + ":"  # the probability table's key of a reading: "word:tag"
        word_key = b"" if values is None else key.encode()
        probability_value, tag_keys = self.probability_value, self.tag_keys
        # (word as the dictionary spells it, tag, normal form, method stack, P(tag|word))
        readings: list[tuple[str, Any, str, Any, Any]] = []
        for item in found:
            fixed: str = item[0]
            for pair in item[1]:
                para_id: int
                idx: int
                if values is None:
                    para_id, idx = pair[0], pair[1]
                else:  # ``WordsDawg.DATA_FORMAT``: two unsigned shorts, big-endian
                    stored: bytes = pair
                    para_id = stored[0] << 8 | stored[1]
                    idx = stored[2] << 8 | stored[3]
                tag_id, tag, text, start, cut, head, tail = self.slot(para_id, idx)
                if idx == 0:
                    normal = fixed
                else:  # the stem between the normal form's prefix and suffix (``slot``)
                    normal = head + (fixed[start:-cut] if cut else fixed[start:]) + tail
                if values is None:
                    value = probability(key + text, 0)
                else:  # ``get(key, 0)``: what ``b_get_value`` finds, 0 for none
                    value = probability_value(word_key + tag_keys[tag_id])
                    if value < 0:
                        value = 0
                readings.append(
                    (fixed, tag, normal, ((unit, fixed, para_id, idx),), value / multiplier)
                )
        made, new = self.result_type, tuple.__new__
        if not any(r[4] for r in readings):
            # no probabilities (they are never negative, so their sum is 0 exactly when
            # each is): every reading alike, the estimator's 1.0 / their number (a sum of
            # ones, as the estimator takes it, is the number exactly)
            score = 1.0 / len(readings)
            return [new(made, (r[0], r[1], r[2], score, r[3])) for r in readings]
        readings.sort(key=_probability_of, reverse=True)
        return [new(made, (r[0], r[1], r[2], r[4], r[3])) for r in readings]


def _probability_of(reading: tuple[str, Any, str, Any, Any]) -> Any:
    return reading[4]


# Two parts of Russian letters and digits joined by a hyphen ("20-летняя", "допинг-тесты"):
# with a Russian letter in it, no shape unit reads it either.
_HYPHENATED_WORD: Final = re.compile("[а-яёА-ЯЁ0-9]+-[а-яёА-ЯЁ0-9]+")
# A word with a Russian letter in it is no number, punctuation, Roman number or Latin word
# for pymorphy's shape units (``float`` reads no Russian letter, the others want every
# letter Latin or none); without a hyphen, no hyphen unit reads it either.
_RUSSIAN_LETTER: Final = re.compile("[а-яёА-ЯЁ]")
# (word as predicted, tag, normal form, score, method stack): pymorphy's plain parse
_Reading = tuple[str, Any, str, Any, Any]

# pymorphy3's Russian analyzer's units, by class, in order, and which end a group
# (``PredictedWords.usable``)
UNITS: Final = (
    ("DictionaryAnalyzer", False),
    ("AbbreviatedFirstNameAnalyzer", False),
    ("AbbreviatedPatronymicAnalyzer", True),
    ("NumberAnalyzer", True),
    ("PunctuationAnalyzer", True),
    ("RomanNumberAnalyzer", False),
    ("LatinAnalyzer", True),
    ("HyphenSeparatedParticleAnalyzer", True),
    ("HyphenAdverbAnalyzer", True),
    ("HyphenatedWordsAnalyzer", True),
    ("KnownPrefixAnalyzer", True),
    ("UnknownPrefixAnalyzer", False),
    ("KnownSuffixAnalyzer", True),
    ("UnknAnalyzer", True),
)


class PredictedWords:
    """pymorphy3's analysis of a word its dictionary does not know, with a Russian letter
    and no hyphen ("бутявка", "«бутявка»"), computed directly: the same parses, in the
    same order, with the same scores and method stacks as ``MorphAnalyzer.parse`` gives.
    Such a word goes past pymorphy's shape and hyphen units (which read none of it) to its
    predictor: a known prefix before a word it analyses (terminal when it finds one), else
    an unknown prefix of one to five letters before a dictionary word together with the
    endings of dictionary words (``KnownSuffixAnalyzer``), else the unknown-word tag. This
    is the same, without the loop over units, the calls per parse for its tag, its normal
    form and whether it is productive, the parses built three times over and the
    probability looked up per parse (one look-up tells a word has none).

    A word of two parts of Russian letters (or numbers) joined by a hyphen ("20-летняя")
    goes to ``HyphenatedWordsAnalyzer``, which reads its parts as pymorphy does; this does
    too, the parts analysed here.

    Built only for the analyzer it was written against (``usable`` checks its units, their
    order and groups); other words (Latin letters, digits alone, one letter, a hyphen
    another unit reads) are left to ``MorphAnalyzer.parse``: ``analyse`` returns None.
    ``tests/test_morph.py`` compares the two on the unknown words of the corpus and
    factru-dev and a list of awkward ones.
    """

    def __init__(self, raw: Any, words: DictionaryWords) -> None:
        self.words = words
        units = [unit.analyzer for unit in raw._units]
        self.known_prefix: Any = units[10]
        self.unknown_prefix: Any = units[11]
        self.known_suffix: Any = units[12]
        self.unknown: Any = units[13]
        self.particles: Any = units[7]
        self.hyphenated: Any = units[9]
        self.raw: Any = raw
        # a tag's grammemes -> its features for the hyphenated words (``_features``)
        self.features: dict[Any, frozenset[str] | None] = {}
        dictionary = raw.dictionary
        # whether a tag of the dictionary is productive, by its number, asked when first met
        # (asking every tag at once would make each build its set of grammemes: thousands
        # of objects more for the garbage collector to walk)
        self.productive: list[bool | None] = [None] * len(dictionary.gramtab)
        self.suffix_tables: Any = dictionary.prediction_suffixes_dawgs
        self.has_probabilities: Any = raw.prob_estimator.p_t_given_w.has_keys_with_prefix
        self.probability: Any = raw.prob_estimator.p_t_given_w.prob
        self.result_type: Any = raw._result_type

    @staticmethod
    def usable(raw: Any) -> bool:
        """The analyzer's units are pymorphy3's Russian ones, in their order and groups,
        and ``DictionaryWords`` can analyse its dictionary words."""
        units = getattr(raw, "_units", None)
        if not DictionaryWords.usable(raw) or units is None or len(units) != len(UNITS):
            return False
        found = [(type(unit.analyzer), unit.is_terminal) for unit in units]
        return bool(found == [(getattr(pymorphy3.units, name), end) for name, end in UNITS])

    def analyse(self, word: str) -> list[Any] | None:
        """``MorphAnalyzer.parse(word)`` for a word the dictionary does not know (the
        caller has looked) of two or more characters with a Russian letter and no hyphen
        ("бутявка", "«бутявка»"), or of two parts of Russian letters (or numbers) joined by
        a hyphen; None for another word."""
        found = self._analysed(word, word.lower())
        if found is None:
            return None
        new, made = tuple.__new__, self.result_type
        return [new(made, reading) for reading in found]

    def _analysed(self, word: str, lowered: str) -> list[_Reading] | None:
        """``analyse``, as plain tuples."""
        if len(word) < 2:
            return None
        if "-" not in word:
            return None if _RUSSIAN_LETTER.search(word) is None else self._predicted(word, lowered)
        if _HYPHENATED_WORD.fullmatch(word) is None or _RUSSIAN_LETTER.search(word) is None:
            return None
        particles = self.particles.particles_after_hyphen
        if lowered.startswith("по-") or any(lowered.endswith(p) for p in particles):
            return None  # ``HyphenAdverbAnalyzer`` or ``HyphenSeparatedParticleAnalyzer``
        if not self.hyphenated._has_skip_prefix(lowered):
            found = self._hyphenated(lowered)
            if found is not None:
                return found
        # a known prefix ("вице-", "интер"), as for a word with no hyphen
        return self._predicted(word, lowered)

    def _hyphenated(self, lowered: str) -> list[_Reading] | None:
        """``HyphenatedWordsAnalyzer``: a word of two parts ("допинг-тесты"), the first
        inflected as the second or fixed, each part analysed as pymorphy does; None when
        the parts give no parse."""
        unit = self.hyphenated
        left, right = lowered.split("-", 1)
        left_parses, right_parses = self._parsed(left), self._parsed(right)
        multiplier = unit.score_multiplier
        found: list[_Reading] = []
        # both parts inflected alike ("человек-гора"): a reading of the first part with the
        # features (part of speech, number, case, person, tense) of one of the second's
        right_features = [self._features(p[1]) for p in right_parses]
        for fixed, tag, normal, score, stack in left_parses:
            known = self._features(tag)
            if known is None:
                continue
            for i in range(len(right_parses)):
                if right_features[i] == known:
                    r_fixed, _, r_normal, _, r_stack = right_parses[i]
                    found.append(
                        (
                            f"{fixed}-{r_fixed}",
                            tag,
                            f"{normal}-{r_normal}",
                            score * multiplier,
                            ((unit, stack, r_stack),),
                        )
                    )
        # the first part a fixed prefix ("интернет-магазин")
        for r_fixed, tag, r_normal, score, r_stack in right_parses:
            if self._features(tag) is not None:
                found.append(
                    (
                        f"{left}-{r_fixed}",
                        tag,
                        f"{left}-{r_normal}",
                        score * multiplier,
                        ((unit, left, r_stack),),
                    )
                )
        return self._estimated(lowered, found) if found else None

    def _features(self, tag: Any) -> frozenset[str] | None:
        """The grammemes by which ``HyphenatedWordsAnalyzer`` finds two parts inflected
        alike (``_similarity_features``), once per tag; None for a tag of no known part
        of speech, which it leaves out."""
        key = tag._grammemes_tuple
        if key in self.features:
            return self.features[key]
        found = None if tag._is_unknown() else frozenset(self.hyphenated._similarity_features(tag))
        self.features[key] = found
        return found

    def _parsed(self, word: str) -> Sequence[_Reading]:
        """``MorphAnalyzer.parse`` of a word in lower case (the rest after a known
        prefix, a part of a hyphenated word), as tuples."""
        found: Sequence[_Reading] | None = self.words.analyse(word)
        if found is None:
            found = self._analysed(word, word.lower())
        if found is None:
            found = self.raw.parse(word)
        assert found is not None
        return found

    def _predicted(self, word: str, lowered: str) -> list[_Reading]:
        """The predictor's parses of a word the dictionary does not know."""
        seen: set[tuple[str, Any, Any]] = set()
        out: list[_Reading] = []
        # a known prefix before a word pymorphy analyses: "псевдо" + "кошка"
        unit = self.known_prefix
        prefixes = unit.get_prefixes(lowered)
        prefixes.sort(key=len, reverse=True)
        multiplier = unit.score_multiplier
        for prefix in prefixes:
            rest = lowered[len(prefix) :]
            if len(rest) < unit.min_remainder_length:
                continue
            method = (unit, prefix)
            for fixed, tag, normal, score, stack in self._parsed(rest):
                if not tag.is_productive():
                    continue
                try:
                    paradigm: Any = stack[0][2]
                except IndexError:
                    paradigm = None
                key = (prefix + fixed, tag._grammemes_tuple, paradigm)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    (prefix + fixed, tag, prefix + normal, score * multiplier, (*stack, method))
                )
        if not out:
            self._unknown_prefix(lowered, seen, out)
            self._known_suffix(word, lowered, seen, out)
        if not out:
            out.append((lowered, self.unknown._tag, lowered, 1.0, ((self.unknown, word),)))
        return self._estimated(lowered, out)

    def _productive(self, tag_id: int, tag: Any) -> bool:
        """Whether the predictor may use ``tag`` (the dictionary's tag ``tag_id``): a
        productive tag (asked once per tag)."""
        known = self.productive[tag_id]
        if known is None:
            known = bool(tag.is_productive())
            self.productive[tag_id] = known
        return known

    def _unknown_prefix(
        self, lowered: str, seen: set[tuple[str, Any, Any]], out: list[_Reading]
    ) -> None:
        """``UnknownPrefixAnalyzer``: one to five letters before a dictionary word."""
        unit = self.unknown_prefix
        dictionary_unit, multiplier = unit.dict_analyzer, unit.score_multiplier
        words = self.words
        table = words.table
        for prefix, rest in word_splits(lowered):
            method = (unit, prefix)
            for fixed, pairs in words.lookup(table, rest):
                for para_id, idx in pairs:
                    tag_id, tag, _, start, cut, head, tail = words.slot(para_id, idx)
                    if not self._productive(tag_id, tag):
                        continue
                    # the normal form (``DictionaryWords.analyse``)
                    normal = (
                        fixed
                        if idx == 0
                        else head + (fixed[start:-cut] if cut else fixed[start:]) + tail
                    )
                    key = (prefix + fixed, tag._grammemes_tuple, para_id)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append(
                        (
                            prefix + fixed,
                            tag,
                            prefix + normal,
                            1.0 * multiplier,
                            ((dictionary_unit, fixed, para_id, idx), method),
                        )
                    )

    def _known_suffix(
        self, word: str, lowered: str, seen: set[tuple[str, Any, Any]], out: list[_Reading]
    ) -> None:
        """``KnownSuffixAnalyzer``: the word read as the dictionary's words with its
        ending are, by how many of them there are."""
        unit = self.known_suffix
        if len(word) < unit.min_word_length:
            return
        totals: list[Any] = [1] * len(unit._paradigm_prefixes)
        found: list[tuple[Any, str, Any, str, int, Any]] = []
        words = self.words
        fake = unit.fake_dict
        for prefix_id, prefix in unit._paradigm_prefixes:
            if not lowered.startswith(prefix):
                continue
            table = self.suffix_tables[prefix_id]
            for i in unit._prediction_splits:
                start, end = lowered[:-i], lowered[-i:]
                for fixed_suffix, parses in words.lookup(table, end):
                    fixed = start + fixed_suffix
                    method = (unit, fixed_suffix)
                    for cnt, para_id, idx in parses:
                        tag_id, tag, _, at, cut, head, tail = words.slot(para_id, idx)
                        if not self._productive(tag_id, tag):
                            continue
                        totals[prefix_id] += cnt
                        key = (fixed, tag._grammemes_tuple, para_id)
                        if key in seen:
                            continue
                        seen.add(key)
                        # the normal form (``DictionaryWords.analyse``)
                        normal = (
                            fixed
                            if idx == 0
                            else head + (fixed[at:-cut] if cut else fixed[at:]) + tail
                        )
                        found.append(
                            (
                                cnt,
                                fixed,
                                tag,
                                normal,
                                prefix_id,
                                ((fake, fixed, para_id, idx), method),
                            )
                        )
                if totals[prefix_id] > 1:
                    break
        multiplier = unit.score_multiplier
        scored: list[_Reading] = [
            (fixed, tag, normal, cnt / totals[prefix_id] * multiplier, stack)
            for cnt, fixed, tag, normal, prefix_id, stack in found
        ]
        scored.sort(key=_score_of, reverse=True)
        out.extend(scored)

    def _estimated(self, lowered: str, readings: list[_Reading]) -> list[_Reading]:
        """``ProbabilityEstimator.apply_to_parses``: a word with no P(tag|word) gets its
        scores divided by their sum; one with some, those probabilities, most probable
        first."""
        if not self.has_probabilities(f"{lowered}:"):
            # no key of the word: every probability is 0
            k = 1.0 / sum([r[3] for r in readings])
            return [(r[0], r[1], r[2], r[3] * k, r[4]) for r in readings]
        probability = self.probability
        probs = [probability(lowered, r[1]) for r in readings]
        if sum(probs) == 0:
            k = 1.0 / sum([r[3] for r in readings])
            return [(r[0], r[1], r[2], r[3] * k, r[4]) for r in readings]
        scored: list[_Reading] = [
            (readings[i][0], readings[i][1], readings[i][2], probs[i], readings[i][4])
            for i in range(len(readings))
        ]
        scored.sort(key=_score_of, reverse=True)
        return scored


def _score_of(reading: _Reading) -> Any:
    return reading[3]


# razdel's sentence splitter: the characters (and emoticons) it may cut after, how many
# characters on each side of one its rules read, and its rules. Its pattern of delimiters
# (``DELIMITER``: an emoticon ":-)", ";(((" or one of ``DELIMITERS``) is an alternation
# that the regex engine tries at every character; this one starts with one class of
# characters, which it scans for quickly, and finds the same delimiters, and also a ":" or
# "=" that begins no emoticon, which is none.
SENTENCE_DELIMITER: Final = re.compile(f"[{re.escape(DELIMITERS)}=:](?:(?<=[=:;])-?[)(]{{1,3}})?")
NOT_DELIMITERS: Final = frozenset("=:")
# Closing quotes and brackets: razdel joins at one unless a sentence's end comes before it.
_CLOSING: Final = frozenset(CLOSE_QUOTES + CLOSE_BRACKETS)
_WINDOW: Final[int] = sentenize.split.window
# razdel's rules: True to join, else None
_JOINS: Final[Callable[[SentSplit], bool | None]] = sentenize.join


def _joins_at_full_stop(left: str, right: str, word: str, buffer: str) -> bool:
    """What razdel's rules say at a full stop with a space and then ``word`` after it, a
    token not in lower case (so ``no_space_prefix`` and ``lower_right`` said nothing):
    ``left`` and ``right`` are the characters on each side that razdel gives its rules,
    ``buffer`` the text since the last cut. Each rule that can say "join" at a full stop,
    in razdel's order, with razdel's own word lists and tests; the others (quotes,
    brackets) answer only at their own marks."""
    last = LAST_TOKEN.search(left)
    if last is None:  # ``empty_side``: nothing before the stop
        return True
    token = last.group(1)
    # ``delimiter_right``: a closing mark or an emoticon after it
    if word not in GENERIC_QUOTES and (word in DELIMITERS or SMILE_PREFIX.match(right)):
        return True
    # ``sokr_left``: an abbreviation before it ("т. н.", "г.", "ул.")
    lower = token.lower()
    pair = PAIR_SOKR.search(left)
    letters = None if pair is None else (pair.group(1).lower(), pair.group(2).lower())
    if letters in HEAD_PAIR_SOKRS:
        return True
    if letters is not None and letters in PAIR_SOKRS:
        if is_sokr(word):
            return True
    elif lower in HEAD_SOKRS or (lower in SOKRS and is_sokr(word)):
        return True
    # ``inside_pair_sokr``: the stop inside a pair ("т.е.")
    if (lower, word.lower()) in PAIR_SOKRS:
        return True
    # ``initials_left``: an initial ("И.")
    if (token.isupper() and len(token) == 1) or lower in INITIALS:
        return True
    # ``list_item``: a short run of numbers and letters that number a list ("1.", "IV.")
    if len(buffer) <= BULLET_SIZE and all(is_bullet(t) for t in TOKEN.findall(buffer)):
        return True
    # ``dash_right``: a dash and a word in lower case after it
    if word in DASHES:
        after = WORD.search(right)
        if after is not None and is_lower_alpha(after.group(1)):
            return True
    return False


def razdel_sentences(line: str) -> list[tuple[int, int]]:
    """The offsets of ``razdel.sentenize(line)``'s sentences, found with fewer steps.

    razdel cuts a text only at a delimiter, and only where none of its rules says to join
    (every rule answers "join" or nothing, so one "join" decides). Two of them are cheap
    and decide most delimiters: no cut unless a space follows, nor before a word in lower
    case (or before nothing but spaces). Only the other delimiters are put to razdel's
    rules, with what razdel would give them: the characters around the delimiter and the
    text since the last cut (at a full stop, the most common, the rules that can answer
    there are asked directly). Each sentence is what lies between cuts, spaces stripped,
    as razdel finds it in the line.
    """
    sentences: list[tuple[int, int]] = []
    window = _WINDOW
    begin = 0  # where the text since the last cut begins
    found = 0  # where the last sentence ends
    for match in SENTENCE_DELIMITER.finditer(line):
        start, stop = match.span()
        right = line[stop : stop + window]
        if not right[:1].isspace():  # razdel's ``no_space_prefix`` (``empty_side`` at the end)
            continue
        first = FIRST_TOKEN.match(right)
        if first is None:  # ``empty_side``
            continue
        word = first.group(1)
        if word.isalpha() and word.islower():  # ``lower_right``
            continue
        delimiter = match.group()
        left = line[max(0, start - window) : start]
        if delimiter == ".":  # most of them: razdel's rules for a full stop, inlined
            if _joins_at_full_stop(left, right, word, line[begin:start]):
                continue
        elif delimiter in NOT_DELIMITERS:
            continue
        else:
            if delimiter in _CLOSING:  # ``close_quote``, ``close_bracket``: join unless
                last = LAST_TOKEN.search(left)  # the mark closes a sentence ("сказал.»")
                if last is None or last.group(1) not in ENDINGS:
                    continue
            split = SentSplit(left, delimiter, right)
            split.buffer = line[begin:start]
            if _JOINS(split):
                continue
        chunk = line[begin:stop].strip()
        at = line.find(chunk, found)
        found = at + len(chunk)
        sentences.append((at, found))
        begin = stop
    chunk = line[begin:].strip()
    at = line.find(chunk, found)
    sentences.append((at, at + len(chunk)))
    return sentences
