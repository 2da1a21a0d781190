"""Forecast benchmark: the Monte Carlo at the size of a busy rep.

    python benchmarks/bench_forecast.py [--runs 10000] [--repeat 7]

2,000 open deals, 20,000 closed deals and 52 past weeks of new business; ``forecast()`` with
10,000 runs. Budget: median ≤ 100 ms. For the machine's speed the same run also times a
baseline: one plain ``numpy`` uniform draw of runs × open deals (float64), the least any
per-deal simulation has to do. Prints both medians and their ratio; exits 1 over budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesplanner.domain import forecast as fc  # noqa: E402

BUDGET_MS = 100.0


def _inputs() -> fc.ForecastInputs:
    rnd = random.Random(1)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 3, 31)

    def day(lo, hi):
        return start + dt.timedelta(days=rnd.randint(lo, hi))

    deals = [
        fc.OpenDeal(
            Decimal(rnd.randint(1, 200) * 1000),
            rnd.choice((0.1, 0.2, 0.4, 0.6, 0.8)),
            day(-20, 150),
        )
        for _ in range(2000)
    ]
    history = []
    for _ in range(20000):
        expected = day(-700, -1)
        won = rnd.random() < 0.35
        amount = Decimal(rnd.randint(1, 200) * 1000)
        closed = expected + dt.timedelta(days=rnd.randint(-10, 40))
        final = (
            (amount * Decimal(rnd.uniform(0.6, 1.3))).quantize(Decimal(1)) if won else Decimal(0)
        )
        history.append(
            fc.ClosedDeal(closed - dt.timedelta(days=60), closed, amount, final, expected, won)
        )
    weeks = [Decimal(rnd.randint(0, 80000)) for _ in range(52)]
    targets = [Decimal(8_000_000), Decimal(10_000_000), Decimal(12_000_000)]
    return fc.ForecastInputs(
        start, end, targets, Decimal(1_500_000), deals, history, weeks, as_of=dt.date(2026, 1, 20)
    )


def _time(fn, repeat: int) -> list[float]:
    fn()  # warm up (imports numpy)
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    import numpy as np

    inputs = _inputs()
    rng = np.random.default_rng(0)
    base = statistics.median(
        _time(lambda: rng.random((args.runs, len(inputs.open_deals))), args.repeat)
    )
    samples = _time(lambda: fc.forecast(inputs, runs=args.runs, seed=7), args.repeat)
    med = statistics.median(samples)
    f = fc.forecast(inputs, runs=args.runs, seed=7)
    print(f"open {len(inputs.open_deals)}, closed {len(inputs.history)}, runs {args.runs}")
    print(f"chances {[round(c, 3) for c in f.chances]}  P10/P50/P90 {f.p10} / {f.p50} / {f.p90}")
    print(f"baseline numpy draw {args.runs}x{len(inputs.open_deals)}  median {base:7.1f} ms")
    print(
        f"forecast()                     median {med:7.1f} ms  min {min(samples):7.1f} ms  "
        f"budget {BUDGET_MS:.0f} ms  x baseline {med / base:4.2f}  "
        f"{'ok' if med <= BUDGET_MS else 'OVER'}"
    )
    return 0 if med <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
