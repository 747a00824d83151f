"""Vendors across a release (foiakit/extract/release_vendors.py): a company one document names by its form is read
where another document of the same folder names it bare. Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_dump import release_rows

CONTRACT = "AGREEMENT\nVendor Name: Quillon Robotics LLC\nAddress: 1 Harbor Way, Wexbury\n"


def _vendors_by_file(tmp_path: Path, files: dict[str, str]) -> dict[str, set[str]]:
    rows = release_rows(
        tmp_path,
        files,
        "SELECT fl.path, f.normalized, f.method FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'vendor'",
    )
    found: dict[str, set[str]] = {}
    for path, name, method in rows:
        found.setdefault(path.rsplit("/", 1)[-1], set()).add(f"{name} ({method})")
    return found


@pytest.mark.parametrize(
    ("memo", "expected"),
    [
        # the bare name in another document of the folder, capitalised or in capitals
        ("Quillon's cars drove 40,000 miles in Wexbury last year.\n", {"Quillon Robotics (release)"}),
        ("THE QUILLON PILOT ENDS IN MAY.\n", {"Quillon Robotics (release)"}),
        ("SEE QUILLON V. TOWN OF WEXBURY.\n", set()),
        # a person's surname, a case's party, a word inside another name: not the company
        ("Signed, Dana C. Quillon, Clerk of Wexbury.\n", set()),
        ("See Quillon v. Town of Wexbury, 12 A.3d 45.\n", set()),
        ("Wexbury approved the Quillon Street repaving.\n", set()),
    ],
)
def test_a_release_names_its_vendors(tmp_path: Path, memo: str, expected: set[str]) -> None:
    found = _vendors_by_file(tmp_path, {"release/contract.txt": CONTRACT, "release/memo.txt": memo})
    assert any(name.startswith("Quillon Robotics (") for name in found["contract.txt"])
    assert found.get("memo.txt", set()) == expected


def test_a_word_the_release_writes_in_lower_case_is_no_name(tmp_path: Path) -> None:
    contract = "Vendor Name: Heron Analytics LLC\n"
    memo = "A heron nested by the pond. Heron reports are due Friday.\n"
    found = _vendors_by_file(tmp_path, {"release/contract.txt": contract, "release/memo.txt": memo})
    assert found.get("memo.txt", set()) == set()


def test_another_folder_learns_nothing(tmp_path: Path) -> None:
    memo = "Quillon's cars drove 40,000 miles in Wexbury last year.\n"
    found = _vendors_by_file(tmp_path, {"one/contract.txt": CONTRACT, "two/memo.txt": memo})
    assert found.get("memo.txt", set()) == set()


def test_a_vendor_learned_in_an_email_names_its_message(tmp_path: Path) -> None:
    email = (
        "From: Dana Roe <dana.roe@wexbury.gov>\nTo: Lee Ash <lee.ash@wexbury.gov>\nSubject: pilot\n"
        "Date: Mon, 3 Mar 2025 09:00:00 -0500\n\nQuillon's cars drove 40,000 miles in Wexbury last year.\n"
    )
    rows = release_rows(
        tmp_path,
        {"release/contract.txt": CONTRACT, "release/memo.eml": email},
        "SELECT f.message, f.method FROM findings f JOIN files fl ON fl.sha256 = f.sha256"
        " WHERE f.kind = 'vendor' AND fl.path LIKE '%memo.eml'",
    )
    assert [(message is not None, method) for message, method in rows] == [(True, "release")]
