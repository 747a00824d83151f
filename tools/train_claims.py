"""Train the claim-sentence classifier (`make train`): the dev fold of the evaluation set (its recorded text and
gold claims), a spaCy bag-of-words text classifier, fixed seed, CPU. Sentences are cut as extraction cuts them;
one is a claim when it covers a gold claim (the scorer's own overlap rule). The test fold is never read.

    python tools/train_claims.py [--epochs 12]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"


def examples(work: Path) -> list[tuple[str, bool]]:
    from foiakit.evaluation.evalset import fold_documents, load_set
    from foiakit.evaluation.match import CLAIM_MATCH, claim_overlap
    from foiakit.extract.context import document_context
    from foiakit.model import Settings

    rows: list[tuple[str, bool]] = []
    for doc, document in fold_documents(load_set(EVAL), "dev", work):
        context = document_context(document, Settings())
        for page in document.pages:
            if doc.scored_pages is not None and page.number not in doc.scored_pages:
                continue
            for start, end in context.sentences.get(page.number, []):
                pieces = [page.text[start:end]]
                if page.text.count("\n", start, end) >= 3:
                    pieces = page.text[start:end].split("\n")  # tables and lists: a line is a sentence
                for piece in pieces:
                    text = " ".join(piece.split())
                    if 20 <= len(text) <= 600:
                        rows.append((text, any(claim_overlap(text, g) >= CLAIM_MATCH for g in doc.claims)))
    return rows


def train(rows: list[tuple[str, bool]], epochs: int, out: Path) -> None:
    import spacy
    from spacy.training import Example

    from foiakit.extract.claim_model import LABEL

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
    textcat.add_label(LABEL)
    textcat.add_label("OTHER")
    data = [
        Example.from_dict(nlp.make_doc(text), {"cats": {LABEL: float(claim), "OTHER": float(not claim)}})
        for text, claim in rows
    ]
    positives = [e for e in data if e.reference.cats[LABEL]]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(0)
    for _ in range(epochs):
        batch = data + positives * 8  # claims are rare: seen more often
        rng.shuffle(batch)
        for start in range(0, len(batch), 64):
            nlp.update(batch[start : start + 64], sgd=optimizer, drop=0.1)
    shutil.rmtree(out, ignore_errors=True)
    nlp.to_disk(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    args = parser.parse_args()
    from foiakit.extract.claim_model import MODEL

    with tempfile.TemporaryDirectory(prefix="foiakit-train-") as work:
        rows = examples(Path(work))
    print(f"{len(rows)} sentences, {sum(c for _, c in rows)} claims (dev fold)")
    train(rows, args.epochs, MODEL)
    print(f"model written to {MODEL}")


if __name__ == "__main__":
    main()
