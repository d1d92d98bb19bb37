"""``RuleMatch``: one yargy match of a rule in its sentence and document.

It is what a rule's ``interpret`` receives and what ``Frame`` wraps; it lives below both
``packs`` (the rules) and ``roles`` (what fills them) so that neither imports the other's
module for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define

from eventkit.model.events import SentenceSpan, Span
from eventkit.parse.protocols import Match
from eventkit.parse.trees import named_parts
from eventkit.text.analysis import AnalysedText, Sentence
from eventkit.text.protocols import Token


@define
class RuleMatch:
    """What a rule's ``interpret`` receives: one yargy match in its sentence and document."""

    match: Match
    sentence: Sentence
    document: AnalysedText
    pack: str
    rule: str

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def tokens(self) -> list[Token]:
        return list(self.match.tokens)

    def parts(self) -> dict[str, list[list[Token]]]:
        """Tokens under each named sub-rule of the match, by name, in text order."""
        return named_parts(self.match)

    def part(self, name: str) -> list[Token]:
        """Tokens of the first part named ``name`` ([] when the match has none)."""
        parts = self.parts().get(name)
        return parts[0] if parts else []

    def span(self, start: int, end: int) -> Span:
        return Span(text=self.text[start:end], start=start, end=end)

    def span_of(self, tokens: Sequence[Token]) -> Span:
        return self.span(tokens[0].span.start, tokens[-1].span.stop)

    @property
    def sentence_span(self) -> SentenceSpan:
        return SentenceSpan(start=self.sentence.start, end=self.sentence.end)
