"""Progress of a goal in a period: actual against target, pace, forecast, metrics, rates.

Pure functions over numbers the store aggregates (no SQL, no Qt):

* ``compute_progress(...) -> Progress`` — for one period (a week, a month or the whole goal)
  as of a day: the actual sales to date against the period target; the **expected to date**
  (the sum of the day targets up to that day: the target spread over working days); the
  **run-rate forecast** for the period end (actual + actual per elapsed working day × working
  days left); each activity metric against its target and its expected-to-date with a traffic
  light; the observed conversion rates against the planned ones; weekly rows for the bars and
  the cumulative series for the charts.
* ``observed_rates(...)`` / ``planned_rates(inputs)`` — deal size, proposals per visit,
  contracts per proposal and revenue per visit.
* ``weekly_forecasts(...)`` and ``review_target(...)`` — trap 4.1/4.4: when the forecast has
  stayed off the target by more than :data:`REVIEW_MARGIN` for :data:`REVIEW_WEEKS` weeks in a
  row, suggest revising the target.

Traffic lights (one place): attainment = actual / expected-to-date; green at
:data:`GREEN_AT` or more, amber at :data:`AMBER_AT` or more, red below; ``none`` when nothing
is expected yet or there is no target; ``untracked`` when the rep logs none of that activity.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from salesplanner.domain.calendar import iso_weeks
from salesplanner.domain.funnel import FunnelInputs
from salesplanner.domain.records import CONTRACT, FOLLOWUP, PHONE, PROPOSAL, VISIT

METRIC_CODES = (VISIT, PHONE, FOLLOWUP, PROPOSAL, CONTRACT)
GREEN_AT = Fraction(95, 100)
AMBER_AT = Fraction(80, 100)
GREEN, AMBER, RED, NONE, UNTRACKED = "green", "amber", "red", "none", "untracked"

REVIEW_MARGIN = Fraction(15, 100)  # forecast off the target by more than 15 % ...
REVIEW_WEEKS = 3  # ... for three weeks in a row: suggest revising it


def light(actual: int, expected: Fraction | None, tracked: bool = True) -> str:
    if not tracked:
        return UNTRACKED
    if expected is None or expected <= 0:
        return NONE
    ratio = Fraction(actual) / expected
    if ratio >= GREEN_AT:
        return GREEN
    if ratio >= AMBER_AT:
        return AMBER
    return RED


def fen_of(value: Fraction | Decimal | int) -> int:
    """Round an exact amount in fen half up to a whole fen."""
    return math.floor(Fraction(value) + Fraction(1, 2))


# -- rates ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rates:
    """Funnel rates; a field is None when it cannot be measured. Amounts in fen."""

    deal_size_fen: Fraction | None
    close_rate: Fraction | None  # contracts per proposal
    proposal_rate: Fraction | None  # proposals per visit
    revenue_per_visit_fen: Fraction | None
    samples: Mapping[str, int]  # visit / proposal / contract / deals / revenue_fen

    def to_json(self) -> dict[str, Any]:
        def f(x: Fraction | None, places: int = 4) -> float | None:
            return None if x is None else round(float(x), places)

        return {
            "deal_size_fen": None if self.deal_size_fen is None else fen_of(self.deal_size_fen),
            "close_rate": f(self.close_rate),
            "proposal_rate": f(self.proposal_rate),
            "revenue_per_visit_fen": (
                None if self.revenue_per_visit_fen is None else fen_of(self.revenue_per_visit_fen)
            ),
            "samples": dict(self.samples),
        }


def planned_rates(inputs: FunnelInputs) -> Rates:
    size = Fraction(inputs.deal_size) * 100
    return Rates(
        size,
        inputs.close_rate,
        inputs.proposal_rate,
        size * inputs.close_rate * inputs.proposal_rate,
        {},
    )


def observed_rates(
    visits: int,
    proposals: int,
    contracts: int,
    deals: int,
    revenue_fen: int,
    tracked: set[str] | frozenset[str],
) -> Rates:
    """What the logged numbers say. Proposals per visit needs both logged; contracts are the
    logged contract activities or, when none are logged, the won deals."""
    contracts = contracts or deals
    rpv = Fraction(revenue_fen, visits) if visits > 0 and VISIT in tracked else None
    pr = (
        min(Fraction(proposals, visits), Fraction(1))
        if visits > 0 and PROPOSAL in tracked and VISIT in tracked
        else None
    )
    cr = (
        min(Fraction(contracts, proposals), Fraction(1))
        if proposals > 0 and PROPOSAL in tracked
        else None
    )
    size = Fraction(revenue_fen, deals) if deals > 0 else None
    samples = {
        VISIT: visits,
        PROPOSAL: proposals,
        CONTRACT: contracts,
        "deals": deals,
        "revenue_fen": revenue_fen,
    }
    return Rates(size, cr, pr, rpv, samples)


# -- progress ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetricProgress:
    code: str
    actual: int
    target: int | None  # for the whole period
    expected: Fraction | None  # to date (target × elapsed / total working days)
    tracked: bool
    light: str

    @property
    def attainment(self) -> Fraction | None:
        if self.expected is None or self.expected <= 0:
            return None
        return Fraction(self.actual) / self.expected

    def to_json(self) -> dict[str, Any]:
        a = self.attainment
        return {
            "code": self.code,
            "actual": self.actual,
            "target": self.target,
            "expected_to_date": None if self.expected is None else round(float(self.expected), 2),
            "attainment": None if a is None else round(float(a), 4),
            "tracked": self.tracked,
            "light": self.light,
        }


@dataclass(frozen=True, slots=True)
class WeekRow:
    start: dt.date
    end: dt.date
    target_fen: int
    actual_fen: int
    working_days: int
    past: bool  # ended on or before as_of

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "target_fen": self.target_fen,
            "actual_fen": self.actual_fen,
            "working_days": self.working_days,
        }


@dataclass(frozen=True, slots=True)
class Progress:
    goal_id: int | None
    goal_title: str
    kind: str  # week | month | goal
    start: dt.date
    end: dt.date
    as_of: dt.date
    target_fen: int
    actual_fen: int
    expected_fen: int
    forecast_fen: int | None  # None before the first working day
    working_days: int
    elapsed_days: int
    metrics: tuple[MetricProgress, ...]
    planned: Rates
    observed: Rates
    weeks: tuple[WeekRow, ...]
    days: tuple[dt.date, ...]  # every calendar day of the period
    cum_target: tuple[int, ...]  # per day in ``days``
    cum_actual: tuple[int, ...]  # per day in ``days`` up to as_of (shorter after it)

    @property
    def left_days(self) -> int:
        return self.working_days - self.elapsed_days

    @property
    def gap_fen(self) -> int:
        """Still to sell to reach the target (negative: above it)."""
        return self.target_fen - self.actual_fen

    @property
    def behind_fen(self) -> int:
        """Behind the pace (expected to date minus actual; negative: ahead)."""
        return self.expected_fen - self.actual_fen

    @property
    def forecast_gap_fen(self) -> int | None:
        return None if self.forecast_fen is None else self.forecast_fen - self.target_fen

    @property
    def light(self) -> str:
        return light(self.actual_fen, Fraction(self.expected_fen) if self.expected_fen else None)

    def metric(self, code: str) -> MetricProgress | None:
        return next((m for m in self.metrics if m.code == code), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "goal_id": self.goal_id,
            "goal": self.goal_title,
            "period": {"kind": self.kind, "start": self.start, "end": self.end},
            "as_of": self.as_of,
            "target_fen": self.target_fen,
            "actual_fen": self.actual_fen,
            "expected_to_date_fen": self.expected_fen,
            "behind_pace_fen": self.behind_fen,
            "gap_fen": self.gap_fen,
            "forecast_fen": self.forecast_fen,
            "forecast_gap_fen": self.forecast_gap_fen,
            "light": self.light,
            "working_days": {
                "total": self.working_days,
                "elapsed": self.elapsed_days,
                "left": self.left_days,
            },
            "metrics": [m.to_json() for m in self.metrics],
            "rates": {"planned": self.planned.to_json(), "observed": self.observed.to_json()},
            "weeks": [w.to_json() for w in self.weeks],
        }


def run_rate_forecast(actual_fen: int, elapsed: int, total: int) -> int | None:
    if elapsed <= 0:
        return None
    return fen_of(Fraction(actual_fen) * total / elapsed) if elapsed < total else actual_fen


def compute_progress(
    *,
    kind: str,
    start: dt.date,
    end: dt.date,
    as_of: dt.date,
    working_days: Sequence[dt.date],
    day_targets: Mapping[dt.date, int],
    sales: Mapping[dt.date, int],
    activity_actual: Mapping[str, int],
    activity_targets: Mapping[str, int],
    tracked: set[str] | frozenset[str],
    planned: Rates,
    deals: int,
    week_targets: Mapping[dt.date, int] | None = None,
    goal_id: int | None = None,
    goal_title: str = "",
) -> Progress:
    """Progress of [start, end] as of ``as_of`` (see the module docstring).

    ``day_targets`` are the revenue targets of the period's days (fen; they sum to the period
    target); ``sales`` the sales per day (only days up to ``as_of`` count); ``activity_*``
    the counts to date and the period's targets per code; ``week_targets`` stored week
    targets by Monday (else the day targets are summed per week).
    """
    wd = [d for d in working_days if start <= d <= end]
    elapsed = sum(1 for d in wd if d <= as_of)
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    cum_target, cum_actual = [], []
    t = a = 0
    for d in days:
        t += day_targets.get(d, 0)
        cum_target.append(t)
        if d <= as_of:
            a += sales.get(d, 0)
            cum_actual.append(a)
    target = t
    actual = a
    expected = sum(v for d, v in day_targets.items() if start <= d <= min(as_of, end))
    metrics = []
    for code in METRIC_CODES:
        n = int(activity_actual.get(code, 0))
        tgt = activity_targets.get(code)
        exp = Fraction(tgt * elapsed, len(wd)) if tgt is not None and wd else None
        is_tracked = code in tracked or code == CONTRACT and deals > 0
        if code == CONTRACT and n == 0:
            n = deals  # contracts not logged separately: the won deals count
        metrics.append(MetricProgress(code, n, tgt, exp, is_tracked, light(n, exp, is_tracked)))
    observed = observed_rates(
        int(activity_actual.get(VISIT, 0)),
        int(activity_actual.get(PROPOSAL, 0)),
        int(activity_actual.get(CONTRACT, 0)),
        deals,
        actual,
        tracked,
    )
    weeks = []
    for ws, we in iso_weeks(start, end):
        monday = ws - dt.timedelta(days=ws.weekday())
        whole_week = ws == monday and (we - ws).days == 6
        # A week cut by the period's edge (a month starting on a Sunday, say) gets the target
        # of its own days: the stored week target belongs to the whole week, partly in the
        # next or previous month, and would make the bars add up to more than the period.
        if whole_week and week_targets is not None and monday in week_targets:
            wt = week_targets[monday]
        else:
            wt = sum(
                day_targets.get(ws + dt.timedelta(days=i), 0) for i in range((we - ws).days + 1)
            )
        wa = sum(
            sales.get(ws + dt.timedelta(days=i), 0)
            for i in range((we - ws).days + 1)
            if ws + dt.timedelta(days=i) <= as_of
        )
        weeks.append(WeekRow(ws, we, wt, wa, sum(1 for d in wd if ws <= d <= we), we <= as_of))
    return Progress(
        goal_id,
        goal_title,
        kind,
        start,
        end,
        as_of,
        target,
        actual,
        expected,
        run_rate_forecast(actual, elapsed, len(wd)),
        len(wd),
        elapsed,
        tuple(metrics),
        planned,
        observed,
        tuple(weeks),
        tuple(days),
        tuple(cum_target),
        tuple(cum_actual),
    )


# -- target review (traps 4.1 and 4.4) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekForecast:
    week_end: dt.date
    forecast_fen: int
    deviation: Fraction  # forecast / target - 1


@dataclass(frozen=True, slots=True)
class TargetReview:
    suggest: bool
    direction: str  # down | up | none
    weeks_off: int  # consecutive weeks (up to the last) off by more than the margin
    forecasts: tuple[WeekForecast, ...]
    suggested_target_fen: int | None
    margin: Fraction = REVIEW_MARGIN
    weeks_needed: int = REVIEW_WEEKS

    def to_json(self) -> dict[str, Any]:
        return {
            "suggest_revision": self.suggest,
            "direction": self.direction,
            "weeks_off": self.weeks_off,
            "margin": float(self.margin),
            "weeks_needed": self.weeks_needed,
            "suggested_target_fen": self.suggested_target_fen,
            "forecasts": [
                {
                    "week_end": f.week_end,
                    "forecast_fen": f.forecast_fen,
                    "deviation": round(float(f.deviation), 4),
                }
                for f in self.forecasts
            ],
        }


def weekly_forecasts(
    start: dt.date,
    end: dt.date,
    as_of: dt.date,
    working_days: Sequence[dt.date],
    sales: Mapping[dt.date, int],
    target_fen: int,
) -> list[WeekForecast]:
    """The run-rate forecast of the period end as it stood at the end of each completed week."""
    wd = sorted(d for d in working_days if start <= d <= end)
    out: list[WeekForecast] = []
    if not wd or target_fen <= 0:
        return out
    for ws, we in iso_weeks(start, min(end, as_of)):
        full_end = min(end, ws - dt.timedelta(days=ws.weekday() - 6))
        if any(as_of < d <= full_end for d in wd):
            continue  # the week still has working days ahead
        elapsed = sum(1 for d in wd if d <= we)
        actual = sum(v for d, v in sales.items() if start <= d <= we)
        fc = run_rate_forecast(actual, elapsed, len(wd))
        if fc is not None:
            out.append(WeekForecast(we, fc, Fraction(fc, target_fen) - 1))
    return out


def review_target(
    forecasts: Sequence[WeekForecast],
    target_fen: int,
    step_fen: int = 1_000_000,
    margin: Fraction = REVIEW_MARGIN,
    weeks: int = REVIEW_WEEKS,
) -> TargetReview:
    """Suggest revising the target when the last ``weeks`` forecasts all missed it by more
    than ``margin`` on the same side; the suggestion is the latest forecast to ``step_fen``."""
    run, direction = 0, "none"
    for f in reversed(forecasts):
        side = "down" if f.deviation < -margin else "up" if f.deviation > margin else "none"
        if side == "none" or (direction != "none" and side != direction):
            break
        direction, run = side, run + 1
    suggest = run >= weeks
    suggested = None
    if suggest:
        latest = forecasts[-1].forecast_fen
        step = max(1, step_fen)
        suggested = max(step, math.floor(Fraction(latest, step) + Fraction(1, 2)) * step)
    return TargetReview(
        suggest, direction if run else "none", run, tuple(forecasts), suggested, margin, weeks
    )
