"""Plugins: the installed news pack through its real entry point, the switches, and the
errors that name a misbehaving plugin."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import pytest
from yargy import rule
from yargy.predicates import eq

from eventkit import Extractor, Meeting, RuleMatch, RulePack, RulePackError, UnknownPackError
from eventkit.engine.hookspecs import hookimpl
from eventkit.engine.packs import EventRule
from eventkit.engine.plugins import available_entry_points, get_plugin_manager


def _plugin(**hooks: Any) -> SimpleNamespace:
    """A plugin object whose attributes are hook implementations."""
    return SimpleNamespace(**{name: hookimpl(func) for name, func in hooks.items()})


def _pack(name: str, interpret: Any = None, grammar: Any = None) -> RulePack:
    return RulePack(
        name=name,
        version="1.0",
        rules=[
            EventRule(
                name="test.rule",
                event_type=Meeting,
                triggers={"встреча"},
                grammar=grammar or (lambda: rule(eq("встреча"))),
                interpret=interpret or (lambda match: None),
            )
        ],
    )


def test_news_pack_is_installed_as_an_entry_point() -> None:
    names = [ep.name for ep in available_entry_points()]
    assert "news" in names
    assert "news" in [p.name for p in Extractor().packs]


def test_check_pending_rejects_a_misspelt_hook() -> None:
    def eventkit_rule_pack() -> list[RulePack]:  # missing the final "s"
        return []

    plugin = _plugin(eventkit_rule_pack=eventkit_rule_pack)
    with pytest.raises(RulePackError, match=r"eventkit_rule_pack"):
        Extractor(plugins=[plugin])


def test_duplicate_pack_names_name_both_plugins() -> None:
    plugin = _plugin(eventkit_rule_packs=lambda: [_pack("news")])
    with pytest.raises(RulePackError, match=r"rule pack named 'news'.*'news'"):
        Extractor(plugins=[plugin])


def test_wrong_return_type_names_the_plugin() -> None:
    plugin = _plugin(eventkit_rule_packs=lambda: ["not a pack"])
    plugin.__name__ = "sloppy_plugin"
    with pytest.raises(RulePackError, match=r"sloppy_plugin.*returned a str"):
        Extractor(plugins=[plugin], load_entrypoints=False)


def test_bad_event_type_names_the_plugin() -> None:
    plugin = _plugin(eventkit_event_types=lambda: [dict])
    plugin.__name__ = "types_plugin"
    with pytest.raises(RulePackError, match=r"types_plugin.*subclass of eventkit.Event"):
        Extractor(plugins=[plugin], load_entrypoints=False)


def test_unknown_pack_lists_the_installed_ones_and_the_closest_name() -> None:
    # Only the named packs are imported, yet the message lists every installed one.
    with pytest.raises(UnknownPackError) as raised:
        Extractor(["dels"])
    assert str(raised.value) == (
        "unknown rule pack 'dels'; installed: deals, news; did you mean 'deals'?"
    )
    with pytest.raises(UnknownPackError, match=r"unknown rule pack 'nope'; installed: .*news"):
        Extractor(["nope", "news"])


def test_unknown_pack_when_autoload_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTKIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    with pytest.raises(UnknownPackError, match=r"no rule pack is installed.*AUTOLOAD is set"):
        Extractor(["news"])


def test_allow_list_and_block() -> None:
    assert [p.name for p in Extractor(["news"]).packs] == ["news"]
    assert "news" not in [p.name for p in Extractor(exclude=["news"]).packs]


def test_disable_autoload_loads_no_entry_point_code() -> None:
    code = (
        "import sys; from eventkit import Extractor; e = Extractor(load_entrypoints=True);"
        "print(len(e.packs), any(m.startswith('eventkit_news') for m in sys.modules))"
    )
    env = {"EVENTKIT_DISABLE_PLUGIN_AUTOLOAD": "1", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.split() == ["0", "False"], out.stderr


def test_a_failing_pack_is_reported_and_others_still_run() -> None:
    def explode(match: RuleMatch) -> None:
        raise RuntimeError("boom")

    plugin = _plugin(eventkit_rule_packs=lambda: [_pack("broken", interpret=explode)])
    extractor = Extractor(plugins=[plugin])
    text = "Иван Петров встретился с Анной Смирновой. Была встреча."
    document = extractor.extract(text)
    assert [e.type for e in document.events] == ["Meeting"]
    assert document.events[0].pack == "news"
    [error] = document.errors
    assert error.pack == "broken"
    assert error.rule == "test.rule"
    assert "boom" in error.message


def test_a_grammar_that_cannot_be_built_is_reported() -> None:
    def no_grammar() -> Any:
        raise ValueError("bad grammar")

    plugin = _plugin(eventkit_rule_packs=lambda: [_pack("unbuildable", grammar=no_grammar)])
    document = Extractor(plugins=[plugin]).extract("Была встреча.")
    assert [(e.pack, e.kind) for e in document.errors] == [("unbuildable", "pack")]
    assert "bad grammar" in document.errors[0].message


def test_strict_raises_with_the_pack_name() -> None:
    def explode(match: RuleMatch) -> None:
        raise RuntimeError("boom")

    plugin = _plugin(eventkit_rule_packs=lambda: [_pack("broken", interpret=explode)])
    with pytest.raises(RulePackError, match=r"pack 'broken'"):
        Extractor(plugins=[plugin], strict=True).extract("Была встреча.")


def test_postprocess_hook_can_drop_events() -> None:
    plugin = _plugin(eventkit_postprocess=lambda document: [])
    text = "Иван Петров встретился с Анной Смирновой."
    assert Extractor().extract(text).events
    assert Extractor(plugins=[plugin]).extract(text).events == ()


def test_incompatible_pack_is_refused_naming_both_versions() -> None:
    pack = RulePack(name="future", version="9.0", rules=[], requires_eventkit=">=5")
    plugin = _plugin(eventkit_rule_packs=lambda: [pack])
    with pytest.raises(RulePackError, match=r"'future' 9.0 requires eventkit >=5.*eventkit 0\."):
        Extractor(plugins=[plugin])


def test_plugin_manager_is_fresh_each_time() -> None:
    assert get_plugin_manager() is not get_plugin_manager()


def test_lexicons_hook_extends_the_core_word_lists() -> None:
    """A word a pack adds to org_nouns makes its phrase an organization for every pack of
    its Extractor, and for no other Extractor (tests/test_lexicons_per_extractor.py)."""
    text = "Синдикат заявил, что цены вырастут."
    assert not Extractor(["news"]).extract(text).events
    plugin = _plugin(eventkit_lexicons=lambda: {"org_nouns": ["Синдикат"]})
    [event] = Extractor(["news"], plugins=[plugin]).extract(text).events
    assert (event.speaker.name, event.speaker.kind) == ("Синдикат", "ORG")
    assert not Extractor(["news"]).extract(text).events  # the word did not leak


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        ({"verbs": ["сказать"]}, "unknown lexicon 'verbs'"),
        (["кооператив"], "must return a mapping"),
        ({"org_nouns": "кооператив"}, "needs a collection of words"),
        ({"org_nouns": ["", 3]}, "not a word"),
    ],
    ids=["unknown-name", "not-a-mapping", "a-string", "not-words"],
)
def test_lexicons_hook_errors_name_the_plugin(returned: Any, message: str) -> None:
    plugin = _plugin(eventkit_lexicons=lambda: returned)
    with pytest.raises(RulePackError, match=message) as caught:
        Extractor(["news"], plugins=[plugin])
    assert caught.value.plugin is not None
