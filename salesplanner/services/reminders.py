"""The reminders due at a moment, for the Week pane, the tray and ``salesplanner reminders``.

``due(store, now, language)`` is the one place that reads them: the customers with a follow-up
or birthday near, the other contacts' birthdays, the public holidays of the rep's region (from
the settings) and what was snoozed or done. The app and the command line show the same list.
"""

from __future__ import annotations

import datetime as dt

from salesplanner.domain.reminders import BIRTHDAY_DAYS, FOLLOWUP_DAYS, Reminder, due_reminders
from salesplanner.domain.week import holiday_names
from salesplanner.store import records as record_repo
from salesplanner.store import week as week_repo
from salesplanner.store.db import Store
from salesplanner.store.settings import load_settings


def due(store: Store, now: dt.datetime, language: str | None = None) -> list[Reminder]:
    """What is due at ``now``; holiday names in ``language`` (zh_CN, en_US)."""
    today = now.date()
    region = load_settings(store).holiday_region or "CN"
    names = holiday_names(today, today + dt.timedelta(days=8), region, language)
    customers = record_repo.reminder_customers(store, today, FOLLOWUP_DAYS, BIRTHDAY_DAYS)
    return due_reminders(
        now,
        customers,
        names,
        week_repo.reminder_states(store),
        followup_days=FOLLOWUP_DAYS,
        birthday_days=BIRTHDAY_DAYS,
        people=record_repo.contact_birthdays(store, today, BIRTHDAY_DAYS),
    )


def greeting_person(store: Store, customer_id: int | None) -> str:
    """Whom a greeting to the customer addresses: its main contact ("" when none)."""
    return record_repo.greeting_person(store, customer_id)
