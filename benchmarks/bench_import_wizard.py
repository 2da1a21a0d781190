"""How long the import wizard stalls the UI thread while it opens a large workbook (not a unit
test).

    .venv/bin/python benchmarks/bench_import_wizard.py [--rows 100000] [--repeat 3]

A 10 ms QTimer records when it fires while the wizard goes from the file page to the sheet
page (reading the sheet, finding the header, mapping the columns) and then to the mapping
page (the preview). The longest gap between two ticks is the longest time the window could
not repaint or react. Target: no gap much over a frame budget (≤ 100 ms; a gap of the
reading itself, ~0.5 s for 100,000 rows, is a freeze).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_import import make_sales_workbook  # noqa: E402


def stalls(book: Path) -> tuple[float, float, float]:
    """(max gap while opening the file, max gap while showing the mapping page, seconds to open)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext
    from salesplanner.ui.dialogs.import_wizard import ImportWizard

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(Store.memory())
    wizard = ImportWizard(ctx, book)
    wizard.show_error = lambda message: sys.exit(message)
    wizard.show()
    app.processEvents()
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))

    def run(step, done) -> tuple[float, float]:
        ticks.clear()
        clock.start()
        timer.start()
        t0 = time.perf_counter()
        step()
        while not done():
            app.processEvents()
            time.sleep(0.001)
        took = time.perf_counter() - t0
        end = clock.elapsed()
        app.processEvents()
        timer.stop()
        marks = [0, *ticks, end]
        return max(b - a for a, b in zip(marks, marks[1:], strict=False)) / 1000, took

    open_gap, took = run(wizard.next, lambda: wizard.currentPage() is wizard.sheet_page)
    map_gap, _ = run(wizard.next, lambda: wizard.currentPage() is wizard.mapping_page)
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
    ctx.store.close()
    return open_gap, map_gap, took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    book = Path(tempfile.mkdtemp(prefix="sp-bench-")) / "sales.xlsx"
    make_sales_workbook(book, args.rows)
    runs = [stalls(book) for _ in range(args.repeat)]
    for i, (open_gap, map_gap, took) in enumerate(runs, 1):
        print(
            f"run {i}: open {took * 1000:.0f} ms; "
            f"longest UI stall while opening {open_gap * 1000:.0f} ms, "
            f"while showing the mapping page {map_gap * 1000:.0f} ms"
        )
    print(
        f"{args.rows:,} rows: longest UI stall while opening, median of {args.repeat}: "
        f"{statistics.median(r[0] for r in runs) * 1000:.0f} ms "
        f"(max {max(r[0] for r in runs) * 1000:.0f} ms)"
    )
    stall = statistics.median(r[0] for r in runs) * 1000
    record("import wizard: longest UI stall", stall, "ms", target=100)
    emit()


if __name__ == "__main__":
    main()
