"""pdfplumber's `TableFinder` with a faster `intersections_to_cells`: the same cells in the same order.

pdfplumber 0.11 finds each intersection's smallest cell by scanning every later intersection for the ones on its
column and its row, and tests whether two intersections share an edge by building sets of the edges' boxes again
for every test: on a ruled register page (hundreds of intersections) that Python was the largest part of the
table reading. Here the column and row of every intersection and the boxes of its vertical and horizontal edges
are worked out once; the search itself (which neighbours, in which order, which test) is pdfplumber's.
"""

from __future__ import annotations

import math
from typing import Any

from pdfplumber import table as plumber_table
from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

Point = tuple[float, float]
Cell = tuple[float, float, float, float]


class GridFinder(TableFinder):
    """`TableFinder` whose cells come from `intersections_to_cells` below; everything else is pdfplumber's."""

    def __init__(self, page: Any, settings: Any = None) -> None:
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance, self.settings.intersection_y_tolerance
        )
        self.cells = intersections_to_cells(self.intersections)
        self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]


def _box(edge: dict[str, Any]) -> Cell:
    return (edge["x0"], edge["top"], edge["x1"], edge["bottom"])  # pdfplumber's obj_to_bbox


def intersections_to_cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[Cell]:
    """pdfplumber's `intersections_to_cells`, same result: for each intersection in sorted order, the first
    intersection below it (top to bottom) and to its right (left to right) that share an edge with it and whose
    fourth corner is an intersection sharing edges with both."""
    if any(math.isnan(x) or math.isnan(y) for x, y in intersections):
        return plumber_table.intersections_to_cells(intersections)  # NaN never equals itself: keep its own rules
    points = sorted(intersections)
    vertical = {p: frozenset(map(_box, intersections[p]["v"])) for p in points}
    horizontal = {p: frozenset(map(_box, intersections[p]["h"])) for p in points}
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for point in points:  # sorted by x then y: each column top to bottom, each row left to right
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    place = _places(columns, rows)
    cells: list[Cell] = []
    for point in points:
        in_column, in_row = place[point]
        below = columns[point[0]][in_column + 1 :]
        right = rows[point[1]][in_row + 1 :]
        cell = _smallest_cell(point, below, right, vertical, horizontal)
        if cell is not None:
            cells.append(cell)
    return cells


def _places(columns: dict[float, list[Point]], rows: dict[float, list[Point]]) -> dict[Point, tuple[int, int]]:
    """Each intersection's index in its column and in its row."""
    in_column = {p: i for column in columns.values() for i, p in enumerate(column)}
    return {p: (in_column[p], i) for row in rows.values() for i, p in enumerate(row)}


def _smallest_cell(
    point: Point,
    below: list[Point],
    right: list[Point],
    vertical: dict[Point, frozenset[Cell]],
    horizontal: dict[Point, frozenset[Cell]],
) -> Cell | None:
    own_v, own_h = vertical[point], horizontal[point]
    for below_point in below:
        if own_v.isdisjoint(vertical[below_point]):
            continue
        for right_point in right:
            if own_h.isdisjoint(horizontal[right_point]):
                continue
            corner = (right_point[0], below_point[1])
            if (
                corner in vertical
                and not vertical[corner].isdisjoint(vertical[right_point])
                and not horizontal[corner].isdisjoint(horizontal[below_point])
            ):
                return (point[0], point[1], corner[0], corner[1])
    return None
