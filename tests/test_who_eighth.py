"""Who, exactly (round eight): a title whose complement is a common noun ("мэр города",
"тренер команды") stands for the one person given that office with a place or an
organization of that kind just before. Our own sentences; rows that must stay as written
are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

OFFICE_BY_COMPLEMENT = [
    pytest.param(
        "Мэр Казани Ильсур Метшин открыл новый парк. Позже мэр города заявил, что парков "
        "станет больше.",
        "Ильсур Метшин",
        id="mayor-of-the-city",
    ),
    pytest.param(
        "Губернатор Тамбовской области Максим Егоров посетил завод. Губернатор региона "
        "заявил, что завод расширят.",
        "Максим Егоров",
        id="governor-of-the-region",
    ),
    pytest.param(
        "Генеральный директор компании «Ростсельмаш» Валерий Мальцев посетил выставку. "
        "Директор компании сказал, что продажи растут.",
        "Валерий Мальцев",
        id="director-of-the-company",
    ),
    pytest.param(
        "Главный тренер «Зенита» Сергей Семак провёл тренировку. Тренер команды признал, "
        "что игроки устали.",
        "Сергей Семак",
        id="coach-of-the-team",
    ),
    # another place named between: "страны" may be that one
    pytest.param(
        "Президент Киргизии Садыр Жапаров прибыл в Ташкент. Президент страны сообщил, что "
        "визит будет коротким.",
        "президент страны",
        id="another-place-between-stays",
    ),
    # two mayors: which city is meant, nothing says
    pytest.param(
        "Мэр Казани Ильсур Метшин и мэр Уфы Ратмир Мавлиев открыли форум. Мэр города "
        "заявил, что форум станет ежегодным.",
        "мэр города",
        id="two-mayors-stay",
    ),
    # a club's president is not the country's
    pytest.param(
        "Президент клуба «Сокол» Иван Дронов купил вратаря. Президент страны заявил, что "
        "спорт важен.",
        "президент страны",
        id="club-president-is-not-the-countrys",
    ),
    # a country's president is not a company's
    pytest.param(
        "Президент Киргизии Садыр Жапаров открыл завод. Президент компании заявил, что "
        "рабочих наймут.",
        "президент компании",
        id="countrys-president-is-not-the-companys",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICE_BY_COMPLEMENT)
def test_office_by_a_common_complement(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


SPOKESMEN = [
    # "представитель Путина": the one the document made the president's press secretary
    pytest.param(
        "Президент России Владимир Путин прилетел в Париж. Пресс-секретарь российского "
        "президента Дмитрий Песков рассказал о планах. Представитель Путина подчеркнул, "
        "что встреча состоится.",
        "Дмитрий Песков",
        id="spokesman-of-the-president",
    ),
    pytest.param(
        "Президент Сербии Горан Лукич прибыл в Москву. Пресс-секретарь сербского "
        "президента Милена Симич рассказала о планах. Представитель Лукича заявила, "
        "что визит важен.",
        "Милена Симич",
        id="spokeswoman-of-the-president",
    ),
    # a minister's press secretary does not speak for the president
    pytest.param(
        "Президент Сербии Горан Лукич прибыл в Москву. Пресс-секретарь министра "
        "Милена Симич рассказала о планах. Представитель Лукича заявила, что визит "
        "важен.",
        "представитель Лукича",
        id="a-ministers-spokeswoman-stays",
    ),
    # another country's president's press secretary neither
    pytest.param(
        "Президент Сербии Горан Лукич прибыл в Москву. Пресс-секретарь российского "
        "президента Дмитрий Песков рассказал о планах. Представитель Лукича заявил, что "
        "визит важен.",
        "представитель Лукича",
        id="another-presidents-spokesman-stays",
    ),
    # "официальный представитель МИД" is the "представитель МИД" and the ministry's
    pytest.param(
        "Официальный представитель МИД России Мария Захарова прокомментировала визит. "
        "Представитель МИД заявила, что визит полезен.",
        "Мария Захарова",
        id="official-representative",
    ),
    pytest.param(
        "Официальный представитель МИД России Мария Захарова прокомментировала визит. "
        "Представитель ведомства заявила, что визит полезен.",
        "Мария Захарова",
        id="representative-of-the-ministry",
    ),
    # a former president holds the office no more
    pytest.param(
        "Бывший президент США Барак Обама посетил Берлин. Президент США заявил, что поездка важна.",
        "президент США",
        id="former-president-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKESMEN)
def test_spokesman(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


_LETTER = (
    "Ничего особенного в разговоре не было. Голос был бодрым. Погода была плохой. Рейс "
    "задержали. Котова также рассказала о письме бизнесмена министру Игорю Лаптеву:\n"
    "Он говорил, что хочет вернуться домой."
)

SUBJECT_PRONOUN = [
    # "Он" goes on with the story's person who spoke last, not with the minister named in
    # passing in the dative
    pytest.param(
        "Анна Котова, подруга бизнесмена Олега Сомова, дала интервью журналу. Олег Сомов "
        "сообщил ей, что прилетит вечером. " + _LETTER,
        "Олег Сомов",
        id="the-story-person-who-spoke",
    ),
    # nobody acted before: the person named nearest is meant
    pytest.param(
        "Анна Котова дала интервью журналу. " + _LETTER,
        "Игорь Лаптев",
        id="nobody-acted-nearest-stays",
    ),
    # the one named in passing is named more often than the one who spoke: he is meant
    pytest.param(
        "Министр Игорь Лаптев уволился. Лаптев уехал. Олег Сомов сообщил Котовой, что "
        "Лаптев прилетит вечером. " + _LETTER,
        "Игорь Лаптев",
        id="the-more-named-one-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_PRONOUN)
def test_subject_pronoun_after_a_passing_name(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert speakers(extractor, text, "говорил") == [speaker]


AUTHORITIES_BY_ADJECTIVE = [
    # "в британском Солсбери": the authorities of the state the adjective names
    pytest.param(
        "В кафе в британском Солсбери нашли следы яда. Сейчас здание оцеплено, хотя власти "
        "заявляют об отсутствии опасности.",
        "британские власти",
        id="state-of-the-adjective",
    ),
    # a place named alone keeps its own authorities
    pytest.param(
        "Сильный пожар произошёл в Солсбери. Власти заявляют об отсутствии опасности.",
        "Власти Солсбери",
        id="the-places-own",
    ),
    # two states named: which, nothing says
    pytest.param(
        "Пожары прошли в британском Солсбери и во французском Лилле. Власти заявляют об "
        "отсутствии опасности.",
        "Власти",
        id="two-states-stay",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AUTHORITIES_BY_ADJECTIVE)
def test_authorities_by_a_places_adjective(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


GIVEN_NAME_AFTER_A_TITLE = [
    # "Шейх Хамад": the one person named in full with that given name before
    pytest.param(
        "Эмир Катара шейх Хамад бен Рашид посетил Москву. Шейх Хамад заявил, что визит удался.",
        "Хамад бен Рашид",
        id="sheikh-by-given-name",
    ),
    # two people with that given name: which, nothing says
    pytest.param(
        "Эмир Катара шейх Хамад бен Рашид посетил Москву. Его сын шейх Хамад бен Мансур "
        "тоже приехал. Шейх Хамад заявил, что визит удался.",
        "шейх Хамад",
        id="two-of-that-name-stay",
    ),
    # a complement naming a place is no given name
    pytest.param(
        "Президент Казахстана Касым-Жомарт Токаев посетил Москву. Президент Казахстана "
        "заявил, что визит удался.",
        "Касым-Жомарт Токаев",
        id="place-complement-by-its-office",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), GIVEN_NAME_AFTER_A_TITLE)
def test_given_name_after_a_title(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ORGANIZATIONS_SPOKESMAN = [
    # "представитель Кремля": the one the document made "пресс-секретарь Кремля"
    pytest.param(
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал визит. Представитель "
        "Кремля заявил, что встреча важна.",
        "Дмитрий Песков",
        id="kremlin-spokesman",
    ),
    # the Kremlin's spokesman is not the ministry's
    pytest.param(
        "Пресс-секретарь Кремля Дмитрий Песков прокомментировал визит. Представитель МИД "
        "заявил, что встреча важна.",
        "представитель МИД",
        id="another-organizations-stays",
    ),
    # "российский президент" holds the office "глава государства" names
    pytest.param(
        "Российский президент Владимир Путин провёл переговоры. Глава государства "
        "заявил, что доволен.",
        "Владимир Путин",
        id="head-of-state-after-a-place-adjective",
    ),
    # a former president holds it no more
    pytest.param(
        "Бывший российский президент Дмитрий Медведев провёл переговоры. Глава "
        "государства заявил, что доволен.",
        "глава государства",
        id="former-head-of-state-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANIZATIONS_SPOKESMAN)
def test_organizations_spokesman_and_office(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


_ORLOV = (
    "Парк откроют в мае. Иван Орлов пообещал, что парков будет много. «Парк будет "
    "большим», — уточнил Иван Орлов. "
)

HEAD_OF_STATE_IN_THE_LEAD = [
    # a headline naming nobody: the person the sentence after it names is the story's
    pytest.param(_ORLOV + "Президент также рассказал, что деньги найдены.", id="president"),
    pytest.param(_ORLOV + "Российский лидер напомнил, что закон принят.", id="russian-leader"),
    pytest.param(
        _ORLOV + "Глава российского государства напомнил, что закон принят.",
        id="head-of-the-russian-state",
    ),
]


@pytest.mark.parametrize("text", HEAD_OF_STATE_IN_THE_LEAD)
def test_head_of_state_named_in_the_lead(extractor: Extractor, text: str) -> None:
    assert speakers(extractor, text)[-1] == "Иван Орлов"


HEAD_OF_STATE_STAYS = [
    # "лидер" alone may lead anything
    pytest.param(_ORLOV + "Лидер напомнил, что закон принят.", "лидер", id="bare-leader"),
    # nobody named in the headline or the sentence after it
    pytest.param(
        "Парк откроют в мае. Деньги на него найдены. Иван Орлов пообещал, что парков будет "
        "много. «Парк будет большим», — уточнил Иван Орлов. Президент также рассказал, что "
        "деньги найдены.",
        "президент",
        id="named-after-the-lead",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEAD_OF_STATE_STAYS)
def test_head_of_state_stays(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


ORGAN_NAMED_BEFORE = [
    # "пресс-служба" alone: the press office the sentence before named with its ministry
    pytest.param(
        "Пресс-служба Минобороны подтвердила информацию. Пресс-служба также сообщила, что "
        "генералы уходят.",
        "пресс-служба Минобороны",
        id="press-office-named-before",
    ),
    pytest.param(
        "Позднее пресс-служба Минобороны подтвердила информацию. Пресс-служба также "
        "сообщила, что генералы уходят.",
        "пресс-служба Минобороны",
        id="a-word-read-along-before-it",
    ),
    # two press offices: which, nothing says
    pytest.param(
        "Пресс-служба Минобороны и пресс-служба МИД подтвердили информацию. Пресс-служба "
        "также сообщила, что генералы уходят.",
        "Пресс-служба",
        id="two-press-offices-stay",
    ),
    # an organization named without its press office: the press office stays
    pytest.param(
        "Компания «Аэрофлот» отменила рейсы. Пресс-служба заявила, что пассажирам вернут деньги.",
        "Пресс-служба",
        id="no-press-office-named-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGAN_NAMED_BEFORE)
def test_organ_named_before(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


MINISTER_AS_HEAD_OF_A_MINISTRY = [
    # "глава МИД", "глава Минфина": ministers
    pytest.param(
        "Глава МИД России Сергей Зорин прибыл в Анкару. Министр заявил, что переговоры "
        "будут трудными.",
        "Сергей Зорин",
        id="head-of-the-foreign-ministry",
    ),
    pytest.param(
        "Глава Минфина Антон Силуанов прибыл в Анкару. Министр заявил, что бюджет сбалансирован.",
        "Антон Силуанов",
        id="head-of-the-finance-ministry",
    ),
    # the head of a city or of a company is no minister
    pytest.param(
        "Глава Минска Владимир Кухарев прибыл в Анкару. Министр заявил, что бюджет сбалансирован.",
        "министр",
        id="head-of-minsk-stays",
    ),
    pytest.param(
        "Глава компании Сергей Зорин прибыл в Анкару. Министр заявил, что переговоры "
        "будут трудными.",
        "министр",
        id="head-of-a-company-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), MINISTER_AS_HEAD_OF_A_MINISTRY)
def test_minister_as_head_of_a_ministry(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


OUTLET_BY_ITS_VERB = [
    # "передаёт": only an outlet reports so; the agency is that one
    pytest.param(
        "Об этом передаёт РИА Новости. Агентство уточняет, что пострадавших нет.",
        "РИА Новости",
        id="agency-that-transmits",
    ),
    # "сообщает" may be anyone's: the agency stays
    pytest.param(
        "Об этом сообщает РИА Новости. Агентство уточняет, что пострадавших нет.",
        "Агентство",
        id="agency-after-any-report-stays",
    ),
    # a ministry that writes is still no agency
    pytest.param(
        "Об этом пишет министерство обороны. Агентство уточняет, что пострадавших нет.",
        "Агентство",
        id="ministry-is-no-agency",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OUTLET_BY_ITS_VERB)
def test_outlet_by_its_verb(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


def _participants(extractor: Extractor, text: str) -> list[str]:
    return [
        a.name for e in extractor.extract(text).events if e.type == "Meeting" for a in e.actors()
    ]


THEY_AMONG_PARTICIPANTS = [
    # "они" among a meeting's participants: every member of the group named before
    pytest.param(
        "Иван Петров и Олег Сидоров прилетели в Казань. Они встретились в гостинице.",
        ["Иван Петров", "Олег Сидоров"],
        id="pair",
    ),
    pytest.param(
        "Иван Петров, Олег Сидоров и Анна Котова прилетели в Казань. Они встретились в гостинице.",
        ["Иван Петров", "Олег Сидоров", "Анна Котова"],
        id="three",
    ),
    # a plural noun stays one participant
    pytest.param(
        "Родители девочки прилетели в Казань. Они встретились с мэром.",
        ["родители девочки", "мэр"],
        id="plural-noun-stays-one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEY_AMONG_PARTICIPANTS)
def test_they_among_participants(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _participants(extractor, text) == expected


ANNOTATION_OF_A_WORK = [
    # "аннотация к книге" speaks for the author the document named by that book
    pytest.param(
        "Книга Ивана Петрова вышла в мае. В аннотации к книге говорится, что она о войне.",
        "Иван Петров",
        id="annotation-to-the-book",
    ),
    # the author of a film wrote no book
    pytest.param(
        "Фильм Ивана Петрова вышел в мае. В аннотации к книге говорится, что она о войне.",
        "аннотация",
        id="another-works-author-stays",
    ),
    # no author named
    pytest.param(
        "Книга вышла в мае. В аннотации к книге говорится, что она о войне.",
        "аннотация",
        id="no-author-stays",
    ),
    # no work said after it
    pytest.param(
        "Книга Ивана Петрова вышла в мае. В аннотации говорится, что она о войне.",
        "аннотация",
        id="no-work-said-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANNOTATION_OF_A_WORK)
def test_annotation_of_a_work(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


PRONOUN_AFTER_A_PREPOSITION = [
    # "встретился с ним": the person named before, never the other participant
    pytest.param(
        "Иван Петров прилетел в Казань. Вечером Олег Сидоров встретился с ним в гостинице.",
        ["Олег Сидоров", "Иван Петров"],
        id="with-him",
    ),
    pytest.param(
        "Анна Котова прилетела в Казань. Вечером Олег Сидоров встретился с ней в гостинице.",
        ["Олег Сидоров", "Анна Котова"],
        id="with-her",
    ),
    pytest.param(
        "Иван Петров и Анна Котова прилетели в Казань. Вечером Олег Сидоров встретился с "
        "ними в гостинице.",
        ["Олег Сидоров", "Иван Петров", "Анна Котова"],
        id="with-them",
    ),
    # nobody else named: the pronoun stays
    pytest.param(
        "Вечером Олег Сидоров встретился с ним в гостинице.",
        ["Олег Сидоров", "ним"],
        id="nobody-else-stays",
    ),
    # "он" is the one named; "ним" is not he again
    pytest.param(
        "Олег Сидоров прилетел в Казань. Вечером он встретился с ним в гостинице.",
        ["Олег Сидоров", "ним"],
        id="not-the-other-participant",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_AFTER_A_PREPOSITION)
def test_pronoun_after_a_preposition(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _participants(extractor, text) == expected


SPOUSES_NAMED_TOGETHER = [
    # "X и её муж Y": a couple the couple's words stand for
    pytest.param(
        "Певица Анна Котова и её муж Олег Сомов купили дом. Супруги рассказали, что "
        "переедут весной.",
        "Анна Котова",
        id="she-and-her-husband",
    ),
    pytest.param(
        "Актёр Олег Сомов и его жена Анна Котова купили дом. Пара рассказала, что переедет весной.",
        "Олег Сомов",
        id="he-and-his-wife",
    ),
    # a brother is no spouse
    pytest.param(
        "Певица Анна Котова и её брат Олег Сомов купили дом. Супруги рассказали, что "
        "переедут весной.",
        "супруги",
        id="brother-and-sister-stay",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPOUSES_NAMED_TOGETHER)
def test_spouses_named_together(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]
