"""Evaluation: scoring predictions against gold annotations.

May import ``batch`` and below (not ``views``, ``corpus`` or ``cli``)."""

from eventkit.evaluate.gold import GoldSet, detect_format, parse_gold
from eventkit.evaluate.loading import load_gold, load_predictions, load_texts
from eventkit.evaluate.report import EvaluationReport
from eventkit.evaluate.run import SupportsExtract, evaluate, predict
from eventkit.evaluate.scores import Counts, Issue, Share, TypeScores
from eventkit.evaluate.scoring import score

__all__ = [
    "Counts",
    "EvaluationReport",
    "GoldSet",
    "Issue",
    "Share",
    "SupportsExtract",
    "TypeScores",
    "detect_format",
    "evaluate",
    "load_gold",
    "load_predictions",
    "load_texts",
    "parse_gold",
    "predict",
    "score",
]
