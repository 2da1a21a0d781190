import datetime as dt
from decimal import Decimal

from salesplanner.domain.goals import Factor, Goal, HistoryPoint
from salesplanner.services import goals as svc
from salesplanner.store import goals as repo
from tests.builders import add_activity, add_deal

W = Decimal(10000)


def make_goal(**kw):
    base = dict(
        title="2026 Q1",
        target=98 * W,
        period_kind="quarter",
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 3, 31),
        statement="98万 of the new version this quarter",
        focus="new version",
        relevance="company focus",
        baseline=85 * W,
        history=(
            HistoryPoint("2025Q2", 75 * W),
            HistoryPoint("2025Q3", 80 * W),
            HistoryPoint("2025Q4", 85 * W),
        ),
        factors=(Factor("new version", 1), Factor("competitor", -1, Decimal(2), "similar product")),
        funnel={
            "deal_size_fen": 3750000,
            "close_rate": "8/15",
            "proposal_rate": "15/40",
            "followups_per_day": 5,
        },
        plan={"kras": ["customer development"], "ramp_step_pct": "10"},
    )
    base.update(kw)
    return Goal(**base)


def test_save_load_round_trip(store):
    plan = svc.default_plan(store, make_goal())
    res = svc.save_goal(store, plan)
    assert res.changes.goals and res.changes.targets and res.version == 1
    loaded = svc.load_goal(store, res.goal_id)
    g = loaded.goal
    assert g.target == 98 * W and g.factors[1].pct == Decimal(2) and g.history[2].amount == 85 * W
    assert g.verdict == "stretch" and g.plan["kras"] == ["customer development"]
    assert [m.amount_fen // 1_000_000 for m in loaded.breakdown.months] == [30, 33, 35]
    assert sum(w.amount_fen for w in loaded.breakdown.weeks) == 98_000_000
    assert {a.code for a in loaded.activities if a.level == "month"} == {
        "visit",
        "proposal",
        "contract",
        "followup",
    }


def test_edit_keeps_earlier_version_and_restore_undoes(store):
    res = svc.save_goal(store, svc.default_plan(store, make_goal()))
    before = svc.snapshot(store, res.goal_id)
    goal = repo.get_goal(store, res.goal_id)
    from dataclasses import replace

    edited = replace(goal, target=100 * W)
    res2 = svc.save_goal(store, svc.default_plan(store, edited), reason="raised")
    assert res2.goal_id == res.goal_id and res2.version == 2
    versions = repo.list_versions(store, res.goal_id)
    assert [(v.version, v.target, v.reason) for v in versions] == [(1, 98 * W, "raised")]
    assert repo.get_goal(store, res.goal_id).target == 100 * W
    svc.restore(store, res.goal_id, before)
    assert repo.get_goal(store, res.goal_id).target == 98 * W
    assert repo.list_versions(store, res.goal_id) == []
    assert len(repo.period_targets(store, res.goal_id, "month")) == 3
    svc.restore(store, res.goal_id, None)
    assert repo.get_goal(store, res.goal_id) is None


def test_week_and_month_targets_for_other_panes(store):
    res = svc.save_goal(store, svc.default_plan(store, make_goal()))
    wk = repo.week_targets(store, dt.date(2026, 3, 11))
    assert wk.goal_id == res.goal_id and wk.start == dt.date(2026, 3, 9)
    assert wk.activities["visit"] >= 10 and wk.activities["followup"] == 25
    assert wk.amount_fen > 0
    m = repo.month_target(store, dt.date(2026, 2, 14))
    assert m.amount_fen == 33_000_000
    assert repo.month_target(store, dt.date(2025, 2, 14)) is None
    t = repo.targets_between(store, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert len(t.level("month")) == 1 and len(t.level("day")) == 21


def test_history_from_deals_and_overrides(store):
    with store.transaction():
        for d, fen in (
            ("2025-10-03", 500_000_00),
            ("2025-11-20", 250_000_00),
            ("2025-12-01", 100_000_00),
            ("2025-07-01", 800_000_00),
        ):
            add_deal(store, d, amount_fen=fen)
        store.execute("INSERT INTO calendar_days(date, kind) VALUES ('2026-01-05', 'off')")
    hist = repo.sales_history(store, "quarter", 2, dt.date(2026, 1, 15))
    assert [(h.label, h.amount) for h in hist] == [
        ("2025Q3", Decimal(800000)),
        ("2025Q4", Decimal(850000)),
    ]
    assert repo.calendar_overrides(store, dt.date(2026, 1, 1), dt.date(2026, 1, 31)) == {
        dt.date(2026, 1, 5): "off"
    }
    plan = svc.default_plan(store, make_goal())
    assert dt.date(2026, 1, 5) not in [d.start for d in plan.breakdown.days]


def test_measured_funnel(store):
    with store.transaction():
        add_activity(store, "2026-01-05", "visit", 40)
        add_activity(store, "2026-01-06", "proposal", 15)
        for _ in range(8):
            add_deal(store, "2026-01-07", amount_fen=3750000)
    m = repo.measured_funnel(store, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert m.enough and m.deal_size == Decimal(37500)
