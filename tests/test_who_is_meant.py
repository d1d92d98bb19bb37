"""Who, exactly (round four): a document that speaks stands for whoever the story says
issued it. Our own sentences; rows that must stay unresolved are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

DOCUMENTS = [
    # the subject of "подписал указ" is who the decree speaks for
    pytest.param(
        "Губернатор области Олег Смирнов подписал указ о карантине. В указе отмечается, "
        "что школы будут закрыты.",
        "отмечается",
        "Олег Смирнов",
        id="who-signed-the-decree",
    ),
    # ... also with the subject after the verb
    pytest.param(
        "Соответствующий указ подписал президент республики Иван Петров. В указе "
        "отмечено, что награда вручается за многолетний труд.",
        "отмечено",
        "Иван Петров",
        id="decree-signed-by-a-subject-after-the-verb",
    ),
    # "своим постановлением": the one who acted by it issued it
    pytest.param(
        "Мэр города Олег Смирнов своим постановлением закрыл рынок. В постановлении "
        "говорится, что рынок опасен для покупателей.",
        "говорится",
        "Олег Смирнов",
        id="who-acted-by-his-own-ruling",
    ),
    # "сообщение" is what was just "сообщил": its subject speaks in it (a secretariat is an
    # organization's body)
    pytest.param(
        "Об этом сообщил секретариат ООН на сайте организации. В сообщении говорится, что "
        "помощь доставлена.",
        "говорится",
        "секретариат ООН",
        id="the-message-of-who-just-told",
    ),
    # ... also when the sentence names another person as well: the statement told just
    # before has one speaker, whose message it is
    pytest.param(
        "Иван Петров сообщил, что Олег Смирнов уволен. В сообщении говорится, что решение "
        "окончательное.",
        "говорится",
        "Иван Петров",
        id="a-message-with-two-people-is-the-speakers",
    ),
    # ... nor a telling too far back
    pytest.param(
        "Пресс-служба Кремля сообщила о визите. Иван Петров прибыл в Москву вечером. Он "
        "поселился в гостинице. Переговоры начнутся утром. В сообщении говорится, что "
        "визит продлится два дня.",
        "говорится",
        "сообщение",
        id="a-telling-far-back-stays",
    ),
    # nobody is said to have issued it: the document stays
    pytest.param(
        "Вчера стало известно о новом указе. В указе говорится, что школы будут закрыты.",
        "говорится",
        "указ",
        id="an-unissued-decree-stays",
    ),
    # a person named by a decree did not issue it
    pytest.param(
        "Указом президента Иван Петров назначен министром. В указе говорится, что он "
        "приступит к работе в понедельник.",
        "говорится",
        "указ",
        id="the-appointed-did-not-issue-the-decree",
    ),
    # "в заявлении МВД": the organization right after the document noun, in the genitive,
    # owns it (a participle phrase may stand between it and the verb); the same document
    # spoken of again, with another verb, speaks for it too
    pytest.param(
        "Ночью у здания суда прогремел взрыв. В заявлении МЧС Казахстана, размещённом на "
        "сайте, сказано, что пострадал охранник Пётр Сидоров. Расследование начато по "
        "статье о хулиганстве. В заявлении также говорится, что здание не пострадало.",
        "говорится",
        "МЧС Казахстана",
        id="the-statement-its-owner-was-named-with",
    ),
    # ... a person so named as well
    pytest.param(
        "Вышла книга Анны Жуковой о ее детстве. В аннотации Анны Жуковой, опубликованной "
        "издательством, говорится, что книга написана для подростков. Тираж распродан за "
        "неделю. В аннотации также сказано, что продолжение выйдет весной.",
        "сказано",
        "Анна Жукова",
        id="the-annotation-of-a-named-person",
    ),
    # a description after the document noun names nobody yet: the statement before
    # speaks for it, and its description stays unresolved (never the person it names)
    pytest.param(
        "Ночью у здания суда прогремел взрыв. В заявлении ведомства, размещённом на сайте, "
        "сказано, что пострадал охранник Пётр Сидоров. В заявлении также говорится, "
        "что здание не пострадало.",
        "говорится",
        "ведомство",
        id="a-statement-of-a-description-stays",
    ),
    # two signatories: which one speaks is not said
    pytest.param(
        "Олег Смирнов и Иван Петров подписали заявление. В заявлении говорится, что "
        "выборы были нечестными.",
        "говорится",
        "заявление",
        id="two-signatories-stay-unresolved",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), DOCUMENTS)
def test_document_author(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


LATIN_NAMES = [
    # small words inside a Latin name keep it whole
    pytest.param("Кредит выдал Bank of America в марте.", "Bank of America", id="of-inside"),
    pytest.param(
        "Интервью опубликовала Folha de Sao Paulo вчера.", "Folha de Sao Paulo", id="de-inside"
    ),
    # ... but a name does not begin or end with one
    pytest.param("Песню of Love исполнил Smith вчера.", "Smith", id="no-name-from-a-small-word"),
    pytest.param(
        "Об этом сообщила Times, а of course все промолчали.", "Times", id="no-trailing-small-word"
    ),
]


@pytest.mark.parametrize(("text", "name"), LATIN_NAMES)
def test_latin_name(text: str, name: str) -> None:
    found = [m.name for m in found_mentions(text) if m.kind == "ORG"]
    assert name in found
    assert all(not n.startswith(("of", "de")) and not n.endswith((" of", " de")) for n in found)


OUTLETS = [
    # the outlet's name right after its noun, in wiki-style or straight quotation marks
    pytest.param(
        "Правительство уходит в отставку, сообщает агентство ''Reuters''.",
        "сообщает",
        # wiki italics read as guillemets: named as "агентство «Reuters»" would be
        "агентство «Reuters»",
        id="outlet-named-in-double-apostrophes",
    ),
    pytest.param(
        "Об отставке сообщила газета Folha de Sao Paulo.",
        "сообщила",
        "Folha de Sao Paulo",
        id="outlet-with-a-latin-name-of-several-words",
    ),
    # a name further on is not the description's
    pytest.param(
        "Об отставке сообщила компания, а Apple промолчала.",
        "сообщила",
        "компания",
        id="a-name-after-a-comma-stays-apart",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), OUTLETS)
def test_outlet_name(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


TITLE_AND_NAME = [
    # a surname before a first name and a surname is the title's complement
    pytest.param(
        "Знаток творчества Пушкина Олег Смирнов заявил, что рукопись подлинная.",
        "Олег Смирнов",
        "знаток творчества Пушкина",
        id="whose-expert",
    ),
    pytest.param(
        "Исследовательница наследия Чехова Анна Ветрова заявила, что письмо подлинное.",
        "Анна Ветрова",
        "исследовательница наследия Чехова",
        id="whose-researcher",
    ),
    # surname, first name and patronymic are one name
    pytest.param(
        "Директор школы Иванова Мария Петровна заявила, что уроки отменены.",
        "Иванова Мария Петровна",
        "директор школы",
        id="surname-first-name-patronymic-stay-one",
    ),
    # a complement that looks like a surname, before a first name, a patronymic and a
    # surname, is the title's: the name is the last three words
    pytest.param(
        "Директор музея Шишкина Нина Павловна Зорина заявила, что выставка продлена.",
        "Нина Павловна Зорина",
        "директор музея Шишкина",
        id="whose-museum-before-a-full-name",
    ),
    pytest.param(
        "Хранитель архива Булгакова Олег Ильич Ветров сообщил, что письма оцифрованы.",
        "Олег Ильич Ветров",
        "хранитель архива Булгакова",
        id="whose-archive-before-a-full-name",
    ),
    # ... and a surname-first name of three words stays one name
    pytest.param(
        "Завуч Соколова Ирина Андреевна заявила, что экзамен перенесён.",
        "Соколова Ирина Андреевна",
        "завуч",
        id="surname-first-name-patronymic-after-a-bare-title",
    ),
    # two first names and a surname are one name
    pytest.param(
        "Бывший министр Жан Поль Бертен заявил, что уходит из политики.",
        "Жан Поль Бертен",
        "бывший министр",
        id="double-first-name-stays-one",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLE_AND_NAME)
def test_title_and_name(extractor: Extractor, text: str, name: str, title: str) -> None:
    document = extractor.extract(text)
    found = [(e.speaker.name, e.speaker.title) for e in document.events if e.type == "Statement"]
    assert found == [(name, title)]


ORGANIZATION_PRONOUNS = [
    # a pronoun opening a sentence goes on with the organization that opened the one before
    pytest.param(
        "Организация «Зелёный мир», объединяющая тысячи людей, выразила неудовольствие. "
        "Она обещала подать иск.",
        "обещала",
        "Организация «Зелёный мир»",
        id="she-is-the-organization",
    ),
    # ... named by its description, resolved to the name given before
    pytest.param(
        "Компания «Вега» выпустила рекламу. Компания извинилась за рекламу. Она заявила о "
        "поддержке закона.",
        "заявила",
        "Вега",
        id="she-is-the-described-company",
    ),
    # a person in that sentence is whom the pronoun means
    pytest.param(
        "Компания «Вега» уволила Анну Петрову. Она заявила, что подаст в суд.",
        "заявила",
        "Анна Петрова",
        id="a-person-comes-first",
    ),
    # a noun of another gender is not "она"
    pytest.param(
        "Банк «Заря» объявил о банкротстве. Она заявила, что это ошибка.",
        "заявила",
        "Она",
        id="a-masculine-bank-is-no-she",
    ),
    # an unnamed company stays what it is
    pytest.param(
        "Компания извинилась за рекламу. Она заявила о поддержке закона.",
        "заявила",
        "Компания",
        id="an-unnamed-company-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), ORGANIZATION_PRONOUNS)
def test_organization_pronoun(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


SUBSTANTIVIZED = [
    # a participle standing for a person ("задержанный") is a description of the one named
    pytest.param(
        "Полиция задержала жителя Томска Игоря Сомова. На допросе задержанный заявил, что "
        "действовал один.",
        "Игорь Сомов",
        id="the-detained-man",
    ),
    pytest.param(
        "Следователи допросили бухгалтера фирмы Ольгу Лаптеву. Подозреваемая заявила, что "
        "подписи подделаны.",
        "Ольга Лаптева",
        id="the-suspected-woman",
    ),
    # a woman named before a masculine participle is not whom it stands for
    pytest.param(
        "Полиция задержала жительницу Томска Анну Сомову. На допросе задержанный заявил, что "
        "невиновен.",
        "задержанный",
        id="gender-disagrees-stays",
    ),
    # nobody named: the description stays
    pytest.param(
        "Суд начался утром. Обвиняемый заявил, что невиновен.",
        "обвиняемый",
        id="nobody-named-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SUBSTANTIVIZED)
def test_substantivized_description(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


AUTHORS = [
    # "автор" stands for the person the document named as a work's author
    pytest.param(
        "В мае вышла книга Марины Ветровой «Тихий сад». Стихи короткие и простые. Книга "
        "продаётся в магазинах. Автор отмечает, что писала её пять лет.",
        "Марина Ветрова",
        id="author-of-a-book-in-the-genitive",
    ),
    pytest.param(
        "На фестивале показали фильм Олега Журова о рыбаках. Ведущий вечера Пётр Смирнов "
        "вручил ему цветы. Автор заявил, что снимал картину три года.",
        "Олег Журов",
        id="author-of-a-film-not-the-host-named-after-it",
    ),
    # "автор статьи" is someone else: nothing resolves it
    pytest.param(
        "В мае вышел роман Ивана Петрова. Автор статьи отмечает, что роман слабый.",
        "автор статьи",
        id="author-of-another-work-stays",
    ),
    # a feminine verb and a man named as the author: not him
    pytest.param(
        "В мае вышел роман Ивана Петрова. Критики спорят. Книги расходятся. Продажи растут. "
        "Тиражи тоже. Автор заявила, что роман слабый.",
        "автор",
        id="a-woman-author-is-not-the-man-named",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AUTHORS)
def test_work_author(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


REGULATORS = [
    # "регулятор" stands for the central bank the document named, in the nominative,
    # also when named only inside a person's title
    pytest.param(
        "Заместителем председателя Банка России назначен Олег Рябов, сообщил регулятор.",
        "Банк России",
        id="central-bank-inside-a-title",
    ),
    pytest.param(
        "Решение Национального банка Армении удивило рынок. Регулятор заявил, что курс стабилен.",
        "Национальный банк Армении",
        id="national-bank-in-the-genitive",
    ),
    # a supervising service is a regulator too
    pytest.param(
        "Ростехнадзор приостановил работу шахты. Регулятор заявил, что нарушения серьёзные.",
        "Ростехнадзор",
        id="supervising-service",
    ),
    # an abbreviation when no full name is given
    pytest.param(
        "ФРС сохранила ставку. Регулятор заявил, что рынок труда силён.",
        "ФРС",
        id="abbreviation-alone",
    ),
    # no regulator named: the description stays
    pytest.param(
        "Компания «Вега» снизила цены. Регулятор заявил, что проверит рынок.",
        "Регулятор",
        id="no-regulator-named-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REGULATORS)
def test_regulator(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


PLURAL_PRONOUNS = [
    # "они" after a plural description of people the dictionary does not know
    pytest.param(
        "Левоцентристы обвинили мэра в провале. Они заявили, что бюджет сорван.",
        "заявили",
        "левоцентристы",
        id="they-are-the-prefixed-people-noun",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), PLURAL_PRONOUNS)
def test_plural_pronoun(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


COUPLES = [
    # "пара" stands for the two people named together before it, the first for a speaker
    pytest.param(
        "Олег Ветров и Нина Зорина поженились весной. Летом у них родился сын Илья. Осенью "
        "пара объявила, что переезжает в Казань.",
        "объявила",
        ["Олег Ветров"],
        id="couple-past-a-child-named-alone",
    ),
    # no pair named before: it stays
    pytest.param(
        "Вчера прошёл фестиваль. Пара объявила, что ждёт ребёнка.",
        "объявила",
        ["Пара"],
        id="no-pair-stays",
    ),
    # three people named together are no couple
    pytest.param(
        "Олег Ветров, Нина Зорина и Илья Котов приехали в Казань. Пара объявила, что остаётся.",
        "объявила",
        ["Пара"],
        id="three-people-are-no-couple",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), COUPLES)
def test_couple(extractor: Extractor, text: str, trigger: str, speaker: list[str]) -> None:
    assert speakers(extractor, text, trigger) == speaker


def test_couple_meets_as_both(extractor: Extractor) -> None:
    # "супруги" in a field of several actors are both people of the pair
    document = extractor.extract(
        "Олег Ветров и Нина Зорина поженились весной. Вечером супруги встретились с журналистами."
    )
    meetings = [e for e in document.events if e.type == "Meeting"]
    assert [[a.name for a in e.actors()] for e in meetings] == [
        ["Олег Ветров", "Нина Зорина", "журналисты"]
    ]
