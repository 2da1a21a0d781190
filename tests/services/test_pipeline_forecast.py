"""The pipeline mapped onto the forecast (hand-computed cases from issue 12)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest

from salesplanner.cli import main
from salesplanner.domain.goals import Goal
from salesplanner.domain.opportunities import DEFAULT_STAGES, Opportunity, OpportunityError
from salesplanner.domain.records import Deal
from salesplanner.services import pipeline as svc
from salesplanner.store import goals as goal_repo
from salesplanner.store import records as record_repo

DAY = dt.date(2026, 12, 3)
WAN = Decimal(10000)


def goal(store, target_wan=30):
    with store.transaction():
        goal_repo.insert_goal(
            store,
            Goal(
                "12月目标", target_wan * WAN, "month", dt.date(2026, 12, 1), dt.date(2026, 12, 31)
            ),
        )


def sale(store, day, wan):
    with store.transaction():
        record_repo.insert_deal(store, Deal(None, day, wan * WAN, customer_name="老客户"))


def deal(store, customer, wan, stage, close):
    o = Opportunity(
        None, customer, "", wan * WAN, stage, dt.date(2026, 11, 20), expected_close=close
    )
    return svc.add(store, o).opportunity_id


def test_no_open_deals_and_no_history_is_what_was_won(store):
    goal(store)
    sale(store, dt.date(2026, 12, 2), 10)
    f = svc.period_forecast(store, DAY, runs=500, seed=1).forecast.period
    assert f.won == f.p10 == f.p50 == f.p90 == 10 * WAN
    assert f.chances == (0.0,) and f.best_case == 0 and f.coverage == 0


def test_weighted_commit_and_coverage_on_a_small_pipeline(store):
    goal(store)
    sale(store, dt.date(2026, 12, 2), 10)
    deal(store, "甲公司", 12, "proposal", dt.date(2026, 12, 20))  # 60 %
    deal(store, "乙公司", 5, "negotiation", dt.date(2026, 12, 10))  # 80 %: commit
    deal(store, "丙公司", 3, "lead", dt.date(2027, 1, 15))  # after the period
    svc.add(store, Opportunity(None, "丁公司", "", 2 * WAN, "lead", dt.date(2026, 11, 20)))
    pf = svc.period_forecast(store, DAY, runs=200, seed=1)
    f = pf.forecast.period
    # best 12 + 5 = 17万; weighted 7.2 + 4 = 11.2万; commit 5万; to win 30 − 10 = 20万
    assert (f.best_case, f.weighted, f.commit) == (17 * WAN, Decimal("112000.00"), 5 * WAN)
    assert f.still_to_win == 20 * WAN and f.coverage == pytest.approx(0.85)
    assert pf.undated == 1
    assert f.p90 <= 27 * WAN  # at most everything in the period won


def test_all_open_deals_won_covering_the_target_is_certain(store):
    goal(store)
    stages = [replace(s, probability=100) if s.key == "proposal" else s for s in DEFAULT_STAGES]
    svc.set_stages(store, stages)
    deal(store, "甲公司", 20, "proposal", dt.date(2026, 12, 20))
    deal(store, "乙公司", 20, "proposal", dt.date(2026, 12, 22))
    f = svc.period_forecast(store, DAY, runs=1000, seed=7).forecast.period
    assert f.chances == (1.0,) and f.p10 == f.p90 == 40 * WAN
    assert f.coverage == pytest.approx(40 / 30)


def test_a_won_deal_is_history_not_new_business(store):
    goal(store)
    a = deal(store, "甲公司", 10, "proposal", dt.date(2026, 11, 25))
    svc.win(store, a, 8 * WAN, dt.date(2026, 11, 28))
    inputs, _undated, weeks = svc.forecast_inputs(store, goal_repo.active_goal(store, DAY), DAY)
    h = inputs.measured
    assert (h.deals, h.expected, h.won) == (1, 100000, 80000)
    # closed 28 Nov, expected 25 Nov: a slip of 3 days; 8万 of the 10万 expected
    assert (h.slips, h.ratios) == ((3,), (0.8,))
    assert h.paths == {("proposal",): (1, 1)}
    # the sale's opportunity was created in November, the month it closed: new business
    assert weeks == 0 and inputs.won_so_far == 0


def test_without_a_goal_or_with_bad_runs_one_sentence(store):
    with pytest.raises(OpportunityError, match="no goal"):
        svc.period_forecast(store, DAY)
    goal(store)
    with pytest.raises(OpportunityError, match="runs"):
        svc.period_forecast(store, DAY, runs=0)


def test_cli_forecast_json_is_seedable(capsys, tmp_path):
    from salesplanner.store import Store

    db = tmp_path / "plan.db"
    with Store.open(db) as s:
        goal(s)
        sale(s, dt.date(2026, 12, 2), 10)
        deal(s, "甲公司", 12, "proposal", dt.date(2026, 12, 20))
    argv = ["forecast", "--db", str(db), "--date", "2026-12-03", "--seed", "3", "--runs", "2000"]
    assert main([*argv, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert first["won"] == 100000 and first["best_case"] == 120000 and first["runs"] == 2000
    assert main(argv) == 0
    assert "likely to reach 30万" in capsys.readouterr().out
    assert main(["forecast", "--db", str(db), "--runs", "0"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_stored_summary_is_the_history_summed_up(store):
    """The summary kept on each deal's row by triggers (moves, wins, losses, undo) gives what
    summing up every closed deal's stage history gives."""
    from salesplanner.domain.forecast import summarise
    from salesplanner.store import opportunities as repo

    a = deal(store, "甲公司", 10, "lead", dt.date(2026, 11, 25))
    svc.move(store, a, "needs", dt.date(2026, 11, 21))
    svc.move(store, a, "proposal", dt.date(2026, 11, 22))
    svc.win(store, a, 9 * WAN, dt.date(2026, 12, 3))  # slipped 8 days, 90 %
    b = deal(store, "乙公司", 4, "needs", dt.date(2026, 11, 28))
    svc.lose(store, b, "价格", dt.date(2026, 11, 25))
    c = deal(store, "丙公司", 6, "proposal", dt.date(2026, 11, 30))
    won_c = svc.win(store, c, 6 * WAN, dt.date(2026, 11, 30))
    svc.undo(store, won_c)  # c is open again: not history
    measured = repo.forecast_history(store)
    assert measured == summarise(repo.closed_for_forecast(store))
    assert (measured.deals, measured.expected, measured.won) == (2, 140000, 90000)
    assert measured.paths == {("lead", "needs", "proposal"): (1, 1), ("needs",): (1, 0)}
    assert (measured.slips, measured.ratios) == ((8,), (0.9,))


def test_deals_closed_more_than_three_years_ago_are_not_measured(store):
    goal(store)

    def closed(customer, created, day, won):
        o = Opportunity(None, customer, "", 5 * WAN, "proposal", created, expected_close=day)
        oid = svc.add(store, o).opportunity_id
        if won:
            svc.win(store, oid, 5 * WAN, day)
        else:
            svc.lose(store, oid, "价格", day)

    closed("甲公司", dt.date(2023, 11, 1), dt.date(2023, 11, 30), True)  # 3 years + 3 days
    closed("乙公司", dt.date(2023, 11, 1), dt.date(2023, 12, 3), False)  # 3 years to the day
    f = svc.period_forecast(store, DAY, runs=100, seed=1)
    assert f.history_deals == f.forecast.closed_deals == 1


def test_the_narrow_read_of_open_deals_is_what_the_domain_makes_of_them(store):
    from salesplanner.domain import opportunities as dom
    from salesplanner.store import opportunities as repo

    deal(store, "甲公司", 12, "proposal", dt.date(2026, 12, 20))
    deal(store, "乙公司", 5, "negotiation", dt.date(2026, 12, 10))
    svc.add(store, Opportunity(None, "丁公司", "", 2 * WAN, "lead", dt.date(2026, 11, 20)))
    lost = deal(store, "丙公司", 3, "lead", dt.date(2027, 1, 15))
    svc.lose(store, lost, "价格", dt.date(2026, 11, 30))
    expected = dom.forecast_open_deals(repo.list_opportunities(store), repo.list_stages(store))
    assert repo.open_for_forecast(store) == expected
    assert expected[1] == 1 and [d.probability for d in expected[0]] == [0.8, 0.6]


def test_a_forecast_read_again_after_a_change_sees_the_change(store):
    """The inputs are read once per data change and the seeded run once per inputs: a deal
    moved on, a sale logged, each shows in the next forecast."""
    goal(store)
    opp = deal(store, "甲公司", 12, "lead", dt.date(2026, 12, 20))
    first = svc.period_forecast(store, DAY, runs=300, seed=1).forecast.period
    assert svc.period_forecast(store, DAY, runs=300, seed=1).forecast.period == first
    svc.move(store, opp, "negotiation", DAY)
    moved = svc.period_forecast(store, DAY, runs=300, seed=1).forecast.period
    assert moved.best_case == first.best_case == 12 * WAN
    assert moved.weighted > first.weighted  # 80 % now, not the lead's rate
    sale(store, dt.date(2026, 12, 2), 4)
    assert svc.period_forecast(store, DAY, runs=300, seed=1).forecast.period.won == 4 * WAN
