"""When and where an event happened: explicit dates and places in its sentence, and
"сегодня", "здесь", "в тот же день" resolved against the dateline ("Нур-Султан, 3 марта")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from attrs import evolve, frozen

from eventkit.grammar.dates import (
    DATE,
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAYS,
    date_value,
    relative_offset,
    weekday,
)
from eventkit.grammar.places import PLACE, place_nominative
from eventkit.grammar.tokens import cases, forms
from eventkit.model.events import DateValue, Event, Place, Span
from eventkit.parse.fastparse import FastParser
from eventkit.text.analysis import AnalysedText, PretokenizedTokenizer, Sentence
from eventkit.text.protocols import Tokens

_MONTHS_GENITIVE = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
# "Москва, 3 октября", "МОСКВА, 5 августа /корр. ИТАР-ТАСС/", "Нижний Новгород, 3 мая 2019 г."
_DATELINE = re.compile(
    r"^\s*(?P<place>[А-ЯЁ][А-ЯЁа-яё]+(?:[- ][А-ЯЁ][А-ЯЁа-яё]+){0,2}),\s+"
    r"(?P<day>\d{1,2})\s+(?P<month>[а-яА-Я]+)(?:\s+(?P<year>\d{4})(?:\s*(?:года|г\.))?)?"
)
# "05/08/2008 10:35", "05.08.2008": a date and time opening the copy, with no place.
_NUMERIC_DATELINE = re.compile(
    r"^\s*(?P<day>\d{2})[./](?P<month>\d{2})[./](?P<year>\d{4})(?:,?\s+\d{1,2}:\d{2})?"
)


@frozen
class Dateline:
    """Where and when a news item was filed, from its opening words."""

    place: str | None
    place_start: int
    place_end: int
    value: str  # ISO, "--MM-DD" when the year is not given
    start: int
    end: int


def find_dateline(text: str) -> Dateline | None:
    head = text[:200]
    numeric = _NUMERIC_DATELINE.match(head)
    if numeric:
        day, month = int(numeric.group("day")), int(numeric.group("month"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        value = f"{numeric.group('year')}-{month:02d}-{day:02d}"
        return Dateline(None, 0, 0, value, numeric.start("day"), numeric.end())
    found = _DATELINE.match(head)
    if not found or found.group("month").lower() not in _MONTHS_GENITIVE:
        return None
    month = _MONTHS_GENITIVE[found.group("month").lower()]
    day = int(found.group("day"))
    year = found.group("year")
    value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return Dateline(
        place=_place_name(found.group("place")),
        place_start=found.start("place"),
        place_end=found.end("place"),
        value=value,
        start=found.start("day"),
        end=found.end(),
    )


def _place_name(written: str) -> str:
    """ "МОСКВА" -> "Москва", "НИЖНИЙ НОВГОРОД" -> "Нижний Новгород"; others as written."""
    if not written.isupper():
        return written
    return re.sub(r"[А-ЯЁ]+", lambda word: word.group(0).capitalize(), written)


# The date and place parsers, built on first use (building them loads the grammars).
_parsers_built: tuple[FastParser, FastParser] | None = None


def parsers() -> tuple[FastParser, FastParser]:
    """The date and the place parser, built on first use (``Extractor.warm_up`` builds them
    ahead)."""
    global _parsers_built
    if _parsers_built is None:
        tokenizer = PretokenizedTokenizer()
        _parsers_built = (
            FastParser(DATE, tokenizer=tokenizer, name="dates"),
            FastParser(PLACE, tokenizer=tokenizer, name="places"),
        )
    return _parsers_built


def with_date_and_place(event: Event, analysed: AnalysedText, dateline: Dateline | None) -> Event:
    sentence = analysed.sentence_at(event.trigger.start)
    if sentence is None:
        return event
    # Every event of a sentence shares its date and place: parse them once per sentence.
    found_date, relative = sentence.cached(
        "eventkit.resolve.date", lambda: _sentence_date(sentence, analysed.text, dateline)
    )
    # What a speaker said is no circumstance of the speaking: "«Встретимся в Париже 5
    # мая», — сказал он" was said neither in Paris nor on 5 May.
    said = getattr(event, "content", None) if getattr(event, "speech", "") == "direct" else None

    def quoted(span: DateValue | Place) -> bool:
        return isinstance(said, Span) and said.start <= span.start and span.end <= said.end

    if found_date is not None and quoted(found_date):
        found_date = None
    new_date = found_date if event.date is None else None
    new_place: Place | None = None
    if event.place is None:
        place = sentence.cached(
            "eventkit.resolve.place",
            lambda: _sentence_place(sentence, analysed.text, dateline),
        )
        if (
            place is None
            and dateline is not None
            and dateline.place
            and (relative or any(t.value.lower() == "здесь" for t in sentence.tokens))
        ):
            place = Place(
                name=dateline.place,
                text=analysed.text[dateline.place_start : dateline.place_end],
                start=dateline.place_start,
                end=dateline.place_end,
            )
        if place is not None and not quoted(place):
            new_place = place
    if new_date is None and new_place is None:
        return event
    return evolve(event, date=new_date or event.date, place=new_place or event.place)


def _sentence_date(
    sentence: Sentence, text: str, dateline: Dateline | None
) -> tuple[DateValue | None, bool]:
    """The first date of the sentence (outside the dateline itself), and whether it was
    relative ("сегодня", "в тот же день")."""
    if not _may_date(sentence, dateline):
        return None, False
    date_parser, _ = parsers()
    if not date_parser.can_match(sentence.tokens):
        return None, False
    for match in date_parser.findall(sentence.tokens):
        start, end = match.tokens[0].span.start, match.tokens[-1].span.stop
        if dateline is not None and dateline.start <= start < dateline.end:
            continue
        words = text[start:end]
        value = date_value(match.tokens)
        if value is not None:
            return DateValue(text=words, start=start, end=end, value=value), False
        day = weekday(match.tokens)
        if day is not None and dateline is not None:
            # "в четверг" in copy filed on a date: that day of the week, on or before it
            # for a past event; without the year the weekday cannot be placed.
            value = _weekday_near(dateline.value, day, past=not _future(sentence))
            return DateValue(text=words, start=start, end=end, value=value), True
        offset = relative_offset(match.tokens)
        if offset is not None and dateline is not None:
            return (
                DateValue(text=words, start=start, end=end, value=_shift(dateline.value, offset)),
                True,
            )
    return None, False


# The words a weekday or a relative day needs one of ("в тот же день" needs "тот" and "день").
_RELATIVE_LEMMAS: Final = frozenset([*RELATIVE_DAYS, *WEEKDAYS])
_SAME_DAY: Final = frozenset(["тот", "день"])
_MONTH_LEMMAS: Final = frozenset(MONTHS)


def _may_date(sentence: Sentence, dateline: Dateline | None) -> bool:
    """False only where no match can give ``_sentence_date`` an answer, whatever the parse
    finds: an absolute date (``date_value``) needs a month's name or a year (a number of
    four digits); a weekday or a relative day, which count only with a dateline, their
    words (``weekday``, ``relative_offset``)."""
    lemmas = sentence.lemmas
    if not lemmas:
        return True  # a sentence made without its lemmas: no telling
    if not lemmas.isdisjoint(_MONTH_LEMMAS):
        return True
    for token in sentence.tokens:
        if token.type == "INT" and len(token.value) == 4:
            return True
    return dateline is not None and (not lemmas.isdisjoint(_RELATIVE_LEMMAS) or lemmas >= _SAME_DAY)


def _future(sentence: Sentence) -> bool:
    """A verb of the sentence that can only be future: "проведет", "встретится"."""
    for token in sentence.tokens:
        verbal = [f for f in forms(token) if "VERB" in f.grams.values]
        if verbal and all("futr" in f.grams.values for f in verbal):
            return True
    return False


def _weekday_near(value: str, day: int, *, past: bool) -> str | None:
    """The date of weekday ``day`` on or before the dateline's date (on or after it for a
    future event); None when the dateline has no year."""
    if len(value) != 10 or value.startswith("--"):
        return None
    filed = date.fromisoformat(value)
    if past:
        return (filed - timedelta(days=(filed.weekday() - day) % 7)).isoformat()
    return (filed + timedelta(days=(day - filed.weekday()) % 7)).isoformat()


def _shift(value: str, days: int) -> str:
    if days == 0:
        return value
    if value.startswith("--"):
        shifted = date(2001, int(value[2:4]), int(value[5:7])) + timedelta(days=days)
        return f"--{shifted.month:02d}-{shifted.day:02d}"
    if len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


# "в" and "во" as they may be written: the words whose lower case is one of them.
_IN: Final = frozenset(["в", "В", "во", "Во", "вО", "ВО"])


def _may_place(tokens: Tokens, place_parser: FastParser) -> bool:
    """False only where no place can follow "в" / "во" (all ``_sentence_place`` takes): no
    word right after one of them can start a match (no parse needed to know it)."""
    return any(
        tokens[k].value in _IN and place_parser.can_match(tokens[k + 1 : k + 2])
        for k in range(len(tokens) - 1)
    )


def _sentence_place(sentence: Sentence, text: str, dateline: Dateline | None) -> Place | None:
    """A place the sentence puts the event in: "в Москве", "во Франции"."""
    tokens = sentence.tokens
    _, place_parser = parsers()
    if not _may_place(tokens, place_parser):
        return None
    by_start: dict[int, int] | None = None  # built for the first match, if any
    for match in place_parser.findall(tokens):
        if by_start is None:
            by_start = {t.span.start: i for i, t in enumerate(tokens)}
        first = by_start[match.tokens[0].span.start]
        if first == 0 or tokens[first - 1].value.lower() not in ("в", "во"):
            continue
        if not {"loct", "loc2"} & cases(match.tokens[-1]) and cases(match.tokens[-1]):
            continue  # "во Вьетнам" is a direction, not where the event happened
        start, end = match.tokens[0].span.start, match.tokens[-1].span.stop
        if dateline is not None and start < dateline.end:
            continue
        return Place(
            name=place_nominative(match.tokens), text=text[start:end], start=start, end=end
        )
    return None
