"""Who, exactly (round five): the words between a title and a name. Our own sentences;
rows that must stay as they are read are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

SPEAKERS = [
    # a title with one unknown word, then another title with a name: the word is whose
    # the first title is, and the person is the name after the second title
    pytest.param(
        "«Опыт удался», — заявил научный сотрудник лаборатории Университета Уэйкфилда "
        "профессор Иван Бережной.",
        "Иван Бережной",
        "научный сотрудник лаборатории Университета Уэйкфилда, профессор",
        id="whose-university-then-a-degree-and-a-name",
    ),
    pytest.param(
        "«Опыт удался», — сказала исследовательница кафедры Института Кавендиша доктор "
        "Нина Орлова.",
        "Нина Орлова",
        "исследовательница кафедры Института Кавендиша, доктор",
        id="whose-institute-then-a-degree-and-a-name",
    ),
    # two named people side by side, the first name a nominative: not joined
    pytest.param(
        "Министр Петров президент Иванов заявил, что лекарство работает.",
        None,
        None,
        id="two-nominative-names-stay-apart",
    ),
    # a hyphenated place after a title with a complement: where the title is held
    pytest.param(
        "Начальник полиции Сан-Хосе сообщил, что задержан подозреваемый.",
        "начальник полиции Сан-Хосе",
        "начальник полиции Сан-Хосе",
        id="hyphenated-place-is-the-titles-complement",
    ),
    # a hyphenated first name, or a first name alone, stays the person
    pytest.param(
        "Руководитель фонда Анна-Мария заявила, что задержан подозреваемый.",
        "Анна-Мария",
        "руководитель фонда",
        id="hyphenated-first-name-stays-a-name",
    ),
    pytest.param(
        "Шеф полиции Диего сообщил, что задержан подозреваемый.",
        "Диего",
        "шеф полиции",
        id="lone-first-name-stays-a-name",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), SPEAKERS)
def test_speaker(extractor: Extractor, text: str, name: str | None, title: str | None) -> None:
    document = extractor.extract(text)
    found = [(e.speaker.name, e.speaker.title) for e in document.events if e.type == "Statement"]
    if name is None:
        # neither the merged reading nor a title joined over the first name
        assert all("Петров" not in (t or "") for _, t in found)
        assert found
        assert all(n in ("Петров", "Иванов") for n, _ in found)
    else:
        assert found == [(name, title)]


OUTLETS = [
    # a plural outlet noun stands for the outlets the document quoted together before it
    pytest.param(
        "Задержанного зовут Олег Круглов, сообщают Первый канал и НТВ. По данным изданий, "
        "Круглову сорок лет.",
        "По данным",
        "Первый канал",
        id="outlets-for-the-pair-quoted-before",
    ),
    # those who work for outlets quoted together are theirs, whichever of the pair spoke
    pytest.param(
        "Задержанного зовут Олег Круглов, сообщают Первый канал и НТВ. Журналисты "
        "утверждают, что Круглову сорок лет.",
        "утверждают",
        "Первый канал",
        id="journalists-for-the-pair-quoted-before",
    ),
    pytest.param(
        "Об аварии сообщили газета «Вечер» и телеканал «Утро». Журналисты утверждают, "
        "что завод работает.",
        "утверждают",
        "газета «Вечер»",
        id="journalists-for-named-outlets",
    ),
    # a pair that says it is no outlets: journalists are someone else
    pytest.param(
        "Об аварии сообщили Министерство транспорта и компания «Ростелеком». Журналисты "
        "утверждают, что завод работает.",
        "утверждают",
        "журналисты",
        id="journalists-after-a-ministry-and-a-company-stay",
    ),
    pytest.param(
        "Задержанного зовут Олег Круглов, сообщает НТВ. Журналисты утверждают, что "
        "Круглову сорок лет.",
        "утверждают",
        "журналисты",
        id="journalists-after-one-outlet-stay",
    ),
    # one outlet quoted before: the plural means more than it, and stays
    pytest.param(
        "Задержанного зовут Олег Круглов, сообщает Первый канал. По данным изданий, "
        "Круглову сорок лет.",
        "По данным",
        "издания",
        id="outlets-after-one-outlet-stay",
    ),
    # a plural that is no outlet stays
    pytest.param(
        "Задержанного зовут Олег Круглов, сообщают Первый канал и НТВ. По данным "
        "следователей, Круглову сорок лет.",
        "По данным",
        "следователи",
        id="investigators-stay",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), OUTLETS)
def test_outlets(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    document = extractor.extract(text)
    found = [
        e.speaker.name
        for e in document.events
        if e.type == "Statement" and e.trigger.text == trigger
    ]
    assert found == [speaker]


PLACES = [
    # one capitalized word after a kind of place is the place's name: no person a
    # description could stand for
    pytest.param(
        "Девочку нашли в деревне Кулга провинции Мардан. Похититель заявил, что девочка ушла сама.",
        "похититель",
        id="province-name-is-no-person",
    ),
    pytest.param(
        "Мальчика увезли из посёлка Тарко округа Ямбург. Похититель заявил, что мальчик уехал сам.",
        "похититель",
        id="district-name-is-no-person",
    ),
    # a title with a kind of place in it still has its holder's name after it
    pytest.param(
        "Глава района Петров заявил, что мальчик уехал сам.",
        "Петров",
        id="head-of-a-district-keeps-his-name",
    ),
    # a name of two words after the place's kind is a person's
    pytest.param(
        "Вчера в районе Ахмед Рашид заявил, что мальчик уехал сам.",
        "Ахмед Рашид",
        id="two-word-name-after-a-district-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PLACES)
def test_place_after_its_kind(extractor: Extractor, text: str, speaker: str) -> None:
    document = extractor.extract(text)
    found = [e.speaker.name for e in document.events if e.type == "Statement"]
    assert found == [speaker]


PARTICLES = [
    # an Arabic name's last part with its article
    pytest.param(
        "Прокурор Катара Халид аль-Мансури подтвердил, что дело закрыто.",
        "Халид аль-Мансури",
        id="article-name",
    ),
    # ... in an oblique case, put into the nominative
    pytest.param(
        "«Дело закрыто», — цитирует Тарика аль-Мансури газета «Вечер».",
        "Тарик аль-Мансури",
        id="article-name-after-an-oblique-form",
    ),
    # "ибн", "ван", "фон дер": small words inside a name
    pytest.param(
        "Принц Фейсал ибн Турки заявил, что реформы продолжатся.",
        "Фейсал ибн Турки",
        id="ibn",
    ),
    pytest.param(
        "Депутат Марта фон дер Гольц заявила, что закон примут.",
        "Марта фон дер Гольц",
        id="von-der",
    ),
    # a particle with no name after it is no part of one
    pytest.param(
        "Художник Пётр Кузнецов заявил, что выставка де факто закрыта.",
        "Пётр Кузнецов",
        id="no-name-after-the-particle",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICLES)
def test_name_with_a_particle(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1] == speaker


def test_a_verb_before_a_particle_is_no_first_name() -> None:
    # "Поздравить ван Дейка пришли …": a sentence's first word, an infinitive
    text = "Поздравить ван Дейка пришли друзья."
    assert not [m.name for m in found_mentions(text) if m.name.startswith("Поздравить")]


LONE_ARTICLE_SURNAMES = [
    # a surname with its article alone stands for the person named in full before, not
    # for another person as a description would
    pytest.param(
        "Принц Фейсал ибн Турки принял делегацию. Прокурор Катара Халид аль-Мансури "
        "подтвердил, что дело закрыто. По словам аль-Мансури, обвиняемые освобождены.",
        "По словам",
        "Халид аль-Мансури",
        id="article-surname-joined-to-the-full-name",
    ),
    pytest.param(
        "Посол Ахмед ас-Сайед прибыл в Каир. Вечером ас-Сайед заявил, что переговоры "
        "начнутся завтра.",
        "заявил",
        "Ахмед ас-Сайед",
        id="article-surname-after-a-lower-case-word",
    ),
    # with no full name before it, it stays as written
    pytest.param(
        "Принц Фейсал ибн Турки принял делегацию. По словам аль-Мансури, обвиняемые освобождены.",
        "По словам",
        "аль-Мансури",
        id="article-surname-alone-stays",
    ),
    # ... and is no description of the person named before it
    pytest.param(
        "Министр Иван Петров принял делегацию. Вечером аль-Мансур заявил, что обвиняемые "
        "освобождены.",
        "заявил",
        "аль-Мансур",
        id="article-surname-is-no-description",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), LONE_ARTICLE_SURNAMES)
def test_lone_article_surname(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    found = [
        e.speaker.name
        for e in extractor.extract(text).events
        if e.type == "Statement" and e.trigger.text == trigger
    ]
    assert found == [speaker]
