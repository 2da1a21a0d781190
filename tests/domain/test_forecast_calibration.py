"""Calibration of the forecast's odds on a generated rep with known truths (FORECAST.md).

At the start of each of 36 past months the forecast is made with the data known then; of the
months it gave about 70 %, about 70 % must have reached their target. Run with ``-s`` to see
the Brier score and the reliability table.
"""

import datetime as dt
import random
from decimal import Decimal

import pytest

from salesplanner.domain import forecast as fc

# The rep's true win probability per stage, and the (wrong) defaults the app starts with.
TRUE_P = {"lead": 0.1, "first_visit": 0.2, "needs": 0.4, "proposal": 0.6, "negotiation": 0.8}
WRONG_DEFAULT = {"lead": 0.3, "first_visit": 0.4, "needs": 0.6, "proposal": 0.8, "negotiation": 0.9}
BURN_IN, MONTHS = 12, 36


def _month_start(i):
    return dt.date(2020 + i // 12, i % 12 + 1, 1)


def _month_end(i):
    return _month_start(i + 1) - dt.timedelta(days=1)


def _simulated_rep(seed, months):
    """A rep whose true win chances, slips, amount ratios and new business are known.

    Each month brings 25 deals at a stage drawn from TRUE_P; a deal wins with exactly its stage's
    probability, closes `slip` days after its expected date (−5…20, uniform) and is won at
    0.7…1.2 × its expected amount. New business: each day, with chance 0.15, a deal of
    5 000…25 000 yuan (not in the pipeline at a month's start).
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
            stage = rnd.choice(list(TRUE_P))
            won = rnd.random() < TRUE_P[stage]
            close = expected + dt.timedelta(days=rnd.randint(-5, 20))
            final = (amount * Decimal(rnd.uniform(0.7, 1.2))).quantize(Decimal(1))
            deals.append(
                fc.ClosedDeal(
                    created, close, amount, final if won else Decimal(0), expected, won, (stage,)
                )
            )
    day, daily = _month_start(0), {}
    while day <= _month_end(months - 1):
        daily[day] = rnd.randint(5000, 25000) if rnd.random() < 0.15 else 0
        day += dt.timedelta(days=1)
    return deals, daily


def _forecasts(defaults, with_stages, seed=2024):
    """(chance, reached) for 3 tiers in each of the 36 months after the burn-in."""
    deals, daily = _simulated_rep(seed, BURN_IN + MONTHS)
    out = []
    for i in range(BURN_IN, BURN_IN + MONTHS):
        start, end = _month_start(i), _month_end(i)
        history = [d for d in deals if d.closed < start]
        open_deals = [
            fc.OpenDeal(
                d.expected_amount,
                defaults[d.stages[0]],
                d.expected_close,
                d.created,
                d.stages[0] if with_stages else "",
            )
            for d in deals
            if d.created < start <= d.closed
        ]
        past_days = sorted(day for day in daily if day < start)[-7 * 26 :]
        weeks = [
            Decimal(sum(daily[d] for d in past_days[j : j + 7]))
            for j in range(0, len(past_days) - 6, 7)
        ]
        actual = sum((d.won_amount for d in deals if d.won and start <= d.closed <= end), 0) + sum(
            v for day, v in daily.items() if start <= day <= end
        )
        targets = [Decimal(400000) * Decimal(t) for t in ("0.8", "1.0", "1.2")]
        f = fc.forecast(
            fc.ForecastInputs(start, end, targets, Decimal(0), open_deals, history, weeks),
            runs=4000,
            seed=i,
        )
        out += [(c, 1 if actual >= t else 0) for t, c in zip(targets, f.chances, strict=True)]
    return out


def _report(label, pairs):
    n = len(pairs)
    brier = sum((p - y) ** 2 for p, y in pairs) / n
    expected = sum(p * (1 - p) for p, _ in pairs) / n
    sd = sum(p * (1 - p) * (1 - 2 * p) ** 2 for p, _ in pairs) ** 0.5 / n
    print(
        f"\n{label}: {n} forecasts, Brier {brier:.4f}; "
        f"calibrated expectation {expected:.4f} ± {sd:.4f}"
    )
    print("  bin        n  mean forecast  share reached")
    for b in range(10):
        cell = [(p, y) for p, y in pairs if b / 10 <= p < (b + 1) / 10 or (b == 9 and p == 1.0)]
        if cell:
            mean_p = sum(p for p, _ in cell) / len(cell)
            share = sum(y for _, y in cell) / len(cell)
            print(f"  {b * 10:3d}-{b * 10 + 10:3d}% {len(cell):4d}  {mean_p:13.2f}  {share:13.2f}")
    return brier, expected, sd


def _assert_calibrated(pairs, brier, expected, sd):
    # Brier: a perfectly calibrated forecaster scores mean(p(1−p)) ± sd; allow 3 sd (it fails
    # about once in a thousand) and stay well under the 0.25 of always saying 50 %.
    assert brier <= expected + 3 * sd
    assert brier < 0.2
    # Reliability in thirds (about 36 forecasts each): share reached near the mean forecast.
    for lo, hi in ((0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.01)):
        cell = [(p, y) for p, y in pairs if lo <= p < hi]
        mean_p = sum(p for p, _ in cell) / len(cell)
        share = sum(y for _, y in cell) / len(cell)
        assert abs(share - mean_p) <= 0.2, (lo, hi, mean_p, share)


@pytest.mark.timeout(300)
def test_calibration_with_the_true_stage_probabilities():
    pairs = _forecasts(TRUE_P, with_stages=False)
    _assert_calibrated(pairs, *_report("true stage probabilities", pairs))


@pytest.mark.timeout(300)
def test_measured_stage_rates_correct_wrong_defaults():
    """The defaults are 10–20 points too high; the rates measured from the rep's closed deals
    bring the forecast back to calibration, where the defaults alone are overconfident."""
    measured = _forecasts(WRONG_DEFAULT, with_stages=True)
    brier, expected, sd = _report("wrong defaults, measured stage rates", measured)
    _assert_calibrated(measured, brier, expected, sd)
    naive = _forecasts(WRONG_DEFAULT, with_stages=False)
    naive_brier, *_ = _report("wrong defaults used as they are", naive)
    assert naive_brier > brier
    # Overconfident: the defaults promise more than happens.
    assert sum(p for p, _ in naive) > sum(y for _, y in naive) + 5
