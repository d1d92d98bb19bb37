"""Who, exactly: a title whose complement names an organization ("ветеран НХЛ", "форвард
«Реала»") stands for the story's person the document ties to that organization. Our own
sentences; rows that must stay unresolved are in the same table."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

_STORY = (
    "Оуэн Картер завершил карьеру. Картер пытался вернуться в НХЛ два года. Всего за 18 лет "
    "в НХЛ Картер сыграл 1200 матчей. Картер провёл пресс-конференцию в Сан-Хосе. "
)

TITLES = [
    # a sentence names the story's person with the league
    pytest.param(
        _STORY + "«Мне тяжело смотреть хоккей», — признался ветеран НХЛ.",
        "признался",
        "Оуэн Картер",
        id="a-veteran-of-the-league-he-played-in",
    ),
    # an office of the person names the club
    pytest.param(
        "Луиш Фигу стал отцом. Нападающий «Реала» Луиш Фигу подтвердил "
        "новость в среду. Фигу не сыграет в субботу. Фигу вернётся к тренировкам в "
        "июле. Форвард Реала написал в своём блоге, что счастлив.",
        "написал",
        "Луиш Фигу",
        id="a-forward-of-the-club-named-in-his-office",
    ),
    # nothing ties the person to the league: the title stays
    pytest.param(
        "Оуэн Картер завершил карьеру. Картер провёл пресс-конференцию в Сан-Хосе. Картер "
        "поблагодарил болельщиков. «Мне тяжело смотреть хоккей», — признался ветеран НХЛ.",
        "признался",
        "ветеран НХЛ",
        id="nothing-ties-him-stays",
    ),
    # a relation ("представитель") names someone else
    pytest.param(
        _STORY + "«Ему тяжело смотреть хоккей», — сказал представитель НХЛ.",
        "сказал",
        "представитель НХЛ",
        id="a-representative-stays",
    ),
    # a complement naming a person: another one of his circle
    pytest.param(
        "Хорхе Мартинес осуждён в США. Мартинес подкупал чиновников. Мартинес бежал из тюрьмы "
        "дважды. Мартинес дал взятку министру, заявил в суде бывший соратник Мартинеса.",
        "заявил",
        "бывший соратник Мартинеса",
        id="a-companion-of-a-person-stays",
    ),
    # two people of the club, each named as often: which one is not told
    pytest.param(
        "Луиш Фигу стал отцом. Нападающий «Реала» Луиш Фигу подтвердил "
        "новость в среду. Месси не сыграет в субботу. Лионель Месси вернётся к тренировкам "
        "в июле. Форвард Реала написал в своём блоге, что счастлив.",
        "написал",
        "форвард Реала",
        id="two-players-stay",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), TITLES)
def test_a_title_with_an_organization(
    extractor: Extractor, text: str, trigger: str, speaker: str
) -> None:
    assert speakers(extractor, text, trigger) == [speaker]
