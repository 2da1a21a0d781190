"""Greetings sent (METHOD.md 5.4, issue 13 §5): "sent" logs the greeting as an activity of the
customer and, for a birthday, closes its reminder — one transaction, undone as one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesplanner.domain.quick_entry import QuickEntry
from salesplanner.domain.records import FOLLOWUP
from salesplanner.services import week as week_svc
from salesplanner.services.changes import Changes
from salesplanner.services.week import WeekError
from salesplanner.store import week as week_repo
from salesplanner.store.db import Store


@dataclass(frozen=True)
class GreetingSent:
    logged: week_svc.Logged
    reminder_key: str | None  # the reminder closed by it (None: left open)
    reminder_before: week_svc.ReminderState
    changes: Changes


def send_greeting(
    store: Store,
    customer: str,
    day: dt.date,
    outcome: str,
    reminder_key: str | None = None,
    done_at: dt.datetime | None = None,
) -> GreetingSent:
    """Log one greeting sent to ``customer`` (an existing customer, or none) on ``day`` with
    ``outcome`` ("生日祝福已发送"); close ``reminder_key`` at ``done_at`` when both are given."""
    if customer.strip() and week_repo.match_customer(store, customer.strip()) is None:
        raise WeekError(f"There is no customer named {customer.strip()!r}.")
    with store.transaction():
        logged = week_svc.log_entry(store, QuickEntry(FOLLOWUP, 1, customer, None, day, outcome))
        before: week_svc.ReminderState = None
        closed = None
        if reminder_key and done_at is not None:
            before = week_svc.set_reminder_state(store, reminder_key, None, done_at)
            closed = reminder_key
    return GreetingSent(logged, closed, before, logged.changes | week_svc.REMINDERS)


def unsend_greeting(store: Store, sent: GreetingSent) -> Changes:
    """Undo of :func:`send_greeting`: the activity goes, the reminder is as it was."""
    with store.transaction():
        week_svc.unlog(store, sent.logged)
        if sent.reminder_key is not None:
            week_svc.restore_reminder_state(store, sent.reminder_key, sent.reminder_before)
    return sent.changes
