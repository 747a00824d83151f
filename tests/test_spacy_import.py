"""spaCy imported without its command-line package (`spacy_pipeline._import_spacy`): the same tokens and
entities as after a plain `import spacy`, and the real `spacy.cli` still there for whoever imports it later."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

TEXT = "Flock Group Inc. billed the Eugene Police Department $9,000 on Jan. 5, 2025|IT Specialist\\nPen-Link, Ltd."
PIPELINE = f"""
import json, sys
from foiakit.extract.spacy_pipeline import build_nlp
doc = build_nlp()("{TEXT}")
print(json.dumps({{
    "tokens": [(t.text, t.idx, t.whitespace_, t.is_sent_start) for t in doc],
    "entities": [(e.text, e.label_, e.ent_id_) for e in doc.ents],
    "cli_loaded": "spacy.cli" in sys.modules or "typer" in sys.modules,
}}))
"""


def _run(first: str) -> dict:
    done = subprocess.run([sys.executable, "-c", first + PIPELINE], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.slow
def test_the_pipeline_is_the_same_without_spacys_command_line_package() -> None:
    lean = _run("")
    plain = _run("import spacy\n")
    assert not lean["cli_loaded"]
    assert plain["cli_loaded"]  # spaCy's own import does load it: the comparison is not between equals
    assert lean["tokens"] == plain["tokens"]
    assert lean["entities"] == plain["entities"]
    assert any(label == "VENDOR" for _, label, _ in lean["entities"])


@pytest.mark.slow
def test_spacys_command_line_package_is_the_real_one_when_imported_later() -> None:
    code = (
        "from foiakit.extract.spacy_pipeline import build_nlp\nbuild_nlp()\n"
        "import spacy, spacy.cli\nprint(callable(spacy.cli.download), spacy.info.__module__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "foiakit.extract.spacy_pipeline"]
