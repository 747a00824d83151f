"""Measuring extraction against hand-made gold: the answer key (`gold`), matching (`match`), the strict
scorer (`score`) and the evaluation set with its folds and recorded text (`evalset`)."""

from foiakit.evaluation.gold import GoldDocument, GoldError, GoldName, load_gold
from foiakit.evaluation.match import names_match, normalize_name
from foiakit.evaluation.score import KINDS, Counts, KindScore, Miss, score_store

__all__ = [
    "KINDS",
    "Counts",
    "GoldDocument",
    "GoldError",
    "GoldName",
    "KindScore",
    "Miss",
    "load_gold",
    "names_match",
    "normalize_name",
    "score_store",
]
