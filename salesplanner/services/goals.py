"""Goal use cases: plan (defaults), save (new or edited, earlier version kept), load, delete,
and restore a snapshot (for undo). Each write runs in one transaction and returns Changes.

* ``make_calendar(store, start, end, settings=None) -> WorkCalendar`` — holidays + calendar_days.
* ``default_plan(store, goal, ...) -> GoalPlan`` — the breakdown and activity targets the
  engine suggests for a goal (the wizard's starting point).
* ``save_goal(store, plan, reason="") -> SaveResult`` — inserts, or for ``plan.goal.id`` set,
  stores the current state in ``goal_versions`` and updates (version + 1).
* ``load_goal(store, goal_id) -> GoalPlan | None``; ``list_goals(store)``; ``delete_goal``.
* ``snapshot(store, goal_id)`` / ``restore(store, goal_id, snapshot)`` — exact state, for undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from salesplanner.domain.breakdown import (
    DEFAULT_RAMP_STEP_PCT,
    Breakdown,
    BreakdownError,
    PeriodTarget,
    breakdown,
    from_months,
)
from salesplanner.domain.calendar import WorkCalendar
from salesplanner.domain.funnel import (
    METHOD_EXAMPLE,
    ActivityTarget,
    FunnelInputs,
    FunnelRates,
    funnel_rates,
    plan_activity_targets,
)
from salesplanner.domain.goals import Goal, HistoryPoint, goal_span, judge
from salesplanner.domain.money import to_fen
from salesplanner.domain.settings import Settings
from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import goals as repo
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings

GOAL_CHANGES = Changes(goals=True, targets=True)


class GoalError(UserError):
    pass


@dataclass(frozen=True, slots=True)
class GoalPlan:
    goal: Goal
    breakdown: Breakdown
    activities: tuple[ActivityTarget, ...] = ()


@dataclass(frozen=True, slots=True)
class SaveResult:
    goal_id: int
    version: int
    changes: Changes = field(default=GOAL_CHANGES)


def make_calendar(
    store: Store, start: dt.date, end: dt.date, settings: Settings | None = None
) -> WorkCalendar:
    settings = settings or load_settings(store)
    return WorkCalendar(settings, repo.calendar_overrides(store, start, end))


def ramp_step(goal: Goal) -> Decimal:
    return Decimal(str(goal.plan.get("ramp_step_pct", DEFAULT_RAMP_STEP_PCT)))


def funnel_inputs(goal: Goal) -> FunnelInputs:
    return FunnelInputs.from_json(goal.funnel) or METHOD_EXAMPLE


# The window the wizard measures the rep's funnel over: the year before the goal starts.
FUNNEL_WINDOW_DAYS = 365


def measured_rates(
    store: Store, start: dt.date, defaults: FunnelInputs = METHOD_EXAMPLE
) -> FunnelRates:
    """The rep's funnel (visit → new deal → proposal → won, and the average won amount)
    measured from the year before ``start`` where there are enough cases, ``defaults``
    elsewhere (each rate says which)."""
    end = start - dt.timedelta(days=1)
    history = repo.funnel_history(store, end - dt.timedelta(days=FUNNEL_WINDOW_DAYS - 1), end)
    return funnel_rates(history, defaults)


def default_plan(
    store: Store,
    goal: Goal,
    manual_months: dict[int, int] | None = None,
    settings: Settings | None = None,
) -> GoalPlan:
    """The engine's breakdown and activity targets for ``goal``."""
    start, end = goal_span(goal)
    cal = make_calendar(store, start, end, settings)
    history = None
    if goal.breakdown_method == "seasonal":
        history = repo.sales_by_month(
            store, dt.date(start.year - 3, 1, 1), start - dt.timedelta(days=1)
        )
    b = breakdown(
        to_fen(goal.target),
        start,
        end,
        goal.breakdown_method,
        ramp_step(goal),
        cal,
        history,
        to_fen(goal.rounding) or 1,
        manual_months,
    )
    acts = plan_activity_targets(b.months, b.weeks, funnel_inputs(goal), cal)
    return GoalPlan(goal, b, tuple(acts))


def plan_from_months(
    store: Store,
    goal: Goal,
    months: list[PeriodTarget],
    month_counts: Sequence[Mapping[str, int]] | None = None,
    settings: Settings | None = None,
) -> GoalPlan:
    """A plan from month targets as edited (weeks and days re-spread, activities re-planned)."""
    cal = make_calendar(store, *goal_span(goal), settings)
    b = from_months(months, cal)
    acts = plan_activity_targets(b.months, b.weeks, funnel_inputs(goal), cal, month_counts)
    return GoalPlan(goal, b, tuple(acts))


def _validate(plan: GoalPlan) -> None:
    g = plan.goal
    if not g.title.strip():
        raise GoalError("Give the goal a title.")
    if g.start is None or g.end is None:
        raise GoalError("Set the goal's start and deadline.")
    if g.end < g.start:
        raise GoalError("The goal's deadline is before its start.")
    if g.target < 0:
        raise GoalError("The target cannot be negative.")
    months = plan.breakdown.months
    if months and g.unit == "yuan" and plan.breakdown.total_fen != to_fen(g.target):
        raise BreakdownError(
            f"The months add up to {plan.breakdown.total_fen / 100:.2f} yuan but the goal is "
            f"{g.target} yuan; adjust a month."
        )


def _with_verdict(goal: Goal) -> Goal:
    v = judge(goal.target, goal.history_values, goal.baseline, goal.unit)
    return replace(goal, verdict=v.level)


def snapshot(store: Store, goal_id: int) -> dict[str, Any] | None:
    """The goal row with its period and activity targets, as plain data (None: no such goal)."""
    return repo.snapshot(store, goal_id)


def save_goal(store: Store, plan: GoalPlan, reason: str = "") -> SaveResult:
    """Save a new goal, or an edit of ``plan.goal.id`` keeping the earlier version."""
    _validate(plan)
    goal = _with_verdict(plan.goal)
    with store.transaction():
        if goal.id is None:
            goal_id, version = repo.insert_goal(store, goal, 1), 1
        else:
            before = snapshot(store, goal.id)
            if before is None:
                raise GoalError("This goal no longer exists; save it as a new goal.")
            old_version = before["goal"]["version"]
            repo.add_version(
                store, goal.id, old_version, reason, before["goal"]["target_fen"], before
            )
            goal_id, version = goal.id, old_version + 1
            repo.update_goal(store, goal_id, goal, version)
        repo.replace_period_targets(store, goal_id, plan.breakdown.all())
        repo.replace_activity_targets(store, goal_id, list(plan.activities))
    return SaveResult(goal_id, version)


def restore(store: Store, goal_id: int, snap: dict[str, Any] | None) -> Changes:
    """Put a goal back exactly as ``snapshot`` found it (None: the goal did not exist)."""
    with store.transaction():
        if snap is None:
            repo.delete_goal(store, goal_id)
        else:
            repo.restore_snapshot(store, snap)
    return GOAL_CHANGES


def load_goal(store: Store, goal_id: int) -> GoalPlan | None:
    goal = repo.get_goal(store, goal_id)
    if goal is None:
        return None
    periods = repo.period_targets(store, goal_id)
    b = Breakdown(
        tuple(p for p in periods if p.level == "month"),
        tuple(p for p in periods if p.level == "week"),
        tuple(p for p in periods if p.level == "day"),
    )
    return GoalPlan(goal, b, tuple(repo.activity_targets(store, goal_id)))


def list_goals(store: Store) -> list[Goal]:
    return repo.list_goals(store)


def delete_goal(store: Store, goal_id: int) -> Changes:
    with store.transaction():
        repo.delete_goal(store, goal_id)
    return GOAL_CHANGES


# -- what the goal's screens read -----------------------------------------------------------
def active_goal(store: Store, on: dt.date | None = None) -> Goal | None:
    """The goal being worked on (covering ``on`` when given)."""
    return repo.active_goal(store, on)


def versions(store: Store, goal_id: int) -> list[repo.GoalVersion]:
    """Every saved version of the goal, as the Goal pane lists them."""
    return repo.list_versions(store, goal_id)


def has_sales(store: Store) -> bool:
    """Whether the plan holds any sale (the wizard offers the history only then)."""
    return repo.has_sales(store)


def sales_history(
    store: Store, kind: str, count: int, before: dt.date, today: dt.date | None = None
) -> list[HistoryPoint]:
    """The ``count`` whole periods of ``kind`` before ``before``'s, oldest first (a period
    not over by ``today`` is marked partial)."""
    return repo.sales_history(store, kind, count, before, today)
