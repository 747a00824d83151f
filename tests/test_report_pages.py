"""`foiakit report --html`: every citation links to its source file at its page and to a picture of the page
in the folder beside the report; `--no-images` leaves the pictures out and keeps the source links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import pytest
from click.testing import CliRunner
from foia_pages import redacted_letter_pdf
from pdfgen import text_pdf
from PIL import Image

from foiakit.cli import main
from foiakit.report.cited_pages import IMAGE_WIDTH
from foiakit.report.render import _bar_chart

EML = (
    b"From: Dana Whitfield <dana@stratuscloud.example>\r\nTo: records@sheriff.example\r\nSubject: quote\r\n"
    b"Date: Tue, 6 Mar 2018 10:14:00 -0800\r\n\r\n"
    b"Stratus Cloud Services, Inc. will charge the Marrow Ridge County Sheriff's Office $9,900.00 per year.\r\n"
)

CLAIM = "Stratus Recognize identifies a face in under 2 seconds with 99% accuracy."
MOJIBAKE = "here\u00e2\u20ac\u2122s the pricing: Stratus Cloud Services, Inc. charges $342,400.00 per year."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    release = tmp_path_factory.mktemp("release")
    redacted_letter_pdf(release / "letter.pdf")
    text_pdf(
        release / "quote.pdf",
        ["Cover page", "Stratus Cloud Services, Inc. quoted the Marrow Ridge County Sheriff's Office\n"
         "a fee of $4,500.00 per year for Stratus Recognize."],
    )  # fmt: skip
    (release / "note.eml").write_bytes(EML)
    text_pdf(release / "claims.pdf", [f"{CLAIM}\n{MOJIBAKE}", f"Summary\n{CLAIM}"])
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(release), "-o", str(out), "-j", "1", "--ocr", "never"])
    assert result.exit_code == 0, result.output
    return out / "foiakit.db"


def _links(html: Path) -> list[tuple[str, str]]:
    """(href, link text) of every link in the report."""
    return re.findall(r"<a (?:class='\w+' )?href='([^']+)'>([^<]+)</a>", html.read_text(encoding="utf-8"))


def test_every_citation_links_to_its_source_page_and_its_picture(store: Path, tmp_path: Path) -> None:
    html = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(store), "--html", str(html)])
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    cites = re.findall(r"<td class='cite'>(.*?)</td>", text)
    assert cites
    links = _links(html)
    sources = [(href, label) for href, label in links if label != "[page image]"]
    pictures = [href for href, label in links if label == "[page image]"]
    assert len(sources) == len(cites)  # every citation cell leads to its source
    for href, label in sources:
        path, _, fragment = unquote(href).partition("#")
        assert (html.parent / path).is_file(), href
        if path.endswith(".pdf") and " p." in label:
            assert fragment == f"page={label.split(' p.')[1].split()[0]}"
        elif path.endswith(".pdf"):
            assert fragment == ""  # a row of the documents section cites the whole file
    assert any(label.startswith("note.eml") for _, label in sources)
    assert pictures and all(p.startswith("report_pages/") for p in pictures)
    for href in set(pictures):
        image = Image.open(html.parent / unquote(href))
        assert image.format == "PNG" and image.width <= IMAGE_WIDTH
    # the email's citation has a source link and no picture: it has no page
    eml_cell = next(c for c in cites if ">note.eml" in c)
    assert "[page image]" not in eml_cell
    # the price page's picture shows the cited amount highlighted
    quote_cell = next(c for c in cites if ">quote.pdf p.2" in c)
    picture = re.search(r"href='([^']+\.png)'", quote_cell)
    assert picture is not None
    rgb = np.asarray(Image.open(html.parent / unquote(picture.group(1))).convert("RGB")).astype(int)
    assert ((rgb[..., 0] > 200) & (rgb[..., 0] - rgb[..., 2] > 60)).sum() > 50


def test_no_images_keeps_the_source_links_and_draws_nothing(store: Path, tmp_path: Path) -> None:
    html = tmp_path / "plain.html"
    result = CliRunner().invoke(main, ["report", "--db", str(store), "--html", str(html), "--no-images"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "plain_pages").exists()
    links = _links(html)
    assert links and all(label != "[page image]" for _, label in links)
    assert all((html.parent / unquote(href).partition("#")[0]).is_file() for href, _ in links)


def _markdown(store: Path, tmp_path: Path) -> str:
    md = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["report", "--db", str(store), "--md", str(md)])
    assert result.exit_code == 0, result.output
    return md.read_text(encoding="utf-8")


def test_prices_are_largest_first_with_vendor_and_agency(store: Path, tmp_path: Path) -> None:
    text = _markdown(store, tmp_path)
    section = text.split("## Prices")[1].split("\n## ")[0]
    assert "| amount | vendor | agency |" in section
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| $")]
    amounts = [float(r[0].strip("| $").replace(",", "")) for r in rows]
    assert amounts[:3] == [342400.0, 9900.0, 4500.0] and amounts == sorted(amounts, reverse=True)
    eml = next(r for r in rows if r[0] == "| $9,900.00")
    assert eml[1] == "Stratus Cloud Services" and "Sheriff" in eml[2]


def test_a_repeated_claim_shows_once_and_mojibake_is_repaired_for_display_only(store: Path, tmp_path: Path) -> None:
    text = _markdown(store, tmp_path)
    claims = text.split("## Capability claims")[1].split("\n## ")[0]
    assert claims.count("identifies a face in under 2 seconds") == 1
    assert "here's the pricing" in text and "\u00e2\u20ac" not in text
    findings = CliRunner().invoke(main, ["export", "findings", "--db", str(store)]).output
    assert "here\u00e2\u20ac\u2122s the pricing" in findings  # the stored text is what the document holds


def test_empty_sections_are_left_out(store: Path, tmp_path: Path) -> None:
    text = _markdown(store, tmp_path)
    assert "## NDAs" not in text and "## Withheld" in text  # no NDA in this release; the letter has boxes
    html = tmp_path / "r.html"
    CliRunner().invoke(main, ["report", "--db", str(store), "--html", str(html), "--no-images"])
    page = html.read_text(encoding="utf-8")
    assert "id='ndas'" not in page and "id='withheld'" in page and "None found" not in page


def test_chart_leaves_room_for_its_largest_value() -> None:
    svg = _bar_chart([("Stratus Cloud Services", 342_400.0), ("A vendor with a name longer than the label", 10.0)], "$")
    width = int(re.search(r'width="(\d+)"', svg).group(1))
    for x, value in re.findall(r'<text x="(\d+)" y="\d+">(\$[\d,]+)</text>', svg):
        assert int(x) + 7 * len(value) <= width, value
    assert "$342,400" in svg and "…" in svg
