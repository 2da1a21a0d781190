"""The Progress pane says what holds the goal back (issue 12.4), with the numbers a rep can
check by hand: a Q4 goal of 90万, 8万 won, three open deals of 41万 and no closed deal yet."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesplanner.services import progress as svc
from tests.ui.drivers import FORECAST_DAY as DAY
from tests.ui.drivers import forecast_plan as _plan
from tests.ui.drivers import progress_pane as _pane

WAN = Decimal(10000)

pytestmark = pytest.mark.ui


def paragraphs(pane) -> str:
    return pane.pipeline_label.text()


def test_too_little_pipeline_in_english(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "goal")
    d = pane.pipeline
    # 82万 still to win; no closed deal: the 1/3 default win rate needs 3x = 246万; 41万 open
    assert (d.still_fen, d.needed_coverage, d.pipeline_gap_fen) == (82_000_000, 3.0, 205_000_000)
    assert d.verdict == "pipeline" and pane.pipeline_label.isVisible()
    text = paragraphs(pane)
    assert "<b>What holds the period back: too little pipeline.</b>" in text
    from salesplanner.ui.format import format_amount

    def amt(fen: int) -> str:
        return format_amount(fen, pane.settings)

    assert (
        f"Pipeline: {amt(41_000_000)} of open deals close in the period, 0.5x the "
        f"{amt(82_000_000)} still to win; your win rate of 33% needs 3.0x, about "
        f"{amt(205_000_000)} more (worth about {amt(68_333_334)} in sales)."
    ) in text
    # the option: 205万 in deals of the median open size (12万) → 18 new deals
    (opt,) = [o for o in d.options if o.key == "open_deals"]
    assert (opt.count, opt.amount_fen) == (18, 18 * 12_000_000)
    assert (
        f"Open 18 new deals of about {amt(12_000_000)} ({amt(216_000_000)}) now: the chance "
        f"of reaching {amt(90_000_000)}"
    ) in text
    assert f"goes from {round(opt.before * 100)}% to {round(opt.after * 100)}%" in text
    # all three open deals had no activity for 21 days: stale, weighted 16 + 7.2 + 3.6万
    assert (
        f"Stuck: 3 deals closing in the period ({amt(41_000_000)}, weighted "
        f"{amt(26_800_000)}) had no activity"
    ) in text
    assert d.costs == {"pipeline": 68_333_334, "stuck": 26_800_000}
    assert opt.before == pane.forecast.period.chances[0]  # the odds shown above the chart


@pytest.mark.usefixtures("chinese")
def test_the_same_in_chinese(qtbot, ctx):
    _plan(ctx.store)
    pane = _pane(qtbot, ctx, "goal")
    text = paragraphs(pane)
    assert "商机不足" in text and "万" in text and "What holds" not in text
    assert pane.pipeline_heading.text() != "What holds the goal back"


def test_no_pipeline_no_section(qtbot, ctx):
    _plan(ctx.store, deals=False)
    pane = _pane(qtbot, ctx, "goal")
    assert pane.pipeline is None and not pane.pipeline_label.isVisible()
    assert svc.pipeline_diagnosis(ctx.store, DAY) is None
