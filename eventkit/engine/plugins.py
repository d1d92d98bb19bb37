"""The plugin manager: built-in plugins, the ``eventkit`` entry-point group, and switches.

``EVENTKIT_DISABLE_PLUGIN_AUTOLOAD=1`` loads no entry points at all (no third-party code
runs); ``allow`` loads only the entry points named in it, so packs left out are never
imported; ``block`` loads all but the named ones.
"""

from __future__ import annotations

import difflib
import importlib
import logging
import os
from collections.abc import Collection, Sequence
from importlib.metadata import EntryPoint, entry_points

import pluggy

from eventkit.engine import hookspecs
from eventkit.errors import RulePackError

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "eventkit"
DISABLE_AUTOLOAD_ENV = "EVENTKIT_DISABLE_PLUGIN_AUTOLOAD"
DEFAULT_PLUGINS: tuple[str, ...] = ("eventkit.engine.builtins",)


def autoload_disabled() -> bool:
    return os.environ.get(DISABLE_AUTOLOAD_ENV, "").strip().lower() not in ("", "0", "false", "no")


def available_entry_points() -> list[EntryPoint]:
    """The ``eventkit`` entry points of every installed distribution (not loaded)."""
    return sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def installed_pack_names() -> list[str]:
    """Names of the installed packs' entry points (none loaded; empty when autoload is off)."""
    if autoload_disabled():
        return []
    return sorted({ep.name for ep in available_entry_points()})


def unknown_pack_message(missing: Sequence[str], installed: Sequence[str]) -> str:
    """The error for pack names nobody provides, e.g. ``unknown rule pack 'dels'; installed:
    deals, news; did you mean 'deals'?``."""
    noun = "rule pack" if len(missing) == 1 else "rule packs"
    message = f"unknown {noun} {', '.join(repr(m) for m in missing)}; "
    message += f"installed: {', '.join(installed)}" if installed else "no rule pack is installed"
    if not installed and autoload_disabled():
        message += f" ({DISABLE_AUTOLOAD_ENV} is set)"
    guesses = [g for m in missing for g in difflib.get_close_matches(m, installed, n=1)]
    if guesses:
        message += f"; did you mean {' or '.join(repr(g) for g in dict.fromkeys(guesses))}?"
    return message


def get_plugin_manager(
    *,
    load_entrypoints: bool = True,
    allow: Collection[str] | None = None,
    block: Collection[str] = (),
    plugins: Sequence[object] = (),
) -> pluggy.PluginManager:
    """A fresh plugin manager with the built-in plugins, ``plugins``, and (by default) the
    installed packs."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for module_name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)
    for plugin in plugins:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.get_plugin(name) is not None:
            name = f"{name}-{id(plugin)}"
        pm.register(plugin, name=name)
    if load_entrypoints and not autoload_disabled():
        installed = available_entry_points()
        for ep in installed:
            if (allow is not None and ep.name not in allow) or ep.name in block:
                log.info("not loading plugin %r (not selected)", ep.name)
                continue
            check_unique(ep, installed)
            if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as error:
                dist = _distribution(ep)
                raise RulePackError(
                    f"plugin {ep.name!r} (distribution {dist!r}) failed to import: {error}",
                    plugin=ep.name,
                ) from error
            pm.register(plugin, name=ep.name)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        name = pm.get_name(error.plugin) or repr(error.plugin)
        raise RulePackError(f"plugin {name!r}: {error}", plugin=name) from error
    return pm


def _distribution(ep: EntryPoint) -> str:
    return str(getattr(ep.dist, "name", None) or "?")


def check_unique(ep: EntryPoint, installed: Sequence[EntryPoint]) -> None:
    """Refuse an entry point name that two distributions register: one would silently
    shadow the other (an impostor "news" hiding the real pack)."""
    owners = sorted({_distribution(other) for other in installed if other.name == ep.name})
    if len(owners) > 1:
        raise RulePackError(
            f"plugin name {ep.name!r} is registered by {len(owners)} distributions: "
            f"{', '.join(repr(o) for o in owners)}; uninstall all but one",
            plugin=ep.name,
        )
