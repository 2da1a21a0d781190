"""Journal benchmark: a year of the large demo (issue 13, Performance).

    python benchmarks/bench_journal.py [--runs 9] [--db LARGE.db]

On the large demo (500 customers, ~10,000 sales, ~60,000 activities; built here when --db is
not given), in one offscreen process:

* **service, a year**: ``services.journal.journal`` for the 365 days up to the demo's today
  (~18,600 entries with their totals). Budget ≤ 50 ms.
* **service, every row read**: the same year with all its rows read, as ``salesplanner
  journal`` prints them (the pane reads only the pages it shows). No budget.
* **service, filtered**: the same year by type, by customer and by a part of the outcome.
* **pane open**: ``JournalPane(ctx)`` built, loaded and painted once. Budget ≤ 50 ms.
* **pane filter**: the pane's type filter changed (query, model reset, totals) and repainted.
  Budget ≤ 50 ms.

Prints each median, the 90th percentile and the ratio median / budget (≤ 1.0 passes); exits 1
when a budget is missed. Each line also gives the median CPU time the process spent (on a
machine shared with other work, the wall-clock time grows with the load and the CPU time does
not; the load average is printed at the start and the end).
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


Samples = tuple[list[float], list[float]]  # (wall-clock ms, CPU ms) per run


def _stats(name: str, samples: Samples, budget: float | None) -> bool:
    wall, cpu = samples
    med = statistics.median(wall)
    p90 = sorted(wall)[max(0, int(len(wall) * 0.9) - 1)]
    cpu_med = statistics.median(cpu)
    record(name + " (cpu)", cpu_med, "ms")
    if budget is None:
        record(name, med, "ms")
        print(f"{name:<34} median {med:7.2f} ms  p90 {p90:7.2f} ms  cpu {cpu_med:7.2f} ms")
        return True
    ratio = med / budget
    record(name, med, "ms", ratio=ratio, target=1.0, on="ratio")
    print(
        f"{name:<34} median {med:7.2f} ms  p90 {p90:7.2f} ms  cpu {cpu_med:7.2f} ms  "
        f"budget {budget:5.1f} ms  ratio {ratio:4.2f}  {'ok' if ratio <= 1 else 'OVER'}"
    )
    return ratio <= 1


def _timed(fn, runs: int) -> Samples:
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", type=Path, help="a large demo plan (built when not given)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from salesplanner.services import journal as svc
    from salesplanner.store import Store

    if args.db is None:
        from salesplanner.services.demo import write_demo

        args.db = Path(tempfile.mkdtemp()) / "large.db"
        write_demo(args.db, scale="large", today=TODAY)
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    store = Store.open(args.db)
    year = TODAY - dt.timedelta(days=364), TODAY
    ok = True
    found = svc.journal(store, *year)
    print(f"a year: {found.count:,} entries, sales {found.sales_wan:.2f}万")
    ok &= _stats("service: a year", _timed(lambda: svc.journal(store, *year), args.runs), BUDGET_MS)
    every = _timed(lambda: svc.journal(store, *year).every_entry(), args.runs)
    _stats("service: a year, every row read", every, None)  # what the command line reads
    name = found.entries[0].customer
    for label, filters in (
        ("service: a year of visits", {"type": "visit"}),
        ("service: a year of one customer", {"customer": name}),
        ("service: a year, outcome 有兴趣", {"outcome": "有兴趣"}),
    ):
        samples = _timed(lambda f=filters: svc.journal(store, *year, **f), args.runs)
        ok &= _stats(label, samples, BUDGET_MS)

    from PySide6.QtWidgets import QApplication

    from salesplanner.ui.context import AppContext
    from salesplanner.ui.journal.pane import JournalPane

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store)
    opened: Samples = ([], [])
    pane = None
    for _ in range(args.runs):
        if pane is not None:
            pane.close()
            pane.deleteLater()
            app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        pane = JournalPane(ctx)  # the year up to today (the demo's last days included)
        pane.resize(1280, 760)
        pane.show()
        pane.repaint()
        app.processEvents()
        opened[0].append((time.perf_counter() - t0) * 1000)
        opened[1].append((time.process_time() - c0) * 1000)
    ok &= _stats("pane open + first paint", opened, BUDGET_MS)
    assert pane is not None

    codes = [None, "visit", "followup", "phone"]
    state = {"i": 0}

    def filter_once() -> None:
        state["i"] += 1
        pane.type_combo.setCurrentIndex(pane.type_combo.findData(codes[state["i"] % len(codes)]))
        pane.repaint()

    ok &= _stats("pane filter + repaint", _timed(filter_once, args.runs), BUDGET_MS)
    store.close()
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
