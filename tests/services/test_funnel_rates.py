"""The goal wizard's funnel measured from the rep's own records (issue 12 §4)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from salesplanner.domain import funnel as fn
from salesplanner.domain.records import Activity
from salesplanner.services import goals as goal_svc
from salesplanner.store import records as record_repo
from tests.builders import FUNNEL_START as START
from tests.builders import funnel_deal as _deal
from tests.builders import funnel_history as _history

WAN = Decimal(10000)


def test_each_rate_is_measured_with_the_cases_it_rests_on(store):
    _history(store)
    rates = goal_svc.measured_rates(store, START)
    got = {r.code: (r.value, r.hits, r.n, r.source) for r in rates.rates}
    assert got == {
        fn.RATE_DEAL_SIZE: (Decimal("40000.00"), 0, 5, fn.MEASURED_RATE),
        fn.RATE_VISIT_DEAL: (Fraction(1, 2), 20, 40, fn.MEASURED_RATE),
        fn.RATE_DEAL_PROPOSAL: (Fraction(2, 3), 12, 18, fn.MEASURED_RATE),
        fn.RATE_PROPOSAL_WON: (Fraction(5, 8), 5, 8, fn.MEASURED_RATE),
    }
    inputs = rates.inputs(5)
    assert (inputs.deal_size, inputs.close_rate, inputs.proposal_rate) == (
        40000, Fraction(5, 8), Fraction(1, 3),
    )  # fmt: skip
    # 30万: 8 contracts (7.5), 13 proposals (12.8), 39 visits
    assert fn.run_funnel(30 * WAN, inputs) == fn.FunnelPlan(8, 13, 39)


def test_without_records_every_rate_is_the_default_and_says_so(store):
    rates = goal_svc.measured_rates(store, START)
    assert not rates.any_measured
    assert [r.source for r in rates.rates] == [fn.DEFAULT_RATE] * 4
    inputs = rates.inputs()
    ex = fn.METHOD_EXAMPLE
    assert (inputs.deal_size, inputs.close_rate, inputs.proposal_rate) == (
        ex.deal_size, ex.close_rate, ex.proposal_rate,
    )  # fmt: skip
    assert fn.run_funnel(30 * WAN, inputs) == fn.FunnelPlan(8, 15, 40)  # the method's numbers


def test_too_few_cases_keep_the_default_next_to_a_measured_rate(store):
    with store.transaction():
        record_repo.insert_activity(store, Activity(None, dt.date(2026, 5, 1), "visit", 30))
    for n in range(3):  # 3 deals: enough visits measured, too few deals for the rest
        _deal(store, n, dt.date(2026, 5, 2), ("needs", "proposal"), won=2 * WAN)
    rates = goal_svc.measured_rates(store, START)
    visit = rates.rate(fn.RATE_VISIT_DEAL)
    assert (visit.value, visit.source) == (Fraction(1, 10), fn.MEASURED_RATE)
    won = rates.rate(fn.RATE_PROPOSAL_WON)
    assert (won.value, won.source, won.n) == (Fraction(8, 15), fn.DEFAULT_RATE, 3)
    # visits → proposals: the measured 1/10 × the default 3/4
    assert rates.inputs().proposal_rate == Fraction(3, 40)
