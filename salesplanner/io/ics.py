"""The week's plan as an iCalendar (.ics) file that phone and Outlook calendars import.

* Times are in Asia/Shanghai with its VTIMEZONE included (Outlook needs the definition).
* One VEVENT per block: UID ``block-<id>@salesplanner`` (stable: importing the week again
  updates the events instead of duplicating them), DTSTAMP, SUMMARY (activity · customer),
  DESCRIPTION (note, planned count), CATEGORIES (the activity), and a VALARM reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from salesplanner.domain.records import TimeBlock
from salesplanner.errors import UserError

if TYPE_CHECKING:
    from icalendar import Calendar

    from salesplanner.store.db import Store

TIMEZONE = "Asia/Shanghai"
PRODID = "-//SalesPlanner//Week plan//EN"


class IcsError(UserError):
    pass


def _at(day: dt.date, minutes: int, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tz) + dt.timedelta(minutes=minutes)


def week_calendar(
    blocks: Iterable[TimeBlock],
    names: Mapping[str, str] | None = None,
    *,
    alarm_minutes: int = 15,
    tz_name: str = TIMEZONE,
    stamp: dt.datetime | None = None,
    notes: Mapping[str, str] | None = None,
    title: str = "SalesPlanner",
) -> Calendar:
    """An ``icalendar.Calendar`` holding one event (with an alarm) per block."""
    from icalendar import Alarm, Calendar, Event

    names = names or {}
    notes = notes or {}
    tz = ZoneInfo(tz_name)
    stamp = stamp or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", tz_name)
    for b in blocks:
        label = names.get(b.code, b.code)
        summary = f"{label} · {b.customer_name}" if b.customer_name else label
        details = []
        if b.note:
            details.append(notes.get(b.note, b.note))
        if b.planned_count:
            details.append(f"× {b.planned_count}")
        event = Event()
        event.add("uid", f"block-{b.id}@salesplanner")
        event.add("dtstamp", stamp)
        event.add("dtstart", _at(b.date, b.start_min, tz))
        event.add("dtend", _at(b.date, b.end_min, tz))
        event.add("summary", summary)
        if details:
            event.add("description", "\n".join(details))
        event.add("categories", [label])
        event.add("transp", "OPAQUE")
        if b.done:
            event.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", dt.timedelta(minutes=-alarm_minutes))
        event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_ics(
    path: Path,
    blocks: Iterable[TimeBlock],
    names: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> int:
    blocks = list(blocks)
    data = week_calendar(blocks, names, **kwargs).to_ical()
    path = Path(path)
    try:
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise IcsError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return len(blocks)


def write_week_ics(
    store: Store,
    monday: dt.date,
    path: Path,
    names: Mapping[str, str] | None = None,
    notes: Mapping[str, str] | None = None,
    alarm_minutes: int = 15,
) -> int:
    """Write the blocks of the ISO week starting ``monday``; returns how many events."""
    from salesplanner.store.blocks import list_blocks

    blocks = list_blocks(store, monday, monday + dt.timedelta(days=6))
    year, week, _ = monday.isocalendar()
    return write_ics(
        path,
        blocks,
        names,
        notes=notes,
        alarm_minutes=alarm_minutes,
        title=f"SalesPlanner {year}-W{week:02d}",
    )


def read_events(data: bytes) -> list[dict[str, Any]]:
    """The events of an .ics file as plain dicts (uid, start, end, summary, alarm minutes)."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        raise IcsError(f"Not an iCalendar file: {exc}") from None
    out = []
    for ev in cal.walk("VEVENT"):
        alarms = [a for a in ev.walk("VALARM")]
        trigger = alarms[0].decoded("trigger") if alarms else None
        out.append(
            {
                "uid": str(ev.get("uid")),
                "start": ev.decoded("dtstart"),
                "end": ev.decoded("dtend"),
                "summary": str(ev.get("summary")),
                "alarm_minutes": int(-trigger.total_seconds() // 60)
                if trigger is not None
                else None,
            }
        )
    return out


# A holiday calendar's make-up working day (调休上班) is an event whose title says so: 班
# (补班, 上班, 调休上班 — the way Chinese holiday calendars mark them), or "work day",
# "working day", "make-up" in English; or whose CATEGORIES name a work day. Every other
# event is a day off, each day from DTSTART up to (not including) an all-day DTEND.
_WORK_WORDS = ("班", "work day", "working day", "workday", "make-up", "makeup")
MAX_HOLIDAY_SPAN = 31  # days; a longer event is not a holiday (a whole-year "event" is skipped)


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    days_off: dict[dt.date, str]  # day → the event's title
    work_days: dict[dt.date, str]  # make-up working days (调休上班)
    skipped: int  # events left out (no date, or longer than MAX_HOLIDAY_SPAN)


def _is_work_day(summary: str, categories: str) -> bool:
    text = f"{summary} {categories}".lower()
    return any(word in text for word in _WORK_WORDS)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def read_holiday_calendar(data: bytes) -> HolidayCalendar:
    """Holidays and make-up working days from an .ics file (see ``_WORK_WORDS``)."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
    except ValueError as exc:
        raise IcsError(f"Not an iCalendar file: {exc}") from None
    days_off: dict[dt.date, str] = {}
    work_days: dict[dt.date, str] = {}
    skipped = 0
    for ev in cal.walk("VEVENT"):
        start = _as_date(ev.decoded("dtstart", None))
        if start is None:
            skipped += 1
            continue
        end_value = ev.decoded("dtend", None)
        end = _as_date(end_value)
        timed = isinstance(end_value, dt.datetime)
        last = start if end is None or end <= start else end - dt.timedelta(days=0 if timed else 1)
        if (last - start).days >= MAX_HOLIDAY_SPAN:
            skipped += 1
            continue
        summary = str(ev.get("summary") or "").strip()
        categories = ev.get("categories")
        cats = ""
        if categories is not None:
            items = categories if isinstance(categories, list) else [categories]
            cats = " ".join(str(c) for item in items for c in getattr(item, "cats", [item]))
        work = _is_work_day(summary, cats)
        into, other = (work_days, days_off) if work else (days_off, work_days)
        day = start
        while day <= last:
            other.pop(day, None)  # a day is either off or working; the later event wins
            into[day] = summary
            day += dt.timedelta(days=1)
    if not days_off and not work_days and not skipped:
        raise IcsError("The calendar has no events.")
    return HolidayCalendar(days_off, work_days, skipped)
