"""`--spacy-model`: a trained pipeline's NER runs after the lists' rulers, and its ORG spans are organisation
candidates. The pipeline is built by the test: a blank English pipeline whose "ner" component (an entity ruler,
standing in for a statistical recogniser) labels one invented company ORG."""

from __future__ import annotations

from pathlib import Path

import spacy

from foiakit.extract import extract_document
from foiakit.extract.spacy_pipeline import build_nlp
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def _pipeline(tmp_path: Path) -> str:
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("entity_ruler", name="ner")
    ner.add_patterns([{"label": "ORG", "pattern": "Brindlewood"}, {"label": "ORG", "pattern": "Flock Safety"}])
    path = tmp_path / "tiny_pipeline"
    nlp.to_disk(path)
    return str(path)


def test_rulers_run_before_the_models_ner_and_org_spans_are_candidates(tmp_path: Path) -> None:
    model = _pipeline(tmp_path)
    names = build_nlp((), model).pipe_names
    assert names.index("foiakit_ruler") < names.index("ner") and names.index("foiakit_ruler_lower") < names.index("ner")
    text = "The sheriff bought cameras from Flock Safety and analytics from Brindlewood last year."
    source = SourceFile(tmp_path / "memo.txt", "memo.txt", "9" * 64, len(text), FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    vendors = {f.normalized: f for f in extract_document(document, Settings(spacy_model=model)) if f.kind == "vendor"}
    assert vendors["Flock Safety"].method == "gazetteer"  # the list's ruler named it first: its canonical name
    assert vendors["Brindlewood"].method == "rule" and text[vendors["Brindlewood"].start :].startswith("Brindlewood")
    without = {f.normalized for f in extract_document(document, Settings()) if f.kind == "vendor"}
    assert "Brindlewood" not in without  # a bare word is no name to the rules alone
