"""Progress arithmetic, traffic lights, the target review, slots and the 80/20 analysis."""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from salesplanner.domain.customers import CustomerRevenue, pareto, top_share
from salesplanner.domain.funnel import METHOD_EXAMPLE
from salesplanner.domain.progress import (
    WeekForecast,
    compute_progress,
    light,
    planned_rates,
    review_target,
    run_rate_forecast,
    weekly_forecasts,
)
from salesplanner.domain.records import TimeBlock
from salesplanner.domain.slots import free_gaps, place_blocks

MON = dt.date(2026, 6, 1)
WEEKDAYS = [MON + dt.timedelta(days=i) for i in range(5)]


def test_planned_rates_of_the_method():
    r = planned_rates(METHOD_EXAMPLE)
    assert r.deal_size_fen == 3_750_000
    assert r.revenue_per_visit_fen == 750_000  # 3.75万 × 8/15 × 15/40 = 0.75万


def test_lights_and_forecast():
    assert light(10, Fraction(10)) == "green"
    assert light(8, Fraction(10)) == "amber"
    assert light(5, Fraction(10)) == "red"
    assert light(5, None) == "none"
    assert light(0, Fraction(3), tracked=False) == "untracked"
    assert run_rate_forecast(500, 5, 21) == 2100
    assert run_rate_forecast(500, 0, 21) is None
    assert run_rate_forecast(500, 21, 21) == 500


def test_compute_progress_week():
    p = compute_progress(
        kind="week",
        start=MON,
        end=MON + dt.timedelta(days=6),
        as_of=MON + dt.timedelta(days=2),
        working_days=WEEKDAYS,
        day_targets={d: 100 for d in WEEKDAYS},
        sales={MON: 50, MON + dt.timedelta(days=2): 100, MON + dt.timedelta(days=3): 999},
        activity_actual={"visit": 3},
        activity_targets={"visit": 10},
        tracked={"visit"},
        planned=planned_rates(METHOD_EXAMPLE),
        deals=2,
    )
    assert (p.target_fen, p.actual_fen, p.expected_fen) == (500, 150, 300)  # day 4 not yet
    assert p.forecast_fen == 250
    assert p.metric("visit").expected == 6 and p.metric("visit").light == "red"
    assert p.metric("contract").actual == 2  # the won deals when contracts are not logged
    assert p.metric("proposal").light == "untracked"
    assert len(p.cum_actual) == 3 and p.cum_target[-1] == 500


def test_review_suggests_after_three_weeks_off():
    def wf(dev):
        return WeekForecast(MON, 100, Fraction(dev))

    assert not review_target([wf("-0.2"), wf("-0.2")], 1000).suggest
    r = review_target([wf("0"), wf("-0.2"), wf("-0.3"), wf("-0.2")], 1000, 10)
    assert r.suggest and r.direction == "down" and r.weeks_off == 3
    assert r.suggested_target_fen == 100
    assert not review_target([wf("0.2"), wf("-0.3"), wf("-0.2")], 1000).suggest


def test_weekly_forecasts_skip_unfinished_weeks():
    days = [
        MON + dt.timedelta(days=i) for i in range(14) if (MON + dt.timedelta(days=i)).weekday() < 5
    ]
    out = weekly_forecasts(
        MON, MON + dt.timedelta(days=13), MON + dt.timedelta(days=8), days, {MON: 100}, 1000
    )
    assert [f.week_end for f in out] == [MON + dt.timedelta(days=6)]
    assert out[0].forecast_fen == 200


def test_slots_keep_lunch_and_buffer():
    blocks = [
        TimeBlock(1, MON, 9 * 60, 12 * 60, "visit"),
        TimeBlock(2, MON, 14 * 60, 17 * 60, "followup"),
    ]
    assert free_gaps(blocks, 510, 1080) == [(510, 540), (810, 840), (1020, 1080)]
    placed = place_blocks(
        blocks, [MON], "visit", 60, 3, work_start=510, work_end=1080, buffer_min=60
    )
    assert [(b.start_min, b.end_min) for b in placed] == [(1020, 1080)]


def _rows(values):
    return [CustomerRevenue(i, f"c{i:03d}", v) for i, v in enumerate(values)]


def test_pareto_ranks_classes_and_top_share():
    a = pareto(_rows([10, 500, 0, 300, 100, 50, 40]), MON)
    assert [r.customer.revenue_fen for r in a.rows] == [500, 300, 100, 50, 40, 10, 0]
    assert [r.abc for r in a.rows] == ["A", "A", "B", "B", "C", "C", "C"]
    assert a.buyers == 6 and a.top_count == 2
    assert a.top_share == Fraction(800, 1000)
    assert [r.customer.revenue_fen for r in a.top10] == [500]
    assert a.rows[-1].cumulative == 1


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=60))
def test_top_share_matches_a_plain_computation(values):
    buyers = sorted((v for v in values if v > 0), reverse=True)
    k = math.ceil(len(buyers) * 0.2)
    expected = Fraction(sum(buyers[:k]), sum(buyers)) if buyers else 0
    assert top_share(values) == expected
    assert pareto(_rows(values), MON).top_share == expected
