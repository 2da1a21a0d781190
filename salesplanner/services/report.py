"""The weekly report (METHOD.md trap 4.5: share wins and obstacles every week, ask for help).

``weekly_report(store, monday)`` gathers one week's figures and its review into a
:class:`WeeklyReport`; ``salesplanner.ui.report`` turns it into the rep's language as a short
text (to paste into WeChat or an e-mail) or a one-page PDF, and the exported workbook has the
same figures on a sheet of its own. Reviews of past weeks can be reopened, so a report of any
earlier week can be made again: it is computed, not stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from salesplanner.domain.calendar import week_start
from salesplanner.domain.forecast import Forecast
from salesplanner.domain.money import to_fen
from salesplanner.domain.opportunities import MOVE_KINDS, PipelineMoves, pipeline_moves
from salesplanner.domain.progress import METRIC_CODES
from salesplanner.domain.records import WeeklyReview
from salesplanner.store import blocks as block_repo
from salesplanner.store import opportunities as opp_repo
from salesplanner.store import progress as q
from salesplanner.store import reviews as review_repo
from salesplanner.store.db import Store


@dataclass(frozen=True, slots=True)
class PeriodLine:
    kind: str  # week | month | goal
    start: dt.date
    end: dt.date
    target_fen: int | None  # None: no goal covers it
    won_fen: int
    forecast_fen: int | None = None
    odds: float | None = None  # chance of the target, where the forecast has it

    @property
    def attainment(self) -> float | None:
        if not self.target_fen or self.target_fen <= 0:
            return None
        return self.won_fen / self.target_fen


@dataclass(frozen=True, slots=True)
class WeeklyReport:
    monday: dt.date
    goal_title: str
    periods: tuple[PeriodLine, ...]  # week, then month and goal as far as a goal covers them
    activities: tuple[tuple[str, int, int | None], ...]  # (code, done, target) of the week
    deals_won: int  # number of sales in the week
    review: WeeklyReview | None
    next_week: tuple[tuple[str, int, int], ...]  # (code, blocks, planned count) next week
    next_week_targets: tuple[tuple[str, int], ...]  # (code, target) next week, where set
    pipeline: PipelineMoves = PipelineMoves()  # what the open deals did this week
    # id → (customer, title, lost reason) of each deal in ``pipeline``
    deal_names: Mapping[int, tuple[str, str, str]] = field(default_factory=dict)
    stage_names: Mapping[str, str] = field(default_factory=dict)  # the rep's own stage names

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def week(self) -> PeriodLine:
        return self.periods[0]

    def to_json(self) -> dict[str, object]:
        r = self.review
        return {
            "week": {"start": self.monday, "end": self.sunday},
            "goal": self.goal_title,
            "periods": [
                {
                    "kind": p.kind,
                    "start": p.start,
                    "end": p.end,
                    "target_fen": p.target_fen,
                    "won_fen": p.won_fen,
                    "forecast_fen": p.forecast_fen,
                    "odds": p.odds,
                }
                for p in self.periods
            ],
            "activities": [{"code": c, "done": n, "target": t} for c, n, t in self.activities],
            "deals_won": self.deals_won,
            "review": None
            if r is None
            else {
                "worked": r.worked,
                "obstacles": r.obstacles,
                "adjustments": r.adjustments,
                "help_needed": r.help_needed,
            },
            "pipeline": {
                kind: {
                    "count": self.pipeline.count(kind),
                    "amount_fen": to_fen(self.pipeline.amount(kind)),
                    "deals": [
                        {
                            "id": d.opportunity_id,
                            "customer": self.deal_names.get(d.opportunity_id, ("", "", ""))[0],
                            "title": self.deal_names.get(d.opportunity_id, ("", "", ""))[1],
                            "lost_reason": self.deal_names.get(d.opportunity_id, ("", "", ""))[2],
                            "stage": d.stage,
                            "amount_fen": to_fen(d.amount),
                        }
                        for d in self.pipeline.of(kind)
                    ],
                }
                for kind in MOVE_KINDS
            },
            "next_week": {
                "blocks": [{"code": c, "blocks": b, "planned": n} for c, b, n in self.next_week],
                "targets": dict(self.next_week_targets),
            },
        }


FORECAST_RUNS = 4_000  # enough for a chance to the percent; ≈ 10 ms
FORECAST_SEED = 20_26  # the same plan gives the same report


def goal_forecast(store: Store, day: dt.date) -> Forecast | None:
    """The active goal's pipeline forecast as of ``day`` (None without a goal or a pipeline
    table); seeded, so a report made twice says the same."""
    from salesplanner.errors import UserError
    from salesplanner.services import pipeline

    try:
        return pipeline.period_forecast(store, day, runs=FORECAST_RUNS, seed=FORECAST_SEED).forecast
    except UserError:
        return None


def weekly_report(store: Store, monday: dt.date) -> WeeklyReport:
    """The report of the ISO week containing ``monday`` (any day of it will do)."""
    from salesplanner.services import progress as P

    monday = week_start(monday)
    sunday = monday + dt.timedelta(days=6)
    periods: list[PeriodLine] = []
    activity_targets: dict[str, int] = {}
    title = ""
    f_cache: list[Forecast | None] | None = None
    for kind in ("week", "month", "goal"):
        p = P.progress(store, sunday, kind)
        if p is None or p.end < monday or p.start > sunday:
            break
        title = p.goal_title
        if kind == "week":
            activity_targets = {m.code: m.target for m in p.metrics if m.target}
        forecast_fen, odds = p.forecast_fen, None
        if kind in ("month", "goal"):
            if f_cache is None:
                f_cache = [goal_forecast(store, min(sunday, p.end))]
            f = f_cache[0]
            outlook = None
            if f is not None:
                outlook = (
                    f.period
                    if kind == "goal"
                    else next((o for o in f.subs if o.start == p.start), None)
                )
            if outlook is not None:
                forecast_fen = to_fen(outlook.p50)
                odds = outlook.chances[0] if outlook.chances else None
        periods.append(
            PeriodLine(kind, p.start, p.end, p.target_fen, p.actual_fen, forecast_fen, odds)
        )
    won = q.sales_by_day(store, monday, sunday)
    if not periods:
        periods.append(PeriodLine("week", monday, sunday, None, sum(won.values())))
    counts: dict[str, int] = {}
    for (_d, code), n in q.activity_by_day(store, monday, sunday).items():
        counts[code] = counts.get(code, 0) + n
    deals, _revenue = q.deal_stats(store, monday, sunday)
    activities = tuple(
        (c, counts.get(c, 0), activity_targets.get(c))
        for c in METRIC_CODES
        if counts.get(c) or activity_targets.get(c)
    )
    next_monday = monday + dt.timedelta(days=7)
    plan: dict[str, list[int]] = {}
    for b in block_repo.list_blocks(store, next_monday, next_monday + dt.timedelta(days=6)):
        acc = plan.setdefault(b.code, [0, 0])
        acc[0] += 1
        acc[1] += b.planned_count
    next_targets: dict[str, int] = {}
    nxt = P.progress(store, next_monday + dt.timedelta(days=6), "week")
    if nxt is not None and nxt.start == next_monday:
        next_targets = {m.code: m.target for m in nxt.metrics if m.target}
    stages = opp_repo.list_stages(store)
    moves = pipeline_moves(opp_repo.changes_between(store, monday, sunday), stages, monday, sunday)
    return WeeklyReport(
        monday=monday,
        goal_title=title,
        periods=tuple(periods),
        activities=activities,
        deals_won=deals,
        review=review_repo.get_review(store, monday),
        next_week=tuple((c, v[0], v[1]) for c, v in sorted(plan.items())),
        next_week_targets=tuple(sorted(next_targets.items())),
        pipeline=moves,
        deal_names=opp_repo.titles(store, (d.opportunity_id for d in moves.deals)),
        stage_names={s.key: s.name for s in stages if s.name},
    )


def report_for_export(store: Store, today: dt.date | None = None) -> WeeklyReport:
    """The report the exported workbook carries: the week of the last logged day (not after
    ``today``), as the weekly report dialog opens on."""
    from salesplanner.services.progress import default_as_of

    return weekly_report(store, default_as_of(store, today))
