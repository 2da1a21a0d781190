"""The tier lines' labels (目标 / 冲刺 / 挑战) can be read: none is cut off at the plot's edge."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from salesplanner.domain.goals import with_tiers
from salesplanner.services import goals as svc

pytestmark = pytest.mark.ui
WAN = Decimal(10000)


@pytest.mark.parametrize("tiers", [(100, 110), (95, 150)])
def test_every_tier_label_stands_inside_the_plot(qtbot, ctx, tiers):
    from tests.ui.drivers import forecast_plan as _plan
    from tests.ui.drivers import progress_pane as _pane

    _plan(ctx.store)  # a Q4 goal of 90万 with three open deals
    plan = svc.load_goal(ctx.store, 1)
    goal = replace(plan.goal, plan=with_tiers(plan.goal.plan, tuple(t * WAN for t in tiers)))
    svc.save_goal(ctx.store, replace(plan, goal=goal))
    pane = _pane(qtbot, ctx, "goal")
    chart = pane.cumulative
    qtbot.waitUntil(lambda: all(line.isVisible() for line in chart.tier_lines))
    qtbot.wait(200)  # the labels take their place when the plot is painted
    view = chart.plot.getViewBox().sceneBoundingRect()
    for line in chart.tier_lines:
        line.label.updatePosition()
        label = line.label.sceneBoundingRect()
        assert view.contains(label), (line.label.toPlainText(), label, view)
