"""Working days: weekends, public holidays, official make-up working days (调休), own days off.

Functions other parts of the app call:

* ``working_days(start, end, settings=None, overrides=None) -> list[date]`` — the working days
  between two dates (inclusive), in order.
* ``WorkCalendar(settings, overrides)`` with ``.is_working_day(d)`` and
``.working_days(start, end)``
  when many questions are asked of the same calendar (it caches the holiday tables).
* ``schedule_known(year, region="CN") -> bool`` — whether the official holiday schedule of a
  year is known. China publishes each year's schedule (holidays and the weekend days worked in
  exchange) in November of the year before; for a year not yet published the statutory
  holidays are estimated, no make-up days are known and the rep's hand-marked days
  (``calendar_days``) are what makes the calendar right.
* ``week_start(d)``, ``iso_weeks(start, end)``, ``months(start, end)`` — period slicing (ISO weeks,
  Monday first), clipped to the range.

``overrides`` maps a date to ``"off"`` or ``"work"`` (the ``calendar_days`` table: the rep's
own days off and hand-marked days); an override always wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from salesplanner.domain.holiday_tables import HolidayYear, holiday_year
from salesplanner.domain.settings import Settings

OFF = "off"
WORK = "work"


def _holidays(region: str, year: int) -> HolidayYear | None:
    return holiday_year(region, year)


def schedule_known(year: int, region: str = "CN") -> bool:
    """True when the official holiday schedule of ``year`` is in the holiday tables.

    For China this means the State Council notice (holidays and 调休 days) for that year has
    been published and is known to the installed ``holidays`` package; 2027 is not yet.
    Regions with rule-based holidays (no yearly notice) are always known.
    """
    table = _holidays(region, year)
    return table is not None and table.known


def unknown_schedule_years(start: dt.date, end: dt.date, region: str = "CN") -> list[int]:
    """The years in a range whose official schedule is not known (see :func:`schedule_known`)."""
    return [y for y in range(start.year, end.year + 1) if not schedule_known(y, region)]


class WorkCalendar:
    """Answers "is this a working day?" for one region, weekend and set of overrides."""

    def __init__(
        self, settings: Settings | None = None, overrides: Mapping[dt.date, str] | None = None
    ):
        settings = settings or Settings()
        self.region = settings.holiday_region or "CN"
        self.weekend = frozenset(settings.weekend_days)
        self.overrides = dict(overrides or {})

    def is_working_day(self, d: dt.date) -> bool:
        kind = self.overrides.get(d)
        if kind == OFF:
            return False
        if kind == WORK:
            return True
        table = _holidays(self.region, d.year)
        if table is None:
            return d.weekday() not in self.weekend
        if table.weekend == self.weekend:
            # The package knows public holidays, weekends and the official make-up days.
            return table.is_working_day(d)
        # A weekend of the rep's own: keep the official holidays and make-up days.
        if d in table.workdays:
            return True
        if d in table.holidays:
            return False
        return d.weekday() not in self.weekend

    def working_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        return [d for d in days(start, end) if self.is_working_day(d)]

    def count(self, start: dt.date, end: dt.date) -> int:
        return len(self.working_days(start, end))


def working_days(
    start: dt.date,
    end: dt.date,
    settings: Settings | None = None,
    overrides: Mapping[dt.date, str] | None = None,
) -> list[dt.date]:
    """The working days from ``start`` to ``end`` inclusive (see the module docstring)."""
    return WorkCalendar(settings, overrides).working_days(start, end)


# -- period slicing -----------------------------------------------------------------------


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def week_start(d: dt.date) -> dt.date:
    """The Monday of ``d``'s ISO week."""
    return d - dt.timedelta(days=d.weekday())


def month_end(d: dt.date) -> dt.date:
    return add_months(d, 1) - dt.timedelta(days=1)  # (no stdlib calendar: ~1 ms at start-up)


def add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after ``d``'s month."""
    index = d.year * 12 + d.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Calendar months overlapping the range, clipped to it: [(first, last), ...]."""
    out = []
    cur = start
    while cur <= end:
        last = min(month_end(cur), end)
        out.append((cur, last))
        cur = last + dt.timedelta(days=1)
    return out


def iso_weeks(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """ISO weeks (Monday first) overlapping the range, clipped to it."""
    out = []
    cur = start
    while cur <= end:
        last = min(week_start(cur) + dt.timedelta(days=6), end)
        out.append((cur, last))
        cur = last + dt.timedelta(days=1)
    return out


def period_end(start: dt.date, kind: str) -> dt.date:
    """The last day of a month / quarter / year goal starting on ``start``."""
    n = {"month": 1, "quarter": 3, "year": 12}[kind]
    return add_months(start, n) - dt.timedelta(days=1)
