"""Messages per second: a generated 10,000-message mbox (native, streamed) and printed-email PDFs (text layer).

    .venv/bin/python tools/bench_messages.py [--messages 10000] [--pdfs 20]

`bench_messages()` is what `make bench` calls; it returns the figures and prints one line each.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from foiakit.ingest import ingest
from foiakit.ingest.discover import discover
from foiakit.model import Settings

SENDERS = (
    ("Whitfield, Dana", "dana.whitfield@stratusvision.example"),
    ("Ocampo, Raymond", "raymond.ocampo@marrowridgesheriff.gov"),
    ("Lindqvist, Howard", "howard.lindqvist@marrowridgesheriff.gov"),
)
BODY = (
    "Ray, following up on the pilot pricing for the patrol rollout. The annual license stays at $48,000 for "
    "up to 120 users, with onboarding and booking-photo import included. Let me know if the board needs the "
    "signed NDA before the demo on the 14th.\n"
)


@dataclass(frozen=True, slots=True)
class BenchResult:
    name: str
    messages: int
    seconds: float
    peak_rss_growth_mb: float

    @property
    def per_second(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"{self.name}: {self.messages} messages in {self.seconds:.2f} s = {self.per_second:,.0f} messages/s"
            f" (peak RSS growth {self.peak_rss_growth_mb:.1f} MB)"
        )


def write_mbox(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(1, count + 1):
            name, address = SENDERS[i % len(SENDERS)]
            to_name, to_address = SENDERS[(i + 1) % len(SENDERS)]
            handle.write(
                f'From {address} Mon Mar  5 16:02:00 2018\nFrom: "{name}" <{address}>\n'
                f'To: "{to_name}" <{to_address}>\nDate: Mon, {1 + i % 28} Mar 2018 {i % 24:02d}:{i % 60:02d}:00 -0500\n'
                f"Subject: RE: Stratus pilot pricing ({i})\nMessage-ID: <{i}@stratusvision.example>\n"
                f"In-Reply-To: <{max(1, i - 1)}@stratusvision.example>\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                f"{BODY}\n"
            )


def printed_thread_lines(replies: int) -> list[str]:
    lines: list[str] = []
    for i in range(replies):
        name, address = SENDERS[i % len(SENDERS)]
        to_name, _ = SENDERS[(i + 1) % len(SENDERS)]
        if i:
            lines.append("-----Original Message-----")
        lines += [
            f"From: {name} [mailto:{address}]",
            f"Sent: Tuesday, March {6 - i % 5}, 2018 10:{14 + i:02d} AM",
            f"To: {to_name}",
            "Subject: RE: Stratus Recognize rollout to patrol",
            "",
            *BODY.strip().split(". "),
            "",
        ]
    return lines


def write_printed_pdf(path: Path, replies: int) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = 740.0
    for line in printed_thread_lines(replies):
        if y < 60:
            pdf.showPage()
            y = 740.0
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(name: str, folder: Path, work: Path) -> BenchResult:
    sources = discover([folder], work).files
    settings = Settings(work_dir=work)
    rss_before = _peak_rss_mb()
    started = time.perf_counter()
    count = sum(len(ingest(source, settings).messages) for source in sources)
    seconds = time.perf_counter() - started
    return BenchResult(name, count, seconds, _peak_rss_mb() - rss_before)


def bench_messages(messages: int = 10_000, pdfs: int = 20, replies: int = 5) -> list[BenchResult]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "mbox").mkdir()
        write_mbox(root / "mbox" / "bench.mbox", messages)
        results.append(_timed(f"mbox ({messages:,} messages, streamed)", root / "mbox", root / "work"))
        (root / "printed").mkdir()
        for index in range(pdfs):
            write_printed_pdf(root / "printed" / f"thread-{index:03d}.pdf", replies)
        results.append(_timed(f"printed-email PDFs ({pdfs} x {replies} messages)", root / "printed", root / "work"))
    for result in results:
        print(result.line())
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--pdfs", type=int, default=20)
    args = parser.parse_args()
    bench_messages(args.messages, args.pdfs)


if __name__ == "__main__":
    main()
