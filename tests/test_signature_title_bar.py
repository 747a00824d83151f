"""A signature may print the signer's title and company on one line ("Regional Sales Director | Kestrel Vision"):
the company is a vendor when the page gives its own domain. Names and domains are invented."""

from __future__ import annotations

import pytest
from test_structural_names import SETTINGS, _document

from foiakit.extract import extract_document

MAIL = """From: Priya Tennick <ptennick@{domain}>
To: Harlan Moss <hmoss@alderfallspd.org>
Subject: RE: pilot pricing

The 90-day pilot for two cameras is $4,800.

Best,
Priya Tennick
{line}
(503) 555-0143
"""


def _vendors(domain: str, line: str) -> set[str]:
    found = extract_document(_document(MAIL.format(domain=domain, line=line)), SETTINGS)
    return {f.normalized for f in found if f.kind == "vendor"}


@pytest.mark.parametrize(
    ("domain", "line", "vendor"),
    [
        ("kestrelvision.com", "Regional Sales Director | Kestrel Vision", "Kestrel Vision"),
        ("kestrelvision.com", "Account Executive – Kestrel Vision", "Kestrel Vision"),
        ("kestrel.io", "Sales Engineer | Kestrel Vision", "Kestrel Vision"),
        ("gmail.com", "Regional Sales Director | Kestrel Vision", None),  # no domain of its own: not vouched
        ("kestrelvision.com", "Records Clerk | Evidence Unit", None),  # generic words
        ("kestrelvision.com", "Kestrel Vision | Portland", None),  # no title before the bar
    ],
)
def test_title_bar_company(domain: str, line: str, vendor: str | None) -> None:
    found = _vendors(domain, line)
    assert (vendor in found) if vendor else not any("Kestrel" in name for name in found)
