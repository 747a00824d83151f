"""Saved web pages in one file (.mhtml/.mht) are told from HTML e-mail by their headers and read as web pages:
the HTML part's visible text, quoted-printable and charsets decoded."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from foiakit.cli import main
from foiakit.ingest.mhtml import ingest_mhtml
from foiakit.ingest.sniff import sniff_bytes
from foiakit.model import FileType, Settings, SourceFile

PAGE = (
    "<!DOCTYPE html><html><head><title>Award</title><script>track('AnalyticsCo, Inc.')</script></head><body>"
    "<nav>Home | ShareThis, LLC</nav><h1>Award notice</h1><p>The Town of Wexford paid Harlow Signal, Inc. "
    "$4,200.00 for camera upkeep =E2=80=94 a caf=C3=A9 pole.</p></body></html>"
)
CHROME = (
    "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://wexford.example.gov/award\r\n"
    "Subject: Award notice\r\nDate: Tue, 4 Mar 2025 10:00:00 -0000\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n'
    "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://wexford.example.gov/award\r\n\r\n"
    + PAGE.replace("</p>", "</p>=\r\n")  # a soft line break
    + "\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-Location: https://wexford.example.gov/logo.png\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n"
)
INTERNET_EXPLORER = (
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"; type="text/html"\r\n'
    "X-MimeOLE: Produced By Microsoft MimeOLE\r\n\r\n------=_NextPart_01\r\n"
    'Content-Type: text/html; charset="windows-1252"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    "<html><body><p>Quillon Labs, LLC quoted =80 9,900.</p></body></html>\r\n------=_NextPart_01--\r\n"
)
HTML_MAIL = (
    "From: Ann Reyes <ann@wexford.example.gov>\r\nTo: bob@example.com\r\nSubject: award\r\n"
    "Message-ID: <1@wexford.example.gov>\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; boundary="B"; type="text/html"\r\n\r\n--B\r\n'
    "Content-Type: text/html\r\n\r\n<p>hello</p>\r\n--B--\r\n"
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [(CHROME, FileType.MHTML), (INTERNET_EXPLORER, FileType.MHTML), (HTML_MAIL, FileType.EML)],
)
def test_saved_pages_are_told_from_mail(data: str, expected: FileType) -> None:
    assert sniff_bytes(data.encode(), "page.eml") is expected


@pytest.mark.parametrize(
    ("data", "text", "title"),
    [
        (
            CHROME,
            "Award notice\n\nThe Town of Wexford paid Harlow Signal, Inc. $4,200.00 for camera upkeep — a café pole.",
            "Award notice",
        ),
        (INTERNET_EXPLORER, "Quillon Labs, LLC quoted € 9,900.", ""),
    ],
)
def test_the_html_part_is_read_as_a_web_page(tmp_path: Path, data: str, text: str, title: str) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(data.encode())
    document = ingest_mhtml(SourceFile(path, "page.mhtml", "0" * 64, path.stat().st_size, FileType.MHTML), Settings())
    (page,) = document.pages
    assert page.text.startswith(text) and document.title == title
    assert "AnalyticsCo" not in page.text and "ShareThis" not in page.text and "iVBOR" not in page.text


def test_a_saved_page_in_a_release_gets_its_findings(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "award.mht").write_bytes(CHROME.encode())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    (document,) = csv.DictReader((out / "documents.csv").open(encoding="utf-8"))
    assert document["type"] == "mhtml"
    prices = list(csv.DictReader((out / "prices.csv").open(encoding="utf-8")))
    assert [p["amount_low"] for p in prices] == ["4200.00"]
    assert "Harlow Signal" in (out / "vendors.csv").read_text(encoding="utf-8")
