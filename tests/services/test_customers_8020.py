"""The 80/20 analysis on the demo data agrees with pandas on the same records."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from salesplanner.services import progress as svc
from tests.conftest import DEMO_TODAY


@pytest.mark.parametrize("months", [None, 12])
def test_top20_share_equals_pandas(demo_store, months):
    a = svc.customer_analysis(demo_store, DEMO_TODAY, months)
    deals = pd.read_sql_query("SELECT date, customer_id, amount_fen FROM deals", demo_store.conn)
    deals["date"] = pd.to_datetime(deals["date"])
    if months:
        start = pd.Timestamp(DEMO_TODAY) - pd.DateOffset(months=months) + pd.Timedelta(days=1)
        deals = deals[deals["date"] >= start]
    deals = deals[deals["date"] <= pd.Timestamp(DEMO_TODAY)]
    per_customer = deals.groupby("customer_id")["amount_fen"].sum()
    per_customer = per_customer[per_customer > 0].sort_values(ascending=False)
    k = math.ceil(len(per_customer) * 0.2)
    expected = per_customer.iloc[:k].sum() / per_customer.sum()
    assert a.buyers == len(per_customer)
    assert a.total_fen == per_customer.sum()
    assert float(a.top_share) == pytest.approx(expected, rel=1e-12)
    assert a.top_share > 0.5  # the demo's Pareto-like spread


def test_rows_carry_last_contact_and_follow_up(demo_store):
    a = svc.customer_analysis(demo_store, DEMO_TODAY)
    assert len(a.rows) == 40
    first = a.rows[0]
    assert first.abc == "A" and first.rank == 1
    assert first.customer.last_contact is not None and first.days_since_contact >= 0
    assert any(r.follow_up_due for r in a.rows)


def test_priority_marks_and_undo(demo_store):
    ids = [r.id for r in svc.customer_analysis(demo_store, DEMO_TODAY).rows[:3]]
    before = svc.set_priority(demo_store, {i: False for i in ids})
    after = {r.id: r.customer.priority for r in svc.customer_analysis(demo_store, DEMO_TODAY).rows}
    assert not any(after[i] for i in ids)
    svc.set_priority(demo_store, before)
    again = {r.id: r.customer.priority for r in svc.customer_analysis(demo_store, DEMO_TODAY).rows}
    assert {i: again[i] for i in ids} == before


def test_top_five_become_weekly_visit_blocks(demo_store):
    top5 = list(svc.customer_analysis(demo_store, DEMO_TODAY).rows[:5])
    monday = DEMO_TODAY - dt.timedelta(days=DEMO_TODAY.weekday()) + dt.timedelta(days=7)
    edit = svc.plan_top_customer_visits(demo_store, top5, monday, weeks=2)
    assert len(edit.adds) == 10
    assert {b.customer_id for b in edit.adds} == {c.id for c in top5}
    applied = svc.apply_block_edit(demo_store, edit)
    n = demo_store.execute(
        "SELECT COUNT(*) FROM time_blocks WHERE note = ?", (svc.TOP_VISIT_NOTE,)
    ).fetchone()[0]
    assert n == 10
    svc.undo_block_edit(demo_store, applied)
    n = demo_store.execute(
        "SELECT COUNT(*) FROM time_blocks WHERE note = ?", (svc.TOP_VISIT_NOTE,)
    ).fetchone()[0]
    assert n == 0


def test_demo_progress_and_diagnosis_run(demo_store):
    p = svc.progress(demo_store, DEMO_TODAY, "goal")
    assert p.target_fen == 98 * 1_000_000
    assert 0 < p.actual_fen < p.target_fen
    r = svc.diagnose_week(demo_store, as_of=DEMO_TODAY, today=DEMO_TODAY)
    assert r.plan.remaining_fen == sum(w.target_fen for w in r.plan.weeks)
