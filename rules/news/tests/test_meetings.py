"""Meeting grammar table: our own sentences, and sentences that must give no meeting.

Each row: text and the keys of the participants (each key in exactly one name).
"""

from __future__ import annotations

import pytest
from tables import describe, has_keys, names, of_type

from eventkit import Extractor, Meeting

MEETINGS = [
    # the dative of an impersonal verb does what its infinitive says
    ("Министру удалось встретиться с послом Японии.", ["министр", "посол"]),
    # the subject of a relative clause about the meeting
    (
        "Мэр принял участие в круглом столе, на котором депутаты обсуждали бюджет.",
        ["мэр", "депутаты"],
    ),
    (
        "Вчера состоялась встреча, на которой министр и посол обсудили торговлю.",
        ["министр", "посол"],
    ),
    # a "что"-clause with no subject of its own: the subject of the verb it completes
    ("Министр сказал, что в пятницу встретится с послом Японии.", ["министр", "посол"]),
    # a title posted in a place or body before the name
    ("Мэр Самары встретился с полпредом в ПФО Игорем Комаровым.", ["мэр", "комаров"]),
    ("Депутат провёл переговоры с постпредом при ОБСЕ Петром Ивановым.", ["депутат", "иванов"]),
    # two names side by side: a man's surname in -ов with no ending is a name of its own
    (
        "После беседы с губернатором Олегом Смирновым Гасанов уехал.",
        ["смирнов", "гасанов"],
    ),
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
    # a session of a body that someone goes to, is kept from, or that something is for:
    # it takes place whatever the verb
    ("Журналистов не пустили на собрание акционеров завода.", ["акционеры"]),
    ("Депутатов пригласили на заседание комитета Госдумы.", ["комитет"]),
    ("После пленума ЦК партии делегаты разъехались по домам.", ["цк"]),
    # a call that got through to whom "до" names
    ("Министр Олег Петров дозвонился до посла Ивана Смирнова.", ["петров", "смирнов"]),
]

MEETING_MODALITY = [
    ("Журналист Олег Петров не смог дозвониться до губернатора Ивана Смирнова.", "negated"),
    ("Владимир Путин не встретился с Джо Байденом.", "negated"),
    ("Лидеры России и Франции проведут переговоры в мае.", "planned"),
    ("Президенты планируют встретиться в Стамбуле.", "planned"),
    ("Президент Владимир Путин встретился с Джо Байденом.", "asserted"),
    # a refusal or an attempt that failed (issue 21)
    ("Министр Олег Петров отказался встречаться с послом Иваном Смирновым.", "negated"),
    (
        "Репортеры два дня пытались дозвониться до губернатора Ивана Смирнова, но безуспешно.",
        "negated",
    ),
    ("Репортер Анна Петрова безуспешно пыталась дозвониться до мэра Ивана Смирнова.", "negated"),
    ("Президенты так и не встретились в Стамбуле.", "negated"),
]

MEETINGS += [
    (
        "Решение примут Алексей Миллер и министр энергетики Белоруссии Александр Озерец, которые сегодня встречаются для обсуждения долга.",
        ["миллер", "озерец"],
    ),
]

# Constructions of unseen news (issue 10): meeting nouns with an owner or a partner, a
# meeting noun inside a phrase joining the clause's subject (and object), calls and
# discussions with a partner, a relative clause between subject and verb.
MEETINGS += [
    ("Министр Олег Петров поговорил с Иваном Смирновым.", ["петров", "смирнов"]),
    ("Мэр Тулы обсудил с губернатором Алексеем Дюминым ремонт дорог.", ["мэр", "дюмин"]),
    ("Президент Олег Петров позвонил премьеру Ивану Смирнову.", ["петров", "смирнов"]),
    (
        "Во время встречи с послом Франции министр Олег Петров заявил о поддержке проекта.",
        ["посол", "петров"],
    ),
    (
        "Президент Олег Петров в телефонном разговоре поздравил Ивана Смирнова с победой.",
        ["петров", "смирнов"],
    ),
    ("Полноценная встреча Олега Петрова с Иваном Смирновым не состоится.", ["петров", "смирнов"]),
    (
        "В разговоре с агентами, которые представились покупателями, Иван Смирнов просил деньги.",
        ["агент", "смирнов"],
    ),
    ("Путин, Моди и Си Цзиньпин встретились в Казани.", ["путин", "моди", "цзиньпин"]),
    ("Накануне представители прокуратуры встретились с адвокатами.", ["представител", "адвокат"]),
    (
        "Встреча президента Франции Олега Петрова с премьером Иваном Смирновым отменена.",
        ["петров", "смирнов"],
    ),
    (
        "Министр вместе с послом Олегом Петровым встретился с губернатором.",
        ["министр", "петров", "губернатор"],
    ),
    ("Президент встретил в аэропорту премьера Ивана Смирнова.", ["президент", "смирнов"]),
    ("Министр Олег Петров принял участие в круглом столе.", ["петров"]),
    ("Патриарх даёт аудиенции в своей резиденции.", ["патриарх"]),
    # a pronoun whose antecedent is a first name alone gets the full name
    (
        "Стивен Фрай женился. Стивен вырос в Норфолке. Позже он встречался с губернатором.",
        ["стивен фрай", "губернатор"],
    ),
]

# The session of a body named after its noun (issue 21): the body meets.
MEETINGS += [
    ("Вчера прошло заседание областного комитета партии «Яблоко».", ["комитет"]),
    ("Министр выступил на коллегии Минздрава в Казани.", ["минздрав"]),
    ("В Туле состоялась конференция сотрудников завода.", ["сотрудник"]),
    ("Вопрос обсудят на внеочередном съезде ЛДПР.", ["лдпр"]),
    # a chamber is a body ("палата" heads an organization)
    ("Вчера прошёл съезд Торгово-промышленной палаты.", ["палат"]),
    # a short passive is the verb of the venue's clause
    ("Тарифы рассмотрены на заседании городской комиссии по транспорту.", ["комисси"]),
    # names with initials, whose case the dictionary cannot tell, own the meeting noun
    (
        "Посол, сославшись на итоги встречи А.Меркель и Э.Макрона, заявил о прогрессе.",
        ["меркель", "макрон"],
    ),
]

# A partner phrase that opens the clause: "С X министр встретился".
MEETINGS += [
    ("С послом Египта министр Олег Петров встретился в пятницу.", ["петров", "посол"]),
    ("Со студентами пообщалась ректор Анна Волкова.", ["волкова", "студент"]),
]

# Contact as a noun is a meeting when whose it was is said: "после его общения с X".
MEETINGS += [
    (
        "Ректор Иван Смирнов вернулся из Томска. После его общения со студентами начались споры.",
        ["смирнов", "студент"],
    ),
    ("Общение губернатора с фермерами продлилось час.", ["губернатор", "фермер"]),
]

# What a clause's subject did during talks or a conversation: the subject took part, even
# with no one else named.
MEETINGS += [
    ("Пираты выдвинули требования в ходе телефонных переговоров.", ["пират"]),
    ("Во время беседы губернатор Олег Петров пообещал построить мост.", ["петров"]),
]

# One or some of a group: "встретился с одним из лидеров", "повстречает кого-то из X".
MEETINGS += [
    ("Губернатор Олег Петров встретился с одним из лидеров забастовки.", ["петров", "лидер"]),
    ("В Туле президент навестит кого-то из своих школьных друзей.", ["президент", "друз"]),
]

# A call to an organization: "позвонил в полицию".
MEETINGS += [
    ("Очевидец аварии Пётр Козлов позвонил в полицию.", ["козлов", "полиц"]),
    ("Вечером депутат позвонил в редакцию газеты «Северный край».", ["депутат", "редакц"]),
]

# A stage named as a building is a venue like any other; performing on a stage is not a
# meeting (NOT_MEETINGS).
MEETINGS += [
    (
        "Губернатор осмотрел театр и в фойе малой сцены встретился с актёрами.",
        ["губернатор", "актер"],
    ),
]

# "на встречу" is the noun, not "встречу" (I shall meet); a relative clause after the noun
# names who met ("на встречу, где собрались X"), and its verb is the same meeting.
MEETINGS += [
    (
        "Олег Петров пригласил фермеров на встречу с министром Иваном Смирновым.",
        ["петров", "фермеры", "смирнов"],
    ),
    (
        "Анна Козлова пришла на встречу, где собрались выпускники университета.",
        ["козлова", "выпускники"],
    ),
    (
        "Губернатор приехал на встречу, на которой собрались лидеры профсоюзов.",
        ["губернатор", "лидеры"],
    ),
]

# "Роман" is a first name: no word of private life ("роман" as an affair)
MEETINGS += [
    ("Министр встретился с Романом Гуляевым.", ["министр", "гуляев"]),
    ("Губернатор Роман Сафин встретился с фермерами.", ["сафин", "фермеры"]),
]

NOT_MEETINGS = [
    # the verb "встречу", a speaker's own words
    "Я встречу тебя у входа.",
    # contact that goes on is no meeting ("пообщался с X", one occasion, is)
    "В лагере беженцев волонтёрка общалась с вербовщиками.",
    "Режиссёр, общаясь с актёрами по видеосвязи, объявил о премьере.",
    # a sports match, a court hearing, talks one party asks others not to hold
    "Первые два периода встречи со шведами наши хоккеисты проигрывали.",
    "В ходе заседания адвокат подсудимого расскажет суду о новых уликах.",
    "Премьер попросил Москву и Киев не проводить переговоры в Минске.",
    "Сейчас футболист встречается с испанской моделью.",
    "Они встречались три года, а потом расстались.",
    # sports matches, private life, meetings that are only a venue
    "В финале чемпионата «Спартак» встретится с «Зенитом».",
    "Сборная России встретилась с командой Бразилии в матче за третье место.",
    "Актер встречался с певицей три года, а потом женился на ней.",
    "Продюсер закрутил роман с певицей и встретился с ней в Ницце.",
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
    "Мэра переизбрали на съезде партии.",
    "Вечером он так и не дозвонился до приёмной.",
    # a repeat mention of a meeting with no one named, a relationship, an object between
    "На встрече стороны обсудили торговлю.",
    "В 2010 году она стала встречаться с актёром.",
    "Папа принял отставку кардинала.",
    "Город встретил Новый год салютом.",
    "Студенты приняли участие в конкурсе.",
    "Министр попросил не проводить встречу с журналистами.",
    "Очень рад, что наконец увижусь со своими детьми.",
    # a session with no body named, a membership, a collection, what is to be done there
    "Заседание перенесли на вторник.",
    "В 2015 году епископа вывели из коллегии Синода.",
    "Издательство выпустило собрание сочинений Чехова.",
    "Утвердить бюджет на заседании Госдумы решено осенью.",
    # getting to know papers or a city, and meeting no one named
    "Новый министр знакомится с документами ведомства.",
    "Туристы познакомились с историей старого города.",
    "Судья познакомился с материалами дела за неделю.",
    # a delegate of a congress: a membership
    "Член профсоюза, делегат IX Съезда профсоюзов.",
    # talks reported before ("стороны", a pronoun), or no one acting during them
    "В ходе переговоров стороны обменялись документами.",
    "Во время разговора он уронил телефон.",
    "В ходе переговоров было решено продлить перемирие.",
    # contact that goes on, with no one whose it is
    "Епископ завёл блог для общения с прихожанами.",
    "В процессе общения с коллегами у инженера появились новые идеи.",
    "Министр провёл общение с прессой.",
    # ringing at a door or a bell, a call to a city: no party named
    "Почтальон дважды позвонил в дверь.",
    "На Пасху звонари звонили в колокола.",
    "Министр из самолёта позвонил в Москву.",
    # getting acquainted is no meeting (the reference gold leaves "познакомилась с X" out;
    # our own annotators split two against two)
    "Компания «Ромашка» познакомилась с рынком Китая.",
    "Банк «Заря» познакомился с клиентами из Казани.",
    "Весной тренер Олег Петров познакомился с певицей Анной Смирновой.",
    "С Игорем Лебедевым Мария познакомилась в университете.",
    # performers on one stage
    "Оркестр и хор вновь встретятся на сцене филармонии.",
]


@pytest.mark.parametrize(
    ("text", "keys"), MEETINGS, ids=[f"m{i:02d}" for i in range(len(MEETINGS))]
)
def test_meeting(news: Extractor, text: str, keys: list[str]) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert any(has_keys(names(m.actors()), keys) for m in found), describe(document)


@pytest.mark.parametrize(
    ("text", "modality"),
    MEETING_MODALITY,
    ids=[
        "negated-call",
        "negated",
        "planned",
        "plan-verb",
        "asserted",
        "refused",
        "call-failed",
        "call-failed-adverb-first",
        "never-met",
    ],
)
def test_meeting_modality(news: Extractor, text: str, modality: str) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert [m.modality for m in found] == [modality], describe(document)


@pytest.mark.parametrize("text", NOT_MEETINGS, ids=[f"n{i:02d}" for i in range(len(NOT_MEETINGS))])
def test_not_a_meeting(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Meeting), describe(document)


# A meeting verb right before the noun's phrase reports the same meeting: one event.
ONE_MEETING = [
    pytest.param(
        "Эти вопросы глава кабинета обсудил в ходе двухчасовой беседы с Президентом Олегом "
        "Петровым.",
        "обсудил",
        id="discussed-during-talk",
    ),
    # the noun first, the verb later: the noun's meeting stands
    pytest.param(
        "Во время встречи с послом Японии министр обсудил торговлю.", "встречи", id="noun-first"
    ),
    # the gathering in the noun's relative clause is the noun's meeting
    pytest.param(
        "Анна Козлова пришла на встречу, где собрались выпускники университета.",
        "встречу",
        id="gathered-at-the-meeting",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), ONE_MEETING)
def test_a_meeting_told_by_a_verb_and_a_noun_is_one(
    news: Extractor, text: str, trigger: str
) -> None:
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert [m.trigger.text for m in found] == [trigger], describe(document)


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


def test_a_short_surname_in_another_case_is_the_same_person(news: Extractor) -> None:
    text = (
        "Президент России Владимир Путин и президент США Дональд Трамп прибыли в Париж. "
        "Формат встречи Путина и Трампа изменился."
    )
    found = of_type(news.extract(text), Meeting)
    assert [sorted(names(m.actors())) for m in found] == [["владимир путин", "дональд трамп"]]


def test_a_planned_meeting_after_a_held_one_is_another_meeting(news: Extractor) -> None:
    text = (
        "Иван Петров встретился с Олегом Смирновым. "
        "Петров сказал, что снова встретится с Олегом Смирновым в мае."
    )
    found = of_type(news.extract(text), Meeting)
    assert [(m.trigger.text, m.modality) for m in found] == [
        ("встретился", "asserted"),
        ("встретится", "planned"),
    ]


def test_they_beside_a_partner_are_the_partner_and_the_subject(news: Extractor) -> None:
    text = (
        "Премьер Монголии Батын Очир прибыл в Пекин. "
        "Он сообщил, что во время встречи с председателем КНР Си Цзиньпином они "
        "договорились о поставках угля."
    )
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert sorted(names(meeting.actors())) == ["батын очир", "си цзиньпин"], describe(document)


def test_a_surname_in_a_looks_feminine_only_without_the_first_name(news: Extractor) -> None:
    text = (
        "Министр Сергей Шамба и посол Иван Петров прилетели в Лондон. После визита в Ирландию Шамба "
        "посетит Шотландию, где он выступит в парламенте и встретится с Терезой Мэй."
    )
    document = news.extract(text)
    [meeting] = of_type(document, Meeting)
    assert sorted(names(meeting.actors())) == ["сергей шамба", "тереза мэй"], describe(document)


def test_a_plural_title_stands_for_the_holders_named_before(news: Extractor) -> None:
    text = (
        "Президент Чили Габриэль Борич и президент Перу Педро Кастильо прибудут в Лиму. "
        "Борич заявил, что встретится с Кастильо в пятницу. "
        "Министр подтвердил, что президенты увидятся на саммите."
    )
    document = news.extract(text)
    found = of_type(document, Meeting)
    assert [sorted(names(m.actors())) for m in found] == [
        ["габриэль борич", "педро кастильо"],
        ["габриэль борич", "педро кастильо"],
    ], describe(document)
