"""The grammar building blocks packs import: actors (people with titles, organizations,
countries, pronouns), dates and places, each on sentences of our own."""

from __future__ import annotations

import pytest
from yargy import Parser

from eventkit.grammar.actors import mentions
from eventkit.grammar.dates import DATE, date_value, relative_offset
from eventkit.grammar.places import PLACE, place_nominative
from eventkit.text.analysis import PretokenizedTokenizer, analyse, tokenize

ACTORS = [
    # text, mention as written, name in the nominative, title, kind
    # a surname the dictionary reads first as a first name's plural ("Хасанов" of "Хасан")
    ("Вчера Иван Хасанов выступил.", "Иван Хасанов", "Иван Хасанов", None, "PER"),
    ("Он встретился с Иваном Хасановым.", "Иваном Хасановым", "Иван Хасанов", None, "PER"),
    # a first name that is also a rare common noun is the name's, not a title
    ("Вчера Муртаза Каримов выступил.", "Муртаза Каримов", "Муртаза Каримов", None, "PER"),
    # a complement of an adjective and a title word before the name
    (
        "Помощник российского премьера Иван Соколов сообщил об этом.",
        "Помощник российского премьера Иван Соколов",
        "Иван Соколов",
        "помощник российского премьера",
        "PER",
    ),
    (
        "На открытии был биограф великого художника Пётр Орлов.",
        "биограф великого художника Пётр Орлов",
        "Пётр Орлов",
        "биограф великого художника",
        "PER",
    ),
    # an initial glued to the surname opening a sentence stays the name's
    ("Л.Ферран рассказал об этом.", "Л.Ферран", "Л.Ферран", None, "PER"),
    # a capitalized genitive before a first name is the title's, not the name's
    (
        "Директор Эрмитажа Михаил Пиотровский открыл выставку.",
        "Директор Эрмитажа Михаил Пиотровский",
        "Михаил Пиотровский",
        "директор Эрмитажа",
        "PER",
    ),
    (
        "Совет директоров возглавил глава Газпрома Алексей Миллер.",
        "глава Газпрома Алексей Миллер",
        "Алексей Миллер",
        "глава Газпрома",
        "PER",
    ),
    # a name only a nominative can be is not the holder of a title in the genitive
    ("Приказом министра Ольга Смирнова уволена.", "Ольга Смирнова", "Ольга Смирнова", None, "PER"),
    # a title and its name in one case stay one person
    (
        "Он встретился с министром Ольгой Смирновой.",
        "министром Ольгой Смирновой",
        "Ольга Смирнова",
        "министр",
        "PER",
    ),
    (
        "Президент Казахстана Касым-Жомарт Токаев прибыл.",
        "Президент Казахстана Касым-Жомарт Токаев",
        "Касым-Жомарт Токаев",
        "президент Казахстана",
        "PER",
    ),
    ("Прибыл К.-Ж. Токаев.", "К.-Ж. Токаев", "К.-Ж. Токаев", None, "PER"),
    ("Прибыл Ян Цзечи.", "Ян Цзечи", "Ян Цзечи", None, "PER"),
    (
        "Прибыл председатель КНР Си Цзиньпин.",
        "председатель КНР Си Цзиньпин",
        "Си Цзиньпин",
        "председатель КНР",
        "PER",
    ),
    (
        "Он встретился с главой МИД Казахстана Мухтаром Тлеуберди.",
        "главой МИД Казахстана Мухтаром Тлеуберди",
        "Мухтар Тлеуберди",
        "глава МИД Казахстана",
        "PER",
    ),
    ("Он поговорил с Анной Петровой.", "Анной Петровой", "Анна Петрова", None, "PER"),
    ("Он поговорил с Марией Смирновой.", "Марией Смирновой", "Мария Смирнова", None, "PER"),
    ("Письмо передали Ивану Сидорову.", "Ивану Сидорову", "Иван Сидоров", None, "PER"),
    (
        "Он встретился с членом Политбюро ЦК КПК, главой канцелярии Комиссии ЦК КПК по иностранным делам Ян Цзечи.",
        "членом Политбюро ЦК КПК, главой канцелярии Комиссии ЦК КПК по иностранным делам Ян Цзечи",
        "Ян Цзечи",
        "член Политбюро ЦК КПК, глава канцелярии Комиссии ЦК КПК по иностранным делам",
        "PER",
    ),
    (
        "Прибыл посол Италии в Грузии Виторио Сандали.",
        "посол Италии в Грузии Виторио Сандали",
        "Виторио Сандали",
        "посол Италии в Грузии",
        "PER",
    ),
    (
        "Выступил Папа Римский Бенедикт XVI.",
        "Папа Римский Бенедикт XVI",
        "Бенедикт XVI",
        "папа Римский",
        "PER",
    ),
    ("Пресс-служба Кремля промолчала.", "Пресс-служба Кремля", "Пресс-служба Кремля", None, "ORG"),
    (
        "Министерство обороны России промолчало.",
        "Министерство обороны России",
        "Министерство обороны России",
        None,
        "ORG",
    ),
    (
        "Сделку одобрила компания «Газпром».",
        "компания «Газпром»",
        "компания «Газпром»",
        None,
        "ORG",
    ),
    ("Статью напечатал журнал Forbes.", "журнал Forbes", "журнал Forbes", None, "ORG"),
    ("Письмо получила Франция.", "Франция", "Франция", None, "GPE"),
    ("Товары везут из Казахстана.", "Казахстана", "Казахстан", None, "GPE"),
    # a capitalized word in no genitive before the surname is a first name, not a complement;
    # a woman's instrumental ending on a name the dictionary lacks
    (
        "Он встретился с матерью студентки Яффой Иссахар.",
        "матерью студентки Яффой Иссахар",
        "Яффа Иссахар",
        "мать студентки",
        "PER",
    ),
    (
        "Он встретился с премьером Праютом Чан-Очей.",
        "премьером Праютом Чан-Очей",
        "Прают Чан-Оча",
        "премьер",
        "PER",
    ),
    # a word known only as a common noun completes the title: it names no one
    (
        "Он вернётся в качестве президента Соединённых Штатов.",
        "президента Соединённых Штатов",
        "президент Соединённых Штатов",
        "президент Соединённых Штатов",
        "PER",
    ),
    # "Анне" is "Анна" in the dative, not an indeclinable French name
    ("Он позвонил Анне Петровой.", "Анне Петровой", "Анна Петрова", None, "PER"),
    # a Latin name before a Cyrillic one stays in the title
    (
        "Основатель Microsoft Билл Гейтс заявил это.",
        "Основатель Microsoft Билл Гейтс",
        "Билл Гейтс",
        "основатель Microsoft",
        "PER",
    ),
    # an abbreviation with a case ending keeps its capitals
    ("По данным МИДа, похитители требуют выкуп.", "МИДа", "МИД", None, "ORG"),
    # a title's head is the title noun, not its look-alike ("премьеру": not a film's "премьера")
    (
        "Путин позвонил премьеру Японии.",
        "премьеру Японии",
        "премьер Японии",
        "премьер Японии",
        "PER",
    ),
    # a foreign man's name the dictionary lacks, every word in the same oblique case
    ("Путин позвонил Эмманюэлю Макрону.", "Эмманюэлю Макрону", "Эмманюэль Макрон", None, "PER"),
    ("Путин встретился с Орбаном.", "Орбаном", "Орбан", None, "PER"),
    # a name in quotes alone is declined by its noun
    ("По данным «Базы» книга вышла.", "«Базы»", "«База»", None, "ORG"),
    # a description with a long complement before the name; an unknown -ов surname declined
    (
        "Он встречался с автором закона о запрете «пропаганды насилия» Виталием Милоновым.",
        "автором закона о запрете «пропаганды насилия» Виталием Милоновым",
        "Виталий Милонов",
        "автор закона о запрете «пропаганды насилия»",
        "PER",
    ),
    (
        "Пресс-агент Гибсона промолчал.",
        "Пресс-агент Гибсона",
        "пресс-агент Гибсона",
        "пресс-агент Гибсона",
        "PER",
    ),
    # names in straight quotes, alone and after an organization's noun or abbreviation
    # Straight quotes are read as the guillemets they stand for: the name has guillemets.
    ('Журнал "Огонёк" вышел в срок.', 'Журнал "Огонёк"', "Журнал «Огонёк»", None, "ORG"),
    ('Тренер покинул ФК "Ротор".', 'ФК "Ротор"', "ФК «Ротор»", None, "ORG"),
    ('По сведениям "Новой газеты", план готов.', '"Новой газеты"', "«Новая газета»", None, "ORG"),
    # an outlet's noun with the outlet's unquoted name after it
    ("Это передало агентство Блумберг.", "агентство Блумберг", "агентство Блумберг", None, "ORG"),
    # after a first name, a capitalized word is a surname whatever else it may be: not the
    # genitive of a country or of a common noun, and put into the nominative by the
    # surname paradigm
    ("Вчера Олег Ливанов уехал.", "Олег Ливанов", "Олег Ливанов", None, "PER"),
    ("Вчера Вера Ракова уехала.", "Вера Ракова", "Вера Ракова", None, "PER"),
    ("Письмо вручили Вере Раковой.", "Вере Раковой", "Вера Ракова", None, "PER"),
    ("Он поспорил с Олегом Ливановым.", "Олегом Ливановым", "Олег Ливанов", None, "PER"),
    # a noun for people that is no title, before a name that can only be a genitive: whose
    # companion the actor is, not the companion's name
    (
        "Об этом рассказал давний соратник Мартинеса.",
        "давний соратник Мартинеса",
        "давний соратник Мартинеса",
        "давний соратник Мартинеса",
        "PER",
    ),
    (
        "Об этом рассказал бывший телохранитель Мартинеса.",
        "бывший телохранитель Мартинеса",
        "бывший телохранитель Мартинеса",
        "бывший телохранитель Мартинеса",
        "PER",
    ),
    # must stay the named person: a name in the nominative, or the noun in the name's case
    (
        "Об этом рассказал соратник Иван Мартинес.",
        "соратник Иван Мартинес",
        "Иван Мартинес",
        "соратник",
        "PER",
    ),
    (
        "Дом бывшего соратника Мартинеса сгорел.",
        "бывшего соратника Мартинеса",
        "Мартинес",
        "бывшего соратника",  # a description that is no title stays as written
        "PER",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "name", "title", "kind"),
    ACTORS,
    ids=[f"a{i:02d}" for i in range(len(ACTORS))],
)
def test_actor_mention(text: str, surface: str, name: str, title: str | None, kind: str) -> None:
    analysed = analyse(text)
    found = {m.text: m for s in analysed.sentences for m in mentions(s, text)}
    assert surface in found, sorted(found)
    mention = found[surface]
    assert (mention.name, mention.title, mention.kind) == (name, title, kind)
    assert text[mention.start : mention.end] == surface


def test_pronouns_are_marked() -> None:
    text = "Она сказала правду."
    [mention] = mentions(analyse(text).sentences[0], text)
    assert mention.pronoun
    assert mention.gender == "femn"


def test_subject_case_is_known() -> None:
    text = "Анна Петрова встретилась с Иваном Сидоровым."
    first, second = mentions(analyse(text).sentences[0], text)
    assert first.can_be_subject
    assert not second.can_be_subject


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an oblique title, then a name that can be nominative and its verb: two people
        ("В беседе с агентом Джонсон говорил о плане.", ["агент", "Джонсон"]),
        # the name shares the title's case: one person
        ("В беседе с агентом Джонсоном он говорил о плане.", ["Джонсон", "он"]),
        # a noun governed by a preposition, whatever other case its word may be in ("боя"
        # of "бой", a fight, is also an animate accusative): the name is the verb's subject
        ("После боя Матиас сказал правду.", ["бой", "Матиас"]),
        # must stay one: the name can be in the title's case (and is normalized from it)
        ("У министра Петрова была встреча.", ["Петров"]),
    ],
)
def test_a_name_before_its_verb_is_apart_from_an_oblique_title(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(analyse(text).sentences[0], text)] == names


def test_two_names_that_disagree_in_case_are_two_mentions() -> None:
    text = "С Олегом Смирновым Иван Петров поговорил."
    names = [m.name for m in mentions(analyse(text).sentences[0], text)]
    assert names == ["Олег Смирнов", "Иван Петров"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a quotation is not an organization's name in quotes
        ("Он критиковал «жадных банкиров» и компанию «Газпром».", ["Он", "компания «Газпром»"]),
        # (its "я" is a mention: the resolver gives it to the one quoted, or drops it)
        ("Он ответил «Я не знаю» журналистам.", ["Он", "Я", "журналисты"]),
        # an unknown word after "в" is a place, not a person; "жил" is a verb
        ("Он жил в Модесто, где верил в Путина.", ["Он", "Путина"]),
        # a name in Latin letters ends an organization's name
        (
            "По сообщению портала Ivanovo News работы участников оценивали эксперты.",
            ["портал Ivanovo News", "эксперты"],
        ),
        # a capitalized conjunction opens no name
        ("Хотя Круз первым заявил о планах, он отстаёт.", ["Круз", "он"]),
        # a single Latin letter is no name
        ("Он купил дом в L Street.", ["Он", "Street"]),
        # straight quotes around a clause or opened by a small letter hold no name
        ('Он сказал "мы победим" и ушёл.', ["Он"]),
        ('Он ответил: "Да, это так, я уйду".', ["Он", "я"]),
        # a first name before a function word or a title keeps them out of the name
        ("Вчера Анна и Пётр уехали.", ["Анна", "Пётр"]),
        ("Вчера Ольга Директор не пришла.", ["Ольга", "директор"]),
    ],
)
def test_what_is_no_actor(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(analyse(text).sentences[0], text)] == names


def test_an_indeclinable_head_takes_its_adjectives_case() -> None:
    text = "Об этом французским СМИ рассказал источник."
    [media] = [m for m in mentions(analyse(text).sentences[0], text) if m.kind == "ORG"]
    assert not media.can_be_subject


def test_a_noun_only_a_woman_is_called_gives_the_gender() -> None:
    text = "Горничная отеля Нафиссатоу Диалло дала показания."
    [mention] = mentions(analyse(text).sentences[0], text)
    assert mention.gender == "femn"


DASH_APPOSITIONS = [
    # text, the person's name, the title the description before the dash gives them
    (
        "В зал не пустили даже консультанта от партии Олега Белова - Дениса Орлова.",
        "Денис Орлов",
        "консультант",
    ),
    (
        "В зал не пришёл консультант партии «Рассвет» – Денис Орлов.",
        "Денис Орлов",
        "консультант партии «Рассвет»",
    ),
    ("Премию получила переводчица - Анна Волкова.", "Анна Волкова", "переводчица"),
    # a verb between them: the name is a new subject, not the description's
    ("Победителем стал Иван Петров - Олег Смирнов занял второе место.", "Олег Смирнов", None),
    # the name goes on into the clause: no apposition
    ("Пришёл консультант - Денис Орлов вчера всё объяснил.", "Денис Орлов", None),
]


@pytest.mark.parametrize(("text", "name", "title"), DASH_APPOSITIONS)
def test_a_name_after_a_dash_is_the_description_before_it(
    text: str, name: str, title: str | None
) -> None:
    analysed = analyse(text)
    [mention] = [m for s in analysed.sentences for m in mentions(s, text) if m.name == name]
    assert mention.title == title


AGREEING_GENDER = [
    # text, the person's name, the gender its mention gets
    ("Вчера выступила 58-летняя Доминик Ренар.", "Доминик Ренар", "femn"),
    ("Нгози Окаро, приехавшая из Найроби, дала показания.", "Нгози Окаро", "femn"),
    # the dictionary's man stays a man where nothing agrees with a woman
    ("Вчера выступил 58-летний Доминик Ренар.", "Доминик Ренар", "masc"),
    ("Нгози Окаро приехал из Найроби.", "Нгози Окаро", None),
    # the participle agrees with the meeting, not with the man in another case
    ("Встреча с Иваном Петровым, прошедшая вчера, закончилась.", "Иван Петров", "masc"),
    # a name the dictionary knows keeps its gender whatever follows the comma
    ("Иван Петров, известная личность, пришёл.", "Иван Петров", "masc"),
]


@pytest.mark.parametrize(("text", "name", "gender"), AGREEING_GENDER)
def test_an_agreeing_word_tells_a_woman_by_a_name(text: str, name: str, gender: str | None) -> None:
    [mention] = [m for m in mentions(analyse(text).sentences[0], text) if m.name == name]
    assert mention.gender == gender


DATES = [
    ("3 марта", "--03-03"),
    ("30 марта 2016 года", "2016-03-30"),
    ("в марте 2016 года", "2016-03"),
    ("в 2016 году", "2016"),
    ("12 декабря 2021 г.", "2021-12-12"),
]


@pytest.mark.parametrize(("text", "value"), DATES, ids=[f"d{i}" for i in range(len(DATES))])
def test_dates(text: str, value: str) -> None:
    [match] = Parser(DATE, tokenizer=PretokenizedTokenizer()).findall(tokenize(text))
    assert date_value(match.tokens) == value


@pytest.mark.parametrize(("text", "offset"), [("сегодня", 0), ("вчера", -1), ("в тот же день", 0)])
def test_relative_dates(text: str, offset: int) -> None:
    [match] = Parser(DATE, tokenizer=PretokenizedTokenizer()).findall(tokenize(text))
    assert date_value(match.tokens) is None
    assert relative_offset(match.tokens) == offset


@pytest.mark.parametrize(
    ("text", "name"), [("в Москве", "Москва"), ("во Франции", "Франция"), ("в Казани", "Казань")]
)
def test_places_in_the_nominative(text: str, name: str) -> None:
    [match] = Parser(PLACE, tokenizer=PretokenizedTokenizer()).findall(tokenize(text))
    assert place_nominative(match.tokens) == name


def test_a_surname_the_document_introduced_is_a_name_alone() -> None:
    text = "Прибыл Эмманюэль Макрон. Путин позвонил Макрону."
    second = analyse(text).sentences[1]
    assert [m.name for m in mentions(second, text)] == ["Путин", "Макрон"]
    alone = "Путин позвонил Макрону."
    assert [m.name for m in mentions(analyse(alone).sentences[0], alone)] == ["Путин"]


def test_mention_names_are_computed_on_first_use_and_compare_as_given() -> None:
    from attrs import evolve

    from eventkit.grammar.mention import Mention

    text = "Председателем Совета назначили Анну Петрову."
    found = {m.text: m for m in mentions(analyse(text).sentences[0], text)}
    person = found["Анну Петрову"]
    assert person._name is None  # not asked yet
    assert person.name == "Анна Петрова"
    assert person._name == "Анна Петрова"
    moved = evolve(person, first_token=0)
    assert moved.name == "Анна Петрова"
    assert moved.title == person.title
    given = Mention(
        start=person.start,
        end=person.end,
        text=person.text,
        name="Анна Петрова",
        kind="PER",
        title=person.title,
        cases=person.cases,
        gender=person.gender,
        number=person.number,
        first_token=person.first_token,
        last_token=person.last_token,
    )
    assert given == person
    assert hash(given) == hash(person)
    assert evolve(given, name="Анна") != person
    with pytest.raises(TypeError, match="name"):
        Mention(start=0, end=1, text="А", kind="PER", cases=frozenset())


def test_mention_is_frozen_with_every_field_given() -> None:
    """``Mention.__init__`` stores the fields without attrs' frozen ``__setattr__``: what it
    makes is a Mention that holds each argument and refuses changes, as a subclass's is."""
    import attrs

    from eventkit.grammar.mention import Mention

    values = {
        "start": 3,
        "end": 9,
        "text": "Петров",
        "kind": "PER",
        "cases": frozenset({"nomn"}),
        "gender": "masc",
        "subject_gender": "femn",
        "number": "sing",
        "subject_number": "plur",
        "pronoun": True,
        "description": True,
        "first_token": 1,
        "last_token": 2,
        "name": "Петров",
        "title": "министр",
        "naming_in": str.upper,
    }
    made = Mention(**values)  # type: ignore[arg-type]
    assert type(made) is Mention
    for field in attrs.fields(Mention):
        expected = values.get(field.alias, field.default)
        assert getattr(made, field.name) == expected, field.name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]
    assert attrs.evolve(made, end=10).end == 10
    assert attrs.evolve(made, end=10).name == "Петров"

    @attrs.frozen(kw_only=True, eq=False, repr=False, init=False)
    class Special(Mention):
        pass

    special = Special(start=0, end=1, text="А", kind="PER", cases=frozenset(), name="А")
    assert type(special) is Special
    assert (special.start, special.end, special.name) == (0, 1, "А")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        special.end = 2  # type: ignore[misc]
