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
    # 100000×0.8 + 50000×0.4 + 40000×0.2 = 80000 + 20000 + 8000
    assert f.weighted == Decimal(108000)
    assert f.commit == Decimal(150000) and f.commit_total == Decimal(230000)
    assert f.best_case == Decimal(190000)
    assert f.still_to_win == Decimal(120000)
    assert f.coverage == pytest.approx(190000 / 120000)
    # (3 won + 3 prior deals × 0.3) / (6 + 3) = 3.9 / 9
    assert f.win_rate == pytest.approx(3.9 / 9)
    assert f.needed_coverage == pytest.approx(9 / 3.9)


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
    assert f.best_case == f.weighted == f.commit == 0


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


def test_importing_the_module_does_not_import_numpy():
    import subprocess
    import sys

    code = "import sys, salesplanner.domain.forecast; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- calibration ------------------------------------------------------------------------------

STAGE_P = (0.1, 0.2, 0.4, 0.6, 0.8)


def _month_start(i):
    return dt.date(2020 + i // 12, i % 12 + 1, 1)


def _month_end(i):
    return _month_start(i + 1) - dt.timedelta(days=1)


def _simulated_rep(seed, months):
    """A rep whose true win chances, slips, amount ratios and new business are known.

    Each month brings 25 deals at a stage drawn from STAGE_P; a deal wins with exactly its
    stage probability, closes `slip` days after its expected date (−5…20, uniform) and is
    won at 0.7…1.2 × its expected amount. New business: each day, with chance 0.15, a deal
    of 5 000…25 000 yuan (new business: not in the pipeline at a month's start). The forecast
    engine is told the stage probabilities, nothing else.
    """
    rnd = random.Random(seed)
    deals = []
    for i in range(months):
        start, end = _month_start(i), _month_end(i)
        for _ in range(25):
            expected = start + dt.timedelta(days=rnd.randint(0, (end - start).days))
            # In the pipeline before the previous month starts, so every deal that can
            # close in a month (slips reach 5 days back) is open at that month's start.
            created = _month_start(i - 1) - dt.timedelta(days=rnd.randint(1, 30))
            amount = Decimal(rnd.randint(2, 12) * 5000)
            p = rnd.choice(STAGE_P)
            won = rnd.random() < p
            close = expected + dt.timedelta(days=rnd.randint(-5, 20))
            won_amount = (amount * Decimal(rnd.uniform(0.7, 1.2))).quantize(Decimal(1))
            deals.append(
                (
                    created,
                    p,
                    fc.ClosedDeal(
                        created, close, amount, won_amount if won else Decimal(0), expected, won
                    ),
                )
            )
    day = _month_start(0)
    daily = {}
    while day <= _month_end(months - 1):
        daily[day] = rnd.randint(5000, 25000) if rnd.random() < 0.15 else 0
        day += dt.timedelta(days=1)
    return deals, daily


def test_calibration_over_36_past_months():
    """Forecast each of 36 months at its start with the data known then; check the odds.

    Bound: the expected Brier score of a *perfectly calibrated* forecaster is
    mean(p·(1−p)) over its own forecasts; with 108 forecasts (3 tiers × 36 months) its
    sampling sd is sqrt(Σ Var[(p−Y)²]) / n. We assert Brier ≤ that expectation + 3 sd
    (a calibrated forecast fails this about once in a thousand) and also below 0.2, well
    under the 0.25 of always saying 50 %, so a forecast without skill cannot pass.
    """
    burn_in, months = 12, 36
    deals, daily = _simulated_rep(2024, burn_in + months)
    forecasts, outcomes = [], []
    for i in range(burn_in, burn_in + months):
        start, end = _month_start(i), _month_end(i)
        history = [d for _, _, d in deals if d.closed < start]
        open_deals = [
            fc.OpenDeal(d.expected_amount, p, d.expected_close)
            for created, p, d in deals
            if created < start <= d.closed
        ]
        past_days = sorted(day for day in daily if day < start)[-7 * 26 :]
        weeks = [
            Decimal(sum(daily[d] for d in past_days[j : j + 7]))
            for j in range(0, len(past_days) - 6, 7)
        ]
        actual = sum(
            (d.won_amount for _, _, d in deals if d.won and start <= d.closed <= end),
            Decimal(0),
        ) + sum(v for day, v in daily.items() if start <= day <= end)
        base = Decimal(400000)
        targets = [base * Decimal(t) for t in ("0.8", "1.0", "1.2")]
        f = fc.forecast(
            fc.ForecastInputs(start, end, targets, Decimal(0), open_deals, history, weeks),
            runs=4000,
            seed=i,
        )
        for t, c in zip(targets, f.chances, strict=True):
            forecasts.append(c)
            outcomes.append(1 if actual >= t else 0)

    n = len(forecasts)
    brier = sum((p - y) ** 2 for p, y in zip(forecasts, outcomes, strict=True)) / n
    expected = sum(p * (1 - p) for p in forecasts) / n
    var = sum(p * (1 - p) * (1 - 2 * p) ** 2 for p in forecasts) / n**2
    print(f"\nBrier {brier:.4f}; calibrated expectation {expected:.4f} ± {var**0.5:.4f}")
    print("bin        n  mean forecast  share reached")
    for b in range(10):
        cell = [
            (p, y)
            for p, y in zip(forecasts, outcomes, strict=True)
            if b / 10 <= p < (b + 1) / 10 or (b == 9 and p == 1.0)
        ]
        if cell:
            mean_p = sum(p for p, _ in cell) / len(cell)
            share = sum(y for _, y in cell) / len(cell)
            print(f"{b * 10:3d}-{b * 10 + 10:3d}% {len(cell):4d}  {mean_p:13.2f}  {share:13.2f}")
    assert brier <= expected + 3 * var**0.5
    assert brier < 0.2
