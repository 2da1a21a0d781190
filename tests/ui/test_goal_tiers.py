"""Tiered targets (目标 / 冲刺 / 挑战): the wizard proposes the stretch and challenge tiers, the
rep can edit them, they are stored with the goal and the forecast gives the odds of each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.goals import goal_tiers
from salesplanner.domain.records import Deal
from salesplanner.services import goals as svc
from salesplanner.services import pipeline as pipeline_svc
from salesplanner.services import tiers as tier_svc
from salesplanner.store import records as record_repo
from tests.ui.drivers import walk_to_save

pytestmark = pytest.mark.ui
WAN = Decimal(10000)


def test_proposed_tiers_are_edited_and_stored(qtbot, wizard, ctx):  # noqa: F811
    seen = {}

    def on_challenge(ch):
        # 98万: 7% and 17% above, rounded to the 万 step; no sales yet, so no odds
        assert [e.text() for e in ch.tier_edits] == ["105", "115"]
        assert "7%" in ch.tiers_note.text() and "No past sales" in ch.tiers_note.text()
        ch.tier_edits[0].setText("90")
        ch.tier_edits[0].textEdited.emit("90")  # below the target: refused
        seen["blocked"] = not ch.isComplete()
        assert "above the one before" in ch.tiers_note.text()
        ch.tier_edits[0].setText("106")
        ch.tier_edits[0].textEdited.emit("106")
        assert ch.isComplete()

    walk_to_save(qtbot, wizard, on_challenge)
    assert seen["blocked"]
    goal = svc.load_goal(ctx.store, wizard.saved.goal_id).goal
    assert goal_tiers(goal) == (98 * WAN, 106 * WAN, 115 * WAN)
    # reopened, the wizard shows the stored tiers, not a new proposal
    from salesplanner.ui.goal.wizard import GoalWizard

    again = GoalWizard(ctx, wizard.saved.goal_id)
    qtbot.addWidget(again)
    assert again.draft.tiers == (106 * WAN, 115 * WAN)
    # the forecast gives the odds of each tier, months' tiers in the goal's proportions
    f = pipeline_svc.period_forecast(ctx.store, dt.date(2026, 1, 5), runs=200, seed=1)
    assert f.forecast.period.targets == (98 * WAN, 106 * WAN, 115 * WAN)
    assert len(f.forecast.period.chances) == 3
    jan = f.forecast.subs[0]
    assert jan.targets[0] == 30 * WAN and jan.targets[1] == (30 * WAN * 106 / 98).quantize(
        Decimal("0.01")
    )


def test_past_weeks_give_the_odds_and_can_raise_the_tiers(ctx):
    # 10万 every week of 2025 before 2026: the quarter's 90 days (12.9 weeks) sell 128.57万
    with ctx.store.transaction():
        day = dt.date(2025, 1, 6)
        while day < dt.date(2026, 1, 1):
            record_repo.insert_deal(ctx.store, Deal(None, day, 10 * WAN, customer_name="甲"))
            day += dt.timedelta(days=7)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    p = tier_svc.propose(ctx.store, start, end, 98 * WAN, WAN)
    assert p.odds.weeks == 51  # the week of 29 December is not over by 1 January
    # every draw is 128.57万: P50 and P90 rounded down to 128万; the challenge one step up
    assert p.tiers == (128 * WAN, 129 * WAN) and p.from_history == (True, False)
    assert p.odds.chances == (1.0, 1.0, 0.0)
    assert tier_svc.odds(ctx.store, start, end, (98 * WAN,)).chances == (1.0,)


def test_a_revised_target_past_a_tier_drops_it():
    from salesplanner.domain.goals import Goal, with_tiers

    g = Goal("Q1", 98 * WAN, "quarter", None, None, plan=with_tiers({}, (105 * WAN, 115 * WAN)))
    assert goal_tiers(g) == (98 * WAN, 105 * WAN, 115 * WAN)
    from dataclasses import replace

    assert goal_tiers(replace(g, target=110 * WAN)) == (110 * WAN, 115 * WAN)
    assert goal_tiers(replace(g, plan={})) == (98 * WAN,)


def test_progress_draws_the_three_tiers_and_gives_their_odds(qtbot, ctx):
    from dataclasses import replace

    from salesplanner.domain.goals import with_tiers
    from salesplanner.ui.format import format_amount
    from tests.ui.drivers import FORECAST_DAY as DAY
    from tests.ui.drivers import forecast_plan as _plan
    from tests.ui.drivers import progress_pane as _pane

    _plan(ctx.store)  # a Q4 goal of 90万 with three open deals
    plan = svc.load_goal(ctx.store, 1)
    goal = replace(plan.goal, plan=with_tiers(plan.goal.plan, (100 * WAN, 110 * WAN)))
    svc.save_goal(ctx.store, replace(plan, goal=goal))
    pane = _pane(qtbot, ctx, "goal", DAY)
    f = pane.forecast.period
    assert f.targets == (90 * WAN, 100 * WAN, 110 * WAN) and len(f.chances) == 3
    assert f.chances[0] >= f.chances[1] >= f.chances[2]
    lines = pane.cumulative.tier_lines  # English axis in ¥k (issue 14.15)
    assert [line.value() for line in lines] == [900, 1000, 1100] and all(
        line.isVisible() for line in lines
    )
    s = pane.settings
    assert lines[1].label.toPlainText() == f"Stretch {format_amount(100 * 10000 * 100, s)}"
    pct = [round(c * 100) for c in f.chances]
    amounts = [format_amount(t * 1000000, s) for t in (90, 100, 110)]
    assert pane.odds_label.text().startswith(
        f"{pct[0]}% likely to reach {amounts[0]}; {pct[1]}% for {amounts[1]}; "
        f"{pct[2]}% for {amounts[2]}."
    )
    # the month view: November's target and its tiers in the goal's proportions
    pane.period_combo.setCurrentIndex(pane.period_combo.findData("month"))
    month = pane.forecast_view.outlook
    assert len(month.targets) == 3
    assert [round(line.value(), 4) for line in lines] == [
        round(float(t) / 1000, 4) for t in month.targets
    ]
