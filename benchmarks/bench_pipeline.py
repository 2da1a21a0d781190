"""Pipeline benchmark: 2,000 open and 20,000 closed deals (issue 12).

    python benchmarks/bench_pipeline.py [--runs 15]

Measures, in one offscreen process, on a plan built here (500 customers, 2,000 open deals over
the five stages, 20,000 closed ones with their stage history):

* **pane open**: ``PipelinePane(ctx)`` built, loaded and painted once. Budget ≤ 100 ms.
* **reload**: the pane after an edit (all deals read again, board and table refilled).
* **drag step**: one mouse move of a dragged card and the repaint it asks for. Budget ≤ 16 ms.
* **forecast**: ``services.pipeline.period_forecast`` with 10,000 runs, reading the deals
  from the plan after a change (its inputs and result are kept per data version, so each
  run first forgets them); again with nothing changed; and ``domain.forecast.forecast`` alone
  on the same inputs. Budget ≤ 100 ms.

Prints each median, the 90th percentile and the ratio median / budget (≤ 1.0 passes); exits 1
when a budget is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from figures import emit, record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OPEN, CLOSED = 2_000, 20_000
TODAY = dt.date(2026, 11, 27)


def _stats(name: str, samples: list[float], budget: float | None) -> bool:
    med = statistics.median(samples)
    p90 = sorted(samples)[max(0, int(len(samples) * 0.9) - 1)]
    if budget is None:
        record(name, med, "ms")
        print(f"{name:<34} median {med:7.2f} ms  p90 {p90:7.2f} ms")
        return True
    ratio = med / budget
    record(name, med, "ms", ratio=ratio, target=1.0, on="ratio")
    print(
        f"{name:<34} median {med:7.2f} ms  p90 {p90:7.2f} ms  budget {budget:5.1f} ms  "
        f"ratio {ratio:4.2f}  {'ok' if ratio <= 1 else 'OVER'}"
    )
    return ratio <= 1


def build(store) -> None:
    from salesplanner.domain.goals import Goal
    from salesplanner.domain.opportunities import LOST, WON, Opportunity, StageChange
    from salesplanner.store import goals as goal_repo
    from salesplanner.store import opportunities as repo

    rng = random.Random(12)
    stages = ["lead", "first_visit", "needs", "proposal", "negotiation"]
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO customers(id, name) VALUES (?, ?)",
            [(i, f"客户{i:03d}") for i in range(1, 501)],
        )
        opps, history = [], []
        for i in range(1, OPEN + CLOSED + 1):
            amount = Decimal(rng.randrange(5, 300) * 1000)
            closed = i > OPEN
            at = rng.randrange(5)
            created = TODAY - dt.timedelta(days=rng.randrange(10, 900 if closed else 90))
            close = created + dt.timedelta(days=rng.randrange(20, 120))
            won = closed and rng.random() < 0.33
            outcome = WON if won else LOST if closed else "open"
            stage = outcome if closed else stages[at]
            for k in range((4 if won else at) + 1):
                history.append(
                    StageChange(i, created + dt.timedelta(days=7 * k), stages[k - 1] if k else None,
                                stages[k], close, amount)
                )  # fmt: skip
            if closed:
                history.append(
                    StageChange(i, min(close, TODAY), stages[at], outcome, close, amount)
                )
            opps.append(
                Opportunity(
                    i, "", f"deal {i}", amount, stage, created,
                    customer_id=rng.randrange(1, 501), expected_close=close,
                    next_step="call" if rng.random() < 0.7 else "",
                    closed=min(close, TODAY) if closed else None, outcome=outcome,
                    lost_reason="price" if outcome == LOST else "",
                )
            )  # fmt: skip
        repo.insert_many(store, opps, history)
        goal_repo.insert_goal(
            store,
            Goal("Q4", Decimal(3_000_000), "quarter", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from salesplanner.store import Store

    app = QApplication.instance() or QApplication([])
    store = Store.memory()
    started = time.perf_counter()
    build(store)
    print(f"built {OPEN} open and {CLOSED} closed deals in {time.perf_counter() - started:.1f} s")

    from salesplanner.domain.forecast import forecast
    from salesplanner.services import pipeline as svc
    from salesplanner.store import goals as goal_repo
    from salesplanner.ui.context import AppContext
    from salesplanner.ui.pipeline.pane import PipelinePane
    from salesplanner.ui.week import clock

    clock.today = lambda: TODAY
    ctx = AppContext(store)
    ok = True

    opened = []
    for _ in range(args.runs):
        t = time.perf_counter()
        pane = PipelinePane(ctx)
        pane.resize(1400, 800)
        pane.show()
        pane.repaint()
        app.processEvents()
        opened.append((time.perf_counter() - t) * 1000)
        if _ < args.runs - 1:
            pane.close()
            pane.deleteLater()
            app.processEvents()
    ok &= _stats("pipeline pane open + first paint", opened, 100.0)

    reloads = []
    for _ in range(args.runs):
        t = time.perf_counter()
        pane.reload()
        pane.repaint()
        reloads.append((time.perf_counter() - t) * 1000)
    _stats("pane reload after an edit", reloads, None)

    board = pane.board
    start = board.card_rect(3, 0).center()

    def mouse(kind, pos):
        return QMouseEvent(kind, QPointF(pos), QPointF(board.mapToGlobal(pos)),
                           Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip

    board.mousePressEvent(mouse(QMouseEvent.Type.MouseButtonPress, start))
    steps = []
    for k in range(max(60, args.runs * 4)):
        pos = start + QPoint(8 + 3 * k, 2 * k % 200)
        t = time.perf_counter()
        board.mouseMoveEvent(mouse(QMouseEvent.Type.MouseMove, pos))
        board.repaint()  # what was asked for, painted now
        steps.append((time.perf_counter() - t) * 1000)
    board._press = board._drag_pos = None
    ok &= _stats("drag step (move + repaint)", steps, 16.0)

    goal = goal_repo.active_goal(store, TODAY)
    runs_total, runs_cached, runs_domain = [], [], []
    inputs = svc.forecast_inputs(store, goal, TODAY)[0]
    for _ in range(args.runs):
        # as after an edit: the inputs read anew and the simulation run (nothing kept)
        svc._LAST_INPUTS.clear()
        svc._LAST_FORECAST.clear()
        t = time.perf_counter()
        svc.period_forecast(store, TODAY, runs=10_000, seed=1)
        runs_total.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        svc.period_forecast(store, TODAY, runs=10_000, seed=1)  # nothing changed: kept
        runs_cached.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        forecast(inputs, runs=10_000, seed=1)
        runs_domain.append((time.perf_counter() - t) * 1000)
    ok &= _stats("forecast, 10,000 runs, from the plan", runs_total, 100.0)
    _stats("forecast again, no change (kept)", runs_cached, None)
    _stats("forecast, 10,000 runs, domain only", runs_domain, None)
    emit()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
