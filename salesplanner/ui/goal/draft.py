"""What the wizard is editing: one mutable draft shared by all pages (no Qt here).

Going back and forth keeps what was entered because every page reads from and writes to the
same :class:`Draft`; cancelling simply drops it. ``Draft.plan(store)`` turns it into the
``GoalPlan`` the service saves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from salesplanner.domain.breakdown import DEFAULT_RAMP_STEP_PCT, PeriodTarget
from salesplanner.domain.calendar import period_end, unknown_schedule_years
from salesplanner.domain.funnel import METHOD_EXAMPLE, FunnelInputs
from salesplanner.domain.goals import (
    DEFAULT_STEP,
    DEFAULT_UPLIFT_PCT,
    Factor,
    Goal,
    HistoryPoint,
    Suggestion,
    Verdict,
    counted,
    goal_span,
    goal_tiers,
    judge,
    period_start,
    smart_check,
    suggest,
    with_tiers,
)
from salesplanner.domain.money import to_fen
from salesplanner.services import goals as svc
from salesplanner.services.goals import GoalPlan


def next_period_start(today: dt.date, kind: str) -> dt.date:
    """The start of the current period if it is young (first third), else of the next one."""
    from salesplanner.domain.calendar import add_months
    from salesplanner.domain.goals import months_in

    start = period_start(today, kind)
    length = (add_months(start, months_in(kind)) - start).days
    if (today - start).days <= length // 3:
        return start
    return add_months(start, months_in(kind))


@dataclass
class Draft:
    goal_id: int | None = None
    version: int = 0
    title: str = ""
    statement: str = ""
    focus: str = ""
    relevance: str = ""
    kind: str = "quarter"
    start: dt.date = field(default_factory=lambda: next_period_start(dt.date.today(), "quarter"))
    end: dt.date | None = None
    history: list[HistoryPoint] = field(default_factory=list)
    baseline_method: str = "last"
    factors: list[Factor] = field(default_factory=list)
    uplift_pct: Decimal = DEFAULT_UPLIFT_PCT
    step: Decimal = DEFAULT_STEP  # yuan; 0 = no rounding
    target_override: Decimal | None = None  # a target typed by hand (yuan)
    breakdown_method: str = "ramp"
    ramp_step_pct: Decimal = DEFAULT_RAMP_STEP_PCT
    manual_months: dict[int, int] = field(default_factory=dict)  # month index → fen
    funnel: FunnelInputs = METHOD_EXAMPLE
    month_counts: list[dict] | None = None  # hand-edited activity counts per month
    kras: list[str] = field(default_factory=lambda: [])
    resources: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    reason: str = ""
    # 冲刺 / 挑战: proposed by the challenge page (services.tiers), or typed by the rep
    proposed_tiers: tuple[Decimal, Decimal] | None = None
    tiers_override: list[Decimal | None] = field(default_factory=lambda: [None, None])

    # -- derived -------------------------------------------------------------------------------
    @property
    def deadline(self) -> dt.date:
        return self.end or period_end(self.start, self.kind)

    @property
    def values(self) -> list[Decimal]:
        """What the baseline is made of: the periods that are over (and any the rep counts)."""
        return counted(self.history)

    def suggestion(self) -> Suggestion:
        return suggest(self.values, self.baseline_method, self.factors, self.uplift_pct, self.step)

    @property
    def target(self) -> Decimal:
        if self.target_override is not None:
            return self.target_override
        return self.suggestion().target

    @property
    def tiers(self) -> tuple[Decimal, ...]:
        """The stretch and challenge tiers as they stand (typed, else proposed); () if none."""
        proposed = self.proposed_tiers or (None, None)
        pairs = zip(self.tiers_override, proposed, strict=True)
        out = [o if o is not None else p for o, p in pairs]
        if any(t is None for t in out):
            return ()
        return tuple(t for t in out if t is not None)

    def tiers_valid(self) -> bool:
        """Each tier above the one before (the target first)."""
        levels = (self.target, *self.tiers)
        return all(b > a for a, b in zip(levels, levels[1:], strict=False))

    def verdict(self) -> Verdict:
        s = self.suggestion()
        return judge(self.target, self.values, s.adjusted if self.values else None)

    def goal(self) -> Goal:
        s = self.suggestion()
        return Goal(
            id=self.goal_id,
            title=self.title.strip() or self.default_title(),
            statement=self.statement,
            focus=self.focus,
            relevance=self.relevance,
            target=self.target,
            period_kind=self.kind,
            start=self.start,
            end=self.deadline,
            baseline_method=self.baseline_method,
            baseline=s.adjusted if self.values else None,
            uplift_pct=self.uplift_pct,
            rounding=self.step,
            history=tuple(self.history),
            factors=tuple(self.factors),
            breakdown_method=self.breakdown_method,
            funnel=self.funnel.to_json(),
            plan=with_tiers(
                {
                    "kras": list(self.kras),
                    "resources": list(self.resources),
                    "risks": list(self.risks),
                    "ramp_step_pct": str(self.ramp_step_pct),
                },
                self.tiers if self.tiers_valid() else (),
            ),
            version=self.version or 1,
        )

    def default_title(self) -> str:
        s = self.start
        if self.kind == "year":
            return f"{s.year}"
        if self.kind == "quarter":
            return f"{s.year} Q{(s.month - 1) // 3 + 1}"
        return f"{s.year}-{s.month:02d}"

    def smart(self):
        return smart_check(self.goal(), self.verdict())

    def unknown_years(self, region: str = "CN") -> list[int]:
        return unknown_schedule_years(self.start, self.deadline, region)

    def plan(self, store) -> GoalPlan:
        """The breakdown and activity targets for the draft as it stands."""
        goal = self.goal()
        base = svc.default_plan(store, goal, self.valid_manual())
        if self.month_counts is None:
            return base
        return svc.plan_from_months(store, goal, list(base.breakdown.months), self.month_counts)

    def valid_manual(self) -> dict[int, int]:
        """Hand-edited months that still fit the target (dropped when the goal shrank)."""
        if not self.manual_months:
            return {}
        if sum(self.manual_months.values()) > to_fen(self.target):
            return {}
        return dict(self.manual_months)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def from_plan(cls, plan: GoalPlan) -> Draft:
        g = plan.goal
        months = plan.breakdown.months
        manual = {i: m.amount_fen for i, m in enumerate(months) if m.manual}
        month_acts = [a for a in plan.activities if a.level == "month"]
        month_counts = None
        if any(a.manual for a in month_acts):
            month_counts = [
                {a.code: a.count for a in month_acts if a.start == m.start} for m in months
            ]
        funnel = FunnelInputs.from_json(g.funnel) or METHOD_EXAMPLE
        plan_json = g.plan or {}
        d = cls(
            goal_id=g.id,
            version=g.version,
            title=g.title,
            statement=g.statement,
            focus=g.focus,
            relevance=g.relevance,
            kind=g.period_kind,
            start=goal_span(g)[0],  # (a saved goal has both dates)
            end=g.end,
            history=list(g.history),
            baseline_method=g.baseline_method,
            factors=list(g.factors),
            uplift_pct=g.uplift_pct,
            step=g.rounding,
            breakdown_method=g.breakdown_method
            if g.breakdown_method in ("even", "ramp", "seasonal")
            else "ramp",
            ramp_step_pct=Decimal(str(plan_json.get("ramp_step_pct", DEFAULT_RAMP_STEP_PCT))),
            manual_months=manual,
            funnel=funnel,
            month_counts=month_counts,
            kras=list(plan_json.get("kras", [])),
            resources=list(plan_json.get("resources", [])),
            risks=[
                r if isinstance(r, str) else f"{r.get('risk', '')} → {r.get('fallback', '')}"
                for r in plan_json.get("risks", [])
            ],
        )
        if d.suggestion().target != g.target:
            d.target_override = g.target
        stored = goal_tiers(g)[1:]
        if len(stored) == 2:
            d.tiers_override = list(stored)
        return d

    def load_history(self, store, count: int = 3, today: dt.date | None = None) -> bool:
        """Fill the history from the stored sales records; False when there are none. A
        period not over by ``today`` is marked partial: shown, not counted."""
        if not svc.has_sales(store):
            return False
        self.history = svc.sales_history(store, self.kind, count, self.start, today)
        return True

    def propose_quota(self, start: dt.date, end: dt.date, amount: Decimal, reason: str) -> None:
        """Start from a quota the manager published: its dates (a month, quarter or year
        when they are one, else the exact end) and its amount as the target."""
        self.start = start
        self.kind, self.end = "quarter", end
        for kind in ("month", "quarter", "year"):
            if period_end(start, kind) == end:
                self.kind, self.end = kind, None
                break
        self.history = []
        self.target_override = Decimal(amount)
        self.reason = reason

    def copy(self) -> Draft:
        return replace(
            self,
            history=list(self.history),
            factors=list(self.factors),
            manual_months=dict(self.manual_months),
            tiers_override=list(self.tiers_override),
        )


def month_targets(plan: GoalPlan) -> list[PeriodTarget]:
    return list(plan.breakdown.months)
