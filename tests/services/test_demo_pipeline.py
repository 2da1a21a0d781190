"""The demo's pipeline agrees with its sales and its goal."""

from __future__ import annotations

import datetime as dt

from salesplanner.services import pipeline as svc
from salesplanner.store import opportunities as repo
from tests.conftest import DEMO_TODAY


def test_won_deals_are_the_demo_sales_and_lost_ones_have_reasons(demo_store):
    data = svc.load(demo_store)
    sales = {r["id"]: r for r in demo_store.query("SELECT id, date, amount_fen FROM deals")}
    won = [o for o in data.opportunities if o.outcome == "won"]
    lost = [o for o in data.opportunities if o.outcome == "lost"]
    assert won and lost
    for o in won:
        sale = sales[o.deal_id]
        assert (sale["date"], sale["amount_fen"]) == (o.closed.isoformat(), int(o.amount * 100))
    assert all(o.lost_reason and o.deal_id is None for o in lost)
    # about a third won, more from later stages
    m = data.measured
    assert 0.25 <= m.win_rate <= 0.45
    assert (
        m.stages["lead"].win_rate < m.stages["proposal"].win_rate < m.stages["negotiation"].win_rate
    )


def test_history_walks_the_stages_in_the_past(demo_store):
    data = svc.load(demo_store)
    by_opp = {}
    for c in data.history:
        by_opp.setdefault(c.opportunity_id, []).append(c)
    order = {s.key: s.sort for s in data.stages}
    for o in data.opportunities:
        changes = by_opp[o.id]
        assert changes[0].from_stage is None and changes[-1].to_stage == o.stage
        assert [order[c.to_stage] for c in changes] == sorted(order[c.to_stage] for c in changes)
        assert all(c.date <= DEMO_TODAY for c in changes) and changes[0].date == o.created


def test_open_pipeline_covers_about_twice_what_is_still_to_win(demo_store):
    pf = svc.period_forecast(demo_store, DEMO_TODAY - dt.timedelta(days=1), runs=2000, seed=1)
    o = pf.forecast.period
    assert 1.6 <= o.coverage <= 2.6
    assert 0.05 < o.chances[0] < 0.95  # neither sure nor hopeless: something to act on
    assert repo.last_activity_dates(demo_store)  # open deals have activities of their own


def test_the_demo_goal_has_three_tiers_as_the_wizard_proposes_them(demo_store):
    """目标 / 冲刺 / 挑战 98 / 105 / 115万 (the issue's example): the demo shows the tiers in
    progress and the forecast gives falling odds for each."""
    from decimal import Decimal

    from salesplanner.domain.goals import goal_tiers
    from salesplanner.store import goals as goal_repo

    goal = goal_repo.active_goal(demo_store, DEMO_TODAY)
    wan = Decimal(10000)
    assert goal_tiers(goal) == (98 * wan, 105 * wan, 115 * wan)
    pf = svc.period_forecast(demo_store, DEMO_TODAY - dt.timedelta(days=1), runs=2000, seed=1)
    chances = pf.forecast.period.chances
    assert len(chances) == 3 and chances[0] > chances[1] > chances[2] > 0
