"""Who, exactly (round ten): a person named by their work in quotes ("автор «Лесной
сказки»"), an organization named only inside a title ("секретарь ОДКБ … в заявлении
организации"), a document's issuer given by a participle ("в пресс-релизе, выпущенном
Петровым"), the rest of a quotation closed by a title ("— сказал депутат"), a plural noun for
the group the sentences before described ("активисты" for "тульские активисты"). Our own
sentences; rows that must stay as written are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

MAKER_OF_A_WORK = [
    pytest.param(
        "Кинорежиссёр Олег Сомов снимает новый фильм. Олег Сомов работает в Казани. "
        "В беседе с журналистами автор «Лесной сказки» сказал, что съёмки закончатся весной.",
        "Олег Сомов",
        id="author-of-a-film",
    ),
    pytest.param(
        "Актриса Анна Котова вышла замуж. Свадьба Анны Котовой прошла в Казани. "
        "Звезда «Зимнего сада» написала, что счастлива.",
        "Анна Котова",
        id="star-of-a-film-she",
    ),
    # a man named as often before: which one is meant, nothing says
    pytest.param(
        "Режиссёр Олег Сомов и продюсер Иван Дронов приехали в Казань. Олег Сомов и Иван "
        "Дронов показали фильм. Автор «Лесной сказки» сказал, что съёмки закончатся весной.",
        "автор «Лесной сказки»",
        id="two-men-stay",
    ),
    # nobody named before
    pytest.param(
        "Автор «Лесной сказки» сказал, что съёмки закончатся весной.",
        "автор «Лесной сказки»",
        id="nobody-named-stays",
    ),
    # the verb says a woman: the man named is not the star
    pytest.param(
        "Режиссёр Олег Сомов снимает новый фильм. Олег Сомов работает в Казани. Звезда "
        "«Зимнего сада» написала, что съёмки закончатся весной.",
        "звезда «Зимнего сада»",
        id="woman-by-the-verb-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), MAKER_OF_A_WORK)
def test_maker_of_a_work(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ORGANIZATION_IN_A_TITLE = [
    pytest.param(
        "Умер бывший генеральный секретарь ОДКБ Иван Дронов. Об этом говорится в заявлении "
        "организации.",
        "ОДКБ",
        id="organization-of-a-title",
    ),
    # a state in the title is no organization
    pytest.param(
        "Умер бывший президент России Иван Дронов. Об этом говорится в заявлении организации.",
        "организация",
        id="state-in-a-title-stays",
    ),
    # two organizations: which one, nothing says
    pytest.param(
        "Умер бывший генеральный секретарь ОДКБ Иван Дронов, советник ЮНЕСКО Олег Сомов "
        "прилетел на похороны. Об этом говорится в заявлении организации.",
        "организация",
        id="two-organizations-stay",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANIZATION_IN_A_TITLE)
def test_organization_in_a_title(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ISSUED_BY = [
    pytest.param(
        "Полиция задержала трёх человек, говорится в пресс-релизе, выпущенном Петровым.",
        "Петров",
        id="press-release-issued-by-a-person",
    ),
    pytest.param(
        "Полиция задержала трёх человек, говорится в заявлении, опубликованном МВД.",
        "МВД",
        id="statement-published-by-a-ministry",
    ),
    # "пресс-релиз" is a document noun, though it has a hyphen
    pytest.param(
        "Прокурор Иван Котов объявил об арестах. В пресс-релизе говорится, что задержаны трое.",
        "Иван Котов",
        id="press-release-of-the-statement-before",
    ),
    # a described agent speaks as described: the clause layer takes it, nothing names it
    pytest.param(
        "Полиция задержала трёх человек, говорится в заявлении, опубликованном ведомством.",
        "ведомство",
        id="described-agent-stays",
    ),
    # a participle of another verb gives no author
    pytest.param(
        "Полиция задержала трёх человек, говорится в заявлении, найденном Петровым.",
        "заявление",
        id="found-is-not-issued-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ISSUED_BY)
def test_document_issued_by(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("говорится",)) == [speaker]


QUOTATION_RESUMED = [
    pytest.param(
        "«Этот парк нужен детям, — говорит Иван Дронов. — Мы построим ещё два парка "
        "в районе», — сказал депутат.",
        ["Иван Дронов", "Иван Дронов"],
        id="title-after-a-comma",
    ),
    # a new quotation opens: another's words
    pytest.param(
        "«Этот парк нужен детям», — говорит Иван Дронов. «Мы построим ещё два парка "
        "в районе», — сказал депутат.",
        ["Иван Дронов", "депутат"],
        id="new-quotation-stays",
    ),
    # the verbs' genders differ
    pytest.param(
        "«Этот парк нужен детям, — сказал Иван Дронов. — Мы построим ещё два парка "
        "в районе», — сказала депутат.",
        ["Иван Дронов", "депутат"],
        id="other-gender-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATION_RESUMED)
def test_quotation_resumed(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert speakers(extractor, text) == expected


GROUP_DESCRIBED = [
    pytest.param(
        "Тульские активисты подали жалобу в суд. Активисты утверждают, что стройка незаконна.",
        "тульские активисты",
        id="group-described-before",
    ),
    pytest.param(
        "В суд пришли местные жители. Жители утверждают, что стройка незаконна.",
        "местные жители",
        id="residents-described-before",
    ),
    # two groups described: which one, nothing says
    pytest.param(
        "Тульские активисты и калужские активисты подали жалобу. Активисты утверждают, что "
        "стройка незаконна.",
        "активисты",
        id="two-groups-stay",
    ),
    # a pronoun's adjective describes nothing
    pytest.param(
        "Другие активисты подали жалобу в суд. Активисты утверждают, что стройка незаконна.",
        "активисты",
        id="pronoun-adjective-stays",
    ),
    # nothing before
    pytest.param(
        "Активисты утверждают, что стройка незаконна.",
        "активисты",
        id="nothing-before-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), GROUP_DESCRIBED)
def test_group_described_before(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("утверждают",)) == [speaker]


STATE_AGENCY = [
    pytest.param(
        "Федеральная таможенная служба России задержала груз. В ведомстве отметили, что "
        "груз вернут владельцу.",
        "Федеральная таможенная служба России",
        id="service-by-its-full-name",
    ),
    pytest.param(
        "Рособрнадзор проверил университет. В ведомстве отметили, что нарушений нет.",
        "Рособрнадзор",
        id="supervising-service",
    ),
    # an outlet's service is no state agency
    pytest.param(
        "Газета «Вечерний Тамбов» открыла службу доставки. В ведомстве отметили, что "
        "нарушений нет.",
        "ведомство",
        id="outlet-stays",
    ),
    # no agency named
    pytest.param(
        "Груз задержали на границе. В ведомстве отметили, что груз вернут владельцу.",
        "ведомство",
        id="nothing-named-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), STATE_AGENCY)
def test_state_agency(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("отметили",)) == [speaker]


ANY_DOCUMENT = [
    pytest.param(
        "Президент Киргизии Садыр Жапаров подписал указ о награждении врача. В документе "
        "говорится, что врач спас сотни жизней.",
        "Садыр Жапаров",
        id="document-for-a-signed-decree",
    ),
    # the document named last has nobody issuing it
    pytest.param(
        "Иван Петров подписал указ о награждении врача. Вчера парламент одобрил законопроект "
        "о врачах. В документе говорится, что врачам поднимут зарплаты.",
        "документ",
        id="last-document-without-issuer-stays",
    ),
    # no document named before
    pytest.param(
        "Врачам поднимут зарплаты. В документе говорится, что рост составит десять процентов.",
        "документ",
        id="no-document-before-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANY_DOCUMENT)
def test_any_document(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("говорится",)) == [speaker]


DEFENCE = [
    pytest.param(
        "Адвокаты Сомова не отрицают вину клиента, но защита говорила о его болезни.",
        "адвокаты Сомова",
        id="lawyers-named-before",
    ),
    pytest.param(
        "Суд начал слушания. Адвокат Котовой попросил отсрочку. Защита настаивала, что "
        "свидетели не явились.",
        "адвокат Котовой",
        id="lawyer-named-before",
    ),
    # "его адвокат" names no client after the word
    pytest.param(
        "Суд начал слушания. Его адвокат попросил отсрочку. Защита настаивала, что свидетели "
        "не явились.",
        "Защита",
        id="lawyer-without-client-stays",
    ),
    # no lawyers named
    pytest.param(
        "Суд начал слушания. Защита настаивала, что свидетели не явились.",
        "Защита",
        id="no-lawyers-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DEFENCE)
def test_defence_is_its_lawyers(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("говорила", "настаивала")) == [speaker]


NAMED_IN_FULL = [
    # the issuer of a document, named in full
    pytest.param(
        "Прокурор Игорь Воронов провёл пресс-конференцию. Задержаны трое, говорится в "
        "пресс-релизе, выпущенном Вороновым.",
        "Игорь Воронов",
        id="issuer-in-full",
    ),
    # a title's holder given it by the surname alone, named in full
    pytest.param(
        "Эштон Картер прилетел в Киев. Министр обороны Картер осмотрел базу. Министр "
        "сообщил, что помощь продолжится.",
        "Эштон Картер",
        id="title-holder-in-full",
    ),
    # a full name stays as it is: "Валентина" is no form of "Валентин"
    pytest.param(
        "Губернатор Валентина Гордеенко открыла мост. Губернатор сообщила, что мост важен.",
        "Валентина Гордеенко",
        id="full-name-of-a-holder-stays",
    ),
    # father and son: "Воронов" may be either, and stays
    pytest.param(
        "Прокурор Игорь Воронов-младший и его отец Игорь Воронов-старший провели "
        "пресс-конференцию. Вечером Воронов сообщил, что задержаны трое.",
        "Воронов",
        id="father-and-son-stay",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_IN_FULL)
def test_named_in_full(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("сообщил", "сообщила", "говорится")) == [speaker]


ORGANIZATION_NAMED_AFTER_ITS_NOUN = [
    pytest.param(
        "Совет директоров «Вектора» собрался в среду. Совет заявил, что дивиденды выплатят.",
        "Совет директоров «Вектора»",
        id="quotes-after-a-genitive-name-whose-council",
    ),
    pytest.param(
        "Компания «Вектор» открыла завод. Компания заявила, что завод заработает весной.",
        "Вектор",
        id="quotes-right-after-the-noun-name-it",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANIZATION_NAMED_AFTER_ITS_NOUN)
def test_organization_named_after_its_noun(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text, ("заявил", "заявила")) == [speaker]
