"""The token windows a rule's parser sees: a sentence cut around its trigger words.

A rule's grammar runs only near its triggers (``EventRule.window`` tokens on each side);
windows that overlap are merged, so each match is found once. ``eventkit explain`` shows
the same windows the Extractor parses.
"""

from __future__ import annotations

from eventkit.engine.packs import EventRule
from eventkit.text.analysis import Sentence, token_lemmas
from eventkit.text.protocols import Tokens


def trigger_windows(sentence: Sentence, rule: EventRule) -> list[Tokens]:
    """Token windows around the sentence's trigger words, overlapping ones merged (the
    whole sentence when the rule has no window)."""
    tokens: Tokens = sentence.tokens
    if rule.window <= 0:
        return [tokens]
    spans: list[list[int]] = []
    triggers = rule.triggers
    each = sentence.token_lemmas or [token_lemmas(t) for t in tokens]
    for i, found in enumerate(each):
        if not triggers.isdisjoint(found):
            lo, hi = max(0, i - rule.window), min(len(tokens), i + rule.window + 1)
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    return [tokens[lo:hi] for lo, hi in spans]
