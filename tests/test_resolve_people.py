"""Who a pronoun, a title or a name stands for: the person the document means, read as a
reader would; where nothing in the document names them, the words stay as written."""

from __future__ import annotations

import pytest

from eventkit import Extractor


def _speakers(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    document = extractor.extract(text)
    return [(e.speaker.text, e.speaker.name) for e in document.events if e.type == "Statement"]


PRONOUNS = [
    # a person named inside what someone said is not the one "его" goes back to
    pytest.param(
        "Депутат Олег Смирнов выступил на заседании. Политик заявил, что сам Игорь Волков "
        "осудил этот поступок. По его словам, виновных накажут.",
        ("его", "Олег Смирнов"),
        id="not-a-person-inside-the-content",
    ),
    # a person named inside a block quote is not the one the narrative's "Он" is
    pytest.param(
        "Писатель Андрей Белов опроверг свои слова:\n"
        "Мой друг Павел Соколов позвонил мне утром и все рассказал.\n\n"
        "Он отметил, что интервью не давал.",
        ("Он", "Андрей Белов"),
        id="not-a-person-inside-a-block-quote",
    ),
    # "Д.Петрова" is a woman or a man in the genitive: never "он"
    pytest.param(
        "Об этом заявил бывший прокурор Станислав Гречко, который проник в дом Д.Петрова. "
        "Он рассказал, что охраны не было.",
        ("Он", "Станислав Гречко"),
        id="initials-and-a-feminine-ending-are-no-he",
    ),
    # nothing named before: the pronoun stays
    pytest.param("Он заявил, что иск отклонен.", ("Он", "Он"), id="nobody-named"),
    # only a woman named before: "Он" stays
    pytest.param(
        "Учительница Мария Иванова пришла в суд. Он заявил, что иск отклонен.",
        ("Он", "Он"),
        id="nobody-of-that-gender",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PRONOUNS)
def test_a_pronoun_is_the_person_the_narrative_is_about(
    extractor: Extractor, text: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(extractor, text)[-1] == speaker


NAMES = [
    # an adverb opening the sentence is no part of the name
    pytest.param("Позже Ракова заявила, что все хорошо.", ("Ракова", "Ракова"), id="adverb-pozzhe"),
    pytest.param(
        "Потом Ольга Ракова заявила, что все хорошо.",
        ("Ольга Ракова", "Ольга Ракова"),
        id="adverb-potom",
    ),
    # a first name that is also a common noun, opening the sentence, stays in the name
    pytest.param(
        "Вера Ракова заявила, что все хорошо.", ("Вера Ракова", "Вера Ракова"), id="first-name-vera"
    ),
    pytest.param(
        "Надежда Сидорова сообщила, что все хорошо.",
        ("Надежда Сидорова", "Надежда Сидорова"),
        id="first-name-nadezhda",
    ),
    # the noun in another case than the name after it is no first name: "Слава" is praise
    pytest.param(
        "Слава Петрову, сказал Иван Петров.", ("Иван Петров", "Иван Петров"), id="not-slava"
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMES)
def test_a_name_is_read_whole(extractor: Extractor, text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(extractor, text) == [speaker]


TITLES = [
    # the verb says a woman holds the title: the one woman named before
    pytest.param(
        "Ольга Комарова покинула пост министра. Иван Седов занял её кабинет. "
        "Своему преемнику сенатор посоветовала беречь архив.",
        ("сенатор", "Ольга Комарова"),
        id="feminine-verb-one-woman",
    ),
    # the woman's name given with an initial later is the same woman
    pytest.param(
        "Ольга Комарова покинула пост. После ухода О.Комаровой кабинет занял Иван Седов. "
        "Своему преемнику сенатор посоветовала беречь архив.",
        ("сенатор", "Ольга Комарова"),
        id="feminine-verb-initials",
    ),
    # no woman named: the title stays
    pytest.param(
        "Иван Седов покинул пост. Своему преемнику сенатор посоветовала беречь архив.",
        ("сенатор", "сенатор"),
        id="feminine-verb-no-woman",
    ),
    # two women named: no guess
    pytest.param(
        "Ольга Комарова покинула пост, а Анна Белова ушла из комитета. "
        "Своему преемнику сенатор посоветовала беречь архив.",
        ("сенатор", "сенатор"),
        id="feminine-verb-two-women",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLES)
def test_a_title_is_the_person_given_it(
    extractor: Extractor, text: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(extractor, text)[-1] == speaker


FAR_AND_AGREEING = [
    # the feminine adjective tells a woman named like a man: "Она" is her
    pytest.param(
        "На выборах проиграла 58-летняя Доминик Ренар. Она признала свое поражение.",
        ("Она", "Доминик Ренар"),
        id="a-woman-by-her-adjective",
    ),
    # without it the dictionary's man is no "она"
    pytest.param(
        "На выборах проиграл 58-летний Доминик Ренар. Она признала свое поражение.",
        ("Она", "Она"),
        id="a-man-by-his-adjective",
    ),
    # a title nobody was given, many sentences after the story's protagonist
    pytest.param(
        "Нападающий «Зенита» Артём Корнеев забил три гола. Корнеев стал героем матча. "
        "Болельщики долго аплодировали Корнееву. Тренер команды был доволен игрой. "
        "Матч прошёл при полных трибунах. Погода была солнечной. Билеты раскупили заранее. "
        "Стадион был украшен флагами. Перед матчем выступил оркестр. "
        "После игры футболист рассказал, что посвящает победу семье.",
        ("футболист", "Артём Корнеев"),
        id="the-protagonist-named-far-back",
    ),
    # the same title where the story names two people as often stays as written
    pytest.param(
        "Нападающий Артём Корнеев и защитник Олег Жуков вышли в основе. Корнеев забил, "
        "а Жуков отдал пас. Корнеев и Жуков стали героями. Тренер был доволен. "
        "Матч прошёл при полных трибунах. Погода была солнечной. Билеты раскупили заранее. "
        "Стадион был украшен флагами. Перед матчем выступил оркестр. "
        "После игры футболист рассказал, что посвящает победу семье.",
        ("футболист", "футболист"),
        id="two-protagonists-none-chosen",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FAR_AND_AGREEING)
def test_gender_by_agreement_and_the_far_protagonist(
    extractor: Extractor, text: str, speaker: tuple[str, str]
) -> None:
    assert _speakers(extractor, text)[-1] == speaker


def test_a_description_finds_the_name_a_dash_gave_it(extractor: Extractor) -> None:
    # Белов, the story's protagonist, is no "консультант"
    text = (
        "Кандидат Олег Белов подал жалобу. Белов уверен в победе. "
        "На собрание не допустили даже консультанта от кандидата Олега Белова – Дениса Орлова. "
        "Консультант заявил, что будет жаловаться."
    )
    assert _speakers(extractor, text)[-1] == ("Консультант", "Денис Орлов")


def test_a_description_skips_a_person_inside_straight_quotes(extractor: Extractor) -> None:
    # agency copy quotes with straight marks; Смирнов is named only inside the quotation
    text = (
        "Павел Серов пришёл на открытие музея. Серов выступил с речью. "
        '"Мы смотрели, как играл Олег Смирнов. Смирнов был великолепен", - рассказал историк.'
    )
    assert _speakers(extractor, text)[-1] == ("историк", "Павел Серов")
