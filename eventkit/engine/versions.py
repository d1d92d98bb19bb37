"""The running eventkit's version, and the check of a pack's ``requires_eventkit`` against it."""

from __future__ import annotations

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from eventkit.engine.packs import RulePack
from eventkit.errors import RulePackError
from eventkit.version import __version__


def satisfies(version: str, specifier: str) -> bool:
    try:
        spec = SpecifierSet(specifier)
    except InvalidSpecifier as error:
        raise RulePackError(f"invalid version specifier {specifier!r}: {error}") from error
    return Version(version) in spec


def check_compatible(pack: RulePack) -> None:
    """Refuse a pack whose ``requires_eventkit`` excludes this eventkit version."""
    if pack.requires_eventkit and not satisfies(__version__, pack.requires_eventkit):
        raise RulePackError(
            f"rule pack {pack.name!r} {pack.version} requires eventkit "
            f"{pack.requires_eventkit}, but this is eventkit {__version__}",
            pack=pack.name,
        )
