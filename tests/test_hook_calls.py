"""Hooks are called through pluggy: hook wrappers on every hook, pluggy's tracing and call
monitoring see the calls, and errors still name the plugin at fault."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import ClassVar

import attrs
import pluggy
import pytest
from yargy import rule
from yargy.predicates import eq

from eventkit import Actor, Event, Extractor, Meeting, RulePack, RulePackError
from eventkit.engine import hookspecs
from eventkit.engine.hookcall import call_hook
from eventkit.engine.hookspecs import hookimpl
from eventkit.engine.packs import EventRule
from eventkit.engine.plugins import get_plugin_manager
from eventkit.model.events import Document

MEETING = "Иван Петров встретился с Анной Смирновой."
SYNDICATE = "Синдикат заявил, что цены вырастут."


def _pack(name: str) -> RulePack:
    return RulePack(
        name=name,
        version="1.0",
        rules=[
            EventRule(
                name="test.rule",
                event_type=Meeting,
                triggers={"встреча"},
                grammar=lambda: rule(eq("встреча")),
                interpret=lambda match: None,
            )
        ],
    )


@attrs.frozen(kw_only=True)
class Handover(Event):
    """An event type a hook wrapper adds."""

    type: ClassVar[str] = "Handover"
    roles: ClassVar[tuple[str, ...]] = ("giver",)

    giver: Actor


# --- a new-style wrapper on every hook ------------------------------------------------------


class PackAdder:
    @hookimpl(wrapper=True)
    def eventkit_rule_packs(self) -> Generator[None, list[object], list[object]]:
        packs = yield
        return [*packs, [_pack("wrapped")]]


def wrapper_on_rule_packs() -> None:
    extractor = Extractor(plugins=[PackAdder()], load_entrypoints=False)
    assert [p.name for p in extractor.packs] == ["wrapped"]


class TypeAdder:
    @hookimpl(wrapper=True)
    def eventkit_event_types(self) -> Generator[None, list[object], list[object]]:
        types = yield
        return [*types, [Handover]]


def wrapper_on_event_types() -> None:
    extractor = Extractor(plugins=[TypeAdder()], load_entrypoints=False)
    assert extractor.converter.event_types["Handover"] is Handover
    assert "Meeting" in extractor.converter.event_types


class WordAdder:
    @hookimpl(wrapper=True)
    def eventkit_lexicons(self) -> Generator[None, list[object], list[object]]:
        lexicons = yield
        return [*lexicons, {"org_nouns": ["синдикат"]}]


def wrapper_on_lexicons() -> None:
    [event] = Extractor(["news"], plugins=[WordAdder()]).extract(SYNDICATE).events
    assert (event.speaker.name, event.speaker.kind) == ("Синдикат", "ORG")


class Watcher:
    def __init__(self) -> None:
        self.seen: list[object] = []

    @hookimpl(wrapper=True)
    def eventkit_postprocess(
        self, document: Document
    ) -> Generator[None, list[object], list[object]]:
        results = yield
        self.seen.append((document.text, list(results)))
        return results


class Dropper:
    @hookimpl(wrapper=True)
    def eventkit_postprocess(self) -> Generator[None, list[object], list[object]]:
        yield
        return [[]]


def wrapper_on_postprocess() -> None:
    watcher = Watcher()
    document = Extractor(["news"], plugins=[watcher]).extract(MEETING)
    assert [e.type for e in document.events] == ["Meeting"]
    assert document.errors == ()
    assert watcher.seen == [(MEETING, [])]
    assert Extractor(["news"], plugins=[Dropper()]).extract(MEETING).events == ()


WRAPPER_TESTS: Mapping[str, Callable[[], None]] = {
    "eventkit_rule_packs": wrapper_on_rule_packs,
    "eventkit_event_types": wrapper_on_event_types,
    "eventkit_lexicons": wrapper_on_lexicons,
    "eventkit_postprocess": wrapper_on_postprocess,
}


def test_every_hook_has_a_wrapper_test() -> None:
    hooks = {
        name
        for name, _ in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("eventkit_")
    }
    assert hooks == set(WRAPPER_TESTS)


@pytest.mark.parametrize("hook", sorted(WRAPPER_TESTS))
def test_a_new_style_wrapper_on_the_hook(hook: str) -> None:
    WRAPPER_TESTS[hook]()


class OldStyleWatcher:
    def __init__(self) -> None:
        self.results: list[object] = []

    @hookimpl(hookwrapper=True)
    def eventkit_postprocess(self) -> Generator[None, pluggy.Result[list[object]], None]:
        outcome = yield
        self.results.append(outcome.get_result())


def test_an_old_style_hookwrapper_sees_the_implementations_results() -> None:
    class Keeper:
        @hookimpl
        def eventkit_postprocess(self, document: Document) -> Sequence[Event]:
            return document.events

    watcher = OldStyleWatcher()
    document = Extractor(["news"], plugins=[Keeper(), watcher]).extract(MEETING)
    assert watcher.results == [[document.events]]
    assert document.errors == ()


# --- pluggy sees the calls ----------------------------------------------------------------


def test_call_monitoring_sees_every_hook_call() -> None:
    calls: list[tuple[str, list[str]]] = []
    outcomes: list[object] = []

    def before(hook: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, object]) -> None:
        calls.append((hook, sorted(kwargs)))

    def after(
        outcome: pluggy.Result[object],
        hook: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, object],
    ) -> None:
        outcomes.append(outcome.get_result())

    pm = get_plugin_manager(plugins=[PackAdder()], load_entrypoints=False)
    pm.add_hookcall_monitoring(before, after)
    [(plugin, packs)] = call_hook(pm, "eventkit_rule_packs")
    assert calls == [("eventkit_rule_packs", [])]
    assert outcomes == [[packs]]
    assert plugin.startswith("PackAdder")  # the wrapper made the result

    extractor = Extractor(["news"])
    undo = extractor.plugin_manager.add_hookcall_monitoring(before, after)
    extractor.extract(MEETING)
    undo()
    assert calls[-1] == ("eventkit_postprocess", ["document"])


def test_pluggy_tracing_shows_the_postprocess_call() -> None:
    extractor = Extractor(["news"])
    pm = extractor.plugin_manager
    lines: list[str] = []
    pm.trace.root.setwriter(lines.append)
    undo = pm.enable_tracing()
    try:
        extractor.extract(MEETING)
    finally:
        undo()
        pm.trace.root.setwriter(None)
    assert any("eventkit_postprocess" in line for line in lines)


# --- errors still name the plugin ---------------------------------------------------------


class ExplodingPacks:
    __name__ = "exploding_packs"

    @hookimpl
    def eventkit_rule_packs(self) -> list[RulePack]:
        raise RuntimeError("no packs today")


class ExplodingWrapper:
    __name__ = "exploding_wrapper"

    @hookimpl(wrapper=True)
    def eventkit_rule_packs(self) -> Generator[None, list[object], list[object]]:
        yield
        raise RuntimeError("the wrapper broke")


class PassingWrapper:
    __name__ = "passing_wrapper"

    @hookimpl(wrapper=True)
    def eventkit_rule_packs(self) -> Generator[None, list[object], list[object]]:
        return (yield)


def test_a_failing_implementation_is_named_even_inside_a_wrapper() -> None:
    plugins = [ExplodingPacks(), PassingWrapper()]
    with pytest.raises(RulePackError) as raised:
        Extractor(plugins=plugins, load_entrypoints=False)
    assert raised.value.plugin == "exploding_packs"
    assert str(raised.value) == (
        "plugin 'exploding_packs': eventkit_rule_packs raised RuntimeError: no packs today"
    )


def test_a_failing_wrapper_is_named() -> None:
    with pytest.raises(RulePackError, match=r"'exploding_wrapper'.*the wrapper broke") as raised:
        Extractor(plugins=[ExplodingWrapper()], load_entrypoints=False)
    assert raised.value.plugin == "exploding_wrapper"


def test_results_pass_a_wrapper_still_paired_with_their_plugin() -> None:
    class Duplicate:
        __name__ = "duplicate_news"

        @hookimpl
        def eventkit_rule_packs(self) -> list[RulePack]:
            return [_pack("news")]

    with pytest.raises(RulePackError, match=r"named 'news': 'news' and 'duplicate_news'"):
        Extractor(plugins=[Duplicate(), PassingWrapper()])


def test_a_failing_postprocess_is_recorded_under_its_plugin_inside_a_wrapper() -> None:
    class Failing:
        __name__ = "failing_postprocess"

        @hookimpl
        def eventkit_postprocess(self, document: Document) -> None:
            raise ValueError("nope")

    watcher = Watcher()
    document = Extractor(["news"], plugins=[Failing(), watcher]).extract(MEETING)
    assert [e.type for e in document.events] == ["Meeting"]
    [error] = document.errors
    assert (error.pack, error.kind) == ("failing_postprocess", "postprocess")
    assert "nope" in error.message
    with pytest.raises(RulePackError, match=r"plugin 'failing_postprocess': .*nope"):
        Extractor(["news"], plugins=[Failing(), watcher], strict=True).extract(MEETING)


def test_a_failing_postprocess_wrapper_is_recorded_under_its_plugin() -> None:
    class Broken:
        __name__ = "broken_wrapper"

        @hookimpl(wrapper=True)
        def eventkit_postprocess(self) -> Generator[None, list[object], list[object]]:
            yield
            raise KeyError("lost")

    document = Extractor(["news"], plugins=[Broken()]).extract(MEETING)
    [error] = document.errors
    assert (error.pack, error.kind) == ("broken_wrapper", "postprocess")


def test_postprocess_implementations_are_chained() -> None:
    seen: list[int] = []

    class DropAll:
        @hookimpl(tryfirst=True)
        def eventkit_postprocess(self, document: Document) -> list[Event]:
            seen.append(len(document.events))
            return []

    class Count:
        @hookimpl(trylast=True)
        def eventkit_postprocess(self, document: Document) -> None:
            seen.append(len(document.events))

    document = Extractor(["news"], plugins=[Count(), DropAll()]).extract(MEETING)
    assert seen == [1, 0]
    assert document.events == ()
