"""Who, exactly: an outlet's bare source repeating the unnamed official just quoted ("Как
сообщил представитель мэрии, … — уточнил источник издания") is that official; after a
named speaker, a group, or a source with a place of its own, the source stays a source.
Our own sentences."""

from __future__ import annotations

import pytest
from _who import speakers

from eventkit import Extractor

SOURCES = [
    pytest.param(
        "Мост через Волгу закроют на ремонт, сообщил представитель городской администрации. "
        "По его словам, работы продлятся всё лето.\n"
        "«Объезд будет открыт уже в понедельник», — уточнил источник издания.",
        "уточнил",
        "представитель городской администрации",
        id="outlet-source-repeats-the-official",
    ),
    pytest.param(
        "Как рассказал пресс-секретарь губернатора области, новая больница откроется в "
        "марте. По словам источника, строительство уже почти завершено.",
        "По словам",
        "пресс-секретарь губернатора области",
        id="bare-source-repeats-the-spokesman",
    ),
    # must not: the speaker before was named, so the source is someone else
    pytest.param(
        "Мост через Волгу закроют на ремонт, сообщил мэр Игорь Соколов. "
        "«Объезд будет открыт уже в понедельник», — уточнил источник издания.",
        "уточнил",
        "источник издания",
        id="after-a-named-speaker-stays-a-source",
    ),
    # must not: a source with a place of its own is a new one
    pytest.param(
        "Мост через Волгу закроют на ремонт, сообщил представитель городской администрации. "
        "Работы продлятся всё лето, уточнил источник в правительстве.",
        "уточнил",
        "источник в правительстве",
        id="source-with-a-place-stays-a-source",
    ),
    # must not: sources in the plural repeat no single official
    pytest.param(
        "Мост через Волгу закроют на ремонт, сообщил представитель городской администрации. "
        "Работы продлятся всё лето, уточнили источники издания.",
        "уточнили",
        "источники издания",
        id="plural-sources-stay-sources",
    ),
    # must not: the official spoke long before, three sentences back
    pytest.param(
        "Мост через Волгу закроют на ремонт, сообщил представитель городской администрации. "
        "Движение по мосту выросло вдвое. Пробки растут каждый день. Водители недовольны. "
        "Работы продлятся всё лето, уточнил источник издания.",
        "уточнил",
        "источник издания",
        id="official-too-far-back-stays-a-source",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), SOURCES)
def test_source(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]
