"""Extraction: stored text → findings. Each extractor is a function Document → findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from foiakit.model import Document, Finding, Settings

Extractor = Callable[[Document, Settings], Iterable[Finding]]


def extractors() -> list[Extractor]:
    """The extractors a run applies, in order. Each module registers itself here."""
    found: list[Extractor] = []
    return found


def extract_document(document: Document, settings: Settings) -> tuple[Finding, ...]:
    findings: list[Finding] = []
    for extractor in extractors():
        findings.extend(extractor(document, settings))
    return tuple(findings)
