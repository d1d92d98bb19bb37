"""Morphology on pymorphy3: nominative names respecting gender, the C DAWG, the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_dir
from razdel import tokenize

from eventkit import speedups
from eventkit.text.morph import Morph, get_morph


def test_c_dawg_extension_is_used() -> None:
    assert get_morph().uses_c_dawg, "dawg2 is a dependency; pymorphy3 should pick it up"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(["Анной", "Петровой"], ["Анна", "Петрова"], id="female-instrumental"),
        pytest.param(["Мухтаром", "Тлеуберди"], ["Мухтар", "Тлеуберди"], id="kazakh-unknown"),
        pytest.param(["Ивану", "Сидорову"], ["Иван", "Сидоров"], id="male-dative"),
        pytest.param(["Марии", "Смирновой"], ["Мария", "Смирнова"], id="female-genitive"),
        pytest.param(["Си", "Цзиньпин"], ["Си", "Цзиньпин"], id="chinese-nominative"),
        pytest.param(["Ольга", "Ковальчук"], ["Ольга", "Ковальчук"], id="already-nominative"),
    ],
)
def test_person_nominative(words: list[str], expected: list[str]) -> None:
    assert get_morph().person_nominative(words) == expected


def test_case_hint_declines_unknown_foreign_surname() -> None:
    assert get_morph().person_nominative(["Данг", "Кхоем"], "ablt") == ["Данг", "Кхой"]


def test_phrase_nominative_keeps_dependents() -> None:
    words = ["главой", "канцелярии", "Комиссии"]
    assert get_morph().phrase_nominative(words, 0) == ["глава", "канцелярии", "Комиссии"]


def test_analyses_are_cached_per_form() -> None:
    morph = get_morph()
    first = morph("переговоры")
    assert morph("переговоры") is first


def test_nominatives_are_remembered_as_computed() -> None:
    from eventkit import speedups

    morph = get_morph()
    first = morph.person_nominative(["Анной", "Петровой"])
    first.append("changed by the caller")
    again = morph.person_nominative(["Анной", "Петровой"])
    assert again == ["Анна", "Петрова"]
    phrase = morph.phrase_nominative(["главой", "МИД"], 0, lemmas={"глава"})
    with speedups.reference_path():  # computed afresh, no cache
        assert morph.person_nominative(["Анной", "Петровой"]) == again
        assert morph.phrase_nominative(["главой", "МИД"], 0, lemmas={"глава"}) == phrase
    # another hint is another question
    assert ("person", "ablt", "Анной", "Петровой") not in morph._phrases
    morph.person_nominative(["Анной", "Петровой"], "ablt")
    assert ("person", "ablt", "Анной", "Петровой") in morph._phrases


ADJECTIVAL_SURNAMES = [
    # surnames declined like adjectives, known to the dictionary only through a prefix
    (["Олега", "Верхнедольского"], ["Олег", "Верхнедольский"]),
    (["Олегом", "Верхнедольским"], ["Олег", "Верхнедольский"]),
    (["Ирину", "Верхнедольскую"], ["Ирина", "Верхнедольская"]),
    (["Ириной", "Верхнедольской"], ["Ирина", "Верхнедольская"]),
    # already nominative: as written
    (["Олег", "Верхнедольский"], ["Олег", "Верхнедольский"]),
    # no surname of that kind: the "-ского" paradigm does not apply
    (["Олега", "Петрова"], ["Олег", "Петров"]),
]


@pytest.mark.parametrize(("words", "nominative"), ADJECTIVAL_SURNAMES)
def test_an_adjectival_surname_goes_into_the_nominative(
    words: list[str], nominative: list[str]
) -> None:
    assert get_morph().person_nominative(words) == nominative


# Words of every kind: dictionary words with "ё" written or not, names, capitals, one-letter
# initials, hyphenated, unknown, Latin, numbers and punctuation.
AWKWARD_WORDS = [
    "ёлка", "елка", "Ёлкой", "ещё", "ЕЩЕ", "мёдом", "переговоры", "Анной", "Петровой", "В",
    "А", "Ж", "я", "МИД", "ООН", "Санкт-Петербурга", "из-за", "кое-кто", "Цзиньпин",
    "Тлеуберди", "бутербродище", "quantum", "XIV", "2024", "12,5", "«", "—", "стали", "Стали",
]  # fmt: skip


def _words_to_compare(shared_dir: Path) -> list[str]:
    words = list(AWKWARD_WORDS)
    corpus = shared_dir / "data" / "news-corpus.jsonl"
    if corpus.exists():
        lines = corpus.read_text(encoding="utf-8").splitlines()[::25]
        words += [t.text for line in lines for t in tokenize(json.loads(line)["text"])]
    return list(dict.fromkeys(words))


def test_dictionary_words_are_analysed_as_pymorphy_does() -> None:
    """The direct analysis of dictionary words (``Morph.parses``) gives pymorphy's parses:
    the same words, tags, normal forms, scores, order and method stacks, known to the
    dictionary as pymorphy says."""
    morph = Morph()
    direct = morph._dictionary
    assert direct is not None, "pymorphy3's units are as the direct analysis expects"
    words = _words_to_compare(shared_dir())
    analysed = 0
    for word in words:
        got, expected = morph.parses(word), morph.raw.parse(word)
        assert [tuple(p) for p in got] == [tuple(p) for p in expected], word
        assert all(isinstance(p, type(morph.raw.parse("и")[0])) for p in got), word
        assert [p.is_known for p in got] == [p.is_known for p in expected], word
        assert [tuple(p.normalized) for p in got] == [tuple(p.normalized) for p in expected]
        assert [type(p.normalized) for p in got] == [type(p.normalized) for p in expected]
        analysed += direct.analyse(word) is not None
    assert analysed > len(words) / 2
    fast = morph.parses("Ёлкой")
    with speedups.reference_path():  # pymorphy's own analyses, kept apart
        reference = morph.parses("Ёлкой")
    assert reference is not fast
    assert [tuple(p) for p in reference] == [tuple(p) for p in fast]


def test_a_paradigm_form_s_slot_is_its_arrays() -> None:
    """``DictionaryWords.slot`` (kept per paradigm and form) gives the form's tag and the
    pieces of its normal form that pymorphy's dictionary reads from the paradigm's arrays,
    asked once or again, and the normal form made of them is pymorphy's."""
    morph = Morph()
    direct = morph._dictionary
    assert direct is not None
    dictionary = morph.raw.dictionary
    prefixes, suffixes = dictionary.paradigm_prefixes, dictionary.suffixes
    for para_id in range(0, len(dictionary.paradigms), 97):
        paradigm = dictionary.paradigms[para_id]
        third = len(paradigm) // 3
        for idx in list(range(third)) + list(range(third - 1, -1, -1)):  # then from the cache
            tag_id, tag, text, start, cut, head, tail = direct.slot(para_id, idx)
            assert tag_id == paradigm[third + idx]
            assert tag is dictionary.gramtab[tag_id]
            assert text == str(tag)
            assert start == len(prefixes[paradigm[2 * third + idx]])
            assert cut == len(suffixes[paradigm[idx]])
            assert (head, tail) == (prefixes[paradigm[2 * third]], suffixes[paradigm[0]])
            # a word in that form: its prefix, a stem, its suffix
            fixed = prefixes[paradigm[2 * third + idx]] + "бутявк" + suffixes[paradigm[idx]]
            normal = head + (fixed[start:-cut] if cut else fixed[start:]) + tail
            assert normal == dictionary.build_normal_form(para_id, idx, fixed)


# Words with an "е" the dictionary (or a table of endings) may spell "ё": at the start, in
# the middle, twice, at the end; spelled "ё" already; none; and words of none of its keys.
YO_WORDS = [
    "елка", "ежик", "еще", "все", "ее", "её", "еее", "ещеее", "ёе", "береза", "передел",
    "пенек", "мед", "черт", "лед", "зеленый", "отчет", "четче", "шел", "елочкой", "ель",
    "кошка", "стали", "бутявке", "ебутявкае", "е", "ё",
]  # fmt: skip


def test_a_word_s_spellings_are_the_dawg_s_similar_items() -> None:
    """``DictionaryWords.lookup`` (the word alone unless a key begins as a spelling with
    "ё" would) finds what ``similar_items`` with pymorphy's substitutions does, in its
    order, in the dictionary's words (as records and as plain bytes) and in the tables of
    endings."""
    morph = Morph()
    direct = morph._dictionary
    assert direct is not None
    assert direct.yo_only
    assert direct.values is not None
    dictionary, substitutes = morph.raw.dictionary, morph.raw.char_substitutes
    words = YO_WORDS + _words_to_compare(shared_dir())[::7]
    tables = [dictionary.words, direct.values, *dictionary.prediction_suffixes_dawgs]
    spelled = 0
    for word in dict.fromkeys(w.lower() for w in words):
        for table in tables:
            for key in [word, *(word[-i:] for i in range(1, 6) if i < len(word))]:
                expected = table.similar_items(key, substitutes)
                assert direct.lookup(table, key) == expected, (key, table)
                spelled += any(found != key for found, _ in expected)
    assert spelled > 10  # the spellings with "ё" were put to the test


# Words no dictionary has, of Russian letters only: made up, with known prefixes ("псевдо",
# "анти", "вице"), the paradigm prefixes of the endings' tables ("по", "наи"), capitals,
# "ё", an ending the table spells with "ё", very long, two and three letters.
UNKNOWN_WORDS = [
    "бутявка", "Бутявкой", "БУТЯВКИ", "псевдокошка", "ПСЕВДОКОШКОЙ", "антибутявочный",
    "наибутявейший", "побутявски", "побутявкать", "Ёжиковщина", "ёжиковщина", "квазибутявка",
    "архибутявочка", "вицебутявка", "переподзаговорщицей", "бутявкаещё", "йй", "ЪЪ", "ыыы",
    "ь" * 40, "бутявка" * 9, "Шольцем", "Цзиньпином", "Пашиняном", "Мбаппе", "Нгуен", "Жжжж",
    "ООНовский", "СНГшный", "антиантиантикошка",
    # with other characters than letters: quotes, brackets, punctuation, digits, Latin,
    # a space; a known prefix before digits or Latin
    "«бутявка", "бутявка»", "«Бутявки»", "(бутявка)", "бутявка,", "т.е.", "Б.", "бутявка2",
    "2бутявка", "бутявка" + "XL", "бутявка кошка", "анти123", "анти" + "XYZ", "вице«бутявка»", "5й",
]  # fmt: skip


# Hyphenated words: two parts analysed directly (numbers, one letter, capitals, "ё"), a known
# prefix before one ("до", "анти", "вице-"), and words another unit of pymorphy reads
# (a particle after the hyphen, "по-") or which it does not treat as two parts (two
# hyphens, a hyphen at an end, Latin), which go to pymorphy itself.
HYPHENATED_DIRECT = [
    "бутявко-кошка", "20-бутявочная", "Бутявко-Тестами", "ф-бутявка", "бутявка-ф",
    "ё-бутявка", "Бутявка-Бутявкович", "1-бутявка", "северо-бутявский", "БПТС-бутявка",
    "вице-бутявка", "антибутявка-кошка", "Допинг-Тестами", "добутявка-кошками", "бутявка-20",
    "ДНР-ЛНР", "интербутявка-20",
]  # fmt: skip
HYPHENATED_OTHERS = [
    "бутявка-то", "Бутявка-ка", "по-бутявски", "а-то", "бутявка-кошка-собака", "-бутявка",
    "бутявка-", "covid-19", "1-2", "XX-бутявка", "«бутявка-кошка»",
]  # fmt: skip


def _unknown_words_to_compare(shared_dir: Path, morph: Morph) -> list[str]:
    words = list(UNKNOWN_WORDS) + HYPHENATED_DIRECT + HYPHENATED_OTHERS + AWKWARD_WORDS
    for name in ("news-corpus.jsonl", "factru-dev.jsonl"):
        path = shared_dir / "data" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                words += [t.text for t in tokenize(json.loads(line)["text"])]
    direct = morph._dictionary
    assert direct is not None
    return [w for w in dict.fromkeys(words) if direct.analyse(w) is None]


def test_unknown_words_are_analysed_as_pymorphy_does() -> None:
    """The direct analysis of words the dictionary does not know (``Morph.parses``) gives
    pymorphy's parses, as its predictor makes them: the same words, tags, normal forms,
    scores, order, method stacks and class; on every unknown word of the corpus and
    factru-dev, and made-up ones."""
    morph = Morph()
    predicted = morph._predicted
    assert predicted is not None, "pymorphy3's units are as the direct analysis expects"
    words = _unknown_words_to_compare(shared_dir(), morph)
    analysed = 0
    for word in words:
        got, expected = morph.parses(word), morph.raw.parse(word)
        assert [tuple(p) for p in got] == [tuple(p) for p in expected], word
        assert [type(p) for p in got] == [type(p) for p in expected], word
        assert [p.is_known for p in got] == [p.is_known for p in expected], word
        assert [tuple(p.normalized) for p in got] == [tuple(p.normalized) for p in expected]
        analysed += predicted.analyse(word) is not None
    # the made-up words all, and most of a corpus's (the rest: numbers, Latin, hyphens)
    assert all(predicted.analyse(w) is not None for w in UNKNOWN_WORDS + HYPHENATED_DIRECT)
    assert all(predicted.analyse(w) is None for w in HYPHENATED_OTHERS)
    assert analysed >= len(UNKNOWN_WORDS)
    if (shared_dir() / "data" / "news-corpus.jsonl").exists():
        assert analysed > 3000


REQUIRED_GRAMMEMES = [
    {"nomn"}, {"nomn", "sing"}, {"nomn", "plur"}, {"gent"}, {"datv", "plur"}, {"ablt", "femn"},
    {"loc2"}, {"gen2", "sing"}, {"voct"}, {"past", "femn"}, {"INFN"}, {"Cmp2"}, {"Name"},
]  # fmt: skip


def test_inflection_is_pymorphy_s() -> None:
    """The direct inflection of dictionary words' parses (``Morph._inflected``) gives the
    parse pymorphy's ``Parse.inflect`` gives (or None), of its class, for every parse of a
    corpus sample and grammemes of every kind, rare cases too; predicted words' parses go
    to pymorphy."""
    morph = Morph()
    assert morph._inflections is not None, "pymorphy3's inflection is as expected"
    words = _words_to_compare(shared_dir())[::4] + UNKNOWN_WORDS
    direct = 0
    for word in words:
        for parse in morph.parses(word):
            for grams in REQUIRED_GRAMMEMES:
                got, expected = morph._inflected(parse, set(grams)), parse.inflect(set(grams))
                assert (got is None) == (expected is None), (word, parse, grams)
                if got is not None:
                    assert tuple(got) == tuple(expected), (word, parse, grams)
                    assert type(got) is type(expected)
            direct += len(parse.methods_stack) == 1
    assert direct > 1000
    for word in ("стали", "Анной"):  # a grammeme pymorphy does not know: its error
        for parse in morph.parses(word):
            with pytest.raises(ValueError, match="Unknown grammeme"):
                parse.inflect({"nomn", "nonsense"})
            with pytest.raises(ValueError, match="Unknown grammeme"):
                morph._inflected(parse, {"nomn", "nonsense"})


def _name_runs(shared_dir: Path) -> list[list[str]]:
    """Runs of one to three capitalized Russian words (most of a corpus's names, and many
    other capitalized words) of a corpus sample, and made-up and awkward ones."""
    runs = [["Анной", "Петровой"], ["Данг", "Кхоем"], ["Бутявкой"], ["Шольцем"], ["Анне"]]
    corpus = shared_dir / "data" / "news-corpus.jsonl"
    if corpus.exists():
        lines = corpus.read_text(encoding="utf-8").splitlines()[::8]
        for line in lines:
            words = [t.text for t in tokenize(json.loads(line)["text"])]
            run: list[str] = []
            for word in [*words, "."]:
                if (
                    word[:1].isupper()
                    and word.isalpha()
                    and word[:1] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                ):
                    run.append(word)
                    continue
                for size in range(1, min(len(run), 3) + 1):
                    runs.append(run[-size:])
                run = []
    return list({tuple(r): r for r in runs}.values())


def test_nominatives_are_the_reference_path_s() -> None:
    """The nominatives of names and phrases as the fast path computes them (a tag's case,
    gender and number as plain strings, kept per tag; the dictionary's inflection) are the
    reference path's, on a fresh analyzer, for every run of capitalized words of a corpus
    sample in every case hint, and the phrases of its lower-case words."""
    morph = Morph()
    runs = _name_runs(shared_dir())
    compared = 0
    for words in runs:
        for hint in (None, "nomn", "gent", "accs", "datv", "ablt", "loct"):
            fast = morph._person_nominative(words, hint)
            with speedups.reference_path():
                assert morph._person_nominative(words, hint) == fast, (words, hint)
            compared += fast != words
    if (shared_dir() / "data" / "news-corpus.jsonl").exists():
        assert compared > 1000
    phrases = [r for r in runs if len(r) > 1] + [
        ["главой", "канцелярии", "Комиссии"],
        ["Зимнего", "дворца"],
        ["новым", "премьером"],
        ["верховному", "комиссару"],
    ]
    for words in phrases:
        lowered = [w.lower() for w in words]
        for head in range(len(words)):
            for case in (None, "gent", "ablt", "loct"):
                fast = morph._phrase_nominative(lowered, head, case, frozenset())
                with speedups.reference_path():
                    expected = morph._phrase_nominative(lowered, head, case, frozenset())
                assert fast == expected, (lowered, head, case)
