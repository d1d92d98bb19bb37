"""Why a sentence did or did not give an event: the debugging view of one extraction.

For every sentence and every rule whose triggers select it, :func:`explain` reports

- the trigger words that selected it (word, lemma, offsets);
- the rule's matches, with their spans, the text of each named part, and the events the
  rule's ``interpret`` made of them (before document-level resolution);
- for a selected sentence where the rule matched nothing, the longest *partial* matches:
  yargy's Earley chart is walked for states that are not completed, and those that reach
  furthest into the sentence are reported with the rule, the words they covered, the word
  where they stopped and what the grammar expected there.

``eventkit explain`` prints the report as text or JSON (:func:`format_text`,
:func:`to_dict`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import asdict, field, frozen
from yargy import Parser
from yargy.parser import Match

from eventkit.engine.frame import frame_of
from eventkit.engine.packs import EventRule, RuleMatch, RulePack
from eventkit.engine.roles import AnyOf, ClauseSubject, Partners, Subject
from eventkit.engine.validate import checked_events
from eventkit.engine.words import has_grammeme
from eventkit.extract.windows import trigger_windows
from eventkit.grammar.lexicon import using_lexicons
from eventkit.parse.trees import named_parts
from eventkit.text.analysis import AnalysedText, PretokenizedTokenizer, Sentence, analyse
from eventkit.text.protocols import Tokens

if TYPE_CHECKING:
    from eventkit.extract.extractor import Extractor

# yargy's names for rules the grammar left unnamed ("R0", "R15").
_ANONYMOUS = re.compile(r"^R\d+$")
# How many partial matches to report per rule and sentence.
MAX_PARTIALS = 3

# An event as JSON data (``EventConverter.event_to_dict``).
EventData = dict[str, object]


@frozen(kw_only=True)
class Trigger:
    """A word that selected the sentence for a rule."""

    text: str
    lemma: str
    start: int
    end: int


@frozen(kw_only=True)
class MatchReport:
    """One complete match of a rule's grammar."""

    text: str
    start: int
    end: int
    parts: dict[str, list[str]]
    events: list[EventData]
    error: str | None = None
    # Why a match gave no event, when the rule declares its roles: the role left empty and
    # the reading it tried, or the check that turned the match down.
    why_not: str | None = None


@frozen(kw_only=True)
class PartialMatch:
    """A parse that started but stopped short of completing a rule."""

    rule: str
    production: str
    text: str
    start: int
    end: int
    stopped_at: str | None
    expected: str


@frozen(kw_only=True)
class RuleReport:
    pack: str
    rule: str
    event_type: str
    triggers: list[Trigger]
    matches: list[MatchReport] = field(factory=list)
    partials: list[PartialMatch] = field(factory=list)


@frozen(kw_only=True)
class SentenceReport:
    index: int
    start: int
    end: int
    text: str
    rules: list[RuleReport]


def explain(text: str, extractor: Extractor) -> list[SentenceReport]:
    """A report per sentence of ``text`` for the packs of ``extractor`` (with the words
    its packs added to the lexicons, as its ``extract`` would)."""
    with using_lexicons(extractor.lexicons):
        return _explain(text, extractor)


def _explain(text: str, extractor: Extractor) -> list[SentenceReport]:
    analysed = analyse(text)
    parsers: dict[tuple[str, str], Parser] = {}
    reports = []
    for sentence in analysed.sentences:
        rules = []
        for pack in extractor.packs:
            for rule in pack.rules:
                triggers = _triggers(sentence, rule)
                if not triggers:
                    continue
                key = (pack.name, rule.name)
                if key not in parsers:
                    parsers[key] = Parser(rule.grammar(), tokenizer=PretokenizedTokenizer())
                rules.append(
                    _explain_rule(parsers[key], pack, rule, sentence, analysed, triggers, extractor)
                )
        reports.append(
            SentenceReport(
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text_of(text),
                rules=rules,
            )
        )
    return reports


def _triggers(sentence: Sentence, rule: EventRule) -> list[Trigger]:
    found = []
    for token in sentence.tokens:
        forms = getattr(token, "forms", None)
        lemmas = {f.normalized for f in forms} if forms else {token.value.lower()}
        hit = sorted(lemmas & rule.triggers)
        if hit:
            found.append(
                Trigger(text=token.value, lemma=hit[0], start=token.span.start, end=token.span.stop)
            )
    return found


def _explain_rule(
    parser: Parser,
    pack: RulePack,
    rule: EventRule,
    sentence: Sentence,
    analysed: AnalysedText,
    triggers: list[Trigger],
    extractor: Extractor,
) -> RuleReport:
    text = analysed.text
    matches: list[MatchReport] = []
    partials: list[PartialMatch] = []
    windows = trigger_windows(sentence, rule)
    for window in windows:
        for match in parser.findall(window):
            matches.append(_match_report(match, rule, pack, sentence, analysed, extractor))
    if not matches:
        for window in windows:
            partials.extend(_partials(parser, window, text, rule.name))
        partials = _furthest(partials)
    return RuleReport(
        pack=pack.name,
        rule=rule.name,
        event_type=rule.event_type.type,
        triggers=triggers,
        matches=matches,
        partials=partials,
    )


def _match_report(
    match: Match,
    rule: EventRule,
    pack: RulePack,
    sentence: Sentence,
    analysed: AnalysedText,
    extractor: Extractor,
) -> MatchReport:
    text = analysed.text
    start, end = match.tokens[0].span.start, match.tokens[-1].span.stop
    parts = {
        name: [text[tokens[0].span.start : tokens[-1].span.stop] for tokens in found]
        for name, found in named_parts(match).items()
        if not _ANONYMOUS.match(name)
    }
    events: list[EventData] = []
    error = why_not = None
    rule_match = RuleMatch(match, sentence, analysed, pack.name, rule.name)
    try:
        result = rule.interpret(rule_match)
        found = checked_events(result, analysed.text)
    except Exception as failure:  # the report says so instead of stopping
        error = f"interpret raised {type(failure).__name__}: {failure}"
    else:
        events = [extractor.converter.event_to_dict(e) for e in found]
        if not events:
            why_not = why_no_event(rule, rule_match)
    return MatchReport(
        text=text[start:end],
        start=start,
        end=end,
        parts=parts,
        events=events,
        error=error,
        why_not=why_not,
    )


def why_no_event(rule: EventRule, match: RuleMatch) -> str | None:
    """Why the declared roles of ``rule`` made no event of ``match``: the first required
    role that stayed empty, with the reading it tried (and a hint when the trigger is a
    passive and the role reads the subject), or the check that declined. None for a rule
    with an ``interpret`` function of its own (it says nothing of its reasons)."""
    if not rule.roles:
        return None
    frame = frame_of(match, rule.head)
    if rule.accept is not None and not rule.accept(frame, {}):
        return "the rule's accept check turned the match down before its roles were read"
    values: dict[str, object] = {}
    for name, role in rule.roles.items():
        value = role.fill(frame)
        if (value is None or value == []) and name not in rule.optional:
            reason = f"required role {name!r} is empty: {describe_role(role)} found nothing"
            if _reads_subject(role) and any(has_grammeme(t, "pssv") for t in frame.trigger):
                reason += (
                    " (the trigger is passive: its subject is what was done, not who did it; "
                    "read the doer with Agent(), or list the role in optional=)"
                )
            return reason
        values[name] = value
    if rule.check is not None:
        return "the roles were filled; the rule's check turned the event down"
    return None


def describe_role(role: object) -> str:
    """A role as a pack writes it: ``Subject() | Partners('с', 'со')``."""
    if isinstance(role, AnyOf):
        return " | ".join(describe_role(part) for part in role.roles)
    if isinstance(role, Partners):
        return f"Partners({', '.join(repr(p) for p in role.prepositions)})"
    kind = type(role)
    if attrs.has(kind):
        changed = [
            f"{a.name}={getattr(role, a.name)!r}"
            for a in attrs.fields(kind)
            if a.default is attrs.NOTHING or getattr(role, a.name) != a.default
        ]
        return f"{type(role).__name__}({', '.join(changed)})"
    return repr(role)


def _reads_subject(role: object) -> bool:
    if isinstance(role, AnyOf):
        return any(_reads_subject(part) for part in role.roles)
    return isinstance(role, Subject | ClauseSubject)


def _label(term: object) -> str:
    return str(getattr(term, "label", None) or getattr(term, "name", None) or term)


def _partials(parser: Parser, window: Tokens, text: str, top: str) -> list[PartialMatch]:
    """Incomplete chart states that covered at least one token, widest first."""
    tokens = list(window)
    chart = parser.chart(tokens)
    found = []
    for column in chart.columns:
        for state in column.states:
            first, stop = state.start_column.index, state.stop_column.index
            if state.completed or state.dot_index == 0 or stop <= first:
                continue
            terms = state.production.terms
            production = " ".join(
                [_label(t) for t in terms[: state.dot_index]]
                + ["•"]
                + [_label(t) for t in terms[state.dot_index :]]
            )
            start, end = tokens[first].span.start, tokens[stop - 1].span.stop
            found.append(
                PartialMatch(
                    rule=top if state.rule is parser.rule else _label(state.rule),
                    production=production,
                    text=text[start:end],
                    start=start,
                    end=end,
                    stopped_at=tokens[stop].value if stop < len(tokens) else None,
                    expected=_label(state.next_term),
                )
            )
    return found


def _furthest(partials: list[PartialMatch]) -> list[PartialMatch]:
    """The partial matches that reach furthest, the widest of them first, one per
    (span, production)."""
    if not partials:
        return []
    reach = max(p.end for p in partials)
    best = sorted((p for p in partials if p.end == reach), key=lambda p: (p.start, p.rule))
    unique: dict[tuple[int, int, str], PartialMatch] = {}
    for partial in best:
        unique.setdefault((partial.start, partial.end, partial.production), partial)
    return list(unique.values())[:MAX_PARTIALS]


# --- output -------------------------------------------------------------------------------


def to_dict(reports: Sequence[SentenceReport]) -> list[dict[str, object]]:
    """The report as JSON-ready data (one object per sentence)."""
    return [asdict(report) for report in reports]


def format_text(reports: Sequence[SentenceReport]) -> str:
    """The report for a terminal."""
    out: list[str] = []
    for report in reports:
        out.append(f"sentence {report.index + 1} [{report.start}:{report.end}]: {report.text}")
        if not report.rules:
            out.append("  no rule's trigger words here")
        for rule in report.rules:
            words = ", ".join(
                f"{t.text!r}" + (f" ({t.lemma})" if t.lemma != t.text.lower() else "")
                for t in rule.triggers
            )
            out.append(f"  {rule.pack}/{rule.rule} ({rule.event_type}) selected by {words}")
            for match in rule.matches:
                out.append(f"    matched {match.text!r} [{match.start}:{match.end}]")
                for name, texts in match.parts.items():
                    out.append(f"      {name}: {' | '.join(texts)}")
                if match.error:
                    out.append(f"      ! {match.error}")
                elif match.why_not:
                    out.append(f"      -> no event: {match.why_not}")
                elif not match.events:
                    out.append("      -> no event (interpret found no actors or declined)")
                for event in match.events:
                    out.append(f"      -> {_event_line(event)}")
            if not rule.matches:
                out.append("    no match; the parse got furthest here:")
                if not rule.partials:
                    out.append("      nothing: no production of the grammar starts here")
                for partial in rule.partials:
                    where = (
                        f"stopped before {partial.stopped_at!r}"
                        if partial.stopped_at is not None
                        else "reached the end of the window"
                    )
                    out.append(
                        f"      {partial.text!r} [{partial.start}:{partial.end}] "
                        f"{where}, expected {partial.expected}"
                    )
                    out.append(f"        {partial.rule} -> {partial.production}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _event_line(event: Mapping[str, object]) -> str:
    from eventkit.model.describe import describe_event

    lines = describe_event(event)
    return "; ".join(line.strip() for line in lines)
