"""store.records.reminder_customers: the customers that can have a reminder due, a superset of
what due_reminders picks from all customers."""

from __future__ import annotations

import datetime as dt

import pytest

from salesplanner.domain.records import Customer
from salesplanner.domain.reminders import BIRTHDAY_DAYS, FOLLOWUP_DAYS, due_reminders
from salesplanner.store import records as record_repo

BIRTHDAYS = [
    "1980-11-30",
    "--12-25",
    "bad",
    "",
    None,
    "1990-2-3",
    " 1985-12-01 ",
    "2000-02-29",
    "--02-28",
    "1970-03-01",
    "1999-12-31",
    "--01-02",
    "1975-11-26",
]


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2026, 11, 27),
        dt.date(2027, 2, 23),
        dt.date(2028, 2, 23),
        dt.date(2026, 12, 28),
        dt.date(2026, 1, 28),
    ],
)
def test_same_reminders_as_from_every_customer(store, today):
    with store.transaction():
        for i, birthday in enumerate(BIRTHDAYS):
            follow = today + dt.timedelta(days=i - 6) if i % 3 else None
            record_repo.insert_customer(
                store, Customer(None, f"客户{i}", birthday=birthday, next_follow_up=follow)
            )
    now = dt.datetime.combine(today, dt.time(10, 0))
    every = due_reminders(now, record_repo.list_customers(store))
    some = record_repo.reminder_customers(store, today, FOLLOWUP_DAYS, BIRTHDAY_DAYS)
    assert due_reminders(now, some) == every
    assert len(some) < len(BIRTHDAYS)
