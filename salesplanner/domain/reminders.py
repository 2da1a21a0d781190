"""Reminders (METHOD.md 5.3 tools: automatic follow-up reminders; 5.4 relationships: greetings on
customers' birthdays and holidays; 4.4/4.5: the Friday review).

``due_reminders(...)`` computes what is due now from the customers, the holidays and the week;
nothing is stored except what the rep did with a reminder (snoozed until / done at), kept by
its stable ``key`` in the ``reminder_state`` table:

* ``followup:<customer id>:<date>`` — the customer's next follow-up is due (or overdue);
* ``birthday:<customer id>:<year>`` — a customer's birthday within ``birthday_days`` days
  (its main contact's), ``birthday:<customer id>:<year>:<contact id>`` another contact's;
* ``holiday:<date>`` — a public holiday within ``holiday_days`` days: send greetings;
* ``review:<monday>`` — the Friday review of the week (from Friday until the week ends).

Reminders are data (kind + parameters); the UI and the CLI word them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from salesplanner.domain.records import Customer

FOLLOWUP = "followup"
BIRTHDAY = "birthday"
HOLIDAY = "holiday"
REVIEW = "review"
KINDS = (FOLLOWUP, BIRTHDAY, HOLIDAY, REVIEW)
REVIEW_WEEKDAY = 4  # Friday: review the week, plan the next (METHOD.md 3.3)
FOLLOWUP_DAYS = 0  # follow-ups due by today
BIRTHDAY_DAYS = 7  # birthdays within a week


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    kind: str
    date: dt.date  # when it is (or was) due
    customer_id: int | None = None
    customer_name: str = ""
    name: str = ""  # holiday name
    priority: bool = False

    def overdue(self, today: dt.date) -> bool:
        return self.date < today


@dataclass(frozen=True, slots=True)
class Person:
    """A contact at a customer, with a birthday to greet on."""

    contact_id: int
    customer_id: int
    customer_name: str
    name: str
    birthday: str | None
    priority: bool = False


def _birthday_in(birthday: str | None, start: dt.date, days: int) -> dt.date | None:
    """The next occurrence of a "YYYY-MM-DD" / "--MM-DD" birthday within ``days`` of ``start``."""
    if not birthday:
        return None
    text = birthday.strip()
    try:
        if text.startswith("--"):
            month, day = int(text[2:4]), int(text[5:7])
        else:
            parts = text.split("-")
            month, day = int(parts[1]), int(parts[2])
    except (ValueError, IndexError):
        return None
    for year in (start.year, start.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year: the 28th
            when = dt.date(year, month, 28)
        if start <= when <= start + dt.timedelta(days=days):
            return when
    return None


def _active(
    key: str, states: Mapping[str, tuple[str | None, str | None]], now: dt.datetime
) -> bool:
    state = states.get(key)
    if not state:
        return True
    snoozed_until, done_at = state
    if done_at:
        return False
    if snoozed_until:
        try:
            until = dt.datetime.fromisoformat(snoozed_until)
        except ValueError:
            return True
        return now >= until
    return True


def due_reminders(
    now: dt.datetime,
    customers: Iterable[Customer],
    holidays: Mapping[dt.date, str] | None = None,
    states: Mapping[str, tuple[str | None, str | None]] | None = None,
    *,
    followup_days: int = FOLLOWUP_DAYS,
    birthday_days: int = BIRTHDAY_DAYS,
    holiday_days: int = 7,
    review_weekday: int = REVIEW_WEEKDAY,
    people: Iterable[Person] = (),
) -> list[Reminder]:
    """What is due at ``now``: follow-ups due by today (+``followup_days``), birthdays and
    holidays coming within a week, the review from Friday; snoozed and done ones left out.
    Ordered by date, then follow-ups of priority customers first."""
    today = now.date()
    states = states or {}
    out: list[Reminder] = []
    for c in customers:
        if c.next_follow_up and c.next_follow_up <= today + dt.timedelta(days=followup_days):
            out.append(
                Reminder(
                    f"{FOLLOWUP}:{c.id}:{c.next_follow_up.isoformat()}",
                    FOLLOWUP,
                    c.next_follow_up,
                    c.id,
                    c.name,
                    priority=c.priority,
                )
            )
        when = _birthday_in(c.birthday, today, birthday_days)
        if when is not None:
            out.append(
                Reminder(
                    f"{BIRTHDAY}:{c.id}:{when.year}",
                    BIRTHDAY,
                    when,
                    c.id,
                    c.name,
                    priority=c.priority,
                )
            )
    for p in people:  # contacts other than the main one (whose birthday is the customer's)
        when = _birthday_in(p.birthday, today, birthday_days)
        if when is not None:
            out.append(
                Reminder(
                    f"{BIRTHDAY}:{p.customer_id}:{when.year}:{p.contact_id}",
                    BIRTHDAY,
                    when,
                    p.customer_id,
                    p.customer_name,
                    name=p.name,
                    priority=p.priority,
                )
            )
    seen_names: set[str] = set()
    for day in sorted(holidays or {}):
        name = (holidays or {})[day]
        if today <= day <= today + dt.timedelta(days=holiday_days) and name not in seen_names:
            seen_names.add(name)  # one greeting per holiday, not one per day off
            out.append(Reminder(f"{HOLIDAY}:{day.isoformat()}", HOLIDAY, day, name=name))
    monday = today - dt.timedelta(days=today.weekday())
    review_day = monday + dt.timedelta(days=review_weekday)
    if today >= review_day:
        out.append(Reminder(f"{REVIEW}:{monday.isoformat()}", REVIEW, review_day))
    out = [r for r in out if _active(r.key, states, now)]
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda r: (r.date, order[r.kind], not r.priority, r.customer_name))
    return out


def snooze_until(now: dt.datetime, option: str) -> dt.datetime:
    """``"hour"`` → in an hour; ``"tomorrow"`` → tomorrow 09:00; ``"week"`` → next Monday 09:00."""
    if option == "hour":
        return now + dt.timedelta(hours=1)
    if option == "tomorrow":
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(9, 0))
    if option == "week":
        monday = now.date() + dt.timedelta(days=7 - now.weekday())
        return dt.datetime.combine(monday, dt.time(9, 0))
    raise ValueError(f"unknown snooze option {option!r}")
