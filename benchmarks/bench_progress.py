"""Progress and Customers benchmark on the large demo database.

    python benchmarks/bench_progress.py [--db LARGE.db] [--runs 30]

Measures, in one offscreen process:

* **progress**: ``ProgressPane.reload()`` — recompute progress, diagnosis, catch-up plan and
  options, target review through the services (SQL aggregates), feed the three charts and the
  metric table — plus a forced repaint of the charts. Budget: median ≤ 50 ms.
* **sort**: the customers table (about 500 rows) sorted by a column through the view's proxy,
  alternating columns and directions. Budget: median ≤ 16 ms.

Prints each median, the 90th percentile and the ratio median / budget (≤ 1.0 passes); exits 1
when a budget is missed. Builds the large demo database first when --db is not given.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROGRESS_BUDGET_MS = 50.0
SORT_BUDGET_MS = 16.0


def _stats(name: str, samples: list[float], budget: float) -> bool:
    med = statistics.median(samples)
    p90 = sorted(samples)[int(len(samples) * 0.9) - 1]
    ratio = med / budget
    record(name, med, "ms", ratio=ratio, target=1.0, on="ratio")
    print(
        f"{name:<34} median {med:7.2f} ms  p90 {p90:7.2f} ms  budget {budget:5.1f} ms  "
        f"ratio {ratio:4.2f}  {'ok' if ratio <= 1 else 'OVER'}"
    )
    return ratio <= 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="large demo database (built when missing)")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    db = args.db
    if db is None or not db.exists():
        from salesplanner.services.demo import write_demo

        db = db or Path(tempfile.mkdtemp()) / "large.db"
        started = time.perf_counter()
        write_demo(db, scale="large")
        print(f"built {db} in {time.perf_counter() - started:.1f} s")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    store = Store.open(db)
    ctx = AppContext(store)
    counts = {
        t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("customers", "deals", "activities", "time_blocks")
    }
    print("data:", ", ".join(f"{n} {t}" for t, n in counts.items()))

    from salesplanner.ui.customers.pane import CustomersPane
    from salesplanner.ui.progress.pane import ProgressPane

    ok = True
    for kind_index, kind in ((1, "month"), (2, "goal")):
        pane = ProgressPane(ctx)
        pane.resize(1280, 760)
        pane.show()
        pane.period_combo.setCurrentIndex(kind_index)
        app.processEvents()
        charts = [pane.cumulative.widget, pane.weekly.widget, pane.funnel.widget]
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            pane.reload()
            for w in charts:
                w.repaint()
            samples.append((time.perf_counter() - start) * 1000)
        ok &= _stats(f"progress recompute + redraw ({kind})", samples, PROGRESS_BUDGET_MS)
        pane.close()

    customers = CustomersPane(ctx)
    customers.resize(1280, 760)
    customers.show()
    app.processEvents()
    rows = customers.proxy.rowCount()
    samples = []
    columns = [3, 1, 8, 9, 0, 5, 7]
    for i in range(args.runs):
        column = columns[i % len(columns)]
        order = Qt.SortOrder.AscendingOrder if i % 2 else Qt.SortOrder.DescendingOrder
        start = time.perf_counter()
        customers.table.sortByColumn(column, order)
        samples.append((time.perf_counter() - start) * 1000)
    ok &= _stats(f"customers sort ({rows} rows)", samples, SORT_BUDGET_MS)
    store.close()
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 and pyqtgraph objects destroyed in GC order can abort
    # at exit, which would hide the exit code.
    os._exit(code)
