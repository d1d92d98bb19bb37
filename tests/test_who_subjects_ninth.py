"""Who, exactly (round nine, grammar and clauses).

Subjects: a gerund's or participle's phrase set off by commas between the subject and its
verb is skipped whole, a clause of its own inside it included ("Адвокат, ссылаясь на то,
что подзащитный раскаялся, попросил"). A noun whose nominative is a plural although its
first reading is a singular ("дочери", "матери") is the subject of a plural verb and is
named in the plural ("сообщили его дочери"); a word a preposition governs in the sentence
before is never the subject a verb with none of its own goes on from ("Состояние у дочери
певца тяжёлое. Сообщили, что …").

Our own sentences; rows that must stay as they are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor
from eventkit.clause.clauses import subject_candidates
from eventkit.text.analysis import analyse


def _subject(text: str, verb: str) -> list[str]:
    sentence = analyse(text).sentences[0]
    at = next(i for i, t in enumerate(sentence.tokens) if t.value == verb)
    return [m.name for m in subject_candidates(sentence, text, at)]


A_PHRASE_WITH_A_CLAUSE_INSIDE = [
    pytest.param(
        "Адвокат, ссылаясь на то, что подзащитный раскаялся, попросил о снисхождении.",
        "попросил",
        ["адвокат"],
        id="gerund-with-a-that-clause",
    ),
    pytest.param(
        "Прокурор Ирина Белова, указав на то, что ущерб возмещён, согласилась на отсрочку.",
        "согласилась",
        ["Ирина Белова"],
        id="perfective-gerund-with-a-that-clause",
    ),
    pytest.param(
        "Министр Олег Зуев, участвовавший в том, что закон приняли, заявил о поправках.",
        "заявил",
        ["Олег Зуев"],
        id="participle-with-a-that-clause",
    ),
    pytest.param(
        "Журналист, узнав, что министр уехал, позвонил его заместителю.",
        "позвонил",
        ["журналист"],
        id="gerund-then-its-clause",
    ),
    # the verb inside the clause keeps the clause's own subject
    pytest.param(
        "Журналист узнал, что министр, сославшись на болезнь, отменил визит.",
        "отменил",
        ["министр"],
        id="the-inner-verb-keeps-its-subject",
    ),
    # a nearer subject after "а" is the one
    pytest.param(
        "Адвокат ушёл, а судья, узнав, что прокурор болен, объявил перерыв.",
        "объявил",
        ["судья"],
        id="a-nearer-subject-wins",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), A_PHRASE_WITH_A_CLAUSE_INSIDE)
def test_a_phrase_with_a_clause_inside(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


A_PLURAL_AS_A_NOMINATIVE = [
    pytest.param(
        "Певец умер вечером, сообщили его дочери.", "сообщили", ["дочери"], id="daughters"
    ),
    pytest.param(
        "Об этом рассказали матери погибших.",
        "рассказали",
        ["матери погибших"],
        id="mothers-of-the-dead",
    ),
    # a singular verb keeps the singular
    pytest.param("Об этом рассказала дочь певца.", "рассказала", ["дочь певца"], id="one-daughter"),
    # a dative addressee after another subject stays no subject
    pytest.param(
        "Врач сказал дочери певца, что операция прошла успешно.",
        "сказал",
        ["врач"],
        id="told-the-daughter",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), A_PLURAL_AS_A_NOMINATIVE)
def test_a_plural_as_a_nominative(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


def test_daughters_speak(extractor: Extractor) -> None:
    assert speakers(extractor, "Певец умер вечером, сообщили его дочери.") == ["дочери"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "у дочери" was no subject: a plural verb with none goes on from nobody
        pytest.param(
            "Состояние у дочери певца тяжёлое. Сообщили, что операция прошла успешно.",
            [],
            id="governed-in-the-sentence-before",
        ),
        pytest.param(
            "Состояние у дочери певца тяжёлое. В больнице сообщили, что операция прошла успешно.",
            ["больница"],
            id="the-source-phrase-speaks",
        ),
        # the subject of the sentence before still goes on
        pytest.param(
            "Дочери певца приехали в клинику. Сообщили, что операция прошла успешно.",
            ["дочери певца"],
            id="a-real-subject-goes-on",
        ),
    ],
)
def test_elided_subject_after_a_governed_word(
    extractor: Extractor, text: str, said: list[str]
) -> None:
    assert speakers(extractor, text) == said
