"""Dates: "3 марта", "30 марта 2016 года", "в марте 2016", "в 2016 году", "сегодня",
"накануне", "в четверг".

``date_value`` gives the ISO 8601 value ("2016-03-30", "2016-03", "2016", "--03-03"); relative
words ("сегодня", "в тот же день") are resolved against the dateline by ``eventkit.resolve``.
"""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import caseless, eq

from eventkit.grammar.tokens import lemma_in, lemmas, token_test
from eventkit.text.protocols import Tokens

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
# Relative day words and their offset from the document's own date.
RELATIVE_DAYS = {
    "сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2, "накануне": -1,
}  # fmt: skip
# Days of the week, Monday first (``date.weekday()``): "в четверг", "во вторник".
WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5,
    "воскресенье": 6,
}  # fmt: skip

MONTH = lemma_in(MONTHS)
DAY = token_test(lambda t: t.type == "INT" and 1 <= int(t.value) <= 31 and len(t.value) <= 2)
YEAR = token_test(lambda t: t.type == "INT" and len(t.value) == 4 and 1800 <= int(t.value) <= 2100)
YEAR_WORD = or_(rule(lemma_in({"год"})), rule(eq("г"), eq(".").optional()))

ABSOLUTE_DATE = or_(
    rule(DAY, MONTH, rule(YEAR, YEAR_WORD.optional()).optional()),
    rule(MONTH, YEAR, YEAR_WORD.optional()),
    rule(YEAR, YEAR_WORD),
)
SAME_DAY = rule(caseless("в").optional(), lemma_in({"тот"}), lemma_in({"же"}), lemma_in({"день"}))
WEEKDAY = rule(or_(caseless("в"), caseless("во")), lemma_in(WEEKDAYS))
RELATIVE_DATE = or_(rule(lemma_in(RELATIVE_DAYS)), SAME_DAY, WEEKDAY)
DATE = or_(ABSOLUTE_DATE, RELATIVE_DATE).named("DATE")


def date_value(tokens: Tokens) -> str | None:
    """ISO 8601 value of an absolute date; None for relative ones."""
    day = month = year = None
    for token in tokens:
        if token.type == "INT":
            number = int(token.value)
            if len(token.value) == 4:
                year = number
            elif day is None and month is None:
                day = number
        else:
            found = lemmas(token) & set(MONTHS)
            if found:
                month = MONTHS[next(iter(found))]
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month and day:
        return f"--{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year:
        return f"{year:04d}"
    return None


def relative_offset(tokens: Tokens) -> int | None:
    """Days from the document's date for "сегодня", "вчера", "в тот же день"; else None."""
    words = set().union(*(lemmas(t) for t in tokens)) if tokens else set()
    for word, offset in RELATIVE_DAYS.items():
        if word in words:
            return offset
    if {"тот", "день"} <= words:
        return 0
    return None


def weekday(tokens: Tokens) -> int | None:
    """The day of the week "в четверг" names (Monday is 0); None for other dates."""
    for token in tokens:
        found = lemmas(token) & set(WEEKDAYS)
        if found:
            return WEEKDAYS[next(iter(found))]
    return None
