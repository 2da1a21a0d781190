"""The Progress pane shows the pipeline forecast: the fan around the cumulative chart and the
sentence with the odds of each tier, the same numbers as the forecast itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import Opportunity
from salesplanner.services import pipeline as pipeline_svc
from salesplanner.services.report import goal_forecast
from salesplanner.ui.format import format_amount
from tests.ui.drivers import FORECAST_DAY as DAY
from tests.ui.drivers import forecast_plan as _plan
from tests.ui.drivers import progress_pane as _pane

pytestmark = pytest.mark.ui
EARLY = dt.date(2026, 11, 5)  # under a quarter of November has passed
WAN = Decimal(10000)
AXIS_YUAN = 1000  # the English chart axis is in ¥k (issue 14.15)


def _curve(item) -> list[float]:
    _x, y = item.getData()
    return [] if y is None else [round(float(v), 6) for v in y]


def test_goal_view_fan_is_the_forecast_fan_and_the_sentence_its_odds(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "goal")
    f = goal_forecast(ctx.store, DAY)
    assert f is not None and pane.forecast == f  # seeded: the pane's forecast is the service's
    chart = pane.cumulative
    ahead = [pt for pt in f.fan if pt.date >= f.as_of]
    assert [pt.date for pt in ahead] == [dt.date(2026, 11, 30), dt.date(2026, 12, 31)]
    won = float(f.period.won) / AXIS_YUAN
    assert won == 80
    # the band starts at what is won today and then follows the forecast's fan (in 万)
    assert _curve(chart.fan_low) == [won] + [round(float(pt.p10) / AXIS_YUAN, 6) for pt in ahead]
    assert _curve(chart.fan_high) == [won] + [round(float(pt.p90) / AXIS_YUAN, 6) for pt in ahead]
    assert _curve(chart.fan_mid) == [won] + [round(float(pt.p50) / AXIS_YUAN, 6) for pt in ahead]
    assert chart.fan.xs[0] == pane.progress.days.index(DAY)
    assert chart.fan.xs[-1] == len(pane.progress.days) - 1
    assert chart.fan_band.isVisible() and _curve(chart.forecast) == []  # no run-rate line
    # the sentence: the chance of the goal's target, and the range
    text = pane.odds_label.text()
    pct = round(f.period.chances[0] * 100)
    target = format_amount(to_fen(f.period.targets[0]), pane.settings)
    assert text.startswith(f"{pct}% likely to reach {target}")
    assert format_amount(to_fen(f.p50), pane.settings) in text
    assert format_amount(to_fen(f.p10), pane.settings) in text
    assert format_amount(to_fen(f.p50), pane.settings) in pane.headline.text()
    # hovering the quarter's end reads the fan out
    readout = chart.readout_text(len(pane.progress.days) - 1)
    assert format_amount(to_fen(ahead[-1].p90), pane.settings) in readout


def test_month_view_early_is_a_range_not_a_line(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "month", EARLY)
    f = pane.forecast
    month = next(o for o in f.subs if o.start == dt.date(2026, 11, 1))
    view = pane.forecast_view
    assert view.outlook == month and view.early
    chart = pane.cumulative
    assert _curve(chart.fan_low) == [80.0, round(float(month.p10) / AXIS_YUAN, 6)]
    assert _curve(chart.fan_high) == [80.0, round(float(month.p90) / AXIS_YUAN, 6)]
    assert month.p10 < month.p90
    assert _curve(chart.fan_mid) == [] and _curve(chart.forecast) == []
    text = pane.odds_label.text()
    target = format_amount(to_fen(month.targets[0]), pane.settings)
    assert f"{round(month.chances[0] * 100)}% likely to reach {target}." in text
    assert "Early in the period" in text
    low, high = (format_amount(to_fen(v), pane.settings) for v in (month.p10, month.p90))
    assert f"forecast {low} – {high}" in pane.headline.text()


def test_month_view_later_draws_the_median(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "month", dt.date(2026, 11, 20))
    month = pane.forecast_view.outlook
    assert not pane.forecast_view.early and month.start == dt.date(2026, 11, 1)
    assert _curve(pane.cumulative.fan_mid) == [80.0, round(float(month.p50) / AXIS_YUAN, 6)]
    assert "Final sales likely" in pane.odds_label.text()


def test_no_open_deals_and_no_history_collapses_to_what_was_won(qtbot, ctx):
    _plan(ctx.store, deals=False)
    pane = _pane(qtbot, ctx, "goal")
    f = pane.forecast
    assert f.p10 == f.p50 == f.p90 == f.won == 8 * WAN
    chart = pane.cumulative
    assert set(_curve(chart.fan_low)) == set(_curve(chart.fan_high)) == {80.0}
    assert "No open deals" in pane.forecast_label.text()
    # a deal added in the Pipeline pane widens the fan again
    o = Opportunity(
        None, "华星科技", "", 30 * WAN, "proposal", DAY, expected_close=dt.date(2026, 12, 1)
    )
    ctx.changed.connect(pane.refresh)
    ctx.notify(pipeline_svc.add(ctx.store, o).changes)
    assert max(_curve(pane.cumulative.fan_high)) > 8.0
    assert "No open deals" not in pane.forecast_label.text()


def test_week_view_keeps_the_run_rate_line(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "week")
    assert pane.forecast_view is None and not pane.odds_label.isVisible()
    assert _curve(pane.cumulative.fan_low) == []


@pytest.mark.usefixtures("chinese")
def test_the_sentence_in_chinese(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "goal")
    f = pane.forecast
    pct = round(f.period.chances[0] * 100)
    assert pane.odds_label.text().startswith(f"{pct}% 可能达成 90万元。")
    assert "最终销售额可能为" in pane.odds_label.text()
