"""Demo data matches METHOD.md's example."""

from __future__ import annotations

import datetime as dt

from salesplanner.domain.money import fen_to_wan
from salesplanner.services.demo import add_months, quarter_start, write_demo
from salesplanner.store import Store
from tests.conftest import DEMO_TODAY


def _quarter_total_wan(store, start: dt.date) -> object:
    end = add_months(start, 3) - dt.timedelta(days=1)
    fen = store.execute(
        "SELECT SUM(amount_fen) FROM deals WHERE date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ).fetchone()[0]
    return fen_to_wan(fen)


def test_history_goal_and_months_follow_the_method(demo_store):
    q = quarter_start(DEMO_TODAY)
    totals = [_quarter_total_wan(demo_store, add_months(q, -3 * k)) for k in (3, 2, 1)]
    assert totals == [75, 80, 85]
    goal = demo_store.query("SELECT * FROM goals")[0]
    assert fen_to_wan(goal["target_fen"]) == 98
    assert (goal["start_date"], goal["end_date"]) == ("2026-10-01", "2026-12-31")
    months = demo_store.query(
        "SELECT target_fen FROM period_targets WHERE level='month' ORDER BY start_date"
    )
    assert [fen_to_wan(m["target_fen"]) for m in months] == [30, 33, 35]


def test_demo_has_template_blocks_this_week_and_logged_work(demo_store):
    monday = DEMO_TODAY - dt.timedelta(days=DEMO_TODAY.weekday())
    days = {
        r["date"]
        for r in demo_store.query(
            "SELECT DISTINCT date FROM time_blocks WHERE date BETWEEN ? AND ?",
            (monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()),
        )
    }
    assert len(days) == 5  # Monday to Friday of the template
    n = demo_store.execute(
        "SELECT COUNT(*) FROM activities WHERE date < ?", (DEMO_TODAY.isoformat(),)
    ).fetchone()[0]
    assert n > 1000
    assert (
        demo_store.execute(
            "SELECT COUNT(*) FROM activities WHERE date >= ?", (DEMO_TODAY.isoformat(),)
        ).fetchone()[0]
        == 0
    )


def test_large_demo_has_the_promised_size(tmp_path):
    path = write_demo(tmp_path / "large.db", scale="large", today=DEMO_TODAY)
    with Store.open(path) as store:
        count = lambda t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: E731
        assert 450 <= count("customers") <= 550
        assert 9_000 <= count("deals") <= 11_000
        assert 55_000 <= count("activities") <= 65_000
