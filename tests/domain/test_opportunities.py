"""Opportunities: weighted sums per stage and what closed deals measure (hand-computed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain import opportunities as dom
from salesplanner.domain.opportunities import (
    DEFAULT_STAGES,
    LOST,
    OPEN,
    WON,
    Opportunity,
    OpportunityError,
    StageChange,
)
from salesplanner.store import schema

D = dt.date
START = D(2026, 1, 1)


def opp(i, stage, amount, outcome=OPEN, closed=None, expected=None, created=START):
    return Opportunity(
        i, "华星科技", f"deal {i}", Decimal(amount), stage, created,
        expected_close=expected, outcome=outcome, closed=closed,
    )  # fmt: skip


def test_default_stages_fit_chinese_b2b_and_match_the_migration():
    assert [s.key for s in DEFAULT_STAGES] == [
        "lead", "first_visit", "needs", "proposal", "negotiation", "won", "lost",
    ]  # fmt: skip
    assert [s.probability for s in DEFAULT_STAGES] == [10, 20, 40, 60, 80, 100, 0]
    assert [(s.key, s.probability, s.sort, s.outcome) for s in DEFAULT_STAGES] == [
        tuple(row) for row in schema.DEFAULT_STAGES
    ]
    dom.validate_stages(DEFAULT_STAGES)


def test_columns_count_sum_and_weighted_sum():
    # proposal 60 %: 12万 + 3万 → 15万, weighted 9万; negotiation 80 %: 5万 → 4万
    opps = [
        opp(1, "proposal", 120000),
        opp(2, "proposal", 30000),
        opp(3, "negotiation", 50000),
        opp(4, "won", 90000, WON, D(2026, 2, 1)),
    ]
    cols = {c.stage.key: c for c in dom.by_stage(opps, DEFAULT_STAGES)}
    assert list(cols) == ["lead", "first_visit", "needs", "proposal", "negotiation"]
    assert (cols["proposal"].count, cols["proposal"].amount, cols["proposal"].weighted) == (
        2, Decimal(150000), Decimal(90000),
    )  # fmt: skip
    assert [o.id for o in cols["proposal"].opportunities] == [1, 2]  # largest first
    assert cols["negotiation"].weighted == Decimal(40000)
    assert cols["lead"].count == 0 and cols["lead"].amount == 0
    closed = dom.by_stage(opps, DEFAULT_STAGES, include_closed=True)
    assert closed[-2].stage.key == "won" and closed[-2].weighted == Decimal(90000)
    # a measured rate replaces the default: proposal at 50 % → 7.5万
    measured = {
        c.stage.key: c
        for c in dom.by_stage(opps, DEFAULT_STAGES, measured={"proposal": Decimal("0.5")})
    }
    assert measured["proposal"].weighted == Decimal(75000)


def test_measure_win_rates_days_slip_and_amount_ratio():
    # deal 1: lead 1-1 → proposal 1-11 → won 1-31 (expected 1-20, 10万 → won 12万)
    # deal 2: lead 1-1 → proposal 1-21 → lost 2-10
    # deal 3: proposal 1-5 → won 1-15 (expected 1-25, 5万 → 4万)
    # deal 4: open at lead (not measured)
    opps = [
        opp(1, "won", 120000, WON, D(2026, 1, 31), D(2026, 1, 25)),
        opp(2, "lost", 80000, LOST, D(2026, 2, 10)),
        opp(3, "won", 40000, WON, D(2026, 1, 15)),
        opp(4, "lead", 10000),
    ]
    h = [
        StageChange(1, D(2026, 1, 1), None, "lead", D(2026, 1, 20), Decimal(100000)),
        StageChange(1, D(2026, 1, 11), "lead", "proposal", D(2026, 1, 25), Decimal(100000)),
        StageChange(1, D(2026, 1, 31), "proposal", "won", D(2026, 1, 25), Decimal(120000)),
        StageChange(2, D(2026, 1, 1), None, "lead", None, Decimal(80000)),
        StageChange(2, D(2026, 1, 21), "lead", "proposal", None, Decimal(80000)),
        StageChange(2, D(2026, 2, 10), "proposal", "lost", None, Decimal(80000)),
        StageChange(3, D(2026, 1, 5), None, "proposal", D(2026, 1, 25), Decimal(50000)),
        StageChange(3, D(2026, 1, 15), "proposal", "won", D(2026, 1, 25), Decimal(40000)),
        StageChange(4, D(2026, 1, 1), None, "lead", None, Decimal(10000)),
    ]
    m = dom.measure(opps, h, DEFAULT_STAGES)
    assert (m.closed, m.won, m.win_rate) == (3, 2, Decimal("0.6667"))
    lead, proposal = m.stages["lead"], m.stages["proposal"]
    assert (lead.reached, lead.won, lead.win_rate) == (2, 1, Decimal("0.5"))
    assert (proposal.reached, proposal.won, proposal.win_rate) == (3, 2, Decimal("0.6667"))
    assert m.stages["needs"].win_rate is None
    # lead: 10 and 20 days → 15; proposal: 20, 20, 10 → 16.7
    assert lead.mean_days == Decimal(15) and proposal.mean_days == Decimal("16.7")
    # slips from the close date FIRST expected: 1-31 − 1-20 = 11; 1-15 − 1-25 = −10
    assert m.slip_days == (11, -10) and m.mean_slip_days == Decimal("0.5")
    # amount ratios against the first estimate: 12/10, 4/5
    assert m.amount_ratios == (Decimal("1.2"), Decimal("0.8"))
    assert m.rates(min_closed=3) == {"proposal": Decimal("0.6667")}


def test_probability_and_days_in_stage():
    o = opp(1, "negotiation", 100000)
    assert dom.probability(o, DEFAULT_STAGES) == Decimal("0.8")
    assert dom.weighted_amount(o, DEFAULT_STAGES) == Decimal(80000)
    assert dom.probability(opp(2, "won", 1, WON, D(2026, 2, 1)), DEFAULT_STAGES) == 1
    h = [
        StageChange(1, D(2026, 1, 1), None, "lead"),
        StageChange(1, D(2026, 1, 10), "lead", "negotiation"),
    ]
    assert dom.days_in_stage(h, D(2026, 1, 17)) == 7


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(customer_name=""), "customer"),
        (dict(amount=Decimal(-1)), "negative"),
        (dict(stage="nope"), "Unknown stage"),
        (dict(stage="won"), "disagree"),
        (dict(channel="fax"), "channel"),
    ],
)
def test_validate_refuses_what_a_rep_could_mistype(bad, message):
    good = opp(1, "lead", 100)
    dom.validate(good, DEFAULT_STAGES)
    from dataclasses import replace

    with pytest.raises(OpportunityError, match=message):
        dom.validate(replace(good, **bad), DEFAULT_STAGES)


def test_stage_words_a_rep_writes():
    from dataclasses import replace

    words = ("方案", "方案/报价", "洽谈中", "成交", "输单", "Closed Won")
    assert [dom.stage_key(w) for w in words] == [
        "proposal", "proposal", "negotiation", "won", "lost", "won",
    ]  # fmt: skip
    assert dom.stage_key("maybe") is None and dom.stage_key(" ") is None
    own = [*DEFAULT_STAGES, replace(DEFAULT_STAGES[0], key="pilot", name="试点", sort=45)]
    assert dom.stage_key("试点", own) == "pilot"
    without_needs = [s for s in DEFAULT_STAGES if s.key != "needs"]
    assert dom.stage_key("需求确认", without_needs) is None


def test_new_business_is_business_not_in_the_pipeline_at_the_start_of_its_month():
    monday = D(2026, 11, 2)
    sales = [
        (D(2026, 11, 3), Decimal(100), None),  # week 0, no opportunity
        (D(2026, 11, 4), Decimal(50), D(2026, 10, 20)),  # in the pipeline since October
        (D(2026, 11, 12), Decimal(30), D(2026, 11, 2)),  # week 1, created in November
        (D(2026, 11, 30), Decimal(7), None),  # week 4: outside three weeks
    ]
    assert dom.weekly_new_business(sales, monday, 3) == [100, 30, 0]


def test_forecast_open_deals_skip_closed_and_count_undated():
    opps = [
        opp(1, "proposal", 1000, expected=D(2026, 2, 1)),
        opp(2, "lead", 500),
        opp(3, "won", 9, WON, D(2026, 1, 9)),
    ]
    deals, undated = dom.forecast_open_deals(opps, DEFAULT_STAGES)
    assert undated == 1 and [(d.amount, d.probability, d.stage) for d in deals] == [
        (1000, 0.6, "proposal")
    ]


def test_monday_filters():
    from dataclasses import replace

    today = D(2026, 12, 3)
    base = opp(1, "proposal", 100, expected=D(2026, 12, 20), created=D(2026, 11, 1))
    overdue = replace(base, id=2, expected_close=D(2026, 11, 28), next_step="发报价")
    later = replace(base, id=3, expected_close=D(2027, 1, 10), channel="referral")
    won = opp(4, "won", 100, WON, D(2026, 12, 1), D(2026, 12, 1))
    rows = [base, overdue, later, won]
    last = {1: D(2026, 12, 1), 2: D(2026, 11, 10)}

    def ids(f):
        return [o.id for o in rows if f.matches(o, today, last.get(o.id))]

    assert ids(dom.DealFilter()) == [1, 2, 3]
    assert ids(dom.DealFilter(include_closed=True)) == [1, 2, 3, 4]
    assert ids(dom.DealFilter(closing_this_month=True)) == [1]
    assert ids(dom.DealFilter(overdue=True)) == [2]
    assert ids(dom.DealFilter(no_next_step=True)) == [1, 3]
    # stale 14 days: #2's last activity 11-10 (23 days); #3 none since created 11-01 (32 days)
    assert ids(dom.DealFilter(stale_days=14)) == [2, 3]
    assert ids(dom.DealFilter(channel="referral")) == [3]
