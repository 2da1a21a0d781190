"""Tiered targets (目标 / 冲刺 / 挑战) for the goal wizard: proposed from the target and the
rep's own past weeks, with the odds of each from those weeks.

* ``propose(store, start, end, target, step)`` — the stretch tier 7% and the challenge tier 17%
  over the target (``domain.goals.TIER_UPLIFT_PCT``), or higher where the rep's past weeks of
  sales reach more: the simulated period's P50 (even odds) for the stretch, its P90 (one in
  ten) for the challenge, rounded down to the goal's step; strictly rising.
* ``odds(store, start, end, tiers)`` — the chance of each tier in a simulation of the period
  drawn from the rep's past weeks (``domain.forecast``), and how many weeks it drew from.

No transaction: both only read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from salesplanner.domain.forecast import ForecastInputs, forecast
from salesplanner.domain.goals import TIER_UPLIFT_PCT, round_to_step
from salesplanner.domain.money import from_fen
from salesplanner.store.db import Store

HISTORY_WEEKS = 52  # past whole weeks drawn from
RUNS = 4_000
SEED = 12  # the same plan proposes the same tiers
MIN_STEP = Decimal(1000)  # without rounding: tiers to 0.1万


@dataclass(frozen=True)
class TierOdds:
    weeks: int  # past weeks of sales the odds come from (0: no odds)
    chances: tuple[float, ...]  # one per tier; () without weeks


@dataclass(frozen=True)
class TierProposal:
    tiers: tuple[Decimal, Decimal]  # 冲刺, 挑战 (yuan)
    from_history: tuple[bool, bool]  # the past weeks reached more than the uplift
    odds: TierOdds  # of 目标, 冲刺, 挑战


def past_weeks(store: Store, before: dt.date, weeks: int = HISTORY_WEEKS) -> list[Decimal]:
    """The rep's sales in each whole ISO week before ``before`` (at most ``weeks``, none
    before the first sale), oldest first."""
    from salesplanner.store.opportunities import first_sale_date
    from salesplanner.store.progress import sales_by_day

    first = first_sale_date(store)
    monday = before - dt.timedelta(days=before.weekday())
    if first is None or first >= monday:
        return []
    count = min(weeks, -(-(monday - first).days // 7))  # a week begun before the first sale
    start = monday - dt.timedelta(weeks=count)
    by_day = sales_by_day(store, start, monday - dt.timedelta(days=1))
    sums = [0] * count
    for day, fen in by_day.items():
        sums[(day - start).days // 7] += fen
    return [from_fen(s) for s in sums]


def _inputs(
    store: Store, start: dt.date, end: dt.date, targets: Sequence[Decimal]
) -> tuple[ForecastInputs, int]:
    pool = past_weeks(store, min(start, dt.date.today()))
    inputs = ForecastInputs(start, end, tuple(targets), weekly_new_business=pool, as_of=start)
    return inputs, len(pool)


def odds(store: Store, start: dt.date, end: dt.date, tiers: Sequence[Decimal]) -> TierOdds:
    inputs, weeks = _inputs(store, start, end, tiers)
    if not weeks or not tiers:
        return TierOdds(weeks, ())
    return TierOdds(weeks, forecast(inputs, runs=RUNS, seed=SEED).chances)


def _floor(amount: Decimal, step: Decimal) -> Decimal:
    return (amount / step).quantize(Decimal(1), rounding=ROUND_FLOOR) * step


def propose(
    store: Store, start: dt.date, end: dt.date, target: Decimal, step: Decimal
) -> TierProposal:
    step = step if step > 0 else MIN_STEP
    uplift = [round_to_step(target * (1 + pct / 100), step) for pct in TIER_UPLIFT_PCT]
    inputs, weeks = _inputs(store, start, end, (target,))
    reached = [Decimal(0), Decimal(0)]
    if weeks:
        f = forecast(inputs, runs=RUNS, seed=SEED)
        reached = [_floor(v, step) for v in (f.p50, f.p90)]
    tiers: list[Decimal] = []
    history: list[bool] = []
    floor = target
    for up, seen in zip(uplift, reached, strict=True):
        level = max(up, seen, floor + step)
        tiers.append(level)
        history.append(seen > up and seen > floor)
        floor = level
    chances = odds(store, start, end, (target, *tiers))
    return TierProposal((tiers[0], tiers[1]), (history[0], history[1]), chances)
