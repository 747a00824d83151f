"""Scores as text: one table per fold (micro and macro side by side), and the misses worth reading."""

from __future__ import annotations

from foiakit.evaluation.score import KindScore, Miss

HEADER = f"{'kind':<17}{'P':>6}{'R':>6}{'F1':>6} |{'mP':>6}{'mR':>6}{'mF1':>6} |{'tp':>6}{'fp':>6}{'fn':>6}{'docs':>6}"


def score_table(title: str, scores: dict[str, KindScore]) -> str:
    """A fold's table: micro precision/recall/F1, then macro (mean over documents), then counts."""
    lines = [title, HEADER]
    for kind, score in scores.items():
        m = score.micro
        mp, mr, mf = score.macro()
        lines.append(
            f"{kind:<17}{m.precision:>6.2f}{m.recall:>6.2f}{m.f1:>6.2f} |{mp:>6.2f}{mr:>6.2f}{mf:>6.2f} |"
            f"{m.tp:>6}{m.fp:>6}{m.fn:>6}{len(score.documents):>6}"
        )
    price = scores.get("price")
    if price is not None and price.tieable:
        lines.append(
            f"prices tied to the gold's vendor: {price.tied}/{price.tieable} = {price.tied / price.tieable:.2f}"
        )
    return "\n".join(lines)


def miss_lines(scores: dict[str, KindScore], limit: int) -> list[str]:
    """Up to `limit` misses, false finds and wrong vendors per kind, each with file, page and quote."""
    lines = []
    for kind, score in scores.items():
        for what in ("miss", "false", "vendor"):
            chosen = [m for m in score.misses if m.what == what][:limit]
            lines.extend(f"  {kind:<16} {what:<6} {_place(m)}  {m.item}{_quote(m)}" for m in chosen)
    return lines


def _place(miss: Miss) -> str:
    return f"{miss.file}" + (f" p.{miss.page}" if miss.page is not None else "")


def _quote(miss: Miss) -> str:
    quote = " ".join(miss.quote.split())
    return f'  "{quote}"' if quote and quote != miss.item else ""


def markdown_table(folds: dict[str, dict[str, KindScore]]) -> str:
    """Folds side by side as a Markdown table (micro F1 and macro F1 per fold; micro P/R of the first)."""
    names = list(folds)
    first = names[0]
    head = f"| kind | {first} P | {first} R | " + " | ".join(f"{n} F1 (micro / macro)" for n in names) + " |"
    lines = [head, "|" + " --- |" * (3 + len(names))]
    for kind in folds[first]:
        base = folds[first][kind].micro
        cells = []
        for name in names:
            score = folds[name][kind]
            cells.append(f"{score.micro.f1:.2f} / {score.macro()[2]:.2f}")
        lines.append(f"| {kind} | {base.precision:.2f} | {base.recall:.2f} | " + " | ".join(cells) + " |")
    price = folds[first].get("price")
    if price is not None and price.tieable:
        lines.append("")
        share = price.tied / price.tieable
        lines.append(f"Prices tied to the right vendor ({first}): {price.tied}/{price.tieable} = {share:.2f}.")
    return "\n".join(lines)
