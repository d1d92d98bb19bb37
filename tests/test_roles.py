"""Declarative roles over the core clause layer: each role on a sentence of our own, through
a real pack handed to a real Extractor, and the checks on how a rule declares them."""

from __future__ import annotations

from typing import Any

import pytest
from yargy import rule

from eventkit import Agreement, Extractor, Meeting, RulePack, RulePackError, hookimpl
from eventkit.pack import (
    Agent,
    ByLemma,
    ClauseObject,
    ClauseSubject,
    Complement,
    EventRule,
    Fixed,
    Matched,
    Object,
    Owner,
    Partners,
    RelativeSubject,
    Role,
    Subject,
    lemma_in,
)


class _Pack:
    def __init__(self, rules: list[EventRule]) -> None:
        self.rules = rules

    @hookimpl
    def eventkit_rule_packs(self) -> list[RulePack]:
        return [RulePack(name="roles-test", rules=self.rules)]


def _extract(text: str, roles: dict[str, Role], triggers: set[str], **options: Any) -> list[Any]:
    event_type = options.pop("event_type", Meeting)
    found = EventRule(
        name="test.roles",
        event_type=event_type,
        triggers=triggers,
        grammar=lambda: rule(lemma_in(triggers)).named("TRIGGER"),
        roles=roles,
        window=options.pop("window", 1),
        **options,
    )
    extractor = Extractor(["roles-test"], plugins=[_Pack([found])], load_entrypoints=False)
    return list(extractor.extract(text).events)


def _names(event: Any) -> list[str]:
    return [a.name for a in event.actors()]


def test_subject_through_a_relative_clause_and_coordination() -> None:
    [event] = _extract(
        "Иван Петров и Анна Смирнова, которые руководят заводом, встретились вчера.",
        {"participants": Subject()},
        {"встретиться"},
    )
    assert _names(event) == ["Иван Петров", "Анна Смирнова"]


def test_partners_and_the_union_of_roles() -> None:
    [event] = _extract(
        "Министр Олег Петров встретился с Иваном Смирновым и Анной Волковой.",
        {"participants": Subject() | Partners("с", "со")},
        {"встретиться"},
    )
    assert _names(event) == ["Олег Петров", "Иван Смирнов", "Анна Волкова"]


# A partner phrase that opens the verb's clause: "С X Y встретился".
FRONTED_PARTNERS = [
    pytest.param(
        "С послом Египта Олег Петров встретился в пятницу.",
        ["Олег Петров", "посол Египта"],
        id="fronted",
    ),
    pytest.param(
        "С Анной Волковой и Иваном Смирновым министр встретился в Туле.",
        ["министр", "Анна Волкова", "Иван Смирнов"],
        id="coordinated",
    ),
    # "вместе с X" is someone who came along, not whom the verb meets
    pytest.param(
        "Вместе с Анной Волковой министр встретился в Туле.", ["министр"], id="together-with"
    ),
    # a clause of its own between the phrase and the verb
    pytest.param(
        "С Анной Волковой министр работал давно и встретился в Туле.",
        ["министр"],
        id="other-verb-between",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTNERS)
def test_partners_fronted_before_the_verb(text: str, expected: list[str]) -> None:
    [event] = _extract(text, {"participants": Subject() | Partners("с", "со")}, {"встретиться"})
    assert _names(event) == expected


# "один из X", "кого-то из своих X": the group one or some of whom the verb is about.
PARTITIVE = [
    pytest.param(
        "Министр встретился с одним из лидеров профсоюза.",
        {"participants": Subject() | Partners("с", "со")},
        ["министр", "лидеры профсоюза"],
        id="partner-one-of",
    ),
    pytest.param(
        "Министр встретился с некоторыми из своих бывших помощников.",
        {"participants": Subject() | Partners("с", "со")},
        ["министр", "бывшие помощники"],
        id="partner-some-of-own",
    ),
    pytest.param(
        "Мэр навестил кого-то из старых друзей.",
        {"participants": Subject() | Object(frozenset({"accs"}))},
        ["мэр", "старые друзья"],
        id="object-someone-of",
    ),
    # "из" after no word of part is where from, not of whom
    pytest.param(
        "Мэр встретился с делегацией из Казани.",
        {"participants": Subject() | Partners("с", "со")},
        ["мэр", "делегация из Казани"],
        id="from-a-place",
    ),
]


@pytest.mark.parametrize(("text", "roles", "expected"), PARTITIVE)
def test_partitive_partners_and_objects(
    text: str, roles: dict[str, Role], expected: list[str]
) -> None:
    [event] = _extract(text, roles, {"встретиться", "навестить"})
    assert _names(event) == expected


def test_owner_of_a_noun() -> None:
    [event] = _extract(
        "Переговоры делегаций России и Китая завершились.",
        {"participants": Owner()},
        {"переговоры"},
    )
    assert _names(event) == ["делегации России", "Китай"]


# A possessive pronoun before the noun is its owner, resolved like any pronoun; a pronoun
# that is the object of a verb before the noun is not.
POSSESSORS = [
    pytest.param(
        "Министр Олег Петров уехал. После его встречи с послом начались споры.",
        ["Олег Петров", "посол"],
        id="his",
    ),
    pytest.param(
        "Министр Олег Петров уехал. После его долгой встречи с послом начались споры.",
        ["Олег Петров", "посол"],
        id="adjective-between",
    ),
    pytest.param(
        "Министр Олег Петров уехал. Посол пригласил его на встречу с мэром.",
        ["мэр"],
        id="object-not-owner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSORS)
def test_owner_is_a_possessive_before_the_noun(text: str, expected: list[str]) -> None:
    [event] = _extract(
        text, {"participants": Owner() | Partners("с", "со")}, {"встреча"}, head="last"
    )
    assert _names(event) == expected


def test_agent_of_a_passive() -> None:
    [event] = _extract(
        "Договор был подписан Иваном Петровым и Олегом Смирновым.",
        {"parties": Agent(), "status": Fixed("signed")},
        {"подписать"},
        event_type=Agreement,
    )
    assert _names(event) == ["Иван Петров", "Олег Смирнов"]
    assert event.status == "signed"


def test_object_in_the_dative() -> None:
    [event] = _extract(
        "Президент Олег Петров позвонил премьеру Ивану Смирнову.",
        {"participants": Subject() | Object(frozenset({"datv"}))},
        {"позвонить"},
    )
    assert _names(event) == ["Олег Петров", "Иван Смирнов"]


def test_clause_subject_and_object_of_a_noun_in_a_phrase() -> None:
    [event] = _extract(
        "В телефонном разговоре министр Олег Петров поблагодарил Ивана Смирнова.",
        {"participants": ClauseSubject(in_phrase=True) | ClauseObject()},
        {"разговор"},
    )
    assert _names(event) == ["Олег Петров", "Иван Смирнов"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Совещание, на котором министр Олег Петров выступил, прошло утром.", ["Олег Петров"]),
        (
            "Саммит, где встретились Иван Смирнов и Олег Петров, прошёл в Сочи.",
            ["Иван Смирнов", "Олег Петров"],
        ),
        # no relative clause, no subject
        ("Совещание прошло утром, Олег Петров выступил.", []),
    ],
)
def test_relative_subject_of_a_noun(text: str, names: list[str]) -> None:
    found = _extract(text, {"participants": RelativeSubject()}, {"совещание", "саммит"})
    assert [_names(e) for e in found] == ([names] if names else [])


def test_clause_subject_in_phrase_only() -> None:
    """ "Разговор X не состоялся": the noun is no phrase, so no clause subject."""
    assert not _extract(
        "Разговор министра Олега Петрова не состоялся.",
        {"participants": ClauseSubject(in_phrase=True)},
        {"разговор"},
    )


def test_complement_and_by_lemma() -> None:
    [event] = _extract(
        "Иван Петров и Олег Смирнов договорились о совместном проекте.",
        {
            "parties": Subject(),
            "subject": Complement(),
            "status": ByLemma({"договориться": "reached"}, default="signed"),
        },
        {"договориться"},
        event_type=Agreement,
    )
    assert event.subject.text == "о совместном проекте"
    assert event.status == "reached"


def test_an_empty_required_role_gives_no_event_an_optional_one_does() -> None:
    text = "Иван Петров договорился."
    roles: dict[str, Role] = {"parties": Subject(), "subject": Complement()}
    assert not _extract(text, roles, {"договориться"}, event_type=Agreement)
    [event] = _extract(
        text, roles, {"договориться"}, event_type=Agreement, optional=frozenset({"subject"})
    )
    assert event.subject is None


def test_check_turns_a_match_down() -> None:
    text = "Министр Олег Петров встретился с Иваном Смирновым."
    roles: dict[str, Role] = {"participants": Subject() | Partners("с", "со")}
    assert not _extract(
        text, roles, {"встретиться"}, check=lambda frame, values: len(values["participants"]) > 2
    )


def test_a_rule_needs_roles_or_interpret() -> None:
    with pytest.raises(RulePackError, match="needs roles= or interpret="):
        EventRule(name="test.empty", event_type=Meeting, triggers={"встреча"}, grammar=lambda: None)


def test_a_role_must_name_a_field_of_the_event() -> None:
    with pytest.raises(RulePackError, match="Meeting has no field speaker"):
        EventRule(
            name="test.wrong",
            event_type=Meeting,
            triggers={"встреча"},
            grammar=lambda: None,
            roles={"speaker": Subject()},
        )


def test_matched_part_of_the_grammar() -> None:
    triggers = {"подписать"}
    found = EventRule(
        name="test.matched",
        event_type=Agreement,
        triggers=triggers,
        grammar=lambda: rule(
            lemma_in(triggers).named("TRIGGER"), lemma_in({"договор"}).named("DOCUMENT")
        ),
        roles={"parties": Subject(), "subject": Matched("DOCUMENT")},
    )
    extractor = Extractor(["roles-test"], plugins=[_Pack([found])], load_entrypoints=False)
    [event] = extractor.extract("Иван Петров подписал договор.").events
    assert isinstance(event, Agreement)
    assert event.subject is not None
    assert (event.trigger.text, event.subject.text) == ("подписал", "договор")
