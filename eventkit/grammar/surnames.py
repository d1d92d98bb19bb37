"""Surnames a document introduces after a first name.

"Эмманюэль Макрон прибыл … Макрон заявил": the dictionary knows "макрон" only as a common
noun, so the lone "Макрон" reads as no name; the document itself says it is one. A cheap
scan over the text (no parse) finds the words that follow a dictionary first name; the
actor grammar takes a lone capitalized word whose stem is among them for a surname.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventkit.text.morph import get_morph

# Overlapping pairs: "Прибыл Эмманюэль Макрон" holds two.
_PAIR = re.compile(r"([А-ЯЁ][а-яё]+)\s+(?=([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?))")
STEM = 5  # "Макрон", "Макрону", "Макроном" share "макро"


def stem(word: str) -> str:
    return word.lower().replace("ё", "е")[:STEM]


@lru_cache(maxsize=8)
def introduced_surnames(text: str) -> frozenset[str]:
    """Stems of the words that follow a first name somewhere in ``text``."""
    morph = get_morph()
    found: set[str] = set()
    for match in _PAIR.finditer(text):
        first, second = match.groups()
        # a first name the dictionary knows or guesses ("Эмманюэль")
        if len(second) > 3 and any("Name" in p.tag.grammemes for p in morph.parses(first)):
            found.add(stem(second))
    return frozenset(found)
