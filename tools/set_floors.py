"""Print the floors of tests/test_eval_set.py at the figures `make eval` measures now (rounded down to two
decimals). Paste them in when the figures rose; never lower a floor without saying why in the CHANGELOG.

    python tools/set_floors.py
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from foiakit.evaluation.evalset import evaluate_set, load_set
from foiakit.model import Settings

EVAL = Path(__file__).resolve().parents[1] / "eval"
KINDS = ("vendor", "agency", "price", "nda", "capability_claim", "exemption", "redaction", "date", "emails")


def down(value: float) -> float:
    return math.floor(value * 100) / 100


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="foiakit-eval-") as work:
        results = {r.name: r.scores for r in evaluate_set(load_set(EVAL), Path(work), Settings(), without_lists=True)}
    print("FLOORS: dict[str, dict[str, tuple[str, float]]] = {")
    for fold in ("test", "test without lists", "dev"):
        print(f'    "{fold}": {{')
        for kind in KINDS if fold != "test without lists" else ("vendor", "agency"):
            score = results[fold][kind]
            print(f'        "{kind}": ("f1", {down(score.micro.f1)}),')
            print(f'        "{kind}:macro": ("macro_f1", {down(score.macro()[2])}),')
        price = results[fold]["price"]
        if fold != "test without lists" and price.tieable:
            print(f'        "price:vendor": ("vendor_tied", {down(price.tied / price.tieable)}),')
        print("    },")
    print("}")


if __name__ == "__main__":
    main()
