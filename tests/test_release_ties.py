"""A price's vendor by its line, with the names the release knows (foiakit/extract/release_ties.py). Names and
places are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from release_dump import release_rows

CONTRACT = "AGREEMENT\nVendor Name: Quillon Brask LLC\nAddress: 1 Harbor Way, Wexbury\n"
OTHER = "AGREEMENT\nVendor Name: Tamsin Orly LLC\nAddress: 9 Mill Road, Wexbury\n"
LEDGER_HEAD = "Payments of the Town of Wexbury, June\nBrantwick Office Supply, Inc. prepared this list.\n"


def _price_vendors(tmp_path: Path, ledger_lines: str, runs: int = 1) -> dict[str, str | None]:
    files = {
        "release/contract.txt": CONTRACT,
        "release/other.txt": OTHER,
        "release/ledger.txt": LEDGER_HEAD + ledger_lines,
    }
    rows = release_rows(
        tmp_path,
        files,
        "SELECT f.value, f.detail FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'price' AND fl.path LIKE '%ledger.txt'",
        runs,
    )
    return {value: json.loads(detail).get("vendor") for value, detail in rows}


@pytest.mark.parametrize(
    ("line", "amount", "vendor"),
    [
        # the line names a company another document of the release names by its form
        ("06/02 4410 QUILLON BRASK $1,250.00\n", "$1,250.00", "Quillon Brask"),
        ("06/03 4411 Quillon Brask repairs $310.00\n", "$310.00", "Quillon Brask"),
        # two of the release's companies on one line: which is the payee is not for the line to say
        ("06/04 4412 QUILLON BRASK for TAMSIN ORLY $75.00\n", "$75.00", "Brantwick Office Supply"),
        # a line naming none keeps the document's vendor
        ("06/05 4413 ALDER HARDWARE $12.00\n", "$12.00", "Brantwick Office Supply"),
    ],
)
def test_a_line_names_its_price_vendor(tmp_path: Path, line: str, amount: str, vendor: str) -> None:
    assert _price_vendors(tmp_path, line)[amount] == vendor


def test_a_second_run_ties_the_same(tmp_path: Path) -> None:
    once = _price_vendors(tmp_path / "a", "06/02 4410 QUILLON BRASK $1,250.00\n")
    twice = _price_vendors(tmp_path / "b", "06/02 4410 QUILLON BRASK $1,250.00\n", runs=2)
    assert once == twice == {"$1,250.00": "Quillon Brask"}
