"""Use cases of the pipeline (商机): add, edit, move to a stage, win, lose, delete.

Each runs ONE transaction and returns a :class:`PipelineEdit`: the ``Changes`` and what undo
needs — the opportunity's rows before and after (``store.opportunities.Snapshot``). Undo and
redo are the two inverse operations :func:`undo` and :func:`redo` (the same ids come back).
Winning writes the sale (a sales record and the contract logged with it); undoing the win
takes both away again.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from salesplanner.domain import opportunities as dom
from salesplanner.domain.forecast import (
    Forecast,
    ForecastInputs,
    SubPeriod,
    forecast,
)
from salesplanner.domain.goals import Goal, goal_tiers
from salesplanner.domain.limits import MAX_ID
from salesplanner.domain.money import format_wan, from_fen, to_fen
from salesplanner.domain.opportunities import Opportunity, OpportunityError, Stage, StageChange
from salesplanner.domain.records import CONTRACT, FOLLOWUP, Activity, Deal, TimeBlock
from salesplanner.services.changes import Changes
from salesplanner.store import opportunities as repo
from salesplanner.store import records as record_repo
from salesplanner.store.db import Store

if TYPE_CHECKING:
    from salesplanner.domain.quick_entry import DealEntry

PIPELINE = Changes(opportunities=True)
WON_CHANGES = Changes(opportunities=True, deals=True, activities=True)


@dataclass(frozen=True)
class PipelineEdit:
    opportunity_id: int
    before: repo.Snapshot
    after: repo.Snapshot
    changes: Changes = PIPELINE
    made_customer: repo.Row | None = None  # the customer row this edit created (gone on undo)

    @property
    def deal_id(self) -> int | None:
        """The sale a win wrote."""
        return self.after.deal["id"] if self.after.deal else None


def undo(store: Store, edit: PipelineEdit) -> Changes:
    with store.transaction():
        repo.put_snapshot(store, edit.opportunity_id, edit.before)
        if edit.made_customer is not None:
            repo.drop_customer_if_unused(store, edit.made_customer["id"])
    return edit.changes


def redo(store: Store, edit: PipelineEdit) -> Changes:
    with store.transaction():
        if edit.made_customer is not None:
            repo.restore_customer(store, edit.made_customer)
        repo.put_snapshot(store, edit.opportunity_id, edit.after)
    return edit.changes


# -- helpers ------------------------------------------------------------------------------
def _existing(store: Store, opportunity_id: int | None) -> Opportunity:
    opp = repo.get(store, opportunity_id) if opportunity_id is not None else None
    if opp is None:
        raise OpportunityError("That opportunity no longer exists.")
    return opp


def _resolve_customer(store: Store, opp: Opportunity) -> tuple[Opportunity, repo.Row | None]:
    """The opportunity with its customer id; the row of a customer made for it."""
    if opp.customer_id is not None:
        return opp, None
    from salesplanner.services.week import resolve_customer

    cid, name, created = resolve_customer(store, opp.customer_name)
    made = repo.customer_row(store, cid) if created and cid is not None else None
    return replace(opp, customer_id=cid, customer_name=name), made


def _own_person(store: Store, opp: Opportunity) -> Opportunity:
    """The opportunity naming only a person of its own customer."""
    from salesplanner.store.customers import own_contact

    if opp.contact_id is None:
        return opp
    return replace(opp, contact_id=own_contact(store, opp.contact_id, opp.customer_id))


def _change(opp_id: int, opp: Opportunity, day: dt.date, from_stage: str | None) -> StageChange:
    return StageChange(opp_id, day, from_stage, opp.stage, opp.expected_close, opp.amount)


def _open_stage(stages: list[Stage], key: str) -> Stage:
    stage = dom.stage_map(stages).get(key)
    if stage is None:
        raise OpportunityError(f"Unknown stage {key!r}.")
    if not stage.is_open:
        raise OpportunityError("Win or lose a deal to close it; moving sets an open stage.")
    return stage


def _closing(
    store: Store, opportunity_id: int, outcome: str, day: dt.date, **fields: Any
) -> tuple[Opportunity, Opportunity, repo.Snapshot]:
    """(the open deal, that deal closed with ``outcome`` on ``day`` and ``fields``, its rows
    now)."""
    opp = _existing(store, opportunity_id)
    if not opp.is_open:
        raise OpportunityError(
            "Only an open deal can be won."
            if outcome == dom.WON
            else "Only an open deal can be lost."
        )
    stages = repo.list_stages(store)
    stage = dom.closing_stage(stages, outcome)
    closed = replace(opp, stage=stage.key, outcome=outcome, closed=day, **fields)
    dom.validate(closed, stages)
    return opp, closed, repo.snapshot(store, opportunity_id)


# -- use cases ----------------------------------------------------------------------------
def add(store: Store, opp: Opportunity) -> PipelineEdit:
    """A new open opportunity (its customer made if new), its first stage in the history."""
    with store.transaction():
        stages = repo.list_stages(store)
        _open_stage(stages, opp.stage)
        opp, made = _resolve_customer(store, replace(opp, outcome=dom.OPEN, closed=None))
        opp = _own_person(store, opp)
        dom.validate(opp, stages)
        before = repo.Snapshot(None)
        new_id = repo.insert(store, opp)
        repo.add_change(store, _change(new_id, opp, opp.created, None))
        return PipelineEdit(new_id, before, repo.snapshot(store, new_id), PIPELINE, made)


def edit(store: Store, opp: Opportunity, day: dt.date) -> PipelineEdit:
    """New details of an opportunity; a new open stage is recorded as a change on ``day``."""
    with store.transaction():
        current = _existing(store, opp.id)
        if opp.outcome != current.outcome:
            raise OpportunityError("Win or lose a deal with its own command, not by editing it.")
        stages = repo.list_stages(store)
        if opp.stage != current.stage:
            _open_stage(stages, opp.stage)
        if opp.customer_name.strip() != current.customer_name:
            opp = replace(opp, customer_id=None)
        opp, made = _resolve_customer(store, opp)
        opp = _own_person(store, opp)
        dom.validate(opp, stages)
        oid = current.id
        assert oid is not None
        before = repo.snapshot(store, oid)
        repo.update(store, replace(opp, id=oid, deal_id=current.deal_id))
        if opp.stage != current.stage:
            repo.add_change(store, _change(oid, opp, day, current.stage))
        return PipelineEdit(oid, before, repo.snapshot(store, oid), PIPELINE, made)


def move(store: Store, opportunity_id: int, stage: str, day: dt.date) -> PipelineEdit:
    """To another open stage (a lost deal reopened is open again; a won one stays a sale)."""
    with store.transaction():
        opp = _existing(store, opportunity_id)
        stages = repo.list_stages(store)
        _open_stage(stages, stage)
        if opp.outcome == dom.WON:
            raise OpportunityError(
                "This deal is won and became a sale; undo the win to move it again."
            )
        if stage == opp.stage:
            raise OpportunityError("The deal is at that stage already.")
        if day < opp.created:
            raise OpportunityError("A deal cannot change stage before it was created.")
        before = repo.snapshot(store, opportunity_id)
        moved = replace(opp, stage=stage, outcome=dom.OPEN, closed=None, lost_reason="")
        repo.update(store, moved)
        repo.add_change(store, _change(opportunity_id, moved, day, opp.stage))
        return PipelineEdit(opportunity_id, before, repo.snapshot(store, opportunity_id))


def win(
    store: Store, opportunity_id: int, amount: Decimal, day: dt.date, note: str = ""
) -> PipelineEdit:
    """Won for ``amount`` on ``day``: the sale is written (a sales record and a contract)."""
    amount = Decimal(amount)
    if not amount.is_finite() or amount <= 0:
        raise OpportunityError("The final amount must be more than zero.")
    with store.transaction():
        opp, closed, before = _closing(store, opportunity_id, dom.WON, day=day, amount=amount)
        deal_id = record_repo.insert_deal(
            store,
            Deal(
                None,
                day,
                amount,
                customer_id=opp.customer_id,
                product=opp.product,
                note=note or opp.title,
                contact_id=opp.contact_id,
            ),
        )
        activity_id = record_repo.insert_activity(
            store,
            Activity(
                None,
                day,
                CONTRACT,
                customer_id=opp.customer_id,
                outcome=note,
                amount=amount,
                deal_id=deal_id,
                contact_id=opp.contact_id,
            ),
        )
        repo.link_activity(store, activity_id, opportunity_id)
        repo.update(store, replace(closed, deal_id=deal_id))
        repo.add_change(store, _change(opportunity_id, closed, day, opp.stage))
        after = repo.snapshot(store, opportunity_id)
        return PipelineEdit(opportunity_id, before, after, WON_CHANGES)


def lose(store: Store, opportunity_id: int, reason: str, day: dt.date) -> PipelineEdit:
    reason = (reason or "").strip()
    if not reason:
        raise OpportunityError("Say why the deal was lost (price, competitor, no budget …).")
    with store.transaction():
        opp, closed, before = _closing(store, opportunity_id, dom.LOST, day=day, lost_reason=reason)
        repo.update(store, closed)
        repo.add_change(store, _change(opportunity_id, closed, day, opp.stage))
        return PipelineEdit(opportunity_id, before, repo.snapshot(store, opportunity_id))


def delete(store: Store, opportunity_id: int) -> PipelineEdit:
    """Remove the opportunity and its history (the sale a won one became stays)."""
    with store.transaction():
        _existing(store, opportunity_id)
        before = repo.snapshot(store, opportunity_id)
        after = repo.Snapshot(None)
        repo.put_snapshot(store, opportunity_id, after)
        return PipelineEdit(opportunity_id, before, after)


def set_stages(store: Store, stages: list[Stage]) -> tuple[list[Stage], Changes]:
    """The rep's own stage list; returns the previous one (for undo, call again with it)."""
    dom.validate_stages(stages)
    with store.transaction():
        previous = repo.list_stages(store)
        used = {o.stage for o in repo.list_opportunities(store)}
        missing = used - {s.key for s in stages}
        if missing:
            raise OpportunityError("A stage that deals are at cannot be removed; move them first.")
        repo.save_stages(store, stages)
    return previous, PIPELINE


def find_open(store: Store, text: str) -> Opportunity:
    """The deal the rep means: ``#12`` / ``12`` (an id), else the one open deal of the customer
    named (exactly, or the only customer whose name contains it)."""
    from salesplanner.store.week import match_customer

    text = (text or "").strip()
    if text.lstrip("#").isdecimal():  # a number: ١٢ too, but not ² (isdigit)
        number = int(text.lstrip("#"))
        return _existing(store, number if number <= MAX_ID else None)
    found = match_customer(store, text)
    if found is None:
        raise OpportunityError(f"No customer is called {text!r}.")
    deals = repo.open_for_customer(store, found[0])
    if not deals:
        raise OpportunityError(f"{found[1]} has no open deal.")
    if len(deals) > 1:
        ids = ", ".join(
            " ".join(filter(None, (f"#{o.id}", o.title, format_wan(to_fen(o.amount)))))
            for o in deals
        )
        raise OpportunityError(
            f"{found[1]} has {len(deals)} open deals ({ids}); name one by its number."
        )
    return deals[0]


def apply_entry(store: Store, entry: DealEntry) -> PipelineEdit:
    """Do what a quick-entry line about a deal says (``domain.quick_entry.parse_deal``)."""
    from salesplanner.domain import quick_entry as qe

    if entry.action == qe.DEAL_ADD:
        stage = entry.stage or dom.open_stages(repo.list_stages(store))[0].key
        amount = entry.amount if entry.amount is not None else Decimal(0)
        opp = Opportunity(
            None,
            entry.customer,
            "",
            amount,
            stage,
            entry.date,
            expected_close=entry.close,
            next_step=entry.next_step,
        )
        return add(store, opp)
    target = find_open(store, entry.customer)
    assert target.id is not None  # read from the store
    if entry.action == qe.DEAL_MOVE:
        return move(store, target.id, entry.stage or "", entry.date)
    if entry.action == qe.DEAL_WIN:
        return win(store, target.id, entry.amount or Decimal(0), entry.date)
    return lose(store, target.id, entry.reason, entry.date)


# -- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PipelineData:
    stages: list[Stage]
    opportunities: list[Opportunity]  # all of them, newest first
    history: list[StageChange]
    measured: dom.Measured

    @property
    def open(self) -> list[Opportunity]:
        return [o for o in self.opportunities if o.is_open]

    def columns(self, include_closed: bool = False) -> list[dom.StageColumn]:
        return dom.by_stage(self.opportunities, self.stages, include_closed)


def load(store: Store) -> PipelineData:
    stages = repo.list_stages(store)
    opps = repo.list_opportunities(store)
    history = repo.history(store)
    return PipelineData(stages, opps, history, dom.measure(opps, history, stages))


def deal(store: Store, opportunity_id: int) -> Opportunity | None:
    """One deal as stored (None when it is gone)."""
    return repo.get(store, opportunity_id)


def stages(store: Store) -> list[Stage]:
    """The rep's stages, in order."""
    return repo.list_stages(store)


@dataclass(frozen=True)
class PaneData:
    """What the Pipeline pane shows, read in a few queries."""

    stages: list[Stage]
    open: list[Opportunity]
    shown: list[Opportunity]  # the open ones, then those closed lately when asked for
    entered: dict[int, dt.date]  # when each open deal entered its stage
    last_activity: dict[int, dt.date]
    month: dict[str, tuple[int, int]]  # this month's won and lost: (count, fen)


def pane_data(store: Store, today: dt.date, closed_days: int | None = None) -> PaneData:
    """The open deals (and with ``closed_days`` those closed in as many days before
    ``today``), each open deal's stage date and last activity, and this month's totals."""
    opps = repo.list_opportunities(store, dom.OPEN)
    shown = list(opps)
    if closed_days is not None:
        shown += repo.closed_since(store, today - dt.timedelta(days=closed_days))
    return PaneData(
        repo.list_stages(store),
        opps,
        shown,
        repo.open_stage_dates(store),
        repo.last_activity_dates(store, None if closed_days is not None else dom.OPEN),
        repo.closed_between(store, today.replace(day=1), today),
    )


# -- this week's deals to chase (the Week pane) -------------------------------------------
CHASE_BLOCK_MINUTES = 60  # a deal dropped on the week gets an hour


def deals_to_chase(store: Store, today: dt.date, stale_days: int) -> list[dom.ChaseDeal]:
    """The open deals to chase in the week of ``today`` (``domain.opportunities``), in two
    reads: the open deals and the last activity of each."""
    return dom.deals_to_chase(
        repo.list_opportunities(store, dom.OPEN),
        today,
        repo.last_activity_dates(store, dom.OPEN),
        stale_days,
    )


def chase_block(
    store: Store, opportunity_id: int, day: dt.date, start_min: int, minutes: int = 0
) -> TimeBlock:
    """A follow-up block for an open deal at ``start_min`` on ``day`` (not written: the caller
    creates it as an undoable edit), for the deal and its customer, its note the deal's next
    step (else its title)."""
    opp = _existing(store, opportunity_id)
    if not opp.is_open:
        raise OpportunityError("This deal is closed; only an open deal can be planned.")
    from salesplanner.domain.week import clamp_block

    minutes = minutes or CHASE_BLOCK_MINUTES
    start, end = clamp_block(start_min, start_min + minutes, minutes)
    return TimeBlock(
        None,
        day,
        start,
        end,
        FOLLOWUP,
        customer_id=opp.customer_id,
        customer_name=opp.customer_name,
        note=opp.next_step or opp.label,
        planned_count=1,
        opportunity_id=opportunity_id,
        contact_id=opp.contact_id,
    )


# -- the forecast -------------------------------------------------------------------------
NEW_BUSINESS_WEEKS = 52  # past weeks drawn for business not yet in the pipeline
# Years of closed deals the rates, slips and amount ratios are measured on: the rep as they
# sell now, and a read that stays the same size however many years the plan holds.
HISTORY_YEARS = 3


@dataclass(frozen=True)
class PeriodForecast:
    goal_title: str
    start: dt.date
    end: dt.date
    day: dt.date  # sales up to and including this day are won
    forecast: Forecast
    undated: int  # open deals without a close date (not counted)
    history_deals: int  # closed deals the rates and slips come from
    new_business_weeks: int


def _cents(yuan: Decimal) -> Decimal:
    return yuan.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


#: The last forecast inputs read and the last seeded forecast run: the Progress pane's odds
#: and its pipeline diagnosis read the same inputs and run the same seeded base forecast right
#: after each other (≈ 65 ms of a reload on the large demo, once instead of twice). One slot
#: each: (the store, weakly; the data version, goal and day; the result) and (inputs, runs,
#: seed; the result). Inputs and forecasts are frozen, so both callers may share them.
_LAST_INPUTS: list[tuple[weakref.ref[Store], Any, tuple[ForecastInputs, int, int]]] = []
_LAST_FORECAST: list[tuple[ForecastInputs, int, int, Forecast]] = []


def seeded_forecast(inputs: ForecastInputs, runs: int, seed: int | None) -> Forecast:
    """``domain.forecast.forecast``; with a seed, the last run is read back when the inputs,
    runs and seed are the same again (a seeded run gives the same result each time)."""
    if seed is not None and _LAST_FORECAST:
        last_inputs, last_runs, last_seed, last = _LAST_FORECAST[0]
        if last_runs == runs and last_seed == seed and last_inputs == inputs:
            return last
    result = forecast(inputs, runs=runs, seed=seed)
    if seed is not None:
        _LAST_FORECAST[:] = [(inputs, runs, seed, result)]
    return result


def forecast_inputs(store: Store, goal: Goal, day: dt.date) -> tuple[ForecastInputs, int, int]:
    """The forecast's inputs for ``goal``'s period as of the end of ``day``; the number of
    undated open deals and of past weeks of new business. Read once per data change of
    ``store`` (and goal and day)."""
    if store.conn.in_transaction:  # what it reads may still be rolled back: not kept
        return _read_forecast_inputs(store, goal, day)
    key = (store.data_version(), goal, day)
    if _LAST_INPUTS:
        ref, last_key, last = _LAST_INPUTS[0]
        if ref() is store and last_key == key:
            return last
    result = _read_forecast_inputs(store, goal, day)
    _LAST_INPUTS[:] = [(weakref.ref(store), key, result)]  # a closed store is not kept
    return result


def _read_forecast_inputs(
    store: Store, goal: Goal, day: dt.date
) -> tuple[ForecastInputs, int, int]:
    from salesplanner.store import goals as goal_repo
    from salesplanner.store.progress import sales_by_day

    assert goal.start is not None and goal.end is not None and goal.id is not None
    open_deals, undated = repo.open_for_forecast(store)
    measured = repo.forecast_history(store, _years_before(day, HISTORY_YEARS))
    won_by_day = sales_by_day(store, goal.start, min(day, goal.end))
    tiers = goal_tiers(goal)
    subs = []
    for p in goal_repo.period_targets(store, goal.id, "month"):
        won = sum((v for d, v in won_by_day.items() if p.start <= d <= p.end), 0)
        month = from_fen(p.amount_fen)
        # a month's stretch and challenge tiers: its target in the goal's proportions
        scaled = tuple(_cents(month * t / goal.target) for t in tiers[1:]) if goal.target else ()
        subs.append(SubPeriod(p.start, p.end, (month, *scaled), from_fen(won)))
    this_monday = day - dt.timedelta(days=day.weekday())
    first = repo.first_sale_date(store)
    weeks = 0
    if first is not None:
        weeks = min(NEW_BUSINESS_WEEKS, max(0, (this_monday - first).days // 7))
    first_monday = this_monday - dt.timedelta(weeks=weeks)
    sales = repo.sales_with_origin(store, first_monday, this_monday - dt.timedelta(days=1))
    inputs = ForecastInputs(
        period_start=goal.start,
        period_end=goal.end,
        targets=tiers,
        won_so_far=from_fen(sum(won_by_day.values(), 0)),
        open_deals=open_deals,
        measured=measured,
        weekly_new_business=dom.weekly_new_business(sales, first_monday, weeks),
        as_of=max(goal.start, day + dt.timedelta(days=1)),
        sub_periods=tuple(subs),
    )
    return inputs, undated, weeks


def period_forecast(
    store: Store, day: dt.date, runs: int = 10_000, seed: int | None = None
) -> PeriodForecast:
    """The active goal's forecast as of the end of ``day``."""
    from salesplanner.store import goals as goal_repo

    goal = goal_repo.active_goal(store, day)
    if goal is None or goal.start is None or goal.end is None:
        raise OpportunityError("There is no goal to forecast; set one with the goal wizard.")
    if runs < 1 or runs > 1_000_000:
        raise OpportunityError("The number of runs is between 1 and 1,000,000.")
    inputs, undated, weeks = forecast_inputs(store, goal, day)
    result = seeded_forecast(inputs, runs, seed)
    return PeriodForecast(
        goal.title, goal.start, goal.end, day, result, undated, result.closed_deals, weeks
    )


# -- import: sales sheets with a stage or status column -----------------------------------
# the columns of a sales sheet as the importer hands them over (io.imported.SaleRecord)
_DATE, _CUSTOMER, _AMOUNT, _PRODUCT, _STAGE, _NOTE, _ROW, _KEY = 0, 1, 2, 3, 8, 9, 10, 11


class ImportedPipeline:
    """Takes the rows of a sales sheet whose stage or status (阶段/状态) says the deal is still
    open (洽谈中, 方案 …) or was lost (输单 …) out of the sales, and stores them as open or lost
    opportunities instead: they are never sales. A row with no stage, a won one (赢单, 成交) or
    an unknown word stays a sale; when the sheet has open or lost rows, its won rows also become
    won opportunities (linked to their sale) so the rep's win rate counts both sides."""

    def __init__(self, store: Store, import_id: int, today: dt.date | None = None):
        self.store, self.import_id = store, import_id
        self.today = today or dt.date.today()
        self.stages = repo.list_stages(store)
        self._keys: dict[str, str | None] = {}
        self.won_texts: set[str] = set()
        self.open = self.lost = self.won = 0

    def _key(self, text: str) -> str | None:
        if text not in self._keys:
            self._keys[text] = dom.sheet_stage_key(text, self.stages)
        return self._keys[text]

    def take(self, cols: list[list[Any]], ids: dict[str, int]) -> list[list[Any]]:
        """The sales columns without the pipeline's rows (those are stored here)."""
        stage_col = cols[_STAGE]
        known = dom.stage_map(self.stages)
        rows, keep = [], []
        for i, text in enumerate(stage_col):
            key = self._key(text) if text else None
            stage = known.get(key) if key else None
            amount = cols[_AMOUNT][i]
            if stage is None or amount is None or amount < 0 or stage.outcome == dom.WON:
                if stage is not None and text != "won":  # "won": the importer's "no stage"
                    self.won_texts.add(text)
                keep.append(True)
                continue
            keep.append(False)
            day = dt.date.fromisoformat(cols[_DATE][i])
            lost = stage.outcome == dom.LOST
            rows.append(
                (
                    ids.get(cols[_CUSTOMER][i]),
                    amount,
                    stage.key,
                    stage.outcome,
                    min(day, self.today).isoformat(),
                    day.isoformat() if not lost and day >= self.today else None,
                    day.isoformat() if lost else None,
                    cols[_PRODUCT][i] or "",
                    cols[_NOTE][i] or "",
                    self.import_id,
                    cols[_ROW][i],
                    cols[_KEY][i],
                )
            )
        if not rows:
            return cols
        added = repo.insert_imported(self.store, rows)
        self.open += added.get(dom.OPEN, 0)
        self.lost += added.get(dom.LOST, 0)
        return [[v for v, k in zip(c, keep, strict=True) if k] for c in cols]

    def link_wins(self) -> None:
        """After sales are stored: the import's won rows so far as won opportunities, if the
        sheet has a pipeline at all (called after each part; a row is linked once)."""
        if self.open or self.lost:
            self.won += repo.link_imported_wins(self.store, self.import_id, sorted(self.won_texts))


# -- a sheet of deals (商机) --------------------------------------------------------------
_CHANNEL_WORDS = (
    ("转介绍", "referral"),
    ("介绍", "referral"),
    ("referr", "referral"),
    ("展会", "event"),
    ("活动", "event"),
    ("会议", "event"),
    ("event", "event"),
    ("电话", "phone"),
    ("phone", "phone"),
    ("call", "phone"),
    ("官网", "inbound"),
    ("网站", "inbound"),
    ("来电", "inbound"),
    ("咨询", "inbound"),
    ("inbound", "inbound"),
    ("web", "inbound"),
    ("拜访", "visit"),
    ("visit", "visit"),
)


def channel_of(text: str) -> str:
    """The channel a sheet's 来源/Source cell names ("" when empty, "other" when unknown)."""
    t = (text or "").strip().lower()
    if not t:
        return ""
    if t in dom.CHANNELS:
        return t
    return next((c for w, c in _CHANNEL_WORDS if w in t), "other")


@dataclass
class SheetDeals:
    """What storing a deals sheet did; ``unknown_stages``: (index into the records, text)."""

    open: int = 0
    won: int = 0
    lost: int = 0
    present: int = 0  # rows whose deal the plan has (an earlier import, or exported from it)
    own: int = 0  # of those: deals exported from this plan that it still has
    # of the deals the plan has: at another stage now (won and lost ones closed), otherwise
    # changed (amount, close date, next step), or as the sheet has them
    moved: int = 0
    updated: int = 0
    unchanged: int = 0
    sales_written: int = 0
    sales_linked: int = 0
    customers_added: int = 0
    unknown_stages: list[tuple[int, str]] = field(default_factory=list)
    # won deals whose sale the plan had (the ledger's): (customer and title, sale fen, date)
    linked: list[tuple[str, int, dt.date]] = field(default_factory=list)


def _sheet_stage(text: str, pct: int | None, stages: list[Stage]) -> tuple[Stage, bool]:
    """The stage of a sheet row and whether its text was understood: the named stage; without
    one, the open stage nearest to the row's win probability (100 % won, 0 % lost)."""
    known = dom.stage_map(stages)
    key = dom.sheet_stage_key(text, stages) if text else None
    if key is not None:
        return known[key], True
    if pct is not None and not text:
        if pct >= 100:
            return dom.closing_stage(stages, dom.WON), True
        if pct <= 0:
            return dom.closing_stage(stages, dom.LOST), True
        return min(dom.open_stages(stages), key=lambda s: (abs(s.probability - pct), s.sort)), True
    return dom.open_stages(stages)[0], not text


def _title_key(title: str) -> str:
    return " ".join((title or "").split()).casefold()


class _KnownDeals:
    """The deals of the plan a sheet's rows stand for: by the row's key (its ID column, or its
    content key from an earlier import of the list), by our export's ID, else by customer and
    title; each deal matched by one row at most."""

    def __init__(self, store: Store, records: list[tuple[Any, ...]], ids: dict[str, int]):
        from salesplanner.store.settings import existing_plan_id

        keys = [r[14] for r in records]
        self.by_key = repo.rows_of_keys(store, keys)
        self.own: set[str] = set()
        plan = existing_plan_id(store)
        if plan is not None:  # our export's IDs (SP-<plan>-O<id>) of deals this plan still has
            prefix = f"SP-{plan}-O"
            cut = len(prefix)
            exported = {int(k[cut:]): k for k in keys if k.startswith(prefix) and k[cut:].isdigit()}
            for oid, row in repo.rows_of_ids(store, exported).items():
                if exported[oid] not in self.by_key:
                    self.own.add(exported[oid])
                self.by_key[exported[oid]] = row
        wanted = {ids[r[0]] for r in records if r[1] and ids.get(r[0]) is not None}
        self.by_title: dict[tuple[int, str], list[repo.Row]] = {}
        for row in repo.rows_of_customers(store, wanted):
            if row["title"]:
                self.by_title.setdefault((row["customer_id"], _title_key(row["title"])), []).append(
                    row
                )
        self.taken: set[int] = set()

    def find(self, key: str, customer_id: int | None, title: str) -> repo.Row | None:
        row = self.by_key.get(key)
        if row is None and customer_id is not None and title:
            rows = self.by_title.get((customer_id, _title_key(title)), [])
            free = [r for r in rows if r["id"] not in self.taken]
            # an open deal of that name first, else the latest one
            row = next((r for r in free if r["outcome"] == dom.OPEN), free[-1] if free else None)
        if row is None or row["id"] in self.taken:
            return None
        self.taken.add(row["id"])
        return row


def _updated_row(
    now: repo.Row, r: tuple[Any, ...], stage: Stage | None, today: dt.date
) -> tuple[repo.Row, bool]:
    """The deal ``now`` as the sheet row ``r`` has it (``stage``: the row's stage when it names
    one, else None: the deal stays where it is), and whether that is a stage move. A sheet's
    empty cell changes nothing; a won deal stays as it is (it is a sale)."""
    (_name, _title, fen, _text, _pct, close, step, step_day) = r[:8]
    reason = r[11]
    new = dict(now)
    if now["outcome"] == dom.WON:
        return new, False
    moved = stage is not None and stage.key != now["stage"]
    target = stage if moved and stage is not None else None
    open_after = target.is_open if target is not None else now["outcome"] == dom.OPEN
    if open_after:
        new["amount_fen"] = fen
        new["expected_close"] = close or now["expected_close"]
        new["next_step"] = step or now["next_step"]
        new["next_step_date"] = step_day or now["next_step_date"]
    if target is not None:
        new["stage"], new["outcome"] = target.key, target.outcome
        if target.is_open:
            new["closed"], new["lost_reason"] = None, ""
        else:
            close_day = dt.date.fromisoformat(close) if close else today
            new["closed"] = min(close_day, today).isoformat()
            new["amount_fen"] = fen
            if target.outcome == dom.LOST:
                new["lost_reason"] = reason or now["lost_reason"]
    return new, moved


def import_sheet(
    store: Store, records: list[tuple[Any, ...]], import_id: int, today: dt.date | None = None
) -> SheetDeals:
    """Store the deals of a sheet (``io.importer`` records, see ``_build_opportunities``) inside
    the caller's transaction: open ones at their stage, lost ones with their reason, won ones
    linked to the sale the plan has (same customer and amount within a month), else with the
    sale written. A deal the plan has (by the sheet's ID, else its customer and title) is
    updated: another stage is a stage move dated ``today`` (a won one writes its sale once, a
    lost one keeps its reason), and its amount, close date and next step follow the sheet."""
    from salesplanner.store import imports as import_repo

    today = today or dt.date.today()
    out = SheetDeals()
    stages = repo.list_stages(store)
    ids, out.customers_added = import_repo.customer_ids(store, (r[0] for r in records), import_id)
    known = _KnownDeals(store, records, ids)
    for index, r in enumerate(records):
        (name, title, fen, stage_text, pct, close, step, step_day, created, product) = r[:10]
        channel, reason, note, source_row, key = r[10:]
        stage, understood = _sheet_stage(stage_text, pct, stages)
        if not understood:
            out.unknown_stages.append((index, stage_text))
        now = known.find(key, ids.get(name), title)
        if now is not None:
            out.present += 1
            out.own += key in known.own
            named = understood and (bool(stage_text) or pct is not None)
            _update_known(store, out, now, r, stage if named else None, import_id, today)
            continue
        close_day = dt.date.fromisoformat(close) if close else None
        made = dt.date.fromisoformat(created) if created else None
        closed = None
        if not stage.is_open:
            closed = min(close_day or made or today, today)
        made = min(made or closed or today, closed or today, today)
        row: repo.Row = {
            "customer_id": ids.get(name),
            "title": title,
            "amount_fen": fen,
            "stage": stage.key,
            "expected_close": close,
            "next_step": step if stage.is_open else "",
            "next_step_date": step_day if stage.is_open else None,
            "channel": channel_of(channel),
            "product": product,
            "created": made.isoformat(),
            "closed": closed.isoformat() if closed else None,
            "outcome": stage.outcome,
            "lost_reason": reason if stage.outcome == dom.LOST else "",
            "note": note,
            "import_id": import_id,
            "source_row": source_row,
            "row_key": key,
        }
        if stage.outcome == dom.WON and closed is not None:
            row["deal_id"] = _sale_of_win(store, out, row, import_id, r)
        # one change: the stages a deal passed are not in the sheet (none is made up)
        entered = StageChange(0, closed or made, None, stage.key, close_day, from_fen(fen))
        repo.insert_sheet_opportunity(store, row, [entered])
        setattr(out, stage.outcome, getattr(out, stage.outcome) + 1)
    return out


def _sale_of_win(
    store: Store, out: SheetDeals, row: repo.Row, import_id: int, r: tuple[Any, ...]
) -> int:
    """The sale a won deal of the sheet became: the plan's own if it has it, else written."""
    closed = dt.date.fromisoformat(row["closed"])
    found = repo.unlinked_sale(store, row["customer_id"], row["amount_fen"], closed)
    if found is None:
        out.sales_written += 1
        return repo.insert_imported_sale(store, row, import_id, r[13], "won:" + r[14])
    out.sales_linked += 1
    out.linked.append((" ".join(filter(None, (r[0], row["title"]))), found[1], found[2]))
    return found[0]


def _update_known(
    store: Store,
    out: SheetDeals,
    now: repo.Row,
    r: tuple[Any, ...],
    stage: Stage | None,
    import_id: int,
    today: dt.date,
) -> None:
    """A row of the sheet for a deal the plan has: the deal updated as the sheet has it."""
    new, moved = _updated_row(now, r, stage, today)
    if new["outcome"] == dom.WON and now["outcome"] != dom.WON and new["deal_id"] is None:
        sale = dict(new, title=new["title"] or r[1], product=new["product"] or r[9])
        new["deal_id"] = _sale_of_win(store, out, sale, import_id, r)
    if not repo.update_from_import(store, now, new, import_id):
        out.unchanged += 1
        return
    if not moved:
        out.updated += 1
        return
    out.moved += 1
    day = max(dt.date.fromisoformat(new["closed"]) if new["closed"] else today, _created(now))
    change = StageChange(
        now["id"],
        day,
        now["stage"],
        new["stage"],
        dt.date.fromisoformat(new["expected_close"]) if new["expected_close"] else None,
        from_fen(new["amount_fen"]),
    )
    repo.add_import_change(store, change, import_id)


def _created(row: repo.Row) -> dt.date:
    return dt.date.fromisoformat(row["created"])
