"""The exception hierarchy: one root, each subclass also the builtin it resembles."""

from __future__ import annotations


class EventkitError(Exception):
    """Root of every error eventkit raises on purpose."""


class RulePackError(EventkitError, ValueError):
    """A rule pack (or the plugin that contributed it) is invalid or failed.

    ``plugin`` names the plugin or distribution that is at fault, ``pack`` the pack.
    """

    def __init__(self, message: str, *, pack: str | None = None, plugin: str | None = None):
        super().__init__(message)
        self.pack = pack
        self.plugin = plugin


class UnknownPackError(RulePackError, LookupError):
    """A pack name was asked for that no plugin provides; the message lists the known ones."""


class SerializationError(EventkitError, ValueError):
    """JSON that does not follow the event contract."""


class InputError(EventkitError, ValueError):
    """Input that cannot be read as a document (bad encoding, malformed JSON line, ...)."""
