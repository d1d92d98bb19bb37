"""Who, exactly: the name an actor gets is the fullest form the document gives the person.
Our own sentences; rows that must stay as they are read are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

FIRST_NAME_AND_PATRONYMIC = [
    # a first name with a patronymic is the person named in full with both before
    pytest.param(
        "Композитор Олег Игоревич Ракитин поссорился с соседом. Позже Олег Игоревич "
        "заявил, что ни о чём не жалеет.",
        "заявил",
        ["Олег Игоревич Ракитин"],
        id="after-the-full-name",
    ),
    pytest.param(
        "Судья Марина Андреевна Ковалёва отложила заседание. Марина Андреевна сказала, "
        "что решение будет в понедельник.",
        "сказала",
        ["Марина Андреевна Ковалёва"],
        id="feminine-after-the-full-name",
    ),
    # a headline names the person short and the story in full after it
    pytest.param(
        "Как Олег Игоревич спорил с редакцией\n\nОлег Игоревич заявил, что уходит из "
        "журнала. Композитор Олег Игоревич Ракитин работал там десять лет.",
        "заявил",
        ["Олег Игоревич Ракитин"],
        id="full-name-only-later",
    ),
    # in an oblique case
    pytest.param(
        "Художник Олег Игоревич Ракитин открыл выставку. По словам Олега Игоревича, "
        "картины писались три года.",
        "По словам",
        ["Олег Игоревич Ракитин"],
        id="oblique-case",
    ),
    # two people share the first name and patronymic: which one is not said
    pytest.param(
        "Братья Олег Игоревич Ракитин и Олег Игоревич Самсонов открыли выставку. Олег "
        "Игоревич заявил, что картины писались три года.",
        "заявил",
        ["Олег Игоревич"],
        id="two-people-so-named-stay-unresolved",
    ),
    # another patronymic is another person
    pytest.param(
        "Композитор Олег Игоревич Ракитин открыл выставку. Олег Петрович заявил, что "
        "картины писались три года.",
        "заявил",
        ["Олег Петрович"],
        id="another-patronymic-is-not-joined",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "names"), FIRST_NAME_AND_PATRONYMIC)
def test_first_name_and_patronymic(
    extractor: Extractor, text: str, trigger: str, names: list[str]
) -> None:
    assert speakers(extractor, text, trigger) == names


TITLE_AND_NAME = [
    # an adjective the dictionary also knows as a surname, before a genitive noun, is the
    # title's complement; the name is the one after it
    pytest.param(
        "Дело возбуждено, сообщил прокурор Вересаевского района Пётр Гладышев.",
        "прокурор Вересаевского района Пётр Гладышев",
        "Пётр Гладышев",
        "прокурор Вересаевского района",
        id="surname-like-adjective-before-a-noun",
    ),
    pytest.param(
        "Дело возбуждено, сообщила начальница Вересаевского отдела полиции Ирина Гладышева.",
        "начальница Вересаевского отдела полиции Ирина Гладышева",
        "Ирина Гладышева",
        "начальница Вересаевского отдела полиции",
        id="feminine-head-and-a-longer-complement",
    ),
    # the same word as a surname stays one: in the nominative, or a genitive before a
    # capitalized name or a verb
    pytest.param(
        "Дело возбуждено, сообщил прокурор Вересаевский.",
        "прокурор Вересаевский",
        "Вересаевский",
        "прокурор",
        id="nominative-surname-stays-a-name",
    ),
    pytest.param(
        "Показания Вересаевского вызвали споры.",
        "Вересаевского",
        "Вересаевский",
        None,
        id="genitive-surname-before-a-verb-stays-a-name",
    ),
]


@pytest.mark.parametrize(("text", "surface", "name", "title"), TITLE_AND_NAME)
def test_title_and_name(text: str, surface: str, name: str, title: str | None) -> None:
    found = {m.text: m for m in found_mentions(text)}
    assert surface in found, sorted(found)
    assert (found[surface].name, found[surface].title) == (name, title)


NAMED_THINGS = [
    # the name after a kind of named thing is the thing's, not a person's
    pytest.param(
        "Горожане отмечали праздник Навруз, когда полиция сообщила о пожаре.",
        ["горожане", "полиция"],
        id="after-a-holiday",
    ),
    pytest.param(
        "После урагана Ирма губернатор Рик Скотт заявил о помощи.",
        ["Рик Скотт"],
        id="a-first-name-after-a-storm",
    ),
    # a person after the kind noun's phrase, or a full name after it, stays a person
    pytest.param(
        "Перед праздником Анна Белова заявила, что устала.",
        ["Анна Белова"],
        id="a-full-name-after-the-kind-noun",
    ),
    pytest.param(
        "Сестра Анна заявила, что устала.",
        ["Анна"],
        id="a-first-name-after-a-kin-word",
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMED_THINGS)
def test_named_things_are_no_people(text: str, names: list[str]) -> None:
    assert [m.name for m in found_mentions(text)] == names


ORGANIZATIONS = [
    # a plural head its adjectives agree with only as a nominative keeps its number
    pytest.param(
        "Японские власти заявили, что угрозы нет.",
        "Японские власти",
        "plur",
        id="adjective-tells-the-plural",
    ),
    pytest.param(
        "По словам японских властей, угрозы нет.",
        "японские власти",
        "plur",
        id="oblique-plural-into-the-nominative-plural",
    ),
    # a sentence's first word is governed by nothing before it
    pytest.param(
        "Власти Эквадора заявили, что угрозы нет.",
        "Власти Эквадора",
        "plur",
        id="first-word-that-can-be-a-nominative",
    ),
    # singular heads stay singular
    pytest.param(
        "Японское правительство заявило, что угрозы нет.",
        "Японское правительство",
        "sing",
        id="singular-with-its-adjective",
    ),
    pytest.param(
        "Представители заявили, что у власти Эквадора нет планов.",
        "власть Эквадора",
        "sing",
        id="a-genitive-after-a-preposition-stays-singular",
    ),
]


@pytest.mark.parametrize(("text", "name", "number"), ORGANIZATIONS)
def test_organization_in_the_nominative(text: str, name: str, number: str) -> None:
    found = {m.name: m for m in found_mentions(text) if m.kind == "ORG"}
    assert name in found, sorted(found)
    assert found[name].number == number


INITIALS_WITHOUT_A_SPACE = [
    # an initial written close to the surname is the person named in full before
    pytest.param(
        "Об этом сообщил директор фонда Томас Кеплер. Т.Кеплер заявил, что замены не будет.",
        "заявил",
        ["Томас Кеплер"],
        id="nominative",
    ),
    pytest.param(
        "Об этом сообщил директор фонда Томас Кеплер. По словам Т.Кеплера, замены не будет.",
        "По словам",
        ["Томас Кеплер"],
        id="genitive",
    ),
    # another initial is another person
    pytest.param(
        "Об этом сообщил директор фонда Томас Кеплер. Р.Кеплер заявил, что замены не будет.",
        "заявил",
        ["Р.Кеплер"],
        id="another-initial-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "names"), INITIALS_WITHOUT_A_SPACE)
def test_initial_without_a_space(
    extractor: Extractor, text: str, trigger: str, names: list[str]
) -> None:
    assert speakers(extractor, text, trigger) == names


def _actors(extractor: Extractor, text: str, trigger: str) -> list[list[str]]:
    return [
        [a.name for a in e.actors()]
        for e in extractor.extract(text).events
        if e.trigger.text == trigger
    ]


HYPHENATED_SURNAMES = [
    # a hyphenated surname with a short last part, in an oblique case
    pytest.param(
        "Глава банка Люсьен Бросс-Ван задержан. Встреча Бросс-Вана с министром Анной "
        "Котовой отменена.",
        "Встреча",
        [["Люсьен Бросс-Ван", "Анна Котова"]],
        id="short-last-part-in-the-genitive",
    ),
    pytest.param(
        "Глава банка Люсьен Бросс-Ван задержан. По словам Бросс-Вана, вины нет.",
        "По словам",
        [["Люсьен Бросс-Ван"]],
        id="short-last-part-as-a-source",
    ),
    # another first part is another person
    pytest.param(
        "Глава банка Люсьен Бросс-Ван задержан. По словам Гросс-Вана, вины нет.",
        "По словам",
        None,
        id="another-first-part-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), HYPHENATED_SURNAMES)
def test_hyphenated_surname(
    extractor: Extractor, text: str, trigger: str, actors: list[list[str]] | None
) -> None:
    found = _actors(extractor, text, trigger)
    if actors is None:
        # found, but not joined to the person named in full
        assert len(found) == 1
        assert "Люсьен Бросс-Ван" not in found[0]
    else:
        assert found == actors


def test_evolved_is_attrs_evolve() -> None:
    """``evolved`` gives what ``attrs.evolve`` gives, for an event (a tuple field among its
    fields) and an actor, asked twice (the second time from the cached fields)."""
    from attrs import evolve

    from eventkit.model.events import Actor, Meeting, SentenceSpan, Span
    from eventkit.resolve.names import evolved

    a = Actor(name="Иван Петров", text="Петров", start=0, end=6, kind="PER")
    b = Actor(name="Олег Сидоров", text="Сидоров", start=9, end=16, kind="PER")
    meeting = Meeting(
        trigger=Span(text="встретились", start=17, end=28),
        sentence=SentenceSpan(start=0, end=29),
        participants=(a,),
    )
    for _ in range(2):
        assert evolved(meeting, {"participants": [a, b]}) == evolve(meeting, participants=[a, b])
        assert evolved(a, {"entity": 3, "title": "мэр"}) == evolve(a, entity=3, title="мэр")
        assert evolved(a, {}) == a
