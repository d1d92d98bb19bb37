"""Who, exactly (round five): an organization's part named by its organization's
description ("руководство клуба"), and nouns said by an abbreviation ("ФК", "ОАО"). Our
own sentences; rows that must stay unresolved are in the same tables."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

ORGANS = [
    # "руководство клуба" after "ФК «…»": the club as the document introduced it
    pytest.param(
        "ФК «Сокол» сменил главного тренера. Об этом сообщило руководство клуба.",
        "руководство ФК «Сокол»",
        id="management-of-a-club",
    ),
    pytest.param(
        "ОАО «Вектор» открыло завод под Тверью. Об этом сообщила пресс-служба компании.",
        "пресс-служба ОАО «Вектор»",
        id="press-office-of-a-company",
    ),
    # a club introduced by the noun itself keeps it
    pytest.param(
        "Клуб «Орбита» продал вратаря. Руководство клуба заявило, что деньги пойдут на стадион.",
        "Руководство клуба «Орбита»",
        id="board-of-a-named-club",
    ),
    # no club named before: the description stays
    pytest.param(
        "Город построил новый стадион. Руководство клуба заявило, что довольно ареной.",
        "Руководство клуба",
        id="no-club-named-stays",
    ),
    # a company named before is no club
    pytest.param(
        "ООО «Луч» купило стадион. Руководство клуба заявило, что аренда вырастет.",
        "Руководство клуба",
        id="a-company-is-no-club",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ORGANS)
def test_organ_of_a_named_organization(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ABBREVIATED = [
    # "клуб" stands for the "ФК «…»" named before it
    pytest.param(
        "ХК «Метель» подписал нападающего. Клуб сообщил, что контракт рассчитан на год.",
        "Метель",
        id="hockey-club",
    ),
    pytest.param(
        "ЗАО «Гранит» закрыло шахту. Компания заявила, что рабочих переведут.",
        "Гранит",
        id="closed-company",
    ),
    # an abbreviation of another noun is no club
    pytest.param(
        "ЗАО «Гранит» купило стадион. Клуб сообщил, что переедет.",
        "Клуб",
        id="a-company-is-no-club-alone",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ABBREVIATED)
def test_abbreviated_noun(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


PET_NAMES = [
    # a pet name stands for the one person named in full with its full form
    pytest.param(
        "Защитник Юрий Лавров пропустит матч. Вчера Юра сказал, что травма серьёзная.",
        "Юрий Лавров",
        id="pet-name-of-a-man",
    ),
    pytest.param(
        "Певица Екатерина Орлова выпустила альбом. Катя рассказала, что писала его два года.",
        "Екатерина Орлова",
        id="pet-name-of-a-woman",
    ),
    # two people with that full name: the pet name stays
    pytest.param(
        "Юрий Лавров и Юрий Пахомов приехали в Пермь. Юра сказал, что рад встрече.",
        "Юра",
        id="two-people-stay",
    ),
    # nobody named in full with it: the pet name stays
    pytest.param(
        "Вчера приехал тренер. Дима сказал, что рад встрече.",
        "Дима",
        id="nobody-named-stays",
    ),
    # a pet name of another name is not that person's
    pytest.param(
        "Защитник Юрий Лавров пропустит матч. Дима сказал, что травма серьёзная.",
        "Дима",
        id="other-name-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PET_NAMES)
def test_pet_name(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ANY_ORGANIZATION = [
    # "организация" for the one organization named just before it
    pytest.param(
        "Фонд защиты лесов провёл акцию. В заявлении организации говорится, что акция прошла "
        "в десяти городах.",
        "Фонд защиты лесов",
        id="the-one-organization",
    ),
    pytest.param(
        "Управление по надзору США внесло страну в список. В заявлении организации "
        "поясняется, что мера временная.",
        "Управление по надзору США",
        id="named-by-an-abbreviation-inside",
    ),
    # two organizations named: which one is not said, so it stays
    pytest.param(
        "Компания «Вега» и фонд «Заря» подписали договор. В заявлении организации "
        "поясняется, что мера временная.",
        "организация",
        id="two-organizations-stay",
    ),
    # none named, or only an outlet: it stays
    pytest.param(
        "Вчера прошёл митинг. В заявлении организации поясняется, что мера временная.",
        "организация",
        id="none-named-stays",
    ),
    pytest.param(
        "Газета «Вечер» внесла страну в список. В заявлении организации поясняется, что "
        "мера временная.",
        "организация",
        id="an-outlet-is-no-such-organization",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANY_ORGANIZATION)
def test_any_organization(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ONE_OF_THEM = [
    # "один из X, <age or adjectives> <name>": the one named spoke, not the group
    pytest.param(
        "«Такого я не ждал», — сказал один из болельщиков, 58-летний Олег Рябинин.",
        "Олег Рябинин",
        id="age-after-the-verb",
    ),
    # (before the verb the name was found already; the row guards it)
    pytest.param(
        "Один из пассажиров, 30-летняя Инна Гусева, рассказала, что поезд стоял час.",
        "Инна Гусева",
        id="age-before-the-verb",
    ),
    pytest.param(
        "«Такого я не ждал», — сказал один из болельщиков, седой Олег Рябинин.",
        "Олег Рябинин",
        id="adjective-after-the-verb",
    ),
    # no name after them: the group stays
    pytest.param(
        "«Такого я не ждал», — сказал один из болельщиков, пришедших с детьми.",
        "болельщики",
        id="participle-phrase-stays",
    ),
    pytest.param(
        "«Такого я не ждал», — сказал один из болельщиков, 40 минут стоявший рядом с "
        "Олегом Рябининым.",
        "болельщики",
        id="a-name-further-on-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ONE_OF_THEM)
def test_one_of_them_named(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


NAMED_BY_PARTICIPLE = [
    # the next sentence opens with a name and the participle of the statement's own verb
    pytest.param(
        "Завод закроют весной, заявил в суде бывший соратник Кравчука. Пётр Лосев, "
        "заявивший, что был правой рукой Кравчука, дал показания.",
        "заявил",
        ["Пётр Лосев"],
        id="participle-of-the-same-verb",
    ),
    # another participle says nothing of the statement: the description stays
    pytest.param(
        "Завод закроют весной, заявил в суде бывший соратник Кравчука. Пётр Лосев, "
        "отказавшийся от адвоката, дал показания.",
        "заявил",
        ["бывший соратник Кравчука"],
        id="another-participle-stays",
    ),
    # the name does not open the next sentence: it stays
    pytest.param(
        "Завод закроют весной, заявил в суде бывший соратник Кравчука. Вчера Пётр Лосев, "
        "заявивший о долгах, уехал.",
        "заявил",
        ["бывший соратник Кравчука"],
        id="name-not-opening-stays",
    ),
    # the participle of another speech verb: it stays
    pytest.param(
        "Завод закроют весной, заявил в суде бывший помощник Кравчука. Пётр Лосев, "
        "сообщивший о долгах, уехал.",
        "заявил",
        ["бывший помощник Кравчука"],
        id="other-verb-stays",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), NAMED_BY_PARTICIPLE)
def test_named_by_participle(
    extractor: Extractor, text: str, trigger: str, speaker: list[str]
) -> None:
    assert speakers(extractor, text, trigger) == speaker
