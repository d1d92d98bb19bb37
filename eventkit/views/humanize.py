"""Values as a reader of Russian news writes them: "14 мая", "март 2016 года", "Касым-Жомарт
Токаев, президент Казахстана". Used by the HTML views (``eventkit.render``)."""

from __future__ import annotations

import re

from eventkit.model.events import Actor, DateValue

_GENITIVE = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)
_NOMINATIVE = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
)

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def human_date(value: str | None) -> str | None:
    """An ISO 8601 value of the JSON contract in words: "2016-03-30" -> "30 марта 2016",
    "--05-14" -> "14 мая", "2016-03" -> "март 2016", "2016" -> "2016 год"; None for None or
    a value of another form."""
    if not value:
        return None
    if found := _FULL.match(value):
        year, month, day = found.groups()
        day_month = _day_month(day, month)
        return f"{day_month} {year}" if day_month else None
    if found := _NO_YEAR.match(value):
        return _day_month(found.group(2), found.group(1))
    if found := _MONTH.match(value):
        month = int(found.group(2))
        return f"{_NOMINATIVE[month - 1]} {found.group(1)}" if 1 <= month <= 12 else None
    if found := _YEAR.match(value):
        return f"{found.group(1)} год"
    return None


def _day_month(day: str, month: str) -> str | None:
    number = int(month)
    if not 1 <= number <= 12:
        return None
    return f"{int(day)} {_GENITIVE[number - 1]}"


def date_label(date: DateValue) -> str:
    """The date in words, else as the text wrote it."""
    return human_date(date.value) or date.text or date.value or "?"


def person_label(actor: Actor) -> str:
    """ "Касым-Жомарт Токаев, президент Казахстана"; the name alone without a title."""
    return f"{actor.name}, {actor.title}" if actor.title else actor.name
