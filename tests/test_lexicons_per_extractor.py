"""The words a pack adds through ``eventkit_lexicons`` belong to the Extractor that loaded
the pack: another Extractor in the same process, before or after, never sees them, and two
Extractors used in turn give what each gives alone (the word tests' remembered answers and
the actor parser are kept per lexicons)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import corpus_line, eventkit_command, json_lines
from _installed import environment, install_pack

from eventkit import Document, Extractor, hookimpl
from eventkit.grammar.lexicon import (
    BASE_LEXICONS,
    KIN_WORDS,
    TITLE_NOUNS,
    current_lexicons,
    using_lexicons,
)
from eventkit.grammar.tokens import is_name_word
from eventkit.speedups import reference_path
from eventkit.text.analysis import analyse
from eventkit.views.explain import explain


class Shipping:
    """A plugin adding an organization noun and two title nouns (also run in fresh
    processes, from its source)."""

    @hookimpl
    def eventkit_lexicons(self) -> dict[str, list[str]]:
        return {"org_nouns": ["Синдикат"], "title_nouns": ["штурман", "зурбаган"]}


SYNDICATE = "Синдикат заявил, что цены вырастут."
TEXTS = [
    SYNDICATE,
    "Вчера штурман встретился с капитаном Сергеем Ивановым.",
    "Вчера Зурбаган встретился с Анной Смирновой.",
    "Зурбаган Иван Петров заявил, что корабль готов.",
    "Иван Петров встретился с Анной Смирновой. Синдикат заявил, что это важно.",
    "Министр иностранных дел России Сергей Лавров провел переговоры с Энтони Блинкеном.",
]


def _plain() -> Extractor:
    return Extractor(["news"])


def _shipping() -> Extractor:
    return Extractor(["news"], plugins=[Shipping()])


def _as_json(extractor: Extractor, documents: list[Document]) -> list[str]:
    return [
        json.dumps([extractor.converter.event_to_dict(e) for e in d.events], ensure_ascii=False)
        for d in documents
    ]


def _alone(config: str) -> list[str]:
    """What a fresh Extractor of ``config`` gives in a process of its own."""
    code = f"""
import json, sys
from eventkit import Extractor, hookimpl
{inspect.getsource(Shipping)}
plugins = [Shipping()] if {config == "shipping"} else []
extractor = Extractor(["news"], plugins=plugins)
texts = json.loads(sys.stdin.read())
for text in texts:
    events = extractor.extract(text).events
    print(json.dumps([extractor.converter.event_to_dict(e) for e in events], ensure_ascii=False))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def _speaker(document: Document) -> tuple[str, str] | None:
    [event] = document.events
    return (event.speaker.name, event.speaker.kind)  # type: ignore[attr-defined]


def test_words_stay_in_the_extractor_of_the_pack() -> None:
    assert _plain().extract(SYNDICATE).events == ()
    shipping = _shipping()
    assert _speaker(shipping.extract(SYNDICATE)) == ("Синдикат", "ORG")
    # neither an Extractor made before the pack's nor one made after sees its words
    assert _plain().extract(SYNDICATE).events == ()
    assert current_lexicons() is BASE_LEXICONS
    assert "синдикат" not in shipping.lexicons.words("title_nouns")
    assert "синдикат" in shipping.lexicons.words("org_nouns")


def test_two_extractors_in_turn_give_what_each_gives_alone() -> None:
    alone = {"plain": _alone("plain"), "shipping": _alone("shipping")}
    assert alone["plain"] != alone["shipping"]  # the words change the results
    extractors = {"plain": _plain(), "shipping": _shipping()}
    found: dict[str, list[Document]] = {"plain": [], "shipping": []}
    for text in TEXTS:
        for config in ("shipping", "plain"):
            found[config].append(extractors[config].extract(text))
    for config, extractor in extractors.items():
        assert _as_json(extractor, found[config]) == alone[config], config
    titles = [
        [(a.name, a.title) for e in d.events for a in e.actors()] for d in found["shipping"][1:3]
    ]
    assert titles == [
        [("штурман", "штурман"), ("Сергей Иванов", "капитан")],
        [("зурбаган", "зурбаган"), ("Анна Смирнова", None)],
    ]
    assert [a.name for a in found["plain"][2].events[0].actors()] == ["Зурбаган", "Анна Смирнова"]


def test_word_tests_answer_per_lexicons() -> None:
    token = analyse("Вчера Зурбаган прибыл.").sentences[0].tokens[1]
    shipping = _shipping().lexicons
    for _ in range(2):  # the remembered answers of one lexicons never serve the other
        assert is_name_word(token)
        with using_lexicons(shipping):
            assert not is_name_word(token)
            with reference_path():
                assert not is_name_word(token)
    assert is_name_word(token)


def test_equal_lexicons_are_one_value() -> None:
    assert BASE_LEXICONS.extended({}) is BASE_LEXICONS
    assert BASE_LEXICONS.extended({"title_nouns": ["Президент"]}) is BASE_LEXICONS
    one = BASE_LEXICONS.extended({"title_nouns": ["штурман"]})
    assert BASE_LEXICONS.extended({"title_nouns": ["Штурман"]}) is one
    assert one.extended({"title_nouns": ["штурман"]}) is one
    assert _shipping().lexicons is _shipping().lexicons


def test_the_word_lists_read_the_current_lexicons() -> None:
    shipping = _shipping().lexicons
    assert "штурман" not in TITLE_NOUNS
    assert not frozenset({"штурман"}) & TITLE_NOUNS
    with using_lexicons(shipping):
        assert "штурман" in TITLE_NOUNS
        assert frozenset({"штурман", "кот"}) & TITLE_NOUNS == {"штурман"}
        assert "штурман" in KIN_WORDS | TITLE_NOUNS
        assert len(TITLE_NOUNS) == len(BASE_LEXICONS.title_nouns) + 2
    assert "штурман" not in set(TITLE_NOUNS)


def test_pipe_workers_use_the_lexicons_of_their_extractor() -> None:
    shipping, plain = _shipping(), _plain()
    texts = TEXTS * 3
    for extractor in (shipping, plain):
        one = [extractor.extract(t) for t in texts]
        assert list(extractor.pipe(texts, workers=2, batch_size=2)) == one
    assert _speaker(next(shipping.pipe([SYNDICATE], workers=2))) == ("Синдикат", "ORG")
    assert next(plain.pipe([SYNDICATE], workers=2)).events == ()


def test_explain_uses_the_lexicons_of_its_extractor() -> None:
    def events(extractor: Extractor) -> list[object]:
        [sentence] = explain(SYNDICATE, extractor)
        return [e for r in sentence.rules for m in r.matches for e in m.events]

    assert events(_shipping())
    assert not events(_plain())


PACK_SOURCE = """
from eventkit import RulePack, hookimpl


@hookimpl
def eventkit_rule_packs():
    return [RulePack(name="shipping", rules=[])]


@hookimpl
def eventkit_lexicons():
    return {"org_nouns": ["синдикат"]}
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_workers_get_the_words_of_the_selected_packs(tmp_path: Path, workers: str) -> None:
    site = tmp_path / "site"
    install_pack(
        site, dist="eventkit-shipping", module="eventkit_shipping", source=PACK_SOURCE,
        entry="shipping",
    )  # fmt: skip
    corpus = tmp_path / "corpus.jsonl"
    lines = [corpus_line(str(i), t) for i, t in enumerate([SYNDICATE, *TEXTS])]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = environment(site)

    def speakers(packs: str) -> list[list[str]]:
        done = subprocess.run(
            [*eventkit_command("extract", corpus), "--packs", packs, "--workers", workers],
            capture_output=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode()
        return [
            [e["speaker"]["name"] for e in doc["events"] if e["type"] == "Statement"]
            for doc in json_lines(done.stdout)
        ]

    assert speakers("news,shipping")[0] == ["Синдикат"]
    assert speakers("news")[0] == []


def test_warm_up_builds_the_actor_parser_for_the_extractors_own_lexicons() -> None:
    from eventkit.grammar.actors import actor_parser
    from eventkit.parse.fastparse import FastParser

    def not_built() -> FastParser:
        raise AssertionError("warm_up() left the actor parser to the first document")

    extractor = _shipping()  # lexicons of its own: nothing built them before
    assert extractor.lexicons is not BASE_LEXICONS
    extractor.warm_up()
    built = extractor.lexicons.cached(actor_parser, not_built)
    assert isinstance(built, FastParser)
    # the parser the first document then uses is that one, not a second build
    with using_lexicons(extractor.lexicons):
        assert actor_parser() is built
