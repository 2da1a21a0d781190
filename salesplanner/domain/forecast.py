"""The period forecast from the open pipeline and the rep's own history (FORECAST.md).

* ``forecast(inputs, runs=10_000, seed=None) -> Forecast`` — for the period and each of its
  sub-periods (:class:`Outlook`): won so far; commit, best case and weighted pipeline; the
  pipeline coverage against the coverage the rep's own win rate needs; the new business not yet
  in the pipeline; and from a Monte Carlo simulation the chance of reaching each tier of the
  target and P10 / P50 / P90 of the final sales, plus the fan (cumulative P10 / P50 / P90 at
  each sub-period's end) for the chart.
* ``stage_win_rates(history, defaults)`` — the win rate from each stage, measured from the
  rep's closed deals and blended with the stage's default (a Beta prior worth
  :data:`PRIOR_DEALS` deals), saying which it is (:data:`MEASURED`, :data:`BLENDED`,
  :data:`DEFAULT`).
* ``weekly_new_business(history, until)`` — the rep's past weeks of new business.
* ``propose_tiers(inputs)`` — 目标 / 冲刺 / 挑战 proposed from the same simulation.
* ``sentences(forecast)`` — the forecast as sentences made of data
  (:class:`~salesplanner.domain.goals.Message`); the UI translates them by code,
  :func:`message_text` gives English for the command line.

The simulation (FORECAST.md "A simulation for the odds"), per run:

1. each open deal wins with its stage's probability (the measured rate where there is one);
2. a winning deal takes the slip and the won/expected ratio of one of the rep's past won deals,
   drawn together (a deal that slipped and shrank stays one case). The pool also holds
   :data:`PRIOR_DEALS` neutral pseudo deals (no slip, ratio 1), so with little history the draw
   leans to the plan as typed and the rep's record takes over as deals close. A deal draws
   only from slips that put its close on or after ``as_of`` (it has not closed yet: a deal
   ten days overdue slipped at least ten days). It counts in the sub-period its date falls in;
3. new business for each remaining week is one of the rep's past weeks drawn at random (a
   partial week scaled by its days), split over the sub-periods by days;
4. total = won so far + the deals counted + new business.

Speed. One uniform draw per run and deal does steps 1 and 2: given ``u < p`` (won), ``u / p`` is
again uniform and picks the pool entry. With the pool sorted by slip, the entries that keep the
deal in (or before the end of) a sub-period are a prefix, so each sub-period is one comparison.
The :data:`EXACT_CELLS` ÷ runs deals with the largest spread are simulated one by one; the many
small deals beyond them (a pipeline of hundreds) enter as their sum, drawn from a normal with
the exact mean and covariance over the sub-periods — a sum of hundreds of small independent
parts, where 10,000 runs cannot tell the difference (tests/domain/test_forecast.py checks it).
numpy is imported when a forecast runs, so importing this module costs nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from salesplanner.domain.calendar import week_start
from salesplanner.domain.goals import Message

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

# Stage probability from which an open deal counts as "commit" unless the rep flags it.
COMMIT_PROBABILITY = 0.8
# Weight (in deals) of the default in a measured rate, and of the neutral slip/amount draws.
PRIOR_DEALS = 3
# Closed deals from which a rate counts as measured (below it is a blend with the default).
MIN_MEASURED = 10
# The rep's win rate (by amount) before any deal has closed: the usual 3x coverage rule.
DEFAULT_WIN_RATE = 1 / 3
# Runs x deals simulated one by one; deals beyond enter as a normal sum (see above).
EXACT_CELLS = 2_000_000
# Always simulate at least this many deals one by one.
EXACT_MIN_DEALS = 100
# Before this share of the period has passed, the forecast is told as a range only.
EARLY_SHARE = 0.25
# Tiers proposed by propose_tiers: the chance each is reached (目标, 冲刺, 挑战).
TIER_CHANCES = (0.7, 0.5, 0.3)
TIER_CODES = ("target", "stretch", "challenge")

MEASURED = "measured"
BLENDED = "blended"
DEFAULT = "default"

CENT = Decimal("0.01")
_CHUNK_CELLS = 1 << 19  # cells per chunk of the exact simulation (a few MB, stays in cache)


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
class History:
    """The rep's closed deals summed up as the forecast uses them (:func:`summarise` makes it
    from :class:`ClosedDeal` rows; the store sums it up in SQL, so a long history costs no
    row per deal).

    ``paths``: for each sequence of stage keys deals passed through, (deals, of them won).
    ``slips`` and ``ratios``: of each won deal with a first estimate, the days its close
    moved (closed − first expected close) and won ÷ first expected amount, pairwise.
    """

    deals: int = 0
    expected: float = 0.0  # Σ first expected amount, yuan
    won: float = 0.0  # Σ won amount, yuan
    paths: Mapping[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    slips: tuple[int, ...] = ()
    ratios: tuple[float, ...] = ()


def summarise(history: Sequence[ClosedDeal]) -> History:
    """The :class:`History` of some closed deals."""
    counts = Counter((d.stages, d.won) for d in history)
    paths: dict[tuple[str, ...], tuple[int, int]] = {}
    for (stages, won), n in counts.items():
        deals, wins = paths.get(stages, (0, 0))
        paths[stages] = (deals + n, wins + n * won)
    slips, ratios = [], []
    for h in history:
        if h.won and h.expected_amount > 0 and h.expected_close is not None:
            slips.append((h.closed - h.expected_close).days)
            ratios.append(float(h.won_amount) / float(h.expected_amount))
    return History(
        len(history),
        sum(float(h.expected_amount) for h in history),
        sum(float(h.won_amount) for h in history if h.won),
        paths,
        tuple(slips),
        tuple(ratios),
    )


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
    ``sub_periods`` partition the period, in order (or are left empty).
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
    measured: History | None = None  # ``history`` summed up already (then it is not read)

    def closed(self) -> History:
        """The rep's closed deals as the forecast uses them."""
        return self.measured if self.measured is not None else summarise(self.history)


@dataclass(frozen=True, slots=True)
class StageRate:
    """The win rate used for a stage: measured from ``reached`` closed deals, or the default."""

    stage: str
    rate: float
    default: float
    reached: int  # closed deals that were at this stage
    won: int
    source: str  # MEASURED, BLENDED or DEFAULT


@dataclass(frozen=True, slots=True)
class Outlook:
    """The forecast of one period or sub-period (amounts in yuan)."""

    start: dt.date
    end: dt.date
    won: Decimal  # won so far
    commit: Decimal  # open deals closing here, late stage or flagged
    best_case: Decimal  # all open deals closing here
    weighted: Decimal  # Σ amount × win probability of those deals
    new_business: Decimal  # expected sales from deals not yet in the pipeline
    targets: tuple[Decimal, ...]
    still_to_win: Decimal  # first target − won, not below 0
    coverage: float | None  # best_case ÷ still_to_win; None when nothing is left to win
    chances: tuple[float, ...]  # per target: the share of runs reaching it
    p10: Decimal
    p50: Decimal
    p90: Decimal

    @property
    def commit_total(self) -> Decimal:
        return self.won + self.commit

    @property
    def best_case_total(self) -> Decimal:
        return self.won + self.best_case

    @property
    def weighted_total(self) -> Decimal:
        return self.won + self.weighted


@dataclass(frozen=True, slots=True)
class FanPoint:
    """Cumulative sales of the period at ``date`` (a sub-period's end): P10 / P50 / P90."""

    date: dt.date
    p10: Decimal
    p50: Decimal
    p90: Decimal


@dataclass(frozen=True, slots=True)
class Forecast:
    period: Outlook
    subs: tuple[Outlook, ...]  # one per sub-period, in order
    fan: tuple[FanPoint, ...]  # at each sub-period's end (the period's end without them)
    as_of: dt.date
    early: bool  # less than EARLY_SHARE of the period has passed: tell it as a range
    win_rate: float  # the rep's win rate by amount (won ÷ expected), blended with the default
    win_rate_source: str  # MEASURED, BLENDED or DEFAULT
    needed_coverage: float  # 1 ÷ win_rate: the coverage that rate needs
    stage_rates: tuple[StageRate, ...]
    closed_deals: int  # the history it measured
    runs: int

    # The period's figures, for short code.
    @property
    def won(self) -> Decimal:
        return self.period.won

    @property
    def chances(self) -> tuple[float, ...]:
        return self.period.chances

    @property
    def p10(self) -> Decimal:
        return self.period.p10

    @property
    def p50(self) -> Decimal:
        return self.period.p50

    @property
    def p90(self) -> Decimal:
        return self.period.p90

    def outlook_of(self, start: dt.date, end: dt.date) -> tuple[Outlook, bool] | None:
        """The outlook of the period or the sub-period ``start``–``end`` and whether it is
        still early in it (tell a range, not a line); None when the forecast has no such
        period."""
        if (self.period.start, self.period.end) == (start, end):
            return self.period, self.early
        for o in self.subs:
            if (o.start, o.end) == (start, end):
                return o, (self.as_of - start).days < EARLY_SHARE * ((end - start).days + 1)
        return None


# -- what the history measures ------------------------------------------------------------


def _source(n: int) -> str:
    return DEFAULT if n == 0 else MEASURED if n >= MIN_MEASURED else BLENDED


def stage_win_rates(
    history: Sequence[ClosedDeal] | History, defaults: Mapping[str, float]
) -> dict[str, StageRate]:
    """For each stage in ``defaults``: of the closed deals that reached it, the share won,
    blended with the default as if :data:`PRIOR_DEALS` more deals had closed at that rate."""
    summary = history if isinstance(history, History) else summarise(history)
    reached = dict.fromkeys(defaults, 0)
    won = dict.fromkeys(defaults, 0)
    for stages, (n, wins) in summary.paths.items():
        for s in set(stages):
            if s in reached:
                reached[s] += n
                won[s] += wins
    return {
        s: StageRate(
            s,
            (won[s] + PRIOR_DEALS * p) / (reached[s] + PRIOR_DEALS) if reached[s] else p,
            p,
            reached[s],
            won[s],
            _source(reached[s]),
        )
        for s, p in defaults.items()
    }


def win_rate(history: Sequence[ClosedDeal]) -> float:
    """Won amount ÷ expected amount over the closed deals, with a prior worth
    :data:`PRIOR_DEALS` average deals at :data:`DEFAULT_WIN_RATE`."""
    day = dt.date.min
    return _prepare(ForecastInputs(day, day, (), history=history)).win_rate


def weekly_new_business(
    history: Sequence[ClosedDeal], until: dt.date, weeks: int = 26
) -> list[Decimal]:
    """The last ``weeks`` whole ISO weeks before ``until`` (not before the history starts):
    each the amount won from deals created in the month they were won in (new business: not
    in the pipeline when the month began). Oldest first."""
    if not history:
        return []
    first = week_start(min(min(d.created, d.closed) for d in history))
    last = week_start(until)  # the week of ``until`` is not whole yet
    start = max(first, last - dt.timedelta(weeks=weeks))
    count = (last - start).days // 7
    sums = [Decimal(0)] * count
    for d in history:
        if not d.won or not start <= d.closed < last:
            continue
        if (d.created.year, d.created.month) == (d.closed.year, d.closed.month):
            sums[(d.closed - start).days // 7] += d.won_amount
    return sums


# -- the forecast ---------------------------------------------------------------------------


def _yuan(x: float) -> Decimal:
    return Decimal(repr(float(x))).quantize(CENT, rounding=ROUND_HALF_UP)


def _buckets(inputs: ForecastInputs) -> list[SubPeriod]:
    subs = list(inputs.sub_periods)
    if not subs:
        return [
            SubPeriod(
                inputs.period_start,
                inputs.period_end,
                tuple(inputs.targets),
                inputs.won_so_far,
            )
        ]
    day = inputs.period_start
    for s in subs:
        if s.start != day or s.end < s.start:
            raise ValueError(f"sub-periods must partition the period (at {s.start})")
        day = s.end + dt.timedelta(days=1)
    if subs[-1].end != inputs.period_end:
        raise ValueError("sub-periods must end with the period")
    return subs


def _bucket_of(day: dt.date, ends: Sequence[dt.date]) -> int | None:
    b = bisect.bisect_left(ends, day)
    return b if b < len(ends) else None


@dataclass(frozen=True, slots=True)
class _Prepared:
    buckets: list[SubPeriod]
    as_of: dt.date
    probs: list[float]  # effective win probability per open deal
    stage_rates: dict[str, StageRate]
    slips: list[int]  # of the won deals with a known first estimate
    ratios: list[float]
    win_rate: float
    deals: int  # closed deals measured


def _prepare(inputs: ForecastInputs) -> _Prepared:
    """One pass over the history: stage rates, the slip/ratio pool and the win rate."""
    defaults: dict[str, float] = {}
    for d in inputs.open_deals:
        if d.stage:
            defaults.setdefault(d.stage, float(d.probability))
    closed = inputs.closed()
    rates = stage_win_rates(closed, defaults) if defaults else {}
    probs = [
        rates[d.stage].rate if d.stage in rates else float(d.probability) for d in inputs.open_deals
    ]
    rate = DEFAULT_WIN_RATE
    if closed.expected > 0:
        prior = PRIOR_DEALS * closed.expected / closed.deals
        rate = (closed.won + prior * DEFAULT_WIN_RATE) / (closed.expected + prior)
    as_of = max(inputs.as_of or inputs.period_start, inputs.period_start)
    return _Prepared(
        _buckets(inputs),
        as_of,
        probs,
        rates,
        list(closed.slips),
        list(closed.ratios),
        rate,
        closed.deals,
    )


def forecast(inputs: ForecastInputs, runs: int = 10_000, seed: int | None = None) -> Forecast:
    """The forecast of ``inputs`` from ``runs`` simulated outcomes; the same ``seed`` gives
    the same forecast."""
    import numpy as np

    if runs < 1:
        raise ValueError("runs must be at least 1")
    prep = _prepare(inputs)
    buckets, as_of = prep.buckets, prep.as_of
    ends = [b.end for b in buckets]
    sums = [[Decimal(0)] * 3 for _ in buckets]  # commit, best, weighted
    for d, p in zip(inputs.open_deals, prep.probs, strict=True):
        b = _bucket_of(max(d.expected_close, as_of), ends)
        if b is None:
            continue
        sums[b][1] += d.amount
        sums[b][2] += d.amount * Decimal(repr(p))
        if d.commit or p >= COMMIT_PROBABILITY:
            sums[b][0] += d.amount

    to_come, expected_new = _simulate(inputs, prep, runs, seed)
    subs = []
    for b, sub in enumerate(buckets):
        subs.append(
            _outlook(sub, sub.targets, sub.won_so_far, sums[b], expected_new[b], to_come[:, b])
        )
    total = to_come.sum(axis=1)
    period = _outlook(
        SubPeriod(inputs.period_start, inputs.period_end),
        tuple(Decimal(t) for t in inputs.targets),
        Decimal(inputs.won_so_far),
        [sum((s[i] for s in sums), Decimal(0)) for i in range(3)],
        sum(expected_new, Decimal(0)),
        total,
    )
    won_before = np.cumsum([float(b.won_so_far) for b in buckets])
    cumulative = np.cumsum(to_come, axis=1) + won_before
    qs = np.quantile(cumulative, [0.1, 0.5, 0.9], axis=0)
    fan = tuple(
        FanPoint(b.end, _yuan(qs[0, i]), _yuan(qs[1, i]), _yuan(qs[2, i]))
        for i, b in enumerate(buckets)
    )
    days = (inputs.period_end - inputs.period_start).days + 1
    rate = prep.win_rate
    return Forecast(
        period=period,
        subs=tuple(subs) if inputs.sub_periods else (),
        fan=fan,
        as_of=as_of,
        early=(as_of - inputs.period_start).days < EARLY_SHARE * days,
        win_rate=rate,
        win_rate_source=_source(prep.deals),
        needed_coverage=1.0 / rate,
        stage_rates=tuple(prep.stage_rates.values()),
        closed_deals=prep.deals,
        runs=runs,
    )


def _outlook(
    span: SubPeriod,
    targets: tuple[Decimal, ...],
    won: Decimal,
    sums: Sequence[Decimal],
    new_business: Decimal,
    to_come: NDArray[np.float64],
) -> Outlook:
    import numpy as np

    still = max(targets[0] - won, Decimal(0)) if targets else Decimal(0)
    qs = np.quantile(to_come, [0.1, 0.5, 0.9])
    runs = len(to_come)
    chances = tuple(
        # half a fen of slack: float sums of exact amounts must not miss by a rounding error
        1.0 if t <= won else float(np.count_nonzero(to_come >= float(t - won) - 0.005)) / runs
        for t in targets
    )
    return Outlook(
        start=span.start,
        end=span.end,
        won=won,
        commit=sums[0],
        best_case=sums[1],
        weighted=sums[2].quantize(CENT, rounding=ROUND_HALF_UP),
        new_business=new_business,
        targets=targets,
        still_to_win=still,
        coverage=float(sums[1] / still) if still > 0 else None,
        chances=chances,
        p10=won + _yuan(qs[0]),
        p50=won + _yuan(qs[1]),
        p90=won + _yuan(qs[2]),
    )


def _simulate(
    inputs: ForecastInputs, prep: _Prepared, runs: int, seed: int | None
) -> tuple[NDArray[np.float64], list[Decimal]]:
    """Per run and sub-period, the sales still to come (deals counted + new business), and the
    expected new business of each sub-period."""
    import numpy as np

    buckets, as_of = prep.buckets, prep.as_of
    nb = len(buckets)
    rng = np.random.Generator(np.random.SFC64(seed))
    totals = np.zeros((runs, nb), dtype=np.float64)
    expected_new = [Decimal(0)] * nb
    if as_of > inputs.period_end:
        return totals, expected_new

    # The pool: the rep's won deals (slip, ratio) plus neutral pseudo deals, sorted by slip.
    slips = np.array(prep.slips + [0] * PRIOR_DEALS, dtype=np.int64)
    ratios = np.array(prep.ratios + [1.0] * PRIOR_DEALS, dtype=np.float64)
    order = np.argsort(slips, kind="stable")
    slips, ratios = slips[order], ratios[order]
    m = len(slips)

    if inputs.open_deals:
        p = np.clip(np.array(prep.probs, dtype=np.float64), 0.0, 1.0)
        amount = np.array([float(d.amount) for d in inputs.open_deals], dtype=np.float64)
        expected = np.array(
            [(d.expected_close - as_of).days for d in inputs.open_deals], dtype=np.int64
        )
        # Not closed yet: a deal past its date slipped at least that much (suffix of the pool).
        lo = np.minimum(np.searchsorted(slips, -expected, side="left"), m - 1)
        size = m - lo
        # Cumulative prefix per sub-period end: pool entries keeping the deal by that end.
        end_days = np.array([(b.end - as_of).days for b in buckets], dtype=np.int64)
        k = np.searchsorted(slips, end_days[None, :] - expected[:, None], side="right")
        k = np.clip(k - lo[:, None], 0, size[:, None])
        k[:, end_days < 0] = 0
        keep = (p > 0) & (k[:, -1] > 0) & (amount > 0)
        p, amount, lo, size, k = p[keep], amount[keep], lo[keep], size[keep], k[keep]
        if len(p):
            totals += _deal_sums(rng, runs, p, amount, lo, size, k, ratios)

    weeks = inputs.weekly_new_business
    if weeks:
        pool = np.array([float(w) for w in weeks], dtype=np.float64)
        first = max(as_of, inputs.period_start)
        overlap = _week_overlap(first, buckets)  # slots × sub-periods, in weeks
        draws = pool[rng.integers(0, len(pool), size=(runs, overlap.shape[0]))]
        totals += draws @ overlap
        mean = float(pool.mean())
        expected_new = [_yuan(mean * float(w)) for w in overlap.sum(axis=0)]
    return totals, expected_new


def _week_overlap(first: dt.date, buckets: Sequence[SubPeriod]) -> NDArray[np.float64]:
    """Share of each 7-day slot from ``first`` that falls in each sub-period (in weeks)."""
    import numpy as np

    days = (buckets[-1].end - first).days + 1
    slots = math.ceil(days / 7)
    out = np.zeros((slots, len(buckets)), dtype=np.float64)
    for b, sub in enumerate(buckets):
        lo = max((sub.start - first).days, 0)
        hi = (sub.end - first).days + 1
        for day in range(lo, hi):
            out[day // 7, b] += 1
    return out / 7


def _deal_sums(
    rng: np.random.Generator,
    runs: int,
    p: NDArray[np.float64],
    amount: NDArray[np.float64],
    lo: NDArray[np.int64],
    size: NDArray[np.int64],
    k: NDArray[np.int64],
    ratios: NDArray[np.float64],
) -> NDArray[np.float64]:
    """Per run and sub-period, the amount of the open deals won and closing there."""
    import numpy as np

    nb = k.shape[1]
    out = np.zeros((runs, nb), dtype=np.float64)
    # Spread of each deal's contribution to the period: simulate the widest one by one.
    r1 = np.concatenate(([0.0], np.cumsum(ratios)))
    r2 = np.concatenate(([0.0], np.cumsum(ratios * ratios)))
    start = lo[:, None] + np.concatenate((np.zeros((len(p), 1), dtype=np.int64), k), axis=1)
    first_moment = amount[:, None] * p[:, None] * np.diff(r1[start], axis=1) / size[:, None]
    second_moment = (amount**2)[:, None] * p[:, None] * np.diff(r2[start], axis=1) / size[:, None]
    spread = second_moment.sum(axis=1) - first_moment.sum(axis=1) ** 2
    cap = max(EXACT_MIN_DEALS, EXACT_CELLS // runs)
    exact = np.argsort(-spread, kind="stable")[:cap] if len(p) > cap else np.arange(len(p))
    rest = np.setdiff1d(np.arange(len(p)), exact)

    if len(rest):
        # The sum of the many small deals: normal with their exact mean and covariance
        # (a deal lands in one sub-period at most, so the cross terms are −E[X_b]·E[X_c]).
        mean = first_moment[rest].sum(axis=0)
        cov = np.diag(second_moment[rest].sum(axis=0)) - first_moment[rest].T @ first_moment[rest]
        w, v = np.linalg.eigh(cov)
        factor = v * np.sqrt(np.clip(w, 0.0, None))
        out += np.maximum(mean + rng.standard_normal((runs, nb)) @ factor.T, 0.0)

    n = len(exact)
    scale = (size[exact] / p[exact]).astype(np.float32)
    limit = size[exact].astype(np.float32)
    base = lo[exact].astype(np.int32)
    sizes = size[exact].astype(np.int32)
    cuts = k[exact].T.astype(np.int32)  # sub-periods × deals
    # A lost draw lands on index m (base + size): the 0 padded after the pool.
    table = np.append(ratios, 0.0).astype(np.float32)
    amt = amount[exact].astype(np.float32)
    masks = [bool((cuts[b] < sizes).any()) for b in range(nb)]
    step = max(1, _CHUNK_CELLS // n)
    for r0 in range(0, runs, step):
        r1_ = min(runs, r0 + step)
        u = rng.random((r1_ - r0, n), dtype=np.float32)
        u *= scale
        np.minimum(u, limit, out=u)
        j = u.astype(np.int32)  # index in the deal's pool if it is won; = size if lost
        value = table[j + base]
        value *= amt
        cum = np.empty((r1_ - r0, nb), dtype=np.float64)
        for b in range(nb - 1, -1, -1):
            if masks[b]:
                value[j >= cuts[b]] = 0.0
            cum[:, b] = value.sum(axis=1, dtype=np.float64)
        out[r0:r1_, 0] += cum[:, 0]
        out[r0:r1_, 1:] += np.diff(cum, axis=1)
    return out


# -- tiers ----------------------------------------------------------------------------------


def _nice(yuan: float) -> Decimal:
    """Round to whole 万 from 10万 up, to 0.1万 below (98.3万 → 98万, 4.26万 → 4.3万)."""
    step = Decimal(10000) if yuan >= 100000 else Decimal(1000)
    return (Decimal(repr(yuan)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def propose_tiers(
    inputs: ForecastInputs,
    chances: Sequence[float] = TIER_CHANCES,
    runs: int = 10_000,
    seed: int | None = 0,
) -> tuple[Decimal, ...]:
    """Tiered targets (目标, 冲刺, 挑战) the rep reaches with about ``chances`` each, from the
    simulated final sales of the period (the pipeline and the rep's past weeks), rounded to a
    round figure and strictly rising. With no pipeline yet, pass the rep's past weekly sales as
    ``weekly_new_business``."""
    import numpy as np

    prep = _prepare(inputs)
    to_come, _ = _simulate(inputs, prep, runs, seed)
    total = to_come.sum(axis=1) + float(inputs.won_so_far)
    out: list[Decimal] = []
    for c in chances:
        level = _nice(float(np.quantile(total, 1.0 - c)))
        if out and level <= out[-1]:
            level = out[-1] + (Decimal(10000) if out[-1] >= 100000 else Decimal(1000))
        out.append(level)
    return tuple(out)


# -- sentences ------------------------------------------------------------------------------

# English for the command line; the UI translates by code. ``*_fen`` are amounts in fen,
# ``pct`` a whole percentage, ``times`` a coverage with one decimal (Decimal), ``n`` a count.
MESSAGES_EN: dict[str, str] = {
    "forecast.chance": "{pct}% likely to reach {target_fen}",
    "forecast.chance_more": "{pct}% for {target_fen}",
    "forecast.reached": "{target_fen} is reached",
    "forecast.range_early": "Early in the period: final sales likely between {p10_fen} and "
    "{p90_fen}.",
    "forecast.range": "Final sales likely {p50_fen} (between {p10_fen} and {p90_fen}).",
    "forecast.coverage": "Open deals closing in the period: {best_fen}, {times}x the "
    "{still_fen} still to win; your win rate of {pct}% needs {needed}x.",
    "forecast.coverage_short": "Open deals closing in the period: {best_fen}, {times}x the "
    "{still_fen} still to win; your win rate of {pct}% needs {needed}x: about {gap_fen} "
    "more pipeline.",
    "forecast.new_business": "Expected from deals not yet in the pipeline: {new_fen}.",
    "forecast.rates_measured": "Stage win rates measured from your {n} closed deal(s).",
    "forecast.rates_blended": "Stage win rates: your {n} closed deal(s) blended with the "
    "defaults (measured from {min} on).",
    "forecast.rates_default": "Stage win rates are the defaults: no closed deals yet.",
}


def _fen(yuan: Decimal) -> int:
    return int((yuan * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _pct(x: float) -> int:
    return math.floor(x * 100 + 0.5)


def _times(x: float) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def outlook_sentences(o: Outlook, early: bool, needed_coverage: float) -> list[Message]:
    """The sentences of one period or sub-period."""
    out = []
    for i, (t, c) in enumerate(zip(o.targets, o.chances, strict=True)):
        if t <= o.won:
            out.append(Message("forecast.reached", {"target_fen": _fen(t), "tier": i}))
        else:
            code = "forecast.chance" if i == 0 else "forecast.chance_more"
            out.append(Message(code, {"pct": _pct(c), "target_fen": _fen(t), "tier": i}))
    band = {"p10_fen": _fen(o.p10), "p50_fen": _fen(o.p50), "p90_fen": _fen(o.p90)}
    out.append(Message("forecast.range_early" if early else "forecast.range", band))
    if o.coverage is not None:
        params: dict[str, Any] = {
            "best_fen": _fen(o.best_case),
            "times": _times(o.coverage),
            "still_fen": _fen(o.still_to_win),
            "pct": _pct(1 / needed_coverage),
            "needed": _times(needed_coverage),
        }
        gap = o.still_to_win * Decimal(repr(needed_coverage)) - o.best_case
        if gap > 0:
            out.append(Message("forecast.coverage_short", params | {"gap_fen": _fen(gap)}))
        else:
            out.append(Message("forecast.coverage", params))
    if o.new_business > 0:
        out.append(Message("forecast.new_business", {"new_fen": _fen(o.new_business)}))
    return out


def sentences(f: Forecast) -> list[Message]:
    """The period's forecast as sentences: the odds of each tier ("72% likely to reach 30万;
    45% for 33万"), the range, the coverage, the new business and where the rates come from."""
    out = outlook_sentences(f.period, f.early, f.needed_coverage)
    if f.stage_rates:
        n = f.closed_deals
        code = {
            MEASURED: "forecast.rates_measured",
            BLENDED: "forecast.rates_blended",
            DEFAULT: "forecast.rates_default",
        }[_source(n)]
        out.append(Message(code, {"n": n, "min": MIN_MEASURED}))
    return out


def message_text(msg: Message) -> str:
    """English text of a forecast message (the command line; tests)."""
    from salesplanner.domain.diagnosis import fill

    return fill(MESSAGES_EN[msg.code], msg.params)
