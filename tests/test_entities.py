"""``Document.entities``: every person, organization and place of a document once, with all
its mentions; each actor linked to its entity; the JSON contract and its schema."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventkit import Document, Extractor
from eventkit.model.entities import Entity, joined_entities
from eventkit.model.events import Actor, Span, Statement

PUTIN = (
    "Президент России Владимир Путин провёл переговоры с канцлером Германии Олафом Шольцем. "
    "Путин заявил, что встреча была полезной. "
    "Президент также сообщил, что делегации обсудили поставки газа. "
    "Он добавил, что следующая встреча пройдёт летом."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _entity(document: Document, name: str) -> Entity:
    [found] = [e for e in document.entities if e.name == name]
    return found


def _texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_one_entity_with_every_mention(extractor: Extractor) -> None:
    document = extractor.extract(PUTIN)
    putin = _entity(document, "Владимир Путин")
    assert (putin.kind, putin.named) == ("PER", True)
    assert _texts(putin) == ["Президент России Владимир Путин", "Путин", "Президент", "Он"]
    assert putin.titles == ("президент России",)
    for mention in putin.mentions:
        assert PUTIN[mention.start : mention.end] == mention.text
    # once: no other entity holds any of these words
    others = [m for e in document.entities if e is not putin for m in e.mentions]
    assert not set(others) & set(putin.mentions)


def test_canonical_name_is_the_fullest_nominative(extractor: Extractor) -> None:
    document = extractor.extract(PUTIN)
    scholz = _entity(document, "Олаф Шольц")
    assert _texts(scholz) == ["канцлером Германии Олафом Шольцем"]
    assert scholz.titles == ("канцлер Германии",)
    # the first mention is in the first place of the list
    assert [e.name for e in document.entities][:2] == ["Владимир Путин", "Олаф Шольц"]


def test_every_actor_links_to_its_entity(extractor: Extractor) -> None:
    document = extractor.extract(PUTIN)
    actors = [a for event in document.events for a in event.actors()]
    assert len(actors) >= 5
    for actor in actors:
        entity = document.entity_of(actor)
        assert entity is not None
        assert entity.name == actor.name
        assert Span(text=actor.text, start=actor.start, end=actor.end) in entity.mentions
    speakers = {a.text: a.entity for e in document.events_of(Statement) for a in e.actors()}
    assert speakers["Путин"] == speakers["Он"] == speakers["Президент"] == 0


def test_short_forms_outside_events_join_the_full_name(extractor: Extractor) -> None:
    text = (
        "Анна Смирнова прилетела в Казань. Она заявила, что город ей понравился. "
        "А. Смирнова сообщила, что вернётся осенью."
    )
    document = extractor.extract(text)
    anna = _entity(document, "Анна Смирнова")
    # "ей" is at no event: it joins the nearest person before it of its gender
    assert _texts(anna) == ["Анна Смирнова", "Она", "ей", "А. Смирнова"]
    assert _entity(document, "Казань").kind == "GPE"


def test_a_titled_name_outside_events_is_an_entity(extractor: Extractor) -> None:
    text = (
        "Анна Смирнова прилетела в Казань вместе с мэром города Ильсуром Метшиным. "
        "Она заявила, что город ей понравился."
    )
    document = extractor.extract(text)
    mayor = _entity(document, "Ильсур Метшин")
    assert (_texts(mayor), mayor.titles) == (["мэром города Ильсуром Метшиным"], ("мэр города",))
    assert _texts(_entity(document, "Анна Смирнова")) == ["Анна Смирнова", "Она", "ей"]


def test_a_description_the_document_never_names_stays_its_own_entity(
    extractor: Extractor,
) -> None:
    text = "Министр заявил, что переговоры продолжатся. Агентство сообщило, что решение не принято."
    document = extractor.extract(text)
    minister = _entity(document, "министр")
    agency = _entity(document, "Агентство")
    assert (minister.kind, minister.named, _texts(minister)) == ("PER", False, ["Министр"])
    assert (agency.kind, agency.named) == ("ORG", False)
    [said, reported] = document.events_of(Statement)
    assert document.entity_of(said.speaker) is minister
    assert document.entity_of(reported.speaker) is agency


def test_an_unresolved_pronoun_is_an_entity_of_its_own(extractor: Extractor) -> None:
    document = extractor.extract("Он заявил, что устал. Он сообщил, что уходит в отпуск.")
    assert [(e.name, e.named, _texts(e)) for e in document.entities] == [
        ("Он", False, ["Он"]),
        ("Он", False, ["Он"]),
    ]
    assert [s.speaker.entity for s in document.events_of(Statement)] == [0, 1]


def test_json_round_trip(extractor: Extractor) -> None:
    document = extractor.extract(PUTIN, doc_id="p")
    data = json.loads(document.to_json(with_text=True))
    assert data["entities"][0]["name"] == "Владимир Путин"
    assert data["events"][0]["participants"][0]["entity"] == 0
    assert extractor.converter.document_from_dict(data) == document


def test_json_without_entities_still_reads(extractor: Extractor) -> None:
    document = extractor.extract(PUTIN, doc_id="p")
    data = document.to_dict(with_text=True)
    del data["entities"]
    for event in data["events"]:
        for actor in _actor_dicts(event):
            del actor["entity"]
    old = extractor.converter.document_from_dict(data)
    assert old.entities == ()
    assert all(a.entity is None for e in old.events for a in e.actors())
    # and an actor without an entity is written without the key
    assert "entity" not in _actor_dicts(old.to_dict()["events"][0])[0]


def _actor_dicts(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        item
        for value in event.values()
        for item in (value if isinstance(value, list) else [value])
        if isinstance(item, dict) and "kind" in item and "name" in item
    ]


def test_schema_validates_entities(extractor: Extractor) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from eventkit.model.schema import json_schema

    schema = json_schema(extractor.converter.event_types.values())
    data = extractor.extract(PUTIN).to_dict()
    jsonschema.validate(data, schema)
    assert schema["$defs"]["Entity"]["required"] == ["name", "kind", "mentions", "titles", "named"]
    assert "entity" not in schema["$defs"]["Actor"]["required"]
    broken = json.loads(json.dumps(data))
    broken["entities"][0]["kind"] = "ANIMAL"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_entity_of_tolerates_a_foreign_index() -> None:
    actor = Actor(name="Иван Петров", text="Петров", start=0, end=6, kind="PER", entity=3)
    assert Document(id="", text="Петров").entity_of(actor) is None
    unlinked = Actor(name="Иван Петров", text="Петров", start=0, end=6, kind="PER")
    assert Document(id="", text="Петров").entity_of(unlinked) is None


def test_joined_entities_merge_the_same_name() -> None:
    def span(start: int) -> Span:
        return Span(text="Путин", start=start, end=start + 5)

    first = [Entity(name="Владимир Путин", kind="PER", mentions=[span(0)], titles=["президент"])]
    second = [
        Entity(name="он", kind="PER", mentions=[span(90)], named=False),
        Entity(name="Владимир Путин", kind="PER", mentions=[span(100)]),
    ]
    joined, indices = joined_entities([first, second])
    assert [(e.name, [m.start for m in e.mentions]) for e in joined] == [
        ("Владимир Путин", [0, 100]),
        ("он", [90]),
    ]
    assert indices == [[0], [1, 0]]
    assert joined[0].titles == ("президент",)


def test_corpus_merges_by_the_documents_entities(extractor: Extractor) -> None:
    from eventkit.corpus import Corpus

    first = extractor.extract(PUTIN, doc_id="a")
    second = extractor.extract(
        "Агентство сообщило, что решение не принято. "
        "Владимир Путин заявил, что переговоры продолжатся.",
        doc_id="b",
    )
    corpus = Corpus.from_documents([first, second])
    names = {e.name: e for e in corpus.entities}
    assert len(names["Владимир Путин"].documents) == 2
    assert "Агентство" not in names
    # what the document says decides: an entity it marks as naming nobody is no corpus entity
    from eventkit.corpus.aggregate import build_corpus

    record = first.to_dict()
    assert record["entities"][1]["name"] == "Олаф Шольц"
    record["entities"][1]["named"] = False
    assert "Олаф Шольц" not in {e.name for e in build_corpus([record]).entities}


def test_corpus_takes_the_entity_name_over_the_actor_name(extractor: Extractor) -> None:
    from eventkit.corpus.aggregate import build_corpus

    record = extractor.extract(PUTIN, doc_id="a").to_dict()
    record["events"][1]["speaker"]["name"] = "Путин"  # as an older resolver might have left it
    corpus = build_corpus([record])
    assert [e.name for e in corpus.entities if "Путин" in e.name] == ["Владимир Путин"]


def test_show_escapes_what_entities_add() -> None:
    from eventkit.views.render import document_html

    text = 'Иван "<b>" сказал'
    entity = Entity(name='Иван "<b>"', kind="PER", mentions=[Span(text=text[:10], start=0, end=10)])
    page = document_html(Document(id="x", text=text, entities=[entity]))
    assert 'data-entity="0"' in page
    assert 'title="Иван &quot;&lt;b&gt;&quot; (PER)"' in page
    assert '"<b>"' not in page
