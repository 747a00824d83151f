"""Train the organisation-candidate classifier (`make train`): every organisation-shaped candidate the extractor
sees in the dev fold of the evaluation set (its recorded text), labelled by the dev gold (VENDOR or AGENCY when its
name matches a gold vendor or agency of that document by the scorer's own matching, else NONE); a spaCy
bag-of-words text classifier over the candidate and its context words, fixed seed, CPU. The test fold is never
read.

    python tools/train_orgs.py [--epochs 10]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"


def examples(work: Path) -> list[tuple[str, str]]:
    from foiakit.evaluation.evalset import fold_documents, load_set
    from foiakit.evaluation.match import names_match
    from foiakit.extract.org_forms import canonical_name
    from foiakit.extract.organizations import mentions
    from foiakit.model import Settings

    rows: list[tuple[str, str]] = []
    for gold, document in fold_documents(load_set(EVAL), "dev", work):
        seen: list[tuple[str, str, str | None]] = []
        mentions(document, Settings(), None, seen)
        for context, text, _ in seen:
            label = "NONE"
            if any(names_match(canonical_name(text, "vendor"), g) for g in gold.vendors):
                label = "VENDOR"
            elif any(names_match(canonical_name(text, "agency"), g) for g in gold.agencies):
                label = "AGENCY"
            rows.append((context, label))
    return rows


def train(rows: list[tuple[str, str]], epochs: int, out: Path) -> None:
    import spacy
    from spacy.training import Example

    from foiakit.extract.org_model import LABELS

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 65536,
            }
        },
    )
    for label in LABELS:
        textcat.add_label(label)
    data = [
        Example.from_dict(nlp.make_doc(text), {"cats": {label: float(label == gold) for label in LABELS}})
        for text, gold in rows
    ]
    names = [e for e in data if not e.reference.cats["NONE"]]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(0)
    for _ in range(epochs):
        batch = data + names * 3  # names are rarer than noise: seen more often
        rng.shuffle(batch)
        for start in range(0, len(batch), 64):
            nlp.update(batch[start : start + 64], sgd=optimizer, drop=0.1)
    shutil.rmtree(out, ignore_errors=True)
    nlp.to_disk(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    from collections import Counter

    from foiakit.extract.org_model import MODEL

    with tempfile.TemporaryDirectory(prefix="foiakit-train-") as work:
        rows = examples(Path(work))
    print(f"{len(rows)} candidates (dev fold): {dict(sorted(Counter(label for _, label in rows).items()))}")
    train(rows, args.epochs, MODEL)
    print(f"model written to {MODEL}")


if __name__ == "__main__":
    main()
