"""Merging names across documents: conservative, on small corpora written for each rule."""

from __future__ import annotations

import pytest
from _corpus import actor, document, meeting, statement

from eventkit.corpus import Corpus, build_corpus
from eventkit.corpus.names import clean_person, fold, is_named


def merged(*names: str | tuple[str, str]) -> Corpus:
    """A corpus with one document per name, each name the speaker of one statement."""
    records = []
    for number, item in enumerate(names):
        name, kind = (item, "PER") if isinstance(item, str) else item
        records.append(document(f"d{number}", statement(actor(name, kind), "всё хорошо")))
    return build_corpus(records)


def groups(corpus: Corpus) -> set[frozenset[str]]:
    """The variants of every entity, as sets of names."""
    return {frozenset(name for name, _ in e.variants) for e in corpus.entities}


def named(corpus: Corpus, name: str) -> int:
    [entity] = [e for e in corpus.entities if name in dict(e.variants)]
    return entity.id


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(
            ["Иван Петров", "Иван Петров", "Петров"],
            [{"Иван Петров", "Петров"}],
            id="bare-surname-unambiguous",
        ),
        pytest.param(
            ["Иван Петров", "Олег Петров", "Петров"],
            [{"Иван Петров"}, {"Олег Петров"}, {"Петров"}],
            id="same-surname-different-people",
        ),
        pytest.param(
            ["Иван Петров", "И. Петров", "Петров И."],
            [{"Иван Петров", "И. Петров", "Петров И."}],
            id="initials",
        ),
        pytest.param(
            ["Иван Петров", "Игорь Петров", "И. Петров"],
            [{"Иван Петров"}, {"Игорь Петров"}, {"И. Петров"}],
            id="initials-ambiguous",
        ),
        pytest.param(
            ["Олег Петров", "И. Петров"],
            [{"Олег Петров"}, {"И. Петров"}],
            id="initials-other-given-name",
        ),
        pytest.param(
            ["Касым-Жомарт Токаев", "К.-Ж. Токаев", "К. Токаев"],
            [{"Касым-Жомарт Токаев", "К.-Ж. Токаев", "К. Токаев"}],
            id="hyphenated-initials",
        ),
        pytest.param(
            ["Иван Иванович Петров", "Иван Петров", "Петров И. И.", "И.И. Петров"],
            [{"Иван Иванович Петров", "Иван Петров", "Петров И. И.", "И.И. Петров"}],
            id="patronymic",
        ),
        pytest.param(
            ["Иван Иванович Петров", "Иван Сергеевич Петров", "Иван Петров"],
            [{"Иван Иванович Петров"}, {"Иван Сергеевич Петров"}, {"Иван Петров"}],
            id="patronymics-differ",
        ),
        pytest.param(
            ["Анна Смирнова", "Олег Смирнов", "Смирнова", "Смирнов"],
            [{"Анна Смирнова", "Смирнова"}, {"Олег Смирнов", "Смирнов"}],
            id="feminine-forms",
        ),
        pytest.param(
            ["Анна Смирнова", "Смирнов"],
            [{"Анна Смирнова"}, {"Смирнов"}],
            id="masculine-surname-not-feminine",
        ),
        pytest.param(
            ["Пётр Порошенко", "Петр Порошенко", "ПЕТР ПОРОШЕНКО", "Порошенко"],
            [{"Пётр Порошенко", "Петр Порошенко", "ПЕТР ПОРОШЕНКО", "Порошенко"}],
            id="yo-and-case",
        ),
        pytest.param(
            # "П" + Latin "e" + "тров": a typing slip, the same name.
            ["Иван Петров", "Иван П\u0065тров"],
            [{"Иван Петров", "Иван П\u0065тров"}],
            id="latin-lookalike-letter",
        ),
        pytest.param(
            ["Мейрид Корриган Магуайр", "Мейрид Магуайр"],
            [{"Мейрид Корриган Магуайр"}, {"Мейрид Магуайр"}],
            id="three-words-agree-word-for-word",
        ),
        pytest.param(
            ["Марк Цукерберг", "Facebook Марк Цукерберг"],
            [{"Марк Цукерберг", "Facebook Марк Цукерберг"}],
            id="organization-before-name",
        ),
        pytest.param(
            [("Forbes", "ORG"), ("«Forbes»", "ORG"), ("Форбс", "ORG")],
            [{"Forbes", "«Forbes»"}, {"Форбс"}],
            id="quotes-yes-transliteration-no",
        ),
        pytest.param(
            [("Россия", "GPE"), ("Россия", "GPE"), ("Россия", "ORG")],
            [{"Россия"}],
            id="organization-or-place",
        ),
    ],
)
def test_merging(names: list[str | tuple[str, str]], expected: list[set[str]]) -> None:
    assert groups(merged(*names)) == {frozenset(g) for g in expected}


def test_a_bare_surname_says_what_it_could_be() -> None:
    corpus = merged("Иван Петров", "Олег Петров", "Петров")
    bare = corpus.entity(named(corpus, "Петров"))
    assert {corpus.entity(i).name for i in bare.ambiguous} == {"Иван Петров", "Олег Петров"}


def test_a_given_name_alone_is_not_merged_across_documents() -> None:
    corpus = merged("Борис", "Борис", "Борис Джонсон")
    assert sorted(len(e.variants) for e in corpus.entities) == [1, 1, 1]
    assert len(corpus.entities) == 3


def test_a_leading_adverb_is_not_a_name() -> None:
    # "Позже Борис сказал ...": the extractor took the adverb for a given name.
    assert clean_person("Позже Борис") == "Борис"
    assert clean_person("Хотя Круз") == "Круз"
    assert clean_person("Иван Петров") == "Иван Петров"
    corpus = merged("Позже Борис", "Борис Джонсон")
    assert groups(corpus) == {frozenset({"Позже Борис"}), frozenset({"Борис Джонсон"})}


def test_the_display_name_is_the_full_one() -> None:
    corpus = merged("Джобс", "Джобс", "Стив Джобс")
    [entity] = corpus.entities
    assert entity.name == "Стив Джобс"
    assert entity.mentions == 3
    assert entity.variants == (("Джобс", 2), ("Стив Джобс", 1))


@pytest.mark.parametrize(
    ("name", "kind", "mid", "expected"),
    [
        pytest.param("она", "PER", False, False, id="pronoun"),
        pytest.param("Она", "PER", True, False, id="pronoun-capital"),
        pytest.param("полиция", "ORG", False, False, id="common-noun"),
        pytest.param("Полиция", "ORG", False, False, id="common-noun-sentence-start"),
        pytest.param("местные СМИ", "ORG", True, False, id="generic-acronym"),
        pytest.param("«вруном»", "ORG", True, False, id="quoted-lowercase"),
        pytest.param("первый заместитель министра", "PER", False, False, id="description"),
        pytest.param("Мадонна", "PER", False, False, id="common-noun-at-start"),
        pytest.param("Мадонна", "PER", True, True, id="common-noun-mid-sentence"),
        pytest.param("Иван Петров", "PER", False, True, id="person"),
        pytest.param("Мухаммед бин Салман", "PER", False, True, id="particle"),
        pytest.param("Госдума", "ORG", False, True, id="organization"),
        pytest.param("Комитет Госдумы по науке", "ORG", False, True, id="organization-phrase"),
        pytest.param("Forbes", "ORG", False, True, id="latin"),
        pytest.param("РБК", "ORG", False, True, id="acronym"),
        pytest.param("Россия", "GPE", False, True, id="place"),
    ],
)
def test_is_named(name: str, kind: str, mid: bool, expected: bool) -> None:
    assert is_named(name, kind, capitalized_mid_sentence=mid) is expected


def test_unnamed_actors_stay_in_events_without_an_entity() -> None:
    corpus = build_corpus(
        [
            document("a", meeting(actor("Иван Петров"), actor("она", text="ней"))),
            document("b", statement(actor("Полиция", "ORG", start=0), "всё спокойно")),
        ]
    )
    assert [e.name for e in corpus.entities] == ["Иван Петров"]
    assert corpus.unnamed == 2
    assert [a.entity for a in corpus.events[0].actors] == [1, None]
    assert corpus.events[1].actors[0].name == "Полиция"


def test_a_capital_inside_the_sentence_anywhere_names_it_everywhere() -> None:
    # "Мадонна" opens the sentence in one document (no evidence) and stands inside one in
    # the other: both mentions are the singer.
    corpus = build_corpus(
        [
            document("a", statement(actor("Мадонна", start=0), "концерт перенесён")),
            document("b", statement(actor("Мадонна", text="певица Мадонна"), "я вернусь")),
        ]
    )
    [entity] = corpus.entities
    assert entity.mentions == 2
    assert entity.documents == ("a", "b")


def test_fold() -> None:
    assert fold(" «Пётр  Порошенко» ") == "петр порошенко"
    assert fold("Касым – Жомарт") == "касым-жомарт"
