"""``Frame``: one match of a rule seen from its trigger, what roles and checks read.

Besides the match, the trigger and the predicate at it (``eventkit.clause.predicate``), a
frame answers what packs otherwise computed from token indices: the words before the
trigger's head word (``before``), after the trigger (``after``), the predicate at another
word (``predicate_at``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from attrs import define, field

from eventkit.clause.clauses import token_index
from eventkit.clause.predicate import Predicate, predicate_at
from eventkit.clause.speech import SpeechAct, speech_act
from eventkit.engine.match import RuleMatch
from eventkit.engine.words import grammemes
from eventkit.grammar.tokens import lemmas
from eventkit.text.analysis import Sentence
from eventkit.text.protocols import Token, Tokens

# Which word of a multi-word trigger carries the clause the roles read.
Head = Literal["verb", "first", "last"]
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


@define
class Frame:
    """One match of a rule, seen from its trigger: what roles read.

    ``trigger`` is the match's TRIGGER part (else the whole match); ``start`` its first
    word's position in the sentence; ``predicate`` the predicate at its head word
    (``predicate.at``) to its last word (``predicate.end``).
    """

    match: RuleMatch
    trigger: list[Token]
    predicate: Predicate
    start: int
    _speech: SpeechAct | bool | None = field(default=False, repr=False)

    @property
    def sentence(self) -> Sentence:
        return self.match.sentence

    @property
    def tokens(self) -> Tokens:
        """The words of the sentence, in order (``predicate.at`` and ``start`` index them)."""
        return self.match.sentence.tokens

    @property
    def head(self) -> Token:
        """The trigger's head word: the one whose clause the roles read."""
        return self.tokens[self.predicate.at]

    @property
    def end(self) -> int:
        """The position of the trigger's last word in the sentence."""
        return self.predicate.end

    @property
    def trigger_lemmas(self) -> set[str]:
        return set().union(*(lemmas(t) for t in self.trigger))

    @property
    def speech(self) -> SpeechAct | None:
        """The speech act at the trigger, read once for every role that needs it."""
        if self._speech is False:
            self._speech = speech_act(self.predicate)
        return self._speech if isinstance(self._speech, SpeechAct) else None

    def before(self, count: int, *, anchor: Literal["head", "trigger"] = "head") -> Tokens:
        """Up to ``count`` words right before the head word ("отказался подписывать": the
        word before "подписывать"), or before the trigger's first word (``anchor="trigger"``:
        they differ for a trigger whose head is not its first word)."""
        at = self.predicate.at if anchor == "head" else self.start
        return self.tokens[max(0, at - count) : at]

    def after(self, count: int) -> Tokens:
        """Up to ``count`` words right after the trigger's last word."""
        return self.tokens[self.end + 1 : self.end + 1 + count]

    def predicate_at(self, token: Token) -> Predicate:
        """The predicate at another word of the sentence (shared, like the frame's own)."""
        return predicate_at(self.sentence, self.match.document, token_index(self.sentence, token))


def frame_of(match: RuleMatch, head: Head = "verb") -> Frame:
    """The frame of a match: its TRIGGER part (else the whole match) and the predicate at
    the word that carries the clause ("провели" in "провели переговоры", "объявили" in
    "совместно объявили"): the first verbal word of the trigger, else its first word
    (``head="first"``) or its last (``head="last"``)."""
    trigger = match.part("TRIGGER") or match.tokens
    sentence = match.sentence
    first = token_index(sentence, trigger[0])
    last = token_index(sentence, trigger[-1])
    at = first
    if head == "last":
        at = last
    elif head == "verb":
        verbal = next((i for i, t in enumerate(trigger) if _verbal(t)), 0)
        at = first + verbal
    return Frame(match, trigger, predicate_at(sentence, match.document, at, last), first)


def _verbal(token: Token) -> bool:
    return bool(grammemes(token) & _VERBAL)


# What the roles of a match gave, by field name (actor roles give lists of mentions).
RoleValues = Mapping[str, Any]
# A rule's ``accept`` or ``check``: whether the match (with the values found) makes an event.
Check = Callable[[Frame, RoleValues], bool]
