"""Statement recall on corpus copy (issue 21): a second verb after a plain "и" shares the
source phrase of the first ("В пресс-службе подтвердили задержание и подчеркнули, что
…"); church institutions speak for their staff ("в Тверской епархии сообщили"); "по
словам X" after an opening "Однако" with no comma; "Об этом" opening a sentence across
long adverbials; "подруга Анны Петровой" is the friend, not Анна Петрова; a view's verb
after its content ("…, полагают аналитики"); testimony with its "что"-clause ("дал
показания, что …").
Our own sentences; each reading has rows that must match and rows that must not.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_no_statement, assert_statement, describe, of_type

from eventkit import Extractor, Statement

STATEMENTS = [
    # the second verb after a plain "и" shares the first one's source phrase
    (
        "В пресс-службе банка подтвердили задержание и подчеркнули, что счета не заморожены.",
        "пресс-служба",
        "счета не",
    ),
    (
        "В мэрии признали ошибку и пообещали, что дорогу починят к осени.",
        "мэри",
        "дорогу",
    ),
    # a church institution, with the adjective of its see, speaks for its staff
    ("В Тверской епархии сообщили, что храм откроют летом.", "епархия", "храм откроют"),
    ("Митрополия обратилась к губернатору с просьбой вернуть здание.", "митрополия", "вернуть"),
    # an institution named after someone, and a relative clause between the source and the
    # verb
    ("В ГКБ им. С. Боткина рассказали, что пациент здоров.", "гкб им. с. боткина", "пациент"),
    ("В МГУ имени Ломоносова сообщили, что экзамен перенесли.", "мгу имени", "экзамен"),
    (
        "В больнице, где оперировали водителя, рассказали, что он здоров.",
        "больниц",
        "он здоров",
    ),
    ("В клинике, в которой лечился поэт, сообщили, что он здоров.", "клиник", "он здоров"),
    # a gerund of speech after its clause's verb, with a clause of another subject after it
    (
        "Банк обратился в полицию, сообщив о краже данных, а его юрист сказал, что иск готов.",
        "банк",
        "о краже данных",
    ),
    # "по словам X" after an opening conjunction, its clause with no comma
    (
        "Однако по словам директора завода Ильи Громова завод работает без убытков.",
        "громов",
        "завод работает",
    ),
    ("А по данным полиции на пожаре никто не пострадал.", "полици", "на пожаре"),
    # "Об этом" across a long adverbial: a programme, a date
    (
        "Завод закроют. Об этом в эфире программы «Вечерние новости» 12 мая заявил директор "
        "Илья Громов.",
        "громов",
        "завод закроют",
    ),
    # a friend of someone named is the friend
    ("«Дом мы не продадим», — рассказала подруга Анны Петровой.", "подруга", "дом мы"),
    ("Подруга Анны Петровой рассказала, что дом не продадут.", "подруга", "дом не"),
    # a view's verb after its content, its holder after it
    ("Цены на жильё вырастут, полагают собеседники газеты.", "собеседники", "цены на"),
    ("Сделку закроют до весны, считают аналитики банка.", "аналитики", "сделку"),
    ("«Сделку закроют до весны», — считает министр Илья Громов.", "громов", "сделку"),
    # testimony with its clause
    ("Задержанный дал показания, что деньги ему передал брат.", "задержанн", "деньги"),
    ("Свидетельница дала подробные показания, что видела машину.", "свидетельниц", "видела"),
    # what was expressed, with nothing after it, is the noun phrase itself
    ("Мэр города Илья Громов выразил свои соболезнования.", "громов", "свои соболезнования"),
    ("Посол выразил глубокую признательность.", "посол", "глубокую признательность"),
    # a threat with its clause
    ("Шантажист вымогал деньги, угрожая, что письма попадут в газеты.", "шантажист", "письма"),
    ("Нападающий пригрозил, что уйдёт из клуба.", "нападающий", "уйдёт"),
    # an indirect question after the addressee of "спросить"
    ("Министр спросил у мэра, когда откроют мост.", "министр", "когда откроют"),
    ("Губернатор спросила у директора, почему завод стоит.", "губернатор", "почему завод"),
    # the perfective of "возражать" reports speech too
    ("Мэр Илья Громов возразил, что мост откроют не раньше весны.", "громов", "мост"),
]

NOT_STATEMENTS = [
    # two verbs and no source phrase: nobody said it
    "Вчера подтвердили задержание и подчеркнули, что счета не заморожены.",
    # a view before its "что"-clause, a view of someone, a gerund: what one thinks
    "Аналитики считают, что цены вырастут.",
    "Многие считают его лучшим вратарём страны.",
    "Тренер ушёл, считая себя правым.",
    "Цены вырастут, считает нужным отметить министр.",
    "Инвесторы полагают, что сделку закроют.",
    # a town is no institution: a relative clause after it leaves the verb without source
    "В городе, где жил поэт, рассказали, что он здоров.",
    # a gerund framing the speech verb of its own clause
    "Говоря о погоде на выходных, синоптик улыбался.",
    # testimony without its words
    "Свидетель дал показания против соседа.",
    "Задержанный дал показания в суде.",
    # a threat of no words, and advice asked for with no question given
    "Наводнение угрожает посёлку на берегу реки.",
    "Журналист спросил совета у коллеги.",
    # a verb of expressing needs its noun
    "Посол выразил.",
]


def test_the_gerund_content_ends_before_another_clause(news: Extractor) -> None:
    document = news.extract(
        "Банк обратился в полицию, сообщив о краже данных, а его юрист сказал, что иск готов."
    )
    told = [e for e in of_type(document, Statement) if e.trigger.text == "сообщив"]
    assert [e.content.text for e in told if isinstance(e, Statement)] == ["о краже данных"], (
        describe(document)
    )


def test_a_reply_ends_the_question(news: Extractor) -> None:
    """ "спросил, что …, на что министр ответил": the question ends before the reply."""
    document = news.extract(
        "Президент спросил у министра, что важнее всего, на что министр ответил: «Рост»."
    )
    asked = [e for e in of_type(document, Statement) if e.trigger.text == "спросил"]
    assert [e.content.text for e in asked if isinstance(e, Statement)] == ["важнее всего"], (
        describe(document)
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize(
    "text", NOT_STATEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_STATEMENTS))]
)
def test_no_statement(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


def test_the_friend_speaks_not_whose_friend(news: Extractor) -> None:
    document = news.extract("«Дом мы не продадим», — рассказала подруга Анны Петровой.")
    [statement] = of_type(document, Statement)
    assert isinstance(statement, Statement)
    assert statement.speaker.name.lower().startswith("подруга"), describe(document)
