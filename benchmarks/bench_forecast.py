"""Forecast benchmark: the Monte Carlo at the size of a busy rep.

    python benchmarks/bench_forecast.py [--runs 10000] [--repeat 7]

2,000 open deals, 20,000 closed deals and 52 past weeks of new business; ``forecast()`` of a
quarter (as of 20 January) with its three months as sub-periods and 10,000 runs. Budget:
median ≤ 100 ms. For the machine's speed the same run also times a baseline: one plain
``numpy`` uniform draw of runs × open deals (float64), the least a deal-by-deal simulation of
every deal has to do. Also timed: the forecast with every deal simulated one by one (no
normal sum for the small ones), and how far its P10/P50/P90 and odds are from the default's.
Prints medians and ratios; exits 1 over budget.
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

from figures import emit, record

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
    # Tiers around the likely result (P50 ≈ 44.6 M yuan), so the odds are not all 0 or 1.
    targets = [Decimal(43_000_000), Decimal(44_500_000), Decimal(46_000_000)]
    months = [
        fc.SubPeriod(start, dt.date(2026, 1, 31), (Decimal(14_000_000),), Decimal(1_500_000)),
        fc.SubPeriod(dt.date(2026, 2, 1), dt.date(2026, 2, 28), (Decimal(15_000_000),)),
        fc.SubPeriod(dt.date(2026, 3, 1), end, (Decimal(15_000_000),)),
    ]
    return fc.ForecastInputs(
        start,
        end,
        targets,
        Decimal(1_500_000),
        deals,
        history,
        weeks,
        as_of=dt.date(2026, 1, 20),
        sub_periods=months,
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
    cap = fc.EXACT_CELLS
    fc.EXACT_CELLS = 10**12
    exact_samples = _time(lambda: fc.forecast(inputs, runs=args.runs, seed=8), 3)
    e = fc.forecast(inputs, runs=args.runs, seed=8)
    fc.EXACT_CELLS = cap
    ex_med = statistics.median(exact_samples)
    print(
        f"open {len(inputs.open_deals)}, closed {len(inputs.history)}, runs {args.runs}, "
        f"{len(inputs.sub_periods)} sub-periods, {max(fc.EXACT_MIN_DEALS, cap // args.runs)} "
        f"deals one by one"
    )
    print(f"chances {[round(c, 3) for c in f.chances]}  P10/P50/P90 {f.p10} / {f.p50} / {f.p90}")
    print(f"  months: {[[round(c, 3) for c in s.chances] for s in f.subs]}")
    print(
        f"all deals one by one: chances {[round(c, 3) for c in e.chances]}  "
        f"P10/P50/P90 {e.p10} / {e.p50} / {e.p90}"
    )
    spread = float(e.p90 - e.p10)
    gaps = [abs(float(a - b)) / spread for a, b in ((f.p10, e.p10), (f.p50, e.p50), (f.p90, e.p90))]
    print(
        f"  quantile gaps / (P90-P10): {[round(g, 3) for g in gaps]}; chance gaps "
        f"{[round(abs(a - b), 3) for a, b in zip(f.chances, e.chances, strict=True)]}"
    )
    print(f"baseline numpy draw {args.runs}x{len(inputs.open_deals)}  median {base:7.1f} ms")
    print(
        f"all deals one by one           median {ex_med:7.1f} ms  x baseline {ex_med / base:4.2f}"
    )
    print(
        f"forecast()                     median {med:7.1f} ms  min {min(samples):7.1f} ms  "
        f"budget {BUDGET_MS:.0f} ms  x baseline {med / base:4.2f}  "
        f"{'ok' if med <= BUDGET_MS else 'OVER'}"
    )
    record("forecast() 10,000 runs", med, "ms", ratio=med / base, target=BUDGET_MS)
    record("all deals one by one", ex_med, "ms", ratio=ex_med / base)
    emit()
    return 0 if med <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
