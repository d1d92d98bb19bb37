"""Resolution finds the people of a document by itself: a pack's events name the same
people whichever other packs ran (the index no longer reads what other rules cached)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventkit import Extractor
from eventkit.grammar.actors import may_name_a_person, mentions
from eventkit.resolve.document import resolve_document
from eventkit.text.analysis import analyse

FILLER = (
    "Сделка прошла в среду. Цена не раскрывается. Рынок отреагировал спокойно. "
    "Акции выросли на два процента. Аналитики ждут новых покупок. "
)

CASES = [
    pytest.param(
        "Игорь Сечин купил контрольный пакет акций компании «Нефтегаз» за 2 млрд рублей. "
        + FILLER
        + "Сечин заявил, что компания продолжит рост.",
        "Игорь Сечин",
        id="full-name-far-before",
    ),
    pytest.param(
        "Мария Котова купила долю в банке «Север» за 300 млн рублей. "
        + FILLER
        + "Котова заявила, что банк будет расти.",
        "Мария Котова",
        id="feminine-full-name-far-before",
    ),
]


def _speakers(packs: list[str], text: str) -> list[str]:
    document = Extractor(packs=packs).extract(text)
    return [e.speaker.name for e in document.events if e.type == "Statement"]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_speaker_is_the_same_with_and_without_another_pack(text: str, name: str) -> None:
    alone = _speakers(["news"], text)
    assert alone == _speakers(["news", "deals"], text)
    assert alone == [name]


def test_nothing_cached_by_rules_is_needed() -> None:
    # The index parses the sentences it needs itself: a fresh analysis, no rule run on it.
    text = "Игорь Сечин прилетел в Москву. " + FILLER + "Сечин заявил, что рост продолжится."
    extractor = Extractor(packs=["news"])
    statements = [e for e in extractor.extract(text).events if e.type == "Statement"]
    assert statements
    analysed = analyse(text)
    assert not any(s.cache for s in analysed.sentences)
    [resolved] = [e for e in resolve_document(analysed, statements)[0] if e.type == "Statement"]
    assert resolved.speaker.name == "Игорь Сечин"


def test_same_words_in_another_case_are_not_a_fuller_name() -> None:
    text = "Папа Римский Бенедикт XVI прибыл в Мадрид. Бенедикт XVI заявил, что рад встрече."
    assert _speakers(["news"], text) == ["Бенедикт XVI"]


def test_the_cheap_scan_never_skips_a_named_person(shared: Path) -> None:
    # Over every sentence of the Wikinews dev texts: where the scan says "no name", the
    # actor grammar finds no named person either (so skipping the parse changes nothing).
    skipped = 0
    for line in (shared / "data" / "wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for sentence in analyse(text).sentences:
            if may_name_a_person(sentence.tokens):
                continue
            skipped += 1
            named = [
                m
                for m in mentions(sentence, text)
                if m.kind == "PER" and not m.pronoun and not m.description and m.name != m.title
            ]
            assert named == [], sentence.text_of(text)
    assert skipped > 20


def test_the_index_ignores_what_rules_parsed(shared: Path) -> None:
    """Over news-corpus documents holding sentences the cheap scan rules out but a parse
    finds a name in ("Рено санкционировала …"): the people the index gives are the same
    whether or not a rule parsed those sentences first."""
    from eventkit.resolve.people_index import PeopleIndex

    lines = (shared / "data" / "news-corpus.jsonl").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines:
        text = json.loads(line)["text"]
        probe = analyse(text)
        ruled_out = [
            s for s in probe.sentences if not may_name_a_person(s.tokens) and mentions(s, text)
        ]
        named = [
            m
            for s in ruled_out
            for m in mentions(s, text)
            if m.kind == "PER" and not m.pronoun and not m.description and m.name != m.title
        ]
        if not named:
            continue
        fresh, parsed = analyse(text), analyse(text)
        for sentence in parsed.sentences:
            mentions(sentence, text)  # as if every rule had parsed every sentence
        people = [
            [m.name for m in PeopleIndex(a).near(s.end - 1)]
            for a in (fresh, parsed)
            for s in a.sentences
        ]
        half = len(people) // 2
        assert people[:half] == people[half:]
        checked += 1
        if checked == 3:
            break
    assert checked == 3


def test_capital_is_isupper_of_the_first_character() -> None:
    # the indexes' fast test of a capital agrees with ``str.isupper`` on every character
    from eventkit.resolve.people_index import _capital

    assert not _capital("")
    wrong = [c for c in map(chr, range(0x3000)) if _capital(c + "x") != c.isupper()]
    assert wrong == []


def test_named_people_are_the_same_when_asked_again() -> None:
    # the people of a sentence, kept once found, answer a second question as the first,
    # and a caller that changes the list it got changes nothing for the next one
    from eventkit.resolve.people_index import PeopleIndex

    text = "Игорь Сечин и Мария Котова прилетели в Казань. Они встретились с Олегом Сомовым."
    people = PeopleIndex(analyse(text))
    first = [(m.name, m.start) for m in people.near(len(text) - 2)]
    assert ("Игорь Сечин", 0) in first
    assert ("Олег Сомов", text.index("Олегом")) in first
    for _, named in people.backwards(len(text) - 2):
        named.clear()
    assert [(m.name, m.start) for m in people.near(len(text) - 2)] == first
    # the people of the sentences where a name may end in the surname
    assert [m.name for m in people.with_surname("Сечина")] == ["Игорь Сечин", "Мария Котова"]
    assert [m.name for m in people.with_surname("Сечина")] == ["Игорь Сечин", "Мария Котова"]
