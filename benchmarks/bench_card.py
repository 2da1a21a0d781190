"""Customer card benchmark: the card with its timeline on the large demo (issue 13, Performance).

    python benchmarks/bench_card.py [--runs 9] [--db LARGE.db]

On the large demo (500 customers, ~10,000 sales, ~60,000 activities; built here when --db is
not given), in one offscreen process:

* **baseline**: ``services.progress.customer_analysis`` — the 80/20 ranking the Customers pane
  reads on every reload, measured in the same run; the card's figures are also given as a
  ratio to it, so a slow machine and a slow card can be told apart.
* **service**: ``services.customers.card`` (facts, class and rank, contacts, timeline) of the
  customer with the longest timeline and of the median one.
* **window open**: ``CustomerCard(ctx, id)`` built, loaded, shown and painted once, for the same
  two customers. Budget ≤ 50 ms.

Prints each median, the 90th percentile, the ratio to the budget (≤ 1.0 passes) and to the
baseline, and the load average; exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 27)
BUDGET_MS = 50.0


def _timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def _stats(name: str, samples: list[float], budget: float | None, baseline: float) -> bool:
    med = statistics.median(samples)
    p90 = sorted(samples)[max(0, int(len(samples) * 0.9) - 1)]
    vs = med / baseline if baseline else 0.0
    if budget is None:
        record(name, med, "ms")
        print(f"{name:<40} median {med:7.2f} ms  p90 {p90:7.2f} ms  × baseline {vs:4.2f}")
        return True
    ratio = med / budget
    record(name, med, "ms", ratio=ratio, target=1.0, on="ratio")
    print(
        f"{name:<40} median {med:7.2f} ms  p90 {p90:7.2f} ms  budget {budget:4.0f} ms  "
        f"ratio {ratio:4.2f} {'ok' if ratio <= 1 else 'OVER'}  × baseline {vs:4.2f}"
    )
    return ratio <= 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", type=Path, help="a large demo plan (built when not given)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from salesplanner.services import customers as svc
    from salesplanner.services.progress import customer_analysis
    from salesplanner.store import Store

    if args.db is None:
        from salesplanner.services.demo import write_demo

        args.db = Path(tempfile.mkdtemp()) / "large.db"
        write_demo(args.db, scale="large", today=TODAY)
    store = Store.open(args.db)
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    sizes = sorted(
        (len(svc.card(store, cid, TODAY).timeline), cid)
        for (cid,) in store.execute("SELECT id FROM customers")
    )
    longest, median = sizes[-1], sizes[len(sizes) // 2]
    print(
        f"{len(sizes)} customers; longest timeline {longest[0]:,} entries (#{longest[1]}), "
        f"median {median[0]:,} (#{median[1]})"
    )
    base = _timed(lambda: customer_analysis(store, TODAY), args.runs)
    baseline = statistics.median(base)
    _stats("baseline: customer_analysis (80/20)", base, None, baseline)
    ok = True
    for label, (_n, cid) in (("longest", longest), ("median", median)):
        samples = _timed(lambda c=cid: svc.card(store, c, TODAY), args.runs)
        ok &= _stats(f"service: card, {label} timeline", samples, BUDGET_MS, baseline)

    from PySide6.QtWidgets import QApplication

    from salesplanner.ui.context import AppContext
    from salesplanner.ui.customers.card import CustomerCard
    from salesplanner.ui.week import clock

    clock.today = lambda: TODAY  # type: ignore[assignment] - the demo's today
    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store)
    CustomerCard(ctx, median[1]).deleteLater()  # imports and first-use caches out of the way
    app.processEvents()
    for label, (_n, cid) in (("longest", longest), ("median", median)):
        opened = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            card = CustomerCard(ctx, cid)
            card.show()
            card.repaint()
            app.processEvents()
            opened.append((time.perf_counter() - t0) * 1000)
            card.close()
            card.deleteLater()
            app.processEvents()
        ok &= _stats(f"window open + paint, {label} timeline", opened, BUDGET_MS, baseline)
    store.close()
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
