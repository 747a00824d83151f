"""Vendors, products and agencies found in whole documents: (pages of text, expected findings) pairs written
after real releases (CPD response letters, Eugene purchasing records, D.C. ethics-board email)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foiakit.extract import extract_document
from foiakit.model import Document, FileType, Page, Settings, SourceFile


def found(tmp_path: Path, *pages: str, kinds: tuple[str, ...] = ("vendor", "agency", "agency_unit", "product")):
    source = SourceFile(tmp_path / "doc.txt", "doc.txt", "0" * 64, 1, FileType.TEXT)
    document = Document(source=source, pages=tuple(Page(n, text, False, "") for n, text in enumerate(pages, 1)))
    findings = [f for f in extract_document(document, Settings()) if f.kind in kinds]
    for f in findings:  # provenance: the span is on its page, the quote holds it
        assert f.start is not None and f.end is not None and f.page is not None
        assert pages[f.page - 1][f.start : f.end] == f.value
    return findings


def names(findings: list, kind: str) -> set[str]:
    return {f.normalized for f in findings if f.kind == kind}


def test_a_product_names_its_vendor_only_in_detail(tmp_path: Path) -> None:
    letter = "Your request seeks sales and marketing materials for Hailstorm IMSI Catchers and invoices."
    findings = found(tmp_path, letter)
    assert names(findings, "vendor") == set()
    products = [f for f in findings if f.kind == "product"]
    assert [(p.normalized, json.loads(json.dumps(dict(p.detail)))["vendor"]) for p in products] == [
        ("HailStorm", "Harris Corporation")
    ]


def test_a_product_and_its_named_vendor(tmp_path: Path) -> None:
    request = "I am seeking documents relating to Hailstorm (a trademarked IMSI Catchers sold by Harris Corp)."
    findings = found(tmp_path, request)
    assert names(findings, "vendor") == {"Harris Corporation"}
    assert names(findings, "product") == {"HailStorm"}


@pytest.mark.parametrize(
    ("pages", "kind", "expected"),
    [],
)
def test_organizations_in_documents(tmp_path: Path, pages: list[str], kind: str, expected: set[str]) -> None:
    assert names(found(tmp_path, *pages), kind) == expected
