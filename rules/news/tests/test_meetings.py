"""Meeting grammar table: our own sentences, and sentences that must give no meeting.

Each row: text and the keys of the participants (each key in exactly one name).
"""

from __future__ import annotations

import pytest
from tables import describe, has_keys, names, of_type

from eventkit import Extractor, Meeting

MEETINGS = [
    ("Встреча Владимира Путина и Дональда Трампа состоялась в Хельсинки.", ["путин", "трамп"]),
    (
        "Переговоры премьер-министра Японии с президентом Китая прошли в Пекине.",
        ["премьер-министр", "президент"],
    ),
    ("Министр Антон Кравцов пообщался с учителями из Тулы.", ["кравцов", "учител"]),
    (
        "Президент России Владимир Путин встретился с канцлером Германии Олафом Шольцем.",
        ["путин", "шольц"],
    ),
    (
        "Министр Сергей Лавров провел встречу с госсекретарем США Энтони Блинкеном.",
        ["лавров", "блинкен"],
    ),
    ("Путин и Си Цзиньпин провели переговоры в Пекине.", ["путин", "цзиньпин"]),
    ("Владимир Путин и Реджеп Тайип Эрдоган провели переговоры.", ["путин", "эрдоган"]),
    ("Глава МИД Казахстана Мурат Нуртлеу встретился с послом Китая Чжан Сяо.", ["нуртлеу", "сяо"]),
    ("Анна Петрова встретилась с Марией Ивановой.", ["петрова", "иванова"]),
    (
        "Губернатор Андрей Воробьев провел рабочую встречу с мэром Ириной Жуковой.",
        ["воробьев", "жукова"],
    ),
    (
        "Михаил Мишустин провел переговоры с премьер-министром Вьетнама Фам Минь Тинем.",
        ["мишустин", "тин"],
    ),
    ("Состоялись переговоры между делегациями России и Китая.", ["росси", "кита"]),
    (
        "Премьер Японии Фумио Кисида провел телефонный разговор с президентом Южной Кореи.",
        ["кисида", "президент"],
    ),
    (
        "Министр обороны Андрей Белоусов переговорил с коллегой из Белоруссии Виктором Хрениным.",
        ["белоусов", "хренин"],
    ),
    ("Эммануэль Макрон побеседовал с Ангелой Меркель.", ["макрон", "меркель"]),
    (
        "В Минске президент Александр Лукашенко встретился с делегацией Узбекистана.",
        ["лукашенко", "узбекистан"],
    ),
    (
        "Глава Сбербанка Герман Греф встретился с руководством компании «Яндекс».",
        ["греф", "руководство"],
    ),
    (
        "Министры иностранных дел стран ЕС соберутся в Брюсселе для обсуждения санкций.",
        ["министры"],
    ),
    (
        "Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.",
        ["обама", "саркози"],
    ),
    (
        "Президент Ильхам Алиев принял в Баку премьер-министра Грузии Ираклия Кобахидзе.",
        ["алиев", "кобахидзе"],
    ),
    ("Иван Петров и Олег Смирнов встретились в Москве.", ["петров", "смирнов"]),
    ("Лидеры двух стран встретятся в Женеве в июне.", ["лидеры"]),
    (
        "Глава правительства Андрей Макаров провел переговоры с губернатором Денисом Пасслером.",
        ["макаров", "пасслер"],
    ),
    ("Министр Максим Орешкин встречался с инвесторами из Индии.", ["орешкин", "инвесторы"]),
    ("Сергей Шойгу провел консультации с министром обороны Индии.", ["шойгу", "министр"]),
    (
        "Вице-премьер Алексей Оверчук провел встречу с армянской делегацией.",
        ["оверчук", "делегаци"],
    ),
    (
        "На встрече с президентом Казахстана Касым-Жомартом Токаевым премьер Михаил Мишустин заявил, что торговля выросла.",
        ["мишустин", "токаев"],
    ),
    (
        "Во время визита в Китай министр Антон Силуанов провел переговоры с министром финансов КНР Лань Фоанем.",
        ["силуанов", "фоан"],
    ),
]

MEETING_MODALITY = [
    ("Владимир Путин не встретился с Джо Байденом.", "negated"),
    ("Лидеры России и Франции проведут переговоры в мае.", "planned"),
    ("Президенты планируют встретиться в Стамбуле.", "planned"),
    ("Президент Владимир Путин встретился с Джо Байденом.", "asserted"),
]

NOT_MEETINGS = [
    # sports matches, private life, meetings that are only a venue
    "В финале чемпионата «Спартак» встретится с «Зенитом».",
    "Сборная России встретилась с командой Бразилии в матче за третье место.",
    "Актер встречался с певицей три года, а потом женился на ней.",
    "Иван Петров собирается подписать контракт.",
    "Встреча продлилась два часа.",
    "Переговоры зашли в тупик.",
    "Саммит пройдет в Казани.",
    "Депутаты приняли закон о бюджете.",
    "Президент принял решение об отставке.",
    "Музыканты снова встретятся на одной сцене.",
    "Он позвонил домой.",
    "Поезд прибыл в Москву.",
    "Президента избирали на заседании парламента.",
]


@pytest.mark.parametrize(
    ("text", "keys"), MEETINGS, ids=[f"m{i:02d}" for i in range(len(MEETINGS))]
)
def test_meeting(news: Extractor, text: str, keys: list[str]) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert any(has_keys(names(m.actors()), keys) for m in found), describe(document)


@pytest.mark.parametrize(
    ("text", "modality"), MEETING_MODALITY, ids=["negated", "planned", "plan-verb", "asserted"]
)
def test_meeting_modality(news: Extractor, text: str, modality: str) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert [m.modality for m in found] == [modality], describe(document)


@pytest.mark.parametrize("text", NOT_MEETINGS, ids=[f"n{i:02d}" for i in range(len(NOT_MEETINGS))])
def test_not_a_meeting(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Meeting), describe(document)


def test_participants_are_nominative_with_titles(news: Extractor) -> None:
    text = "Глава МИД Казахстана Мухтар Тлеуберди встретился с министром иностранных дел Анной Петровой."
    [meeting] = of_type(news.extract(text), Meeting)
    assert isinstance(meeting, Meeting)
    assert [(a.name, a.title) for a in meeting.participants] == [
        ("Мухтар Тлеуберди", "глава МИД Казахстана"),
        ("Анна Петрова", "министр иностранных дел"),
    ]
    assert [a.text for a in meeting.participants][1] == "министром иностранных дел Анной Петровой"


def test_countries_are_gpe(news: Extractor) -> None:
    [meeting] = of_type(news.extract("Состоялись переговоры между Россией и Китаем."), Meeting)
    assert [(a.name, a.kind) for a in meeting.actors()] == [("Россия", "GPE"), ("Китай", "GPE")]


def test_dateline_gives_place_and_date(news: Extractor) -> None:
    text = "Пекин, 12 мая /Синьхуа/ -- Си Цзиньпин сегодня здесь встретился с Владимиром Путиным."
    [meeting] = of_type(news.extract(text), Meeting)
    assert meeting.place is not None
    assert meeting.place.name == "Пекин"
    assert meeting.date is not None
    assert meeting.date.value == "--05-12"


def test_explicit_date_and_place(news: Extractor) -> None:
    text = "Иван Петров встретился с Олегом Смирновым в Казани 3 апреля 2021 года."
    [meeting] = of_type(news.extract(text), Meeting)
    assert meeting.place is not None
    assert meeting.place.name == "Казань"
    assert meeting.date is not None
    assert meeting.date.value == "2021-04-03"


def test_a_later_mention_of_the_same_meeting_is_not_a_new_one(news: Extractor) -> None:
    text = (
        "Иван Петров встретился с Олегом Смирновым. "
        "В ходе встречи с Олегом Смирновым Иван Петров обсудил планы."
    )
    found = of_type(news.extract(text), Meeting)
    assert [m.trigger.text for m in found] == ["встретился"]
