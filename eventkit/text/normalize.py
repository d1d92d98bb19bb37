"""Text as the analysis sees it: marks that do not change a word are left out of it.

Russian text is often written with stress marks ("Лавро\u0301в"), soft hyphens from
typesetting ("заяв\u00adил") or zero-width characters pasted from the web; inside a word
each of them would split it in two ("Лавро" and "в"), and the grammars would miss it. For
tokenizing and morphology such a character is dropped when it follows a letter (a combining
mark that makes a letter with it, "и" + U+0306 = "й", is composed instead); every token's
offsets are then mapped back, so they still index the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from eventkit.speedups import reference_on

# Combining diacritics, soft hyphen, zero-width space / non-joiner / joiner, word joiner,
# zero-width no-break space.
_IGNORABLE = re.compile("[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]")


class OffsetMap:
    """Offsets of the analysed text -> offsets of the original one."""

    def __init__(self, starts: Sequence[int], ends: Sequence[int]) -> None:
        self._starts = starts
        self._ends = ends

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """The original span of the analysed text's ``[start, stop)`` (``stop > start``)."""
        return self._starts[start], self._ends[stop - 1]


# Latin letters drawn like Cyrillic ones, typed by mistake inside a Russian word
# ("рассказала" typed with a Latin "c"): the word would be cut in two at each.
_LOOKALIKES = "aceopxyABCEHKMOPTXY"
_AS_CYRILLIC = str.maketrans(_LOOKALIKES, "асеорхуАВСЕНКМОРТХУ")
_CYRILLIC = "а-яёА-ЯЁ"
_MIXED = re.compile(f"[{_CYRILLIC}][{_LOOKALIKES}]|[{_LOOKALIKES}][{_CYRILLIC}]")
_WORD = re.compile(f"[{_CYRILLIC}A-Za-z]+")
_CYRILLIC_LETTER = re.compile(f"[{_CYRILLIC}]")
_OTHER_LATIN = re.compile(f"[A-Za-z](?<![{_LOOKALIKES}])")
# A character either test above needs (a lookalike Latin letter, an ignorable one): most
# sentences have none, and one scan for a character class is cheaper than the two searches.
_EITHER = re.compile(f"[{_LOOKALIKES}\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]")


def _as_cyrillic(text: str) -> str:
    """``text`` with every word of Cyrillic and lookalike Latin letters spelled in
    Cyrillic (a word with any other Latin letter, "COVID" with a Russian ending, is left as
    it is); the length and so every offset stay the same."""

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        if _OTHER_LATIN.search(found) or not _CYRILLIC_LETTER.search(found):
            return found
        return found.translate(_AS_CYRILLIC)

    return _WORD.sub(word, text)


# ``_MIXED``'s test, written to start with one class of characters, which the regex engine
# scans for quickly (a lookalike letter with a Cyrillic one before or after it).
_MIXED_AT = re.compile(f"[{_LOOKALIKES}](?:(?<=[{_CYRILLIC}].)|(?=[{_CYRILLIC}]))")


def as_analysed(text: str) -> bool:
    """True when ``for_analysis`` leaves ``text`` and every part of it as they are: no
    ignorable character, and no lookalike Latin letter next to a Cyrillic one (the
    common case: most texts have neither, and most Latin words are not read as Cyrillic)."""
    if _EITHER.search(text) is None:
        return True
    return _IGNORABLE.search(text) is None and _MIXED_AT.search(text) is None


def for_analysis(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` without the ignorable characters inside words, with lookalike Latin
    letters inside Russian words read as Cyrillic, and the map back to ``text``'s offsets
    (None when nothing was left out: the common, fast case)."""
    if not reference_on() and _EITHER.search(text) is None:
        return text, None
    if _MIXED.search(text):
        text = _as_cyrillic(text)
    if not _IGNORABLE.search(text):
        return text, None
    kept: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        if kept and kept[-1].isalpha() and _IGNORABLE.match(char):
            if unicodedata.combining(char):
                composed = unicodedata.normalize("NFC", kept[-1] + char)
                if len(composed) == 1:
                    kept[-1] = composed
            ends[-1] = index + 1
            continue
        kept.append(char)
        starts.append(index)
        ends.append(index + 1)
    if len(kept) == len(text):
        return text, None
    return "".join(kept), OffsetMap(starts, ends)
