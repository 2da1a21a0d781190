"""Week services: one transaction each, Changes back, and what undo needs to reverse them."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.domain.calendar import WorkCalendar
from salesplanner.domain.quick_entry import parse
from salesplanner.domain.records import TimeBlock
from salesplanner.services import week as svc
from salesplanner.store.blocks import list_blocks
from salesplanner.store.week import get_template, list_templates, reminder_states
from tests.builders import add_activity, add_activity_target, add_customer, add_goal

MONDAY = dt.date(2026, 11, 23)
SUNDAY = MONDAY + dt.timedelta(days=6)


def week(store, monday=MONDAY):
    return list_blocks(store, monday, monday + dt.timedelta(days=6))


def test_create_update_delete_restore(store):
    made = svc.create_blocks(
        store, [TimeBlock(None, MONDAY, 540, 600, "visit", customer_name="华星科技")]
    )
    assert made.changes.blocks and len(made.ids) == 1 and len(made.new_customers) == 1
    b = week(store)[0]
    assert b.customer_name == "华星科技"
    svc.update_blocks(store, [TimeBlock(b.id, MONDAY, 600, 690, "phone", b.customer_id)])
    assert (week(store)[0].start_min, week(store)[0].code) == (600, "phone")
    add_activity(store, MONDAY, "phone", block_id=b.id)
    gone = svc.delete_blocks(store, [b.id])
    assert week(store) == [] and gone.links
    svc.restore_blocks(store, gone)
    assert week(store)[0].id == b.id
    assert store.execute("SELECT block_id FROM activities").fetchone()[0] == b.id


def test_bad_blocks_are_refused(store):
    with pytest.raises(svc.WeekError):
        svc.create_blocks(store, [TimeBlock(None, MONDAY, 600, 600, "visit")])
    with pytest.raises(svc.WeekError):
        svc.create_blocks(store, [TimeBlock(None, MONDAY, 600, 660, "dancing")])
    assert week(store) == []


def test_template_on_an_empty_week_gives_the_methods_five_days(store):
    made = svc.apply_template(store, MONDAY, WorkCalendar())
    blocks = week(store)
    assert len(made.ids) == len(blocks) == 12
    assert {b.date.weekday() for b in blocks} == {0, 1, 2, 3, 4}
    assert svc.apply_template(store, MONDAY, WorkCalendar()).ids == []  # not twice


def test_template_skips_holidays(store):
    monday = dt.date(2026, 9, 28)  # 1-3 October: National Day
    svc.apply_template(store, monday, WorkCalendar())
    assert {b.date.weekday() for b in week(store, monday)} == {0, 1, 2}


def test_copy_last_week_and_save_template(store):
    svc.apply_template(store, MONDAY, WorkCalendar())
    nxt = MONDAY + dt.timedelta(days=7)
    assert len(svc.copy_week(store, MONDAY, nxt, WorkCalendar()).ids) == 12
    previous, changes = svc.save_template(store, "My week", MONDAY)
    assert previous is None and list_templates(store) == ["My week"]
    assert len(get_template(store, "My week")) == 12
    svc.restore_template(store, "My week", None)
    assert list_templates(store) == []
    with pytest.raises(svc.WeekError):
        svc.save_template(store, "Empty", MONDAY + dt.timedelta(days=21))


def test_log_a_contract_adds_a_deal_and_undo_removes_it(store):
    logged = svc.log_entry(store, parse("签约 3.5万 华星科技", MONDAY))
    assert logged.changes.activities and logged.changes.deals
    assert logged.new_customer and logged.customer_name == "华星科技"
    assert store.execute("SELECT amount_fen FROM deals").fetchone()[0] == 3_500_000
    row = store.execute("SELECT activity_code, amount_fen, deal_id FROM activities").fetchone()
    assert row == ("contract", 3_500_000, logged.deal_id)
    svc.unlog(store, logged)
    for table in ("deals", "activities", "customers"):
        assert store.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_log_matches_an_existing_customer_by_part_of_its_name(store):
    add_customer(store, "华星科技")
    add_customer(store, "华星科技有限公司")
    logged = svc.log_entry(store, parse("visit 华星", MONDAY))
    assert logged.customer_name == "华星科技" and not logged.new_customer


def test_marking_a_block_done(store):
    made = svc.create_blocks(store, [TimeBlock(None, MONDAY, 540, 720, "visit", planned_count=3)])
    entry = parse("visit 2 远航软件", MONDAY)
    logged = svc.log_entry(store, entry, made.ids[0])
    assert logged.changes.blocks and week(store)[0].done
    assert store.execute("SELECT count, block_id FROM activities").fetchone() == (2, made.ids[0])
    svc.unlog(store, logged)
    assert not week(store)[0].done


def test_load_week_counts_logged_and_targets(store):
    svc.log_entry(store, parse("visit 华星科技", MONDAY))
    svc.log_entry(store, parse("phone 3", MONDAY + dt.timedelta(days=1)))
    data = svc.load_week(store, MONDAY)
    assert data.logged == {"visit": 1, "phone": 3}
    assert data.capacity.row("visit").logged == 1


def test_reminder_state_round_trip(store):
    when = dt.datetime(2026, 11, 27, 11, 0)
    previous = svc.set_reminder_state(store, "review:2026-11-23", snoozed_until=when)
    assert previous is None
    assert reminder_states(store) == {"review:2026-11-23": ("2026-11-27T11:00", None)}
    svc.restore_reminder_state(store, "review:2026-11-23", previous)
    assert reminder_states(store) == {}


def test_prorated_targets_when_only_months_have_them(store):
    from salesplanner.store.week import week_activity_targets

    gid = add_goal(store, "g", 1, "month", "2026-12-01", "2026-12-31")
    add_activity_target(store, gid, "visit", 46, "2026-12-01", "2026-12-31")
    # December 2026 has 23 working days; the week of 7 December has 5 of them → 10 visits
    assert week_activity_targets(store, dt.date(2026, 12, 7)) == {"visit": 10}


def test_logging_sets_the_next_follow_up_in_the_same_step_and_undo_restores_it(store):
    from dataclasses import replace

    from salesplanner.store.follow_ups import next_follow_up

    cid = add_customer(store, "远航科技", next_follow_up="2026-11-30")
    entry = parse("跟进 远航科技 下周二再联系", dt.date(2026, 12, 4))
    logged = svc.log_entry(store, entry)
    assert next_follow_up(store, cid) == dt.date(2026, 12, 8)
    assert logged.changes.customers and logged.changes.activities  # the reminders refresh
    svc.unlog(store, logged)
    assert next_follow_up(store, cid) == dt.date(2026, 11, 30)
    again = svc.relog(store, logged)
    assert again.follow_up_set and next_follow_up(store, cid) == dt.date(2026, 12, 8)
    with pytest.raises(svc.WeekError, match="before the day"):
        svc.log_entry(store, replace(entry, next_follow_up=dt.date(2026, 12, 1)))
    assert next_follow_up(store, cid) == dt.date(2026, 12, 8)


def _log(store, day, code, count):
    add_activity(store, day, code, count)


def test_template_sizes_to_what_the_week_still_needs(store):
    """Issue 14.11: applied mid-week with 34 of 12 visits done, the status line said
    "新客户拜访 × 12 do not fit"; what is logged and already planned counts first."""
    _log(store, MONDAY - dt.timedelta(days=7), "visit", 50)  # another week: not counted
    _log(store, MONDAY, "visit", 4)
    svc.create_blocks(store, [TimeBlock(None, MONDAY + dt.timedelta(days=1), 600, 720, "visit")])
    made = svc.apply_template(store, MONDAY, WorkCalendar(), targets={"visit": 12})
    # 12 - 4 logged - 2 planned on Tuesday = 6; Monday's 3-hour block holds 3
    assert made.short == {"visit": 3}


def test_template_says_nothing_is_short_once_the_target_is_reached(store):
    _log(store, MONDAY, "visit", 34)
    _log(store, MONDAY, "followup", 26)
    made = svc.apply_template(
        store, MONDAY, WorkCalendar(), targets={"visit": 12, "followup": 25, "proposal": 5}
    )
    assert made.short == {"proposal": 3}  # Tuesday's blocks hold 2 of the 5 proposals
    visit = [b for b in week(store) if b.code == "visit"]
    assert [b.planned_count for b in visit] == [3]  # the template's own count, not more
