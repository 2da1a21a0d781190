"""Every query a pane runs, timed on a ten-year plan (issue 18: queries that stay flat).

    .venv/bin/python benchmarks/bench_queries.py [--db DECADE.db] [--runs 5] [--top 3]

Builds the ``decade`` demo plan (500 customers, ten years: ≈ 31,000 deals and 190,000 logged
activities) unless --db is given, opens each pane offscreen on it with SQLite's trace hook
on, and times again, one by one, every SELECT the pane ran (with its parameters; median of
--runs). Prints each pane's slowest queries and its slowest one against the budget (≤ 20 ms),
and the load average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, load, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MS = 20.0
PANES = ("week", "goal", "progress", "customers", "pipeline", "journal")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="a ten-year plan (built when missing)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=3, help="slowest queries shown per pane")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="sp-bench-"))
    db = args.db
    if db is None or not db.exists():
        from salesplanner.services.demo import write_demo

        db = db or tmp / "decade.db"
        started = time.perf_counter()
        write_demo(db, scale="decade")
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    work = tmp / "copy.db"  # panes may write (e.g. settings); keep the given file as it is
    shutil.copyfile(db, work)

    from salesplanner.app import make_application
    from salesplanner.store import Store
    from salesplanner.ui.main_window import MainWindow

    app = make_application(lang="en")
    seen: list[str] = []
    # A pane may read on a thread, on a connection of its own (the Week pane's deals to
    # chase): every connection opened while a pane is timed is traced too.
    tracing = {"on": False}
    opened = Store.open.__func__  # type: ignore[attr-defined]

    def open_traced(cls, *a, **kw):
        own = opened(cls, *a, **kw)
        if tracing["on"]:
            own.conn.set_trace_callback(lambda sql: seen.append(sql))
        return own

    Store.open = classmethod(open_traced)  # type: ignore[method-assign, assignment]
    store = Store.open(work)
    counts = {
        t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("customers", "deals", "activities")
    }
    print("data:", ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    window = MainWindow(store)
    window.show()
    app.processEvents()
    ok = True
    for key in PANES:
        seen.clear()
        store.conn.set_trace_callback(lambda sql: seen.append(sql))
        tracing["on"] = True
        try:
            window.panes.pop(key, None)  # (the Week pane exists already: build it anew)
            window.show_pane(key)
            settle = time.perf_counter() + 0.5  # (what a pane reads just after its first paint)
            while time.perf_counter() < settle:
                app.processEvents()
        finally:
            tracing["on"] = False
            store.conn.set_trace_callback(None)
        selects = list(dict.fromkeys(s for s in seen if s.lstrip().upper().startswith("SELECT")))
        timed = []
        for sql in selects:
            samples = []
            for _ in range(args.runs):
                started = time.perf_counter()
                store.conn.execute(sql).fetchall()
                samples.append((time.perf_counter() - started) * 1000)
            timed.append((statistics.median(samples), sql))
        timed.sort(reverse=True)
        worst = timed[0][0] if timed else 0.0
        verdict = "ok" if worst <= BUDGET_MS else "OVER"
        print(
            f"{key:<10} {len(timed):3d} queries, slowest {worst:6.2f} ms  "
            f"budget {BUDGET_MS:.0f} ms  {verdict}  (load {load()[0]:.2f})"
        )
        for ms, sql in timed[: args.top]:
            print(f"    {ms:6.2f} ms  {' '.join(sql.split())[:110]}")
        ok &= record(f"slowest query: {key} pane", worst, "ms", target=BUDGET_MS)
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # (skip the teardown of pyqtgraph objects: it can abort at exit)
