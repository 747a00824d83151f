"""Date forms a release prints, table-driven: each written form and the ISO day it is read as, or nothing."""

from __future__ import annotations

import pytest

from foiakit.extract.people import find_dates


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("March 5, 2024", ["2024-03-05"]),
        ("03/05/2024", ["2024-03-05"]),
        ("2024-03-05", ["2024-03-05"]),
        ("REQUEST DATE: 06 May, 2015", ["2015-05-06"]),  # a day before its month, a comma before the year
        ("14 February 2019", ["2019-02-14"]),
        ("Date: 2022/04/05 08:33:17", ["2022-04-05"]),  # an e-mail export's stamp
        ("3/20/25, 5:15 PM  FPDS-NG", ["2025-03-20"]),  # a browser's print header: two-digit year
        ("Service from 12/07/19 to 01/09/20", ["2019-12-07", "2020-01-09"]),
        ("Installed 4/1/72", ["1972-04-01"]),  # strptime's %y: 69-99 are the 1900s
        ("Lot 1/2/34/5 of the plat", []),  # a run of slashes is no date
        ("a 3/4/2 split", []),  # one digit of year is no date
        ("Section 13/45/67", []),  # no such month
        ("v1.2/3/24", []),  # part of a version
    ],
)
def test_date_forms(text: str, days: list[str]) -> None:
    found = list(find_dates(text))
    assert [iso for _, _, iso in found] == days
    for start, end, _ in found:
        assert text[start:end].strip() == text[start:end]
