"""The period forecast: pipeline sums, coverage and the Monte Carlo odds (FORECAST.md)."""

import datetime as dt
import random
from decimal import Decimal

import pytest

from salesplanner.domain import forecast as fc

JAN1 = dt.date(2026, 1, 1)
JAN31 = dt.date(2026, 1, 31)


def _deal(amount, p, day=15, commit=False):
    return fc.OpenDeal(Decimal(amount), p, dt.date(2026, 1, day), commit=commit)


def _closed(expected, won_amount, expected_close, closed, created=None):
    """A closed deal; won when ``won_amount`` > 0."""
    return fc.ClosedDeal(
        created or min(expected_close, closed) - dt.timedelta(days=30),
        closed,
        Decimal(expected),
        Decimal(won_amount),
        expected_close,
        won_amount > 0,
    )


def test_weighted_commit_best_case_and_coverage_by_hand():
    deals = [
        _deal(100000, 0.8),  # commit (late stage)
        _deal(50000, 0.4, commit=True),  # commit (flagged)
        _deal(40000, 0.2),
        fc.OpenDeal(Decimal(90000), 0.6, dt.date(2026, 2, 10)),  # closes after the period
    ]
    history = [
        _closed(10, 10, JAN1, JAN1),
        _closed(10, 0, JAN1, JAN1),
    ] * 3  # 3 won of 6
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(200000)], Decimal(80000), deals, history)
    f = fc.forecast(inputs, runs=1000, seed=1)
    o = f.period
    # 100000×0.8 + 50000×0.4 + 40000×0.2 = 80000 + 20000 + 8000
    assert o.weighted == Decimal(108000) and o.weighted_total == Decimal(188000)
    assert o.commit == Decimal(150000) and o.commit_total == Decimal(230000)
    assert o.best_case == Decimal(190000) and o.best_case_total == Decimal(270000)
    assert o.still_to_win == Decimal(120000)
    assert o.coverage == pytest.approx(190000 / 120000)
    # won 30 of 60 expected, plus 3 average deals (10 yuan) at the default 1/3:
    # (30 + 30/3) / (60 + 30) = 4/9 → the rep needs 2.25× coverage, not the default 3×
    assert f.win_rate == pytest.approx(4 / 9)
    assert f.needed_coverage == pytest.approx(2.25)
    assert f.win_rate_source == fc.BLENDED  # 6 closed deals: fewer than MIN_MEASURED


def test_without_history_the_coverage_needed_is_the_3x_rule():
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(100)], open_deals=[_deal(100, 0.5)])
    f = fc.forecast(inputs, runs=100, seed=0)
    assert f.needed_coverage == pytest.approx(3.0)
    assert f.win_rate_source == fc.DEFAULT


def test_certain_deals_covering_the_target_give_100_percent():
    deals = [_deal(60000, 1.0, 10), _deal(50000, 1.0, 31)]
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(100000), Decimal(120000)], open_deals=deals)
    f = fc.forecast(inputs, runs=2000, seed=3)
    assert f.chances == (1.0, 0.0)
    assert f.p10 == f.p50 == f.p90 == Decimal(110000)


def test_no_open_deals_no_history_forecast_is_what_was_won():
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(50000), Decimal(60000)], Decimal("42000.5"))
    f = fc.forecast(inputs, runs=500, seed=0)
    assert f.p10 == f.p50 == f.p90 == Decimal("42000.5")
    assert f.chances == (0.0, 0.0)
    assert f.period.best_case == f.period.weighted == f.period.commit == 0
    assert f.period.new_business == 0 and [p.p90 for p in f.fan] == [Decimal("42000.5")]


def _uncertain_inputs():
    rnd = random.Random(5)
    deals = [_deal(rnd.randint(1, 9) * 10000, rnd.random(), rnd.randint(1, 31)) for _ in range(40)]
    history = [
        _closed(
            10000, rnd.randint(7000, 12000), JAN1, JAN1 + dt.timedelta(days=rnd.randint(-5, 25))
        )
        for _ in range(30)
    ]
    weeks = [Decimal(rnd.randint(0, 30000)) for _ in range(20)]
    return fc.ForecastInputs(
        JAN1, JAN31, [Decimal(600000), Decimal(800000)], Decimal(100000), deals, history, weeks
    )


def test_same_seed_same_forecast_other_seed_differs():
    inputs = _uncertain_inputs()
    a = fc.forecast(inputs, runs=3000, seed=11)
    b = fc.forecast(inputs, runs=3000, seed=11)
    c = fc.forecast(inputs, runs=3000, seed=12)
    assert a == b
    assert (a.p10, a.p50, a.p90) != (c.p10, c.p50, c.p90)
    assert a.p10 < a.p50 < a.p90


def test_slips_push_deals_out_of_the_period():
    # One certain deal expected on the last day; every past deal slipped by 10 days.
    history = [_closed(1, 1, JAN1, dt.date(2026, 1, 11))] * 97
    inputs = fc.ForecastInputs(
        JAN1, JAN31, [Decimal(1000)], open_deals=[_deal(1000, 1.0, 31)], history=history
    )
    f = fc.forecast(inputs, runs=20000, seed=2)
    # Only the 3 neutral pseudo deals of 100 keep it in January.
    assert f.chances[0] == pytest.approx(0.03, abs=0.005)


def test_an_overdue_deal_draws_only_slips_it_has_already_outlasted():
    # Expected on 20 Dec, still open on 1 Jan: of the past slips (5 or 40 days) only the
    # 40-day ones are possible now, so it closes on 29 Jan, after a period ending 15 Jan.
    history = [_closed(1, 1, JAN1, JAN1 + dt.timedelta(days=d)) for d in (5, 40) * 50]
    deal = fc.OpenDeal(Decimal(1000), 1.0, dt.date(2025, 12, 20))
    jan15 = dt.date(2026, 1, 15)
    inputs = fc.ForecastInputs(JAN1, jan15, [Decimal(1000)], open_deals=[deal], history=history)
    assert fc.forecast(inputs, runs=5000, seed=4).chances == (0.0,)
    # The same deal in a period ending 31 Jan always closes in it.
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(1000)], open_deals=[deal], history=history)
    assert fc.forecast(inputs, runs=5000, seed=4).chances == (1.0,)
    # Its weighted and best-case amounts count from today: it is still in the pipeline.
    assert fc.forecast(inputs, runs=10, seed=4).period.best_case == Decimal(1000)


def test_amounts_vary_as_the_reps_won_amounts_did():
    # Every past won deal came in at 80 % of its estimate: a certain 100000 deal → 80000,
    # except when one of the 3 neutral pseudo deals (of 23) is drawn.
    history = [_closed(100, 80, JAN1, JAN1)] * 20
    inputs = fc.ForecastInputs(
        JAN1, JAN31, [Decimal(90000)], open_deals=[_deal(100000, 1.0)], history=history
    )
    f = fc.forecast(inputs, runs=20000, seed=8)
    assert f.p50 == Decimal(80000)
    assert f.chances[0] == pytest.approx(3 / 23, abs=0.01)


def test_measured_stage_rates_replace_the_defaults_and_say_so():
    # 20 closed deals reached "proposal": 5 won. 2 reached "lead": both lost.
    history = [
        fc.ClosedDeal(
            JAN1,
            JAN1,
            Decimal(1),
            Decimal(1 if i < 5 else 0),
            JAN1,
            i < 5,
            ("lead", "proposal") if i < 2 else ("proposal",),
        )
        for i in range(20)
    ] + [fc.ClosedDeal(JAN1, JAN1, Decimal(1), Decimal(0), JAN1, False, ("lead",))] * 2
    deals = [
        fc.OpenDeal(Decimal(1000), 0.6, dt.date(2026, 1, 10), stage="proposal"),
        fc.OpenDeal(Decimal(1000), 0.1, dt.date(2026, 1, 10), stage="lead"),
        fc.OpenDeal(Decimal(1000), 0.4, dt.date(2026, 1, 10), stage="needs"),
    ]
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(1000)], open_deals=deals, history=history)
    f = fc.forecast(inputs, runs=20000, seed=5)
    rates = {r.stage: r for r in f.stage_rates}
    # proposal: (5 won + 3 × 0.6) / (20 + 3); lead: (2 won of 4... ) see below
    assert rates["proposal"].rate == pytest.approx(6.8 / 23)
    assert rates["proposal"].source == fc.MEASURED and rates["proposal"].reached == 20
    # lead: reached by 4 deals, 2 of them won: (2 + 0.3) / (4 + 3), a blend
    assert rates["lead"].rate == pytest.approx(2.3 / 7) and rates["lead"].source == fc.BLENDED
    assert rates["needs"].rate == 0.4 and rates["needs"].source == fc.DEFAULT
    expected_weighted = 1000 * (6.8 / 23 + 2.3 / 7 + 0.4)
    assert float(f.period.weighted) == pytest.approx(expected_weighted, abs=0.01)
    # the simulation uses the same rates: P(at least one of three wins)
    p_none = (1 - 6.8 / 23) * (1 - 2.3 / 7) * (1 - 0.4)
    assert f.chances[0] == pytest.approx(1 - p_none, abs=0.01)


def test_new_business_is_drawn_from_past_weeks():
    # Two weeks left, past weeks brought 0 or 7000: totals 0, 7000 or 14000 (¼, ½, ¼).
    jan14 = dt.date(2026, 1, 14)
    weeks = [Decimal(0), Decimal(7000)] * 10
    inputs = fc.ForecastInputs(
        JAN1, jan14, [Decimal(7000), Decimal(14000)], weekly_new_business=weeks
    )
    f = fc.forecast(inputs, runs=40000, seed=6)
    assert f.period.new_business == Decimal(7000)
    assert f.chances[0] == pytest.approx(0.75, abs=0.01)
    assert f.chances[1] == pytest.approx(0.25, abs=0.01)
    assert (f.p10, f.p50, f.p90) == (Decimal(0), Decimal(7000), Decimal(14000))


def test_weekly_new_business_counts_deals_created_in_their_closing_month():
    mon = dt.date(2026, 1, 5)  # a Monday
    history = [
        # created and won in January, in the week of 5 Jan: new business
        fc.ClosedDeal(
            dt.date(2026, 1, 2), dt.date(2026, 1, 7), Decimal(1), Decimal(500), None, True
        ),
        # created in December, won in January: was in the pipeline at the month's start
        fc.ClosedDeal(
            dt.date(2025, 12, 20), dt.date(2026, 1, 8), Decimal(1), Decimal(900), None, True
        ),
        # lost deals do not count
        fc.ClosedDeal(
            dt.date(2026, 1, 12), dt.date(2026, 1, 13), Decimal(1), Decimal(0), None, False
        ),
        fc.ClosedDeal(
            dt.date(2026, 1, 12), dt.date(2026, 1, 14), Decimal(1), Decimal(300), None, True
        ),
    ]
    weeks = fc.weekly_new_business(history, mon + dt.timedelta(days=16), weeks=26)
    # weeks from the first record's week (15 Dec) to the last whole week (12–18 Jan)
    assert weeks == [Decimal(0), Decimal(0), Decimal(0), Decimal(500), Decimal(300)]
    assert fc.weekly_new_business(history, mon + dt.timedelta(days=16), weeks=2) == [
        Decimal(500),
        Decimal(300),
    ]
    assert fc.weekly_new_business([], mon) == []


def test_sub_periods_get_their_own_odds_and_the_fan_accumulates():
    # A quarter in months, certain deals: 30000 in January, 20000 in February, none in March.
    q_end = dt.date(2026, 3, 31)
    months = [
        fc.SubPeriod(JAN1, JAN31, (Decimal(40000),), Decimal(15000)),
        fc.SubPeriod(dt.date(2026, 2, 1), dt.date(2026, 2, 28), (Decimal(20000),)),
        fc.SubPeriod(dt.date(2026, 3, 1), q_end, (Decimal(1),)),
    ]
    deals = [_deal(30000, 1.0, 20), fc.OpenDeal(Decimal(20000), 1.0, dt.date(2026, 2, 3))]
    inputs = fc.ForecastInputs(
        JAN1,
        q_end,
        [Decimal(60000)],
        Decimal(15000),
        deals,
        as_of=dt.date(2026, 1, 10),
        sub_periods=months,
    )
    f = fc.forecast(inputs, runs=1000, seed=1)
    assert [s.best_case for s in f.subs] == [Decimal(30000), Decimal(20000), Decimal(0)]
    assert [s.chances for s in f.subs] == [(1.0,), (1.0,), (0.0,)]
    assert [s.p50 for s in f.subs] == [Decimal(45000), Decimal(20000), Decimal(0)]
    assert f.p50 == Decimal(65000) and f.chances == (1.0,)
    assert [p.p50 for p in f.fan] == [Decimal(45000), Decimal(65000), Decimal(65000)]
    assert [p.date for p in f.fan] == [JAN31, dt.date(2026, 2, 28), q_end]
    with pytest.raises(ValueError):
        fc.forecast(inputs.__class__(JAN1, q_end, [], sub_periods=months[:2]))


def test_many_small_deals_summed_as_a_normal_match_the_deal_by_deal_simulation(monkeypatch):
    rnd = random.Random(9)
    deals = [
        _deal(rnd.randint(1, 40) * 1000, rnd.choice((0.1, 0.2, 0.4, 0.6, 0.8)), rnd.randint(1, 31))
        for _ in range(1500)
    ]
    history = [
        _closed(100, rnd.randint(60, 130), JAN1, JAN1 + dt.timedelta(days=rnd.randint(-5, 30)))
        for _ in range(400)
    ]
    inputs = fc.ForecastInputs(
        JAN1, JAN31, [Decimal(7_400_000), Decimal(7_900_000)], open_deals=deals, history=history
    )
    hybrid = fc.forecast(inputs, runs=10000, seed=1)  # 200 deal by deal, 1300 as a sum
    monkeypatch.setattr(fc, "EXACT_CELLS", 10**12)
    exact = fc.forecast(inputs, runs=10000, seed=2)
    print(f"\nhybrid P10/50/90 {hybrid.p10} {hybrid.p50} {hybrid.p90} {hybrid.chances}")
    print(f"exact  P10/50/90 {exact.p10} {exact.p50} {exact.p90} {exact.chances}")
    spread = float(exact.p90 - exact.p10)
    for a, b in ((hybrid.p10, exact.p10), (hybrid.p50, exact.p50), (hybrid.p90, exact.p90)):
        assert abs(float(a - b)) < 0.04 * spread
    for a, b in zip(hybrid.chances, exact.chances, strict=True):
        assert a == pytest.approx(b, abs=0.03)
    assert 0.1 < exact.chances[1] < exact.chances[0] < 0.9  # targets in the interesting range


def test_runs_must_be_positive():
    with pytest.raises(ValueError):
        fc.forecast(fc.ForecastInputs(JAN1, JAN31, []), runs=0)


def test_early_in_the_period_the_forecast_is_a_range():
    inputs = _uncertain_inputs()
    early = fc.forecast(inputs, runs=2000, seed=1)
    late = fc.forecast(
        fc.ForecastInputs(**{**_fields(inputs), "as_of": dt.date(2026, 1, 20)}), runs=2000, seed=1
    )
    assert early.early and not late.early
    assert "forecast.range_early" in [m.code for m in fc.sentences(early)]
    assert "forecast.range" in [m.code for m in fc.sentences(late)]


def _fields(inputs):
    return {name: getattr(inputs, name) for name in fc.ForecastInputs.__dataclass_fields__}


def test_sentences_are_data_the_ui_translates():
    # Target 15万 (stretch 30万), 5万 won: 10万 still to win with 20万 of deals, 2× coverage;
    # the default win rate 1/3 needs 3× = 30万, so 10万 of pipeline is missing.
    deals = [_deal(100000, 0.5, 10), _deal(100000, 0.5, 20)]
    inputs = fc.ForecastInputs(
        JAN1,
        JAN31,
        [Decimal(150000), Decimal(300000)],
        Decimal(50000),
        deals,
        as_of=dt.date(2026, 1, 20),
    )
    f = fc.forecast(inputs, runs=20000, seed=3)
    msgs = fc.sentences(f)
    codes = [m.code for m in msgs]
    assert codes[:3] == ["forecast.chance", "forecast.chance_more", "forecast.range"]
    # 15万 needs one of the two deals: 75 %; 30万 needs more than both: 0 %
    assert msgs[0].params["target_fen"] == 15_000_000 and msgs[0].params["tier"] == 0
    assert abs(msgs[0].params["pct"] - 75) <= 1
    assert msgs[1].params["pct"] == 0
    cover = msgs[3]
    assert cover.code == "forecast.coverage_short"
    assert cover.params["times"] == Decimal("2.0") and cover.params["needed"] == Decimal("3.0")
    assert cover.params["still_fen"] == 10_000_000 and cover.params["pct"] == 33
    assert cover.params["gap_fen"] == 10_000_000  # 100000 × 3 − 200000
    assert fc.message_text(msgs[0]) == f"{msgs[0].params['pct']}% likely to reach 15万"
    assert fc.message_text(msgs[1]) == "0% for 30万"
    assert all(m.code in fc.MESSAGES_EN for m in msgs)
    for m in msgs:
        fc.message_text(m)  # every parameter the template names is there


def test_a_reached_tier_says_so():
    inputs = fc.ForecastInputs(JAN1, JAN31, [Decimal(100), Decimal(200)], Decimal(150))
    f = fc.forecast(inputs, runs=10, seed=0)
    assert f.chances == (1.0, 0.0)
    assert [m.code for m in fc.sentences(f)][:2] == ["forecast.reached", "forecast.chance_more"]


def test_proposed_tiers_are_round_rising_and_reached_about_as_often_as_promised():
    inputs = _uncertain_inputs()
    tiers = fc.propose_tiers(inputs, runs=20000, seed=1)
    assert len(tiers) == 3 and tiers[0] < tiers[1] < tiers[2]
    assert all(t % 10000 == 0 for t in tiers)  # whole 万 above 10万
    check = fc.forecast(
        fc.ForecastInputs(**{**_fields(inputs), "targets": tiers}), runs=20000, seed=2
    )
    for chance, wanted in zip(check.chances, fc.TIER_CHANCES, strict=True):
        assert chance == pytest.approx(wanted, abs=0.08)  # rounding to whole 万 moves it a bit
    small = fc.propose_tiers(
        fc.ForecastInputs(JAN1, JAN31, [], weekly_new_business=[Decimal(1000)] * 5), seed=0
    )
    assert small == (Decimal(4000), Decimal(5000), Decimal(6000))  # 4.43万 → rising by 0.1万


def test_importing_the_module_does_not_import_numpy():
    import subprocess
    import sys

    code = "import sys, salesplanner.domain.forecast; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
