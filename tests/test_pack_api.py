"""``eventkit.pack``, the pack-author API: the packs and the ``new-pack`` template import
nothing else of eventkit, every exported name resolves, and the Frame helpers and word
tests give what their docstrings say on sentences of our own."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from _docs_examples import python_blocks
from yargy import rule

import eventkit
import eventkit.pack
from eventkit import Extractor, Meeting, RulePack, hookimpl
from eventkit.cli.new_pack import write_pack
from eventkit.pack import (
    AnyOf,
    EventRule,
    Frame,
    Head,
    Partners,
    PredicateModality,
    RuleMatch,
    Subject,
    Token,
    Tokens,
    analyse,
    frame_of,
    grammemes,
    has_grammeme,
    is_named,
    is_organization,
    is_person,
    is_place,
    lemma_in,
    mentions,
)

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = {"eventkit": set(eventkit.__all__), "eventkit.pack": set(eventkit.pack.__all__)}
# A pack's tests may also use the testing kit (the ``eventkit`` pytest plugin).
PUBLIC_IN_TESTS = {**PUBLIC, "eventkit.testing": {"assert_events", "event_matches"}}


def _eventkit_imports(path: Path) -> Iterator[tuple[str, str | None, int]]:
    """(module, imported name or None, line) of every import of eventkit in ``path``,
    function-level and ``TYPE_CHECKING`` ones included."""
    yield from _imports(path.read_text(encoding="utf-8"))


def _imports(source: str) -> Iterator[tuple[str, str | None, int]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield node.module, alias.name, node.lineno


def _offences(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if any(part.startswith(".") or part in ("build", "dist") for part in path.parts):
            continue
        allowed = PUBLIC_IN_TESTS if "tests" in path.relative_to(folder).parts else PUBLIC
        for module, name, line in _eventkit_imports(path):
            if module != "eventkit" and not module.startswith("eventkit."):
                continue  # not eventkit (yargy, attrs, the pack itself: eventkit_news)
            if module not in allowed or (name is not None and name not in allowed[module]):
                where = f"{path.relative_to(folder)}:{line}"
                found.append(f"{where}: {module}" + (f".{name}" if name else ""))
    return found


@pytest.mark.parametrize("pack", ["news", "deals"])
def test_packs_import_only_the_public_api(pack: str) -> None:
    assert _offences(ROOT / "rules" / pack) == []


def test_the_new_pack_template_imports_only_the_public_api(tmp_path: Path) -> None:
    target = write_pack("acme", tmp_path / "acme")
    assert sorted(p.name for p in target.rglob("*.py")) == [
        "__init__.py",
        "events.py",
        "plugin.py",
        "rules.py",
        "test_eventkit_acme.py",
    ]
    assert _offences(target) == []


@pytest.mark.parametrize("page", ["writing-packs.md", "grammar.md"])
def test_the_pack_docs_teach_only_the_public_api(page: str) -> None:
    offences = []
    for line, code in python_blocks(ROOT / "docs" / page):
        for module, name, _line in _imports(code):
            if module != "eventkit" and not module.startswith("eventkit."):
                continue
            if module not in PUBLIC or (name is not None and name not in PUBLIC[module]):
                offences.append(f"{page}, block at line {line}: {module}.{name}")
    assert offences == []


def test_an_internal_import_is_caught(tmp_path: Path) -> None:
    """The check itself: a function-level import of an internal module, and a name
    ``eventkit.pack`` does not export, are both reported."""
    (tmp_path / "rules.py").write_text(
        "from eventkit.pack import Subject, token_index\n"
        "def f():\n"
        "    from eventkit.clause.clauses import token_index\n"
        "    import eventkit.grammar.tokens\n",
        encoding="utf-8",
    )
    assert _offences(tmp_path) == [
        "rules.py:1: eventkit.pack.token_index",
        "rules.py:3: eventkit.clause.clauses.token_index",
        "rules.py:4: eventkit.grammar.tokens",
    ]


def test_every_exported_name_resolves() -> None:
    names = eventkit.pack.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(eventkit.pack, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from eventkit.pack import *", namespace)
    assert set(names) <= set(namespace)
    # The same objects as the top-level API, not copies.
    for name in set(eventkit.__all__) & set(names):
        assert getattr(eventkit.pack, name) is getattr(eventkit, name)
    # The clashing names are gone: roles.Union shadowed typing.Union, roles.Modality
    # clashed with the events' Modality.
    assert "Union" not in names
    assert "Modality" not in names


def test_roles_do_not_import_the_rules() -> None:
    """The engine's roles and frames read a rule through a protocol: no module under them
    imports ``engine.packs``, also not inside functions or ``TYPE_CHECKING``."""
    for name in ["roles", "frame", "match", "words", "fields"]:
        path = ROOT / "eventkit" / "engine" / f"{name}.py"
        modules = {module for module, _name, _line in _eventkit_imports(path)}
        assert "eventkit.engine.packs" not in modules, name


# --- the Frame helpers on sentences of our own -----------------------------------------


class _Recorder:
    """A pack of one rule whose ``interpret`` keeps the frame of every match."""

    def __init__(self, triggers: set[str], grammar: object, head: Head) -> None:
        self.frames: list[Frame] = []

        def keep(match: RuleMatch) -> None:
            self.frames.append(frame_of(match, head))

        self.rule = EventRule(
            name="test.frame",
            event_type=Meeting,
            triggers=triggers,
            grammar=lambda: grammar,
            interpret=keep,
            window=0,
        )

    @hookimpl
    def eventkit_rule_packs(self) -> list[RulePack]:
        return [RulePack(name="frame-test", rules=[self.rule])]


def _frame(text: str, triggers: set[str], grammar: object, head: Head = "verb") -> Frame:
    recorder = _Recorder(triggers, grammar, head)
    Extractor(["frame-test"], plugins=[recorder], load_entrypoints=False).extract(text)
    [frame] = recorder.frames
    return frame


def _words(tokens: Tokens) -> list[str]:
    return [t.value for t in tokens]


def test_words_before_and_after_the_trigger() -> None:
    frame = _frame(
        "Вчера министр Иван Петров отказался подписывать новое соглашение о торговле.",
        {"подписывать"},
        rule(lemma_in({"подписывать"})).named("TRIGGER"),
    )
    assert frame.head.value == "подписывать"
    assert _words(frame.before(2)) == ["Петров", "отказался"]
    assert _words(frame.after(3)) == ["новое", "соглашение", "о"]
    # Clipped at the sentence's ends.
    assert _words(frame.before(50))[0] == "Вчера"
    assert _words(frame.after(50))[-1] == "."


def test_before_the_head_word_or_the_trigger() -> None:
    """ "совместно объявили": the head is the verb, the trigger starts one word earlier."""
    frame = _frame(
        "Стороны совместно объявили о перемирии.",
        {"совместно"},
        rule(lemma_in({"совместно"}), lemma_in({"объявить"})).named("TRIGGER"),
        head="last",
    )
    assert frame.head.value == "объявили"
    assert _words(frame.before(1)) == ["совместно"]
    assert _words(frame.before(1, anchor="trigger")) == ["Стороны"]
    assert _words(frame.after(2)) == ["о", "перемирии"]


def test_the_head_of_a_verb_and_noun_trigger_is_the_verb() -> None:
    frame = _frame(
        "Делегации провели переговоры в Астане.",
        {"провести"},
        rule(lemma_in({"провести"}), lemma_in({"переговоры"})).named("TRIGGER"),
    )
    assert frame.head.value == "провели"
    assert _words(frame.after(2)) == ["в", "Астане"]
    assert [frame.tokens[frame.start].value, frame.tokens[frame.end].value] == [
        "провели",
        "переговоры",
    ]


def test_the_predicate_at_another_word() -> None:
    frame = _frame(
        "Иван Петров приехал в Москву и встретился с Анной Смирновой.",
        {"встретиться"},
        rule(lemma_in({"встретиться"})).named("TRIGGER"),
    )
    # The frame's own predicate where it is the same word.
    assert frame.predicate_at(frame.head) == frame.predicate
    arrived = next(t for t in frame.tokens if t.value == "приехал")
    assert [m.name for m in frame.predicate_at(arrived).subject()] == ["Иван Петров"]


# --- word and mention tests -----------------------------------------------------------


def _tokens(text: str) -> dict[str, Token]:
    [sentence] = analyse(text).sentences
    return {t.value: t for t in sentence.tokens}


def test_grammemes_of_the_most_probable_analysis() -> None:
    words = _tokens("Мы решили подписать договор, который был подписан вчера.")
    assert {"INFN", "perf"} <= grammemes(words["подписать"])
    assert "PRTS" in grammemes(words["подписан"])
    assert grammemes(words[","]) == frozenset()


def test_has_grammeme_reads_every_analysis() -> None:
    """ "стали" is first "became" (VERB), also "of steel" (NOUN): ``grammemes`` gives the
    first, ``has_grammeme`` asks all of them."""
    words = _tokens("Цены стали выше, чем у стали.")
    steel = words["стали"]
    assert "NOUN" not in grammemes(steel)
    assert has_grammeme(steel, "NOUN")
    assert has_grammeme(steel, "NOUN", {"сталь"})
    assert not has_grammeme(steel, "NOUN", {"стать"})
    assert not has_grammeme(words["."], "NOUN")
    signed = _tokens("Договор подписан.")["подписан"]
    assert has_grammeme(signed, "PRTS", {"подписать"})
    assert not has_grammeme(signed, "PRTS", {"заключить"})


def test_person_organization_place_and_named() -> None:
    text = (
        "Министр финансов Иван Петров и компания «Газпром» приехали в Казахстан, где их "
        "встретила девушка, и он сказал."
    )
    [sentence] = analyse(text).sentences
    found = {m.text: m for m in mentions(sentence, text)}
    kinds = {
        words: (is_person(m), is_organization(m), is_place(m))
        for words, m in found.items()
        if words in ("Министр финансов Иван Петров", "компания «Газпром»", "Казахстан")
    }
    assert kinds == {
        "Министр финансов Иван Петров": (True, False, False),
        "компания «Газпром»": (False, True, False),
        "Казахстан": (False, False, True),
    }
    minister, company = found["Министр финансов Иван Петров"], found["компания «Газпром»"]
    assert is_named(minister)
    assert is_named(company)
    for unnamed in ["их", "девушка", "он"]:
        assert is_person(found[unnamed])
        assert not is_named(found[unnamed])


def test_renamed_roles_still_join_and_read_modality() -> None:
    joined = Subject() | Partners("с", "со")
    assert isinstance(joined, AnyOf)
    assert isinstance(joined | Partners("между"), AnyOf)
    frame = _frame(
        "Иван Петров не встретился с Анной Смирновой.",
        {"встретиться"},
        rule(lemma_in({"встретиться"})).named("TRIGGER"),
    )
    assert PredicateModality().fill(frame) == "negated"
    assert [m.name for m in joined.fill(frame)] == ["Иван Петров", "Анна Смирнова"]
