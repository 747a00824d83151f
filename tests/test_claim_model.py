"""The shipped claim-sentence classifier loads without a download and takes part in extraction when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import claim_model, extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def test_the_model_is_shipped() -> None:  # a missing model is a failure, not a skip
    assert claim_model.available()


def test_probabilities_are_probabilities() -> None:
    feature = claim_model.claim_probability("Allows agencies to look up license plates on all cameras in the network.")
    other = claim_model.claim_probability("The council meeting moved to the second floor of City Hall.")
    assert 0.0 <= other < feature <= 1.0


@pytest.mark.parametrize("mode", ["rules", "model", "both"])
def test_every_mode_extracts(tmp_path: Path, mode: str) -> None:
    source = SourceFile(tmp_path / "sheet.txt", "sheet.txt", "7" * 64, 1, FileType.TEXT)
    text = "Quillon Vision, Inc.\nThe Quillon camera reads up to 3,000 plates per minute in real time."
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    claims = [f for f in extract_document(document, Settings(claims=mode)) if f.kind == "capability_claim"]
    if mode == "rules":  # the rules see it; the model, alone or as a judge of the rules, may not
        assert claims and any("3,000 plates per minute" in q for q in dict(claims[0].detail)["quantities"])
    for claim in claims:  # whoever decides, a claim keeps its provenance
        assert text[claim.start : claim.end].strip() and claim.page == 1
