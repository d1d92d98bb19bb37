"""Extraction through the real news pack: offsets, order, provenance, the shared pass."""

from __future__ import annotations

from eventkit import Document, Extractor, Meeting, Statement
from eventkit.text.analysis import analyse

TEXT = (
    "Москва, 12 апреля -- Министр иностранных дел России Сергей Лавров сегодня провел "
    "переговоры с госсекретарем США Энтони Блинкеном. Лавров заявил, что диалог будет "
    "продолжен. «Мы услышали друг друга», — сказал Блинкен."
)


def _check_offsets(document: Document) -> None:
    text = document.text
    for event in document.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        for actor in event.actors():
            assert text[actor.start : actor.end] == actor.text
        content = getattr(event, "content", None)
        if content is not None:
            assert text[content.start : content.end] == content.text


def test_events_with_offsets_and_provenance(extractor: Extractor) -> None:
    document = extractor.extract(TEXT, doc_id="t1")
    assert document.id == "t1"
    _check_offsets(document)
    types = [e.type for e in document.events]
    assert types == ["Meeting", "Statement", "Statement"]
    meeting = document.events[0]
    assert isinstance(meeting, Meeting)
    assert [a.name for a in meeting.participants] == ["Сергей Лавров", "Энтони Блинкен"]
    assert meeting.participants[0].title == "министр иностранных дел России"
    assert meeting.date is not None
    assert meeting.date.value == "--04-12"
    assert meeting.place is not None
    assert meeting.place.name == "Москва"
    assert (meeting.pack, meeting.rule) == ("news", "meeting.verb")
    statement = document.events[1]
    assert isinstance(statement, Statement)
    assert statement.speaker.name == "Сергей Лавров"
    assert statement.content.text == "диалог будет продолжен"
    quote = document.events[2]
    assert isinstance(quote, Statement)
    assert quote.speech == "direct"
    assert quote.content.text == "Мы услышали друг друга"
    assert quote.speaker.name == "Энтони Блинкен"


def test_empty_and_blank_documents(extractor: Extractor) -> None:
    for text in ["", "   \n\n  "]:
        document = extractor.extract(text)
        assert document.events == ()
        assert document.errors == ()


def test_same_input_same_events(extractor: Extractor) -> None:
    assert extractor.extract(TEXT).events == extractor.extract(TEXT).events


def test_sentences_and_lemmas_are_computed_once() -> None:
    analysed = analyse("Он сказал это. Они встретились вчера.")
    assert [analysed.text[s.start : s.end] for s in analysed.sentences] == [
        "Он сказал это.",
        "Они встретились вчера.",
    ]
    assert "встретиться" in analysed.sentences[1].lemmas
    assert analysed.sentences[1].tokens[1].span.start == analysed.text.index("встретились")


def test_grammar_runs_only_on_selected_sentences(extractor: Extractor) -> None:
    text = "Погода была хорошей. Иван Петров встретился с Анной Смирновой."
    document = extractor.extract(text)
    assert [e.sentence.start for e in document.events] == [text.index("Иван")]


def test_date_and_place_are_never_taken_from_a_quote() -> None:
    """What a speaker said is no circumstance of the speaking."""
    extractor = Extractor(["news"])
    [quoted] = extractor.extract(
        "«Мы встретимся в Париже 5 мая», — сказал министр Олег Петров."
    ).events
    assert (quoted.date, quoted.place) == (None, None)
    [plain] = extractor.extract("Министр Олег Петров 5 мая в Париже сказал: «Мы готовы».").events
    assert plain.date is not None
    assert plain.place is not None
    assert (plain.date.value, plain.place.name) == ("--05-05", "Париж")
