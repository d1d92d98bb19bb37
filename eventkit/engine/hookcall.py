"""Hooks called through pluggy, with each result and failure traced to its plugin.

Every hook is called as ``pm.hook.NAME(**kwargs)``: pluggy orders the implementations and
runs the hook wrappers, and ``pm.trace`` and ``add_hookcall_monitoring`` see every call.
What pluggy does not say is which plugin returned which result, or raised, and eventkit's
errors name the plugin at fault (two plugins providing a pack of the same name, a bad
result, a failing hook). pluggy has no callback per implementation, so the first time
``call_hook`` calls a hook it wraps the function of each of its implementations in a
recorder: during ``call_hook`` the recorder notes what the function returned, or which
exception it raised; called any other way it only passes the call on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Sequence
from contextvars import ContextVar
from typing import Protocol, cast

import pluggy
from attrs import define, field

from eventkit.engine.guard import is_pack_failure
from eventkit.errors import RulePackError

# Marks a function wrapped by ``_record`` (so it is wrapped once).
_RECORDER = "_eventkit_recorder"

# A hook wrapper's function: a generator that yields once (pluggy sends it the result).
_Wrapper = Callable[..., Generator[None, object, object]]


class HookFailure(RulePackError):
    """A hook implementation or wrapper raised: ``plugin`` names its plugin, ``error`` is
    what it raised (also the ``__cause__``)."""

    def __init__(self, hook: str, plugin: str, error: BaseException) -> None:
        super().__init__(
            f"plugin {plugin!r}: {hook} raised {type(error).__name__}: {error}", plugin=plugin
        )
        self.hook = hook
        self.error = error


class Invoke(Protocol):
    """Calls one implementation with the hook's arguments, ``changes`` replacing some."""

    def __call__(self, **changes: object) -> object: ...


class EachImplementation(Protocol):
    """How ``call_hook`` runs each implementation (not the wrappers): it may pass other
    arguments (``invoke(document=...)``) or turn a failure into a result."""

    def __call__(self, plugin: str, invoke: Invoke) -> object: ...


def as_given(plugin: str, invoke: Invoke) -> object:
    """Each implementation with the hook's own arguments."""
    return invoke()


@define
class _Call:
    """What one ``call_hook`` learns: (plugin, returned) per implementation, in call order,
    and the plugin each exception came from (the first to raise it: the innermost)."""

    hook: str
    each: EachImplementation
    returned: list[tuple[str, object]] = field(factory=list)
    blamed: dict[int, tuple[BaseException, str]] = field(factory=dict)

    def blame(self, error: BaseException, plugin: str) -> None:
        self.blamed.setdefault(id(error), (error, plugin))

    def culprit(self, error: BaseException) -> str | None:
        found = self.blamed.get(id(error))
        return found[1] if found is not None and found[0] is error else None


_current_call: ContextVar[_Call | None] = ContextVar("eventkit_hook_call", default=None)


def call_hook(
    pm: pluggy.PluginManager,
    hook: str,
    *,
    each: EachImplementation = as_given,
    **kwargs: object,
) -> list[tuple[str, object]]:
    """Call ``hook`` through pluggy and pair each item of its result with the plugin that
    returned it (an item a hook wrapper put there goes with the wrappers).

    :raises HookFailure: an implementation or wrapper raised (a pack failure, see
        ``eventkit.engine.guard``; anything else passes through as it is).
    """
    caller: pluggy.HookCaller = getattr(pm.hook, hook)
    impls = caller.get_hookimpls()
    for impl in impls:
        _record(impl, hook)
    call = _Call(hook, each)
    token = _current_call.set(call)
    try:
        results = caller(**kwargs)
    except BaseException as error:
        if not is_pack_failure(error):
            raise
        raise HookFailure(hook, call.culprit(error) or _suspects(impls), error) from error
    finally:
        _current_call.reset(token)
    return _paired(results, call.returned, impls)


def _paired(
    results: Sequence[object],
    returned: Sequence[tuple[str, object]],
    impls: Sequence[pluggy.HookImpl],
) -> list[tuple[str, object]]:
    left = list(returned)
    pairs: list[tuple[str, object]] = []
    for item in results:
        owner = next((i for i, (_, value) in enumerate(left) if value is item), None)
        if owner is None:
            pairs.append((_suspects(impls), item))
        else:
            pairs.append((left.pop(owner)[0], item))
    return pairs


def _suspects(impls: Sequence[pluggy.HookImpl]) -> str:
    """Who made a result, or raised, when no implementation did: the wrappers, if any."""
    wrappers = [i.plugin_name for i in impls if i.wrapper or i.hookwrapper]
    return " or ".join(wrappers or [i.plugin_name for i in impls]) or "?"


def _record(impl: pluggy.HookImpl, hook: str) -> None:
    function = impl.function
    if getattr(function, _RECORDER, False):
        return
    recorder: Callable[..., object]
    if impl.wrapper or impl.hookwrapper:
        # pluggy checked at registration that a wrapper is a generator function
        recorder = _recording_wrapper(cast(_Wrapper, function), impl.plugin_name, hook)
    else:
        recorder = _recording_function(function, impl.plugin_name, hook, impl.argnames)
    setattr(recorder, _RECORDER, True)
    # ``HookImpl.function`` is declared final, but it is the one place that sees a single
    # implementation's call; pluggy still calls it, in its order, within its wrappers.
    setattr(impl, "function", recorder)  # noqa: B010


def _recording_function(
    function: Callable[..., object], plugin: str, hook: str, argnames: Sequence[str]
) -> Callable[..., object]:
    @functools.wraps(function)
    def recorder(*args: object, **kwargs: object) -> object:
        call = _current_call.get()
        if call is None or call.hook != hook:
            return function(*args, **kwargs)

        def invoke(**changes: object) -> object:
            if not changes:
                return function(*args, **kwargs)
            given = [changes.get(name, value) for name, value in zip(argnames, args, strict=False)]
            return function(*given, **{k: changes.get(k, v) for k, v in kwargs.items()})

        try:
            returned = call.each(plugin, invoke)
        except BaseException as error:
            call.blame(error, plugin)
            raise
        call.returned.append((plugin, returned))
        return returned

    return recorder


def _recording_wrapper(function: _Wrapper, plugin: str, hook: str) -> _Wrapper:
    @functools.wraps(function)
    def recorder(*args: object, **kwargs: object) -> Generator[None, object, object]:
        call = _current_call.get()
        try:
            return (yield from function(*args, **kwargs))
        except BaseException as error:
            if call is not None and call.hook == hook:
                call.blame(error, plugin)  # kept only if no implementation raised it first
            raise

    return recorder
