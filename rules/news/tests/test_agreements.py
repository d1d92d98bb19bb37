"""Agreement grammar table: our own sentences, and sentences that must give no agreement.

Each row: text, the keys of the parties, and the status.
"""

from __future__ import annotations

import pytest
from tables import describe, has_keys, names, of_type

from eventkit import Agreement, Extractor

AGREEMENTS = [
    ("Россия и Китай подписали соглашение о поставках газа.", ["росси", "кита"], "signed"),
    (
        "Министры Сергей Лавров и Ван Вэньтао подписали меморандум о сотрудничестве.",
        ["лавров", "вэньтао"],
        "signed",
    ),
    (
        "Компания «Газпром» заключила контракт с китайской корпорацией CNPC.",
        ["газпром", "cnpc"],
        "signed",
    ),
    ("Армения и Азербайджан парафировали мирный договор.", ["армени", "азербайджан"], "signed"),
    ("Стороны продлили соглашение о зерновой сделке.", ["стороны"], "signed"),
    (
        "Иван Петров и Олег Смирнов договорились о совместном проекте.",
        ["петров", "смирнов"],
        "reached",
    ),
    (
        "Анна Петрова договорилась с Марией Ивановой о продаже квартиры.",
        ["петрова", "иванова"],
        "reached",
    ),
    ("Стороны достигли договоренности о прекращении огня.", ["стороны"], "reached"),
    ("Россия и Турция достигли соглашения о транзите.", ["росси", "турци"], "reached"),
    (
        "Председатель КНР Си Цзиньпин и президент Франции совместно объявили о создании фонда.",
        ["цзиньпин", "президент"],
        "announced",
    ),
    (
        "Договор был подписан Дмитрием Медведевым и Бараком Обамой в Праге.",
        ["медведев", "обам"],
        "signed",
    ),
    (
        "Правительство и профсоюзы согласились повысить зарплаты.",
        ["правительство", "профсоюз"],
        "reached",
    ),
    ("Кения расторгла соглашение с Китаем о строительстве дороги.", ["кени", "кита"], "terminated"),
    ("Президенты России и Казахстана подписали декларацию о дружбе.", ["президент"], "signed"),
    (
        "Министр Антон Силуанов подписал с коллегой из Египта протокол о сотрудничестве.",
        ["силуанов"],
        "signed",
    ),
    ("«Роснефть» и BP заключили сделку о разработке месторождения.", ["роснефть", "bp"], "signed"),
    (
        "Премьер-министры Индии и Японии договорились, что проведут учения.",
        ["премьер-министры"],
        "reached",
    ),
    ("Лидеры стран ЕС достигли компромисса по бюджету.", ["лидеры"], "reached"),
    (
        "Власти Москвы и компания Яндекс заключили соглашение о беспилотных такси.",
        ["москв", "яндекс"],
        "signed",
    ),
    (
        "Глава Минэнерго Николай Шульгинов и министр Саудовской Аравии подписали соглашение.",
        ["шульгинов", "министр"],
        "signed",
    ),
]

# Constructions of unseen news (issue 10): capitals acting for their state, a relative
# clause between subject and verb, coordinated subjects of a verb read as "send!", a
# partner in quotes, "согласовали", and a preposition that is no title ("После").
AGREEMENTS += [
    (
        "После долгих споров Москва и Киев не смогли договориться о цене газа.",
        ["росси", "украин"],
        "reached",
    ),
    (
        "Гергиев, который руководит театром, подписал контракт с оркестром.",
        ["гергиев", "оркестр"],
        "signed",
    ),
    ("Иван Петров и Анна Смирнова пришли к соглашению.", ["петров", "смирнова"], "reached"),
    ("Нолан заключил контракт с ''Sharks''.", ["нолан", "sharks"], "signed"),
    (
        "Минск и Москва согласовали позиции по вопросам безопасности.",
        ["белорус", "росси"],
        "reached",
    ),
    # an agreement noun with its passive verb; a signing participle after the document
    (
        "Договоренность о переносе выборов была достигнута между Олегом Петровым и Иваном Смирновым.",
        ["петров", "смирнов"],
        "reached",
    ),
    (
        "Пенсии выплачиваются по договору между Россией и Абхазией, заключённому в 2015 году.",
        ["росси", "абхаз"],
        "signed",
    ),
    # the subject left out continues the subject of the sentence before
    (
        "Анна Петрова родилась в Туле. В 2010 году подписала контракт с агентством «Модус».",
        ["петрова", "модус"],
        "signed",
    ),
]

# Agency copy (issue 21): a place, a time or an adverb between the verb and its object;
# the object first, its signers after the verb.
AGREEMENTS += [
    (
        "«Татнефть» и Sinopec подписали в Шанхае меморандум о совместном заводе.",
        ["татнефть", "sinopec"],
        "signed",
    ),
    (
        "Олег Петров и Иван Смирнов заключили во вторник контракт на поставку зерна.",
        ["петров", "смирнов"],
        "signed",
    ),
    (
        "Минфин и ВТБ официально подписали соглашение о кредите.",
        ["минфин", "втб"],
        "signed",
    ),
    (
        "Договор подписали министр Олег Петров и посол Иван Смирнов.",
        ["петров", "смирнов"],
        "signed",
    ),
    (
        "В Казани прошел форум, а соглашение продлили Татарстан и Башкирия.",
        ["татарстан", "башки"],
        "signed",
    ),
    ("Соглашение расторгли Россия и Китай.", ["росси", "кита"], "terminated"),
]

# Consent and one side's agreement (issue 21, second round): a group that agreed among
# itself, consent given or obtained, "согласилась на" what the other side proposed.
AGREEMENTS += [
    ("Лидеры фракций быстро договорились.", ["лидеры"], "reached"),
    ("Руководство профсоюза договорилось и объявило забастовку.", ["профсоюз"], "reached"),
    ("Казань согласилась на это при условии, что финал пройдет летом.", ["казан"], "reached"),
    ("Госдума дала согласие на назначение Олега Петрова.", ["госдум"], "reached"),
    ("Было получено согласие непосредственно Анны Смирновой.", ["смирнов"], "reached"),
    ("Лидеры двух стран сошлись на том, что спор надо решать в суде.", ["лидеры"], "reached"),
]

# Issue 21, third round: a deal noun with both its parties (the owner in the genitive and
# a partner after "с"), whatever the verb; "сошлись" on a person named or in their views.
AGREEMENTS += [
    (
        "Соглашение «Уралхима» с индийской компанией IFFCO рассчитано на пять лет.",
        ["уралхим", "iffco"],
        "reached",
    ),
    ("Контракт Олега Петрова с клубом «Зенит» истекает в мае.", ["петров", "зенит"], "reached"),
    ("Тренеры сборной сошлись на Иване Серове.", ["тренеры"], "reached"),
    ("Министры двух стран сошлись во мнении, что пошлины надо снизить.", ["министры"], "reached"),
]

# "сошлись на Иване Серове" with nobody named as who agreed: the agreement, no parties
CONVERGED_WITHOUT_PARTIES = [
    "«Мы обсудили всех кандидатов и единодушно сошлись на Иване Серове», — сказал он.",
    "Пока сошлись на том, что турнир перенесут на осень.",
]


@pytest.mark.parametrize(
    "text",
    CONVERGED_WITHOUT_PARTIES,
    ids=[f"c{i:02d}" for i in range(len(CONVERGED_WITHOUT_PARTIES))],
)
def test_converged_without_parties(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert [a.trigger.text for a in of_type(document, Agreement)] == ["сошлись"], describe(document)


AGREEMENT_MODALITY = [
    ("Министр Олег Петров отказался подписывать соглашение с Китаем.", "negated"),
]


@pytest.mark.parametrize(("text", "modality"), AGREEMENT_MODALITY, ids=["refused"])
def test_agreement_modality(news: Extractor, text: str, modality: str) -> None:
    [agreement] = of_type(news.extract(text), Agreement)
    assert agreement.modality == modality


AGREEMENT_STATUS = [
    ("Стороны договорятся о цене в следующем месяце.", "planned", "planned"),
    ("Стороны договорились о поездке в следующем месяце.", "asserted", "reached"),
    ("Сенат не дал согласия на назначение Олега Петрова.", "negated", "reached"),
    ("Россия и Индия планируют подписать соглашение о торговле.", "planned", "planned"),
    ("Соглашение должно быть подписано в среду.", "planned", "planned"),
    ("Россия и Китай не подписали соглашение.", "negated", "signed"),
    ("Россия и Китай подписали соглашение.", "asserted", "signed"),
    # a short adjective of intent governs the agreement verb as a verb of planning does
    ("Польша и Литва намерены подписать соглашение о границе.", "planned", "planned"),
    ("Стороны намерены заключить договор о поставках угля.", "planned", "planned"),
]

NOT_AGREEMENTS = [
    "Суд согласился с доводами защиты.",
    "Бывший чиновник заключил сделку со следствием.",
    "Совет не согласился с отставкой президента.",
    "Иорданцы требуют разорвать мирное соглашение с Израилем.",
    "Соглашение о свободной торговле действует с 2015 года.",
    "Договор аренды истекает в мае.",
    "Он согласился с критикой, но ничего не изменил.",
    "Подписанный документ опубликован на сайте.",
    "Эксперты обсудили условия контракта.",
    "Демонстранты потребовали разорвать договор.",
    "Контракт футболиста рассчитан на три года.",
    # the object first, but nobody named as its signers
    "Этот договор подписали в 1997 году.",
    "Документ продлили еще на год.",
    # one person alone, consent to one's own step, a participle, consent as a condition
    "Олег Петров договорился.",
    "Анна Смирнова согласилась выйти замуж.",
    "Иван Петров согласился на то, чтобы уйти в отставку.",
    "Депутаты, согласившиеся на посты в правительстве, покинут фракцию.",
    "Правительство было сформировано с согласия парламентского большинства.",
    "Олег Петров получил согласие министра на поездку.",
    # intent to study an agreement is no agreement
    "Депутаты намерены изучить соглашение о границе.",
    # a deal noun with one party only, or leaving it; meeting in a fight
    "Россия вышла из соглашения с Ираном о ядерной программе.",
    "Контракт с клубом истекает летом.",
    "Боксёры сошлись на ринге в Лас-Вегасе.",
    "Две армии сошлись на поле у реки.",
]


@pytest.mark.parametrize(
    ("text", "keys", "status"), AGREEMENTS, ids=[f"a{i:02d}" for i in range(len(AGREEMENTS))]
)
def test_agreement(news: Extractor, text: str, keys: list[str], status: str) -> None:
    document = news.extract(text)
    found = [a for a in of_type(document, Agreement) if isinstance(a, Agreement)]
    assert any(has_keys(names(a.parties), keys) and a.status == status for a in found), describe(
        document
    )


@pytest.mark.parametrize(
    ("text", "modality", "status"),
    AGREEMENT_STATUS,
    ids=[
        "will-agree",
        "agreed-on-a-plan",
        "consent-refused",
        "plan",
        "passive-plan",
        "negated",
        "signed",
        "intent",
        "intent-parties",
    ],
)
def test_agreement_modality_and_status(
    news: Extractor, text: str, modality: str, status: str
) -> None:
    document = news.extract(text)
    found = [a for a in of_type(document, Agreement) if isinstance(a, Agreement)]
    assert [(a.modality, a.status) for a in found] == [(modality, status)], describe(document)


@pytest.mark.parametrize(
    "text", NOT_AGREEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_AGREEMENTS))]
)
def test_not_an_agreement(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not of_type(document, Agreement), describe(document)


def test_subject_is_what_was_agreed(news: Extractor) -> None:
    [agreement] = of_type(news.extract("Стороны договорились о строительстве моста."), Agreement)
    assert isinstance(agreement, Agreement)
    assert agreement.subject is not None
    assert agreement.subject.text == "о строительстве моста"


# A passive signing: the parties follow the document's noun in the same clause ("договор
# между X и Y был подписан", "был подписан договор между X и Y"); a "с" phrase that is not
# the document's, or a document named in another clause, gives none.
PASSIVE_PARTIES = [
    ("Меморандум между Арменией и Грузией был подписан во вторник.", ["армени", "грузи"]),
    (
        "Вчера в Минске был подписан протокол между Казахстаном и Узбекистаном.",
        ["казахстан", "узбекистан"],
    ),
    (
        "Конвенция между Норвегией, Швецией и Финляндией была парафирована в Осло.",
        ["норвеги", "швеци", "финлянди"],
    ),
    ("Контракт с компанией «Вектор» был продлён ещё на год.", ["вектор"]),
    ("Договор был подписан Олегом Петровым и Иваном Смирновым.", ["петров", "смирнов"]),
    # must not: the partner belongs to another phrase, or no party is named
    ("После переговоров с Арменией меморандум был подписан.", []),
    ("Меморандум о поставках угля был подписан в Кемерове.", []),
    ("Протокол, о котором шла речь на встрече с Грузией, был подписан.", []),
]


@pytest.mark.parametrize(
    ("text", "keys"), PASSIVE_PARTIES, ids=[f"p{i:02d}" for i in range(len(PASSIVE_PARTIES))]
)
def test_passive_parties(news: Extractor, text: str, keys: list[str]) -> None:
    document = news.extract(text)
    found = [
        a
        for a in of_type(document, Agreement)
        if isinstance(a, Agreement) and a.rule == "agreement.passive"
    ]
    assert found, describe(document)
    assert has_keys(names(found[0].parties), keys), describe(document)
