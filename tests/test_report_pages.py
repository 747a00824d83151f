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

EML = (
    b"From: Dana Whitfield <dana@stratuscloud.example>\r\nTo: records@sheriff.example\r\nSubject: quote\r\n"
    b"Date: Tue, 6 Mar 2018 10:14:00 -0800\r\n\r\n"
    b"Stratus Cloud Services, Inc. will charge the Marrow Ridge County Sheriff's Office $9,900.00 per year.\r\n"
)


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
        if path.endswith(".pdf"):
            assert fragment == f"page={label.split(' p.')[1].split()[0]}"
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
