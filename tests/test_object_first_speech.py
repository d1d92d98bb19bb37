"""What was said may open the clause before its verb, with the speaker after it (object,
verb, subject): a thing criticized, condemned or expressed, the noun of what was
expressed ("Соболезнования выразил …"). A thing cannot
be the subject of such a verb where a person or an organization that agrees with the
verb follows it. Our own sentences; rows that must not change are in the same tables.

Each row: text, the trigger, the speaker's name, how the content starts (or None for no
statement at that trigger).
"""

from __future__ import annotations

import pytest

from eventkit import Extractor, Statement

ROWS = [
    # a thing before the verb, a person after it
    pytest.param(
        "Новый закон раскритиковал министр юстиции Олег Смирнов.",
        "раскритиковал",
        "Олег Смирнов",
        "Новый закон",
        id="thing-verb-person",
    ),
    pytest.param(
        "Решение комиссии осудил председатель профсоюза.",
        "осудил",
        "председатель профсоюза",
        "Решение комиссии",
        id="thing-with-genitive-verb-title",
    ),
    # the noun of what was expressed opens the clause
    pytest.param(
        "Соболезнования родным погибших выразил губернатор области Павел Орлов.",
        "выразил",
        "Павел Орлов",
        "Соболезнования родным погибших",
        id="expressed-noun-first",
    ),
    # subject, verb, object as before
    pytest.param(
        "Министерство раскритиковало новый закон.",
        "раскритиковало",
        "Министерство",
        "новый закон",
        id="organization-verb-thing",
    ),
    # an unnamed source before the verb is the speaker, not an object
    pytest.param(
        "Источник в министерстве назвал отставку Ивановой серьёзной потерей.",
        "назвал",
        "источник в министерстве",
        "отставку",
        id="unnamed-source-first",
    ),
]

NONE = [
    # a person after the verb who does not agree with it is no subject
    pytest.param("Закон раскритиковал Петрова за медлительность.", "раскритиковал", id="object"),
    # "выразил" with no noun of what was expressed anywhere
    pytest.param("Своё отношение к делу выразил министр.", "выразил", id="no-express-noun"),
]


def _statements(extractor: Extractor, text: str, trigger: str) -> list[Statement]:
    return [
        e
        for e in extractor.extract(text).events
        if isinstance(e, Statement) and e.trigger.text == trigger
    ]


@pytest.mark.parametrize(("text", "trigger", "speaker", "content"), ROWS)
def test_object_first(
    extractor: Extractor, text: str, trigger: str, speaker: str, content: str
) -> None:
    [statement] = _statements(extractor, text, trigger)
    assert statement.speaker.name == speaker
    assert statement.content.text.startswith(content)


@pytest.mark.parametrize(("text", "trigger"), NONE)
def test_no_statement(extractor: Extractor, text: str, trigger: str) -> None:
    assert _statements(extractor, text, trigger) == []
