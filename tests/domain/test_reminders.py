"""Reminders: follow-ups due, birthdays, holidays, the Friday review; snoozed and done."""

from __future__ import annotations

import datetime as dt

from salesplanner.domain.records import Customer
from salesplanner.domain.reminders import due_reminders, snooze_until

NOW = dt.datetime(2026, 11, 27, 10, 0)  # a Friday
TODAY = NOW.date()


def customers():
    return [
        Customer(1, "华星科技", next_follow_up=TODAY - dt.timedelta(days=2), priority=True),
        Customer(2, "远航软件", next_follow_up=TODAY),
        Customer(3, "明德信息", next_follow_up=TODAY + dt.timedelta(days=3)),
        Customer(4, "恒通软件", birthday="1980-11-30"),
        Customer(5, "瑞丰数据", birthday="--12-25"),
        Customer(6, "金桥网络", birthday="bad"),
    ]


def test_what_is_due():
    holidays = {
        dt.date(2026, 12, 1): "Test Day",
        dt.date(2026, 12, 2): "Test Day",
        dt.date(2027, 1, 1): "New Year's Day",
    }
    got = due_reminders(NOW, customers(), holidays, {})
    assert [(r.kind, r.customer_name or r.name, r.date) for r in got] == [
        ("followup", "华星科技", dt.date(2026, 11, 25)),
        ("followup", "远航软件", TODAY),
        ("review", "", TODAY),
        ("birthday", "恒通软件", dt.date(2026, 11, 30)),
        ("holiday", "Test Day", dt.date(2026, 12, 1)),
    ]
    assert got[0].overdue(TODAY) and got[0].key == "followup:1:2026-11-25"


def test_snoozed_and_done_are_left_out_until_due_again():
    states = {
        "followup:1:2026-11-25": (None, "2026-11-27T09:00:00"),
        "followup:2:2026-11-27": ("2026-11-27T11:00", None),
        "review:2026-11-23": ("2026-11-27T09:30", None),
    }
    got = {r.key for r in due_reminders(NOW, customers(), {}, states)}
    assert "followup:1:2026-11-25" not in got  # done
    assert "followup:2:2026-11-27" not in got  # snoozed for another hour
    assert "review:2026-11-23" in got  # the snooze is over
    later = {r.key for r in due_reminders(NOW + dt.timedelta(hours=2), customers(), {}, states)}
    assert "followup:2:2026-11-27" in later


def test_no_review_before_friday_and_snooze_options():
    thursday = NOW - dt.timedelta(days=1)
    assert all(r.kind != "review" for r in due_reminders(thursday, customers(), {}, {}))
    assert snooze_until(NOW, "hour") == NOW + dt.timedelta(hours=1)
    assert snooze_until(NOW, "tomorrow") == dt.datetime(2026, 11, 28, 9, 0)
    assert snooze_until(NOW, "week") == dt.datetime(2026, 11, 30, 9, 0)
