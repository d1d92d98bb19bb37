"""A faster yargy parser with a work budget, and the log where budget cuts are reported.

``FastParser`` is a drop-in ``yargy.Parser`` (same grammar, same tokenizer, same matches)
whose Earley chart does less work:

- **Lookahead before predicting.** For every production of the grammar the set of
  predicates its first token can match (its FIRST set) is computed once, when the parser is
  built. A production is predicted at a position only when one of those predicates accepts
  the next token, or when it can match nothing at all. Stock yargy predicts every
  alternative everywhere; the states it adds beyond ours can never advance, so they never
  complete and never reach a match. The rank yargy gives a prediction (its index among the
  rule's alternatives, which decides between equally long readings) is kept as stock.
- **No dead ends.** A state whose next term cannot start at the next token (a predicate
  that rejects it, a rule that predicts nothing there) is not built: it could only wait
  forever. The question is the one the chart would ask when it came to the state, answered
  from the same per-form cache.
- **One prediction per rule and position.** Predicting a rule again in the same column adds
  states equal to the ones already there (yargy drops them by hash); we skip that.
- **Cheaper states.** The chart loop is one function and a state is a tuple: its
  position (a production's dot, built with the parser, linked to the next one and saying
  what a state there waits for), the column where it started, and its tree so far; the
  predictions a rule makes before a word form are a cached list. A prediction's tree node
  (no children yet) is built once per production and shared; moving past a term adds a
  link (the tree before, the completed node or the scanned token) instead of a yargy node,
  and the links become yargy nodes (``Trees``, one per link, so identities compare as in
  yargy) only for the trees yargy's sort compares (several for one span) and the matches
  kept. No state is checked against the states of its column (yargy checks every one by
  hashing its children): a prediction is new by construction (a rule is predicted once
  per column), a scan makes a new link, and a completion joins a parent to a completed
  node made for that state alone, each pair met once (``chartloop.fill``). A kept tree
  is normalized (empty nodes dropped) in one direct walk that also collects the match's
  tokens, instead of yargy's generic visitor and a second walk. ``chart`` returns
  yargy-shaped states made from the tuples.

With ``eventkit.speedups`` switched to the reference path, ``chart`` and ``findall`` are
yargy's own (``tests/test_speedups.py`` compares the two on a corpus sample).

``findall`` returns the matches as a list and then frees the chart: its states point back
at their columns, so a chart left alone is a knot of reference cycles only the garbage
collector can untie (about twenty objects per token). It also builds match trees only for
the spans it keeps: yargy normalizes the tree of every distinct span and only then chooses
the non-overlapping ones; without relations in the grammar (yargy's agreement checks, the
one thing that can reject a tree) choosing first gives the same matches.

Every parse is bounded: at most ``max_tokens`` tokens are parsed and at most ``max_states``
chart states are built. A parse that hits a bound stops and returns the matches it has
completed so far; the cut is recorded in the current ``work_log`` (see ``collect_cuts``) so
the Extractor can report it in the document's ``errors`` with the sentence's offsets.
Nothing is skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from attrs import frozen
from yargy import Parser
from yargy.parser import Chart, Column, prepare_resolved_matches
from yargy.tree.constructors import Tree

from eventkit import speedups
from eventkit.parse.chartloop import (
    RULE,
    Lookahead,
    LoopColumn,
    State,
    Trees,
    completed,
    fill,
    free,
    kept_matches,
)
from eventkit.parse.protocols import (
    ChartColumn,
    Nonterminal,
    ParseChart,
    Tagger,
    Tokenizer,
)
from eventkit.parse.protocols import Match as MatchShape
from eventkit.text.protocols import Token as TokenShape
from eventkit.text.protocols import Tokens

# Defaults, chosen from the news corpus: the largest chart a real sentence builds with the
# lookahead is under 3,000 states and the longest sentence under 200 tokens; 100,000 states
# is about a second of parsing.
MAX_STATES = 100_000
MAX_TOKENS = 1_000


@frozen(kw_only=True)
class ParseCut:
    """A parse that stopped at its budget: whose parser, where, and why."""

    pack: str
    rule: str
    start: int | None
    end: int | None
    message: str


_cuts: ContextVar[list[ParseCut] | None] = ContextVar("eventkit_parse_cuts", default=None)


@contextmanager
def collect_cuts() -> Iterator[list[ParseCut]]:
    """Collect the ``ParseCut``s of every ``FastParser`` run inside the block (this thread or
    task only). Outside such a block cuts are only logged by the caller's absence: use it."""
    found: list[ParseCut] = []
    token = _cuts.set(found)
    try:
        yield found
    finally:
        _cuts.reset(token)


def _report(cut: ParseCut) -> None:
    found = _cuts.get()
    if found is not None:
        found.append(cut)


def _span_of(tokens: Tokens) -> tuple[int | None, int | None]:
    if not tokens:
        return None, None
    first, last = getattr(tokens[0], "span", None), getattr(tokens[-1], "span", None)
    return (first.start if first else None), (last.stop if last else None)


class FastParser(Parser):  # type: ignore[misc]
    """``yargy.Parser`` with FIRST-set lookahead and a work budget (see the module doc).

    :param pack: the pack whose grammar this is, as budget cuts report it ("eventkit" for the
        core's own grammars).
    :param name: the rule or building block, as budget cuts report it ("actors", ...).
    :param max_states: chart states one parse may build before it stops.
    :param max_tokens: tokens one parse may see; longer input is cut.
    """

    rule: Nonterminal  # the start rule of the grammar in BNF
    tokenizer: Tokenizer
    tagger: Tagger

    def __init__(
        self,
        rule: object,
        tokenizer: Tokenizer | None = None,
        tagger: Tagger | None = None,
        *,
        pack: str = "eventkit",
        name: str = "",
        max_states: int = MAX_STATES,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        if tokenizer is None:
            # eventkit's tokenizer (pymorphy3, the shared per-form cache), not yargy's
            # default, whose pymorphy2 analyzer cannot load without pkg_resources (3.12+).
            from eventkit.text.analysis import PretokenizedTokenizer

            tokenizer = PretokenizedTokenizer()
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        self.pack = pack
        self.name = name or str(getattr(self.rule, "label", "") or "parser")
        self.max_states = max_states
        self.max_tokens = max_tokens
        self._lookahead = Lookahead(self.rule, f"{pack}:{self.name}")
        self._relations = any(
            getattr(r, "relation", None) is not None for r in self._lookahead.rules
        )

    def can_match(self, tokens: Tokens) -> bool:
        """False only when no token can start a match (no parse needed to know it): the
        grammar predicts nothing before any of them."""
        lookahead, start = self._lookahead, self.rule
        if id(start) in lookahead.opaque or not speedups.enabled():
            return True
        return any(lookahead.productions(start, lookahead.token_guards(t)) for t in tokens)

    def findall(self, text: str | Tokens) -> Iterator[MatchShape]:
        """yargy's ``findall`` (the longest non-overlapping matches, in order), computed at
        once; the chart is freed before it returns."""
        if not speedups.enabled():  # the reference path: yargy's own
            return iter(Parser.findall(self, text))
        _, columns = self._columns(text, True)
        try:
            done = completed(columns, self.rule)
            trees = Trees()
            if self._relations:
                ordered = sorted(Tree(trees.node(tree), span) for span, tree in done)
                return iter(list(prepare_resolved_matches(ordered)))
            return iter(kept_matches(done, trees))
        finally:
            free(columns)

    def chart(self, text: str | Tokens, all: bool = True) -> ParseChart:
        """yargy's chart of ``text`` without the states that cannot go on: those predicted
        before a token their FIRST set rejects, and those whose next term cannot start at
        the next token (they would never reach a match)."""
        if not speedups.enabled():  # the reference path: yargy's own
            reference: ParseChart = Parser.chart(self, text, all)
            return reference
        tokens, columns = self._columns(text, all)
        # yargy's Chart and columns, with yargy-shaped states
        chart: ParseChart = Chart.__new__(Chart)
        chart.tokens = tokens
        shaped: list[ChartColumn] = [Column(column.index, column.token) for column in columns]
        chart.columns = shaped
        trees = Trees()
        for column, into in zip(columns, shaped, strict=True):
            for (kind, target, _, _, _, _, rule, production, dot), start, tree in column.states:
                state = State(rule, production, dot, shaped[start.index], into, trees.node(tree))
                into.states.append(state)
                if kind == RULE:  # yargy's index: by the id of the rule waited for
                    into.states_index[id(target)].append(state)
        free(columns)
        return chart

    def _columns(self, text: str | Tokens, all: bool) -> tuple[list[TokenShape], list[LoopColumn]]:
        """The tokens of ``text`` (as many as are parsed) and the columns of their chart
        (``chartloop.fill``), with a cut reported when the parse hits a bound."""
        tokens = list(self.tagger(self.tokenizer(text)))
        if len(tokens) > self.max_tokens:
            self._cut(tokens, f"{len(tokens)} tokens, parsed only the first {self.max_tokens}")
            tokens = tokens[: self.max_tokens]
        columns, built, stopped = fill(self._lookahead, self.rule, tokens, all, self.max_states)
        if stopped >= 0:
            self._cut(
                tokens,
                f"parse stopped after {built} chart states at token {stopped} of {len(tokens)}",
            )
        return tokens, columns

    def _cut(self, tokens: Tokens, message: str) -> None:
        start, end = _span_of(tokens)
        _report(ParseCut(pack=self.pack, rule=self.name, start=start, end=end, message=message))
