"""The result of an evaluation: scores per event type and overall, the issues, and both as
plain-text tables."""

from __future__ import annotations

from attrs import frozen

from eventkit.evaluate.gold import GoldFormat
from eventkit.evaluate.scores import Counts, Issue, IssueKind, Share, TypeScores


@frozen(kw_only=True)
class EvaluationReport:
    """Scores per event type and overall, plus the issues behind them."""

    gold_format: GoldFormat
    documents: int
    types: tuple[TypeScores, ...]
    issues: tuple[Issue, ...] = ()
    missing_predictions: tuple[str, ...] = ()

    @property
    def overall(self) -> TypeScores:
        total = TypeScores(type="overall")
        for scores in self.types:
            total = total + scores
        return total

    def for_type(self, name: str) -> TypeScores:
        for scores in self.types:
            if scores.type == name:
                return scores
        known = ", ".join(s.type for s in self.types)
        raise KeyError(f"no scores for {name!r}; scored types: {known}")

    def to_dict(self, *, issues: bool = False) -> dict[str, object]:
        out: dict[str, object] = {
            "gold_format": self.gold_format,
            "documents": self.documents,
            "types": {s.type: s.to_dict() for s in self.types},
            "overall": self.overall.to_dict(),
            "missing_predictions": list(self.missing_predictions),
        }
        if issues:
            out["issues"] = [i.to_dict() for i in self.issues]
        return out

    def format_table(self) -> str:
        """A plain-text table: events, arguments and complete events P/R/F1, the accuracies,
        and last the lenient argument F1, with a legend."""
        head = (
            f"{'':<10} {'events':^32} | {'arguments (ACE)':^32} | {'complete':^20} | "
            f"{'accuracy':^35} | {'lenient':^9}"
        )
        sub = (
            f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | "
            f"{'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | "
            f"{'P':>6} {'R':>6} {'F1':>6} | "
            f"{'content':>11} {'date':>11} {'place':>11} | {'arg F1':>9}"
        )
        rows = [f"{self.gold_format} gold, {self.documents} documents", head, sub]
        lines = [*self.types, self.overall] if len(self.types) > 1 else list(self.types)
        for scores in lines:
            rows.append(_table_row(scores))
        rows += [
            "arguments (ACE): every gold actor counts, those of missed events as misses and "
            "those of extra events as extras",
            "complete: matched events whose actors are exactly the gold ones",
            "lenient arg F1: arguments of matched events only (secondary, not the argument score)",
        ]
        if self.missing_predictions:
            rows.append(
                f"note: {len(self.missing_predictions)} gold document(s) had no predictions "
                f"(scored as empty): {', '.join(self.missing_predictions[:5])}"
                + (" ..." if len(self.missing_predictions) > 5 else "")
            )
        return "\n".join(row.rstrip() for row in rows)

    def format_issues(self) -> str:
        """The misses, extras and wrong parts, grouped by kind, in document order."""
        titles: dict[IssueKind, str] = {
            "miss": "MISSES (gold events not found)",
            "extra": "EXTRAS (predicted events not in gold)",
            "argument": "WRONG ARGUMENTS (matched events)",
            "content": "WRONG CONTENT",
            "date": "WRONG DATES",
            "place": "WRONG PLACES",
        }
        blocks = []
        for kind, title in titles.items():
            items = [i for i in self.issues if i.kind == kind]
            if not items:
                continue
            lines = [f"== {title}: {len(items)}"]
            for issue in items:
                where = f"{issue.doc_id} [{issue.start}:{issue.end}]"
                # factRuEval gold has no trigger: the span shown is its anchor sentence.
                said = f"«{issue.trigger}»" if issue.trigger else "(anchor)"
                lines.append(f"- {issue.type} {where} {said} {issue.detail}".rstrip())
                if issue.context:
                    lines.append(f"    {issue.context}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) if blocks else "no issues"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _share(share: Share) -> str:
    return "-" if share.value is None else f"{share.hits}/{share.total} {share.value:.2f}"


def _prf(counts: Counts, *, sizes: bool = True) -> str:
    ratios = [_ratio(counts.precision), _ratio(counts.recall), _ratio(counts.f1)]
    cells = [f"{counts.gold:>5}", f"{counts.predicted:>5}"] if sizes else []
    return " ".join([*cells, *(f"{r:>6}" for r in ratios)])


def _table_row(s: TypeScores) -> str:
    return (
        f"{s.type:<10} {_prf(s.events)} | {_prf(s.arguments)} | "
        f"{_prf(s.complete, sizes=False)} | "
        f"{_share(s.content):>11} {_share(s.date):>11} {_share(s.place):>11} | "
        f"{_ratio(s.matched_arguments.f1):>9}"
    )
