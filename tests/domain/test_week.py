"""Week arithmetic without Qt: ISO weeks, capacity against targets, buffer (trap 4.2), lanes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from salesplanner.domain.calendar import WorkCalendar
from salesplanner.domain.records import TimeBlock
from salesplanner.domain.templates import SEED_TEMPLATE, blocks_for_week
from salesplanner.domain.week import (
    WeekFormatError,
    block_capacity,
    clamp_block,
    drop_overlapping,
    holiday_names,
    iso_week_label,
    lanes,
    parse_iso_week,
    shift_blocks,
    snap,
    template_from_blocks,
    week_capacity,
    week_days,
)

MONDAY = dt.date(2026, 11, 23)


def b(day: int, start: str, end: str, code: str, count: int = 0) -> TimeBlock:
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    return TimeBlock(
        None, MONDAY + dt.timedelta(days=day), h1 * 60 + m1, h2 * 60 + m2, code, planned_count=count
    )


def test_iso_weeks():
    assert parse_iso_week("2026-W02") == dt.date(2026, 1, 5)
    assert parse_iso_week("2026w2") == dt.date(2026, 1, 5)
    assert iso_week_label(dt.date(2026, 1, 5)) == "2026-W02"
    assert iso_week_label(dt.date(2020, 12, 28)) == "2020-W53"
    for bad in ("2026-02", "W02", "2026-W54", ""):
        with pytest.raises(WeekFormatError):
            parse_iso_week(bad)


def test_method_template_fills_monday_to_friday_with_the_methods_activities():
    blocks = blocks_for_week(SEED_TEMPLATE, MONDAY)
    by_day = {}
    for blk in blocks:
        by_day.setdefault(blk.date.weekday(), set()).add(blk.code)
    assert by_day == {
        0: {"visit", "followup"},
        1: {"proposal", "learning"},
        2: {"event"},
        3: {"followup", "negotiation"},
        4: {"review", "learning"},
    }


def test_capacity_against_targets_and_log():
    blocks = blocks_for_week(SEED_TEMPLATE, MONDAY)
    working = [MONDAY + dt.timedelta(days=i) for i in range(5)]
    cap = week_capacity(
        MONDAY,
        blocks,
        working,
        {"visit": 10, "followup": 25, "contract": 2},
        {"visit": 4, "phone": 3},
    )
    visit = cap.row("visit")
    assert (visit.target, visit.planned, visit.logged, visit.plan_short) == (10, 3, 4, True)
    assert cap.row("followup").planned == 10
    assert cap.row("phone").logged == 3 and cap.row("phone").target == 0
    assert not cap.row("contract").plan_short  # an outcome, not a planned activity
    assert cap.row("review") is None  # time only
    # learning: Tue 1 h + Fri 1.5 h of 5 × 9.5 h working time, target 20 %
    assert cap.learning_min == 150 and cap.working_min == 5 * 570
    assert cap.learning_share == Decimal("0.053") and cap.learning_short
    assert cap.learning_target_min == 570
    assert cap.short_days == []  # the method's template leaves time free every day


def test_a_day_planned_solid_gets_the_buffer_warning():
    blocks = [
        b(0, "08:30", "12:00", "visit"),
        b(0, "12:00", "17:30", "followup"),
        b(1, "09:00", "17:00", "proposal"),
    ]
    working = [MONDAY, MONDAY + dt.timedelta(days=1)]
    cap = week_capacity(MONDAY, blocks, working, {}, {}, buffer_min=60)
    assert [(d.date, d.free_min, d.short) for d in cap.days] == [
        (MONDAY, 30, True),
        (MONDAY + dt.timedelta(days=1), 90, False),
    ]
    # a block of type buffer keeps the time free; overlapping blocks are not counted twice
    blocks = [
        b(0, "08:30", "17:00", "visit"),
        b(0, "09:00", "10:00", "phone"),
        b(0, "17:00", "18:00", "buffer"),
    ]
    cap = week_capacity(MONDAY, blocks, [MONDAY], {}, {}, buffer_min=60)
    assert cap.days[0].free_min == 60 and not cap.days[0].short


def test_block_capacity_uses_the_count_else_the_length():
    assert block_capacity(b(0, "09:00", "12:00", "visit", 3)) == 3
    assert block_capacity(b(0, "09:00", "12:00", "visit")) == 3  # an hour each
    assert block_capacity(b(0, "09:00", "10:00", "phone")) == 4
    assert block_capacity(b(0, "09:00", "12:00", "learning")) == 0


def test_placement_helpers():
    assert snap(607) == 600 and snap(608) == 615
    assert clamp_block(1430, 1500) == (1370, 1440)
    assert clamp_block(-30, 30) == (0, 60)
    assert clamp_block(600, 600) == (600, 615)
    existing = [b(0, "09:00", "12:00", "visit")]
    new = [b(0, "11:00", "13:00", "phone"), b(0, "12:00", "13:00", "phone")]
    assert drop_overlapping(new, existing) == [new[1]]
    moved = shift_blocks([b(0, "09:00", "10:00", "visit")], 7, skip=[])
    assert moved[0].date == MONDAY + dt.timedelta(days=7) and moved[0].id is None
    assert template_from_blocks([b(2, "09:00", "10:00", "event")])[0].weekday == 2


def test_lanes_put_overlapping_blocks_side_by_side():
    day = [
        b(0, "09:00", "11:00", "visit"),
        b(0, "10:00", "12:00", "phone"),
        b(0, "11:00", "12:00", "admin"),
        b(0, "13:00", "14:00", "review"),
    ]
    result = lanes(day)
    assert result[0] == (0, 2) and result[1] == (1, 2) and result[2] == (0, 2)
    assert result[3] == (0, 1)


def test_days_with_holidays_and_make_up_days():
    cal = WorkCalendar()
    monday = dt.date(2026, 9, 28)  # National Day week; 2026-10-10 (Sat) is a make-up workday
    names = holiday_names(monday, monday + dt.timedelta(days=13), "CN", "zh_CN")
    days = week_days(monday, cal, names, today=dt.date(2026, 9, 30))
    assert [d.working for d in days] == [True, True, True, False, False, False, False]
    assert days[3].name == "国庆节" and days[2].today
    later = week_days(monday + dt.timedelta(days=7), cal, names)
    assert later[5].working and later[5].makeup


def test_template_blocks_are_sized_to_the_weeks_targets():
    """Issue 14.11: the method's template left every target red (3/10 visits, 10/25
    follow-ups): blocks now hold what their hours allow, and the rest is reported."""
    import datetime as dt

    from salesplanner.domain.templates import SEED_TEMPLATE, blocks_for_week
    from salesplanner.domain.week import block_capacity, size_to_targets

    blocks = blocks_for_week(SEED_TEMPLATE, dt.date(2026, 11, 30))
    sized, short = size_to_targets(blocks, {"visit": 10, "followup": 25, "contract": 3})

    def held(code):
        return sum(block_capacity(b) for b in sized if b.code == code)

    assert held("visit") == 3 and short["visit"] == 7  # one 3-hour visit block: 3 visits
    assert held("followup") == 12 and short["followup"] == 13  # two 3-hour blocks × 2 an hour
    assert "contract" not in short  # contracts are outcomes, not planned blocks
    small, short = size_to_targets(blocks, {"visit": 2})
    held_small = sum(b.planned_count for b in small if b.code == "visit")
    assert held_small == 3 and short == {}  # never below what the template planned
