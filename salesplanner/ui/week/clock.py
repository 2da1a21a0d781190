"""The current day and time for the week calendar (tests replace ``today``)."""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    """Now; on a replaced ``today`` the same clock time that day (10:00 if it is another day)."""
    d = today()
    real = dt.datetime.now()
    return real if real.date() == d else dt.datetime.combine(d, dt.time(10, 0))
