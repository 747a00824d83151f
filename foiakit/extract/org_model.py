"""A small statistical judge of organisation candidates, trained by `make train` (tools/train_orgs.py) on the dev
fold of the evaluation set and shipped in `foiakit/extract/models/orgs/`: a spaCy bag-of-words text classifier
over a candidate name and the words around it (VENDOR, AGENCY or NONE), CPU only, nothing downloaded.
`Settings.orgs` chooses who decides what an organisation-shaped name is: `rules` (its form, `org_forms.classify`,
and the document's structure), `model` (the classifier alone), or `both` (the rules' decision unless the model
is sure it is noise, and a name the rules pass over when the model is sure of it). The README and the closing
note report all three on the test fold."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

MODEL = Path(__file__).resolve().parent / "models" / "orgs"
LABELS = ("VENDOR", "AGENCY", "NONE")
CONTEXT_WORDS = 4  # words either side of the candidate given to the classifier
SURE = 0.85  # `both`: the model overrides the rules only when this sure


def candidate_text(name: str, before: str, after: str) -> str:
    """What the classifier reads: the words before, the name between markers, the words after ("contract with
    ⟦ Kettle Systems ⟧ for radio"), so its word pairs see both the name's form and its context."""
    left = " ".join(before.split()[-CONTEXT_WORDS:])
    right = " ".join(after.split()[:CONTEXT_WORDS])
    return f"{left} [ {' '.join(name.split())} ] {right}".strip()


@functools.cache
def _nlp() -> Any:
    import spacy

    if not (MODEL / "config.cfg").exists():
        raise FileNotFoundError(f"no organisation model at {MODEL}: run `make train`")
    return spacy.load(MODEL)


def available() -> bool:
    return (MODEL / "config.cfg").exists()


def kind_scores(text: str) -> dict[str, float]:
    """The classifier's VENDOR / AGENCY / NONE scores for a `candidate_text`."""
    doc = _nlp()(text[:600])
    return {label: float(doc.cats.get(label, 0.0)) for label in LABELS}


def decide(mode: str, rule_kind: str | None, text: str) -> str | None:
    """The kind of a candidate ('vendor', 'agency' or None) as `mode` decides it; `rules` never loads the model."""
    if mode == "rules":
        return rule_kind
    scores = kind_scores(text)
    best = max(LABELS, key=lambda label: (scores[label], label))
    model_kind = None if best == "NONE" else best.lower()
    if mode == "model":
        return model_kind
    if rule_kind is not None:  # both: the rules stand unless the model is sure the name is noise
        return None if best == "NONE" and scores["NONE"] >= SURE else rule_kind
    return model_kind if scores[best] >= SURE else None
