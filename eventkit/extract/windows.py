"""The token windows a rule's parser sees: a sentence cut around its trigger words.

A rule's grammar runs only near its triggers (``EventRule.window`` tokens on each side);
windows that overlap are merged, so each match is found once. ``eventkit explain`` shows
the same windows the Extractor parses.
"""

from __future__ import annotations

from collections.abc import Collection

from eventkit.engine.packs import EventRule
from eventkit.text.analysis import Sentence, token_lemmas
from eventkit.text.protocols import Tokens


def trigger_windows(
    sentence: Sentence, rule: EventRule, present: Collection[str] | None = None
) -> list[Tokens]:
    """Token windows around the sentence's trigger words, overlapping ones merged (the
    whole sentence when the rule has no window).

    ``present``, when given, are the rule's trigger lemmas the sentence holds (its
    ``lemmas``, the union of its tokens' lemmas, met with ``rule.triggers``): a token holds
    a trigger exactly when it holds one of those few, looked up one by one instead of a
    set operation with all the rule's triggers per token."""
    tokens: Tokens = sentence.tokens
    if rule.window <= 0:
        return [tokens]
    spans: list[list[int]] = []
    triggers = rule.triggers
    each = sentence.token_lemmas or [token_lemmas(t) for t in tokens]
    wanted = tuple(present) if present is not None else ()
    for i, found in enumerate(each):
        if present is None:
            hit = not triggers.isdisjoint(found)
        else:
            hit = False
            for lemma in wanted:
                if lemma in found:
                    hit = True
                    break
        if hit:
            lo, hi = max(0, i - rule.window), min(len(tokens), i + rule.window + 1)
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    return [tokens[lo:hi] for lo, hi in spans]
