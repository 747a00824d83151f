"""The shipped organisation-candidate classifier: it loads without a download, `decide` combines it with the rules
as each mode says, and every mode extracts with provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiakit.extract import extract_document, org_model
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def test_the_model_is_shipped_and_scores_sum_to_one() -> None:
    assert org_model.available()
    scores = org_model.kind_scores(org_model.candidate_text("Kettle-Marsh Systems", "a contract with", "for radios"))
    assert set(scores) == set(org_model.LABELS)
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-3)


def test_candidate_text_marks_the_name_between_its_context_words() -> None:
    text = org_model.candidate_text("Quillon\nVision", "one two three four five six", "seven eight nine ten eleven")
    assert text == "three four five six [ Quillon Vision ] seven eight nine ten"


@pytest.mark.parametrize(
    ("mode", "rule_kind", "scores", "expected"),
    [
        ("rules", "vendor", {"VENDOR": 0.0, "AGENCY": 0.0, "NONE": 1.0}, "vendor"),  # the model is never asked
        ("model", None, {"VENDOR": 0.6, "AGENCY": 0.3, "NONE": 0.1}, "vendor"),
        ("model", "vendor", {"VENDOR": 0.1, "AGENCY": 0.2, "NONE": 0.7}, None),
        ("both", "agency", {"VENDOR": 0.1, "AGENCY": 0.1, "NONE": 0.8}, "agency"),  # not sure enough to veto
        ("both", "agency", {"VENDOR": 0.0, "AGENCY": 0.05, "NONE": 0.95}, None),  # sure it is noise
        ("both", None, {"VENDOR": 0.9, "AGENCY": 0.05, "NONE": 0.05}, "vendor"),  # sure of a name the rules missed
        ("both", None, {"VENDOR": 0.6, "AGENCY": 0.1, "NONE": 0.3}, None),
    ],
)
def test_decide(
    monkeypatch: pytest.MonkeyPatch, mode: str, rule_kind: str | None, scores: dict[str, float], expected: str | None
) -> None:
    def fixed(text: str) -> dict[str, float]:
        if mode == "rules":
            raise AssertionError("rules mode must not load the model")
        return scores

    monkeypatch.setattr(org_model, "kind_scores", fixed)
    assert org_model.decide(mode, rule_kind, "[ Name ]") == expected


@pytest.mark.parametrize("mode", ["rules", "model", "both"])
def test_every_mode_extracts_with_provenance(tmp_path: Path, mode: str) -> None:
    text = "The Town of Wexbury signed a contract with Kettle-Marsh Systems Inc. for radio repairs."
    source = SourceFile(tmp_path / "letter.txt", "letter.txt", "8" * 64, len(text), FileType.TEXT)
    document = Document(source=source, pages=(Page(1, text, False, ""),))
    found = [f for f in extract_document(document, Settings(orgs=mode)) if f.kind in {"vendor", "agency"}]
    if mode == "rules":
        assert {(f.kind, f.normalized) for f in found} == {
            ("agency", "Town of Wexbury"),
            ("vendor", "Kettle-Marsh Systems"),
        }
    for finding in found:
        assert text[finding.start : finding.end] == finding.value and finding.page == 1
