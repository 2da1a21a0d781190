"""Use cases of the week calendar: blocks, templates, logging what was done, reminder state.

Each function runs ONE transaction and returns a :class:`Changes` (with what undo needs to
reverse it). The UI wraps each in an ``Edit`` (``salesplanner.ui.edits``); the CLI calls them
directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from salesplanner.domain.records import ACTIVITY_CODES, CONTRACT, Activity, Deal, TimeBlock
from salesplanner.domain.templates import SEED_TEMPLATE, TemplateBlock, blocks_for_week
from salesplanner.domain.week import (
    add_learning,
    block_capacity,
    drop_overlapping,
    shift_blocks,
    size_to_targets,
    template_from_blocks,
)
from salesplanner.domain.week_log import EMPTY as EMPTY_LOG
from salesplanner.domain.week_log import WeekLog, week_log
from salesplanner.errors import UserError
from salesplanner.services.changes import Changes
from salesplanner.store import blocks as block_repo
from salesplanner.store import customers as customer_repo
from salesplanner.store import follow_ups as follow_up_repo
from salesplanner.store import records as record_repo
from salesplanner.store import week as week_repo
from salesplanner.store.db import Store

if TYPE_CHECKING:  # the parser is imported at the first quick entry, not at start-up
    from salesplanner.domain.calendar import WorkCalendar
    from salesplanner.domain.customer_index import CustomerIndex
    from salesplanner.domain.quick_entry import QuickEntry
    from salesplanner.domain.settings import Settings
    from salesplanner.domain.week import DayInfo, WeekCapacity

# (snoozed until, done at) as stored; None: no state
ReminderState = tuple[str | None, str | None] | None

BLOCKS = Changes(blocks=True)
LOGGED = Changes(activities=True, deals=True)
REMINDERS = Changes(reminders=True)
METHOD_TEMPLATE = ""  # the name under which METHOD.md's template is offered ("" = built in)


class WeekError(UserError):
    pass


# -- customers ----------------------------------------------------------------------------
def resolve_customer(store: Store, name: str, create: bool = True) -> tuple[int | None, str, bool]:
    """(id, name as stored, created) for the name the rep typed: exact, else the one customer
    whose name contains it, else a new customer (``create``)."""
    name = (name or "").strip()
    if not name:
        return None, "", False
    found = week_repo.match_customer(store, name)
    if found:
        return found[0], found[1], False
    if not create:
        return None, name, False
    return record_repo.ensure_customer(store, name), name, True


def _drop_customer_if_unused(store: Store, customer_id: int | None) -> None:
    if customer_id is None:
        return
    store.execute(
        "DELETE FROM customers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deals "
        "WHERE customer_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM activities WHERE customer_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM time_blocks WHERE customer_id = ?)",
        (customer_id,) * 4,
    )


# -- blocks -------------------------------------------------------------------------------
def validate_block(b: TimeBlock) -> None:
    if b.code not in ACTIVITY_CODES:
        raise WeekError(f"Unknown activity type {b.code!r}.")
    if not (0 <= b.start_min < b.end_min <= 24 * 60):
        raise WeekError(
            f"A block must start before it ends within the day "
            f"({b.start_min // 60:02d}:{b.start_min % 60:02d}–"
            f"{b.end_min // 60:02d}:{b.end_min % 60:02d})."
        )
    if b.planned_count < 0:
        raise WeekError("The planned count cannot be negative.")


def _with_customer(store: Store, b: TimeBlock) -> tuple[TimeBlock, int | None]:
    """The block with its customer id resolved from its name (and only a person of that
    customer kept); the id of a customer made for it."""
    if b.customer_id is not None or not b.customer_name.strip():
        made = None
    else:
        cid, name, created = resolve_customer(store, b.customer_name)
        b, made = replace(b, customer_id=cid, customer_name=name), (cid if created else None)
    if b.contact_id is not None:
        b = replace(b, contact_id=customer_repo.own_contact(store, b.contact_id, b.customer_id))
    return b, made


@dataclass(frozen=True)
class BlocksCreated:
    ids: list[int]
    new_customers: list[int]
    changes: Changes = BLOCKS
    short: dict[str, int] = field(default_factory=dict)  # activities that did not fit
    learning_short_min: int = 0  # learning minutes that did not fit (METHOD.md 3.3)


def create_blocks(store: Store, blocks: Iterable[TimeBlock]) -> BlocksCreated:
    """Insert blocks (explicit ids kept: redo re-creates the same rows)."""
    ids, made = [], []
    with store.transaction():
        for b in blocks:
            validate_block(b)
            b, new_customer = _with_customer(store, b)
            if new_customer is not None:
                made.append(new_customer)
            ids.append(block_repo.insert_block(store, b))
    return BlocksCreated(ids, made)


class BlocksUpdated(NamedTuple):
    new_customers: list[int]  # for undo: removed again if then unused
    changes: Changes


def update_blocks(
    store: Store, blocks: Iterable[TimeBlock], drop_customers: Iterable[int] = ()
) -> BlocksUpdated:
    """Write new versions of blocks (move, resize, edit); returns customers made for them.
    ``drop_customers``: customers made by the edit being undone, removed if now unused."""
    made = []
    with store.transaction():
        for b in blocks:
            validate_block(b)
            if b.id is None or block_repo.get_block(store, b.id) is None:
                raise WeekError("That block no longer exists.")
            b, new_customer = _with_customer(store, b)
            if new_customer is not None:
                made.append(new_customer)
            block_repo.update_block(store, b)
        for cid in drop_customers:
            _drop_customer_if_unused(store, cid)
    return BlocksUpdated(made, BLOCKS)


@dataclass(frozen=True)
class BlocksDeleted:
    blocks: list[TimeBlock]
    links: list[tuple[int, int]]  # (activity id, block id) to relink on undo
    changes: Changes = BLOCKS


def delete_blocks(
    store: Store, ids: Sequence[int], drop_customers: Iterable[int] = ()
) -> BlocksDeleted:
    with store.transaction():
        found = [(i, block_repo.get_block(store, i)) for i in ids]
        gone = [b for _i, b in found if b is not None]
        gone_ids = [i for i, b in found if b is not None]
        links = week_repo.block_activity_links(store, gone_ids)
        for i in gone_ids:
            block_repo.delete_block(store, i)
        for cid in drop_customers:
            _drop_customer_if_unused(store, cid)
    return BlocksDeleted(gone, links)


def restore_blocks(store: Store, deleted: BlocksDeleted) -> Changes:
    with store.transaction():
        for b in deleted.blocks:
            block_repo.insert_block(store, b)
        week_repo.relink_activities(store, deleted.links)
    return BLOCKS


# -- templates ----------------------------------------------------------------------------
def _week_blocks(store: Store, monday: dt.date) -> list[TimeBlock]:
    return block_repo.list_blocks(store, monday, monday + dt.timedelta(days=6))


def template_by_name(store: Store, name: str) -> list[TemplateBlock] | tuple[TemplateBlock, ...]:
    if name == METHOD_TEMPLATE:
        return SEED_TEMPLATE
    found = week_repo.get_template(store, name)
    if found is None:
        raise WeekError(f"There is no week template named {name!r}.")
    return found


def apply_template(
    store: Store,
    monday: dt.date,
    calendar: WorkCalendar | None = None,
    name: str = METHOD_TEMPLATE,
    today: dt.date | None = None,
    targets: dict[str, int] | None = None,
) -> BlocksCreated:
    """Fill the week from a template: working days only (holidays and days off skipped), days
    before ``today`` left alone, and no block where one is planned already (applying twice
    adds nothing). With the week's activity ``targets`` the blocks are sized to them where
    their hours allow; ``short`` of the result says what does not fit. Without a
    ``calendar`` the plan's own (:func:`plan_calendar`) says which days are working days."""
    template = template_by_name(store, name)
    if calendar is None:
        calendar = plan_calendar(store, monday)
    days = {monday + dt.timedelta(days=i) for i in range(7)}
    skip = {d for d in days if not calendar.is_working_day(d) or (today and d < today)}
    with store.transaction():
        existing = _week_blocks(store, monday)
        new = drop_overlapping(blocks_for_week(template, monday, skip), existing)
        short: dict[str, int] = {}
        learning_short = 0
        if targets is not None:
            if targets:
                still = _still_to_plan(store, monday, targets, existing, skip)
                new, short = size_to_targets(new, still)
            extra, learning_short = _learning_blocks(store, calendar, days, skip, existing + new)
            new = new + extra
        created = create_blocks(store, new)
        return replace(created, short=short, learning_short_min=learning_short)


def _still_to_plan(
    store: Store,
    monday: dt.date,
    targets: dict[str, int],
    existing: list[TimeBlock],
    skip: set[dt.date],
) -> dict[str, int]:
    """What the week's targets still ask of new blocks: less what is logged this week and
    what the blocks not done yet on the days being filled already hold (34 of 12 visits
    done leaves nothing to plan and nothing short)."""
    logged = record_repo.activity_counts(store, monday, monday + dt.timedelta(days=6))
    held: dict[str, int] = {}
    for b in existing:
        if not b.done and b.date not in skip:
            held[b.code] = held.get(b.code, 0) + block_capacity(b)
    return {
        code: max(0, target - logged.get(code, 0) - held.get(code, 0))
        for code, target in targets.items()
    }


def _learning_blocks(
    store: Store,
    calendar: WorkCalendar,
    days: set[dt.date],
    skip: set[dt.date],
    blocks: list[TimeBlock],
) -> tuple[list[TimeBlock], int]:
    """Learning blocks in the free hours of the days being filled, up to the settings' share
    of the week's working time (the same target the week's capacity line checks)."""
    from decimal import ROUND_HALF_UP, Decimal

    from salesplanner.store.settings import load_settings

    s = load_settings(store)
    working = [d for d in sorted(days) if calendar.is_working_day(d)]
    window = max(0, s.work_end_min - s.work_start_min)
    target = int(
        (Decimal(s.learning_share) * window * len(working)).to_integral_value(ROUND_HALF_UP)
    )
    return add_learning(
        blocks,
        [d for d in working if d not in skip],
        target,
        work_start=s.work_start_min,
        work_end=s.work_end_min,
        buffer_min=s.buffer_min_per_day,
    )


def copy_week(
    store: Store,
    source_monday: dt.date,
    target_monday: dt.date,
    calendar: WorkCalendar | None = None,
) -> BlocksCreated:
    """Copy one week's blocks into another (not done; non-working days and taken slots skipped;
    without a ``calendar`` the plan's own, :func:`plan_calendar`)."""
    if calendar is None:
        calendar = plan_calendar(store, target_monday)
    days = (target_monday - source_monday).days
    target_days = {target_monday + dt.timedelta(days=i) for i in range(7)}
    skip = {d for d in target_days if not calendar.is_working_day(d)}
    with store.transaction():
        new = shift_blocks(_week_blocks(store, source_monday), days, skip)
        new = drop_overlapping(new, _week_blocks(store, target_monday))
        return create_blocks(store, new)


class TemplateSaved(NamedTuple):
    previous: list[TemplateBlock] | None  # for undo: the template it replaced
    changes: Changes


def save_template(store: Store, name: str, monday: dt.date) -> TemplateSaved:
    """Save the week's blocks as the rep's template ``name``; returns the template it replaced."""
    name = (name or "").strip()
    if not name:
        raise WeekError("Give the template a name.")
    with store.transaction():
        blocks = _week_blocks(store, monday)
        if not blocks:
            raise WeekError("The week has no blocks to save as a template.")
        previous = week_repo.get_template(store, name)
        week_repo.put_template(store, name, template_from_blocks(blocks))
    return TemplateSaved(previous, BLOCKS)


def restore_template(store: Store, name: str, previous: list[TemplateBlock] | None) -> Changes:
    with store.transaction():
        if previous is None:
            week_repo.delete_template(store, name)
        else:
            week_repo.put_template(store, name, previous)
    return BLOCKS


# -- logging ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Logged:
    activity_id: int
    deal_id: int | None
    customer_id: int | None
    customer_name: str
    new_customer: bool
    entry: QuickEntry
    block_id: int | None = None
    block_was_done: bool = False
    changes: Changes = LOGGED
    follow_up_set: bool = False  # the entry set the customer's next follow-up date
    follow_up_before: dt.date | None = None  # what it was before (for undo)
    contact_name: str = ""  # the person it was done with, when the entry named one


def log_entry(store: Store, entry: QuickEntry, block_id: int | None = None) -> Logged:
    """Log what was done (a visit, 3 calls, a contract with its amount → also a deal)."""
    if entry.code not in ACTIVITY_CODES:
        raise WeekError(f"Unknown activity type {entry.code!r}.")
    if entry.count < 0:
        raise WeekError("The count cannot be negative.")
    if entry.code == CONTRACT and (entry.amount is None or entry.amount <= 0):
        raise WeekError("A contract needs its amount.")
    if entry.next_follow_up is not None and entry.next_follow_up < entry.date:
        raise WeekError("The next follow-up cannot be before the day the activity was done.")
    with store.transaction():
        cid, name, created = resolve_customer(store, entry.customer)
        person = customer_repo.own_contact(store, entry.contact_id, cid)
        deal_id = None
        if entry.code == CONTRACT and entry.amount is not None:  # (checked above)
            deal_id = record_repo.insert_deal(
                store,
                Deal(
                    None,
                    entry.date,
                    entry.amount,
                    customer_id=cid,
                    note=entry.outcome,
                    contact_id=person,
                ),
            )
        activity_id = record_repo.insert_activity(
            store,
            Activity(
                None,
                entry.date,
                entry.code,
                entry.count,
                customer_id=cid,
                outcome=entry.outcome,
                amount=entry.amount,
                deal_id=deal_id,
                block_id=block_id,
                contact_id=person,
            ),
        )
        block = block_repo.get_block(store, block_id) if block_id is not None else None
        if block_id is not None and block is None:
            raise WeekError("That block no longer exists.")
        if block is not None and block.opportunity_id is not None and deal_id is None:
            # done for the deal the block was planned for: it counts as the deal's activity
            from salesplanner.store.opportunities import link_activity

            link_activity(store, activity_id, block.opportunity_id)
        elif cid is not None and deal_id is None:  # a proposal for the customer's one open deal
            from salesplanner.store.opportunities import link_to_only_open

            link_to_only_open(store, activity_id, cid)
        was_done = False
        changes = LOGGED
        if block is not None:
            was_done = block.done
            block_repo.update_block(store, replace(block, done=True))
            changes = LOGGED | BLOCKS
        follow_up_set, before = False, None
        if entry.next_follow_up is not None and cid is not None:
            before = follow_up_repo.next_follow_up(store, cid)
            follow_up_repo.set_next_follow_up(store, cid, entry.next_follow_up)
            follow_up_set = True
            changes = changes | Changes(customers=True)
        with_whom = customer_repo.contact(store, person) if person is not None else None
    return Logged(
        activity_id,
        deal_id,
        cid,
        name,
        created,
        entry,
        block_id,
        was_done,
        changes,
        follow_up_set,
        before,
        with_whom.name if with_whom is not None else "",
    )


def unlog(store: Store, logged: Logged) -> Changes:
    with store.transaction():
        record_repo.delete_activity(store, logged.activity_id)
        if logged.deal_id is not None:
            record_repo.delete_deal(store, logged.deal_id)
        if logged.block_id is not None:
            block = block_repo.get_block(store, logged.block_id)
            if block is not None:
                block_repo.update_block(store, replace(block, done=logged.block_was_done))
        if logged.follow_up_set and logged.customer_id is not None:
            follow_up_repo.set_next_follow_up(store, logged.customer_id, logged.follow_up_before)
        if logged.new_customer:
            _drop_customer_if_unused(store, logged.customer_id)
    return logged.changes


def relog(store: Store, logged: Logged) -> Logged:
    """Redo of :func:`log_entry` after :func:`unlog` (new row ids are fine for redo)."""
    return log_entry(store, logged.entry, logged.block_id)


# -- reminders ----------------------------------------------------------------------------
def set_reminder_state(
    store: Store,
    key: str,
    snoozed_until: dt.datetime | None = None,
    done_at: dt.datetime | None = None,
) -> ReminderState:
    """Snooze or complete a reminder; returns the previous state for undo."""
    with store.transaction():
        previous = week_repo.get_reminder_state(store, key)
        week_repo.set_reminder_state(
            store,
            key,
            (
                snoozed_until.isoformat(timespec="minutes") if snoozed_until else None,
                done_at.isoformat(timespec="seconds") if done_at else None,
            ),
        )
    return previous


def restore_reminder_state(store: Store, key: str, previous: ReminderState) -> Changes:
    with store.transaction():
        week_repo.set_reminder_state(store, key, previous)
    return REMINDERS


# -- reading a week (for the pane, the CLI and the export) --------------------------------
@dataclass(frozen=True)
class WeekData:
    monday: dt.date
    days: list[DayInfo]  # seven
    blocks: list[TimeBlock]
    targets: dict[str, int]
    logged: dict[str, int]
    capacity: WeekCapacity
    #: what was logged: through each block, and per day without one (the calendar's marks)
    log: WeekLog = EMPTY_LOG


def work_calendar(
    store: Store, settings: Settings | None, start: dt.date, end: dt.date
) -> tuple[WorkCalendar, dict[dt.date, str]]:
    """The WorkCalendar with the rep's marked days, and the notes of those days."""
    from salesplanner.domain.calendar import WorkCalendar

    kinds, notes = week_repo.calendar_overrides(store, start, end)
    return WorkCalendar(settings, kinds), notes


def plan_calendar(store: Store, monday: dt.date) -> WorkCalendar:
    """The working days around the week of ``monday`` as the rep's settings and marked days
    make them (the week before to the week after): what filling a week goes by."""
    from salesplanner.store.settings import load_settings

    return work_calendar(
        store, load_settings(store), monday - dt.timedelta(days=7), monday + dt.timedelta(days=13)
    )[0]


def load_week(
    store: Store,
    monday: dt.date,
    settings: Settings | None = None,
    today: dt.date | None = None,
    language: str | None = None,
) -> WeekData:
    """Everything the week view shows for the ISO week starting ``monday`` (a few queries)."""
    from salesplanner.domain.settings import Settings
    from salesplanner.domain.week import holiday_names, week_capacity, week_days

    settings = settings or Settings()
    sunday = monday + dt.timedelta(days=6)
    calendar, notes = work_calendar(
        store, settings, monday - dt.timedelta(days=40), sunday + dt.timedelta(days=40)
    )
    names = holiday_names(monday, sunday, settings.holiday_region or "CN", language)
    days = week_days(monday, calendar, names, today, settings.weekend_days, notes)
    blocks = _week_blocks(store, monday)
    targets = week_repo.week_activity_targets(store, monday, calendar)
    logged = record_repo.activity_counts(store, monday, sunday)
    capacity = week_capacity(
        monday,
        blocks,
        [d.date for d in days if d.working],
        targets,
        logged,
        work_start=settings.work_start_min,
        work_end=settings.work_end_min,
        buffer_min=settings.buffer_min_per_day,
        learning_share=settings.learning_share,
    )
    log = week_log(record_repo.logged_rows(store, monday, sunday), ACTIVITY_CODES)
    return WeekData(monday, days, blocks, targets, logged, capacity, log)


# -- what the week's widgets read ---------------------------------------------------------
def activity_colors(store: Store) -> dict[str, str]:
    """Each activity code's colour in the calendar."""
    return {t["code"]: t["color"] for t in week_repo.activity_types(store)}


def customer_names(store: Store) -> list[str]:
    """Every customer's name, for the choosers of a block, a deal or a greeting."""
    return [name for _id, name in week_repo.customer_names(store)]


def template_names(store: Store) -> list[str]:
    """The rep's own week templates."""
    return week_repo.list_templates(store)


def blocks_by_id(store: Store, ids: Iterable[int]) -> list[TimeBlock]:
    """The blocks with these ids that exist, in the order given."""
    found = [block_repo.get_block(store, i) for i in ids]
    return [b for b in found if b is not None]


def customer_index(store: Store) -> CustomerIndex:
    """The customers and contacts the quick-entry bar completes and recognises."""
    from salesplanner.domain.customer_index import CustomerIndex

    return CustomerIndex.build(
        follow_up_repo.customer_names(store), follow_up_repo.contact_names(store)
    )
