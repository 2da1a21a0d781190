"""The demo's pipeline (商机) and the funnel activities behind it, from one funnel.

Every demo sale was a deal first: it was opened by a visit, walked the stages (线索 → … →
商务谈判 → 赢单), had a proposal written when it reached 方案/报价 and a negotiation when it
reached 商务谈判, and was signed on the sale's date. The funnel's three rates decide the rest:

* ``visit_deal`` of the visits open a deal (the others are logged visits that led nowhere);
* ``deal_proposal`` of the deals reach a proposal, the others are lost earlier;
* ``close_rate`` of the proposals are won, the others are lost at 方案/报价 or 商务谈判.

So for each won deal ``1 / (close_rate × deal_proposal)`` deals were opened, the losses carry
reasons, and the logged visits, proposals and contracts keep visits ≥ proposals ≥ contracts
in the funnel's proportions (what the goal's activity targets are planned with).

The open pipeline: the deals in flight, made the same way from the sales still to come (at
the goal's pace) and the losses that go with them, each open at the stage it has reached
today. Most have a next step after this week and a follow-up in the last days; a few are
stale, overdue or without a next step.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from salesplanner.domain import opportunities as dom
from salesplanner.domain.money import from_fen
from salesplanner.domain.opportunities import CHANNELS, Opportunity, StageChange

SEED = 20261203
# shares of the open deals that need chasing for a reason other than their close date
NO_NEXT_STEP, STEP_OVERDUE, STEP_THIS_WEEK, STALE = 0.05, 0.06, 0.1, 0.05
PROJECTS = 0.4  # larger, slower deals for the quarter after, per deal in flight
PROJECT_DAYS = (45, 110)  # they close this many days from today
LONG_SHARE = 0.1  # stages that take up to twice the usual
STALE_DAYS = 14  # the app's default "no activity for" days (settings.stale_days)
# visits have slipped lately (the diagnosis has something to say): of the visits that opened
# no deal in the last weeks only this share was made
SLUMP_DAYS, SLUMP_KEEP = 42, 0.3
LOST_REASONS = ("价格太高", "选了竞争对手", "预算取消", "需求变化", "决策人变动", "客户没有回应")
# the next step a deal at each stage waits for (other stages: any of them)
NEXT_STEPS = {
    dom.LEAD: ("安排拜访", "电话约见"),
    dom.FIRST_VISIT: ("确认需求", "技术交流"),
    dom.NEEDS: ("约演示", "技术交流"),
    dom.PROPOSAL: ("发报价", "方案讲解"),
    dom.NEGOTIATION: ("商务谈判", "催合同"),
}
ANY_STEP = tuple(step for steps in NEXT_STEPS.values() for step in steps)
TITLES = ("CRM 升级", "新版本采购", "数据分析项目", "ERP 扩展", "年度续约", "分公司上线")
VISIT_OUTCOMES = ("有兴趣", "约了演示", "需再跟进")
IDLE_VISIT_OUTCOMES = ("暂无需求", "需再跟进")
FOLLOWUP_OUTCOMES = ("需再跟进", "有兴趣", "约了演示")

# an activity row: date, code, count, customer, outcome, amount_fen, deal_id, opportunity_id
Row = tuple[Any, ...]


@dataclass(frozen=True)
class Funnel:
    visit_deal: Fraction  # visits that open a deal
    deal_proposal: Fraction  # deals that reach a proposal
    close_rate: Fraction  # proposals won
    stage_days: tuple[int, int] = (3, 18)  # days a deal spends in a stage (uniform)
    negotiations_logged: float = 1.0  # share of deals reaching 商务谈判 that log one

    @property
    def proposal_rate(self) -> Fraction:
        """Visits that become proposals (the goal funnel's second rate)."""
        return self.visit_deal * self.deal_proposal

    @property
    def deals_per_win(self) -> Fraction:
        return 1 / (self.close_rate * self.deal_proposal)


@dataclass(frozen=True)
class Sale:
    id: int
    date: dt.date
    customer_id: int
    amount_fen: int
    product: str


@dataclass
class Pipeline:
    opps: list[Opportunity] = field(default_factory=list)
    history: list[StageChange] = field(default_factory=list)
    activities: list[Row] = field(default_factory=list)
    opp_of_sale: dict[int, int] = field(default_factory=dict)


def _workday(day: dt.date) -> dt.date:
    """A weekend day's activity is logged on the Friday before."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


class _Builder:
    def __init__(self, rng: random.Random, stages: list[str], today: dt.date, funnel: Funnel):
        self.rng, self.stages, self.today, self.funnel = rng, stages, today, funnel
        self.out = Pipeline()
        keys = list(stages)
        self.proposal_at = keys.index(dom.PROPOSAL) if dom.PROPOSAL in keys else len(keys) // 2
        self.negotiation_at = (
            keys.index(dom.NEGOTIATION) if dom.NEGOTIATION in keys else len(keys) - 1
        )

    def _stage_days(self) -> int:
        """Most deals spend about the usual days in a stage; a few (larger, slower) far more."""
        lo, hi = self.funnel.stage_days
        if self.rng.random() < LONG_SHARE:
            return self.rng.randint(hi, 2 * hi)
        return self.rng.randint(lo, hi)

    def _walk(
        self,
        oid: int,
        customer_id: int,
        entered: list[dt.date],
        amount: Decimal,
        close: dt.date,
    ) -> None:
        """Stage changes on the days each stage was entered, and the activities they took."""
        out, rng = self.out, self.rng
        for i, day in enumerate(entered):
            previous = self.stages[i - 1] if i else None
            out.history.append(StageChange(oid, day, previous, self.stages[i], close, amount))
            if i == 0:
                row = (day.isoformat(), "visit", 1, customer_id, rng.choice(VISIT_OUTCOMES))
            elif i == self.proposal_at:
                row = (day.isoformat(), "proposal", 1, customer_id, "已发报价")
            elif i == self.negotiation_at and rng.random() < self.funnel.negotiations_logged:
                row = (day.isoformat(), "negotiation", 1, customer_id, "谈判中")
            else:
                continue
            out.activities.append((*row, None, None, oid))

    def closed(
        self,
        customer_id: int,
        closed: dt.date,
        amount_fen: int,
        product: str,
        sale_id: int | None,
        last_stage: int,
    ) -> None:
        rng = self.rng
        oid = len(self.out.opps) + 1
        is_won = sale_id is not None
        final = from_fen(amount_fen)
        first = (final / Decimal(repr(rng.lognormvariate(0, 0.15)))).quantize(Decimal(100))
        days = [self._stage_days() for _ in range(last_stage + 1)]
        start = closed - dt.timedelta(days=sum(days))
        entered = [_workday(start + dt.timedelta(days=sum(days[:i]))) for i in range(len(days))]
        created = entered[0]
        expected = closed - dt.timedelta(days=rng.choice((-7, -3, 0, 0, 5, 10, 14, 21, 30)))
        self._walk(oid, customer_id, entered, first, expected)
        outcome = dom.WON if is_won else dom.LOST
        amount = final if is_won else first
        self.out.history.append(
            StageChange(oid, closed, self.stages[last_stage], outcome, expected, amount)
        )
        if sale_id is not None:
            self.out.opp_of_sale[sale_id] = oid
        self.out.opps.append(
            Opportunity(
                oid,
                "",
                rng.choice(TITLES),
                amount,
                outcome,
                created,
                customer_id=customer_id,
                expected_close=expected,
                channel=rng.choice(CHANNELS),
                product=product,
                closed=closed,
                outcome=outcome,
                lost_reason="" if is_won else rng.choice(LOST_REASONS),
                deal_id=sale_id,
            )
        )

    def in_flight(
        self,
        customer_id: int,
        close: dt.date,
        amount_fen: int,
        product: str,
        last_stage: int,
        slow: int = 1,
    ) -> None:
        """A deal that will close on ``close`` (after today), made like the past ones (``slow``
        times as long in each stage): open today at the stage it has reached, if it was
        opened already."""
        rng, today = self.rng, self.today
        days = [self._stage_days() * slow for _ in range(last_stage + 1)]
        start = close - dt.timedelta(days=sum(days))
        entered = [_workday(start + dt.timedelta(days=sum(days[:i]))) for i in range(len(days))]
        entered = [d for d in entered if d < today]
        if not entered:
            return
        oid = len(self.out.opps) + 1
        at = len(entered) - 1
        amount = (from_fen(amount_fen) / Decimal(repr(rng.lognormvariate(0, 0.15)))).quantize(
            Decimal(100)
        )
        expected = close - dt.timedelta(days=rng.choice((-7, -3, 0, 0, 5, 10, 14, 21, 30)))
        if at < self.proposal_at - 1:  # too early to tell: the rep expects it next month or later
            expected = max(expected, close + dt.timedelta(days=rng.randint(20, 50)))
        if expected < today:  # most are moved on when they slip; a few still show the past
            expected = close if rng.random() < 0.85 else today - dt.timedelta(rng.randint(1, 9))
        self._walk(oid, customer_id, entered, amount, expected)
        created = entered[0]
        logged = [dt.date.fromisoformat(r[0]) for r in self.out.activities[-3:] if r[7] == oid]
        last = max([created, *logged])
        stale = rng.random() < STALE
        if not stale and (today - last).days >= 10:  # worked on lately: a recent follow-up
            touched = _workday(max(entered[-1], today - dt.timedelta(days=rng.randint(1, 7))))
            if last < touched < today:
                self.out.activities.append(
                    (touched.isoformat(), "followup", 1, customer_id,
                     rng.choice(FOLLOWUP_OUTCOMES), None, None, oid)
                )  # fmt: skip
        sunday = today + dt.timedelta(days=6 - today.weekday())
        draw = rng.random()
        step_day: dt.date | None
        if draw < NO_NEXT_STEP:
            step_day = None
        elif draw < NO_NEXT_STEP + STEP_OVERDUE:
            step_day = today - dt.timedelta(days=rng.randint(1, 7))
        elif draw < NO_NEXT_STEP + STEP_OVERDUE + STEP_THIS_WEEK and today.weekday() < 4:
            step_day = today + dt.timedelta(days=rng.randint(1, 4 - today.weekday()))
        else:  # next week or the one after: planned, nothing to chase yet
            step_day = sunday + dt.timedelta(days=rng.randint(1, 12))
        self.out.opps.append(
            Opportunity(
                oid,
                "",
                rng.choice(TITLES),
                amount,
                self.stages[at],
                created,
                customer_id=customer_id,
                expected_close=expected,
                next_step=rng.choice(NEXT_STEPS.get(self.stages[at], ANY_STEP)) if step_day else "",
                next_step_date=step_day,
                channel=rng.choice(CHANNELS),
                product=product,
                commit=at == len(self.stages) - 1 and rng.random() < 0.5,
            )
        )


def build_pipeline(
    today: dt.date,
    sales: list[Sale],
    customer_ids: list[int],
    weights: list[float],
    future: list[tuple[dt.date, int, int, str]],
    products: list[str],
    funnel: Funnel,
    stages: list[str],
) -> Pipeline:
    """The demo's opportunities, their stage history and the funnel activities they took:
    the visit that opened each, its proposal and negotiation, and recent follow-ups of the
    open ones (the contracts are the sales' own rows, linked through ``opp_of_sale``)."""
    rng = random.Random(SEED)
    b = _Builder(rng, stages, today, funnel)
    last = len(stages) - 1
    for s in sales:
        b.closed(s.customer_id, s.date, s.amount_fen, s.product, s.id, last)
    # the lost deals, dated like the sales (more when more was sold), at the funnel's stages
    per_win = funnel.deals_per_win
    lost_early = float(per_win * (1 - funnel.deal_proposal)) * len(sales)
    lost_late = float(per_win * funnel.deal_proposal * (1 - funnel.close_rate)) * len(sales)
    amounts = sorted(s.amount_fen for s in sales) or [50_000_00]
    yesterday = today - dt.timedelta(days=1)
    for n, stage_range in (
        (lost_early, range(0, b.proposal_at)),
        (lost_late, range(b.proposal_at, last + 1)),
    ):
        for _ in range(round(n)):
            near = rng.choice(sales).date if sales else yesterday
            closed = min(yesterday, near + dt.timedelta(days=rng.randint(-20, 20)))
            at = rng.choice(stage_range)
            cid = rng.choices(customer_ids, weights=weights)[0]
            b.closed(cid, closed, rng.choice(amounts), rng.choice(products), None, at)

    # the deals in flight: the future sales (at the goal's pace) and the losses that go with
    # them, made like the past ones; those opened before today are the open pipeline
    for day, cid, amount_fen, product in future:
        b.in_flight(cid, day, amount_fen, product, last)
    for n, stage_range in (
        (lost_early * len(future) / max(1, len(sales)), range(0, b.proposal_at)),
        (lost_late * len(future) / max(1, len(sales)), range(b.proposal_at, last + 1)),
    ):
        for _ in range(round(n)):
            day, _c, _a, product = rng.choice(future)
            close = day + dt.timedelta(days=rng.randint(-20, 20))
            cid = rng.choices(customer_ids, weights=weights)[0]
            b.in_flight(
                cid, max(close, today), rng.choice(amounts), product, rng.choice(stage_range)
            )
    # larger projects for the quarter after, opened lately and moving at half the usual pace
    in_flight = sum(o.is_open for o in b.out.opps)
    usual = sum(funnel.stage_days) / 2 * len(stages)  # days from first visit to signing
    slow = max(2, math.ceil(PROJECT_DAYS[1] / usual))
    for _ in range(round(in_flight * PROJECTS)):
        close = today + dt.timedelta(days=rng.randint(*PROJECT_DAYS))
        cid = rng.choices(customer_ids, weights=weights)[0]
        b.in_flight(cid, close, 2 * rng.choice(amounts), rng.choice(products), last, slow)
    # the visits that opened no deal: as many as the funnel says, near the deals' first visits
    opened = [r for r in b.out.activities if r[1] == "visit"]
    idle = round(len(opened) * float(1 / funnel.visit_deal - 1))
    slump = today - dt.timedelta(days=SLUMP_DAYS)
    for _ in range(idle):
        row = rng.choice(opened)
        day = dt.date.fromisoformat(row[0]) + dt.timedelta(days=rng.randint(-5, 5))
        day = _workday(min(yesterday, day))
        cid = rng.choice(customer_ids)
        if day >= slump and rng.random() > SLUMP_KEEP:
            continue
        b.out.activities.append(
            (day.isoformat(), "visit", 1, cid, rng.choice(IDLE_VISIT_OUTCOMES), None, None, None)
        )
    return b.out
