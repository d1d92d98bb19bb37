"""One pass per document: sentences, tokens and morphology, shared by every rule pack.

Tokens are yargy tokens whose spans are offsets into the whole document, so whatever a
grammar matches in a sentence already carries document offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, cast

from attrs import define, field
from razdel import sentenize
from yargy.span import Span
from yargy.token import MorphToken, Token
from yargy.tokenizer import EOL, LATIN, RULES, RUSSIAN, Tokenizer, TokenRule

from eventkit.speedups import reference_on
from eventkit.text.loops import FORM_LEMMAS as FORM_LEMMAS  # also the grammars'
from eventkit.text.loops import lemmas_of as lemmas_of
from eventkit.text.loops import razdel_sentences as razdel_sentences
from eventkit.text.loops import sentence_tokens
from eventkit.text.loops import token_lemmas as token_lemmas
from eventkit.text.morph import Morph, get_morph
from eventkit.text.normalize import as_analysed, for_analysis
from eventkit.text.protocols import Token as TokenLike
from eventkit.text.quotes import GUILLEMETS, as_guillemets

# yargy's rules, except that hyphenated words stay one token ("премьер-министр",
# "Касым-Жомарт", "пресс-служба"): pymorphy analyses such compounds as wholes.
_TOKEN_RULES = [
    TokenRule(RUSSIAN, r"[а-яё]+(?:-[а-яё]+)*"),
    TokenRule(LATIN, r"[a-z]+(?:-[a-z]+)*"),
    *(r for r in RULES if r.type not in (RUSSIAN, LATIN)),
]
_REGEX_TOKENIZER = Tokenizer(_TOKEN_RULES)
_TOKEN_PATTERN = _REGEX_TOKENIZER.regexp
_TOKEN_KINDS: dict[str | None, str] = dict(_REGEX_TOKENIZER.mapping)
# The same pattern without ``re.IGNORECASE`` (yargy's flag), every case-insensitive letter
# class spelled out: the characters each matches ignoring case, Unicode's odd ones included
# ("ᲀ", a variant of "в"; the Kelvin sign "K", the long "ſ", dotted and dotless "İ", "ı").
# The same tokens, about a fifth fewer instructions to scan a text
# (``tests/test_token_pattern.py`` checks every class against yargy's over all of Unicode).
CASELESS_CLASSES = {
    "[а-яё]": "[а-яёА-ЯЁ\u1c80-\u1c86]",
    "[a-z]": "[a-zA-Z\u0130\u0131\u017f\u212a]",
}
_CASED_PATTERN = _TOKEN_PATTERN.pattern
for _class, _spelled in CASELESS_CLASSES.items():
    _CASED_PATTERN = _CASED_PATTERN.replace(_class, _spelled)
_FAST_TOKEN_PATTERN = re.compile(_CASED_PATTERN, _TOKEN_PATTERN.flags & ~re.IGNORECASE)

# The longest sentence of the news corpus has under 200 tokens; longer runs of text without a
# sentence end are analysed in pieces of about a sentence's length (see ``analyse``).
MAX_SENTENCE_TOKENS = 250
PIECE_TOKENS = 60
_PIECE_ENDS = frozenset([",", ";", ":", "—", "–", "-", ")", GUILLEMETS.closing])


class PretokenizedTokenizer(Tokenizer):  # type: ignore[misc]
    """A yargy tokenizer that passes already analysed tokens through.

    ``Parser.findall(tokens)`` then parses a sentence (or a window of it) without tokenizing
    or analysing anything again; given a string it tokenizes as usual.
    """

    def __init__(self, morph: Morph | None = None) -> None:
        super().__init__(_TOKEN_RULES)
        self.morph = morph or get_morph()

    def __call__(self, text: str | Sequence[TokenLike]) -> Sequence[TokenLike]:
        if isinstance(text, str):
            return tokenize(text, self.morph)
        return text


def _plain_token(value: str, span: Span, kind: str) -> TokenLike:
    """yargy's token of a word without analyses (a number, a mark, a Latin word), made
    without its ``__init__`` call: the same attributes, set in the same order."""
    token = object.__new__(Token)
    token.value = value
    token.span = span
    token.type = kind
    made: TokenLike = token
    return made


def tokenize(text: str, morph: Morph | None = None, offset: int = 0) -> list[TokenLike]:
    """yargy tokens of ``text`` (without line breaks), Russian words with their analyses;
    spans are shifted by ``offset`` (where ``text`` starts in a document).

    yargy's own tokenizer, inlined: one token object per word, built once with its final
    span, its analyses the morphology cache's list for that word form.
    """
    morph = morph or get_morph()
    text, offsets = for_analysis(text)  # stress marks, soft hyphens &c. inside words
    tokens: list[TokenLike] = []
    append = tokens.append
    # yargy's records made without their ``__init__`` calls: the same attributes set in
    # the same order, as the constructors set them (``__new__`` is ``object.__new__``)
    new = object.__new__
    kinds = _TOKEN_KINDS
    # a word form met before: its analyses straight from the morphology cache, without a
    # call (None on the reference path: every word through ``morph``)
    known = morph.known_forms()
    pattern = _TOKEN_PATTERN if known is None else _FAST_TOKEN_PATTERN  # yargy's, for reference
    for match in pattern.finditer(text):
        kind = kinds[match.lastgroup]
        if kind == EOL:
            continue
        start, stop = match.span()
        if offsets is not None:
            start, stop = offsets.span(start, stop)  # back into the original text
        span = new(Span)
        span.start = start + offset
        span.stop = stop + offset
        value = match.group(0)
        if kind == RUSSIAN:
            token = new(MorphToken)
            token.value = value
            token.span = span
            token.type = kind
            found = None if known is None else known.get(value)
            token.forms = morph(value) if found is None else found
        else:
            token = _plain_token(value, span, kind)
        append(token)
    return tokens


# The same tokens, each found from where the one before ends, the spaces before it first
# (``\s*``): the regex engine does not try every alternative at every space between
# tokens. A line break goes with the spaces instead of making an EOL token, which the
# shared pass leaves out anyway; every other character not a space starts a token (the
# last alternative is ``\S``). A token is the group that matched (``Match.lastindex``), so
# its span does not hold the spaces.
SPACED_TOKEN_PATTERN = re.compile(rf"\s*(?:{_CASED_PATTERN})", _FAST_TOKEN_PATTERN.flags)
# yargy's kind of token for each group of the token pattern, by the group's number
# (``Match.lastindex``: one group matches, so it is never None)
_KINDS_BY_GROUP: list[str] = [""] * (SPACED_TOKEN_PATTERN.groups + 1)
for _name, _group in SPACED_TOKEN_PATTERN.groupindex.items():
    _KINDS_BY_GROUP[_group] = _TOKEN_KINDS[_name]


T = TypeVar("T")


@define
class Sentence:
    """A sentence with its tokens and the lemmas that select which grammars run on it."""

    index: int
    start: int
    end: int
    tokens: list[TokenLike]
    lemmas: frozenset[str] = field(factory=frozenset)
    # The lemmas of each token (``token_lemmas``), in token order.
    token_lemmas: list[frozenset[str]] = field(factory=list, repr=False, eq=False)
    # Per-sentence results shared between packs (e.g. actor mentions), keyed by producer.
    cache: dict[str, object] = field(factory=dict, repr=False, eq=False)

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per sentence and ``key`` (results shared between packs)."""
        if key not in self.cache:
            self.cache[key] = compute()
        return cast(T, self.cache[key])

    def text_of(self, document: str) -> str:
        return document[self.start : self.end]


@define
class AnalysedText:
    """A document after the shared pass."""

    text: str
    sentences: list[Sentence]
    # Sentences longer than MAX_SENTENCE_TOKENS, as (start, end, tokens): each was analysed
    # as consecutive pieces, and the Extractor reports it in the document's errors.
    oversized: list[tuple[int, int, int]] = field(factory=list)
    _starts: list[int] = field(factory=list, init=False, repr=False, eq=False)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at ``offset`` (binary search)."""
        if len(self._starts) != len(self.sentences):
            self._starts = [s.start for s in self.sentences]
        i = bisect_left(self._starts, offset + 1) - 1
        if 0 <= i < len(self.sentences) and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def clear_caches(self) -> None:
        """Drop what the sentences cached. The caches hold objects that point back at their
        sentence (a predicate, its document), so a document left with them is a knot of
        reference cycles only the garbage collector frees; without them it goes as soon as
        the last reference to it does."""
        for sentence in self.sentences:
            sentence.cache.clear()

    def previous(self, sentence: Sentence, count: int = 3) -> Sequence[Sentence]:
        """Up to ``count`` sentences before ``sentence``, nearest first."""
        lo = max(0, sentence.index - count)
        return self.sentences[lo : sentence.index][::-1]


_lemmas_now = FORM_LEMMAS.current


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence offsets; a line break always ends a sentence (headlines, datelines)."""
    line_start = 0
    sentences_of = _razdel_sentences if reference_on() else razdel_sentences
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            for start, stop in sentences_of(stripped):
                yield line_start + start, line_start + stop
        line_start += len(line)


def _razdel_sentences(line: str) -> Iterator[tuple[int, int]]:
    """razdel's sentences of ``line``, as offsets (the reference path)."""
    for piece in sentenize(line):
        yield piece.start, piece.stop


def analyse(text: str, morph: Morph | None = None) -> AnalysedText:
    """Split ``text`` into sentences and analyse every token once.

    A "sentence" longer than ``MAX_SENTENCE_TOKENS`` (a list without full stops, a table,
    garbage) is cut into pieces, preferably after a comma or dash, so that the work every rule
    does per sentence stays bounded; ``AnalysedText.oversized`` records each one.
    """
    morph = morph or get_morph()
    sentences: list[Sentence] = []
    oversized: list[tuple[int, int, int]] = []
    words = as_guillemets(without_links(text))
    lemmas_now = _lemmas_now
    # a sentence that ``for_analysis`` leaves as it is (most; in most texts, every one),
    # tokenized in place
    fast = not reference_on()
    plain = fast and as_analysed(words)
    for start, end in split_sentences(words):
        if plain or (fast and as_analysed(words[start:end])):
            each: list[frozenset[str]] = []
            tokens = sentence_tokens(
                words, start, end, morph, each, SPACED_TOKEN_PATTERN, _KINDS_BY_GROUP
            )
            if len(tokens) <= MAX_SENTENCE_TOKENS:
                sentences.append(
                    Sentence(len(sentences), start, end, tokens, frozenset().union(*each), each)
                )
                continue
        else:
            tokens = tokenize(words[start:end], morph, start)
        if len(tokens) > MAX_SENTENCE_TOKENS:
            oversized.append((start, end, len(tokens)))
            pieces = _pieces(tokens, PIECE_TOKENS)
        else:
            pieces = [tokens]
        for i, piece in enumerate(pieces):
            lo = start if i == 0 else piece[0].span.start
            hi = end if i == len(pieces) - 1 else piece[-1].span.stop
            # ``token_lemmas`` of each token, its cache looked up here first
            each = [lemmas_now.get(t.value) or token_lemmas(t) for t in piece]
            sentences.append(
                Sentence(len(sentences), lo, hi, piece, frozenset().union(*each), each)
            )
    return AnalysedText(text, sentences, oversized)


# "[http://kremlin.ru/acts/news/1 сообщает]": a wiki link around words of the sentence.
_LINK = re.compile(r"\[(?:https?://|www\.)[^\s\]]*\s*([^\[\]\n]*)\]|(?:https?://|www\.)[^\s\]]*")


def without_links(text: str) -> str:
    """``text`` with web addresses (and the brackets of a wiki link) blanked out, every
    other character at its place: a link's dots are no sentence ends, its words no names,
    and the words a link is wrapped around stay in their sentence."""
    if "http" not in text and "www." not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        kept = match.group(1)
        if kept is None:
            return " " * len(match.group(0))
        head = match.start(1) - match.start(0)
        return " " * head + kept + " "

    return _LINK.sub(blank, text)


def _pieces(tokens: list[TokenLike], size: int) -> list[list[TokenLike]]:
    """``tokens`` in consecutive pieces of at most ``size``, cut after punctuation when there
    is some in the second half of a piece."""
    pieces = []
    while len(tokens) > size:
        cut = size
        for i in range(size - 1, size // 2, -1):
            if tokens[i].value in _PIECE_ENDS:
                cut = i + 1
                break
        pieces.append(tokens[:cut])
        tokens = tokens[cut:]
    pieces.append(tokens)
    return pieces
