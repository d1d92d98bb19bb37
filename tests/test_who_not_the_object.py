"""Who speaks when other names stand near the verb: a name that may be a noun's genitive
("до заявления Риччи", "отставку Гурьева") or the verb's object ("процитировал Петрова")
is not the subject when a subject stands before or after it; a verb after ", о чём" has its
subject after it; a statement's record ("В заявлении говорится") with no issuer named is
the record of the statement told just before it; an organization named only inside a title
("директор компании «Вектор»") is what its noun ("в компании") stands for. Our own
sentences; rows that must keep the name, or leave the record unresolved, are in the same
tables. A plural description of people ends before a verb that is also a noun's genitive
("Эксперты стали", "Рабочие были"); a hyphenated noun the dictionary does not know, headed by
a noun for people ("шпионы-предатели"), is a description of people. A name after an
animate title in the genitive-or-accusative ("президента Петра Орлова") is normalized by
the name's own readings in those cases; "он" after ", где" is the person just before."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

SPEAKERS = [
    # ", о чём" opens a clause whose subject follows its verb; nothing before it is
    pytest.param(
        "5 мая 2015 года совет единогласно поддержал назначение бывшего министра финансов "
        "Чехии Антониу Коштаса на пост главы банка, о чём объявил представитель Франции Жан "
        "Мартен: «Решение принято».",
        "объявил",
        ["Жан Мартен"],
        id="about-which-subject-after",
    ),
    # a name after a common noun it may be the genitive of yields to a subject before it
    pytest.param(
        "Вчера Ринат Галеев в ответ на слова Мбаппе заявил, что уходит.",
        "заявил",
        ["Ринат Галеев"],
        id="genitive-of-a-noun-after-the-subject",
    ),
    pytest.param(
        "Вчера ООН после заявления МОК сообщила, что игры пройдут.",
        "сообщила",
        ["ООН"],
        id="abbreviation-genitive-after-the-subject",
    ),
    pytest.param(
        "В свою очередь Ринат Галеев сказал, что завод закроют.",
        "сказал",
        ["Ринат Галеев"],
        id="adverbial-noun-before-the-subject",
    ),
    # ... but not to a title phrase: the name after the title's complement is the speaker
    pytest.param(
        "Депутат от Либеральной партии Жан Мартен заявил, что закон примут.",
        "заявил",
        ["Жан Мартен"],
        id="name-after-a-titles-complement-stays",
    ),
    # after the verb, a noun's genitive or the verb's object yields to the subject after it
    pytest.param(
        "«Проба положительная», – переводит заявление ФИФА британская «Таймс».",
        "переводит",
        ["«Таймс»"],
        id="genitive-after-the-verb",
    ),
    pytest.param(
        "«Проект закроют», — предупредил Вальдеса собеседник издания.",
        "предупредил",
        ["собеседник издания"],
        id="object-after-the-verb",
    ),
    # ... except for a verb of quoting, whose object is the one quoted: the quoted speaks
    # (``test_who_sixth``)
    pytest.param(
        "«Я ухожу в отставку», — процитировал Олега Ванина собеседник издания.",
        "процитировал",
        ["Олег Ванин"],
        id="object-of-quoting-speaks",
    ),
    # an organization after a noun a preposition governs is that noun's genitive, after
    # the verb as before it: the second verb goes on with the first one's subject
    pytest.param(
        "Вчера директор заявила, что не пустит меня в здание академии и велела уйти.",
        "велела",
        ["директор"],
        id="genitive-in-a-phrase-after-the-verb",
    ),
    # a person's noun before a name is its title, not a governor of a genitive
    pytest.param(
        "Совет одобрил кандидатуру Олега Фомина, о чём объявил посол Иван Мартынов.",
        "объявил",
        ["Иван Мартынов"],
        id="title-noun-before-the-name-stays",
    ),
    pytest.param(
        "«Я ухожу в отставку», — сказал Ринат Галеев.",
        "сказал",
        ["Ринат Галеев"],
        id="plain-inverted-subject-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "found"), SPEAKERS)
def test_speaker(extractor: Extractor, text: str, trigger: str, found: list[str]) -> None:
    assert speakers(extractor, text, trigger) == found


RECORDS = [
    pytest.param(
        "Повстанцы подтвердили гибель командира. В заявлении, разосланном журналистам, "
        "говорится, что отряд выбрал нового командира.",
        "повстанцы",
        id="statement-then-its-record",
    ),
    pytest.param(
        "О переменах в клубе пишет газета «Северный край». В публикации говорится, что "
        "клуб получит новый стадион.",
        "газета «Северный край»",
        id="outlet-then-its-publication",
    ),
    # a pronoun names nobody: the record stays the speaker
    pytest.param(
        "Он подтвердил гибель командира. В заявлении говорится, что отряд выбрал нового командира.",
        "заявление",
        id="pronoun-names-nobody",
    ),
    # a statement three sentences back is too far
    pytest.param(
        "Повстанцы подтвердили гибель командира. Бои шли неделю. Город пуст. Дороги "
        "закрыты. В заявлении говорится, что отряд выбрал нового командира.",
        "заявление",
        id="statement-too-far-back",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), RECORDS)
def test_record_speaks_for_the_statement_before(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert speakers(extractor, text, "говорится") == [speaker]


TITLED_ORGANIZATIONS = [
    # an organization named only inside a person's title is what its noun stands for
    pytest.param(
        "Вчера уволен директор компании «Вектор» Иван Петров. В компании сообщили, что он "
        "уходит сам.",
        "Вектор",
        id="organization-in-a-title",
    ),
    # ... also before a full name with a patronymic, the organization named after a person
    pytest.param(
        "Вчера уволен директор Музея Шишкина Пётр Ильич Зорин. В музее сообщили, что он "
        "уходит сам.",
        "Музей Шишкина",
        id="organization-named-after-a-person-in-a-title",
    ),
    # a title with the noun and no name names no organization
    pytest.param(
        "Вчера уволен директор института Иван Петров. В институте рассказали, что он уходит сам.",
        "институт",
        id="title-without-a-name-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED_ORGANIZATIONS)
def test_organization_named_in_a_title(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


GLUED_VERBS = [
    # a verb that is also a noun's genitive ("стали", "были") ends a description of people
    pytest.param("Оппозиционеры стали обвинять мэра.", ["оппозиционеры", "мэр"], id="stali"),
    pytest.param("Рабочие были против.", ["рабочие"], id="byli"),
    # a real genitive complement stays
    pytest.param("Сторонники реформы вышли на улицы.", ["сторонники реформы"], id="genitive"),
]


@pytest.mark.parametrize(("text", "names"), GLUED_VERBS)
def test_verb_is_no_complement(text: str, names: list[str]) -> None:
    assert [m.name for m in found_mentions(text)] == names


COMPOUNDS = [
    # a hyphenated noun the dictionary does not know, headed by a noun for people
    pytest.param(
        "Бывшие агенты-двойники назвали её связной.",
        ["бывшие агенты-двойники"],
        id="people-compound",
    ),
    pytest.param(
        "Вчера журналисты-расследователи сообщили о находке.",
        ["журналисты-расследователи"],
        id="people-compound-alone",
    ),
    # ... but not a compound headed by another word
    pytest.param("Вчера сине-зелёные водоросли зацвели.", [], id="not-a-people-compound"),
    # a capitalized word the dictionary does not know, a plural noun for people after a
    # prefix, is a description of people, not a name
    pytest.param(
        "Левоцентристы потребовали отставки мэра.",
        ["левоцентристы", "мэр"],
        id="prefixed-people-noun-opening-a-sentence",
    ),
    pytest.param(
        "Еврооптимисты заявили о победе.",
        ["еврооптимисты"],
        id="another-prefixed-people-noun",
    ),
    # ... but an unknown word in the singular stays a surname
    pytest.param(
        "Нефедовцев заявил о победе.",
        ["Нефедовцев"],
        id="unknown-singular-stays-a-name",
    ),
]


@pytest.mark.parametrize(("text", "names"), COMPOUNDS)
def test_people_compound(text: str, names: list[str]) -> None:
    assert [m.name for m in found_mentions(text) if m.kind == "PER" and not m.pronoun] == names


NAMES_AFTER_TITLES = [
    # after an animate title whose genitive and accusative are one form, the name's own
    # readings tell its case: "Петра Орлова" is no woman's nominative there
    pytest.param(
        "Вчера прошла инаугурация нового президента Петра Орлова.",
        ("Пётр Орлов", "новый президент"),
        id="genitive-after-title",
    ),
    pytest.param(
        "Совет утвердил президента Анну Петрову.",
        ("Анна Петрова", "президент"),
        id="accusative-after-title",
    ),
    # a title's complement gives the name no case
    pytest.param(
        "В апреле дочь капитана Яна Вейс-Мур предложила помощь.",
        ("Яна Вейс-Мур", "дочь капитан"),
        id="complement-gives-no-case",
    ),
]


@pytest.mark.parametrize(("text", "found"), NAMES_AFTER_TITLES)
def test_name_after_a_title(text: str, found: tuple[str, str | None]) -> None:
    assert found in [(m.name, m.title) for m in found_mentions(text)]


def test_pronoun_after_where_is_the_person_before_it(extractor: Extractor) -> None:
    """ ", где он заявил": the person of the clause the pronoun's clause hangs on, not a
    subject further back."""
    text = (
        "День рождения Ивана Сомова стал праздником. Праздник назван именем Ивана Сомова. "
        "Решение приняли в ноябре. Тогда же прошла инаугурация нового президента Петра "
        "Орлова, где он заявил, что Иван Сомов заслуживает уважения."
    )
    assert speakers(extractor, text, "заявил") == ["Пётр Орлов"]
