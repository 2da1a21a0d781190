"""First open of every pane a few seconds after start, and the longest UI stall meanwhile.

    .venv/bin/python benchmarks/bench_panes.py [--runs 3] [--db LARGE.db] [--after 3.0]

Each run is a fresh process on the large demo plan: the window is shown on the Week pane as
at start-up, a 5 ms QTimer heartbeat records when the event loop gets to run, and ``--after``
seconds after the first paint each other pane is opened (shown and painted) in turn. Runs
alternate between the app as it starts (``warm``: the other panes are prepared while the window
is idle) and the same window without that (``cold``: everything happens on the click), so the
ratio warm / cold is measured in the same conditions. Prints, as medians, each pane's first-open
time (target ≤ 100 ms) and the longest gap between two heartbeats while the window was idle
(target ≤ 16 ms, one frame), with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import emit, load, record

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("goal", "progress", "customers", "pipeline", "journal")
OPEN_BUDGET_MS = 100.0
STALL_BUDGET_MS = 16.0


def child(db: Path, mode: str, after: float) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QTimer

    from salesplanner.app import make_application
    from salesplanner.store import Store
    from salesplanner.ui.main_window import MainWindow

    app = make_application(lang="en")
    window = MainWindow(Store.open(db))
    clock = QElapsedTimer()
    ticks: list[int] = []
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: ticks.append(clock.elapsed()))
    if mode == "warm":
        window.warm_up_after_first_paint()
    window.show()
    app.processEvents()  # the first paint
    clock.start()
    beat.start()
    result: dict = {"mode": mode, "open_ms": {}}

    def open_all() -> None:
        idle_end = clock.elapsed()
        marks = [0, *ticks, idle_end]
        result["idle_stall_ms"] = max(b - a for a, b in zip(marks, marks[1:], strict=False))
        beat.stop()
        for key in KEYS:
            started = time.perf_counter()
            window.show_pane(key)
            window.repaint()
            result["open_ms"][key] = (time.perf_counter() - started) * 1000
            end = time.perf_counter() + 0.2
            while time.perf_counter() < end:
                app.processEvents()
        app.quit()

    QTimer.singleShot(int(after * 1000), open_all)
    app.exec()
    print(json.dumps(result), flush=True)
    os._exit(0)  # (skip the teardown of pyqtgraph objects: it can abort at exit)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--after", type=float, default=3.0)
    ap.add_argument("--child", choices=("warm", "cold"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child(args.db, args.child, args.after)
        return 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="sp-bench-")) / "large.db"
        subprocess.run(
            [sys.executable, "-m", "salesplanner", "demo", "--db", str(db), "--scale", "large"],
            env=env,
            check=True,
            capture_output=True,
        )
    results: dict[str, list[dict]] = {"warm": [], "cold": []}
    for _ in range(args.runs):
        for mode in ("warm", "cold"):
            cmd = [sys.executable, __file__, "--child", mode, "--db", str(db)]
            cmd += ["--after", str(args.after)]
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                raise SystemExit(f"{mode} run failed:\n{proc.stderr}")
            results[mode].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    la = load()
    print(f"runs: {args.runs} of each, alternated; load {la[0]:.2f} {la[1]:.2f} {la[2]:.2f}")
    ok = True
    for key in KEYS:
        warm = statistics.median(r["open_ms"][key] for r in results["warm"])
        cold = statistics.median(r["open_ms"][key] for r in results["cold"])
        verdict = "ok" if warm <= OPEN_BUDGET_MS else "OVER"
        print(
            f"first open {key:<10} {warm:7.1f} ms  (without warming {cold:7.1f} ms, "
            f"{warm / cold:4.2f}×)  budget {OPEN_BUDGET_MS:.0f} ms  {verdict}"
        )
        ok &= record(f"first open: {key}", warm, "ms", ratio=warm / cold, target=OPEN_BUDGET_MS)
    stall = statistics.median(r["idle_stall_ms"] for r in results["warm"])
    cold_stall = statistics.median(r["idle_stall_ms"] for r in results["cold"])
    print(
        f"longest UI stall while idle {stall:5.0f} ms  (without warming {cold_stall:.0f} ms)  "
        f"budget {STALL_BUDGET_MS:.0f} ms  {'ok' if stall <= STALL_BUDGET_MS else 'OVER'}"
    )
    ok &= record("longest UI stall, warming up", stall, "ms", target=STALL_BUDGET_MS)
    record("longest UI stall, idle, no warming", cold_stall, "ms")
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
