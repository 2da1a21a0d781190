"""This week's deals to chase (issue 12.2): computed without a window, and a block planned for a
deal stays the deal's through pipeline edits and their undo, and counts as its activity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain import opportunities as dom
from salesplanner.domain.opportunities import Opportunity, OpportunityError
from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.services import pipeline as svc
from salesplanner.services import week as week_svc
from salesplanner.store import blocks as block_repo
from salesplanner.store import opportunities as repo

TODAY = dt.date(2026, 11, 18)  # a Wednesday; its week ends on Sunday 22 November


def deal(customer, amount, **kw):
    kw.setdefault("created", dt.date(2026, 11, 10))
    created = kw.pop("created")
    return Opportunity(
        None, customer, kw.pop("title", ""), Decimal(amount), "proposal", created, **kw
    )


def add(store, *args, **kw) -> int:
    return svc.add(store, deal(*args, **kw)).opportunity_id


def codes(item):
    return [r.code for r in item.reasons]


def test_the_list_names_each_deal_and_why(store):
    overdue = add(
        store, "华星科技", 120000, next_step="送报价", next_step_date=TODAY - dt.timedelta(3)
    )
    due = add(store, "远景贸易", 50000, next_step="演示", next_step_date=dt.date(2026, 11, 22))
    add(store, "下周公司", 90000, next_step_date=dt.date(2026, 11, 23))  # next week: not listed
    closing = add(store, "东方电气", 300000, expected_close=dt.date(2026, 11, 30))
    add(store, "明年公司", 300000, expected_close=dt.date(2026, 12, 1))  # next month: not listed
    late = add(store, "过期公司", 80000, expected_close=dt.date(2026, 11, 2))
    stale = add(store, "沉睡公司", 40000, created=dt.date(2026, 10, 1))
    items = svc.deals_to_chase(store, TODAY, stale_days=14)
    by_id = {c.opportunity.id: c for c in items}
    assert set(by_id) == {overdue, due, closing, late, stale}
    assert codes(by_id[overdue]) == [dom.NEXT_STEP_OVERDUE]
    assert by_id[overdue].reasons[0].days == 3
    assert codes(by_id[due]) == [dom.NEXT_STEP_DUE]
    assert codes(by_id[closing]) == [dom.CLOSING_THIS_MONTH]
    assert codes(by_id[late]) == [dom.CLOSE_OVERDUE] and by_id[late].reasons[0].days == 16
    assert codes(by_id[stale]) == [dom.STALE] and by_id[stale].reasons[0].days == 48
    # most urgent first: an overdue next step, then one due this week, …, stale last
    assert [c.opportunity.id for c in items] == [overdue, due, late, closing, stale]
    assert by_id[closing].opportunity.customer_name == "东方电气"


def test_stale_days_come_from_the_caller_and_an_activity_resets_them(store):
    oid = add(store, "沉睡公司", 40000, created=dt.date(2026, 11, 1))  # 17 days ago
    assert [c.opportunity.id for c in svc.deals_to_chase(store, TODAY, 14)] == [oid]
    assert svc.deals_to_chase(store, TODAY, 30) == []
    # a follow-up for the customer's one open deal is logged on the 10th: 8 days without
    week_svc.log_entry(store, QuickEntry("followup", 1, "沉睡公司", None, dt.date(2026, 11, 10)))
    assert svc.deals_to_chase(store, TODAY, 14) == []
    assert [c.opportunity.id for c in svc.deals_to_chase(store, TODAY, 7)] == [oid]


def test_closed_deals_are_never_listed(store):
    oid = add(store, "华星科技", 120000, next_step_date=TODAY)
    svc.lose(store, oid, "价格", TODAY)
    assert svc.deals_to_chase(store, TODAY, 14) == []
    with pytest.raises(OpportunityError):
        svc.chase_block(store, oid, TODAY, 9 * 60)


def test_a_block_for_a_deal_is_its_customer_and_next_step(store):
    oid = add(store, "华星科技", 120000, title="CRM 升级", next_step="送报价")
    b = svc.chase_block(store, oid, TODAY, 23 * 60 + 30)
    assert (b.code, b.opportunity_id, b.customer_name, b.note) == (
        "followup",
        oid,
        "华星科技",
        "送报价",
    )
    assert b.customer_id == repo.get(store, oid).customer_id
    assert (b.start_min, b.end_min) == (23 * 60, 24 * 60)  # kept inside the day, an hour
    no_step = add(store, "远景贸易", 50000, title="年度框架")
    assert svc.chase_block(store, no_step, TODAY, 600).note == "年度框架"


def test_a_planned_block_stays_linked_through_edits_undo_and_delete(store):
    oid = add(store, "华星科技", 120000, next_step="送报价")
    made = week_svc.create_blocks(store, [svc.chase_block(store, oid, TODAY, 9 * 60)])
    (bid,) = made.ids
    assert block_repo.get_block(store, bid).opportunity_id == oid
    moved = svc.move(store, oid, "negotiation", TODAY)  # the row is written again
    assert block_repo.get_block(store, bid).opportunity_id == oid
    svc.undo(store, moved)
    assert block_repo.get_block(store, bid).opportunity_id == oid
    gone = svc.delete(store, oid)
    assert block_repo.get_block(store, bid).opportunity_id is None  # the block stays
    svc.undo(store, gone)
    assert block_repo.get_block(store, bid).opportunity_id == oid


def test_marking_the_block_done_is_activity_on_that_deal(store):
    # two open deals of one customer: only the block knows which one the visit was for
    first = add(store, "华星科技", 120000, created=dt.date(2026, 10, 1))
    second = add(store, "华星科技", 60000, created=dt.date(2026, 10, 1))
    (bid,) = week_svc.create_blocks(store, [svc.chase_block(store, second, TODAY, 600)]).ids
    week_svc.log_entry(store, QuickEntry("followup", 1, "华星科技", None, TODAY), block_id=bid)
    last = repo.last_activity_dates(store)
    assert last.get(second) == TODAY and first not in last
    stale = {c.opportunity.id for c in svc.deals_to_chase(store, TODAY, 14)}
    assert stale == {first}


def test_the_stale_days_setting_is_checked():
    from salesplanner.domain.settings import Settings
    from salesplanner.services.settings import SettingsError, validate

    assert Settings().stale_days == 14
    validate(Settings(stale_days=30))
    with pytest.raises(SettingsError, match="stale after 1 to 365 days"):
        validate(Settings(stale_days=0))
