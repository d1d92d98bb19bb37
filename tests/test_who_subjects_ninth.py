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
from eventkit.text.quotes import as_guillemets


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


# "автор «Бега» и «Дома» сказал": the names listed after a quoted name that closes a
# person's description are more of that person's works, no subject of their own.
A_LIST_OF_WORKS = [
    pytest.param(
        "Автор «Бега» и «Дома» сказал, что уходит.", "сказал", ["автор «Бега»"], id="two-works"
    ),
    pytest.param(
        "Режиссёр «Сталкера», «Зеркала» и «Соляриса» сказал, что фильм закончен.",
        "сказал",
        ["режиссёр «Сталкера»"],
        id="three-works",
    ),
    # a plural verb may join an organization to the person
    pytest.param(
        "Директор «Ленкома» и «Современник» заявили, что гастроли отменены.",
        "заявили",
        ["директор «Ленкома»", "«Современник»"],
        id="a-plural-verb-joins-them",
    ),
    # a name after a clause of its own stays its verb's subject
    pytest.param(
        "Зрители хвалили «Бег», и «Современник» заявил, что гастроли продлены.",
        "заявил",
        ["«Современник»"],
        id="a-clause-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), A_LIST_OF_WORKS)
def test_a_list_of_works(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


# Wikinews copy marks names with wiki italics: ''…'' reads as «…».
WIKI_ITALICS = [
    pytest.param(
        "Кевин Доу, обозреватель журнала ''Tech Weekly'', вспоминает: «Он был вежлив».",
        ["Кевин Доу"],
        id="the-columnist-not-his-magazine",
    ),
    pytest.param("Об этом сообщила газета ''Le Soir''.", ["газета «Le Soir»"], id="a-newspaper"),
    # marks of inches are no quotes
    pytest.param("Рост игрока 6'' и 5'', сообщил тренер Иван Орлов.", ["Иван Орлов"], id="inches"),
]


@pytest.mark.parametrize(("text", "said"), WIKI_ITALICS)
def test_wiki_italics(extractor: Extractor, text: str, said: list[str]) -> None:
    assert speakers(extractor, text) == said


def test_wiki_italics_keep_offsets() -> None:
    text = "группа ''Tech Weekly'' и рост 6''"
    assert as_guillemets(text) == "группа  «Tech Weekly»  и рост 6''"
    assert len(as_guillemets(text)) == len(text)


# Arabic names: the words "бен" or an article written apart ("Аль") join keep their own
# forms, and any capitalized word goes on the name after a particle.
ARABIC_NAMES = [
    pytest.param(
        "Эмир Юсуф бен Рашид Аль Мансури заявил, что уходит.",
        ["Юсуф бен Рашид Аль Мансури"],
        id="with-an-article-apart",
    ),
    pytest.param(
        "Министр Абдалла бен Насер Аль Тани заявил, что уходит.",
        ["Абдалла бен Насер Аль Тани"],
        id="a-word-the-dictionary-calls-a-lake",
    ),
    pytest.param(
        "Принц Мухаммед бен Сальман заявил, что уходит.",
        ["Мухаммед бен Сальман"],
        id="without-an-article",
    ),
]


@pytest.mark.parametrize(("text", "said"), ARABIC_NAMES)
def test_arabic_names(extractor: Extractor, text: str, said: list[str]) -> None:
    assert speakers(extractor, text) == said


def test_arabic_name_in_the_instrumental(extractor: Extractor) -> None:
    meeting = next(e for e in extractor.extract("Он встретился с Мухаммедом бен Сальманом.").events)
    assert [p.name for p in meeting.participants] == ["Он", "Мухаммед бен Сальман"]


# "…, и тот заявил": a "тот" before the verb stands for the last person named before it
# in an oblique case (the one spoken to or about), if that one agrees with it.
THAT_ONE = [
    pytest.param(
        "Премьер спросил у Зотова, что важнее, на что тот ответил: «Экономика».",
        "ответил",
        ["Зотов"],
        id="asked-him-and-he-answered",
    ),
    pytest.param(
        "Премьер спросил у Смирновой, что важнее, на что та ответила: «Школы».",
        "ответила",
        ["Смирнова"],
        id="asked-her-and-she-answered",
    ),
    pytest.param(
        "Министр позвонил губернатору Ивану Белову, и тот заявил, что дорога готова.",
        "заявил",
        ["Иван Белов"],
        id="called-him-and-he-said",
    ),
    # a gender that disagrees, a plural for a singular: nobody
    pytest.param(
        "Министр встретился с Анной Орловой, и тот заявил, что дорога готова.",
        "заявил",
        [],
        id="gender-disagrees",
    ),
    pytest.param(
        "Журналист обратился к одному из депутатов, и тот сообщил, что закон примут.",
        "сообщил",
        [],
        id="one-of-a-group",
    ),
    # "тот" with its noun is no subject of its own
    pytest.param("Министр сказал, что тот проект закрыт.", "закрыт", [], id="that-project"),
]


@pytest.mark.parametrize(("text", "verb", "subject"), THAT_ONE)
def test_that_one(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


def test_that_one_speaks(extractor: Extractor) -> None:
    text = "Министр позвонил губернатору Ивану Белову, и тот заявил, что дорога готова."
    assert speakers(extractor, text, "заявил") == ["Иван Белов"]
