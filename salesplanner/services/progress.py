"""Progress, diagnosis, catch-up, target review, weekly reviews and customer priorities.

Reads (no transaction):

* ``progress(store, as_of=None, kind="month") -> Progress | None`` — the active goal's
  progress in the week / month / whole goal containing ``as_of`` (default: the last day with
  logged data, see :func:`default_as_of`).
* ``diagnose_week(store, monday=None) -> DiagnosisReport | None`` — the week's diagnosis, the
  catch-up plan for the rest of its month, options for next week and the target review.
* ``customer_analysis(store, as_of, months=12) -> Pareto`` — the 80/20 ranking.
* ``week_numbers(store, monday)`` — the figures a weekly review is prefilled with.

Writes (one transaction each, returning what undo needs):

* ``apply_block_edit`` / ``undo_block_edit`` — a catch-up option or the weekly top-customer
  visits as one edit of the week plan (blocks added and blocks re-purposed).
* ``revise_target(store, goal_id, new_fen, reason, as_of)`` — the earlier version is kept in
  ``goal_versions`` with its date and the reason; undo with ``services.goals.restore``.
* ``save_review`` / ``restore_review``; ``set_priority``.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from salesplanner.domain.breakdown import PeriodTarget, split_amount, spread
from salesplanner.domain.calendar import WorkCalendar, add_months, month_end, week_start
from salesplanner.domain.customers import Pareto, RankedCustomer, pareto
from salesplanner.domain.diagnosis import (
    SHOWN_DEALS,
    BlockMove,
    CatchUpOption,
    CatchUpPlan,
    Diagnosis,
    OddsOption,
    PipelineDiagnosis,
    StalledDeal,
    catch_up_options,
    catch_up_plan,
    diagnose,
    diagnose_pipeline,
    is_stuck,
    new_deals_needed,
    pct_of,
)
from salesplanner.domain.funnel import ActivityTarget, plan_activity_targets
from salesplanner.domain.goals import Goal, goal_span, restate_amount
from salesplanner.domain.money import from_fen, to_fen
from salesplanner.domain.progress import (
    METRIC_CODES,
    Progress,
    TargetReview,
    compute_progress,
    planned_rates,
    review_target,
    weekly_forecasts,
)
from salesplanner.domain.records import VISIT, TimeBlock, WeeklyReview
from salesplanner.domain.settings import Settings
from salesplanner.domain.slots import place_blocks
from salesplanner.errors import UserError
from salesplanner.services import goals as goal_service
from salesplanner.services.changes import Changes
from salesplanner.store import blocks as block_repo
from salesplanner.store import goals as goal_repo
from salesplanner.store import progress as q
from salesplanner.store import reviews as review_repo
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings

KINDS = ("week", "month", "goal")
TRACKING_LOOKBACK_DAYS = 28  # an activity type counts as tracked if logged in this window
TOP_VISIT_NOTE = "weekly visit: top customer"
USUAL_DAYS_YEARS = 1  # closed deals the usual days at a stage are measured on


class ProgressError(UserError):
    pass


def default_as_of(store: Store, today: dt.date | None = None) -> dt.date:
    """The last day with a logged deal or activity (not after today); today when none."""
    today = today or dt.date.today()
    return q.latest_data_date(store, today) or today


# -- targets of a goal --------------------------------------------------------------------


@dataclass(frozen=True)
class GoalTargets:
    goal: Goal
    calendar: WorkCalendar
    working_days: tuple[dt.date, ...]  # of the whole goal
    months: tuple[PeriodTarget, ...]
    day_targets: dict[dt.date, int]
    week_targets: dict[dt.date, int] | None  # stored, by Monday
    activities: tuple[ActivityTarget, ...]


def goal_targets(store: Store, goal: Goal, settings: Settings | None = None) -> GoalTargets:
    """The stored targets of ``goal``; what is not stored is derived as the planning engine
    would (months spread over working days, activity targets from the goal's funnel)."""
    start, end = goal_span(goal)
    cal = goal_service.make_calendar(store, start, end, settings)
    # a goal not saved yet has no stored targets: all are derived
    stored = goal_repo.period_targets(store, goal.id) if goal.id is not None else []
    months = [p for p in stored if p.level == "month"]
    if not months:
        months = [PeriodTarget("month", start, end, to_fen(goal.target))]
    weeks, days = spread(months, cal)
    stored_days = [p for p in stored if p.level == "day"]
    day_targets = (
        {p.start: p.amount_fen for p in stored_days}
        if stored_days
        else {p.start: p.amount_fen for p in days}
    )
    stored_weeks = [p for p in stored if p.level == "week"]
    week_targets: dict[dt.date, int] | None = None
    if stored_weeks:
        week_targets = {}
        for p in stored_weeks:
            m = week_start(p.start)
            week_targets[m] = week_targets.get(m, 0) + p.amount_fen
    acts = goal_repo.activity_targets(store, goal.id) if goal.id is not None else []
    if not acts:
        acts = plan_activity_targets(months, weeks, goal_service.funnel_inputs(goal), cal)
    return GoalTargets(
        goal,
        cal,
        tuple(cal.working_days(start, end)),
        tuple(months),
        day_targets,
        week_targets,
        tuple(acts),
    )


def period_bounds(goal: Goal, as_of: dt.date, kind: str) -> tuple[dt.date, dt.date]:
    start, end = goal_span(goal)
    if kind == "week":
        a = week_start(as_of)
        b = a + dt.timedelta(days=6)
    elif kind == "month":
        a, b = as_of.replace(day=1), month_end(as_of)
    elif kind == "goal":
        a, b = start, end
    else:
        raise ProgressError(f"Unknown period {kind!r}: use week, month or goal.")
    return max(a, start), min(b, end)


def period_activity_targets(
    t: GoalTargets, kind: str, start: dt.date, end: dt.date
) -> dict[str, int]:
    """Activity targets of [start, end]: the stored week (or goal) targets where they match,
    else the month targets pro rata by working days (rounded up)."""
    out: dict[str, int] = {}
    if kind == "week":
        for a in t.activities:
            if a.level == "week" and start <= a.start <= end:
                out[a.code] = out.get(a.code, 0) + a.count
        if out:
            return out
    if kind == "goal":
        for a in t.activities:
            if a.level == "goal":
                out[a.code] = out.get(a.code, 0) + a.count
        if out:
            return out
    shares: dict[str, Fraction] = {}
    for a in t.activities:
        if a.level != "month" or a.end < start or a.start > end:
            continue
        total = t.calendar.count(a.start, a.end)
        part = t.calendar.count(max(a.start, start), min(a.end, end))
        if total:
            shares[a.code] = shares.get(a.code, Fraction(0)) + Fraction(a.count * part, total)
    return {code: -(-v.numerator // v.denominator) for code, v in shares.items()}


def _progress_for(
    store: Store, t: GoalTargets, kind: str, start: dt.date, end: dt.date, as_of: dt.date
) -> Progress:
    upto = min(as_of, end)
    counts: dict[str, int] = {}
    if upto >= start:
        for (_d, code), n in q.activity_by_day(store, start, upto).items():
            counts[code] = counts.get(code, 0) + n
    deals = q.deal_stats(store, start, upto)[0] if upto >= start else 0
    goal_start = goal_span(t.goal)[0]
    tracked = q.logged_codes(
        store, min(goal_start, as_of - dt.timedelta(days=TRACKING_LOOKBACK_DAYS - 1)), as_of
    )
    return compute_progress(
        kind=kind,
        start=start,
        end=end,
        as_of=as_of,
        working_days=[d for d in t.working_days if start <= d <= end],
        day_targets={d: v for d, v in t.day_targets.items() if start <= d <= end},
        sales=q.sales_by_day(store, start, end),
        activity_actual=counts,
        activity_targets=period_activity_targets(t, kind, start, end),
        tracked=tracked,
        planned=planned_rates(goal_service.funnel_inputs(t.goal)),
        deals=deals,
        week_targets=t.week_targets,
        goal_id=t.goal.id,
        goal_title=t.goal.title,
    )


def _goal(store: Store, as_of: dt.date, goal_id: int | None) -> Goal | None:
    if goal_id is not None:
        return goal_repo.get_goal(store, goal_id)
    return goal_repo.active_goal(store, as_of)


def progress(
    store: Store,
    as_of: dt.date | None = None,
    kind: str = "month",
    goal_id: int | None = None,
    settings: Settings | None = None,
    targets: GoalTargets | None = None,
) -> Progress | None:
    """Progress of the active goal (or ``goal_id``) in the period of ``kind`` containing
    ``as_of``; None without a goal. A day outside the goal is clamped to it."""
    as_of = as_of or default_as_of(store)
    goal = targets.goal if targets else _goal(store, as_of, goal_id)
    if goal is None:
        return None
    t = targets or goal_targets(store, goal, settings)
    goal_start, goal_end = goal_span(goal)
    day = min(max(as_of, goal_start), goal_end)
    start, end = period_bounds(goal, day, kind)
    return _progress_for(store, t, kind, start, end, as_of)


def target_review(store: Store, t: GoalTargets, as_of: dt.date) -> TargetReview:
    g = t.goal
    start, end = goal_span(g)
    sales = q.sales_by_day(store, start, min(as_of, end))
    target = sum(t.day_targets.values()) or to_fen(g.target)
    forecasts = weekly_forecasts(start, end, as_of, t.working_days, sales, target)
    return review_target(forecasts, target, to_fen(g.rounding) or 1)


# -- diagnosis ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiagnosisReport:
    goal: Goal
    week: Progress
    period: Progress
    diagnosis: Diagnosis
    plan: CatchUpPlan
    next_monday: dt.date
    options: tuple[CatchUpOption, ...]
    review: TargetReview

    def to_json(self) -> dict[str, Any]:
        return {
            "goal": {"id": self.goal.id, "title": self.goal.title},
            "diagnosis": self.diagnosis.to_json(),
            "week_progress": self.week.to_json(),
            "period_progress": self.period.to_json(),
            "catch_up": self.plan.to_json(),
            "next_week": self.next_monday,
            "options": [o.to_json() for o in self.options],
            "target_review": self.review.to_json(),
        }


def diagnose_week(
    store: Store,
    monday: dt.date | None = None,
    as_of: dt.date | None = None,
    goal_id: int | None = None,
    settings: Settings | None = None,
    targets: GoalTargets | None = None,
    today: dt.date | None = None,
) -> DiagnosisReport | None:
    """Diagnose the ISO week starting ``monday`` (default: the week of the last logged day)."""
    settings = settings or load_settings(store)
    today = today or dt.date.today()
    if monday is None:
        as_of = as_of or default_as_of(store, today)
        monday = week_start(as_of)
    else:
        monday = week_start(monday)
        last = q.latest_data_date(store, monday + dt.timedelta(days=6))
        as_of = as_of or monday + dt.timedelta(days=6)
        if last is not None and last >= monday and as_of > today:
            as_of = max(last, min(as_of, today))
    goal = targets.goal if targets else _goal(store, as_of, goal_id)
    if goal is None:
        return None
    t = targets or goal_targets(store, goal, settings)
    goal_start, goal_end = goal_span(goal)
    day = min(max(as_of, goal_start), goal_end)
    ws, we = max(monday, goal_start), min(monday + dt.timedelta(days=6), goal_end)
    if ws > we:  # the week is outside the goal: its nearest week instead
        ws, we = period_bounds(goal, day, "week")
    week = _progress_for(store, t, "week", ws, we, as_of)
    period = _progress_for(store, t, "month", *period_bounds(goal, day, "month"), as_of)
    diag = diagnose(week, period)
    plan = catch_up_plan(period, t.working_days)
    next_monday = monday + dt.timedelta(days=7)
    blocks = block_repo.list_blocks(store, next_monday, next_monday + dt.timedelta(days=6))
    cal_days = t.calendar.working_days(next_monday, next_monday + dt.timedelta(days=6))
    visit_gap = next((g for g in diag.gaps if g.code == VISIT), None)
    options = catch_up_options(
        plan,
        next_monday,
        blocks,
        cal_days,
        work_start=settings.work_start_min,
        work_end=settings.work_end_min,
        buffer_min=settings.buffer_min_per_day,
        missed_visits=visit_gap.missing if visit_gap and visit_gap.tracked else 0,
    )
    return DiagnosisReport(
        goal, week, period, diag, plan, next_monday, tuple(options), target_review(store, t, as_of)
    )


# -- what holds the period back: pipeline, stuck deals or activity (issue 12.4) ---------------


#: The last pipeline diagnosis: (the store, weakly; its key; the result). It is computed once
#: per data change: a Progress reload that changed nothing (another period, the date box, an
#: edit elsewhere) reads it back instead of running three forecasts again.
_LAST_DIAGNOSIS: list[tuple[weakref.ref[Store], Any, PipelineDiagnosis | None]] = []


def pipeline_diagnosis(
    store: Store,
    as_of: dt.date | None = None,
    settings: Settings | None = None,
    targets: GoalTargets | None = None,
    runs: int | None = None,
    seed: int | None = None,
) -> PipelineDiagnosis | None:
    """:func:`compute_pipeline_diagnosis`, once per data change of ``store`` (and per date,
    goal, settings, runs and seed)."""
    settings = settings or load_settings(store)
    as_of = as_of or default_as_of(store)
    goal = targets.goal if targets else _goal(store, as_of, None)
    key = (store.data_version(), as_of, goal, settings, runs, seed)
    if _LAST_DIAGNOSIS:
        ref, last_key, last = _LAST_DIAGNOSIS[0]
        if ref() is store and last_key == key:
            return last
    result = compute_pipeline_diagnosis(store, as_of, settings, targets, runs, seed)
    _LAST_DIAGNOSIS[:] = [(weakref.ref(store), key, result)]  # a closed store is not kept
    return result


def compute_pipeline_diagnosis(
    store: Store,
    as_of: dt.date | None = None,
    settings: Settings | None = None,
    targets: GoalTargets | None = None,
    runs: int | None = None,
    seed: int | None = None,
) -> PipelineDiagnosis | None:
    """For the active goal's period as of the end of ``as_of``: which of too little pipeline,
    deals stuck at a stage or too few activities holds it back (``domain.diagnosis.
    diagnose_pipeline``), and the options "open N new deals" and "move these stalled deals",
    each with the chance of the target after it, from the same seeded simulation as the
    Progress pane's odds. None without a goal or without any deal in the pipeline."""
    from salesplanner.domain import opportunities as dom
    from salesplanner.domain.forecast import OpenDeal, forecast
    from salesplanner.domain.goals import Message
    from salesplanner.services import pipeline
    from salesplanner.services.report import FORECAST_RUNS, FORECAST_SEED
    from salesplanner.store import opportunities as opp_repo

    settings = settings or load_settings(store)
    as_of = as_of or default_as_of(store)
    goal = targets.goal if targets else _goal(store, as_of, None)
    if goal is None or goal.id is None or not q_has_pipeline(store):
        return None
    runs = runs or FORECAST_RUNS
    seed = FORECAST_SEED if seed is None else seed
    t = targets or goal_targets(store, goal, settings)
    inputs, _undated, _weeks = pipeline.forecast_inputs(store, goal, as_of)
    stages = opp_repo.list_stages(store)
    opps = opp_repo.list_opportunities(store, dom.OPEN)  # the forecast's order (newest first)
    deals, _ = dom.forecast_open_deals(opps, stages)
    inputs = replace(inputs, open_deals=deals)
    dated = [o for o in opps if o.expected_close is not None]
    base = pipeline.seeded_forecast(inputs, runs, seed)  # the pane's odds: run once
    outlook = base.period
    start, end = outlook.start, outlook.end
    today = as_of
    known = dom.stage_map(stages)
    order = [s.key for s in dom.open_stages(stages)]
    # the usual days at a stage: the deals closed in the last year (the rep as they sell now;
    # a third of the read of three years on the large demo, 136 → 42 ms, the same days)
    since = pipeline._years_before(as_of, USUAL_DAYS_YEARS)
    usual = {k: Fraction(mean).limit_denominator(10) for k, (mean, _n) in
             opp_repo.stage_days(store, since).items()}  # fmt: skip
    entered = opp_repo.open_stage_dates(store)
    last = opp_repo.last_activity_dates(store, dom.OPEN)  # the open deals' only
    stalled: list[StalledDeal] = []
    for o in dated:
        if o.expected_close is None or o.expected_close > end or o.id is None:
            continue
        in_stage = max(0, (today - entered.get(o.id, o.created)).days)
        idle = max(0, (today - dom.last_touch(o, last.get(o.id))).days)
        stuck = is_stuck(in_stage, usual.get(o.stage))
        stale = idle >= settings.stale_days
        if not (stuck or stale):
            continue
        i = order.index(o.stage) if o.stage in order else len(order)
        stage = known.get(o.stage)
        stalled.append(
            StalledDeal(
                o.id, o.customer_name, o.title, to_fen(o.amount),
                to_fen(dom.weighted_amount(o, stages)), o.stage, stage.name if stage else "",
                in_stage, usual.get(o.stage), idle, stuck, stale,
                order[i + 1] if i + 1 < len(order) else None,
            )
        )  # fmt: skip
    stalled.sort(key=lambda d: (-d.weighted_fen, d.opportunity_id))
    goal_progress = _progress_for(
        store, t, "goal", *period_bounds(goal, min(max(as_of, start), end), "goal"), as_of
    )
    activity = diagnose(goal_progress, goal_progress) if as_of >= start else None
    target = to_fen(outlook.targets[0]) if outlook.targets else 0
    chance = outlook.chances[0] if outlook.chances else 0.0
    result = diagnose_pipeline(
        start=start,
        end=end,
        target_fen=target,
        won_fen=to_fen(outlook.won),
        best_case_fen=to_fen(outlook.best_case),
        chance=chance,
        needed_coverage=base.needed_coverage,
        stalled=stalled,
        activity=activity,
        stale_days=settings.stale_days,
    )
    if result.verdict == "reached":
        return result
    options: list[OddsOption] = []
    # 1. open N new deals: the pipeline gap in deals of the usual size, closing after the
    # rep's usual cycle (the stages' usual days summed), at the first stage's rate
    sizes = sorted(to_fen(o.amount) for o in dated if o.amount > 0) or [0]
    each = sizes[len(sizes) // 2]
    n = new_deals_needed(result.pipeline_gap_fen, each)
    if n and order:
        cycle = round(sum(float(usual[k]) for k in order if k in usual)) or 30
        first = known[order[0]]
        close = as_of + dt.timedelta(days=cycle)
        new = [OpenDeal(from_fen(each), first.probability / 100, close, as_of, first.key)] * n
        after = forecast(replace(inputs, open_deals=[*deals, *new]), runs=runs, seed=seed)
        late = close > end
        params: dict[str, Any] = {
            "n": n, "each_fen": each, "amount_fen": each * n, "target_fen": target,
            "before": pct_of(chance), "after": pct_of(after.period.chances[0]),
        }  # fmt: skip
        if late:
            params |= {"cycle": cycle, "end": end}
        options.append(
            OddsOption(
                "open_deals", n, each * n, chance, after.period.chances[0], (),
                (Message("odds.open_deals_late" if late else "odds.open_deals", params),),
            )
        )  # fmt: skip
    # 2. move the stalled deals one stage on
    movable = [d for d in stalled if d.next_stage is not None]
    if movable:
        ahead = {d.opportunity_id: known[d.next_stage] for d in movable if d.next_stage}
        moved = [
            replace(deal, stage=ahead[o.id].key, probability=ahead[o.id].probability / 100)
            if o.id in ahead
            else deal
            for o, deal in zip(dated, deals, strict=True)
        ]
        after = forecast(replace(inputs, open_deals=moved), runs=runs, seed=seed)
        names = [d.label for d in movable[:SHOWN_DEALS]]
        params = {
            "names": names, "target_fen": target, "before": pct_of(chance),
            "after": pct_of(after.period.chances[0]),
        }  # fmt: skip
        code = "odds.move_stale"
        if len(movable) > SHOWN_DEALS:
            code, params["more"] = "odds.move_stale_more", len(movable) - SHOWN_DEALS
        options.append(
            OddsOption(
                "move_stale", len(movable), sum(d.amount_fen for d in movable), chance,
                after.period.chances[0], tuple(movable), (Message(code, params),),
            )
        )  # fmt: skip
    return replace(result, options=tuple(options))


def q_has_pipeline(store: Store) -> bool:
    return bool(store.execute("SELECT EXISTS (SELECT 1 FROM opportunities)").fetchone()[0])


# -- block edits (catch-up options, weekly top-customer visits) -------------------------------


@dataclass(frozen=True)
class BlockEdit:
    """Blocks added (with their ids once applied) and blocks changed (before → after)."""

    adds: tuple[TimeBlock, ...]
    moves: tuple[BlockMove, ...] = ()

    @property
    def changes(self) -> Changes:
        return BLOCK_CHANGES


BLOCK_CHANGES = Changes(blocks=True)


def apply_block_edit(store: Store, edit: BlockEdit) -> BlockEdit:
    """Write ``edit`` in one transaction; returns it with the new blocks' ids (for undo/redo:
    applying a returned edit again re-creates the same ids)."""
    with store.transaction():
        added = []
        for b in edit.adds:
            new_id = block_repo.insert_block(store, b)
            added.append(replace(b, id=new_id))
        for m in edit.moves:
            if m.before.id is None or block_repo.get_block(store, m.before.id) is None:
                raise ProgressError(
                    "A block of this plan was deleted meanwhile; refresh and retry."
                )
            block_repo.update_block(store, m.after)
    return BlockEdit(tuple(added), edit.moves)


def undo_block_edit(store: Store, edit: BlockEdit) -> Changes:
    with store.transaction():
        for b in edit.adds:
            if b.id is not None:  # (an edit not applied yet has written none)
                block_repo.delete_block(store, b.id)
        for m in edit.moves:
            block_repo.update_block(store, m.before)
    return BLOCK_CHANGES


def option_edit(option: CatchUpOption) -> BlockEdit:
    return BlockEdit(option.adds, option.moves)


def plan_top_customer_visits(
    store: Store,
    customers: list[RankedCustomer],
    first_monday: dt.date,
    weeks: int = 4,
    settings: Settings | None = None,
) -> BlockEdit:
    """A one-hour visit block for each customer in each of ``weeks`` weeks from
    ``first_monday``, in free time (METHOD.md 5: visit the 5 biggest weekly)."""
    settings = settings or load_settings(store)
    first_monday = week_start(first_monday)
    last = first_monday + dt.timedelta(days=7 * weeks - 1)
    cal = goal_service.make_calendar(store, first_monday, last, settings)
    existing = block_repo.list_blocks(store, first_monday, last)
    adds: list[TimeBlock] = []
    for w in range(weeks):
        monday = first_monday + dt.timedelta(days=7 * w)
        days = cal.working_days(monday, monday + dt.timedelta(days=6))
        adds += place_blocks(
            existing + adds,
            days,
            VISIT,
            60,
            len(customers),
            work_start=settings.work_start_min,
            work_end=settings.work_end_min,
            buffer_min=settings.buffer_min_per_day,
            note=TOP_VISIT_NOTE,
            planned_count=1,
            customer_ids=[c.id for c in customers],
            customer_names=[c.name for c in customers],
        )
    return BlockEdit(tuple(adds))


# -- target revision (traps 4.1 and 4.4) ------------------------------------------------------


@dataclass(frozen=True)
class Revision:
    goal_id: int
    before: dict[str, Any] | None  # services.goals.snapshot, for undo (None: no such goal)
    changes: Changes


def revise_target(
    store: Store, goal_id: int, new_target_fen: int, reason: str, as_of: dt.date
) -> Revision:
    """Set a new target; months already over keep theirs, the open months share the rest in
    proportion to their current targets. The earlier version stays in ``goal_versions``."""
    reason = reason.strip()
    if not reason:
        raise ProgressError("Give a reason for revising the target; it is kept with the revision.")
    if new_target_fen <= 0:
        raise ProgressError("The revised target must be greater than zero.")
    plan = goal_service.load_goal(store, goal_id)
    if plan is None:
        raise ProgressError("This goal no longer exists.")
    goal = plan.goal
    months = list(plan.breakdown.months) or [
        PeriodTarget("month", *goal_span(goal), to_fen(goal.target))
    ]
    closed = [m for m in months if m.end < as_of]
    open_ = [m for m in months if m.end >= as_of]
    rest = new_target_fen - sum(m.amount_fen for m in closed)
    if not open_:
        raise ProgressError("The goal's period is over; set a new goal instead.")
    if rest < 0:
        raise ProgressError("The new target is below what the past months already hold.")
    unit = to_fen(goal.rounding) or 1
    parts = split_amount(rest, [max(m.amount_fen, 1) for m in open_], unit)
    new_months = closed + [replace(m, amount_fen=p) for m, p in zip(open_, parts, strict=True)]
    old, new = goal.target, from_fen(new_target_fen)
    new_goal = replace(  # the goal's own words name the new target, not the old one
        goal,
        target=new,
        title=restate_amount(goal.title, old, new),
        statement=restate_amount(goal.statement, old, new),
    )
    before = goal_service.snapshot(store, goal_id)
    new_plan = goal_service.plan_from_months(store, new_goal, new_months)
    goal_service.save_goal(store, new_plan, reason)
    return Revision(goal_id, before, goal_service.GOAL_CHANGES)


# -- weekly reviews ---------------------------------------------------------------------------

REVIEW_CHANGES = Changes(reviews=True)


def week_numbers(store: Store, monday: dt.date, settings: Settings | None = None) -> dict[str, Any]:
    """The week's figures to prefill a review with (amounts in fen)."""
    monday = week_start(monday)
    sunday = monday + dt.timedelta(days=6)
    counts: dict[str, int] = {}
    for (_d, code), n in q.activity_by_day(store, monday, sunday).items():
        counts[code] = counts.get(code, 0) + n
    numbers = {
        "sales_fen": sum(q.sales_by_day(store, monday, sunday).values()),
        "activities": {c: counts.get(c, 0) for c in METRIC_CODES if counts.get(c)},
    }
    goal = goal_repo.active_goal(store, monday)
    if goal is not None:
        start, end = goal_span(goal)
        if start <= sunday and end >= monday:
            p = progress(store, min(sunday, end), "week", goal.id, settings)
            if p is not None:
                numbers["target_fen"] = p.target_fen
                numbers["targets"] = {m.code: m.target for m in p.metrics if m.target}
    return numbers


def save_review(store: Store, review: WeeklyReview) -> WeeklyReview | None:
    """Save (insert or replace) the week's review; returns the one it replaced (for undo)."""
    with store.transaction():
        previous = review_repo.get_review(store, review.week_start)
        review_repo.put_review(store, review)
    return previous


def restore_review(store: Store, week_start_day: dt.date, previous: WeeklyReview | None) -> Changes:
    with store.transaction():
        if previous is None:
            review_repo.delete_review(store, week_start_day)
        else:
            review_repo.put_review(store, previous)
    return REVIEW_CHANGES


# -- customers ---------------------------------------------------------------------------------

CUSTOMER_CHANGES = Changes(customers=True)


def customer_analysis(store: Store, as_of: dt.date, months: int | None = 12) -> Pareto:
    """The 80/20 ranking of the last ``months`` months up to ``as_of`` (None: all history)."""
    start = None
    if months:
        start = add_months(as_of, -months) + dt.timedelta(days=as_of.day)  # the day after
    return pareto(q.customer_revenue(store, start, as_of), as_of)


def set_priority(store: Store, flags: dict[int, bool]) -> dict[int, bool]:
    """Mark or unmark priority customers; returns the previous flags (for undo)."""
    with store.transaction():
        before = q.priorities(store, list(flags))
        q.set_priority(store, flags)
    return before


def review(store: Store, week_start_day: dt.date) -> WeeklyReview | None:
    """The weekly review of the week starting ``week_start_day`` (None when not written)."""
    return review_repo.get_review(store, week_start_day)


def reviews(store: Store, limit: int = 52) -> list[WeeklyReview]:
    """The most recent weekly reviews, newest first."""
    return review_repo.list_reviews(store, limit)
