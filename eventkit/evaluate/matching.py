"""Pairing predictions with gold: events by trigger overlap (greedy, largest first), actors
by maximum one-to-one matching; the rules are in ``eventkit.evaluate.scoring``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventkit.evaluate.gold import GoldActor, GoldEvent, Interval
from eventkit.evaluate.predictions import PredictedActor, PredictedEvent


def normalize(text: str) -> str:
    """Case- and ё-insensitive form used for every name comparison."""
    return " ".join(
        text.casefold()
        .replace("\N{CYRILLIC SMALL LETTER IO}", "\N{CYRILLIC SMALL LETTER IE}")
        .split()
    )


def overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_jaccard(a: Interval, b: Interval) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    inter = overlap(a, b)
    # Disjoint spans: union above counts the gap too, but intersection is 0 anyway.
    return inter / union if union > 0 else float(a == b)


def _event_affinity(gold: GoldEvent, pred: PredictedEvent) -> tuple[int, int] | None:
    """How strongly a prediction sits on a gold event; None when they are not candidates."""
    if gold.type != pred.type:
        return None
    region = (gold.start, gold.end)
    on_trigger = overlap(region, (pred.start, pred.end))
    if not gold.anchored:
        return (on_trigger, 0) if on_trigger else None
    # factRu: a trigger inside the anchor beats a prediction whose sentence merely overlaps it.
    on_sentence = overlap(region, pred.sentence) if pred.sentence else 0
    return (on_trigger, on_sentence) if on_trigger or on_sentence else None


def match_events(
    golds: Sequence[GoldEvent], preds: Sequence[PredictedEvent]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, strongest overlap first; for a factRuEval anchor, then the
    nearest; on a tie the later gold event and the later prediction first (see the module
    notes)."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            affinity = _event_affinity(gold, pred)
            if affinity is not None:
                distance = abs(gold.start - pred.start) if gold.anchored else 0
                candidates.append(((-affinity[0], -affinity[1], distance, -gi, -pi), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _key, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _actor_finds(gold: GoldActor, pred: PredictedActor) -> bool:
    name = normalize(pred.name)
    if gold.mentions or gold.surnames:
        if pred.span is not None and any(overlap(pred.span, m) for m in gold.mentions):
            return True
        return any(
            re.search(rf"(?<!\w){re.escape(normalize(s))}(?!\w)", name) for s in gold.surnames
        )
    key = normalize(gold.key or (gold.name.split() or [""])[-1])
    return bool(key) and key in name


def match_actors(golds: Sequence[GoldActor], preds: Sequence[PredictedActor]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths): gold index -> predicted index.

    Greedy would do for most events, but two participants sharing a surname (a married couple)
    must not let the first one steal the only prediction that fits the second.
    """
    fits = [[pi for pi, p in enumerate(preds) if _actor_finds(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in fits[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}
