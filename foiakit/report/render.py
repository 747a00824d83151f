"""The report as a rich terminal summary, a self-contained HTML page (inline CSS and SVG charts; no scripts, no
network) and Markdown for memos. All three show the same sections, built from one ReportData."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

from foiakit.export.finding_tables import cite
from foiakit.report.documents import DocumentRow
from foiakit.report.paths import middle_cut
from foiakit.report.summary import Citation, Evidence, ReportData

if TYPE_CHECKING:
    from foiakit.report.cited_pages import ReportLinks

SECTIONS = (
    "Corpus",
    "Documents",
    "Vendors",
    "Agencies",
    "Vendor × agency",
    "Prices",
    "NDAs",
    "Capability claims",
    "Withheld",
)


def _shown(shown: int, kind: str, data: ReportData) -> str:
    """ "(top N of M)" when the list was cut at --top (not when repeats were folded into fewer rows)."""
    total = data.totals.get(kind, 0)
    return f" (top {shown} of {total})" if total > shown and shown >= data.top else ""


def _documents_shown(data: ReportData) -> str:
    shown = len(data.documents)
    return f" (first {shown} of {data.documents_total})" if data.documents_total > shown else ""


def _money(amount: float | None) -> str:
    return f"${amount:,.2f}" if amount else ""


def _document_cells(row: DocumentRow) -> list[str]:
    """type, pages, vendor, agency, prices, NDA, claims, withheld: the same cells in every rendering."""
    prices = f"{row.prices}, largest {_money(row.largest_amount)}" if row.prices else ""
    nda = "yes" if row.nda else ""
    claims = str(row.claims or "")
    return [row.type, row.title, str(row.pages), row.vendor or "", row.agency or "", prices, nda, claims, row.withheld]


DOCUMENT_COLUMNS = ("type", "title", "pages", "vendor", "agency", "prices", "NDA", "claims", "withheld in full")
TERMINAL_DOCUMENT_COLUMNS = tuple(c for c in DOCUMENT_COLUMNS if c != "title")  # the title: in HTML and Markdown


# ---------------------------------------------------------------- terminal


def _where(cited: Citation) -> str:
    """A citation for a terminal column: its path cut in the middle, so folder and file name both stay."""
    return cite(middle_cut(cited.file), cited.page, cited.bates)


def render_terminal(data: ReportData, console: Any) -> None:
    from rich.table import Table

    c = data.counts
    console.print(
        f"[bold]Corpus[/]: {c['files']} files, {c['documents']} documents, {c['pages']} pages "
        f"({c['ocr_pages']} OCR'd), {c['messages']} messages, {c['findings']} findings, {c['errors']} errors"
    )
    if data.documents:
        table = Table(title=f"Documents{_documents_shown(data)}", title_justify="left")
        table.add_column("file", no_wrap=True)
        for column in TERMINAL_DOCUMENT_COLUMNS:
            table.add_column(column, overflow="fold", justify="right" if column == "pages" else "left")
        for row in data.documents:
            cells = dict(zip(DOCUMENT_COLUMNS, _document_cells(row), strict=True))
            table.add_row(middle_cut(row.file), *(cells[c] for c in TERMINAL_DOCUMENT_COLUMNS))
        console.print(table)
    for title, rows in (("Vendors", data.vendors), ("Agencies", data.agencies)):
        if not rows:
            continue
        table = Table(title=title, title_justify="left")
        for column in ("name", "mentions", "documents", "first cited"):
            table.add_column(column, no_wrap=column == "first cited")
        for row in rows:
            table.add_row(row.name, str(row.mentions), str(row.documents), _where(row.cited))
        console.print(table)
    if data.pairs:
        pairs = Table(
            title="Vendor × agency (documents naming both on a page, outside boilerplate)", title_justify="left"
        )
        for column in ("vendor", "agency", "documents"):
            pairs.add_column(column)
        for vendor, agency, count in data.pairs:
            pairs.add_row(vendor, agency, str(count))
        console.print(pairs)
    if data.prices:
        table = Table(title="Prices (largest first)", title_justify="left")
        for column in ("amount", "vendor", "agency", "detail", "quote"):
            table.add_column(column, overflow="fold", justify="right" if column == "amount" else "left")
        table.add_column("where", no_wrap=True)
        for e in data.prices:
            table.add_row(e.label, e.vendor or "", e.agency or "", e.detail, e.quote[:160], _where(e.cited))
        console.print(table)
    for title, rows in (("NDAs", data.ndas), ("Capability claims", data.claims)):
        if not rows:
            continue
        table = Table(title=title, title_justify="left", show_lines=False)
        for column in ("what", "detail", "quote"):
            table.add_column(column, overflow="fold")
        table.add_column("where", no_wrap=True)
        for e in rows:
            table.add_row(e.label, e.detail, e.quote[:160], _where(e.cited))
        console.print(table)
    if data.withheld:
        table = Table(title="Withheld (redaction boxes by exemption code)", title_justify="left")
        for column in ("code", "redactions", "pages", "documents"):
            table.add_column(column)
        for w in data.withheld:
            table.add_row(w.code, str(w.redactions), str(w.pages), str(w.documents))
        console.print(table)


# ---------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 Georgia,serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1d1d1d}
h1{font-size:1.7em;margin-bottom:.2em} h2{border-bottom:2px solid #1d1d1d;margin-top:1.8em;font-size:1.25em}
table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}
th,td{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f1f1f1} td.n{text-align:right;font-variant-numeric:tabular-nums}
.quote{font-style:italic;color:#333} .cite{font:12px/1.3 monospace;color:#555}
.cite a{color:#1f4e8c} a.page{white-space:nowrap}
.stats{display:flex;flex-wrap:wrap;gap:1em} .stat{border:1px solid #ccc;padding:.5em 1em;min-width:7em}
.stat b{display:block;font-size:1.5em} svg text{font:11px sans-serif}
@media print{body{margin:0;max-width:none} h2{page-break-after:avoid} tr{page-break-inside:avoid}}
"""


def _bar_chart(items: list[tuple[str, float]], unit: str = "") -> str:
    if not items:
        return "<p>None.</p>"
    bar_height, label_width, bar_width = 18, 220, 380
    values = [f"{unit}{value:,.0f}" for _, value in items]
    # room after the longest bar for the widest value (11 px sans: under 7 px a character), so none is clipped
    width = label_width + bar_width + 12 + 7 * max(len(v) for v in values)
    top = max(v for _, v in items) or 1
    height = bar_height * len(items) + 10
    parts = [f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for i, ((label, value), shown) in enumerate(zip(items, values, strict=True)):
        y = 5 + i * bar_height
        length = max(1, int(bar_width * value / top))
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="0" y="{y + 13}"><title>{escape(label)}</title>{escape(short)}</text>')
        parts.append(f'<rect x="{label_width}" y="{y + 2}" width="{length}" height="{bar_height - 5}" fill="#4a6fa5"/>')
        parts.append(f'<text x="{label_width + 6 + length}" y="{y + 13}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _cite(cited: Citation, links: ReportLinks | None) -> str:
    """A citation as HTML: the text links to the source file at its page; a page picture, when drawn, follows."""
    text = escape(str(cited))
    if links is None:
        return text
    source, image = links.source(cited), links.image(cited)
    out = f"<a href='{escape(source)}'>{text}</a>" if source else text
    return out + (f" <a class='page' href='{escape(image)}'>[page image]</a>" if image else "")


def _evidence_table(rows: list[Evidence], first: str, links: ReportLinks | None = None) -> str:
    if not rows:
        return "<p>None found.</p>"
    body = "".join(
        f"<tr><td>{escape(e.label)}</td><td>{escape(e.detail)}</td><td class='quote'>{escape(e.quote)}</td>"
        f"<td class='cite'>{_cite(e.cited, links)}</td></tr>"
        for e in rows
    )
    return f"<table><tr><th>{first}</th><th>detail</th><th>quote</th><th>file and page</th></tr>{body}</table>"


def render_html(data: ReportData, title: str = "foiakit report", links: ReportLinks | None = None) -> str:
    """The report as one HTML page; with `links`, every citation leads to its source file and page picture."""
    c = data.counts
    stats = "".join(
        f"<div class='stat'><b>{c[k]:,}</b>{label}</div>"
        for k, label in (
            ("documents", "documents"),
            ("pages", "pages"),
            ("ocr_pages", "OCR'd pages"),
            ("messages", "messages"),
            ("findings", "findings"),
            ("errors", "errors"),
        )
    )
    out = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>",
        f"<section id='corpus'><h2>Corpus</h2><div class='stats'>{stats}</div>",
    ]
    if data.months:
        out.append("<h3>Messages per month</h3>" + _bar_chart([(m, float(n)) for m, n in data.months]))
    out.append("</section>")
    if data.documents:
        out.append(_documents_html(data, links))
    for key, title_, rows in (("vendors", "Vendors", data.vendors), ("agencies", "Agencies", data.agencies)):
        body = "".join(
            f"<tr><td>{escape(r.name)}</td><td class='n'>{r.mentions}</td><td class='n'>{r.documents}</td>"
            f"<td class='cite'>{_cite(r.cited, links)}</td></tr>"
            for r in rows
        )
        if not rows:
            continue  # an empty section is left out, not drawn as an empty box
        shown = _shown(len(rows), "vendor" if key == "vendors" else "agency", data)
        out.append(f"<section id='{key}'><h2>{title_}{shown}</h2>")
        out.append(
            "<table><tr><th>name</th><th>mentions</th><th>documents</th><th>first cited</th></tr>"
            + body
            + "</table></section>"
        )
    if data.pairs:
        out.append(
            "<section id='pairs'><h2>Vendor × agency</h2><p>Documents naming both on one page; letterheads,"
            " signatures, templates and lists of vendors left out.</p>" + _matrix(data) + "</section>"
        )
    if data.prices:
        out.append(_prices_html(data, links))
    if data.ndas:
        out.append(f"<section id='ndas'><h2>NDAs</h2>{_evidence_table(data.ndas, 'type', links)}</section>")
    if data.claims:
        out.append(
            f"<section id='claims'><h2>Capability claims{_shown(len(data.claims), 'capability_claim', data)}</h2>"
            f"{_evidence_table(data.claims, 'subject', links)}</section>"
        )
    rows = "".join(
        f"<tr><td>{escape(w.code)}</td><td class='n'>{w.redactions}</td><td class='n'>{w.pages}</td>"
        f"<td class='n'>{w.documents}</td></tr>"
        for w in data.withheld
    )
    if rows:
        out.append(
            "<section id='withheld'><h2>Withheld</h2><table><tr><th>exemption code</th><th>redactions</th>"
            f"<th>pages</th><th>documents</th></tr>{rows}</table></section>"
        )
    out.append(
        "<footer><p class='cite'>Made by foiakit from the store; every row cites file and page. Full tables:"
        " <code>foiakit export KIND</code>.</p></footer></body></html>"
    )
    return "\n".join(out)


def _documents_html(data: ReportData, links: ReportLinks | None) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in ("file", *DOCUMENT_COLUMNS))
    body = []
    for row in data.documents:
        cells = _document_cells(row)
        first = _cite(Citation(row.file, None, None, row.sha256), links)
        body.append(
            f"<tr><td class='cite'>{first}</td>"
            + "".join(
                f"<td class='n'>{escape(cell)}</td>" if column == "pages" else f"<td>{escape(cell)}</td>"
                for column, cell in zip(DOCUMENT_COLUMNS, cells, strict=True)
            )
            + "</tr>"
        )
    return (
        f"<section id='documents'><h2>Documents{_documents_shown(data)}</h2><table><tr>{head}</tr>"
        f"{''.join(body)}</table></section>"
    )


def _prices_html(data: ReportData, links: ReportLinks | None) -> str:
    by_vendor: dict[str, float] = {}
    for e in data.prices:
        if e.vendor and e.amount:
            by_vendor[e.vendor] = max(by_vendor.get(e.vendor, 0.0), e.amount)
    body = "".join(
        f"<tr><td class='n'>{escape(e.label)}</td><td>{escape(e.vendor or '')}</td><td>{escape(e.agency or '')}</td>"
        f"<td>{escape(e.detail)}</td><td class='quote'>{escape(e.quote)}</td><td class='cite'>{_cite(e.cited, links)}"
        "</td></tr>"
        for e in data.prices
    )
    chart = _bar_chart(sorted(by_vendor.items(), key=lambda i: (-i[1], i[0])), "$") if by_vendor else ""
    return (
        f"<section id='prices'><h2>Prices, largest first{_shown(len(data.prices), 'price', data)}</h2>"
        + (f"<h3>Largest amount by vendor</h3>{chart}" if chart else "")
        + "<table><tr><th>amount</th><th>vendor</th><th>agency</th><th>detail</th><th>quote</th>"
        f"<th>file and page</th></tr>{body}</table></section>"
    )


def _matrix(data: ReportData) -> str:
    if not data.pairs:
        return "<p>No document names both a vendor and an agency.</p>"
    vendors = sorted({v for v, _, _ in data.pairs})
    agencies = sorted({a for _, a, _ in data.pairs})
    counts = {(v, a): n for v, a, n in data.pairs}
    top = max(counts.values())
    head = "".join(f"<th>{escape(a)}</th>" for a in agencies)
    body = []
    for vendor in vendors:
        cells = []
        for agency in agencies:
            n = counts.get((vendor, agency), 0)
            shade = int(235 - 150 * n / top) if n else 255
            cells.append(
                f"<td class='n' style='background:rgb({shade},{shade + 10 if shade < 245 else 255},255)'>{n or ''}</td>"
            )
        body.append(f"<tr><th>{escape(vendor)}</th>{''.join(cells)}</tr>")
    return f"<table><tr><th>vendor \\ agency (documents)</th>{head}</tr>{''.join(body)}</table>"


# ---------------------------------------------------------------- Markdown


_MD_SPECIAL = re.compile(r"([\\`\[\]|])")  # escaped brackets make no link or image; | keeps the table
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _md(text: str) -> str:
    """A document's words as Markdown text, never markup: HTML is escaped (`<script>`, `<img onerror=…>` would
    run in viewers that render Markdown as HTML), brackets, backticks and bars are backslashed (no links,
    images or code from a quote), control characters go, and a cell stays on one line."""
    text = _CONTROL.sub("", text.replace("\n", " ").replace("\r", " "))
    return _MD_SPECIAL.sub(r"\\\1", escape(text, quote=False))


def render_markdown(data: ReportData, title: str = "foiakit report") -> str:
    c = data.counts
    lines = [
        f"# {title}",
        "",
        "## Corpus",
        "",
        f"{c['files']} files, {c['documents']} documents, {c['pages']} pages ({c['ocr_pages']} OCR'd), "
        f"{c['messages']} messages, {c['findings']} findings, {c['errors']} errors.",
        "",
    ]
    if data.documents:
        lines += [f"## Documents{_documents_shown(data)}", "", "| file | " + " | ".join(DOCUMENT_COLUMNS) + " |"]
        lines += ["| --- | --- | --- | ---: |" + " --- |" * (len(DOCUMENT_COLUMNS) - 3)]
        lines += [
            "| " + " | ".join(_md(cell) for cell in (row.file, *_document_cells(row))) + " |" for row in data.documents
        ]
        lines.append("")
    for title_, rows in (("Vendors", data.vendors), ("Agencies", data.agencies)):
        if not rows:
            continue
        lines += [f"## {title_}", "", "| name | mentions | documents | first cited |", "| --- | ---: | ---: | --- |"]
        lines += [f"| {_md(r.name)} | {r.mentions} | {r.documents} | {_md(str(r.cited))} |" for r in rows]
        lines.append("")
    if data.pairs:
        lines += ["## Vendor × agency", "", "| vendor | agency | documents |", "| --- | --- | ---: |"]
        lines += [f"| {_md(v)} | {_md(a)} | {n} |" for v, a, n in data.pairs]
        lines.append("")
    if data.prices:
        lines += ["## Prices", "", "| amount | vendor | agency | detail | quote | where |"]
        lines += ["| ---: | --- | --- | --- | --- | --- |"]
        lines += [
            f"| {_md(e.label)} | {_md(e.vendor or '')} | {_md(e.agency or '')} | {_md(e.detail)} | {_md(e.quote)} "
            f"| {_md(str(e.cited))} |"
            for e in data.prices
        ]
        lines.append("")
    for title_, rows in (("NDAs", data.ndas), ("Capability claims", data.claims)):
        if not rows:
            continue
        lines += [f"## {title_}", "", "| what | detail | quote | where |", "| --- | --- | --- | --- |"]
        lines += [f"| {_md(e.label)} | {_md(e.detail)} | {_md(e.quote)} | {_md(str(e.cited))} |" for e in rows]
        lines.append("")
    if data.withheld:
        lines += [
            "## Withheld",
            "",
            "| exemption code | redactions | pages | documents |",
            "| --- | ---: | ---: | ---: |",
        ]
        lines += [f"| {_md(w.code)} | {w.redactions} | {w.pages} | {w.documents} |" for w in data.withheld]
    return "\n".join(lines) + "\n"
