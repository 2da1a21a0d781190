"""Deals in flight (商机): opportunities, the rep's stage list, and what closed deals measure.

An opportunity moves through the rep's stages (by default 线索 → 初次拜访 → 需求确认 → 方案/报价 →
商务谈判) and ends won (it became a sales record) or lost (with a reason). Stage keys are stored;
labels come from ``ui/labels.py`` at run time (a stage the rep added carries its own name).
Every stage change is kept (:class:`StageChange`, with the close date and amount expected at
that moment), so the rep's own closed deals tell the win rate from each stage, the days spent
in each, how far close dates slip and how final amounts compare with the first estimate.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from salesplanner.domain.forecast import OpenDeal
from salesplanner.errors import UserError

OPEN = "open"
WON = "won"
LOST = "lost"
OUTCOMES: tuple[str, ...] = (OPEN, WON, LOST)

# stable keys of the default stages (labels in ui/labels.py)
LEAD = "lead"
FIRST_VISIT = "first_visit"
NEEDS = "needs"
PROPOSAL = "proposal"
NEGOTIATION = "negotiation"

# where a deal came from (labels in ui/labels.py)
CHANNELS: tuple[str, ...] = ("visit", "phone", "event", "referral", "inbound", "other")


class OpportunityError(UserError):
    pass


@dataclass(frozen=True, slots=True)
class Stage:
    key: str
    probability: int  # default win probability, percent
    sort: int
    outcome: str = OPEN  # the two closing stages are WON and LOST
    name: str = ""  # the rep's own name; "" = the built-in label of ``key``

    @property
    def is_open(self) -> bool:
        return self.outcome == OPEN


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage(LEAD, 10, 10),
    Stage(FIRST_VISIT, 20, 20),
    Stage(NEEDS, 40, 30),
    Stage(PROPOSAL, 60, 40),
    Stage(NEGOTIATION, 80, 50),
    Stage(WON, 100, 90, WON),
    Stage(LOST, 0, 100, LOST),
)


@dataclass(frozen=True, slots=True)
class Opportunity:
    id: int | None
    customer_name: str
    title: str
    amount: Decimal  # expected amount in yuan (the final amount once won)
    stage: str
    created: dt.date
    customer_id: int | None = None
    expected_close: dt.date | None = None
    next_step: str = ""
    next_step_date: dt.date | None = None
    channel: str = ""
    product: str = ""
    closed: dt.date | None = None
    outcome: str = OPEN
    lost_reason: str = ""
    deal_id: int | None = None  # the sales record it became when won
    commit: bool = False  # the rep counts on it this period
    note: str = ""
    contact_id: int | None = None  # the person at the customer the deal is with

    @property
    def is_open(self) -> bool:
        return self.outcome == OPEN

    @property
    def label(self) -> str:
        """What a list shows: the title, else the customer."""
        return self.title or self.customer_name


@dataclass(frozen=True, slots=True)
class StageChange:
    """The opportunity entered ``to_stage`` on ``date`` (``from_stage`` None: created there)."""

    opportunity_id: int
    date: dt.date
    from_stage: str | None
    to_stage: str
    expected_close: dt.date | None = None  # as expected at that moment
    amount: Decimal = Decimal(0)  # as expected at that moment
    id: int | None = None


# -- stages -------------------------------------------------------------------------------
def stage_map(stages: Iterable[Stage]) -> dict[str, Stage]:
    return {s.key: s for s in stages}


def open_stages(stages: Iterable[Stage]) -> list[Stage]:
    return sorted((s for s in stages if s.is_open), key=lambda s: s.sort)


def closing_stage(stages: Iterable[Stage], outcome: str) -> Stage:
    for s in stages:
        if s.outcome == outcome:
            return s
    raise OpportunityError(f"The stage list has no {outcome} stage.")


# words a rep writes for a stage (quick entry, a sheet's 阶段/状态 column, the CLI)
STAGE_WORDS: dict[str, str] = {
    "线索": LEAD,
    "潜在": LEAD,
    "潜在客户": LEAD,
    "初次拜访": FIRST_VISIT,
    "初访": FIRST_VISIT,
    "首次拜访": FIRST_VISIT,
    "拜访": FIRST_VISIT,
    "需求确认": NEEDS,
    "需求": NEEDS,
    "需求分析": NEEDS,
    "方案/报价": PROPOSAL,
    "方案报价": PROPOSAL,
    "方案": PROPOSAL,
    "报价": PROPOSAL,
    "商务谈判": NEGOTIATION,
    "谈判": NEGOTIATION,
    "洽谈": NEGOTIATION,
    "洽谈中": NEGOTIATION,
    "跟进中": LEAD,
    "进行中": LEAD,
    "待定": LEAD,
    "赢单": WON,
    "成交": WON,
    "已成交": WON,
    "签约": WON,
    "已签约": WON,
    "输单": LOST,
    "丢单": LOST,
    "失败": LOST,
    "已流失": LOST,
    "lead": LEAD,
    "first visit": FIRST_VISIT,
    "first_visit": FIRST_VISIT,
    "visit": FIRST_VISIT,
    "needs": NEEDS,
    "qualified": NEEDS,
    "needs confirmed": NEEDS,
    "proposal": PROPOSAL,
    "quote": PROPOSAL,
    "negotiation": NEGOTIATION,
    "won": WON,
    "closed won": WON,
    "win": WON,
    "lost": LOST,
    "closed lost": LOST,
    "open": LEAD,
    "in progress": LEAD,
}


def stage_key(word: str, stages: Iterable[Stage] = DEFAULT_STAGES) -> str | None:
    """The stage a rep means by ``word``: a key, the rep's own stage name, or a usual word."""
    text = " ".join((word or "").split()).lower()
    if not text:
        return None
    stages = list(stages)
    for s in stages:
        if text == s.key or (s.name and text == s.name.strip().lower()):
            return s.key
    known = {s.key for s in stages}
    key = STAGE_WORDS.get(text)
    return key if key in known else None


# a sheet's 阶段/状态 cell in other words: the parts that tell, checked in this order (a lost
# or not-closed word first: 未成交 and 已丢单 are no sales)
_STAGE_PARTS: tuple[tuple[str, str], ...] = (
    ("未成交", LOST),
    ("丢", LOST),
    ("输", LOST),
    ("失败", LOST),
    ("流失", LOST),
    ("放弃", LOST),
    ("取消", LOST),
    ("关闭", LOST),
    ("lost", LOST),
    ("未签", LEAD),
    ("待签", NEGOTIATION),
    ("赢", WON),
    ("成交", WON),
    ("签约", WON),
    ("签单", WON),
    ("已签", WON),
    ("回款", WON),
    ("won", WON),
    ("谈判", NEGOTIATION),
    ("议价", NEGOTIATION),
    ("洽谈", NEGOTIATION),
    ("negotiat", NEGOTIATION),
    ("报价", PROPOSAL),
    ("方案", PROPOSAL),
    ("投标", PROPOSAL),
    ("proposal", PROPOSAL),
    ("quot", PROPOSAL),
    ("需求", NEEDS),
    ("qualif", NEEDS),
    ("拜访", FIRST_VISIT),
    ("visit", FIRST_VISIT),
    ("线索", LEAD),
    ("跟进", LEAD),
    ("意向", LEAD),
    ("接触", LEAD),
    ("潜在", LEAD),
    ("lead", LEAD),
    ("prospect", LEAD),
)


def sheet_stage_key(word: str, stages: Iterable[Stage] = DEFAULT_STAGES) -> str | None:
    """The stage a sheet's 阶段/状态 cell means: as :func:`stage_key`, else by a telling part
    of it (已丢单 → lost, 谈判中 → negotiation, 已签约 → won, 未成交 → lost). Not for quick
    entry, where a customer's name may hold such a part."""
    stages = list(stages)
    key = stage_key(word, stages)
    if key is not None:
        return key
    text = " ".join((word or "").split()).lower()
    if not text:
        return None
    known = {s.key for s in stages}
    return next((k for part, k in _STAGE_PARTS if part in text and k in known), None)


def validate_stages(stages: Sequence[Stage]) -> None:
    keys = [s.key for s in stages]
    if len(set(keys)) != len(keys):
        raise OpportunityError("Two stages have the same key.")
    if not any(s.is_open for s in stages):
        raise OpportunityError("The stage list needs at least one open stage.")
    for outcome in (WON, LOST):
        if sum(s.outcome == outcome for s in stages) != 1:
            raise OpportunityError(f"The stage list needs exactly one {outcome} stage.")
    for s in stages:
        if not 0 <= s.probability <= 100:
            raise OpportunityError(f"A win probability is between 0 and 100 % ({s.probability}).")


# -- one opportunity ----------------------------------------------------------------------
def validate(opp: Opportunity, stages: Iterable[Stage]) -> None:
    known = stage_map(stages)
    if not (opp.customer_name.strip() or opp.customer_id is not None):
        raise OpportunityError("An opportunity needs a customer.")
    if opp.amount < 0:
        raise OpportunityError("The expected amount cannot be negative.")
    stage = known.get(opp.stage)
    if stage is None:
        raise OpportunityError(f"Unknown stage {opp.stage!r}.")
    if stage.outcome != opp.outcome:
        raise OpportunityError("The stage and the outcome of an opportunity disagree.")
    if opp.outcome != OPEN and opp.closed is None:
        raise OpportunityError("A won or lost opportunity needs the date it closed.")
    if opp.closed is not None and opp.closed < opp.created:
        raise OpportunityError("An opportunity cannot close before it was created.")
    if opp.channel and opp.channel not in CHANNELS:
        raise OpportunityError(f"Unknown channel {opp.channel!r}.")


def probability(
    opp: Opportunity,
    stages: Iterable[Stage] | dict[str, Stage],
    measured: dict[str, Decimal] | None = None,
) -> Decimal:
    """The chance (0..1) an opportunity is won: 1 won, 0 lost, else the stage's measured rate
    when given, else its default probability. ``stages``: the list, or its :func:`stage_map`
    (for many deals: built once)."""
    if opp.outcome == WON:
        return Decimal(1)
    if opp.outcome == LOST:
        return Decimal(0)
    if measured and opp.stage in measured:
        return measured[opp.stage]
    known = stages if isinstance(stages, dict) else stage_map(stages)
    stage = known.get(opp.stage)
    return Decimal(stage.probability if stage else 0) / 100


def weighted_amount(
    opp: Opportunity,
    stages: Iterable[Stage] | dict[str, Stage],
    measured: dict[str, Decimal] | None = None,
) -> Decimal:
    return (opp.amount * probability(opp, stages, measured)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def ordered(history: Iterable[StageChange]) -> list[StageChange]:
    return sorted(history, key=lambda c: (c.date, c.id if c.id is not None else 0))


def days_in_stage(history: Iterable[StageChange], today: dt.date) -> int:
    """Days since the opportunity entered its current stage (0 without history)."""
    changes = ordered(history)
    return max(0, (today - changes[-1].date).days) if changes else 0


# -- the board ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StageColumn:
    stage: Stage
    opportunities: tuple[Opportunity, ...]
    amount: Decimal
    weighted: Decimal

    @property
    def count(self) -> int:
        return len(self.opportunities)


def by_stage(
    opps: Iterable[Opportunity],
    stages: Sequence[Stage],
    include_closed: bool = False,
    measured: dict[str, Decimal] | None = None,
) -> list[StageColumn]:
    """One column per stage in the rep's order (the closing ones only with ``include_closed``):
    its deals (largest first), their sum and their weighted sum."""
    groups: dict[str, list[Opportunity]] = {s.key: [] for s in stages}
    known = stage_map(stages)
    for o in opps:
        if o.stage in groups:
            groups[o.stage].append(o)
    columns = []
    for s in sorted(stages, key=lambda s: s.sort):
        if not s.is_open and not include_closed:
            continue
        deals = sorted(groups[s.key], key=lambda o: (-o.amount, o.id or 0))
        columns.append(
            StageColumn(
                s,
                tuple(deals),
                sum((o.amount for o in deals), Decimal(0)),
                sum((weighted_amount(o, known, measured) for o in deals), Decimal(0)),
            )
        )
    return columns


# -- what closed deals measure ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StageStats:
    key: str
    reached: int  # closed deals that were at this stage at some point
    won: int  # … of which won
    mean_days: Decimal | None  # mean days closed deals spent at this stage
    day_samples: int

    @property
    def win_rate(self) -> Decimal | None:
        if not self.reached:
            return None
        return (Decimal(self.won) / self.reached).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Measured:
    """What the rep's closed deals tell."""

    stages: dict[str, StageStats]
    closed: int
    won: int
    slip_days: tuple[int, ...]  # won deals: close date minus the close date first expected
    amount_ratios: tuple[Decimal, ...]  # won deals: final amount / first expected amount

    @property
    def win_rate(self) -> Decimal | None:
        if not self.closed:
            return None
        return (Decimal(self.won) / self.closed).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    @property
    def mean_slip_days(self) -> Decimal | None:
        if not self.slip_days:
            return None
        return (Decimal(sum(self.slip_days)) / len(self.slip_days)).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    @property
    def median_slip_days(self) -> float | None:
        return statistics.median(self.slip_days) if self.slip_days else None

    def rates(self, min_closed: int = 1) -> dict[str, Decimal]:
        """Measured win rate per stage where at least ``min_closed`` closed deals reached it."""
        return {
            k: s.win_rate
            for k, s in self.stages.items()
            if s.reached >= min_closed and s.win_rate is not None
        }


def measure(
    opps: Iterable[Opportunity], history: Iterable[StageChange], stages: Sequence[Stage]
) -> Measured:
    """Win rate from each open stage, days spent in each, close-date slip and amount ratio,
    from the closed (won or lost) opportunities only."""
    by_opp: dict[int, list[StageChange]] = {}
    for c in history:
        by_opp.setdefault(c.opportunity_id, []).append(c)
    keys = [s.key for s in open_stages(stages)]
    reached = dict.fromkeys(keys, 0)
    won = dict.fromkeys(keys, 0)
    days: dict[str, list[int]] = {k: [] for k in keys}
    closed = won_total = 0
    slips: list[int] = []
    ratios: list[Decimal] = []
    for o in opps:
        if o.outcome == OPEN or o.id is None:
            continue
        closed += 1
        is_won = o.outcome == WON
        won_total += is_won
        changes = ordered(by_opp.get(o.id, ()))
        for k in {c.to_stage for c in changes} & set(keys):
            reached[k] += 1
            won[k] += is_won
        for here, after in zip(changes, changes[1:], strict=False):
            if here.to_stage in days:
                days[here.to_stage].append((after.date - here.date).days)
        if not is_won:
            continue
        first_close = next((c.expected_close for c in changes if c.expected_close), None)
        first_close = first_close or o.expected_close
        if first_close is not None and o.closed is not None:
            slips.append((o.closed - first_close).days)
        first_amount = changes[0].amount if changes else Decimal(0)
        if first_amount > 0:
            ratios.append((o.amount / first_amount).quantize(Decimal("0.0001"), ROUND_HALF_UP))
    stats = {
        k: StageStats(
            k,
            reached[k],
            won[k],
            (Decimal(sum(days[k])) / len(days[k])).quantize(Decimal("0.1"), ROUND_HALF_UP)
            if days[k]
            else None,
            len(days[k]),
        )
        for k in keys
    }
    return Measured(stats, closed, won_total, tuple(slips), tuple(ratios))


# -- onto the forecast's inputs (domain.forecast) -----------------------------------------
def forecast_open_deals(
    opps: Iterable[Opportunity], stages: Iterable[Stage]
) -> tuple[list[OpenDeal], int]:
    """The open deals with a close date as the forecast sees them, and how many open deals
    have no close date (they are not counted in any period)."""
    known = stage_map(stages)
    deals: list[OpenDeal] = []
    undated = 0
    for o in opps:
        if not o.is_open:
            continue
        if o.expected_close is None:
            undated += 1
            continue
        stage = known.get(o.stage)
        deals.append(
            OpenDeal(
                amount=o.amount,
                probability=(stage.probability if stage else 0) / 100,
                expected_close=o.expected_close,
                created=o.created,
                stage=o.stage,
                commit=o.commit,
            )
        )
    return deals, undated


def weekly_new_business(
    sales: Iterable[tuple[dt.date, Decimal, dt.date | None]], first_monday: dt.date, weeks: int
) -> list[Decimal]:
    """Yuan won in each of ``weeks`` ISO weeks from ``first_monday`` by business that was not
    in the pipeline at the start of its month: a sale without an opportunity, or one whose
    opportunity was created in the month it closed. ``sales``: (date, amount, the date its
    opportunity was created or None)."""
    totals = [Decimal(0)] * weeks
    for day, amount, created in sales:
        i = (day - first_monday).days // 7
        if not 0 <= i < weeks:
            continue
        if created is None or created >= day.replace(day=1):
            totals[i] += amount
    return totals


# -- the Monday filters of the table ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DealFilter:
    """What the rep narrows the table to (all off: every open deal)."""

    closing_this_month: bool = False
    overdue: bool = False  # the expected close date has passed
    no_next_step: bool = False
    stale_days: int | None = None  # no activity for this many days (or more)
    channel: str = ""  # "" = any
    include_closed: bool = False

    def matches(self, o: Opportunity, today: dt.date, last_activity: dt.date | None) -> bool:
        if not (o.is_open or self.include_closed):
            return False
        close = o.expected_close
        if self.closing_this_month and not (
            close is not None and (close.year, close.month) == (today.year, today.month)
        ):
            return False
        if self.overdue and not (o.is_open and close is not None and close < today):
            return False
        if self.no_next_step and o.next_step.strip():
            return False
        if self.stale_days is not None:
            if (today - last_touch(o, last_activity)).days < self.stale_days:
                return False
        return not self.channel or o.channel == self.channel


# -- this week's deals to chase (the Week pane) -------------------------------------------
# why a deal is on the list, most urgent first
NEXT_STEP_OVERDUE = "next_step_overdue"  # its next step's date has passed
NEXT_STEP_DUE = "next_step_due"  # its next step is due this week (today up to Sunday)
CLOSE_OVERDUE = "close_overdue"  # its expected close date has passed
CLOSING_THIS_MONTH = "closing_this_month"  # expected to close in the rest of this month
STALE = "stale"  # no activity (nor creation) for the rep's stale days or more
CHASE_REASONS: tuple[str, ...] = (
    NEXT_STEP_OVERDUE,
    NEXT_STEP_DUE,
    CLOSE_OVERDUE,
    CLOSING_THIS_MONTH,
    STALE,
)


@dataclass(frozen=True, slots=True)
class ChaseReason:
    code: str  # one of CHASE_REASONS
    date: dt.date  # the next step's date, the close date, or the last activity
    days: int = 0  # days overdue (the *_overdue codes) or days without activity (STALE)


@dataclass(frozen=True, slots=True)
class ChaseDeal:
    opportunity: Opportunity
    reasons: tuple[ChaseReason, ...]  # most urgent first
    last_activity: dt.date | None  # the last activity logged for it (None: none yet)


def last_touch(opp: Opportunity, last_activity: dt.date | None) -> dt.date:
    """The day the deal was last worked on: its last activity, or the day it was created."""
    return max(last_activity, opp.created) if last_activity else opp.created


def chase_reasons(
    opp: Opportunity, today: dt.date, last_activity: dt.date | None, stale_days: int
) -> tuple[ChaseReason, ...]:
    """Why an open deal needs chasing this week (empty: it does not)."""
    if not opp.is_open:
        return ()
    sunday = today + dt.timedelta(days=6 - today.weekday())
    out = []
    step = opp.next_step_date
    if step is not None and step < today:
        out.append(ChaseReason(NEXT_STEP_OVERDUE, step, (today - step).days))
    elif step is not None and step <= sunday:
        out.append(ChaseReason(NEXT_STEP_DUE, step))
    close = opp.expected_close
    if close is not None and close < today:
        out.append(ChaseReason(CLOSE_OVERDUE, close, (today - close).days))
    elif close is not None and (close.year, close.month) == (today.year, today.month):
        out.append(ChaseReason(CLOSING_THIS_MONTH, close))
    touched = last_touch(opp, last_activity)
    idle = (today - touched).days
    if idle >= stale_days:
        out.append(ChaseReason(STALE, touched, idle))
    return tuple(out)


def deals_to_chase(
    opps: Iterable[Opportunity],
    today: dt.date,
    last_activity: Mapping[int, dt.date],
    stale_days: int,
) -> list[ChaseDeal]:
    """The open deals to chase this week: next step due this week or overdue, closing this
    month (or overdue), or stale. Most urgent first: by the first reason's rank, then the
    earlier date, then the larger amount."""
    out = []
    for o in opps:
        last = last_activity.get(o.id) if o.id is not None else None
        reasons = chase_reasons(o, today, last, stale_days)
        if reasons:
            out.append(ChaseDeal(o, reasons, last))
    out.sort(
        key=lambda c: (
            CHASE_REASONS.index(c.reasons[0].code),
            c.reasons[0].date,  # (stale: the longest without activity first)
            -c.opportunity.amount,
            c.opportunity.id or 0,
        )
    )
    return out


# -- a week's movement (the weekly report) -------------------------------------------------
@dataclass(frozen=True, slots=True)
class MovedDeal:
    """One opportunity and what became of it in a period."""

    opportunity_id: int
    kind: str  # new | advanced | back | won | lost
    stage: str  # where it stands at the end of the period
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PipelineMoves:
    """What the pipeline did in a period: each opportunity counted once, by its net move."""

    deals: tuple[MovedDeal, ...] = ()

    def of(self, kind: str) -> tuple[MovedDeal, ...]:
        return tuple(d for d in self.deals if d.kind == kind)

    def count(self, kind: str) -> int:
        return len(self.of(kind))

    def amount(self, kind: str) -> Decimal:
        return sum((d.amount for d in self.of(kind)), Decimal(0))

    @property
    def empty(self) -> bool:
        return not self.deals


MOVE_KINDS = ("new", "advanced", "back", "won", "lost")


def pipeline_moves(
    changes: Iterable[StageChange],
    stages: Iterable[Stage],
    start: dt.date,
    end: dt.date,
) -> PipelineMoves:
    """Classify the opportunities that changed between ``start`` and ``end`` (inclusive).

    Each one counts once: closed in the period → won or lost; else created in the period →
    new; else its stage at the end against its stage before the period (the ``from_stage`` of
    its first change in the period) → advanced or back. A deal that went
    forward and back to where it was is not counted."""
    by_key = stage_map(stages)
    per: dict[int, list[StageChange]] = {}
    for c in ordered(changes):
        if start <= c.date <= end:
            per.setdefault(c.opportunity_id, []).append(c)
    out: list[MovedDeal] = []
    for opp_id, cs in per.items():
        last = cs[-1]
        stage = by_key.get(last.to_stage)
        if stage is not None and not stage.is_open:
            kind = stage.outcome
        elif any(c.from_stage is None for c in cs):
            kind = "new"
        else:
            was = by_key.get(cs[0].from_stage or "")
            if was is None or stage is None or was.sort == stage.sort:
                continue
            kind = "advanced" if stage.sort > was.sort else "back"
        out.append(MovedDeal(opp_id, kind, last.to_stage, last.amount))
    out.sort(key=lambda d: (MOVE_KINDS.index(d.kind), -d.amount, d.opportunity_id))
    return PipelineMoves(tuple(out))
