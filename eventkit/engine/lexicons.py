"""Packs extend the core's word lists (titles, organization nouns, speech lexicon) through
the ``eventkit_lexicons`` hook; this module checks what they return and adds it.

Word lists are shared by every extractor of the process: words a pack adds serve every
pack from then on, as the built-in ones do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eventkit.errors import RulePackError
from eventkit.grammar.lexicon import EXTENSIBLE, normalize_lemma


def validate_lexicons(results: Sequence[tuple[str, Any]]) -> dict[str, set[str]]:
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


def extend_lexicons(additions: Mapping[str, Iterable[str]]) -> bool:
    """Add words to the shared lexicons; True when any was new. Parsers whose grammars
    read the lexicons are rebuilt on their next use, so no cached answer is stale."""
    changed = False
    for name, words in additions.items():
        target = EXTENSIBLE[name]
        new = set(words) - target
        if new:
            target.update(new)
            changed = True
    if changed:
        from eventkit.grammar.actors import forget_parser
        from eventkit.grammar.tokens import forget_answers

        forget_parser()
        forget_answers()
    return changed
