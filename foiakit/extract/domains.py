"""Vendors named by internet domains: an address at a listed vendor's domain ("jane@flocksafety.com"), and an
agency's tenant on a company's hosted service ("Support@dcoah.zendesk.com", "https://cityofx.nextrequest.com"):
the agency uses that company's product, whether or not the company is named anywhere else."""

from __future__ import annotations

import re
from collections.abc import Iterator

from foiakit.extract.lexicon import known_orgs, words
from foiakit.extract.org_forms import OrgMention
from foiakit.extract.spans import line_quote
from foiakit.model import Document

_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")  # anchored left: linear on long runs
# tenant.company.com: three labels exactly (a longer host is cut to its last three), commercial top-level domain
_HOSTED = re.compile(r"(?<![\w.-])(?:[\w-]+\.)*([a-z0-9][\w-]*)\.([a-z][a-z0-9-]{2,})\.(com|net|io)\b", re.I)


def domain_mentions(document: Document) -> Iterator[OrgMention]:
    """Vendor mentions by address or host; one per address or host as written."""
    vendor_domains = {d: org.canonical for org in known_orgs() if org.kind == "vendor" for d in org.domains}
    service_words = words("org_words")["service_subdomains"]
    for page in document.pages:
        taken: list[tuple[int, int]] = []
        for match in _EMAIL.finditer(page.text):
            domain = match.group(1).lower()
            canonical = vendor_domains.get(domain) or vendor_domains.get(domain.split(".", 1)[-1])
            if canonical:
                taken.append((match.start(), match.end()))
                yield _mention(page, match.start(), match.end(), canonical, "gazetteer", 0.9)
        for match in _HOSTED.finditer(page.text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            tenant, company, tld = match.group(1).lower(), match.group(2).lower(), match.group(3).lower()
            if tenant in service_words or tenant.isdigit():
                continue  # www.vendor.com, mail.google.com: the company's own site, not a customer's tenant
            canonical = vendor_domains.get(f"{company}.{tld}") or company.title()
            method = "gazetteer" if f"{company}.{tld}" in vendor_domains else "rule"
            yield _mention(page, match.start(1), match.end(), canonical, method, 0.7)


def _mention(page: object, start: int, end: int, canonical: str, method: str, confidence: float) -> OrgMention:
    text = page.text  # type: ignore[attr-defined]
    return OrgMention(
        "vendor",
        canonical,
        page.number,  # type: ignore[attr-defined]
        start,
        end,
        text[start:end],
        line_quote(text, start, end),
        method,
        confidence,
        page.ocr,  # type: ignore[attr-defined]
    )
