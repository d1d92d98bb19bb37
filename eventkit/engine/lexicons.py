"""Packs extend the core's word lists (titles, organization nouns, speech lexicon) through
the ``eventkit_lexicons`` hook; this module checks what they return and makes the lexicons
of one Extractor from it.

The words a pack adds belong to the Extractor that loaded the pack (its ``lexicons``), and
serve every pack of that Extractor; another Extractor without the pack never sees them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from eventkit.errors import RulePackError
from eventkit.grammar.lexicon import BASE_LEXICONS, EXTENSIBLE, Lexicons, normalize_lemma


def validate_lexicons(results: Sequence[tuple[str, object]]) -> dict[str, set[str]]:
    """Flatten ``eventkit_lexicons`` results into {lexicon name: new lemmas}, naming the
    plugin whose result is not a mapping of a known lexicon name to words."""
    wanted: dict[str, set[str]] = {}
    for plugin, returned in results:
        if returned is None:
            continue
        if not isinstance(returned, Mapping):
            raise RulePackError(
                f"plugin {plugin!r}: eventkit_lexicons must return a mapping of lexicon "
                f"name to words, got {type(returned).__name__}",
                plugin=plugin,
            )
        for name, words in returned.items():
            if name not in EXTENSIBLE:
                known = ", ".join(sorted(EXTENSIBLE))
                raise RulePackError(
                    f"plugin {plugin!r}: unknown lexicon {name!r}; the lexicons are {known}",
                    plugin=plugin,
                )
            if isinstance(words, str | bytes) or not isinstance(words, Iterable):
                raise RulePackError(
                    f"plugin {plugin!r}: lexicon {name!r} needs a collection of words",
                    plugin=plugin,
                )
            items = list(words)
            if not all(isinstance(w, str) and w.strip() for w in items):
                raise RulePackError(
                    f"plugin {plugin!r}: lexicon {name!r} holds something that is not a word",
                    plugin=plugin,
                )
            wanted.setdefault(name, set()).update(normalize_lemma(w) for w in items)
    return wanted


def lexicons_with(results: Sequence[tuple[str, object]]) -> Lexicons:
    """The base lexicons with the words of the ``eventkit_lexicons`` results added (checked
    as ``validate_lexicons`` does); the base lexicons themselves when nothing is new."""
    return BASE_LEXICONS.extended(validate_lexicons(results))
