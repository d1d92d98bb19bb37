"""Recall, third round (issue 21): institutional speakers headed by a common noun of a
place that has a staff ("в клинике сообщили", "в аукционном доме рассказали"); verbs of
wire copy that report a view: a cause named ("связывают X с Y"), a rating ("оценивают X
как Y"), a post forecast ("прочат X на пост"), rumours spread ("муссировали слухи");
a statement noun something is dated by ("после заявлений мэра о …"); plural nouns for
people the dictionary reads first as another word ("политики", "критики"); subjects it
does not know ("экс-руководительница", "масс-медиа"); an indirect question as what was
said ("пояснил, почему …").
Our own sentences; each reading has rows that must match and rows that must not.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import (
    assert_no_statement,
    assert_statement,
    describe,
    names,
    of_type,
    speaker_names,
)

from eventkit import Extractor, Meeting

STATEMENTS = [
    # an institution headed by a common noun, in the locative, speaks for its staff
    ("В клинике сообщили, что пациентку выписали.", "клиник", "пациентку выписали"),
    ("В областной больнице рассказали, что раненых трое.", "больниц", "раненых трое"),
    ("В издательском доме заявили, что тираж допечатают.", "издательский дом", "тираж"),
    ("Об этом рассказали в торговом доме, который выпустил партию.", "торговый дом", "об этом"),
    ("В детском доме сообщили, что воспитанников переселят.", "детский дом", "воспитанников"),
    ("В гимназической школе пояснили, что уроки отменены.", "школ", "уроки отменены"),
    # a view a source gives: the cause it names, its rating, the post it forecasts
    ("Аналитики связывают рост цен со слабым рублём.", "аналитик", "рост цен"),
    ("Источник агентства связал задержание с проверкой в банке.", "источник", "задержание"),
    ("Дипломаты оценивают такое решение как попытку смягчить конфликт.", "дипломат", "такое"),
    ("На пост министра эксперты прочат губернатора области.", "эксперт", "губернатора"),
    ("Газеты активно муссировали слухи о том, что министр уйдёт.", "газет", "министр уйд"),
    # a time reckoned from a statement made: its owner said what its "о"-phrase says
    ("Цены выросли после заявления министра о девальвации.", "министр", "о девальвации"),
    (
        "Спрос упал после заявлений нынешнего главы банка Петра Орлова о повышении ставки.",
        "орлов",
        "о повышении",
    ),
    ("Вслед за заявлением МИД о протесте посол покинул страну.", "мид", "о протесте"),
    # a plural noun for people whose first reading is another word's genitive ("политики"
    # is "политика" first): the people speak, named in the plural
    ("Политики заявили, что выборы прошли со скандалом.", "политики", "выборы"),
    ("Как и предрекали некоторые критики, фильм провалился.", "критики", "фильм"),
    ("Курс вырос, сообщили физики из лаборатории.", "физики", "курс"),
    # subjects the dictionary does not know as people or media: a prefix before a noun
    # for people, the media as a whole
    ("Сама экс-руководительница заявила, что уходит на пенсию.", "экс-руководительница", "уход"),
    ("Вчера экс-чемпионка сообщила, что возвращается в спорт.", "экс-чемпионка", "возвращ"),
    (
        "Между тем масс-медиа, принадлежащие армии, заявляют, что штурм начат.",
        "масс-медиа",
        "штурм",
    ),
    ("Местные медиа сообщили, что мост закрыт.", "медиа", "мост"),
    # an indirect question after the verb is what was said: the question word opens it
    ("Министр пояснил, почему закрыли мост.", "министр", "почему закрыли"),
    ("Инженер рассказал, как будет работать схема.", "инженер", "как будет"),
    ("Мэр уточнил, когда откроют границу.", "мэр", "когда откроют"),
]

NOT_STATEMENTS = [
    # the house is a place, not a speaker
    "Соседи вышли из дома, когда загорелась крыша.",
    "В новом доме сообщили, что лифт сломан.",
    # a hospital as a place a person went to says nothing
    "Пострадавшего доставили в больницу, где ему оказали помощь.",
    # tying, hopes and a life tied to something, an amount rated: no view reported
    "Полицейские связали грабителя и вызвали наряд.",
    "Компания связывает большие надежды с новым смартфоном.",
    "Актриса связала свою жизнь с театром.",
    "Мост связывает два берега реки.",
    # a person tied to a crime is a suspicion, no view reported
    "Власти также связывают Смирнова со взрывом на рынке.",
    "Эксперты оценили ущерб в два миллиона рублей.",
    # a statement noun after "после" with no owner, or a document a verb speaks from
    "После заявления цены выросли.",
    "После объявления результатов начались протесты.",
    # the genitive of the abstract noun is no speaker of anything
    "Провал политики правительства стал очевиден.",
    # a prefixed word for no people, and media as a field someone works in
    "Вчера экс-СССР вспоминали на митинге.",
    # a verb of no speech before a clause of time; an answer "как мог" is a manner
    "Министр вышел, когда закрыли мост.",
    "Он ответил, как мог.",
]


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


def test_the_house_spoken_of_does_not_speak(news: Extractor) -> None:
    document = news.extract("Сосед сообщил, что дом сгорел.")
    assert [name.lower() for name in speaker_names(document)] == ["сосед"], describe(document)


def test_the_house_is_no_partner(news: Extractor) -> None:
    """A meeting in someone's house has the people as participants, not the house."""
    document = news.extract("Журналисты встретились с министром в его доме.")
    meetings = of_type(document, Meeting)
    assert len(meetings) == 1, describe(document)
    assert isinstance(meetings[0], Meeting)
    assert not any("дом" in name for name in names(meetings[0].participants))


def test_media_as_a_field_does_not_speak(news: Extractor) -> None:
    document = news.extract("Он работает в медиа и заявил, что уходит.")
    assert [name.lower() for name in speaker_names(document)] == ["он"], describe(document)
