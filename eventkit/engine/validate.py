"""Checks on what a pack's code returns, at the boundary where it enters eventkit.

attrs classes do not check types, so a pack can build a ``Meeting`` whose participant is a
plain string, whose trigger text is ``bytes``, or whose offsets point past the end of the
text. ``checked_events`` turns such a result into an ``InvalidResult`` that says which field
is wrong; the Extractor records it as the pack's failure, and the event is not kept.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable
from typing import Literal, get_args, get_origin

import attrs
from attrs import AttrsInstance

from eventkit import speedups
from eventkit.errors import EventkitError
from eventkit.model.events import Event


class InvalidResult(EventkitError, TypeError):
    """A pack returned something that is not a valid event for the text."""


def checked_events(result: object, text: str) -> list[Event]:
    """The events of what ``interpret`` or a postprocess hook returned (an Event, an
    iterable of them, or None), each checked against its schema and ``text``."""
    if result is None:
        return []
    if isinstance(result, Event):
        items = [result]
    elif isinstance(result, Iterable) and not isinstance(result, str | bytes | dict):
        items = list(result)
    else:
        raise InvalidResult(f"returned a {type(result).__name__}, expected events")
    for item in items:
        if not isinstance(item, Event):
            raise InvalidResult(f"returned a {type(item).__name__}, expected an Event")
        if speedups.reference_on() or not _valid_instance(item, type(item), text):
            _check_instance(item, type(item), text, type(item).type)
    return items


# (field name, resolved type annotation) per attrs class.
_FIELDS: dict[type[AttrsInstance], tuple[tuple[str, object], ...]] = {}


def _fields(cls: type[AttrsInstance]) -> tuple[tuple[str, object], ...]:
    """(name, resolved type) of each attrs field of ``cls``, computed once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        attrs.resolve_types(cls)
        found = _FIELDS[cls] = tuple((f.name, f.type) for f in attrs.fields(cls))
    return found


def _check_instance(value: object, cls: type[AttrsInstance], text: str, where: str) -> None:
    """``value``, an instance of the attrs class ``cls``, field by field."""
    values = {name: getattr(value, name) for name, _ in _fields(cls)}
    for name, annotation in _fields(cls):
        _check_value(values[name], annotation, text, f"{where}.{name}")
    start, end = values.get("start"), values.get("end")
    if isinstance(start, int) and isinstance(end, int):
        if not 0 <= start <= end <= len(text):
            raise InvalidResult(
                f"{where}: offsets {start}..{end} are outside the text (0..{len(text)})"
            )
        if "text" in values and values["text"] != text[start:end]:
            raise InvalidResult(
                f"{where}: text {values['text']!r} is not the text at {start}..{end} "
                f"({text[start:end]!r})"
            )


def _check_value(value: object, annotation: object, text: str, where: str) -> None:
    """``value`` against the type ``annotation``; ``Any``, ``object`` and types the checks do
    not know take plain JSON data (the last branch)."""
    origin = get_origin(annotation)
    if origin is Literal:
        if value not in get_args(annotation):
            allowed = ", ".join(repr(a) for a in get_args(annotation))
            raise InvalidResult(f"{where}: {value!r} is not one of {allowed}")
    elif origin in (typing.Union, types.UnionType):
        problems = []
        for arm in get_args(annotation):
            try:
                _check_value(value, arm, text, where)
            except InvalidResult as problem:
                problems.append(str(problem))
            else:
                return
        raise InvalidResult(problems[-1])
    elif origin in (tuple, list):
        if not isinstance(value, tuple | list):
            raise InvalidResult(f"{where}: a {type(value).__name__}, expected a sequence")
        arms = get_args(annotation)
        same = len(arms) == 1 or (len(arms) == 2 and arms[1] is Ellipsis)
        for index, item in enumerate(value):
            arm = arms[0] if same else (arms[index] if index < len(arms) else object)
            _check_value(item, arm, text, f"{where}[{index}]")
    elif annotation is type(None):
        if value is not None:
            raise InvalidResult(f"{where}: a {type(value).__name__}, expected None")
    elif isinstance(annotation, type) and attrs.has(annotation):
        if not isinstance(value, annotation):
            raise InvalidResult(
                f"{where}: a {type(value).__name__}, expected {annotation.__name__}"
            )
        _check_instance(value, type(value), text, where)
    elif annotation in (str, int, float, bool):
        # bool is an int to Python, not to the JSON contract; an int is a fine float.
        accepted = (annotation,) if annotation is not float else (float, int)
        if isinstance(value, bool) is not (annotation is bool) or not isinstance(value, accepted):
            raise InvalidResult(
                f"{where}: a {type(value).__name__}, expected {annotation.__name__}"
            )
    else:
        _check_plain(value, text, where)


def _check_plain(value: object, text: str, where: str) -> None:
    """A value of a type the checks do not know must still be plain JSON data."""
    if value is None or isinstance(value, str | int | float | bool):
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_plain(item, text, f"{where}[{index}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidResult(f"{where}: a key of type {type(key).__name__}")
            _check_plain(item, text, f"{where}.{key}")
        return
    cls = type(value)
    if attrs.has(cls):
        _check_instance(value, cls, text, where)  # a field typed loosely: cattrs unstructures it
        return
    raise InvalidResult(f"{where}: a {type(value).__name__} cannot be written as JSON")


# The fast path: whether a value passes the checks above, without the messages. A checker
# per type annotation, made once, answers what ``_check_value`` would (raise or not); only a
# value it turns down goes through ``_check_value``, which says why.
_Checker = Callable[[object, str], bool]
_CHECKERS: dict[object, _Checker] = {}
# (field name, checker) per attrs class, and whether it has offsets (and a text) to check.
_INSTANCE_CHECKS: dict[type, tuple[tuple[tuple[str, _Checker], ...], bool, bool]] = {}


def _checker(annotation: object) -> _Checker:
    try:
        found = _CHECKERS.get(annotation)
    except TypeError:  # an unhashable annotation: asked every time
        return _made_checker(annotation)
    if found is None:
        found = _CHECKERS[annotation] = _made_checker(annotation)
    return found


def _made_checker(annotation: object) -> _Checker:
    """The branches of ``_check_value``, in its order."""
    origin = get_origin(annotation)
    if origin is Literal:
        allowed = get_args(annotation)
        return lambda value, text: value in allowed
    if origin in (typing.Union, types.UnionType):
        arms = get_args(annotation)
        if len(arms) == 2 and type(None) in arms:
            # "X | None", every optional field: one call, not a loop over two checkers. None
            # first is the same answer: no arm's check raises on None.
            inner = _checker(arms[0] if arms[1] is type(None) else arms[1])
            return lambda value, text: value is None or inner(value, text)
        return _union_checker(tuple(_checker(arm) for arm in arms))
    if origin in (tuple, list):
        return _sequence_checker(get_args(annotation))
    if annotation is type(None):
        return lambda value, text: value is None
    if isinstance(annotation, type) and attrs.has(annotation):
        cls = annotation
        return lambda value, text: (
            isinstance(value, cls) and _valid_instance(value, type(value), text)
        )
    if annotation in (str, int, float, bool):
        is_bool = annotation is bool
        accepted = (annotation,) if annotation is not float else (float, int)
        return lambda value, text: (
            isinstance(value, bool) is is_bool and isinstance(value, accepted)
        )
    return _plain_passes


def _union_checker(arms: tuple[_Checker, ...]) -> _Checker:
    """Whether any arm passes the value, tried in order (every actor's optional fields
    ask)."""

    def union_passes(value: object, text: str) -> bool:
        for arm in arms:  # noqa: SIM110 (a loop: no generator per value)
            if arm(value, text):
                return True
        return False

    return union_passes


def _sequence_checker(arms: tuple[object, ...]) -> _Checker:
    same = len(arms) == 1 or (len(arms) == 2 and arms[1] is Ellipsis)
    if same:
        each = _checker(arms[0])

        def same_passes(value: object, text: str) -> bool:
            if not isinstance(value, tuple | list):
                return False
            for item in value:  # noqa: SIM110 (a loop: no generator per value)
                if not each(item, text):
                    return False
            return True

        return same_passes
    checks = [_checker(arm) for arm in arms]
    rest = _checker(object)

    def listed_passes(value: object, text: str) -> bool:
        if not isinstance(value, tuple | list):
            return False
        return all(
            (checks[index] if index < len(checks) else rest)(item, text)
            for index, item in enumerate(value)
        )

    return listed_passes


def _plain_passes(value: object, text: str) -> bool:
    if value is None or isinstance(value, str | int | float | bool):
        return True
    try:
        _check_plain(value, text, "")
    except InvalidResult:
        return False
    return True


def _valid_instance(value: object, cls: type[AttrsInstance], text: str) -> bool:
    """Whether ``_check_instance`` passes ``value``, an instance of ``cls``."""
    found = _INSTANCE_CHECKS.get(cls)
    if found is None:
        fields = _fields(cls)
        names = {name for name, _ in fields}
        found = _INSTANCE_CHECKS[cls] = (
            tuple((name, _checker(annotation)) for name, annotation in fields),
            "start" in names and "end" in names,
            "text" in names,
        )
    checks, with_offsets, with_text = found
    for name, check in checks:
        if not check(getattr(value, name), text):
            return False
    if with_offsets:
        start, end = getattr(value, "start", None), getattr(value, "end", None)
        if isinstance(start, int) and isinstance(end, int):
            if not 0 <= start <= end <= len(text):
                return False
            if with_text and getattr(value, "text", None) != text[start:end]:
                return False
    return True
