"""Who, exactly (round six): a speech verb after a comma whose subject follows it
("…, сообщает его друг: «…»"), and a description owned by a possessive pronoun ("его
друг", "её коллега"), which names someone of another person. Our own sentences; rows
that must keep the subject before the comma, or stay unresolved, are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

INVERTED_BEFORE_A_QUOTE = [
    # the clause before the comma is what was said, not who said it
    pytest.param(
        "Поэт Игорь Ланин скончался. Его друг Олег Сомов приехал в больницу. Поэт до "
        "последних минут был в сознании, сообщает его друг: «он всё слышал и понимал».",
        "сообщает",
        "Олег Сомов",
        id="friend-after-the-verb-before-a-quote",
    ),
    pytest.param(
        "Закон приняли вчера, сообщил министр финансов Олег Ванин: «Это наша победа».",
        "сообщил",
        "Олег Ванин",
        id="minister-after-the-verb-before-a-quote",
    ),
    # a comma closing a phrase of the subject: the subject stands before it, and the
    # outlet after the verb is whom it was told
    pytest.param(
        "Жители деревни, насчитывающей сто домов, пожаловались Moscow Times: «Дороги нет».",
        "пожаловались",
        "жители деревни",
        id="participle-phrase-keeps-the-subject",
    ),
    pytest.param(
        "Игорь Ланин, выступая в Думе, заявил: «Закон нужен».",
        "заявил",
        "Игорь Ланин",
        id="gerund-phrase-keeps-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), INVERTED_BEFORE_A_QUOTE)
def test_subject_after_the_verb_before_a_quote(
    extractor: Extractor, text: str, trigger: str, speaker: str
) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


POSSESSED = [
    # someone's friend is not the story's person: with nobody introduced as a friend,
    # the description stays
    pytest.param(
        "Поэт Игорь Ланин скончался. Поэт до последних минут был в сознании, сообщает его друг.",
        "друг",
        id="his-friend-unnamed-stays",
    ),
    pytest.param(
        "Певица Анна Котова отменила концерт. Её коллега заявила, что певица больна.",
        "коллега",
        id="her-colleague-unnamed-stays",
    ),
    # the one the document introduced as "его друг" is meant
    pytest.param(
        "Поэт Игорь Ланин скончался. Его друг Олег Сомов приехал в больницу. Поэт был в "
        "сознании, сообщает его друг.",
        "Олег Сомов",
        id="his-friend-named-before",
    ),
    # with no possessive the description still stands for the story's person
    pytest.param(
        "Певица Анна Котова отменила концерт. Вчера певица заявила, что больна.",
        "Анна Котова",
        id="description-without-possessive-resolves",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), POSSESSED)
def test_possessed_description(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


def _participants(extractor: Extractor, text: str, trigger: str) -> list[list[str]]:
    return [
        [a.name for a in e.actors()]
        for e in extractor.extract(text).events
        if e.type == "Meeting" and e.trigger.text == trigger
    ]


COORDINATED_OFFICES = [
    # each office stands for the one the document gave it
    pytest.param(
        "Президент Бразилии Луис Лула прилетел в Москву. Президент России Владимир Путин "
        "принял гостя в Кремле. Тогда же президенты России и Бразилии обсудили торговлю.",
        "обсудили",
        [["Владимир Путин", "Луис Лула"]],
        id="two-presidents-both-named",
    ),
    pytest.param(
        "Министр иностранных дел России Сергей Лавров прилетел в Париж. Министр иностранных "
        "дел Франции Жан Леруа встретил гостя. Министры иностранных дел России и Франции "
        "обсудили кризис.",
        "обсудили",
        [["Сергей Лавров", "Жан Леруа"]],
        id="two-foreign-ministers-both-named",
    ),
    # an office nobody was given stays its singular title
    pytest.param(
        "Президент Сербии Александр Вучич посетил Москву. Тогда же президенты России и "
        "Сербии обсудили торговлю.",
        "обсудили",
        [["президент России", "Александр Вучич"]],
        id="one-president-unnamed-stays-a-title",
    ),
    # nobody holding either office: the plural stays as it is
    pytest.param(
        "Президент Фонда мира Олег Котов приехал в Белград. Президенты России и Сербии "
        "обсудили торговлю.",
        "обсудили",
        [["президенты России"]],
        id="no-holder-named-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COORDINATED_OFFICES)
def test_coordinated_offices(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _participants(extractor, text, trigger) == expected


LATIN_SPELLING = [
    # a surname that is also a common noun, with the name's Latin spelling after it
    pytest.param(
        "Вчера Сяомин Бор (Xiaoming Bor) приехал в город.",
        [("Сяомин Бор", "Сяомин Бор")],
        id="surname-also-a-common-noun",
    ),
    pytest.param(
        "Астронавт Джеймс Уиллоби (James Willoughby) заявил, что полёт прошёл хорошо.",
        [("Астронавт Джеймс Уиллоби", "Джеймс Уиллоби")],
        id="titled-name-with-latin-spelling",
    ),
    # an organization's Latin name in brackets stays with the title it glosses
    pytest.param(
        "Президент Фонда прав человека (Human Rights Foundation) заявил о нарушениях.",
        [
            (
                "Президент Фонда прав человека (Human Rights Foundation)",
                "президент Фонда прав человека (Human Rights Foundation)",
            )
        ],
        id="title-gloss-stays-in-the-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATIN_SPELLING)
def test_latin_spelling_after_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.name) for m in found_mentions(text)] == expected


def test_latin_spelling_keeps_the_name_for_later_mentions(extractor: Extractor) -> None:
    text = (
        "В компании работал 35-летний Сяомин Бор (Xiaoming Bor). На странице Бора в "
        "LinkedIn говорится, что он работает там с мая. Бор сказал коллеге, что уезжает."
    )
    assert speakers(extractor, text) == ["Сяомин Бор", "Сяомин Бор"]


ABOUT_THIS_AFTER_A_MARK = [
    # "об этом" after a colon or comma points back to the clause before it: its subject
    # is what was said about, the source is the phrase by the verb
    pytest.param(
        "Положены они только ученикам: об этом корреспонденту газеты сообщили в комитете "
        "образования.",
        "комитет образования",
        id="colon-then-about-this-impersonal",
    ),
    pytest.param(
        "Они получат планшеты весной, об этом сообщили в управлении культуры.",
        "управление культуры",
        id="comma-then-about-this-impersonal",
    ),
    # a subject after "об этом" still speaks
    pytest.param(
        "Они получат планшеты весной, об этом сообщил министр Олег Ванин.",
        "Олег Ванин",
        id="comma-then-about-this-named-speaker",
    ),
    pytest.param(
        "Завод закроют, об этом министр Олег Ванин сообщил журналистам.",
        "Олег Ванин",
        id="speaker-between-about-this-and-verb",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ABOUT_THIS_AFTER_A_MARK)
def test_about_this_after_a_mark(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


UNNAMED_SOURCES_OF_TWO = [
    # the sources of two outlets speak, not the second outlet
    pytest.param(
        "Источники ТАСС и «Известий» сообщили, что сделка сорвалась.",
        "источники ТАСС и «Известий»",
        id="sources-of-two-outlets",
    ),
    pytest.param(
        "Источник РБК сообщил, что сделка сорвалась.",
        "источник РБК",
        id="source-of-one-outlet",
    ),
    # a person coordinated with the source is a speaker of their own
    pytest.param(
        "Источник Интерфакса и министр Олег Ванин заявили, что сделка сорвалась.",
        "Олег Ванин",
        id="source-and-a-named-person",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_SOURCES_OF_TWO)
def test_unnamed_sources_of_two(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ACCORDING_TO_A_GENITIVE = [
    # "по словам X": X is a genitive, so "девушки" is one woman, who was named before
    pytest.param(
        "Туристку Анну Котову задержали в аэропорту. По словам девушки, она везла лекарства.",
        "Анна Котова",
        id="girl-in-the-genitive-singular",
    ),
    pytest.param(
        "Известно, что семья живёт в Туле. По словам супруги художника, её муж болен.",
        "супруга художника",
        id="wife-in-the-genitive-singular",
    ),
    # a genitive plural stays plural
    pytest.param(
        "По словам очевидцев, машина ехала быстро.",
        "очевидцы",
        id="witnesses-stay-plural",
    ),
    pytest.param(
        "По словам местных жителей, машина ехала быстро.",
        "местные жители",
        id="residents-stay-plural",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ACCORDING_TO_A_GENITIVE)
def test_according_to_a_genitive(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


QUOTED_BY_A_PERFECTIVE_VERB = [
    # "процитировал X": the quoted person speaks, as with "цитирует X"
    pytest.param(
        "Тренер Олег Ванин доволен сезоном. «Мы выиграем», — процитировала Ванина газета «Вечер».",
        "Олег Ванин",
        id="newspaper-quoted-the-coach",
    ),
    pytest.param(
        "Мэр Вадим Котин ушёл в отставку. «Я устал», — процитировал Котина собеседник агентства.",
        "Вадим Котин",
        id="interlocutor-quoted-the-mayor",
    ),
    # with nobody quoted by name, the one who quotes speaks
    pytest.param(
        "«Мы выиграем», — процитировала газета «Вечер».",
        "газета «Вечер»",
        id="nobody-named-the-newspaper-speaks",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), QUOTED_BY_A_PERFECTIVE_VERB)
def test_quoted_by_a_perfective_verb(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


def test_quoting_before_a_colon_is_the_quoters_own_statement(extractor: Extractor) -> None:
    text = "Сенатор процитировал поэта: «Поэтом можешь ты не быть»."
    assert speakers(extractor, text) == ["сенатор"]


COMMA_BEFORE_A_COORDINATED_SUBJECT = [
    # a noun's genitive before the comma belongs to the clause before it (the group after
    # it speaks as one)
    pytest.param(
        "Партия объявила о победе на выборах главы государства, противники и "
        "правозащитники заявляют о нарушениях.",
        "заявляют",
        "противники и правозащитники",
        id="genitive-before-the-comma-is-no-subject",
    ),
    # a list joined by commas still is one subject (the group speaks as one)
    pytest.param(
        "На саммите Олег Ванин, Игорь Котов и Пётр Лебедев заявили, что сделка состоится.",
        "заявили",
        "Олег Ванин, Игорь Котов и Пётр Лебедев",
        id="list-after-an-adverbial-is-one-subject",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), COMMA_BEFORE_A_COORDINATED_SUBJECT)
def test_comma_before_a_coordinated_subject(
    extractor: Extractor, text: str, trigger: str, speaker: str
) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


PLACES_SIDE_BY_SIDE = [
    # a place in another case than the one before it starts a new phrase
    pytest.param(
        "После смены власти в Белоруссии Москва и Минск не смогли договориться о кредите.",
        [("власти в Белоруссии", "ORG"), ("Москва", "GPE"), ("Минск", "GPE")],
        id="title-complement-then-a-nominative-place",
    ),
    pytest.param(
        "После выборов в Белоруссии Москва и Минск не смогли договориться.",
        [("Белоруссии", "GPE"), ("Москва", "GPE"), ("Минск", "GPE")],
        id="two-places-in-different-cases",
    ),
    # one place of two words stays one, and so does a title's genitive place
    pytest.param(
        "Жители Нижнего Новгорода вышли на улицы.",
        [("Жители Нижнего Новгорода", "PER")],
        id="adjective-and-place",
    ),
    pytest.param(
        "Посол России в Грузии заявил, что визы отменят.",
        [("Посол России в Грузии", "PER")],
        id="title-with-places",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_SIDE_BY_SIDE)
def test_places_side_by_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind) for m in found_mentions(text)] == expected


def test_parties_of_two_places_after_a_complement(extractor: Extractor) -> None:
    text = "После смены власти в Белоруссии Москва и Минск не смогли договориться о кредите."
    parties = [
        [a.name for a in e.actors()]
        for e in extractor.extract(text).events
        if e.type == "Agreement"
    ]
    assert parties == [["Россия", "Белоруссия"]]


QUOTED_PREDICATE = [
    # a lower-case quotation right after the subject quotes its own predicate
    pytest.param(
        "Министр Олег Ванин «долго обсуждал эту идею» с коллегой Игорем Котовым.",
        "обсуждал",
        [["Олег Ванин", "Игорь Котов"]],
        id="subject-before-a-quoted-predicate",
    ),
    # a quotation after a colon is someone's words: the name before it is no subject of
    # the verb inside
    pytest.param(
        "Олег Ванин: «Мы обсудили это с Игорем Котовым».",
        "обсудили",
        [["Игорь Котов"]],
        id="capitalized-quotation-after-a-colon",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), QUOTED_PREDICATE)
def test_quoted_predicate(
    extractor: Extractor, text: str, trigger: str, expected: list[list[str]]
) -> None:
    assert _participants(extractor, text, trigger) == expected
