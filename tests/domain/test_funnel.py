import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from salesplanner.domain import funnel as f
from salesplanner.domain.breakdown import breakdown
from salesplanner.domain.calendar import WorkCalendar


def test_worked_example_8_15_40():
    inputs = f.FunnelInputs(Decimal(37500), f.parse_rate("8/15"), f.parse_rate("15/40"))
    plan = f.run_funnel(Decimal(300000), inputs)
    assert (plan.contracts, plan.proposals, plan.visits) == (8, 15, 40)
    assert plan.per_week()["visits"] == 10
    assert f.followups_per_month(5) == 100


def test_rounds_up():
    inputs = f.FunnelInputs(Decimal(37500), Fraction(8, 15), Fraction(15, 40))
    plan = f.run_funnel(Decimal(300001), inputs)
    assert plan.contracts == 9 and plan.proposals == 17 and plan.visits == 46


@pytest.mark.parametrize(
    "text,rate", [("8/15", Fraction(8, 15)), ("0.5", Fraction(1, 2)), ("50%", Fraction(1, 2))]
)
def test_parse_rate(text, rate):
    assert f.parse_rate(text) == rate


@pytest.mark.parametrize("bad", ["x", "8/0", "0", "3/2", "-1"])
def test_parse_rate_rejects(bad):
    with pytest.raises(f.FunnelError):
        f.parse_rate(bad)


def test_measure_needs_enough_history():
    m = f.measure_funnel({"visit": 40, "proposal": 15, "contract": 8}, 8, Decimal(300000))
    assert m.enough and m.deal_size == Decimal(37500) and m.close_rate == Fraction(8, 15)
    thin = f.measure_funnel({"visit": 3, "proposal": 1}, 1, Decimal(1000))
    assert not thin.enough and thin.inputs().deal_size == f.METHOD_EXAMPLE.deal_size


def test_json_round_trip():
    inputs = f.FunnelInputs(Decimal(37500), Fraction(8, 15), Fraction(15, 40), 5)
    assert f.FunnelInputs.from_json(inputs.to_json()) == inputs


def test_activity_targets_per_month_and_week():
    cal = WorkCalendar()
    b = breakdown(30_000_000, dt.date(2026, 3, 1), dt.date(2026, 3, 31), "even", calendar=cal)
    acts = f.plan_activity_targets(b.months, b.weeks, f.METHOD_EXAMPLE, cal)
    month = {a.code: a.count for a in acts if a.level == "month"}
    assert month == {"visit": 40, "proposal": 15, "contract": 8, "followup": 5 * 22}
    full_week = {
        a.code: a.count for a in acts if a.level == "week" and a.start == dt.date(2026, 3, 9)
    }
    assert full_week["visit"] == 10 and full_week["followup"] == 25
