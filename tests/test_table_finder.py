"""The table finder's faster cells (`table_finder.intersections_to_cells`) are pdfplumber's, cell for cell and in
order: on ruled grids with merged cells, missing rules, doubled and overlapping edges, and on a real ruled page."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from pdfplumber import table as plumber_table

from foiakit.extract.pdfium_page import pdfium_page
from foiakit.extract.table_finder import GridFinder, intersections_to_cells


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"orientation": orientation, "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _grid_edges(rng: random.Random) -> list[dict[str, Any]]:
    """A grid of random column and row positions, some rules cut short or left out, some drawn twice."""
    xs = sorted(rng.sample(range(20, 600, 5), rng.randint(2, 9)))
    ys = sorted(rng.sample(range(20, 780, 4), rng.randint(2, 14)))
    edges = []
    for x in xs:  # a rule may run down several rows at once, or be broken between two
        upper = 0
        while upper < len(ys) - 1:
            lower = rng.randint(upper + 1, len(ys) - 1)
            if rng.random() < 0.85:
                edges.append(_edge("v", x, ys[upper], x, ys[lower]))
            upper = lower
    for y in ys:
        left = 0
        while left < len(xs) - 1:
            right = rng.randint(left + 1, len(xs) - 1)
            if rng.random() < 0.85:
                edges.append(_edge("h", xs[left], y, xs[right], y))
            left = right
    edges += [dict(e) for e in rng.sample(edges, min(len(edges), rng.randint(0, 4)))]  # overprinted rules
    if rng.random() < 0.5:  # a rule a fraction off the grid: an intersection of its own within the tolerance
        edges.append(_edge("v", xs[0] + 0.5, ys[0], xs[0] + 0.5, ys[-1]))
    return edges


def test_cells_are_pdfplumbers_on_random_grids() -> None:
    rng = random.Random(16)
    compared = found = 0
    for _ in range(300):
        intersections = plumber_table.edges_to_intersections(_grid_edges(rng), 3, 3)
        ours = intersections_to_cells(intersections)
        assert ours == plumber_table.intersections_to_cells(intersections)
        compared += 1
        found += len(ours)
    assert compared == 300 and found > 1000  # the grids make cells, not only empty answers


def test_a_grid_with_no_intersections_has_no_cells() -> None:
    assert intersections_to_cells({}) == []
    lone = plumber_table.edges_to_intersections([_edge("v", 10, 10, 10, 50), _edge("h", 10, 30, 90, 30)], 3, 3)
    assert intersections_to_cells(lone) == plumber_table.intersections_to_cells(lone) == []


def _ruled_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    xs = [50, 90, 300, 380, 470, 560]
    ys = [740 - 18 * i for i in range(30)]
    pdf.grid(xs, ys)
    for row, baseline in enumerate(y - 13 for y in ys[:-1]):
        cells = (
            ("No.", "Payee", "Account", "Invoice", "Amount")
            if row == 0
            else (str(row), f"Vendor {row} Supply", f"10-{row:03}", f"INV-{row}", f"${row * 37}.50")
        )
        for x, text in zip(xs, cells, strict=False):
            pdf.drawString(x + 3, baseline, text)
    pdf.save()
    return path


def test_grid_finder_finds_pdfplumbers_tables_on_a_ruled_page(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument(_ruled_pdf(tmp_path / "register.pdf"))
    try:
        page = pdfium_page(pdf, 1)
        assert page is not None
        ours = GridFinder(page, plumber_table.TableSettings.resolve(None))
        theirs = plumber_table.TableFinder(page, plumber_table.TableSettings.resolve(None))  # type: ignore[arg-type]
        assert len(ours.cells) == 29 * 5
        assert ours.cells == theirs.cells
        assert [t.extract() for t in ours.tables] == [t.extract() for t in theirs.tables]
        assert ours.tables[0].extract()[3] == ["3", "Vendor 3 Supply", "10-003", "INV-3", "$111.50"]
    finally:
        pdf.close()
