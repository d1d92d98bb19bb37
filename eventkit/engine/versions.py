"""Version checks for pack compatibility."""

from __future__ import annotations

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from eventkit.errors import RulePackError


def satisfies(version: str, specifier: str) -> bool:
    try:
        spec = SpecifierSet(specifier)
    except InvalidSpecifier as error:
        raise RulePackError(f"invalid version specifier {specifier!r}: {error}") from error
    return Version(version) in spec
