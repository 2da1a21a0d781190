"""The period forecast from the open pipeline and the rep's own history (FORECAST.md).

Main function:

* ``forecast(inputs, runs=10_000, seed=None) -> Forecast`` — won so far; commit, best case
  and weighted pipeline for the period; pipeline coverage against the coverage the rep's own
  win rate needs; and a Monte Carlo simulation giving the chance of reaching each target and
  P10/P50/P90 of the period's final sales.

The simulation (FORECAST.md "A simulation for the odds"), per run:

1. each open deal wins with its stage probability;
2. a winning deal takes the slip and the won/expected ratio of one of the rep's past won
   deals, drawn together (so a deal that slipped and shrank stays one case). The pool also
   holds :data:`PRIOR_DEALS` neutral pseudo deals (no slip, ratio 1): with little history the
   draw leans to the plan as typed, and the rep's own record takes over as deals close
   (a blend, not a threshold). A slipped date before ``as_of`` means "closes now";
   the deal counts when it falls on or before the period's end;
3. new business for each remaining week is one of the rep's past weeks, drawn at random
   (the last, partial week scaled by its share of a week);
4. total = won so far + deals counted + new business.

Speed: one uniform draw per run and deal does both steps 1 and 2. Given ``u < p`` (won),
``u / p`` is again uniform and picks the pool entry. With the pool sorted by slip, the
entries that keep deal *i* in the period are a prefix of length ``k_i``, so "won and still in
the period" is just ``u < p_i * k_i / m``. The runs are processed in chunks that stay in cache.
numpy is imported inside :func:`forecast` so that importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

# Stage probability from which an open deal counts as "commit" unless the rep flags it.
COMMIT_PROBABILITY = 0.8
# Neutral pseudo deals in the slip/amount pool and the weight of the prior in the win rate.
PRIOR_DEALS = 3
# Win rate assumed before any deal has closed (the default funnel's 方案/报价 → 赢单 is
# higher, but a rep's overall rate over all stages is typically near a third).
DEFAULT_WIN_RATE = 0.3
# Runs × deals per chunk: about 4 MB of float32, kept in cache.
_CHUNK_CELLS = 1 << 20
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class OpenDeal:
    """An open opportunity as the forecast sees it (the pipeline maps its rows onto this).

    ``probability`` is the default win probability of the deal's stage (0..1). When the
    rep's closed deals measured the stage (:func:`stage_win_rates`), the measured rate of
    ``stage`` replaces it. ``commit``: the rep counts on this deal whatever its stage.
    """

    amount: Decimal  # expected amount, yuan
    probability: float  # the stage's default win probability, 0..1
    expected_close: dt.date  # the close date the deal has now
    created: dt.date | None = None
    stage: str = ""  # stage key (e.g. "proposal"); "" = use ``probability`` as it is
    commit: bool = False  # flagged by the rep as commit


@dataclass(frozen=True, slots=True)
class ClosedDeal:
    """A won or lost opportunity: what the rep's own history measures.

    ``expected_amount`` and ``expected_close`` are the first estimates (when the deal was
    created or entered the pipeline); ``won_amount`` and ``closed`` what happened. Their
    differences are the slip (``closed − expected_close``) and the amount ratio
    (``won_amount ÷ expected_amount``) drawn in the simulation. ``stages`` lists the stage
    keys the deal passed through, for the win rate from each stage.
    """

    created: dt.date
    closed: dt.date  # the actual close date
    expected_amount: Decimal  # yuan, first estimate
    won_amount: Decimal  # yuan, the final amount; 0 for a lost deal
    expected_close: dt.date | None  # first expected close date; None = unknown (no slip)
    won: bool
    stages: tuple[str, ...] = ()  # stage keys reached, in order


@dataclass(frozen=True, slots=True)
class SubPeriod:
    """A part of the period (a month of a quarter, a week of a month) with its own targets."""

    start: dt.date
    end: dt.date  # inclusive
    targets: tuple[Decimal, ...] = ()  # tiers, lowest first (目标, 冲刺, 挑战)
    won_so_far: Decimal = Decimal(0)  # won in this sub-period before ``as_of``


@dataclass(frozen=True, slots=True)
class ForecastInputs:
    """Everything :func:`forecast` needs, as plain values.

    ``as_of`` is the first day still to come (default ``period_start``): ``won_so_far`` is
    what was won in the period before it; open deals can close from it on.
    ``weekly_new_business``: the rep's past weeks, each the yuan won from deals that were
    not in the pipeline at the start of their period (see :func:`weekly_new_business`).
    ``sub_periods`` should partition the period (they may be left empty).
    """

    period_start: dt.date
    period_end: dt.date  # inclusive
    targets: Sequence[Decimal]  # tiers, lowest first (目标, 冲刺, 挑战)
    won_so_far: Decimal = Decimal(0)
    open_deals: Sequence[OpenDeal] = ()
    history: Sequence[ClosedDeal] = ()
    weekly_new_business: Sequence[Decimal] = ()  # yuan per past week
    as_of: dt.date | None = None
    sub_periods: Sequence[SubPeriod] = ()


@dataclass(frozen=True)
class Forecast:
    won: Decimal
    commit: Decimal  # open deals closing in the period, late stage or flagged
    best_case: Decimal  # all open deals closing in the period
    weighted: Decimal  # Σ amount × probability of those deals
    still_to_win: Decimal  # first target − won, not below 0
    coverage: float | None  # best_case ÷ still_to_win; None when nothing is left to win
    win_rate: float  # the rep's win rate (count), blended with DEFAULT_WIN_RATE
    needed_coverage: float  # 1 ÷ win_rate
    chances: tuple[float, ...]  # per target: share of runs reaching it
    p10: Decimal
    p50: Decimal
    p90: Decimal
    runs: int
    targets: tuple[Decimal, ...] = field(default=())

    @property
    def commit_total(self) -> Decimal:
        return self.won + self.commit

    @property
    def best_case_total(self) -> Decimal:
        return self.won + self.best_case

    @property
    def weighted_total(self) -> Decimal:
        return self.won + self.weighted


def win_rate(history: Sequence[ClosedDeal]) -> float:
    """Share of closed deals won, with a Beta prior worth :data:`PRIOR_DEALS` deals."""
    won = sum(1 for d in history if d.won)
    return (won + PRIOR_DEALS * DEFAULT_WIN_RATE) / (len(history) + PRIOR_DEALS)


def _yuan(x: float) -> Decimal:
    return Decimal(repr(float(x))).quantize(CENT)


def forecast(inputs: ForecastInputs, runs: int = 10_000, seed: int | None = None) -> Forecast:
    import numpy as np

    start, end = inputs.period_start, inputs.period_end
    as_of = inputs.as_of or start
    in_period = [d for d in inputs.open_deals if start <= max(d.expected_close, as_of) <= end]
    best = sum((d.amount for d in in_period), Decimal(0))
    commit = sum(
        (d.amount for d in in_period if d.commit or d.probability >= COMMIT_PROBABILITY),
        Decimal(0),
    )
    weighted = sum((d.amount * Decimal(repr(float(d.probability))) for d in in_period), Decimal(0))
    targets = tuple(Decimal(t) for t in inputs.targets)
    won = Decimal(inputs.won_so_far)
    still = max(targets[0] - won, Decimal(0)) if targets else Decimal(0)
    rate = win_rate(inputs.history)

    sim = _simulate(np, inputs, as_of, runs, seed)
    qs = np.quantile(sim, [0.1, 0.5, 0.9]) if runs else np.zeros(3)
    chances = tuple(
        1.0 if t <= won else float(np.count_nonzero(sim >= float(t - won))) / max(runs, 1)
        for t in targets
    )
    return Forecast(
        won=won,
        commit=commit,
        best_case=best,
        weighted=weighted.quantize(CENT),
        still_to_win=still,
        coverage=float(best / still) if still > 0 else None,
        win_rate=rate,
        needed_coverage=1.0 / rate,
        chances=chances,
        p10=won + _yuan(qs[0]),
        p50=won + _yuan(qs[1]),
        p90=won + _yuan(qs[2]),
        runs=runs,
        targets=targets,
    )


def _simulate(np, inputs: ForecastInputs, as_of: dt.date, runs: int, seed: int | None):
    """Per run, the sales still to come in the period (deals counted + new business), yuan."""
    end = inputs.period_end
    rng = np.random.default_rng(seed)
    totals = np.zeros(runs, dtype=np.float64)
    if as_of > end:
        return totals

    # The pool: the rep's won deals (slip, ratio) plus neutral pseudo deals, sorted by slip.
    past = [
        (d.closed, d.expected_close, d.won_amount / d.expected_amount)
        for d in inputs.history
        if d.won and d.expected_amount > 0 and d.expected_close is not None
    ]
    slips = np.array(
        [(closed - expected).days for closed, expected, _ in past] + [0] * PRIOR_DEALS,
        dtype=np.int64,
    )
    ratios = np.array(
        [float(ratio) for _, _, ratio in past] + [1.0] * PRIOR_DEALS,
        dtype=np.float64,
    )
    order = np.argsort(slips, kind="stable")
    slips, ratios = slips[order], ratios[order]
    m = len(slips)

    deals = inputs.open_deals
    if deals:
        p = np.clip(np.array([d.probability for d in deals], dtype=np.float64), 0.0, 1.0)
        amount = np.array([float(d.amount) for d in deals], dtype=np.float64)
        # Days from the expected close to the period's end: the largest slip that still counts.
        room = np.array([(end - d.expected_close).days for d in deals], dtype=np.int64)
        k = np.searchsorted(slips, room, side="right")
        q = (p * k / m).astype(np.float32)  # P(won and still in the period)
        scale = np.where(p > 0, m / np.where(p > 0, p, 1.0), 0.0).astype(np.float32)
        keep = q > 0
        q, scale, amount = q[keep], scale[keep], amount[keep]
        n = len(q)
        if n:
            step = max(1, _CHUNK_CELLS // n)
            for lo in range(0, runs, step):
                hi = min(runs, lo + step)
                u = rng.random((hi - lo, n), dtype=np.float32)
                idx = (u * scale).astype(np.int32)
                np.minimum(idx, m - 1, out=idx)
                value = ratios[idx]
                value *= amount
                value[u >= q] = 0.0
                totals[lo:hi] = value.sum(axis=1)

    weeks = inputs.weekly_new_business
    if weeks:
        left = ((end - as_of).days + 1) / 7
        full = math.floor(left)
        part = left - full
        pool = np.array([float(w) for w in weeks], dtype=np.float64)
        if full:
            totals += pool[rng.integers(0, len(pool), size=(runs, full))].sum(axis=1)
        if part > 0:
            totals += part * pool[rng.integers(0, len(pool), size=runs)]
    return totals
