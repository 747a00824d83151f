"""A small statistical judge of claim sentences, trained by `make train` (tools/train_claims.py) on the dev fold of
the evaluation set and shipped in `foiakit/extract/models/claims/`: a spaCy bag-of-words text classifier, CPU
only, nothing downloaded. `Settings.claims` chooses how claims are decided: `rules` (the verb, object and veto
lists), `model` (the classifier alone), or `both` (a rule's claim the model does not reject, and a sentence the
model is sure of). The README and the closing note report all three on the test fold."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

MODEL = Path(__file__).resolve().parent / "models" / "claims"
LABEL = "CLAIM"
KEEP = 0.2  # `both`: a rule's claim stays unless the model gives it less than this
SURE = 0.8  # `both`: a sentence the rules pass over is a claim when the model gives it this much


@functools.cache
def _nlp() -> Any:
    import spacy

    if not (MODEL / "config.cfg").exists():
        raise FileNotFoundError(f"no claim model at {MODEL}: run `make train`")
    return spacy.load(MODEL)


def available() -> bool:
    return (MODEL / "config.cfg").exists()


def claim_probability(sentence: str) -> float:
    """How sure the classifier is that `sentence` claims what a product or vendor does (0 to 1)."""
    doc = _nlp()(" ".join(sentence.split())[:2000])
    return float(doc.cats.get(LABEL, 0.0))
