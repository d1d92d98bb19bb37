"""Testing helpers for rule-pack authors, loaded by pytest as the ``eventkit`` plugin.

Installing eventkit registers this module through a ``pytest11`` entry point, so a pack's
tests need no conftest to use it:

- the ``eventkit_extractor`` fixture: an :class:`~eventkit.Extractor` with only the packs
  chosen by the ``@pytest.mark.eventkit_packs("mypack")`` marker, else by
  ``--eventkit-pack NAME`` on the command line, else by the ``eventkit_packs`` ini option,
  else every installed pack; extractors are built once per session for each selection;
- the ``eventkit_extractor_factory`` fixture: the same cache as a function of pack names;
- :func:`assert_events`: the events of a text compared with expected ones, and on failure a
  side-by-side table of what was expected and what was found.

The module imports nothing heavy at import time: pytest loads it in every session of an
environment where eventkit is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pytest

from eventkit.model.describe import describe_event

if TYPE_CHECKING:
    from eventkit.extract.extractor import Extractor

__all__ = ["assert_events", "describe_event", "event_matches"]

MARKER = "eventkit_packs"
ExtractorFactory = Callable[[Sequence[str] | None], "Extractor"]


# --- the pytest plugin --------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("eventkit", "eventkit rule packs")
    group.addoption(
        "--eventkit-pack",
        action="append",
        dest="eventkit_packs",
        default=[],
        metavar="NAME",
        help="rule pack(s) the eventkit_extractor fixture loads (repeatable; default: all)",
    )
    parser.addini(
        "eventkit_packs",
        type="args",
        default=[],
        help="rule packs the eventkit_extractor fixture loads when neither marker nor option says",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*names): the rule packs the eventkit_extractor fixture loads for this test",
    )


@pytest.fixture(scope="session")
def eventkit_extractor_factory() -> ExtractorFactory:
    """A function ``(pack names or None) -> Extractor``, caching one extractor per selection
    for the whole session (building parsers is the slow part)."""
    cache: dict[tuple[str, ...] | None, Extractor] = {}

    def make(packs: Sequence[str] | None = None) -> Extractor:
        from eventkit.extract.extractor import Extractor

        key = tuple(sorted(packs)) if packs is not None else None
        if key not in cache:
            cache[key] = Extractor(key)
        return cache[key]

    return make


@pytest.fixture
def eventkit_extractor(
    request: pytest.FixtureRequest, eventkit_extractor_factory: ExtractorFactory
) -> Extractor:
    """An Extractor with the packs this test asks for (marker, option, ini, or all)."""
    return eventkit_extractor_factory(selected_packs(request))


def selected_packs(request: pytest.FixtureRequest) -> list[str] | None:
    """The pack names for a test: the nearest ``eventkit_packs`` marker, then
    ``--eventkit-pack``, then the ``eventkit_packs`` ini option; None means every pack."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        names = [str(name) for name in marker.args]
        if not names:
            raise pytest.UsageError(f"@pytest.mark.{MARKER}() needs at least one pack name")
        return names
    option: list[str] = request.config.getoption("eventkit_packs") or []
    if option:
        return [name for value in option for name in value.split(",") if name]
    ini: list[str] = request.config.getini("eventkit_packs")
    return list(ini) or None


# --- assertions ---------------------------------------------------------------------------


def assert_events(
    text: str,
    expected: Iterable[Mapping[str, Any]],
    *,
    extractor: Extractor,
    exact: bool = True,
) -> list[dict[str, Any]]:
    """Check the events ``extractor`` finds in ``text`` against ``expected``.

    Each expected event is a dict of the JSON contract's keys, checked loosely: only the keys
    given are compared; a string stands for an actor's ``name``, a place's ``name`` or a
    span's ``text`` (``"trigger": "встретился"``), a list is compared item by item, a dict
    key by key. With ``exact`` (the default) events nobody expected fail the check too, so
    ``assert_events(text, [], extractor=...)`` says "finds nothing".

    Returns the events found, as dicts, for further checks.
    """
    wanted = [dict(item) for item in expected]
    document = extractor.extract(text)
    found = [extractor.converter.event_to_dict(event) for event in document.events]
    pairs, missing, extra = _pair(wanted, found)
    if missing or (exact and extra):
        raise AssertionError(_report(text, pairs, missing, extra if exact else []))
    return found


def event_matches(expected: object, actual: object) -> bool:
    """Whether ``actual`` (JSON of an event or part of one) has what ``expected`` asks for."""
    if isinstance(expected, Mapping):
        return isinstance(actual, Mapping) and all(
            key in actual and event_matches(value, actual[key]) for key, value in expected.items()
        )
    if isinstance(expected, str) and isinstance(actual, Mapping):
        for key in ("name", "text", "value"):
            if key in actual:
                return bool(actual[key] == expected)
        return False
    if isinstance(expected, list | tuple):
        return (
            isinstance(actual, list | tuple)
            and len(expected) == len(actual)
            and all(event_matches(e, a) for e, a in zip(expected, actual, strict=True))
        )
    return bool(expected == actual)


def _pair(
    wanted: list[dict[str, Any]], found: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    left = list(found)
    pairs, missing = [], []
    for item in wanted:
        hit = next((event for event in left if event_matches(item, event)), None)
        if hit is None:
            missing.append(item)
        else:
            left.remove(hit)
            pairs.append((item, hit))
    return pairs, missing, left


def _report(
    text: str,
    pairs: list[tuple[dict[str, Any], dict[str, Any]]],
    missing: list[dict[str, Any]],
    extra: list[dict[str, Any]],
) -> str:
    rows: list[tuple[str, list[str], list[str]]] = []
    for item in missing:
        rows.append(("MISSING", describe_event(item, full=False), ["(nothing)"]))
    for event in extra:
        rows.append(("EXTRA", ["(nothing)"], describe_event(event)))
    for item, event in pairs:
        rows.append(("ok", describe_event(item, full=False), describe_event(event)))
    width = max([len("expected"), *(len(line) for _, lines, _ in rows for line in lines)])
    out = [
        f"events of {text!r}: {len(missing)} missing, {len(extra)} unexpected",
        "",
        f"{'':8}{'expected':<{width}} | found",
        f"{'':8}{'-' * width}-+-{'-' * max(5, width)}",
    ]
    for label, expected_lines, found_lines in rows:
        height = max(len(expected_lines), len(found_lines))
        for i in range(height):
            left = expected_lines[i] if i < len(expected_lines) else ""
            right = found_lines[i] if i < len(found_lines) else ""
            tag = label if i == 0 else ""
            out.append(f"{tag:<8}{left:<{width}} | {right}".rstrip())
    return "\n".join(out)
