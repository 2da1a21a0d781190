"""Week calendar benchmark on the large demo database, with a week holding 200 blocks.

    python benchmarks/bench_week.py [--db LARGE.db] [--runs 40]

Measures, in one offscreen process (a copy of the database; the original is not written):

* **switch**: ``WeekPane.go_to_date`` to the other week (the week's blocks, targets, logged
  counts, holidays and capacity from the store) plus the repaint it asks for (the calendar,
  the capacity panel, the title; flushed at once), alternating between the 200-block week and
  a demo week. Budget: median ≤ 16 ms (one frame).
* **switch + full pane repaint**: the same with a forced repaint of every widget of the pane
  (reminder list, buttons, scroll areas too; the worst case).
* **drag**: one mouse-move of a block being dragged across the calendar (hit-test, snapping,
  the preview) plus the repaint it asks for, flushed at once. Budget: median ≤ 16 ms.
* **drag (full repaint)**: the same with a repaint of the whole calendar (the worst case).

Prints each median, the 90th percentile and the ratio median / budget (≤ 1.0 passes); exits 1
when a budget is missed. Builds the large demo database first when --db is not given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MS = 16.0
BLOCKS = 200


def _stats(name: str, samples: list[float], budget: float = BUDGET_MS) -> bool:
    med = statistics.median(samples)
    p90 = sorted(samples)[max(0, int(len(samples) * 0.9) - 1)]
    ratio = med / budget
    record(name, med, "ms", ratio=ratio, target=1.0, on="ratio")
    print(
        f"{name:<28} median {med:7.2f} ms  p90 {p90:7.2f} ms  budget {budget:5.1f} ms  "
        f"ratio {ratio:4.2f}  {'ok' if ratio <= 1 else 'OVER'}"
    )
    return ratio <= 1


def _fill_week(store, monday: dt.date, n: int) -> None:
    """``n`` blocks of 15 minutes on the week's weekdays (08:00-18:00, 40 a day), customers set."""
    codes = ["visit", "phone", "followup", "proposal", "negotiation", "learning", "admin", "event"]
    customers = [r[0] for r in store.execute("SELECT id FROM customers ORDER BY id LIMIT 50")]
    rows = []
    for i in range(n):
        day = monday + dt.timedelta(days=(i // 40) % 5)
        start = 8 * 60 + (i % 40) * 15
        rows.append(
            (
                day.isoformat(),
                start,
                start + 15,
                codes[i % len(codes)],
                customers[i % len(customers)] if customers else None,
                f"note {i}",
                i % 3,
            )
        )
    with store.transaction():
        store.execute(
            "DELETE FROM time_blocks WHERE date BETWEEN ? AND ?",
            (monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()),
        )
        store.conn.executemany(
            "INSERT INTO time_blocks(date, start_min, end_min, activity_code, customer_id, note, "
            "planned_count) VALUES (?,?,?,?,?,?,?)",
            rows,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="large demo database (built when missing)")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    db = args.db
    if db is None or not db.exists():
        from salesplanner.services.demo import write_demo

        db = db or Path(tempfile.mkdtemp()) / "large.db"
        started = time.perf_counter()
        write_demo(db, scale="large")
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    work = Path(tempfile.mkdtemp()) / "bench-week.db"
    shutil.copy(db, work)

    from PySide6.QtCore import QEvent, QObject, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from salesplanner.domain.calendar import week_start
    from salesplanner.store import Store
    from salesplanner.ui.context import AppContext
    from salesplanner.ui.week.pane import WeekPane

    app = QApplication.instance() or QApplication([])
    store = Store.open(work)
    this_monday = week_start(dt.date.today())
    busy = this_monday  # the 200-block week
    other = this_monday - dt.timedelta(days=7)  # a demo week (template blocks)
    _fill_week(store, busy, BLOCKS)
    counts = {
        t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("customers", "deals", "activities", "time_blocks")
    }
    print(
        "data:",
        ", ".join(f"{n} {t}" for t, n in counts.items()),
        f"| {BLOCKS} blocks in the week of {busy}",
    )

    ctx = AppContext(store)
    pane = WeekPane(ctx)
    pane.resize(1280, 760)
    pane.show()
    for _ in range(3):
        app.processEvents()

    # -- switching weeks ------------------------------------------------------------------
    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                PaintCounter.count += 1
            return False

    counter = PaintCounter()
    pane.calendar.installEventFilter(counter)

    def samples(flush) -> list[float]:
        out = []
        for i in range(args.runs * 2 + 4):
            target = busy if i % 2 == 0 else other
            started = time.perf_counter()
            pane.go_to_date(target)
            flush()
            elapsed = (time.perf_counter() - started) * 1000
            if i >= 4:  # warm-up
                out.append(elapsed)
        return out

    def flush_updates():  # what a week switch really repaints: the calendar, the panel, the title
        app.sendPostedEvents()
        app.processEvents()

    before = PaintCounter.count
    switch = samples(flush_updates)
    assert PaintCounter.count - before >= args.runs * 2, "the calendar did not repaint"
    switch_full = samples(pane.repaint)
    pane.go_to_date(busy)
    pane.repaint()
    assert len(pane.calendar.blocks) == BLOCKS, len(pane.calendar.blocks)

    # -- dragging a block -------------------------------------------------------------------
    cal = pane.calendar
    block = cal.blocks[BLOCKS // 2]
    start = cal.block_rect(block.id).center()

    def send(kind, pos: QPointF, buttons):
        event = QMouseEvent(
            kind,
            pos,
            cal.mapToGlobal(pos),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(cal, event)

    def drag_samples(full: bool) -> list[float]:
        samples = []
        send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        width = cal.width() - cal._col[0]
        for i in range(args.runs * 3):
            t = (i % 60) / 60
            pos = QPointF(
                cal._col[0] + 10 + t * (width - 20), start.y() + (i % 23) * cal.hour_h() / 8
            )
            started = time.perf_counter()
            send(QEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
            if full:
                cal.repaint()
            else:
                app.sendPostedEvents()
                app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
        send(QEvent.Type.MouseMove, start, Qt.MouseButton.LeftButton)  # back: nothing to write
        send(QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
        ctx.undo_stack.clear()
        return samples

    before = PaintCounter.count
    drag = drag_samples(full=False)
    assert PaintCounter.count - before >= args.runs, "the drag preview did not repaint"
    drag_full = drag_samples(full=True)

    ok = _stats("switch week + repaint", switch)
    ok &= _stats("switch + full pane repaint", switch_full)
    ok &= _stats("drag move + repaint", drag)
    ok &= _stats("drag move + full repaint", drag_full)
    pane.notifier.stop()
    store.close()
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
